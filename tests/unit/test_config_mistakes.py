"""The rules the blind config sweep (config_blind_cases.py) led to, each on edits of its own: an edit is taken as
meant or refused at the line ops must change, naming the key; never a traceback, never a silent default."""

from pathlib import Path

import jinja2
import pytest

from config_blind_edits import app, ins, line, val
from config_blind_judge import base_lines
from mailer.compose import render
from mailer.config.load import ConfigError, ConfigSource, parse
from mailer.config import yamlsource


def _text(*edits) -> str:
    lines = base_lines()
    for edit in edits:
        lines = edit(lines)
    return "\n".join(lines) + "\n"


def _problems(tmp_path: Path, *edits) -> list[str]:
    with pytest.raises(ConfigError) as refused:
        parse(_text(*edits), tmp_path / "config.yaml")
    return [str(p).split("config.yaml:", 1)[-1] for p in refused.value.problems]


def test_a_number_with_a_leading_zero_is_decimal_not_octal():
    assert yamlsource.load("a: 020\nb: 0o20\nc: 0x1f\nd: -007\ne: 1_000\n") == {"a": 20, "b": 16, "c": 31, "d": -7,
                                                                                 "e": 1000}


def test_a_merge_key_brings_the_anchors_keys_and_those_written_win(tmp_path):
    config = parse(_text(line(74, "  business_hours: &office"), val(102, '{<<: *office, start: "08:30"}')),
                   tmp_path / "config.yaml")
    nate = config.managers[1].calendar
    assert (nate.start.hour, nate.start.minute, nate.end.hour, nate.end.minute) == (8, 30, 17, 30)
    with pytest.raises(yamlsource.YamlError, match="duplicate key 'start'"):
        yamlsource.load("x: &o {s: 1}\ny: {<<: *o, start: 1, start: 2}\n")


def test_an_unclosed_quote_is_told_where_it_opened(tmp_path):
    got = _problems(tmp_path, val(8, '"Acme Recruiting'))
    assert len(got) == 1 and got[0].startswith("8: YAML syntax: the quote opened on this line is not closed")


def test_a_control_character_is_told_at_its_line(tmp_path):
    got = _problems(tmp_path, val(96, "Maria\x00Manager"))
    assert got == ["96: YAML syntax: the control character U+0000 is not allowed in YAML"]


def test_a_line_saved_as_windows_1252_is_told_with_its_line_and_key(tmp_path):
    lines = base_lines()
    data = b"".join((ln.encode("cp1252") if n == 86 else ln.encode("utf-8")) + b"\n"
                    for n, ln in enumerate([*lines[:85], "    name: Rita Recruit\u00e9e", *lines[86:]], 1))
    (tmp_path / "config.yaml").write_bytes(data)
    with pytest.raises(ConfigError) as refused:
        ConfigSource(tmp_path / "config.yaml")
    assert refused.value.problems[0].split("config.yaml:", 1)[1].startswith("86: name: not UTF-8 text (byte 0xe9")


@pytest.mark.parametrize("edit, expected", [
    (val(35, '""'), "35: imap.folder: is empty: write a value, or take the line out to use the default (INBOX)"),
    (val(12, ""), "12: state: is empty: write a value, or take the line out to use the default (mailer.db)"),
    (val(73, ""), "73: defaults.timezone: is empty: write a value, or take the line out to use the default (UTC)"),
    (val(118, ""), "118: mentorships[0].every: is empty: it needs a value"),
    (val(145, ""), "145: followups.steps[0].template: is empty: it needs a value"),
])
def test_a_key_left_without_its_value_is_told_at_its_own_line(tmp_path, edit, expected):
    assert _problems(tmp_path, edit) == [expected]


def test_an_empty_optional_key_without_a_default_is_still_unset(tmp_path):
    config = parse(_text(val(92, ""), ins(45, "  ca_file:")), tmp_path / "config.yaml")
    assert config.imap.server.ca_file is None and config.recruiter_domains == frozenset()


def test_a_bad_duration_is_a_problem_not_a_crash(tmp_path):
    got = _problems(tmp_path, val(66, "soon"))
    assert len(got) == 1 and got[0].startswith("66: smtp.resend_after: ")


def test_one_managers_own_address_repeated_is_harmless(tmp_path):
    config = parse(_text(val(97, "[maria@acme.example, m.manager@acme.example, m.manager@acme.example]")),
                   tmp_path / "config.yaml")
    assert config.manager("m.manager@acme.example").email == "maria@acme.example"


def test_an_address_of_two_managers_is_told_at_the_alias_naming_the_other(tmp_path):
    assert _problems(tmp_path, val(97, "[nate@acme.example]")) == [
        "97: managers[0].aliases[0]: address nate@acme.example belongs to two managers: also managers[1].email "
        "(line 99)"]
    # Nate's alias is Maria's email: still the alias is told.
    assert _problems(tmp_path, ins(102, "    aliases: [maria@acme.example]")) == [
        "102: managers[1].aliases[0]: address maria@acme.example belongs to two managers: also managers[0].email "
        "(line 95)"]
    # Two emails alike: the later one.
    assert _problems(tmp_path, val(99, "maria@acme.example"), line(115, "    mentor: maria@acme.example"))[0] == (
        "99: managers[1].email: address maria@acme.example belongs to two managers: also managers[0].email (line 95)")


def test_a_recruiters_mentor_must_be_a_listed_manager(tmp_path):
    assert _problems(tmp_path, val(87, "maria@acme.exmaple")) == [
        "87: recruiters[0].mentor: maria@acme.exmaple is not a listed manager (a mentor must be listed under "
        "managers); did you mean 'maria@acme.example'?"]
    config = parse(_text(val(87, "m.manager@acme.example")), tmp_path / "config.yaml")  # an alias is her
    assert config.recruiters["rita@acme.example"].mentor == "m.manager@acme.example"


@pytest.mark.parametrize("value, why", [("[rita@acme.example]", "an address"), ("[acme]", "not a domain"),
                                        ('["acme example"]', "not a domain")])
def test_a_domain_list_holds_domains(tmp_path, value, why):
    got = _problems(tmp_path, val(92, value))
    assert len(got) == 1 and got[0].startswith("92: recruiter_domains[0]: expected a mail domain") and why in got[0]
    assert parse(_text(val(92, '["@Acme.Example"]')), tmp_path / "c.yaml").recruiter_domains == {"acme.example"}


def test_a_missing_digest_template_is_told_at_its_key(tmp_path):
    got = _problems(tmp_path, val(138, "digst"))
    assert len(got) == 1 and got[0].startswith("138: followups.digest_template: no template digst.txt.j2")


@pytest.mark.parametrize("value, hint", [("$MAILER_IMAP_PASSWORD", "'MAILER_IMAP_PASSWORD'"),
                                         ("${MAILER_IMAP_PASSWORD}", "'MAILER_IMAP_PASSWORD'"),
                                         ("my password", None)])
def test_password_env_is_a_variables_name(tmp_path, value, hint):
    got = _problems(tmp_path, val(26, f'"{value}"'))
    assert len(got) == 1 and got[0].startswith("26: imap.password_env: expected the name of an environment variable")
    assert (f"write its name alone: {hint}" in got[0]) if hint else ("write its name" not in got[0])


def test_a_running_daemon_tells_a_state_or_address_edit_with_its_line(tmp_path):
    import os
    path = tmp_path / "config.yaml"
    path.write_text(_text())
    source = ConfigSource(path)
    path.write_text(_text(val(12, "0777")))
    os.utime(path, ns=(1, 1))
    source.refresh()
    assert source.last_error.startswith(f"{path}:12: state: changed from")
    path.write_text(_text(app("# a comment"), val(6, "team@acme.example")))
    os.utime(path, ns=(2, 2))
    source.refresh()
    assert source.last_error.startswith(f"{path}:6: address: changed from")


@pytest.mark.parametrize("body, line_no, says", [
    ('{% set subject = "x" %}\nHello {{ manager.name }\n', 2, "unexpected '}'"),
    ('{% set subject = "x" %}\n\nHello {{ candidat }}\n', 3, "'candidat' is undefined"),
])
def test_a_template_problem_names_the_templates_file_and_line(tmp_path, body, line_no, says):
    (tmp_path / "t.txt.j2").write_text(body)
    (tmp_path / "t.html.j2").write_text("<p>hi</p>\n")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), undefined=jinja2.StrictUndefined)
    with pytest.raises(Exception) as problem:
        render(env, "t", {"manager": {"name": "M"}})
    assert f"t.txt.j2:{line_no}: {says}" in str(problem.value)

"""Config validation: every problem names file:line: key and the bad value; the last good config stays."""

import os
from pathlib import Path

import pytest

from helpers import ROOT, config_text, make_config
from mailer.config.settings import ConfigError
from mailer.compose import environment
from mailer.config.load import ConfigSource, load, parse, shipped_templates


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as exc:
        parse(text, path)
    assert all(p.startswith(f"{path}:") for p in exc.value.problems)  # the file as named, in every line
    return [p.removeprefix(f"{tmp_path}/") for p in exc.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_sample_config_in_repo_is_valid():
    config = load(ROOT / "config.yaml")
    assert config.address == "mailer@acme.example"
    assert config.manager("m.manager@acme.example").email == "maria@acme.example"
    assert [s.template for s in config.followups.steps] == ["followup_1", "followup_2", "mentor_ask"]


def test_unknown_time_zone_names_line_key_and_suggests(tmp_path):
    text = config_text(managers=[("nate@acme.test", "Nate", "Europe/Berln")],
                       recruiters=[("rita@acme.test", "Rita Recruiter", None)])  # her mentor unlisted: refused too
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, 'Europe/Berln')}: managers[0].timezone: unknown time zone "
                   f"'Europe/Berln'; did you mean 'Europe/Berlin'?"]


def test_unquoted_time_is_read_as_time_not_sexagesimal(tmp_path):
    text = config_text().replace("start: '09:00', end: '17:00'", "start: 09:30, end: 17:45")
    config = make_config(tmp_path) if False else parse(text, tmp_path / "config.yaml")
    assert (config.default_calendar.start.hour, config.default_calendar.start.minute) == (9, 30)
    assert (config.default_calendar.end.hour, config.default_calendar.end.minute) == (17, 45)


def test_integer_time_is_refused_with_advice(tmp_path):
    text = config_text().replace("start: '09:00'", "start: 930")
    got = problems(tmp_path, text)
    assert len(got) == 1 and "defaults.business_hours.start" in got[0] and "write times in quotes" in got[0]


def test_inline_password_refused_with_how_to(tmp_path):
    text = config_text().replace("  password_env: MAILER_TEST_PASSWORD", "  password: hunter2")
    got = problems(tmp_path, text)
    assert len(got) == 1
    assert got[0].startswith(f"config.yaml:{line_of(text, 'hunter2')}: imap.password: inline passwords are refused")
    assert "password_env" in got[0] and "password_file" in got[0] and "hunter2" not in got[0]


def test_unknown_key_suggests_the_right_one(tmp_path):
    text = config_text(extra="unknown_manager: ignore\n")
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, 'unknown_manager:')}: unknown_manager: unknown key "
                   f"'unknown_manager'; did you mean 'unknown_managers'?"]


def test_several_problems_reported_together(tmp_path):
    text = config_text(steps=[("2 fortnights", "followup_1", "manager", ()), ("1 day", "nope", "boss", ())])
    got = "\n".join(problems(tmp_path, text))
    assert "followups.steps[0].after: cannot read '2 fortnights'" in got
    assert "followups.steps[1].to: expected one of manager, recruiter, mentor, got 'boss'" in got
    assert "followups.steps[1].template: no template nope.txt.j2" in got


def test_yaml_syntax_error_names_line(tmp_path):
    text = config_text() + "managers: [unclosed\n"
    got = problems(tmp_path, text)
    assert got[0].startswith("config.yaml:") and "YAML syntax" in got[0]


def test_unknown_holiday_country(tmp_path):
    text = config_text().replace("country: GB, subdivision: ENG", "country: XX")
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, 'country: XX')}: defaults.holidays.country: the holidays package "
                   f"knows no country 'XX'"]
    text = config_text().replace("subdivision: ENG", "subdivision: XYZ")
    assert problems(tmp_path, text) == [f"config.yaml:{line_of(text, 'XYZ')}: defaults.holidays.subdivision: the "
                                        f"holidays package knows no subdivision 'XYZ' of GB"]


def test_secret_is_read_only_when_needed_and_names_the_variable(tmp_path, monkeypatch):
    config = make_config(tmp_path)
    monkeypatch.delenv("MAILER_TEST_PASSWORD")
    with pytest.raises(ConfigError) as exc:
        config.imap.server.password.reveal()
    assert "imap.password_env: environment variable MAILER_TEST_PASSWORD is not set" in str(exc.value)
    monkeypatch.setenv("MAILER_TEST_PASSWORD", "s3cr3t-value")
    assert config.imap.server.password.reveal() == "s3cr3t-value"
    assert "s3cr3t-value" not in repr(config)  # the secret never sits in the config object


def test_holidays_apply_to_default_calendar(tmp_path):
    from datetime import date
    config = make_config(tmp_path)
    assert config.default_calendar.is_holiday(date(2026, 12, 25))
    assert not config.default_calendar.is_business_day(date(2026, 12, 28))  # boxing day substitute in England
    assert config.default_calendar.is_business_day(date(2026, 12, 29))


def test_reload_takes_valid_edit_and_refuses_invalid_keeping_last_good(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(config_text())
    source = ConfigSource(path)
    assert source.current.from_name == "Acme Recruiting"

    path.write_text(config_text().replace("from_name: Acme Recruiting", "from_name: Acme Talent"))
    os.utime(path, ns=(1, 1))  # a different stamp even on coarse clocks
    assert source.refresh().from_name == "Acme Talent"

    path.write_text(config_text().replace("from_name: Acme Recruiting", "from_name: Broken\n  bad: [x"))
    os.utime(path, ns=(2, 2))
    assert source.refresh().from_name == "Acme Talent"
    assert source.last_error and "config.yaml:" in source.last_error


def test_shipped_templates_are_found_without_a_templates_key(tmp_path):
    text = "\n".join(l for l in config_text().splitlines() if not l.startswith("templates:"))
    (tmp_path / "config.yaml").write_text(text)
    config = load(tmp_path / "config.yaml")
    assert config.templates == (shipped_templates(),)
    assert (shipped_templates() / "followup_1.txt.j2").is_file()


def test_an_operator_folder_overrides_the_shipped_templates_file_by_file(tmp_path):
    own = tmp_path / "mine"
    own.mkdir()
    (own / "followup_1.txt.j2").write_text("{% set subject = 'Ours: ' ~ thread_subject %}Our own words.\n")
    text = config_text().replace(f"templates: {ROOT / 'templates'}", f"templates: {own}")
    (tmp_path / "config.yaml").write_text(text)
    config = load(tmp_path / "config.yaml")
    assert config.templates == (own, shipped_templates())
    env = environment(config.templates)
    assert "Our own words." in env.get_template("followup_1.txt.j2").render(thread_subject="x")
    assert env.get_template("followup_2.txt.j2").filename.startswith(str(shipped_templates()))


def test_a_missing_operator_template_folder_names_the_key(tmp_path):
    text = config_text().replace(f"templates: {ROOT / 'templates'}", f"templates: {tmp_path / 'nope'}")
    (tmp_path / "config.yaml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load(tmp_path / "config.yaml")
    assert "templates: no template folder at" in str(err.value)


def test_an_impossible_date_is_a_config_problem_not_a_traceback(tmp_path):
    # PyYAML turns 2026-13-08 into a date and raises ValueError from inside the loader; the key must say it.
    text = config_text().replace("subdivision: ENG}", "subdivision: ENG, dates: [2026-12-24, 2026-02-30]}")
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, '2026-02-30')}: defaults.holidays.dates[1]: expected a date like "
                   f"2026-12-24, got '2026-02-30'"]


@pytest.mark.parametrize("key, value, low", [("poll_every", "0 seconds", "1 second"), ("poll_every", "0.2", "1 second"),
                                             ("  timeout", "0 seconds", "0.001 seconds")])
def test_a_zero_interval_or_timeout_is_refused(tmp_path, key, value, low):
    # poll_every: 0 made `mailer run` spin in the scheduler for ever, deaf to SIGTERM; a zero timeout is no timeout.
    if key == "poll_every":
        text = config_text(poll_every=value)
    else:
        text = config_text().replace("  timeout: 10 seconds", f"  timeout: {value}", 1)
    got = problems(tmp_path, text)
    assert len(got) == 1 and f"expected at least {low}, got" in got[0], got


MENTORSHIP = ("mentorships:\n  - recruiter: rita@acme.test\n    {key}: nate@acme.test\n"
              "    every: every monday at 09:00\n")


def test_a_misspelt_required_key_is_one_problem_not_three(tmp_path):
    text = config_text(extra=MENTORSHIP.format(key="mentr"))
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, 'mentr:')}: mentorships[0].mentr: unknown key 'mentr'; "
                   f"did you mean 'mentor'?"]


def test_a_missing_required_key_is_told_once(tmp_path):
    text = config_text(extra=MENTORSHIP.format(key="mentor").replace("    mentor: nate@acme.test\n", ""))
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, '- recruiter:')}: mentorships[0]: missing required key 'mentor'"]


def test_a_misspelt_key_beside_the_right_one_is_still_told(tmp_path):
    text = config_text(extra=MENTORSHIP.format(key="mentor") + "    mentr: olivia@acme.test\n")
    got = problems(tmp_path, text)
    assert got == [f"config.yaml:{line_of(text, 'mentr:')}: mentorships[0].mentr: unknown key 'mentr'; "
                   f"did you mean 'mentor'?"]


def test_bad_reply_words_are_refused_with_file_line_and_key(tmp_path):
    # `yes:` / `no:` as a verb of replies.words ("the yes words") is what ops write first: YAML reads it as true or
    # false, so the problem says so, on the key's own line, rather than "unknown key 'True'" on the line above.
    text = config_text(extra="replies:\n  words:\n    yes: [jawohl]\n    no: [nee]\n    pass: nah\n"
                             "    interview: ['']\n")
    got = problems(tmp_path, text)
    known = "known keys: interview, pass, hold, hired, snooze, not_mine, stop, status, done, forget"
    assert got == [
        f"config.yaml:{line_of(text, 'jawohl')}: replies.words.true: unknown key (YAML reads an unquoted yes, on or "
        f"true as true); {known}",
        f"config.yaml:{line_of(text, 'nee')}: replies.words.false: unknown key (YAML reads an unquoted no, off or "
        f"false as false); {known}",
        f"config.yaml:{line_of(text, 'nah')}: replies.words.pass: expected a list (lines starting with '- '), got 'nah'",
        f"config.yaml:{line_of(text, chr(39) * 2)}: replies.words.interview[0]: is required",
    ]

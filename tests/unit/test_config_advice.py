"""Config mistakes that loaded silently or were told twice or wrongly: `mailer check` warns of what loads but does
nothing (config/advice.py), a misspelt section is told once, and a mentor's "did you mean" names only a close
address."""

from helpers import config_text, warnings_at_start
from mailer.config.load import ROOT, parse
from mailer.errors import ConfigError

import pytest


# Nate in New York with his own US holidays: the defaults' GB calendar would be warned of (foreign_holidays)
MANAGERS = [("maria@acme.test", "Maria Manager", None), ("nate@acme.test", "Nate Newyork", "America/New_York", "US")]


def load(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return parse(text, path)


def problems(tmp_path, text) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    return caught.value.problems


def test_a_digest_true_manager_without_digests_manager_is_warned_at_its_line(tmp_path):
    text = config_text(managers=MANAGERS).replace("    name: Maria Manager\n", "    name: Maria Manager\n    digest: true\n")
    config = load(tmp_path, text)
    line = text.splitlines().index("    digest: true") + 1
    assert len(config.advice) == 1
    assert config.advice[0].startswith(f"{tmp_path / 'config.yaml'}:{line}: managers[0].digest: true, but "
                                       f"digests.manager is not set")
    with_digests = load(tmp_path, text + "digests:\n  manager: every monday at 09:00\n")
    assert with_digests.advice == ()


def test_ops_naming_mailers_own_address_is_warned(tmp_path):
    config = load(tmp_path, config_text(managers=MANAGERS, extra="ops: [ops@acme.test, Mailer@acme.test]\n"))
    assert [a.split(": ", 2)[1] for a in config.advice] == ["ops[1]"]
    assert "is mailer's own address" in config.advice[0]


def test_two_recruiters_with_one_name_are_warned_at_the_second(tmp_path):
    config = load(tmp_path, config_text(recruiters=[("rita@acme.test", "Rita Recruiter", None),
                                                    ("rita2@acme.test", "rita  recruiter", None)],
                                        managers=MANAGERS))
    assert len(config.advice) == 1 and "recruiters[1].name: 'rita  recruiter' is also the name of recruiters[0]" \
        in config.advice[0]


def test_the_shipped_example_config_has_nothing_to_warn_of(tmp_path, monkeypatch):
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    monkeypatch.setenv("MAILER_IMAP_PASSWORD", "x")
    assert load(tmp_path, text).advice == ()


def test_a_misspelt_section_is_told_once_not_again_as_missing_its_required_keys(tmp_path):
    text = config_text().replace("followups:", "folowups:")
    got = problems(tmp_path, text)
    assert len(got) == 1 and "unknown key 'folowups'; did you mean 'followups'?" in got[0]


def test_a_mentor_suggestion_names_only_a_close_address(tmp_path):
    far = problems(tmp_path, config_text(recruiters=[("rita@acme.test", "Rita Recruiter", "boss@acme.test")]))
    assert any("boss@acme.test is not a listed manager" in p for p in far)
    assert not any("did you mean" in p for p in far)
    near = problems(tmp_path, config_text(recruiters=[("rita@acme.test", "Rita Recruiter", "mraia@acme.test")]))
    assert any("did you mean 'maria@acme.test'?" in p for p in near)
    from mailer.config.guards import close_address
    assert close_address("nate@acme.tset", ["nate@acme.test", "maria@acme.test"]) == "nate@acme.test"


def test_check_prints_each_warning_after_the_config_line(tmp_path, capsys):
    from mailer.cli.main import main
    path = tmp_path / "config.yaml"
    path.write_text(config_text(extra="ops: [mailer@acme.test]\n", imap_port=1, smtp_port=1))
    main(["check", "--config", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ok   config:")
    assert out[1].startswith(f"warn config: {path}:") and "ops[0]: mailer@acme.test is mailer's own address" in out[1]


def test_the_daemon_says_the_advice_at_every_start_too(tmp_path, caplog):
    """A cron job's log is read more often than `mailer check`'s output: each start repeats what check warns of."""
    text = config_text(imap_port=9, smtp_port=9).replace("    name: Maria Manager\n",
                                                         "    name: Maria Manager\n    digest: true\n")
    (tmp_path / "config.yaml").write_text(text + f"state: {tmp_path / 'state.db'}\n")
    warned = warnings_at_start(tmp_path / "config.yaml", caplog)
    assert any("managers[0].digest: true, but digests.manager is not set" in m for m in warned), warned


def test_a_manager_whose_zone_is_outside_the_inherited_holidays_country_is_warned_by_name(tmp_path, caplog):
    """journey2: Pat Park in New York, no `holidays:`, got a check-in on Thanksgiving under the defaults' GB/ENG."""
    text = config_text(managers=[("maria@acme.test", "Maria Manager", None), ("pat@acme.test", "Pat Park",
                                                                              "America/New_York"),
                                 ("kai@acme.test", "Kai Berger", "Europe/Berlin", "DE"),
                                 ("ula@acme.test", "Ula Utc", "UTC"), ("bea@acme.test", "Bea Belfast",
                                                                      "Europe/Belfast")])
    config = load(tmp_path, text)
    line = text.splitlines().index("    timezone: America/New_York") + 1
    assert len(config.advice) == 1, config.advice  # Kai has his own; UTC is no country; Belfast is in GB
    assert config.advice[0].startswith(f"{tmp_path / 'config.yaml'}:{line}: managers[1].timezone: America/New_York "
                                       f"is in US, but Pat Park has no `holidays:` of their own")
    assert "(GB, subdivision ENG)" in config.advice[0] and "add `holidays: {country: US}`" in config.advice[0]
    assert "managers[1].timezone: America/New_York is in US" in "\n".join(
        warnings_at_start(tmp_path / "config.yaml", caplog))  # the daemon's start says it too
    assert load(tmp_path, text.replace("  holidays: {country: GB, subdivision: ENG}\n", "")).advice == ()

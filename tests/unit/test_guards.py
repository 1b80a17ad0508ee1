"""Who can become a manager, and the limits section: refused in the config with file:line: key."""

import pytest

from helpers import make_config
from mailer.config.settings import ConfigError


def problems(tmp_path, **kw):
    with pytest.raises(ConfigError) as err:
        make_config(tmp_path, **kw)
    return err.value.problems


def test_mailer_itself_or_a_sub_address_or_a_recruiter_is_never_a_manager(tmp_path):
    found = problems(tmp_path, managers=[("mailer+hr@acme.test", "Me", None), ("rita@acme.test", "Rita", None),
                                         ("MAILER@acme.test", "Me again", None)])
    assert any(":" in p and "managers[0].email: mailer+hr@acme.test is mailer's own address" in p for p in found)
    assert any("managers[1].email: rita@acme.test is a listed recruiter" in p for p in found)
    assert any("managers[2].email: mailer@acme.test is mailer's own address" in p for p in found)


def test_who_may_manage(tmp_path):
    config = make_config(tmp_path, extra="company_domains: [acme.test, '@Corp.test']\n")
    assert config.may_manage("maria@acme.test") and config.may_manage("anyone@corp.test")
    assert not config.may_manage("someone@gmail.com")
    assert not config.may_manage("mailer+x@acme.test") and not config.may_manage("rita@acme.test")
    ignore = make_config(tmp_path, extra="unknown_managers: ignore\n")
    assert ignore.may_manage("maria@acme.test") and not ignore.may_manage("anyone@acme.test")


def test_company_domains_default_to_mailers_own(tmp_path):
    assert make_config(tmp_path).company_domains == frozenset({"acme.test"})


@pytest.mark.parametrize("extra, message", [
    ("limits:\n  sends_per_hour: 0\n", "limits.sends_per_hour: expected a whole number from 1 to 100000, got 0"),
    ("limits:\n  mails_per_person_per_day: many\n", "limits.mails_per_person_per_day: expected a number"),
    ("limits:\n  max_header_kb: 1\n", "limits.max_header_kb: expected a whole number from 16"),
    ("limits:\n  answers_per_row: 3\n", "unknown key 'answers_per_row'; did you mean 'answers_in_a_row'?"),
])
def test_bad_limits_name_file_line_and_key(tmp_path, extra, message):
    found = problems(tmp_path, extra=extra)
    assert any(message in p and p.startswith(f"{tmp_path / 'config.yaml'}:") for p in found), found


def test_limits_are_read(tmp_path):
    limits = make_config(tmp_path, extra="limits:\n  sends_per_hour: 50\n  seconds_per_mail: 2.5\n").limits
    assert (limits.sends_per_hour, limits.seconds_per_mail, limits.answers_in_a_row) == (50, 2.5, 5)

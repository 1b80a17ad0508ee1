"""The blind sweep of ops' config.yaml edits (config_blind_cases.py; bench/config_blind.py prints its figures, with
`mailer check` run as a process). Here each edit goes through `mailer check` in this process and through the
running daemon's reload; a wrong outcome fails unless it is listed below with the reason it is left, and a listed
one that has become right fails too, so the list only shrinks."""

import pytest

from config_blind_cases import CASES
from config_blind_judge import check_in_process, judge_check, judge_reload

# (path, case name) → why the wrong outcome is left.
KNOWN: dict[tuple[str, str], str] = {
    # Written as taken; mailer refuses it on purpose at file:line: key, with the way out ("business days must be a
    # whole number (use business hours)"): half a business day depends on the day's hours. The message is right.
    ("check", "after: 1.5 business days"): "refused by design, with file, line, key and what to write instead",
    ("reload", "after: 1.5 business days"): "refused by design, with file, line, key and what to write instead",
    # Names the key as YAML read it, `replies.words.true`, at the right line, and says why (an unquoted yes is true).
    ("check", "words: yes: [sure] (a YAML boolean key)"): "key named as YAML read it (true), explained, right line",
    ("reload", "words: yes: [sure] (a YAML boolean key)"): "key named as YAML read it (true), explained, right line",
}


def _load(path):
    from mailer.config.load import ConfigSource
    return ConfigSource(path).current


# Every edit through `mailer check`; through the daemon's reload (about 0.15 s each: every config edit renders the
# templates it would compose with) every third edit and every template edit by default, all with --run-slow
# (bench/config_blind.py always runs all of them both ways).
PATHS = [pytest.param(case, "check", id=f"check-{case.name}") for case in CASES] + [
    pytest.param(case, "reload", id=f"reload-{case.name}",
                 marks=() if case.files or index % 3 == 0 else pytest.mark.slow)
    for index, case in enumerate(CASES)]


@pytest.mark.parametrize("case, path", PATHS)
def test_an_ops_edit_is_taken_or_refused_as_written(case, path, tmp_path):
    if path == "check":
        verdict = judge_check(case, tmp_path, check_in_process, _load)
    else:
        verdict = judge_reload(case, tmp_path)
    if (path, case.name) in KNOWN:
        assert verdict != "right", f"{case.name} is right now: take it out of KNOWN"
    else:
        assert verdict == "right", verdict


def test_the_known_list_names_only_cases_of_the_table():
    names = {case.name for case in CASES}
    assert {name for _path, name in KNOWN} <= names

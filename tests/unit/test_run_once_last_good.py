"""Under cron, `run --once` with a config.yaml that does not load runs on the last good config recorded in the
state, saying which file, line and key to fix (mailer/cli/runonce.py); a weekday typo gets a did-you-mean as a time
zone's does. The pass on the real stack: tests/integration/test_cron_last_good.py."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import config_text
from mailer.config import lastgood
from mailer.config.load import parse
from mailer.cli import runonce
from mailer.errors import ConfigError
from mailer.mentoring.schedule import ScheduleError, parse_schedule, weekday_hint
from mailer.store import Store

NOW = datetime(2026, 11, 9, 7, 0, tzinfo=timezone.utc)
DIGESTS = "digests:\n  recruiter: every monday at 08:00\n"


@pytest.mark.parametrize("typo, day", [("tusday", "tuesday"), ("wendesday", "wednesday"), ("thrusday", "thursday"),
                                       ("fridy", "friday"), ("Mondya", "monday"), ("thurdays", "thursday")])
def test_a_misspelt_weekday_gets_a_did_you_mean(typo, day):
    with pytest.raises(ScheduleError) as exc:
        parse_schedule(f"every week on {typo} at 10:00")
    assert f"did you mean '{day}'?" in str(exc.value)


@pytest.mark.parametrize("word", ["munday", "monkey", "week", "every", "other", "first", "tue", "10:00"])
def test_no_guess_for_a_word_of_the_language_or_one_as_close_to_two_days(word):
    assert weekday_hint(word) is None


def test_a_business_hours_day_typo_gets_a_did_you_mean_too(tmp_path):
    text = config_text().replace("days: [mon, tue,", "days: [mon, tusday,")
    with pytest.raises(ConfigError) as exc:
        parse(text, tmp_path / "config.yaml")
    assert "did you mean 'tue'?" in "\n".join(exc.value.problems)


def recorded_then_broken(tmp_path, record=True):
    path = tmp_path / "config.yaml"
    good = config_text(extra=DIGESTS)
    path.write_text(good)
    if record:
        store = Store(tmp_path / "mailer.db")
        with store.transaction():
            lastgood.record(store, path, good, NOW - timedelta(days=3))
        store.close()
    path.write_text(good.replace("every monday at 08:00", "every tusday at 08:00"))
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "tusday" in text)
    return path, line


def test_run_once_runs_on_the_recorded_config_and_names_file_line_and_key(tmp_path):
    path, line = recorded_then_broken(tmp_path)
    source, kept = runonce.source(path, once=True)
    assert kept is not None and str(source.current.digests.recruiter) == "every week on monday at 08:00"
    assert source.text == config_text(extra=DIGESTS)
    warning = "\n".join(runonce.warning(kept))
    assert f"config.yaml:{line}: digests.recruiter:" in warning and "did you mean 'tuesday'?" in warning
    assert "runs on the last good config, loaded Fri 06 Nov 07:00 GMT" in warning
    assert f"exits {runonce.RAN_ON_LAST_GOOD}" in warning
    assert source.last_error and "tusday" in source.last_error  # status and health show it as a refused edit


def test_the_daemons_start_and_a_state_with_nothing_recorded_still_refuse_the_file(tmp_path):
    path, _ = recorded_then_broken(tmp_path)
    with pytest.raises(ConfigError):
        runonce.source(path, once=False)  # `mailer run`: a start is when someone is there to fix it
    other = tmp_path / "fresh"
    other.mkdir()
    path, _ = recorded_then_broken(other, record=False)
    with pytest.raises(ConfigError):
        runonce.source(path, once=True)


def test_the_same_config_recorded_again_keeps_the_time_it_was_first_taken(tmp_path):
    path = tmp_path / "config.yaml"
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        lastgood.record(store, path, "a: 1\n", NOW)
        lastgood.record(store, path, "a: 1\n", NOW + timedelta(hours=5))
    assert lastgood.recorded(store).loaded_at == NOW
    with store.transaction():
        lastgood.record(store, path, "a: 2\n", NOW + timedelta(hours=6))
    assert lastgood.recorded(store).loaded_at == NOW + timedelta(hours=6)
    store.close()

"""The ladder as a pure function of stored state and now."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from helpers import make_config
from mailer.model import SentStep, State, Submission
from mailer.policy import Snapshot, due, next_step

NY = ZoneInfo("America/New_York")


def ny(*args):
    return datetime(*args, tzinfo=NY).astimezone(timezone.utc)


def sub(i, manager="nate@acme.test", at=None, recruiter="rita@acme.test"):
    return Submission(i, manager, recruiter, f"Cand {i}", "Role", f"Candidate: Cand {i} - Role", f"m{i}@x", (),
                      at or ny(2026, 11, 25, 10, 0), State.OPEN)


def config(tmp_path, **kw):
    extra = kw.pop("extra", "")
    return make_config(tmp_path, managers=[("maria@acme.test", "Maria", None), ("nate@acme.test", "Nate", "America/New_York")],
                       extra=extra, **kw)


def with_us_holidays(tmp_path, **kw):
    # Thanksgiving (Thu 2026-11-26) is a US public holiday: Nate's calendar must skip it.
    config(tmp_path, **kw)  # writes config.yaml, which gets Nate's US holidays below
    text = (tmp_path / "config.yaml").read_text().replace(
        "    timezone: America/New_York", "    timezone: America/New_York\n    holidays: {country: US}")
    (tmp_path / "config.yaml").write_text(text)
    from mailer.config.load import load
    return load(tmp_path / "config.yaml")


def test_nothing_before_the_sla(tmp_path):
    cfg = with_us_holidays(tmp_path)
    snap = Snapshot((sub(1),))
    assert due(cfg, snap, ny(2026, 11, 27, 16, 59)) == []


def test_first_step_on_the_right_business_day_across_holiday_and_weekend(tmp_path):
    cfg = with_us_holidays(tmp_path)
    snap = Snapshot((sub(1),))
    # Wed 10:00 + 2 business days, skipping Thanksgiving Thursday and the weekend → Mon 10:00 New York.
    assert next_step(cfg, snap, sub(1)) == (0, ny(2026, 11, 30, 10, 0))
    assert due(cfg, snap, ny(2026, 11, 30, 9, 59)) == []
    [mail] = due(cfg, snap, ny(2026, 11, 30, 10, 0))
    assert (mail.recipient, mail.audience, mail.step) == ("nate@acme.test", "manager", 0)


def test_past_due_outside_hours_waits_for_opening(tmp_path):
    cfg = with_us_holidays(tmp_path)
    snap = Snapshot((sub(1),))
    assert due(cfg, snap, ny(2026, 11, 30, 17, 30)) == []   # daemon was down all day; now closed
    assert due(cfg, snap, ny(2026, 12, 1, 8, 59)) == []
    assert len(due(cfg, snap, ny(2026, 12, 1, 9, 0))) == 1


def test_next_step_counts_from_the_previous_step(tmp_path):
    cfg = with_us_holidays(tmp_path)
    s = sub(1)
    snap = Snapshot((s,), steps={1: [SentStep(1, 0, ny(2026, 11, 30, 10, 0))]})
    assert next_step(cfg, snap, s) == (1, ny(2026, 12, 2, 10, 0))


def test_answered_or_finished_submissions_are_not_due(tmp_path):
    cfg = config(tmp_path)
    answered = Submission(**{**sub(1).__dict__, "state": State.ANSWERED})
    done = sub(2)
    steps = {2: [SentStep(2, i, ny(2026, 11, 26, 10, 0)) for i in range(3)]}
    assert due(cfg, Snapshot((answered, done), steps=steps), ny(2027, 1, 5, 12, 0)) == []


def test_several_due_candidates_of_one_manager_make_one_grouped_mail(tmp_path):
    cfg = config(tmp_path)
    subs = tuple(sub(i, at=ny(2026, 11, 23, 9 + i, 0)) for i in range(1, 4))
    [mail] = due(cfg, Snapshot(subs), ny(2026, 11, 27, 12, 0))
    assert mail.grouped and [i.submission.id for i in mail.items] == [1, 2, 3]


def test_per_candidate_grouping_respects_the_daily_cap(tmp_path):
    cfg = config(tmp_path, group="per_candidate")
    subs = tuple(sub(i, at=ny(2026, 11, 23, 9 + i, 0)) for i in range(1, 4))
    mails = due(cfg, Snapshot(subs), ny(2026, 11, 27, 12, 0))
    assert [m.items[0].submission.id for m in mails] == [1]  # one per manager per business day


def test_daily_cap_counts_mail_already_sent_today_in_managers_zone(tmp_path):
    cfg = config(tmp_path)
    s = sub(1, at=ny(2026, 11, 23, 10, 0))
    earlier_today = {"nate@acme.test": [ny(2026, 11, 27, 9, 5)]}
    assert due(cfg, Snapshot((s,), manager_mail=earlier_today), ny(2026, 11, 27, 12, 0)) == []
    yesterday = {"nate@acme.test": [ny(2026, 11, 26, 16, 0)]}
    assert len(due(cfg, Snapshot((s,), manager_mail=yesterday), ny(2026, 11, 27, 12, 0))) == 1


def test_last_step_goes_to_the_recruiters_mentor(tmp_path):
    cfg = config(tmp_path)
    s = sub(1)
    steps = {1: [SentStep(1, 0, ny(2026, 11, 27, 10, 0)), SentStep(1, 1, ny(2026, 12, 1, 10, 0))]}
    [mail] = due(cfg, Snapshot((s,), steps=steps), ny(2026, 12, 7, 10, 0))  # 15:00 for the London mentor
    assert (mail.audience, mail.recipient) == ("mentor", "maria@acme.test")


def test_recruiter_without_mentor_gets_an_unresolved_step(tmp_path):
    cfg = config(tmp_path, recruiters=[("rita@acme.test", "Rita", None)])
    s = sub(1)
    steps = {1: [SentStep(1, 0, ny(2026, 11, 27, 10, 0)), SentStep(1, 1, ny(2026, 12, 1, 10, 0))]}
    [mail] = due(cfg, Snapshot((s,), steps=steps), ny(2026, 12, 7, 10, 0))  # 15:00 for the London mentor
    assert mail.recipient == ""


def test_same_state_and_time_give_the_same_keys(tmp_path):
    cfg = config(tmp_path)
    subs = tuple(sub(i, at=ny(2026, 11, 23, 9 + i, 0)) for i in range(1, 3))
    now = ny(2026, 11, 27, 12, 0)
    assert [m.key for m in due(cfg, Snapshot(subs), now)] == [m.key for m in due(cfg, Snapshot(subs), now + timedelta(hours=1))]


def test_grouped_mail_takes_along_candidates_due_later_the_same_day(tmp_path):
    cfg = config(tmp_path)
    today = [sub(1, at=ny(2026, 11, 23, 10, 0)), sub(2, at=ny(2026, 11, 23, 10, 30)),
             sub(3, at=ny(2026, 11, 23, 16, 0))]
    tomorrow = sub(4, at=ny(2026, 11, 24, 9, 30))
    [mail] = due(cfg, Snapshot((*today, tomorrow)), ny(2026, 11, 25, 10, 0))
    assert [i.submission.id for i in mail.items] == [1, 2, 3]
    # Nothing at all goes before the first candidate is due.
    assert due(cfg, Snapshot((*today, tomorrow)), ny(2026, 11, 25, 9, 59)) == []


def test_a_snoozed_candidate_does_not_ride_along_before_its_snooze_ends(tmp_path):
    cfg = config(tmp_path)
    due_now = sub(1, at=ny(2026, 11, 23, 10, 0))
    snoozed = Submission(**{**sub(2, at=ny(2026, 11, 23, 9, 0)).__dict__, "snoozed_until": ny(2026, 11, 27, 14, 0)})
    [mail] = due(cfg, Snapshot((due_now, snoozed)), ny(2026, 11, 27, 10, 0))
    assert [i.submission.id for i in mail.items] == [1]


def test_mentor_who_is_the_silent_manager_gets_no_escalation(tmp_path):
    cfg = config(tmp_path, recruiters=[("rita@acme.test", "Rita", "nate@acme.test")])
    s = sub(1)
    steps = {1: [SentStep(1, 0, ny(2026, 11, 27, 10, 0)), SentStep(1, 1, ny(2026, 12, 1, 10, 0))]}
    [mail] = due(cfg, Snapshot((s,), steps=steps), ny(2026, 12, 7, 10, 0))
    assert mail.recipient == ""  # recorded as skipped, not sent to Nate about Nate


def test_mentor_asks_speak_for_one_recruiter_each(tmp_path):
    cfg = config(tmp_path, recruiters=[("rita@acme.test", "Rita", "maria@acme.test"),
                                       ("sam@acme.test", "Sam", "maria@acme.test")])
    subs = (sub(1, recruiter="rita@acme.test"), sub(2, recruiter="sam@acme.test"))
    steps = {i: [SentStep(i, 0, ny(2026, 11, 27, 10, 0)), SentStep(i, 1, ny(2026, 12, 1, 10, 0))] for i in (1, 2)}
    snap = Snapshot(subs, steps=steps)
    first = due(cfg, snap, ny(2026, 12, 7, 10, 0))
    assert [(m.audience, [i.submission.recruiter for i in m.items]) for m in first] == [("mentor", ["rita@acme.test"])]


def test_one_mail_a_day_per_person_whatever_their_role(tmp_path):
    # Maria is a manager (her own candidate is due) and Rita's mentor (an ask about Nate is due): one today.
    cfg = config(tmp_path)
    hers = sub(1, manager="maria@acme.test", at=ny(2026, 12, 1, 10, 0))
    nates = sub(2)
    steps = {2: [SentStep(2, 0, ny(2026, 11, 27, 10, 0)), SentStep(2, 1, ny(2026, 12, 1, 10, 0))]}
    mails = due(cfg, Snapshot((hers, nates), steps=steps), ny(2026, 12, 7, 10, 0))
    assert [(m.audience, m.recipient) for m in mails] == [("manager", "maria@acme.test")]


def test_the_longest_waiting_mail_gets_the_days_slot(tmp_path):
    # Maria's own nudges fall due every morning; the mentor ask due since Wednesday must not starve.
    cfg = config(tmp_path)
    nates = sub(2)
    steps = {2: [SentStep(2, 0, ny(2026, 11, 27, 10, 0)), SentStep(2, 1, ny(2026, 12, 1, 10, 0))]}
    fresh = sub(1, manager="maria@acme.test", at=ny(2026, 12, 4, 10, 0))  # due Tue 8 Dec at opening
    mails = due(cfg, Snapshot((fresh, nates), steps=steps), ny(2026, 12, 8, 10, 0))
    assert [(m.audience, m.recipient) for m in mails] == [("mentor", "maria@acme.test")]

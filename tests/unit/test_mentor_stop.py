"""A mentor ends or pauses the check-ins by answering one (mentoring/checkinreply.py, inbound.py): what reads as
a stop or a pause and what stays advice, then the stored change over a real SQLite store read through ingest:
the recruiter told once, the mentor confirmed once, no check-in after it whatever the config says, the ladder's
mentor rung skips them, `mentors` and `status` say so, and ops restarts the pair."""

from datetime import date, datetime, timedelta, timezone
import email
import email.policy
from zoneinfo import ZoneInfo

import pytest

from helpers import config_text
from mailer.cadences import cadences
from mailer.cli.mentoring import mentors_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.checkinreply import pause_date, read_checkin_reply
from mailer.mentoring.loop import queue_mentoring, snapshot
from mailer.mentoring.plan import checkin_slot, escalation_mentors
from mailer.store import MentorshipState, Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("words", [
    "stop", "Stop.", "STOP - too busy this quarter", "Please stop these check-ins.",
    "Hi Rita,\nplease stop sending me these mails, thanks.", "No more check-ins, please.",
    "I'm leaving the company at the end of the month. It was a pleasure!", "I have left the company.",
    "Bitte keine Check-ins mehr.", "Ich verlasse das Unternehmen.", "stopp",
    "Arrêtez les check-ins, merci.", "Je ne veux plus recevoir ces messages.", "Je quitte l'entreprise.",
    "Por favor, deja de enviarme estos correos.", "No quiero recibir más check-ins.",
    "Dejo la empresa.",
])
def test_a_sure_stop_in_four_languages(words):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == "stop"


@pytest.mark.parametrize("words, back", [
    ("pause until March", date(2027, 3, 1)),
    ("Pause until 15 January", date(2027, 1, 15)),
    ("Not now, sorry. Pause the check-ins until 12 January.", date(2027, 1, 12)),
    ("not now, maybe after the summer", date(2027, 9, 1)),
    ("Let's pause the check-ins until after the summer.", date(2027, 9, 1)),
    ("Not until after Christmas, I'm swamped.", date(2027, 1, 4)),
    ("Pause the check-ins for 3 weeks please.", date(2026, 12, 28)),
    ("Bitte die Check-ins bis März pausieren.", date(2027, 3, 1)),
    ("Gerade nicht, erst wieder im Februar.", date(2027, 2, 1)),
    ("Mettons les check-ins en pause jusqu'en mars.", date(2027, 3, 1)),
    ("Pas maintenant, après l'été peut-être.", date(2027, 9, 1)),
    ("Pausemos los check-ins hasta marzo.", date(2027, 3, 1)),
    ("Ahora no, después del verano.", date(2027, 9, 1)),
])
def test_a_pause_reads_its_date_as_the_day_check_ins_come_back(words, back):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == "pause" and said.dated
    assert said.until.astimezone(BERLIN).date() == back


def test_snooze_takes_a_duration_and_a_pause_without_a_date_lasts_four_weeks():
    assert read_checkin_reply("snooze 4w", NOW, BERLIN).until == NOW + timedelta(weeks=4)
    undated = read_checkin_reply("Not now.", NOW, BERLIN)
    assert (undated.verb, undated.dated, undated.until.astimezone(BERLIN).date()) == ("pause", False, date(2027, 1, 4))
    assert pause_date("no date in here", date(2026, 12, 7)) is None


@pytest.mark.parametrize("words", [
    "We should stop hiring juniors.", "Stop hiring juniors, they churn.", "Never stop asking about failure.",
    "Should we pause the check-ins?", "stop the check-ins?", "If you could stop the check-ins that would be great.",
    "I don't want to stop the check-ins, they help me too.", "Let's not stop the check-ins.",
    "I'm not leaving the company, don't worry.", "Honestly, not now is the time to hire juniors.",
    "We paused hiring until March.", "Ask about failure, always.", "Wir sollten aufhören, Juniors einzustellen.",
    "Maybe we should stop the check-ins.",
])
def test_a_mention_a_question_a_negation_or_a_condition_stays_advice(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


# --- the stored change, read through ingest ---

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""


def world(tmp_path, extra="", trust="unauthenticated"):
    text = config_text(extra=PAIR + extra, trust=trust)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    return config, Store(tmp_path / "s.db"), environment(config.templates)


def bodies(store, kind):
    return [(r, email.message_from_bytes(r.raw, policy=email.policy.default).get_body(("plain",)).get_content())
            for r in store.outbox() if r.kind == kind]


def answer(store, config, env, words, n, now):
    [row] = [r for r in store.outbox() if r.kind == "mentor_checkin"][:1]
    raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nCc: rita@acme.test\r\n"
           f"Message-ID: <a{n}@x>\r\nIn-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n{words}\r\n")
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, config, env, raw.encode(), "INBOX", n, now, report)
    return report.kinds


def first_checkin(store, config, env):
    queue_mentoring(store, config, env, MON)
    [row] = store.outbox()
    with store.transaction():
        store.mark_sent(row.id, MON)


def test_stop_ends_the_pair_once_tells_the_recruiter_confirms_and_the_config_does_not_restart_it(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    later = MON + timedelta(hours=3)
    assert answer(store, config, env, "Please stop these check-ins, I'm stretched thin.", 1, later) == {"mentoring": 1}
    assert answer(store, config, env, "stop", 2, later + timedelta(hours=1)) == {"mentoring": 1}  # said again
    [row] = store.mentorships()
    assert (row.state, row.ended_at) == (MentorshipState.ENDED, later)
    assert store.journal("rita@acme.test") == []  # a stop is not advice
    [(told, body)] = [(r, b) for r, b in bodies(store, "mentor_change") if r.recipients[0] == "rita@acme.test"]
    assert "ended your check-ins" in body and "I'm stretched thin" in body
    assert "mailer mentors --restart rita@acme.test maria@acme.test" in body
    [(confirm, text)] = [(r, b) for r, b in bodies(store, "mentor_change") if r.recipients[0] == "maria@acme.test"]
    assert "no more check-ins" in text and confirm.recipients[:2] == ("maria@acme.test", "mailer@acme.test")
    assert email.message_from_bytes(confirm.raw)["In-Reply-To"]  # in the check-in thread

    # The config still lists the pair: weeks later nothing is queued, and both views say who ended it and when.
    for week in range(1, 6):
        assert queue_mentoring(store, config, env, MON + timedelta(days=7 * week)) == []
    shown = mentors_text(store, config, MON + timedelta(days=8))
    assert "ended by the mentor on Mon 30 Nov" in shown and "--restart rita@acme.test maria@acme.test" in shown
    [cadence] = cadences(store, config, MON + timedelta(days=8))
    assert cadence.next_at is None and cadence.note.startswith("ended by the mentor on Mon 30 Nov")


def test_the_ladder_never_asks_a_mentor_who_ended_the_pair(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    assert escalation_mentors(config, store.mentorships()) == {"rita@acme.test": ("maria@acme.test",)}
    answer(store, config, env, "stop", 1, MON + timedelta(hours=1))
    assert escalation_mentors(config, store.mentorships()) == {"rita@acme.test": ()}  # nobody: no fallback either


def test_a_paused_mentor_is_still_asked_about_a_stuck_candidate(tmp_path):
    """A pause holds the check-ins only (README, "Stop and pause"): the ladder's ask is the help they agreed to."""
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "pause until March", 1, MON + timedelta(hours=1))
    assert store.mentorships()[0].paused_until is not None
    assert escalation_mentors(config, store.mentorships()) == {"rita@acme.test": ("maria@acme.test",)}


def test_a_recruiters_named_mentor_who_ended_the_pair_is_not_asked_either(tmp_path):
    config, store, env = world(tmp_path)
    config = config.__class__(**{**config.__dict__, "recruiters": {
        k: r.__class__(**{**r.__dict__, "mentor": "maria@acme.test"}) for k, r in config.recruiters.items()}})
    first_checkin(store, config, env)
    assert escalation_mentors(config, store.mentorships())["rita@acme.test"] == ("maria@acme.test",)
    answer(store, config, env, "I'm leaving the company.", 1, MON + timedelta(hours=1))
    assert escalation_mentors(config, store.mentorships())["rita@acme.test"] == ()


def test_ops_restarts_an_ended_pair_and_the_next_checkin_goes_at_the_cadences_time(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "stop", 1, MON + timedelta(hours=1))
    restart = MON + timedelta(days=15, hours=2)  # Tue 15 Dec 12:00, the Monday slot missed
    assert not store.restart_mentorship("rita@acme.test", "other@acme.test", restart)
    with store.transaction():
        assert store.restart_mentorship("rita@acme.test", "maria@acme.test", restart)
    assert queue_mentoring(store, config, env, restart) == []  # not at once: at the cadence's time
    assert queue_mentoring(store, config, env, restart + timedelta(hours=22)) == [
        "mentor-checkin:rita@acme.test:maria@acme.test:2026-12-14"]  # Wed 16 Dec 10:00, one for the missed slots
    assert store.mentorships()[0].state is MentorshipState.ACTIVE


def test_pause_holds_the_checkins_to_its_date_confirms_once_and_shows_it(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    said = MON + timedelta(hours=2)
    assert answer(store, config, env, "Not now, maybe after Christmas.", 1, said) == {"mentoring": 1}
    assert answer(store, config, env, "not now, maybe after christmas", 2, said) == {"mentoring": 1}  # same day
    [row] = store.mentorships()
    assert row.state is MentorshipState.ACTIVE and row.paused_until.date() == date(2027, 1, 4)
    [(confirm, text)] = bodies(store, "mentor_change")
    assert confirm.recipients[:2] == ("maria@acme.test", "rita@acme.test")
    assert "paused the check-ins for Rita" in text and "until Mon 04 Jan" in text and "Mon 04 Jan 10:00" in text
    for week in range(1, 5):  # 7, 14, 21, 28 Dec: nothing
        assert queue_mentoring(store, config, env, MON + timedelta(days=7 * week)) == []
    assert "paused by the mentor until Mon 04 Jan" in mentors_text(store, config, MON + timedelta(days=8))
    [cadence] = cadences(store, config, MON + timedelta(days=8))
    assert cadence.next_at == datetime(2027, 1, 4, 10, tzinfo=timezone.utc)
    assert queue_mentoring(store, config, env, datetime(2027, 1, 4, 10, tzinfo=timezone.utc)) == [
        "mentor-checkin:rita@acme.test:maria@acme.test:2027-01-04"]


def test_a_later_stop_ends_a_paused_pair_and_a_new_pause_moves_the_date(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "pause until March", 1, MON + timedelta(hours=1))
    answer(store, config, env, "pause until February", 2, MON + timedelta(hours=2))
    assert store.mentorships()[0].paused_until.date() == date(2027, 2, 1)
    assert len(bodies(store, "mentor_change")) == 2  # each change confirmed
    answer(store, config, env, "Actually, please stop the check-ins.", 3, MON + timedelta(hours=3))
    [row] = store.mentorships()
    assert row.state is MentorshipState.ENDED and row.paused_until is None


def test_advice_that_mentions_stopping_goes_to_the_journal(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "We should stop hiring juniors without a buddy.", 1, MON + timedelta(hours=1))
    [entry] = store.journal("rita@acme.test")
    assert "stop hiring juniors" in entry.answer and store.mentorships()[0].state is MentorshipState.ACTIVE
    assert bodies(store, "mentor_change") == []


def test_an_out_of_office_that_moves_the_next_checkin_tells_the_recruiter_once(tmp_path):
    """Maria's out-of-office (to a nudge, Thursday) says she is back on Wednesday: Monday's check-in goes on her
    return day at the cadence's time, and Rita is told so, once, with both times; the daemon then sends it then."""
    from email.message import EmailMessage
    from mailer.effects import Effects
    from mailer.model import Kind
    from mailer.reading.classify import Verdict
    from mailer.reading.parse import parse as parse_mail
    config, store, env = world(tmp_path, trust="dkim")  # a proven notice: its return date is believed
    first_checkin(store, config, env)
    thursday = MON + timedelta(days=3)

    def ooo(n, back, at):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = ("maria@acme.test", "mailer@acme.test",
                                                                     "Out of office", f"<ooo{n}@x>")
        msg.set_content("I am out of the office.")
        with store.transaction():
            Effects(store, config, env, parse_mail(bytes(msg)), at).apply(
                Verdict(Kind.AUTO_REPLY, "ooo", return_date=back))

    ooo(1, date(2026, 12, 9), thursday)
    ooo(2, date(2026, 12, 9), thursday + timedelta(hours=1))  # the same absence again: not told twice
    [(told, body)] = bodies(store, "mentor_change")
    assert told.recipients[0] == "rita@acme.test"
    assert "your check-in of Mon 07 Dec 10:00 moves to Wed 09 Dec 10:00" in body
    assert queue_mentoring(store, config, env, datetime(2026, 12, 7, 10, tzinfo=timezone.utc)) == []
    assert queue_mentoring(store, config, env, datetime(2026, 12, 9, 10, tzinfo=timezone.utc)) == [
        "mentor-checkin:rita@acme.test:maria@acme.test:2026-12-07"]


def test_an_out_of_office_that_moves_no_checkin_says_nothing_about_one(tmp_path):
    from email.message import EmailMessage
    from mailer.effects import Effects
    from mailer.model import Kind
    from mailer.reading.classify import Verdict
    from mailer.reading.parse import parse as parse_mail
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "maria@acme.test", "mailer@acme.test", "OOO", "<o@x>"
    msg.set_content("I am out of the office.")
    with store.transaction():  # Tuesday to Thursday: back before Monday's check-in
        Effects(store, config, env, parse_mail(bytes(msg)), MON + timedelta(days=1)).apply(
            Verdict(Kind.AUTO_REPLY, "ooo", return_date=date(2026, 12, 3)))
    assert bodies(store, "mentor_change") == []


def test_restart_from_the_command_line_refuses_a_pair_not_in_the_config_or_not_ended(tmp_path, capsys):
    from mailer.cli.mentoring import _restart
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    later = MON + timedelta(days=1)
    assert _restart(store, config, ["rita@acme.test", "nate@acme.test"], later) == 2
    assert "no mentorship in the config pairs rita@acme.test with nate@acme.test" in capsys.readouterr().err
    assert _restart(store, config, ["rita@acme.test", "maria@acme.test"], later) == 1  # active: nothing to restart
    assert "has not ended the check-ins" in capsys.readouterr().err
    answer(store, config, env, "stop", 1, later)
    assert _restart(store, config, ["Rita Recruiter", "maria@acme.test"], later + timedelta(hours=1)) == 0
    assert "Restarted" in capsys.readouterr().out and store.mentorships()[0].state is MentorshipState.ACTIVE
    assert [e["kind"] for e in store.events() if "restarted by ops" in e["detail"]] == ["mentor_restarted"]


def test_plan_day_lists_a_paused_pairs_check_in_on_the_day_it_comes_back_and_an_ended_one_never(tmp_path):
    from mailer.forecast import forecast
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "pause until 21 December", 1, MON + timedelta(hours=1))
    planned = forecast(store, config, env, MON + timedelta(days=1), MON + timedelta(days=30))
    first = [p.at for p in planned if p.kind == "mentor_checkin"][:1]
    assert first == [datetime(2026, 12, 21, 10, tzinfo=timezone.utc)]
    answer(store, config, env, "stop", 2, MON + timedelta(hours=2))
    planned = forecast(store, config, env, MON + timedelta(days=1), MON + timedelta(days=30))
    assert [p for p in planned if p.kind == "mentor_checkin"] == []


def test_a_thank_you_to_the_confirmation_is_not_advice_but_a_stop_there_still_ends_the_pair(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    answer(store, config, env, "pause until March", 1, MON + timedelta(hours=1))
    [(confirm, _)] = bodies(store, "mentor_change")
    chain = f"{email.message_from_bytes(confirm.raw)['References']} <{confirm.message_id}>"  # as a client writes it

    def reply_to_confirmation(words, n, at):
        raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <c{n}@x>\r\n"
               f"In-Reply-To: <{confirm.message_id}>\r\nReferences: {chain}\r\n"
               f"Subject: Re: {confirm.subject}\r\n\r\n{words}\r\n")
        report = IngestReport()
        with store.transaction():
            ingest_raw(store, config, env, raw.encode(), "INBOX", 100 + n, at, report)
        return report.kinds

    assert reply_to_confirmation("Thanks, see you then!", 1, MON + timedelta(hours=2)) == {"mentoring": 1}
    assert store.journal("rita@acme.test") == []
    reply_to_confirmation("Actually, stop the check-ins.", 2, MON + timedelta(hours=3))
    assert store.mentorships()[0].state is MentorshipState.ENDED

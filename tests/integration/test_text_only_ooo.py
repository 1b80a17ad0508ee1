"""Issue 8 item 6 on the real Postfix + Dovecot: an out-of-office with no auto-reply header and a `Re:` subject
is not the manager's answer (it pauses as any out-of-office does, within the trust rules), while a person
who mentions their own absence in a real answer still stops the nudging.

The out-of-office bodies follow real header-less notices collected in tests/data/ooo_github (Lotus Notes'
"out of the office starting … and will not return until …", "limited access to email"), with 2026 dates.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)   # first follow-up (2 business days)
FRI = datetime(2026, 11, 27, 10, 0, tzinfo=LON)   # second follow-up, unless answered or paused

LOTUS = ("I will be out of the office starting  24/11/2026 and will not return until 07/12/2026.\n\n"
         "I will respond to your message when I return. For urgent matters please contact the office.")
EIGHT_WEEKS = ("Thank you for your email. I am out of the office until 18 January 2027 and will have limited "
               "access to email. In urgent cases please contact Eve <eve@acme.test>.")


def nudged(world, daemon):
    """Submit Jane Doe to Maria, run to the first follow-up, and return that follow-up as Maria sees it."""
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
               subject="Candidate: Jane Doe – Backend Engineer")
    world.tick(daemon, WED, expect_mailer=1)
    return world.wait_for(world.addr("maria"), 2)[-1]


def kind_of(daemon, message_id):
    return daemon.store.db.execute("SELECT kind, reason FROM messages WHERE message_id=?", (message_id,)).fetchone()


def test_a_header_less_out_of_office_does_not_stop_the_nudging_and_pauses_until_the_return(world):
    world.authenticated()  # a proven sender: the absence may pause nudges until its return date
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    # A plain "Re:" reply quoting the nudge, no Auto-Submitted, X-Autoreply or Precedence: only its words say it.
    mid = world.reply(followup, world.addr("maria"), LOTUS, [world.mailer], date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    row = kind_of(daemon, mid)
    assert row["kind"] == "auto_reply" and "body:out-of-office" in row["reason"]
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.OPEN and sub.decision is None  # not an answer
    # Back on Mon 7 December: no nudge before, the ladder goes on at the first business hour of that day.
    assert world.tick(daemon, datetime(2026, 12, 4, 16, 0, tzinfo=LON)).queued == []
    assert len(world.tick(daemon, datetime(2026, 12, 7, 9, 0, tzinfo=LON)).queued) == 1
    daemon.close()


def test_a_header_less_out_of_office_from_an_unproven_sender_pauses_only_briefly(world):
    path = world.write_config(trust="unauthenticated")
    path.write_text(path.read_text() + "replies:\n  offer_to_delegate: true\n")
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    world.reply(followup, world.addr("maria"), EIGHT_WEEKS, [world.mailer], date=WED + timedelta(minutes=5),
                style="outlook")
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert daemon.store.all_submissions()[0].state is State.OPEN
    until = daemon.store.pauses()[world.addr("maria")]
    assert until <= datetime(2026, 11, 27, 10, 30, tzinfo=LON)  # the short default, not eight weeks
    assert daemon.store.delegates(WED) == {}  # an unproven absence names no stand-in
    daemon.close()


def test_a_person_mentioning_their_absence_in_a_real_answer_stops_the_nudging(world):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"),
                      "Thanks! I'm out of the office next week, but Jane looks great: let's interview her when "
                      "I'm back on Monday 7 December.", [world.mailer], date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "reply"
    [sub] = daemon.store.all_submissions()
    assert sub.state is not State.OPEN  # answered: the ladder stops
    assert daemon.store.pauses() == {}
    assert world.tick(daemon, FRI).queued == []
    daemon.close()


@pytest.mark.parametrize("body", [
    # the candidate named only by name, an absence and a notice's words: the manager's answer all the same
    "Jane ist gut, aber ich bin bis 14.12. im Urlaub; in dringenden Fällen Paul.",
    "Jane er god. Jeg holder ferie til den 14., haster det så ring til Paul.",
])
def test_a_manager_away_who_names_the_candidate_stops_the_nudging(world, body):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"), body, [world.mailer], date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "reply"
    [sub] = daemon.store.all_submissions()
    assert sub.state is not State.OPEN and sub.reply_text.startswith("Jane")  # answered, in her words
    assert daemon.store.pauses() == {}
    assert world.tick(daemon, FRI).queued == []  # no second follow-up
    daemon.close()


def test_the_same_notice_without_the_candidates_name_still_pauses(world):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"),
                      "Ich bin bis 14.12. im Urlaub; in dringenden Fällen wenden Sie sich an Paul.", [world.mailer],
                      date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "auto_reply"
    assert daemon.store.all_submissions()[0].state is State.OPEN
    daemon.close()


# A notice an archive or relay kept without auto-reply headers, whose words alone a person could write: its subject
# tells (a holiday word alone; the original subject echoed without "Re:"). README "Out of office is not an answer".
GROUPWISE = "I will be out of the office from Tuesday (Nov 24) through Friday (Dec\n4).\n\nBest regards\nMaria Manager\n"


def plain_answer(world, followup, subject: str, body: str) -> str:
    mid = followup["Message-ID"].strip()
    return world.send(world.addr("maria"), [world.mailer], subject=subject, body=body, date=WED + timedelta(minutes=5),
                      headers={"In-Reply-To": mid, "References": mid}, attachment=None)


@pytest.mark.parametrize("subject, body", [
    ("Urlaub bis 4.12.", "Ich bin bis zum 4. Dezember im Urlaub.\n\nViele Grüße\nMaria\n"),
    ("Candidate: Jane Doe – Backend Engineer", GROUPWISE),   # the original subject echoed, no "Re:"
])
def test_a_header_less_notice_told_by_its_subject_and_bare_text_pauses(world, subject, body):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = plain_answer(world, followup, subject, body)
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "auto_reply"
    assert daemon.store.all_submissions()[0].state is State.OPEN  # not an answer
    assert world.tick(daemon, FRI).queued == []                   # paused past Friday's follow-up
    daemon.close()


def test_the_same_bare_text_under_re_is_the_managers_own_note(world):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = plain_answer(world, followup, "Re: " + followup["Subject"].removeprefix("Re: "), GROUPWISE)
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "reply"
    assert daemon.store.all_submissions()[0].state is not State.OPEN
    daemon.close()


# Header-less notices as clients word them in more languages (tests/unit/test_ooo_clients.py), and a text that only
# calls itself an automatic reply (QQ Mail's receipt): each pauses, the first until the date it states.
@pytest.mark.parametrize("body", [
    "תודה על פנייתך. אני מחוץ למשרד עד 4 בדצמבר, עם גישה מוגבלת לדואר האלקטרוני. לעניינים דחופים ניתן לפנות לאנה.",
    "Merhaba, 4 Aralık'a kadar ofis dışındayım. Döndüğümde e-postanıza yanıt vereceğim.",
])
def test_a_header_less_notice_in_another_language_pauses_until_its_date(world, body):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"), body, [world.mailer], date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "auto_reply"
    assert daemon.store.all_submissions()[0].state is State.OPEN
    # Away through Friday 4 December: no nudge before, the ladder goes on on Monday 7 December.
    assert world.tick(daemon, datetime(2026, 12, 4, 16, 0, tzinfo=LON)).queued == []
    assert len(world.tick(daemon, datetime(2026, 12, 7, 9, 0, tzinfo=LON)).queued) == 1
    daemon.close()


def test_a_receipt_that_calls_itself_an_automatic_reply_is_not_an_answer(world):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"), "这是来自QQ邮箱的假期自动回复邮件。您好，您的邮件已收到，我会尽快给您回复。",
                      [world.mailer], date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    row = kind_of(daemon, mid)
    assert row["kind"] == "auto_reply" and "calls itself automatic" in row["reason"]
    assert daemon.store.all_submissions()[0].state is State.OPEN
    daemon.close()


def test_a_managers_announcement_to_everyone_in_notice_words_is_their_answer(world):
    world.authenticated()
    daemon = world.daemon(MON)
    followup = nudged(world, daemon)
    mid = world.reply(followup, world.addr("maria"),
                      "Hi everyone,\n\nI'll be on vacation from November 30 through December 4. For urgent matters, "
                      "please contact Paul. I'll catch up on everything when I return.", [world.mailer],
                      date=WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert kind_of(daemon, mid)["kind"] == "reply"
    assert daemon.store.all_submissions()[0].state is not State.OPEN
    daemon.close()

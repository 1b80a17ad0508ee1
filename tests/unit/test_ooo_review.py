"""An adversary's review of this round's out-of-office rules (docs/READING.md "Out of office" and "Return dates"): a person's
answer that only mentions an absence stays an answer, dates around a year's end, 29 February and a quoted original
are read right, and hostile text never raises. Project-written sentences."""

from datetime import date, datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.absence import says_out_of_office
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse
from mailer.reading.returndate import ooo_return_date

SENT = datetime(2026, 12, 10, 9, tzinfo=timezone.utc)  # a Thursday, ISO week 50


def _reply(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "maria@acme.test"
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = "Re: Candidate: Jane Doe – Backend"
    msg["Message-ID"] = "<r1@client.test>"
    msg["In-Reply-To"] = "<s1@x>"
    msg["Date"] = "Thu, 10 Dec 2026 09:00:00 +0100"
    msg.set_content(body)
    return bytes(msg)


def _kind(tmp_path: Path, body: str) -> Kind:
    submitted = Submission(1, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend",
                           "Candidate: Jane Doe – Backend", "s1@x", (), datetime(2026, 12, 1, tzinfo=timezone.utc),
                           State.OPEN)
    return classify(parse(_reply(body)), make_config(tmp_path), Context(in_thread=(submitted,))).kind


@pytest.mark.parametrize("body", [
    # one sign, or none: these never were notices
    "I'm back next week, let's interview her then.",
    "Je suis en vacances mais je regarde : oui pour l'entretien.",
    "KW 51 passt mir.",
    "Merci de contacter Paul pour la suite.",
    "I won't be able to decide before Monday.",
    "Yes, let's meet Jane.\n\nMaria\nOut of office Fridays",
    "Jeg er tilbage i næste uge, lad os tage samtalen der.",
    "Ich bin ab Montag im Urlaub. Ja zum Interview.",
    # an absence and a notice's words, but the mail answers about the candidate: the answer must not be lost
    "Je suis absente jusqu'au 14 décembre, mais oui pour l'entretien. Je vous répondrai au plus vite pour la date.",
    "Je suis en congés, mais pour toute question, merci de voir avec Paul. Oui pour la candidate.",
    "Ich bin nächste Woche im Urlaub. Meine Vertretung ist Peter, er kennt die Kandidatin. Ja zum Interview.",
    "Jeg er på ferie i næste uge, men kontakt venligst Peter om kandidaten. Ja tak til en samtale.",
    "I'm on holiday, please contact Paul during my absence about the interview. Jane is a yes from me.",
    "I am out of the office this week, but yes, let's interview her. For urgent matters call my mobile.",
    "I'm on vacation until Monday and will check my email periodically. The candidate looks good, go ahead.",
])
def test_a_person_who_is_away_but_answers_is_heard(tmp_path, body):
    assert _kind(tmp_path, body) is Kind.REPLY


@pytest.mark.parametrize("body", [
    "Je suis absente jusqu'au 14 décembre. Pour toute question, merci de contacter Paul.",
    "Ich bin bis zum 14.12. im Urlaub. Meine Vertretung übernimmt Peter Schmidt.",
    "Jeg er på ferie til og med 14. december. Kontakt venligst Peter på peter@acme.test.",
    "I am on leave until 14 December. Please contact Paul in my absence.",
    # the Unix vacation(1) notice names the subject it answers: the candidate there is not the sender's answer
    'I am on vacation until December 14. Your mail regarding "Candidate: Jane Doe – Backend" will be read when I '
    "return.",
])
def test_the_same_notices_without_an_answer_are_notices(tmp_path, body):
    assert _kind(tmp_path, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize("text, want", [
    # a week range across the year's end: week 52 of this year to week 1 of the next
    ("Jeg holder ferie i uge 52-1.", date(2027, 1, 11)),
    ("Urlaub: KW 52-1.", date(2027, 1, 11)),
    ("I am on vacation in week 51-2.", date(2027, 1, 18)),
    ("Jeg er på ferie til og med uge 1.", date(2027, 1, 11)),
])
def test_week_ranges_across_the_year_end(text, want):
    assert ooo_return_date(text, SENT) == want


def test_29_february_on_the_day_is_that_day():
    assert ooo_return_date("Back on 29 February.", datetime(2028, 2, 29, 8, tzinfo=timezone.utc)) == date(2028, 2, 29)
    assert ooo_return_date("Back on 29 February.", datetime(2028, 2, 10, tzinfo=timezone.utc)) == date(2028, 2, 29)


@pytest.mark.parametrize("text", [
    "I am out of the office until 14 December.\n\nOn Tue, 1 Dec 2026, Rita wrote:\n> He is back on 11 December.",
    "I am out of the office until 14 December.\n> back on 11 December, says Rita",
    "Je suis absente jusqu'au 14 décembre.\n-----Original Message-----\nDe retour le 11 décembre ?",
])
def test_a_quoted_original_lends_no_date(text):
    assert ooo_return_date(text, SENT) == date(2026, 12, 15)


# Pieces of hostile text: runs of "?", garbled letters, huge or zero week numbers, words that start a date.
_HOSTILE = st.lists(st.sampled_from(["?", "??????", "Ã", "Ã©", "ÃƒÂ©", "Â", "Å", "¼", " ", "\n", ".", "-", "/", "0", "7",
                                     "999", "uge ", "KW ", "week ", "bis ", "until ", "back on ", "fin ", "d?cembre",
                                     "29 February", "Monday", "> "]),
                    max_size=80).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE)
def test_hostile_text_never_raises(text):
    result = ooo_return_date(text, SENT)
    assert result is None or result >= SENT.date()
    assert says_out_of_office(text) in (True, False)


@pytest.mark.parametrize("text, want", [
    # UTF-8 read as Latin-1 twice over (an archive of an archive): "é" became "Ã©", then "ÃƒÂ©"
    ("Je serai de retour le 7 dÃƒÂ©cembre.", date(2026, 12, 7)),
    ("Je suis absente jusqu'au 14 dÃƒÂ©cembre inclus.", date(2026, 12, 15)),
])
def test_letters_garbled_twice_are_mended(text, want):
    assert ooo_return_date(text, datetime(2026, 12, 2, 9, tzinfo=timezone.utc)) == want


def test_a_notice_garbled_twice_is_still_a_notice():
    assert says_out_of_office("Ich bin nicht im BÃƒÂ¼ro. In dringenden FÃƒÂ¤llen wenden Sie sich an Peter.")


@pytest.mark.parametrize("body", [
    # a signature's weekly schedule is no absence, even beside a line on whom to call when it is urgent
    "Tuesday works for me.\n\n-- \nMaria Jensen\nOut of office Fridays. For urgent matters call +45 1234 5678.",
    "Tuesday at 10 works.\n\nMaria | On parental leave Fridays | in case of emergency call Bob",
    "Tirsdag passer fint.\n\nMaria\nFraværende om fredagen. I hastende tilfælde ring 12345678.",
    "Dienstag passt.\n\nMaria\nFreitags nicht im Büro. In dringenden Fällen: 0171 123456.",
    # an answer on a day and an hour, beside an absence and whom to write meanwhile
    "Tuesday works. I'm travelling for work until Friday, contact Bob in my absence if needed.",
    "Thanks for your note. I'm on leave this week but Tuesday at 10 is fine; I'll reply properly when I get back.",
])
def test_a_weekly_schedule_or_an_agreed_day_is_a_persons(tmp_path, body):
    assert _kind(tmp_path, body) is Kind.REPLY


@pytest.mark.parametrize("text", [
    "I am out of the office until Friday. For urgent matters please contact Bob.",
    "Ich bin bis Freitag nicht im Büro. In dringenden Fällen wenden Sie sich an Peter.",
])
def test_an_absence_until_a_weekday_is_still_a_notice(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text, want", [
    # two dates, the earlier the start of the absence, the later the return, both without a day
    ("Ich bin ab Mitte Dezember im Urlaub und ab Anfang Januar wieder da.", date(2027, 1, 1)),
    ("Ich bin ab Montag im Urlaub und ab Anfang Januar wieder im Büro.", date(2027, 1, 1)),
    ("À partir de la mi-décembre je suis en congés, et à partir du 4 janvier de retour.", date(2027, 1, 4)),
])
def test_the_earlier_of_two_vague_dates_is_the_start(text, want):
    assert ooo_return_date(text, datetime(2026, 12, 2, 9, tzinfo=timezone.utc)) == want


@pytest.mark.parametrize("text, want", [
    # "ausschließlich"/"exclusively" before more words means "only", not an excluded last day
    ("Ich bin bis 10.12. ausschließlich telefonisch erreichbar.", date(2026, 12, 11)),
    ("I am away until 10 December, exclusively reachable by phone.", date(2026, 12, 11)),
    # after the date, closing its clause, it excludes the day
    ("Bis 10.12. ausschließlich.", date(2026, 12, 10)),
    ("Away until 10 December (exclusive).", date(2026, 12, 10)),
    ("Je suis absent jusqu'au 10 décembre exclus et je lirai mes mails ensuite.", date(2026, 12, 10)),
])
def test_an_excluded_day_is_said_of_the_date(text, want):
    assert ooo_return_date(text, datetime(2026, 12, 2, 9, tzinfo=timezone.utc)) == want


@pytest.mark.parametrize("text, want", [
    # a weekday alone, followed by a number that counts days or weeks, not a day of the month (sent on a Wednesday)
    ("I am back on Monday and will reply within 2 days.", date(2026, 12, 7)),
    ("Back Monday, 2 weeks of mail to read.", date(2026, 12, 7)),
    ("Je serai de retour lundi, avec 3 jours de retard.", date(2026, 12, 7)),
    ("Ich bin bis Freitag im Urlaub, 2 Tage mehr als geplant.", date(2026, 12, 5)),
    # a number that is the day still names the date
    ("Zurück am Montag, den 14.", date(2026, 12, 14)),
    ("Ich bin am Montag, den 14. wieder da.", date(2026, 12, 14)),
    ("Back on Monday, December 14.", date(2026, 12, 14)),
])
def test_a_weekday_then_a_count_of_days(text, want):
    assert ooo_return_date(text, datetime(2026, 12, 2, 9, tzinfo=timezone.utc)) == want


@pytest.mark.parametrize("body", [
    "I'm out of the office until Monday, for urgent matters call me. Sounds good, let's meet her.",
    "Ich bin nächste Woche nicht im Büro, in dringenden Fällen ruf mich an. Bitte lade sie ein.",
    "Jeg er på ferie til mandag, men haster det så ring. Inviter hende gerne.",
])
def test_an_invitation_beside_an_absence_is_an_answer(tmp_path, body):
    assert _kind(tmp_path, body) is Kind.REPLY


def test_a_date_less_mail_is_dated_by_the_newest_received_stamp_that_has_one():
    from email import message_from_string
    from mailer.reading.returndate import written_at
    msg = message_from_string("Received: from mx by store with LMTP id 4711\n"
                              "Received: from relay by mx; Tue, 08 Dec 2026 10:00:00 +0000\n"
                              "Received: from client by relay; Mon, 07 Dec 2026 10:00:00 +0000\nSubject: x\n\nbody")
    assert written_at(datetime(2027, 3, 1, tzinfo=timezone.utc), msg) == datetime(2026, 12, 8, 10)


def test_until_an_hour_later_on_the_day_sent_is_that_day():
    monday_morning = datetime(2026, 12, 7, 9, tzinfo=timezone.utc)
    assert ooo_return_date("Away until 1 pm on Monday.", monday_morning) == date(2026, 12, 7)
    assert ooo_return_date("Away until 1 pm on Monday.", datetime(2026, 12, 7, 15, tzinfo=timezone.utc)) == date(2026, 12, 14)
    assert ooo_return_date("Away until Monday.", monday_morning) == date(2026, 12, 15)  # a whole day: the next one


def test_a_notice_forwarded_under_its_header_block_is_still_read():
    text = "Fwd: Out of office\n-----Original Message-----\nFrom: Maria <maria@acme.test>\nI am away until 14 December."
    assert ooo_return_date(text, SENT) == date(2026, 12, 15)

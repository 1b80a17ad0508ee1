"""Rules found on the tuning half of tests/data/ooo_archive (real notices from mailing-list archives), each checked
on project-written samples here, with the human look-alikes each rule must leave alone."""

from datetime import date, datetime, timezone
import email.message
import re

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date
from mailer.reading.lostletters import lost_letters

SENT = datetime(2026, 11, 19, 9, tzinfo=timezone.utc)


def subject_rule(subject: str) -> str | None:
    msg = email.message.EmailMessage()
    msg["Subject"] = subject
    return detect_auto_reply(msg)


@pytest.mark.parametrize("subject", [
    "[Rd] Abwesenheitsnotiz: Approved",                      # a list's tag before the responder's prefix
    "[R-sig-ME] AUTO: Pie Müller is out of the office. (returning 15.04.2013)",
    "Re: [R] Automatische Antwort: Frage zu lme4",           # a reply prefix too: the responder's "…:" form
    "[R] Automaattinen poissaolovastaus: Document",          # Finnish Exchange
    "[R-sig-Geo] Rép. : R-sig-Geo Digest, Vol 28, Issue 9 (Congés)",  # GroupWise: the user's subject in brackets
])
def test_auto_reply_subjects_behind_list_tags(subject):
    assert subject_rule(subject) is not None


@pytest.mark.parametrize("subject", [
    "[R] Bernd Christian/Icon ist außer Haus.",
    "[Twisted-Python] Andreas Sohn/PLUS/MHM/TUG/DE ist außer Haus.",
    "Gerd-Marie Alenius/US/VLL/SE är inte på kontoret.",
    "Giovanna Rossi è fuori ufficio- away from the office",
    "[R-SIG-Finance] Shaohui Wang ist außer Haus. / is out of the office.",
    "Marie Dupont est absent(e)",
    "Jan Jansen is out of the office. (returning 15.04.2013)",
    "Jane Doe is on annual leave",
    "Matti Meikäläinen on lomalla",
])
def test_lotus_notes_name_is_away_subjects(subject):
    assert subject_rule(subject) == "subject:<name> is out of the office"


@pytest.mark.parametrize("subject", [
    "Re: Tom is out of the office, who approves?",   # a question, more words
    "Tom is out of the office until Friday, can you approve?",
    "Re: Tom is out of the office.",                 # a reply: a person writing about someone
    "AW: Bernd ist außer Haus.",
    "Why is everyone out of the office?",
    "The whole team is out of the office",           # not a name
    "[R] I will be on vacation",                     # a subscriber's own request (r-help, 2004)
    "Re: [R] Out of office next week?",              # behind a reply prefix only the "…:" form counts
    "Re: [R] Autosvar explained",
    "[R] Absences of staff in December",
    "Re: Candidate: Jane Doe",
])
def test_human_subjects_stay_human(subject):
    assert subject_rule(subject) is None


@pytest.mark.parametrize("text, want", [
    # Lotus: "ab X" starts the absence; the return is the "kehre zurück am" of the next sentence
    ("Ich werde ab 20.11.2026 nicht im Büro sein. Ich kehre zurück am 07.12.2026.", date(2026, 12, 7)),
    ("Ich bin ab 7.12. wieder im Büro.", date(2026, 12, 7)),                    # "ab X wieder": the return
    ("Ich bin bis 4.12. im Urlaub und ab 7.12. wieder da.", date(2026, 12, 7)),
    ("Ich kehre am 7.12. zurück.", date(2026, 12, 7)),
    ("Ich kehre zur?ck am 07.12.2026.", date(2026, 12, 7)),                    # ü lost as "?" by a gateway
    ("Jag är tillbaks på kontoret 9 december", date(2026, 12, 9)),
    ("Jag har semester och ??r tillbaks p?? kontoret 9 december.", date(2026, 12, 9)),  # UTF-8 bytes as "??"
    ("Estarei de férias no período de 20 de novembro à 03 de dezembro de 2026.", date(2026, 12, 4)),
    ("Estarei de f?rias no per?odo de 20 de novembro ? 03 de dezembro de 2026.", date(2026, 12, 4)),
    ("Estarei de férias entre 20/11 e 03/12.", date(2026, 12, 4)),
    ("Voltarei ao escritório no dia 7 de dezembro.", date(2026, 12, 7)),
    ("Olen talvilomalla ja seuraavan kerran tavattavissa 7.12.2026", date(2026, 12, 7)),
    ("Olen tavoitettavissa 4.12. asti", date(2026, 12, 5)),                   # reachable through the 4th: not a return
    ("2026. december 7-ig szabadságon vagyok.", date(2026, 12, 8)),           # Hungarian's year-first dot is not one
])
def test_return_dates_from_the_archive_rules(text, want):
    assert ooo_return_date(text, SENT) == want


def test_a_year_ends_its_sentence():
    # The next sentence ("No?l" with a lost letter) would otherwise spoil dateparser's reading of the date.
    text = "Je suis en congés. Je reviendrai le mardi 5 janvier 2027. Joyeux No?l et bonne ann?e."
    assert ooo_return_date(text, datetime(2026, 12, 21, 12, tzinfo=timezone.utc)) == date(2027, 1, 5)


def test_question_marks_never_read_as_a_cyrillic_word():
    assert ooo_return_date("?? 7.12 ???", SENT) is None  # "до 7.12" all lost: nothing to read
    assert re.search(lost_letters("до"), "??") is None
    assert re.search(lost_letters("zurück"), "zur\ufffdck") and re.search(lost_letters("[áé]n"), "?n")


@pytest.mark.parametrize("text", [
    "Ich werde ab 02.06.2026 nicht im Büro sein. Ich kehre zurück am 23.06.2026.\n\n"
    "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten.",
    "Ich werde ab 27.09.2026 nicht im B?ro sein. Ich kehre zur?ck am 07.10.2026.",  # letters lost, still read
    "Je serai absent(e) du 12/11/2026 au 16/11/2026.",
    "Olen talvilomalla ja seuraavan kerran tavattavissa 31.01.2027. Pyydän ottamaan yhteyttä kiireellisissä asioissa "
    "asiakaspalveluumme.",
    "Je serais en congés jusqu'au Jeudi 6 Décembre. Pour des raisons d'urgence, vous pourrez me contacter par téléphone.",
    "I will be out of the office from 02.04.2026 until 06.04.2026. I will respond to your message when I return.",
])
def test_notices_read_by_their_text_alone(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    "Ich bin nächste Woche im Urlaub, schauen wir uns die Kandidatin danach an?",
    "Je serai absent demain, on en parle jeudi ?",
    "I'm on leave until Monday; I'll reply properly when I'm back.",
    "Was ist mit dem B?ro los? Die Kandidatin passt.",            # a lost letter, no absence
    "Olen lomalla ensi viikolla, mutta katson hakijan maanantaina.",  # on holiday next week, a person's answer
])
def test_a_persons_note_stays_theirs(text):
    assert not says_out_of_office(text)

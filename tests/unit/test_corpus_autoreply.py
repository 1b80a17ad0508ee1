"""Auto-reply detection, OOO return dates and delegates, on the corpus and our own OOO samples."""

import csv
import email
import email.policy
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import pytest

from mailer.reading.autoreply import DEFAULT_SUBJECT_PATTERNS, detect_auto_reply, ooo_delegate, ooo_return_date
from mailer.reading.bounce import detect_bounce
from mailer.reading.replytext import reply_text
from corpus import CORPUS, OOO, load, rows


def ooo_expected() -> list[dict]:
    with open(OOO / "expected.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_no_human_reply_is_an_auto_reply():
    hits = [(r["path"], rule) for r in rows("human_reply")
            if (rule := detect_auto_reply(load(CORPUS / r["path"])))]
    own = [r["file"] for r in ooo_expected() if r["auto_reply_rule"] == "(none)"]
    hits += [(f, rule) for f in own if (rule := detect_auto_reply(load(OOO / f)))]
    print("human replies taken for auto-replies:", hits)
    assert hits == []


def test_auto_replies_are_caught_and_are_not_bounces():
    paths = [CORPUS / r["path"] for r in rows("auto_reply")]
    paths += [OOO / r["file"] for r in ooo_expected() if r["auto_reply_rule"] != "(none)"]
    assert len(paths) >= 20
    missed = [p.name for p in paths if detect_auto_reply(load(p)) is None]
    # The corpus marks none of its auto-replies as also being a bounce.
    as_bounce = [p.name for p in paths if detect_bounce(load(p)) is not None]
    share = 1 - len(missed) / len(paths)
    print(f"auto-replies caught: {len(paths) - len(missed)}/{len(paths)} = {share:.3f}; "
          f"missed: {missed}; taken for bounces: {as_bounce}")
    assert share >= 0.98
    assert as_bounce == []


@pytest.mark.parametrize("row", ooo_expected(), ids=lambda r: r["file"])
def test_own_ooo_samples(row):
    msg = load(OOO / row["file"])
    rule = detect_auto_reply(msg)
    assert rule == (None if row["auto_reply_rule"] == "(none)" else row["auto_reply_rule"])
    if rule is None:
        assert detect_bounce(msg) is None
        return
    text = reply_text(msg)
    sent = parsedate_to_datetime(str(msg["Date"]))
    want_date = date.fromisoformat(row["return_date"]) if row["return_date"] else None
    assert ooo_return_date(str(msg["Subject"]) + "\n" + text, sent) == want_date
    assert ooo_delegate(text) == (row["delegate"] or None)


@pytest.mark.parametrize("text, sent, want", [
    ("I will be back on Monday, December 7.", datetime(2020, 11, 30), date(2020, 12, 7)),
    ("I am out of the office through December 11th.", datetime(2020, 11, 30), date(2020, 12, 12)),
    ("Back on Dec. 7, out until Dec. 4", datetime(2020, 11, 30), date(2020, 12, 7)),
    ("I am returning 12/14.", datetime(2020, 11, 30), date(2020, 12, 14)),
    ("Back on January 4", datetime(2020, 12, 28), date(2021, 1, 4)),  # rolls into next year
    ("Ich bin ab dem 7. Dezember wieder im Büro.", datetime(2020, 11, 30), date(2020, 12, 7)),
    ("Abwesend bis 4.12.", datetime(2020, 11, 30), date(2020, 12, 5)),
    ("Je serai de retour le 4 janv. 2021", datetime(2020, 12, 20), date(2021, 1, 4)),
    ("Estaré fuera hasta el 15 de enero.", datetime(2021, 1, 4), date(2021, 1, 16)),
    ("Ik ben terug op 7 december", datetime(2020, 11, 30), date(2020, 12, 7)),
    ("Thanks, I was back on Nov 2 already", datetime(2020, 11, 30), None),
    ("Thank you for your message.", datetime(2020, 11, 30), None),
])
def test_ooo_return_date_phrasings(text, sent, want):
    assert ooo_return_date(text, sent) == want


def test_ooo_return_date_accepts_an_aware_datetime_and_a_huge_text():
    sent = datetime(2020, 11, 30, 9, tzinfo=datetime.now().astimezone().tzinfo)
    assert ooo_return_date("x " * 100_000 + "back on Monday", sent) is None  # beyond 1500 chars
    assert ooo_return_date("Back on Monday, December 7." + " x" * 100_000, sent) == date(2020, 12, 7)


@pytest.mark.parametrize("text, want", [
    ("For urgent matters please contact Dana Smith <dana@x.com>.", "dana@x.com"),
    ("In dringenden Fällen wenden Sie sich an petra@example.de.", "petra@example.de"),
    ("Pour toute urgence, contactez marc@example.fr", "marc@example.fr"),
    ("Thanks for your email to jobs@example.com.", None),
    ("I am away.\n\nJohn Doe\njohn@example.com", None),
])
def test_ooo_delegate(text, want):
    assert ooo_delegate(text) == want


def test_subject_table_covers_twelve_languages_and_is_plain_strings():
    required = ["Automatic reply", "Auto-Reply", "Out of Office", "Abwesenheitsnotiz",
                "Automatische Antwort", "Réponse automatique", "Respuesta automática",
                "Risposta automatica", "Automatisch antwoord", "Autosvar",
                "Automatyczna odpowiedź", "Автоматический ответ", "自動返信", "自动回复",
                "Fuera de la oficina", "Absence"]
    assert isinstance(DEFAULT_SUBJECT_PATTERNS, tuple)
    assert all(isinstance(p, str) for p in DEFAULT_SUBJECT_PATTERNS)
    assert set(required) <= set(DEFAULT_SUBJECT_PATTERNS)


@pytest.mark.parametrize("subject, fires", [
    ("Automatic reply: Candidate: Jane Doe", True),
    ("Réponse automatique : Candidature", True),
    ("Re:   blah blah blah (Automatic Response)", True),
    ("[Automatyczna odpowiedź] test", True),
    ("AUTO: Smith, John is out of the office. (returning 05/01/2010)", True),
    ("自動返信：ご連絡ありがとうございます", True),
    ("Re: Out of office next week?", False),
    ("Absences of staff in December", False),
    ("Re: Candidate: Jane Doe", False),
])
def test_subject_rules(subject, fires):
    msg = email.message.EmailMessage()
    msg["Subject"] = subject
    assert (detect_auto_reply(msg) is not None) == fires


def test_subject_patterns_can_be_extended():
    msg = email.message.EmailMessage()
    msg["Subject"] = "Gone fishing: Candidate: Jane Doe"
    assert detect_auto_reply(msg) is None
    extended = DEFAULT_SUBJECT_PATTERNS + ("Gone fishing",)
    assert detect_auto_reply(msg, extended) == "subject:Gone fishing"


def test_x_auto_response_suppress_alone_is_not_enough():
    msg = email.message.EmailMessage()
    msg["Subject"] = "RE: Candidate"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content("I'm out of the office next week, but Tuesday works.")
    assert detect_auto_reply(msg) is None
    msg.replace_header("Subject", "Candidate")
    msg.set_content("This is an automatic reply. I am away until Monday.")
    assert detect_auto_reply(msg) == "header:X-Auto-Response-Suppress+body:automatic"

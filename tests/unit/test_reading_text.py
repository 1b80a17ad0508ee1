"""The one place that reads text out of a message (mailer/reading/text.py), and reply-text rules built on it."""

from email.message import EmailMessage

import pytest

from mailer.reading.candidate import strip_noise
from mailer.reading.parse import base_subject
from mailer.reading.replytext import reply_text, trim_reply
from mailer.reading.text import FORWARD_SUBJECT_RE, body_text, decode_bytes, strip_prefixes


def test_one_prefix_table_for_threading_candidates_and_forwards():
    subject = "RE: AW: Rif: R: Odp: Fwd: WG: Candidate: Jane Doe"
    assert strip_prefixes(subject) == "Candidate: Jane Doe"
    assert base_subject(subject) == "candidate: jane doe"
    assert strip_noise("[EXTERNAL] " + subject) == "Candidate: Jane Doe"
    assert FORWARD_SUBJECT_RE.match("I: Candidate") and FORWARD_SUBJECT_RE.match("TR: x")
    assert not FORWARD_SUBJECT_RE.match("Re: x")
    assert strip_prefixes("Reasons: Jane") == "Reasons: Jane"  # a word that starts like a prefix stays


def test_a_wrong_charset_label_does_not_garble_utf8():
    text = "好的，我们安排面试。Merci, très bien."
    assert decode_bytes(text.encode("utf-8"), "big5") == text
    assert decode_bytes("très".encode("latin-1"), "latin-1") == "très"  # a right label is kept
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "maria@acme.test", "Re: Jane"
    msg.set_content(text.encode("utf-8"), maintype="text", subtype="plain", cte="8bit")
    del msg["Content-Type"]
    msg["Content-Type"] = 'text/plain; charset="big5"'
    assert reply_text(msg) == text


def test_html_only_mail_reads_as_text():
    msg = EmailMessage()
    msg.set_content("<p>Interview</p><div class='gmail_quote'>old</div>", subtype="html")
    assert body_text(msg).split() == ["Interview", "old"]   # the whole body, as the parser shows it
    assert reply_text(msg) == "Interview"       # the reply, cut at the quote


def test_reply_above_markers_in_other_languages():
    assert trim_reply("Interview, danke.\n\n##- Bitte oberhalb dieser Zeile antworten -##\nTicket 123") == \
        "Interview, danke."
    assert trim_reply("Oui.\n-- Répondez au-dessus de cette ligne --\nold") == "Oui."
    assert trim_reply("Sí.\n\n## Escriba su respuesta por encima de esta línea ##\nold") == "Sí."


def _undeclared(body: bytes, content_type: str | None = None):
    from email import message_from_bytes
    head = b"From: marta@acme.example\nSubject: Re: Lucia\n"
    if content_type:
        head += b"Content-Type: " + content_type.encode() + b"\n"
    return message_from_bytes(head + b"\n" + body)


def test_eight_bit_text_with_no_charset_is_read_as_windows_1252():
    # a list archive's copy (pipermail keeps no Content-Type) of a Spanish reply written in Latin-1
    msg = _undeclared("Sí, la vemos el martes.\nUn saludo, Sebastián\n".encode("latin-1"))
    assert reply_text(msg) == "Sí, la vemos el martes.\nUn saludo, Sebastián"


def test_eight_bit_text_that_calls_itself_ascii_is_read_as_windows_1252():
    msg = _undeclared("Gr\xfc\xdfe und bis Dienstag \x96 Olaf".encode("latin-1"), "text/plain; charset=us-ascii")
    assert reply_text(msg) == "Grüße und bis Dienstag – Olaf"


def test_a_utf8_quote_under_latin1_text_keeps_both():
    body = "Perdón, ya funciona.\n".encode("latin-1") + "> ¿Qué error te da?\n".encode("utf-8")
    assert decode_bytes(body, None) == "Perdón, ya funciona.\n> ¿Qué error te da?\n"


@pytest.mark.parametrize("declared", [None, "us-ascii", "utf-8"])
def test_utf8_text_stays_utf8(declared):
    assert decode_bytes("Grüße, Lucía – 日本".encode("utf-8"), declared) == "Grüße, Lucía – 日本"


def test_a_declared_legacy_charset_is_still_used():
    assert decode_bytes("Perdón".encode("iso-8859-1"), "iso-8859-1") == "Perdón"


def test_a_broken_utf8_byte_in_declared_utf8_text_is_replaced_not_reread():
    # the label says UTF-8: one bad byte is one replacement character, the rest keeps its letters
    assert decode_bytes("Grüße ".encode("utf-8") + b"\xff", "utf-8") == "Grüße \ufffd"

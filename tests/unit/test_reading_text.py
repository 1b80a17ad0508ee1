"""The one place that reads text out of a message (mailer/reading/text.py), and reply-text rules built on it."""

from email.message import EmailMessage

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

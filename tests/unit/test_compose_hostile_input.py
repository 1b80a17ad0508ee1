"""What a hostile or careless mail can put into the mail mailer composes: every value read from mail (a
candidate's name and role, a subject, a manager's display name, a Message-ID, a sender's address) or from the
config (a mentor's name) reaches a header only as one encoded line that adds no field and no recipient, and the
In-Reply-To/References chain holds only ids a mail program can match."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone
import email
import email.policy

import pytest

from helpers import make_config
from mailer.compose import Envelope, Thread, compose, compose_notice, environment
from mailer.model import Due, DueItem, State, Submission
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=timezone.utc)
SUBJECT_LIMIT, NAME_LIMIT = 255, 100  # characters: what Outlook shows of a subject; a name longer is no name
INJECTED = "\r\nBcc: victim@evil.test\r\nX-Injected: yes"


def submission(**fields):
    base = Submission(1, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe",
                      "orig1@acme.test", ("older@acme.test",), NOW - timedelta(days=4), State.OPEN)
    return replace(base, **fields)


def followup(cfg, sub, ancestors=("orig1@acme.test",), step=0, audience="manager", recipient=None):
    due = Due(audience, recipient or sub.manager, sub.manager, (DueItem(sub, step, timedelta(hours=20)),))
    return compose(cfg, environment(cfg.templates), due, Thread(sub.subject, ancestors), "inst", NOW)


def parsed(mail):
    return email.message_from_bytes(mail.raw, policy=email.policy.default)


def header_block(mail) -> bytes:
    return mail.raw.split(b"\r\n\r\n", 1)[0]


def assert_nothing_injected(mail):
    msg = parsed(mail)
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    addresses = [a.addr_spec for field in ("From", "To", "Cc", "Reply-To") if msg[field]
                 for a in msg[field].addresses]
    assert "victim@evil.test" not in addresses and "victim@evil.test" not in mail.recipients
    assert len(msg["To"].addresses) == 1
    assert all(32 <= b < 127 for b in header_block(mail).replace(b"\r\n", b""))  # encoded, no raw control bytes


@pytest.mark.parametrize("field", ["candidate", "role", "subject", "manager_name"])
def test_a_line_break_in_any_value_read_from_mail_adds_no_header(tmp_path, field):
    cfg = make_config(tmp_path)
    sub = submission(manager="aaron@other.test", **{field: "Eve" + INJECTED})
    assert_nothing_injected(followup(cfg, sub))


def test_a_line_break_in_a_mentor_name_from_the_config_adds_no_header(tmp_path):
    cfg = make_config(tmp_path, managers=[("maria@acme.test", "Maria Manager", None),
                                          ("mia@acme.test", '"Mia\\r\\nBcc: victim@evil.test"', None)],
                      recruiters=[("rita@acme.test", "Rita Recruiter", "mia@acme.test")])
    mail = followup(cfg, submission(), step=2, audience="mentor", recipient="mia@acme.test")
    assert_nothing_injected(mail)
    assert parsed(mail)["To"].addresses[0].display_name == "Mia Bcc: victim@evil.test"


def test_an_answer_to_a_sender_whose_address_holds_quotes_and_commas_goes_to_that_one_address(tmp_path):
    cfg = make_config(tmp_path)
    sender = parse(b'From: "Boss, The" <"a,b <eve@evil.test>"@acme.test>\r\nTo: mailer@acme.test\r\n'
                   b"Subject: x\r\nMessage-ID: <m1@acme.test>\r\n\r\nhelp\r\n").sender
    mail = compose_notice(cfg, environment(cfg.templates), "help",
                          Envelope(key="k", kind="help", manager="", audience="notice", sender_name=cfg.from_name,
                                   to=sender.email, to_name=sender.name, ancestors=("m1@acme.test",)),
                          {"thread_subject": "x", "problem": "no command", "help": "Write pass or interview."},
                          "inst", NOW)
    assert mail.recipients[0] == sender.email and len(parsed(mail)["To"].addresses) == 1
    assert parsed(mail)["To"].addresses[0].addr_spec == sender.email


def test_message_ids_no_mail_program_could_match_are_left_out_of_the_chain(tmp_path):
    """A reply whose Message-ID holds a vertical tab made every later follow-up of that candidate fail to
    compose; a control byte went out raw; a non-ASCII id went out as an RFC 2047 word."""
    cfg = make_config(tmp_path)
    hostile = [parse(b"From: eve@evil.test\r\nTo: rita@acme.test\r\nSubject: Re: x\r\nMessage-ID: " + mid +
                     b"\r\n\r\nhi\r\n").message_id for mid in (b"a@b\x0bc", b"=?utf-8?q?d=01e?=", b"<\xc3\xa9@x>")]
    assert hostile == ["a@b\x0bc", "d\x01e", "é@x"]  # what reading keeps, as written
    mail = followup(cfg, submission(), ancestors=("older@acme.test", "orig1@acme.test", *hostile, "a@b> <c@d"))
    msg = parsed(mail)
    assert msg["In-Reply-To"] == "<orig1@acme.test>"
    assert msg["References"] == "<older@acme.test> <orig1@acme.test>"
    assert all(b < 127 for b in header_block(mail))


def test_a_huge_subject_is_shortened_at_a_word_not_sent_whole(tmp_path):
    cfg = make_config(tmp_path)
    mail = followup(cfg, submission(subject="Candidate: " + "Jane Doe " * 20_000))
    subject = parsed(mail)["Subject"]
    assert len(subject) <= SUBJECT_LIMIT and subject.endswith("…")
    assert ("Re: Candidate: " + "Jane Doe " * 20_000).startswith(subject[:-1] + " ")  # cut between words
    assert len(mail.raw) < 20_000  # the body names the subject too, shortened where it is a header


def test_a_huge_display_name_is_shortened(tmp_path):
    cfg = make_config(tmp_path)
    mail = followup(cfg, submission(manager="aaron@other.test", manager_name="Aaron " * 10_000))
    name = parsed(mail)["To"].addresses[0].display_name
    assert len(name) <= NAME_LIMIT and name.endswith("…")


def test_non_ascii_and_right_to_left_overrides_are_encoded_not_mangled(tmp_path):
    cfg = make_config(tmp_path)
    mail = followup(cfg, submission(subject="Kandidat: Łukasz Żółw \u202egnp.exe", manager="aaron@other.test",
                                    manager_name="Zoë \"Boss\", Ødegård"))
    msg = parsed(mail)
    assert all(b < 128 for b in mail.raw)
    assert msg["Subject"] == "Re: Kandidat: Łukasz Żółw gnp.exe"  # the override is dropped, the letters kept
    assert msg["To"].addresses[0].display_name == 'Zoë "Boss", Ødegård'
    assert [a.addr_spec for a in msg["To"].addresses] == ["aaron@other.test"]


def test_a_template_expression_in_a_subject_stays_literal_text(tmp_path):
    cfg = make_config(tmp_path)
    mail = followup(cfg, submission(subject="{{ config }} {{ 7*7 }}", candidate="{% raw %}{{ mailer }}"))
    msg = parsed(mail)
    assert msg["Subject"] == "Re: {{ config }} {{ 7*7 }}"
    text = msg.get_body(("plain",)).get_content()
    assert "{% raw %}{{ mailer }}" in text and "49" not in text


@pytest.mark.parametrize("payload", ["<img src=x onerror=alert(1)>", "</style><script>alert(1)</script>"])
def test_markup_read_from_mail_shows_as_text_in_the_html_part(tmp_path, payload):
    cfg = make_config(tmp_path)
    mail = followup(cfg, submission(candidate=payload, role=payload, subject=payload, manager="aaron@other.test",
                                    manager_name=payload))
    html = parsed(mail).get_body(("html",)).get_content()
    assert "<img" not in html and "<script" not in html and "</style><" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html or "&lt;/style&gt;&lt;script&gt;" in html


def test_a_command_whose_message_id_holds_a_control_character_is_answered_not_quarantined(tmp_path):
    """The answer threads under the command's Message-ID: composing it raised, and the recruiter's mail was
    quarantined as "cannot handle" with no answer."""
    from mailer.ingest import IngestReport, ingest_raw
    from mailer.store import Store
    cfg = make_config(tmp_path)
    store = Store(tmp_path / "state.db")
    raw = (b"From: Rita Recruiter <rita@acme.test>\r\nTo: mailer@acme.test\r\nSubject: status\r\n"
           b"Message-ID: <s@b\x0bc>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\nstatus\r\n")
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, cfg, environment(cfg.templates), raw, "INBOX", 1, NOW, report)
    assert report.kinds == {"command": 1}
    queued = store.db.execute("SELECT kind FROM outbox").fetchall()
    assert [row["kind"] for row in queued] == ["status_report"]

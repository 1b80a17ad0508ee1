"""Which of mailer's sent mails a Sent copy with a replaced Message-ID is (pure), and when mailer reads Sent back."""

from datetime import datetime, timezone

from helpers import config_text, make_config
from mailer.config.load import parse
from mailer.sentcopies import original_of, sent_copy
from mailer.store.outbox import OutboxRow

WHEN = "Wed, 25 Nov 2026 10:00:00 +0000"


def row(mid: str, to: str = "maria@acme.test", cc: str = "", date: str = WHEN) -> OutboxRow:
    raw = (f"From: mailer@acme.test\r\nTo: {to}\r\n" + (f"Cc: {cc}\r\n" if cc else "") +
           f"Subject: Re: Candidate: Jane Doe\r\nDate: {date}\r\nMessage-ID: <{mid}>\r\n\r\nHi\r\n").encode()
    return OutboxRow(key=mid, message_id=mid, kind="followup", manager="maria@acme.test", audience="manager",
                     envelope_from="mailer@acme.test", recipients=(to,), raw=raw, subject="Re: Candidate: Jane Doe")


def copy(new: str, to: str = "Maria <maria@acme.test>", extra: str = "", date: str = WHEN):
    return sent_copy(f"Message-ID: <{new}>\r\nDate: {date}\r\nSubject: Re: Candidate:\r\n Jane Doe\r\nTo: {to}\r\n"
                     f"{extra}\r\n".encode())


def test_the_id_exchange_kept_wins_over_everything_else():
    sent = [row("a.mailer@acme.test"), row("b.mailer@acme.test")]
    found = copy("AM0PR@outlook.com", extra="X-Microsoft-Original-Message-ID: <b.mailer@acme.test>\r\n")
    assert found.subject == "Re: Candidate: Jane Doe" and found.date == datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
    assert original_of(found, sent) == "b.mailer@acme.test"


def test_without_it_the_same_date_and_recipients_decide_and_a_tie_decides_nothing():
    assert original_of(copy("X@outlook.com"), [row("a.mailer@acme.test"), row("b@x", to="nate@acme.test")]) == \
        "a.mailer@acme.test"
    assert original_of(copy("X@outlook.com"), [row("a@x"), row("b@x")]) is None  # two candidates: no guess
    assert original_of(copy("X@outlook.com", date="Wed, 25 Nov 2026 10:00:01 +0000"), [row("a@x")]) is None
    assert original_of(copy("X@outlook.com", to="nate@acme.test"), [row("a@x")]) is None
    assert original_of(copy("X@outlook.com", extra="Date: junk\r\n", date="junk"), [row("a@x")]) is None


def test_microsoft365_reads_sent_back_by_default_and_the_key_overrides_it(tmp_path):
    assert make_config(tmp_path, extra="provider: microsoft365\n").smtp.read_back_sent is True
    assert make_config(tmp_path, extra="provider: google\n").smtp.read_back_sent is False
    assert make_config(tmp_path).smtp.read_back_sent is False
    text = config_text(extra="provider: microsoft365\n").replace("smtp:\n", "smtp:\n  read_back_sent: false\n")
    assert parse(text, tmp_path / "config.yaml").smtp.read_back_sent is False

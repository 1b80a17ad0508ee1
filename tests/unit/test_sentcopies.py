"""Which of mailer's sent mails a Sent copy with a replaced Message-ID is (pure), and when mailer reads Sent back."""

from datetime import datetime, timedelta, timezone

from helpers import config_text, make_config
from mailer.config.load import parse as parse_config
from mailer.model import OutgoingMail
from mailer.reading.parse import parse
from mailer.sentcopies import learn_from_reply, original_of, sent_copy
from mailer.store import Store
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
    assert parse_config(text, tmp_path / "config.yaml").smtp.read_back_sent is False


def grouped(store, key, refs, listed, at):
    """One of mailer's grouped nudges to Maria, sent, numbering `listed` submissions."""
    head = f"References: {' '.join(f'<{r}>' for r in refs)}\r\nIn-Reply-To: <{refs[-1]}>\r\n" if refs else ""
    raw = (f"From: mailer@acme.test\r\nTo: maria@acme.test\r\nSubject: Candidates waiting for your answer\r\n"
           f"Message-ID: <{key}>\r\n{head}\r\nHi\r\n").encode()
    mail = OutgoingMail(key, key, "digest", "maria@acme.test", "manager", "mailer@acme.test", ("maria@acme.test",),
                        raw, "Candidates waiting for your answer")
    outbox_id = store.enqueue(mail, at)
    store.mark_sent(outbox_id, at)
    store.add_listing(outbox_id, listed)


def answer(refs, parent, sender="maria@acme.test"):
    return parse(answer_bytes(refs, parent, sender))


def answer_bytes(refs, parent, sender="maria@acme.test") -> bytes:
    return (f"From: {sender}\r\nTo: mailer@acme.test\r\nSubject: RE: Candidates\r\nMessage-ID: <r@x>\r\n"
            f"In-Reply-To: <{parent}>\r\nReferences: {' '.join(f'<{r}>' for r in (*refs, parent))}\r\n\r\n"
            f"1 yes\r\n").encode()


def test_a_reply_to_the_rewritten_latest_grouped_nudge_is_read_against_that_list_not_the_one_before(tmp_path):
    store = Store(tmp_path / "x.db")
    now = datetime(2026, 11, 27, 10, tzinfo=timezone.utc)
    ids = [store.add_submission(f"s{i}", "maria@acme.test", "rita@acme.test", name, "Role", "s", f"s{i}@x", (),
                                now - timedelta(days=5)) for i, name in enumerate(("Ann", "Bob", "Cy"))]
    with store.transaction():
        grouped(store, "g1.mailer@acme.test", (), ids[:2], now - timedelta(days=2))
        grouped(store, "g2.mailer@acme.test", ("g1.mailer@acme.test",), ids[1:], now - timedelta(hours=1))
    reply = answer(("g1.mailer@acme.test",), "AM0PR@outlook.com")
    assert [s.candidate for s in store.listed(reply.thread_ids)] == ["Ann", "Bob"]  # the older list: wrong
    with store.transaction():
        assert learn_from_reply(store, reply, now) == "g2.mailer@acme.test"
    assert [s.candidate for s in store.listed(reply.thread_ids)] == ["Bob", "Cy"]
    # No evidence, no alias: another person, a parent mailer knows, or References that fit no mail of mailer's
    with store.transaction():
        assert learn_from_reply(store, answer(("g1.mailer@acme.test",), "B@outlook.com", "nate@acme.test"), now) is None
        assert learn_from_reply(store, answer(("s0@x",), "C@outlook.com"), now) is None
        assert learn_from_reply(store, answer(("g1.mailer@acme.test",), "g2.mailer@acme.test"), now) is None
    assert store.resolve_aliases(("B@outlook.com", "C@outlook.com")) == ("B@outlook.com", "C@outlook.com")


def test_only_a_proven_sender_teaches_an_alias(tmp_path):
    """A forged reply could point a rewritten ID (another person's nudge) at this sender's list for good: the
    first alias for an ID is the one kept. Under `trust: dkim` an unsigned reply teaches nothing."""
    from mailer.compose import environment
    from mailer.ingest import IngestReport, ingest_raw

    now = datetime(2026, 11, 27, 10, tzinfo=timezone.utc)
    for trust, learnt in (("dkim", False), ("unauthenticated", True)):
        text = config_text(trust=trust)
        (tmp_path / "config.yaml").write_text(text)
        config = parse_config(text, tmp_path / "config.yaml")
        store = Store(tmp_path / f"{trust}.db")
        sub = store.add_submission("s0", "maria@acme.test", "rita@acme.test", "Ann", "Role", "s", "s0@x", (),
                                   now - timedelta(days=5))
        with store.transaction():
            grouped(store, "g1.mailer@acme.test", (), [sub], now - timedelta(days=2))
            grouped(store, "g2.mailer@acme.test", ("g1.mailer@acme.test",), [sub], now - timedelta(hours=1))
        raw = answer_bytes(("g1.mailer@acme.test",), "AM0PR@outlook.com")
        with store.transaction():
            ingest_raw(store, config, environment(config.templates), raw, "INBOX", 1, now, IngestReport())
        aliased = store.resolve_aliases(("AM0PR@outlook.com",)) != ("AM0PR@outlook.com",)
        assert aliased is learnt, trust
        store.close()

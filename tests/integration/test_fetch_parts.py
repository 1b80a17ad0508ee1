"""Only the parts mailer reads come over the wire: a multi-MB résumé is known by its name, never downloaded."""

from datetime import datetime, timezone
from email.message import EmailMessage
import email.policy
import os

import pytest

from mailer.config.load import load
from mailer.inbox import Inbox, _connect

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)


class CountingReader:
    """Wraps imaplib's socket file: counts every byte the server sends after login."""

    def __init__(self, file):
        self.file, self.count = file, 0

    def readline(self, *args):
        line = self.file.readline(*args)
        self.count += len(line)
        return line

    def read(self, *args):
        data = self.file.read(*args)
        self.count += len(data)
        return data

    def __getattr__(self, name):
        return getattr(self.file, name)


def counted_daemon(world, now=NOW):
    """A daemon whose IMAP connections count the bytes the server sends: (daemon, one reader per connection)."""
    readers = []

    def counting(settings):
        client = _connect(settings)
        readers.append(CountingReader(client._imap.file))
        client._imap.file = readers[-1]
        return client

    daemon = world.daemon(now)
    daemon._inbox_factory = lambda settings: Inbox(settings, factory=counting)
    return daemon, readers


def test_a_submission_with_a_3_mb_resume_is_recorded_by_its_file_name_without_fetching_the_file(world):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = world.addr("rita"), world.addr("maria"), world.mailer
    msg["Subject"] = "A strong candidate for the platform team"  # no name: it comes from the résumé's file name
    msg["Message-ID"] = "<big-resume@client.test>"
    msg.set_content("Hi Maria, she would be great for the platform team. CV attached.")
    resume = b"%PDF-1.4\n" + os.urandom(3_000_000)
    msg.add_attachment(resume, maintype="application", subtype="pdf", filename="Li_Wei_CV.pdf")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    world.send_raw(world.addr("rita"), [world.addr("maria"), world.mailer], raw)
    world.wait_for(world.mailer, 1)

    daemon, readers = counted_daemon(world)
    report = daemon.tick()
    assert report.ingested.kinds == {"submission": 1}, report
    [sub] = daemon.store.all_submissions()
    assert (sub.candidate, sub.manager) == ("Li Wei", world.addr("maria"))
    assert len(raw) > 4_000_000
    # Everything the server sent on this connection, greetings and commands' answers included.
    assert readers[0].count < 50_000, f"{readers[0].count} bytes read for a {len(raw)}-byte mail"
    daemon.close()


def test_the_full_fetch_would_have_read_the_file(world):
    """The counter above is not blind: the same mail fetched whole reads its megabytes."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = world.addr("rita"), world.mailer, "x"
    msg.set_content("x")
    msg.add_attachment(os.urandom(1_000_000), maintype="application", subtype="pdf", filename="a.pdf")
    world.append(world.mailer, msg.as_bytes(policy=email.policy.SMTP))
    client = _connect(load(world.write_config()).imap)
    reader = CountingReader(client._imap.file)
    client._imap.file = reader
    client.select_folder("INBOX", readonly=True)
    client.fetch([1], ["BODY.PEEK[]"])
    client.logout()
    assert reader.count > 1_000_000


def test_trust_dkim_checks_the_whole_mail_although_the_resume_is_not_parsed(world):
    """A DKIM signature covers the attachment too: with `trust: dkim`, a mail whose résumé was left out of
    the parsed copy is still verified against the whole mail; a changed attachment is not proven."""
    import dkim
    from pathlib import Path
    data = Path(__file__).resolve().parent.parent / "data" / "dkim"
    record = "v=DKIM1; k=rsa; p=" + (data / "test-key.pub.b64").read_text().strip()
    world.write_config(trust='{method: dkim, dkim_keys: {"sel._domainkey.%s": "%s"}}' % (world.domain, record))

    def signed(candidate: str, tamper: bool) -> bytes:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Cc"] = world.addr("rita"), world.addr("maria"), world.mailer
        msg["Subject"] = f"Candidate: {candidate} – Platform Engineer"
        msg["Message-ID"] = f"<{candidate.replace(' ', '')}-{world.tag}@{world.domain}>"
        msg.set_content("Hi Maria, résumé attached.")
        msg.add_attachment(b"%PDF-1.4\n" + os.urandom(200_000), maintype="application", subtype="pdf",
                           filename=f"{candidate.replace(' ', '_')}_CV.pdf")
        raw = msg.as_bytes(policy=email.policy.SMTP)
        signature = dkim.sign(raw, b"sel", world.domain.encode(), (data / "test-key.pem").read_bytes(),
                              canonicalize=(b"relaxed", b"relaxed"),
                              include_headers=[b"from", b"to", b"cc", b"subject", b"message-id"])
        if tamper:  # one byte of the résumé changed in transit: the body hash no longer matches
            cut = raw.rindex(b"\r\n\r\n", 0, len(raw) - 200)
            raw = raw[:cut + 10] + (b"A" if raw[cut + 10:cut + 11] != b"A" else b"B") + raw[cut + 11:]
        return signature + raw

    world.send_raw(world.addr("rita"), [world.addr("maria"), world.mailer], signed("Ada Byron", tamper=False))
    world.send_raw(world.addr("rita"), [world.addr("maria"), world.mailer], signed("Eve Forger", tamper=True))
    world.wait_for(world.mailer, 2)
    daemon = world.daemon(NOW)
    daemon.tick()
    candidates = {s.candidate for s in daemon.store.open_submissions()}
    assert candidates == {"Ada Byron"}


def test_with_trust_dkim_whole_mails_come_one_at_a_time_and_only_when_signed(world, monkeypatch):
    """A mail fetched whole for the DKIM check is fetched on its own while that mail is read, so memory holds one
    whole mail, never a batch of them; an unsigned mail, which no signature can prove, is not fetched whole."""
    import dkim
    from pathlib import Path
    key = (Path(__file__).resolve().parent.parent / "data" / "dkim" / "test-key.pem").read_bytes()
    world.write_config(trust="dkim")
    for i in range(4):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = world.addr("rita"), world.mailer, f"Candidate: Cand {i}"
        msg.set_content("CV attached.")
        msg.add_attachment(os.urandom(250_000), maintype="application", subtype="pdf", filename=f"c{i}.pdf")
        raw = msg.as_bytes(policy=email.policy.SMTP)
        if i < 3:  # the last one is unsigned
            raw = dkim.sign(raw, b"sel", world.domain.encode(), key, include_headers=[b"from", b"subject"]) + raw
        world.append(world.mailer, raw)
    fetched = []
    real = Inbox.whole

    def whole(self, folder, uid):
        data = real(self, folder, uid)
        fetched.append((uid, len(data)))
        return data

    monkeypatch.setattr(Inbox, "whole", whole)
    daemon = world.daemon(NOW)
    report = daemon.tick()
    daemon.close()
    assert sum(report.ingested.kinds.values()) == 4, report
    assert [uid for uid, _ in fetched] == [1, 2, 3]  # one FETCH each; the unsigned 4th read sparse only
    assert all(size > 250_000 for _, size in fetched)


def test_imaplib_builds_no_debug_text_of_a_fetched_mail_unless_that_logger_prints(world, caplog):
    """imapclient sets imaplib's debug level to 5, and imaplib then formats repr() of every response, a whole
    mail included, for a debug line nobody reads (quiet_imaplib). The same fetch brings the same bytes; with
    the `imapclient.imaplib` logger at DEBUG the protocol lines still come."""
    import logging
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = world.addr("rita"), world.mailer, "x"
    msg.set_content("x")
    msg.add_attachment(os.urandom(100_000), maintype="application", subtype="pdf", filename="a.pdf")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    world.append(world.mailer, raw)
    settings = load(world.write_config()).imap

    def fetch_counting_debug_text() -> tuple[bytes, int]:
        client = _connect(settings)
        built = []
        real = client._imap._mesg
        client._imap._mesg = lambda text: (built.append(len(text)), real(text))  # only called once text is built
        client.select_folder("INBOX", readonly=True)
        data = client.fetch([1], ["BODY.PEEK[]"])[1][b"BODY[]"]
        client.logout()
        return data, sum(built)

    with caplog.at_level(logging.INFO, logger="imapclient.imaplib"):  # restored after: other tests read the level
        quiet_data, quiet_text = fetch_counting_debug_text()
    with caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"):
        loud_data, loud_text = fetch_counting_debug_text()
    assert quiet_data == loud_data and len(quiet_data) > 100_000
    assert quiet_text == 0
    assert loud_text > 100_000 and any("FETCH" in r.getMessage() for r in caplog.records)

"""With `trust: dkim`, a mail whose attachments were left out is downloaded whole only when its sender's
signature has to be checked: a recruiter's signed submission is, a stranger's mail with a PDF is not."""

from datetime import datetime, timezone
from email.message import EmailMessage
import email.policy
import os
from pathlib import Path

import pytest

from test_fetch_parts import counted_daemon

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)
KEYS = Path(__file__).resolve().parent.parent / "data" / "dkim"
RESUME_BYTES = 1_000_000


def with_resume(sender: str, to: str, cc: str, subject: str, mid: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"], msg["Subject"], msg["Message-ID"] = sender, to, cc, subject, mid
    msg.set_content("Please find the file attached.")
    msg.add_attachment(b"%PDF-1.4\n" + os.urandom(RESUME_BYTES), maintype="application", subtype="pdf",
                       filename="Ada_Byron_CV.pdf")
    return msg.as_bytes(policy=email.policy.SMTP)


def test_only_a_sender_who_can_act_has_their_attachments_downloaded_for_the_signature(world):
    import dkim
    record = "v=DKIM1; k=rsa; p=" + (KEYS / "test-key.pub.b64").read_text().strip()
    world.write_config(trust='{method: dkim, dkim_keys: {"sel._domainkey.%s": "%s"}}' % (world.domain, record))

    # A stranger's newsletter with a 1 MB PDF: no verdict on it can act, so its PDF stays on the server.
    world.append(world.mailer, with_resume("news@vendor.example", world.mailer, "", "Our December offers",
                                           f"<news-{world.tag}@vendor.example>"))
    daemon, readers = counted_daemon(world)
    first = daemon.tick()
    assert "submission" not in first.ingested.kinds, first
    assert sum(r.count for r in readers) < 50_000, f"{sum(r.count for r in readers)} bytes read for a stranger's mail"
    daemon.close()

    # Rita's signed submission with a 1 MB résumé: her signature covers the résumé, so the mail comes whole.
    raw = with_resume(world.addr("rita"), world.addr("maria"), world.mailer, "Candidate: Ada Byron – Engineer",
                      f"<ada-{world.tag}@{world.domain}>")
    signature = dkim.sign(raw, b"sel", world.domain.encode(), (KEYS / "test-key.pem").read_bytes(),
                          canonicalize=(b"relaxed", b"relaxed"), include_headers=[b"from", b"to", b"subject"])
    world.send_raw(world.addr("rita"), [world.addr("maria"), world.mailer], signature + raw)
    world.wait_for(world.mailer, 2)
    daemon, readers = counted_daemon(world)
    second = daemon.tick()
    assert second.ingested.kinds == {"submission": 1}, second  # proven: checked on the whole mail
    assert {s.candidate for s in daemon.store.open_submissions()} == {"Ada Byron"}
    assert sum(r.count for r in readers) > RESUME_BYTES
    daemon.close()

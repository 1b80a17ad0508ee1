"""A test's people, mailboxes and daemon on the real Dovecot + Postfix stack: fresh addresses per test."""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
import smtplib
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from forkrun import run_mailer
from helpers import ROOT, config_text
from imapclient import IMAPClient

from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon

BOUNDARY = "mx.acme.test"  # the authserv-id of the company's receiving server, which the tests play
# Above the boundary's stamp: Postfix's Received and Dovecot LMTP's Received on the test stack.
STAMPED_TRUST = f"{{method: authentication-results, authserv_ids: [{BOUNDARY}], received_above_stamp: 2}}"


@dataclass
class MailWorld:
    stack: object
    tmp: Path
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    domain: str = "acme.test"
    # The test stack's Postfix stamps nothing. With `boundary` on, every mail sent first passes "our"
    # receiving server (this test): it adds its Received field and, above it, its Authentication-Results.
    boundary: bool = False

    def authenticated(self, **kw) -> Path:
        """Config and sending as a company whose receiving server authenticates senders (trust stamped)."""
        self.boundary = True
        return self.write_config(**kw)

    def boundary_fields(self, sender: str, stamp: str | bool | None) -> bytes:
        """What the boundary adds: its stamp (`True`: the sender's domain passed DKIM and DMARC; a string:
        those results; None: no stamp at all) above its Received field."""
        domain = sender.rpartition("@")[2]
        results = (f"dkim=pass header.d={domain}; spf=pass smtp.mailfrom={sender}; dmarc=pass header.from={domain}"
                   if stamp is True else stamp)
        fields = f"Authentication-Results: {BOUNDARY}; {results}\r\n" if results else ""
        fields += (f"Received: from client.example (client.example [192.0.2.10])\r\n\tby {BOUNDARY} (Postfix) "
                   f"with ESMTPS id 4F{uuid.uuid4().hex[:8].upper()}; {email.utils.formatdate()}\r\n")
        return fields.encode()

    def addr(self, who: str) -> str:
        return f"{who}-{self.tag}@{self.domain}"

    @property
    def mailer(self) -> str:
        return self.addr("mailer")

    # ------------------------------------------------------------------ config and daemon

    def write_config(self, **kw) -> Path:
        kw.setdefault("recruiters", [(self.addr("rita"), "Rita Recruiter", self.addr("maria")),
                                     (self.addr("sam"), "Sam Sourcer", None)])
        kw.setdefault("managers", [(self.addr("maria"), "Maria Manager", None),
                                   (self.addr("nate"), "Nate Newyork", "America/New_York")])
        kw.setdefault("imap_port", self.stack.imap_port)
        kw.setdefault("smtp_port", self.stack.smtp_port)
        kw.setdefault("trust", STAMPED_TRUST if self.boundary else "unauthenticated")
        text = config_text(address=self.mailer, host=self.stack.host, **kw)
        path = self.tmp / "config.yaml"
        path.write_text(text)
        return path

    def daemon(self, now: datetime, **kw) -> Daemon:
        path = self.tmp / "config.yaml"
        if kw or not path.exists():
            self.write_config(**kw)
        return Daemon(ConfigSource(path), FixedClock(now))

    def tick(self, daemon: Daemon, when: datetime, expect_mailer: int | None = None, delivered: bool = False):
        """One in-process pass at `when`, after mailer's inbox holds `expect_mailer` mails (delivery is
        asynchronous). With `delivered`, also wait until every mail this pass sent is in each recipient's
        mailbox, except at bounce.test, which the stack's Postfix refuses by design."""
        if expect_mailer:
            self.wait_for(self.mailer, expect_mailer)
        daemon.clock.set(when)
        report = daemon.tick()
        assert report.error is None, report.error
        if delivered:
            for row in daemon.store.outbox("sent"):
                if row.key in report.delivered.sent:
                    for rcpt in row.recipients:
                        if not rcpt.endswith("@bounce.test"):
                            assert self.wait_for_id(rcpt, row.message_id), (rcpt, row.subject)
        return report

    def cli(self, *args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
        """`mailer ARGS --config …` in a process of its own (forked from one that imported mailer: forkrun.py)."""
        full_env = {**os.environ, "MAILER_TEST_PASSWORD": self.stack.password, **(env or {})}
        return run_mailer(ROOT, [*args, "--config", str(self.tmp / "config.yaml")], full_env, timeout)

    # ------------------------------------------------------------------ sending as people

    def send(self, sender: str, to: list[str], cc: list[str] = (), subject: str = "Candidate: Jane Doe – Backend",
             body: str = "Please have a look at Jane's résumé.", date: datetime | None = None,
             headers: dict | None = None, bcc: list[str] = (), attachment: str | None = "Jane_Doe_Resume.pdf",
             html: str | None = None, sender_name: str = "", stamp: str | bool | None = True) -> str:
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr((sender_name, sender))
        msg["To"] = ", ".join(to)
        if cc:
            msg["Cc"] = ", ".join(cc)
        msg["Subject"] = subject
        mid = f"{uuid.uuid4().hex}@client.test"
        msg["Message-ID"] = f"<{mid}>"
        msg["Date"] = email.utils.format_datetime(date) if date else email.utils.formatdate()
        for key, value in (headers or {}).items():
            msg[key] = value
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
        if attachment:
            msg.add_attachment(b"%PDF-1.4 fake resume", maintype="application", subtype="pdf", filename=attachment)
        self.send_raw(sender, [*to, *cc, *bcc], msg.as_bytes(policy=email.policy.SMTP), stamp)
        return mid

    def send_raw(self, sender: str, recipients: list[str], raw: bytes, stamp: str | bool | None = True) -> None:
        if self.boundary:
            raw = self.boundary_fields(sender, stamp) + raw
        with smtplib.SMTP(self.stack.host, self.stack.smtp_port, timeout=10) as smtp:
            smtp.sendmail(sender, recipients, raw)

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Put mail straight into a mailbox, as it is: Postfix would repair a missing From or Message-ID."""
        if self.boundary:  # as if it had come through the boundary and Postfix and Dovecot's delivery
            raw = b"Received: by lmtp\r\nReceived: by postfix\r\n" + self.boundary_fields("x@" + self.domain, None) + raw
        with self.imap(user) as client:
            client.append(folder, raw)

    def reply(self, original: EmailMessage | bytes, sender: str, body: str, to: list[str], cc: list[str] = (),
              style: str = "gmail", date: datetime | None = None) -> str:
        """A human reply in the style of a mail client, quoting the original below the new text."""
        orig = email.message_from_bytes(original, policy=email.policy.default) if isinstance(original, bytes) else original
        mid = orig["Message-ID"].strip()
        refs = f"{orig.get('References', '')} {mid}".strip()
        if style == "gmail":
            quoted = "\n".join("> " + line for line in _text(orig).splitlines())
            text = f"{body}\n\nOn Mon, Nov 30, 2026 at 10:00 AM {orig['From']} wrote:\n{quoted}\n"
            headers = {"In-Reply-To": mid, "References": refs}
            subject = "Re: " + orig["Subject"].removeprefix("Re: ")
        elif style == "outlook":
            text = (f"{body}\n\n________________________________\nFrom: {orig['From']}\nSent: Monday, November 30, "
                    f"2026 10:00 AM\nTo: {orig['To']}\nSubject: {orig['Subject']}\n\n{_text(orig)}")
            headers = {"In-Reply-To": mid, "References": refs, "Thread-Topic": orig["Subject"],
                       "Thread-Index": "AQHZ" + uuid.uuid4().hex[:20], "X-MS-Has-Attach": ""}
            subject = "RE: " + orig["Subject"].removeprefix("Re: ")
        else:
            raise ValueError(style)
        return self.send(sender, to, cc, subject=subject, body=text, headers=headers, date=date, attachment=None)

    # ------------------------------------------------------------------ reading mailboxes

    def imap(self, user: str) -> IMAPClient:
        client = IMAPClient(self.stack.host, port=self.stack.imap_port, ssl=False, timeout=10)
        client.login(user, self.stack.password)
        return client

    def messages(self, user: str, folder: str = "INBOX") -> list[EmailMessage]:
        with self.imap(user) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            data = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [email.message_from_bytes(data[u][b"BODY[]"], policy=email.policy.default) for u in sorted(data)]

    def wait_for(self, user: str, count: int, timeout: float = 15.0, folder: str = "INBOX") -> list[EmailMessage]:
        """Poll until the mailbox holds at least `count` messages (delivery is asynchronous)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.messages(user, folder) if self._exists(user, folder) else []
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    def wait_for_id(self, user: str, message_id: str, timeout: float = 15.0) -> bool:
        """Poll until the mail with this Message-ID is in the user's INBOX."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.imap(user) as client:
                client.select_folder("INBOX", readonly=True)
                if client.search(["HEADER", "Message-ID", message_id.strip("<>")]):
                    return True
            time.sleep(0.1)
        return False

    def delivered(self, *users: str, timeout: float = 15.0, fallback: float = 1.5) -> bool:
        """Wait until the stack's Postfix holds no mail for `users`: everything sent to them so far (by passes
        that have returned, by `send`) is in their mailboxes. Postfix moves a mail between its queues
        atomically and drops it only once Dovecot has stored it, so two empty readings in a row mean done.
        Only when the queue cannot be read: a fixed `fallback` wait instead (returns False then)."""
        deadline = time.monotonic() + timeout
        empty = 0
        while empty < 2:
            held = self.stack.queued_for(users)
            if held is None:
                time.sleep(fallback)
                return False
            empty = empty + 1 if not held else 0
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def settle(self, user: str, count: int, wait: float = 1.5) -> list[EmailMessage]:
        """For asserting that nothing more arrives: wait for `count`, then until Postfix has delivered all it
        accepted for `user` (call it after the passes that could send have returned), then read. `wait`: the
        fixed wait used only when the queue cannot be read."""
        self.wait_for(user, count)
        self.delivered(user, fallback=wait)
        return self.messages(user) if self._exists(user, "INBOX") else []

    def _exists(self, user: str, folder: str) -> bool:
        with self.imap(user) as client:
            return client.folder_exists(folder)

    def from_mailer(self, user: str) -> list[EmailMessage]:
        return [m for m in self.messages(user) if m["From"] and self.mailer in m["From"]]


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",))
    return body.get_content() if body is not None else ""

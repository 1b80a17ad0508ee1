"""A history built through mailer's public path for the blind report sweep (report_blind_judge.py): real-shaped
mail read by ingest_raw with an injected clock (each sender stamped as proven by the boundary, as
`trust: authentication-results` reads it), the ladder queued by decide.queue_due, digests by
digests.queue_digests, ops steering by steer.close, and every pass's mail sent by deliver() itself on an SMTP
session that accepts it (or refuses what the case holds back). No direct store writes. Nothing here knows how
the report computes its figures: it builds the history and reads the output of `mailer report` (json, csv,
html) and the digests' text as a person would."""

from __future__ import annotations

import contextlib
import csv
import email
import email.policy
import io
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
import textwrap
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent.parent
UTC = ZoneInfo("UTC")
TRUST = "{method: authentication-results, authserv_ids: [mx.acme.test], received_above_stamp: 0}"


@dataclass
class Manager:
    email: str
    name: str
    timezone: str | None = None
    hours: tuple[str, str] | None = None      # (start, end)
    days: str | None = None                   # "[mon, tue, wed, thu]"
    holidays: str | None = None               # yaml flow mapping, e.g. "{country: DE}" or "{dates: [2026-12-02]}"
    digest: bool = False
    aliases: tuple[str, ...] = ()


DEFAULT_MANAGERS = (Manager("maria@acme.test", "Maria Manager"),)


def config_text(managers=DEFAULT_MANAGERS, steps=(("2 business days", "followup_1", "manager"),
                                                    ("2 business days", "followup_2", "manager"),
                                                    ("3 business days", "mentor_ask", "mentor")),
                extra: str = "", group: str = "per_manager", recruiters=None, zone: str = "Europe/London") -> str:
    recruiters = recruiters or (("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None))
    lines = ["address: mailer@acme.test", "from_name: Acme Recruiting", f"templates: {ROOT / 'templates'}",
             "imap: {host: 127.0.0.1, port: 10143, security: none, username: mailer@acme.test, "
             "password_env: MAILER_TEST_PASSWORD}",
             "smtp: {host: 127.0.0.1, port: 10025, security: none}",
             f"trust: {TRUST}",
             "defaults:", f"  timezone: {zone}",
             "  business_hours: {days: [mon, tue, wed, thu, fri], start: '09:00', end: '17:00'}",
             "  holidays: {country: GB, subdivision: ENG}",
             "recruiters:"]
    for address, name, mentor in recruiters:
        lines += [f"  - email: {address}", f"    name: {name}"] + ([f"    mentor: {mentor}"] if mentor else [])
    lines.append("managers:")
    for m in managers:
        lines += [f"  - email: {m.email}", f"    name: {m.name}"]
        if m.timezone:
            lines.append(f"    timezone: {m.timezone}")
        if m.hours or m.days:
            parts = []
            if m.days:
                parts.append(f"days: {m.days}")
            if m.hours:
                parts += [f"start: '{m.hours[0]}'", f"end: '{m.hours[1]}'"]
            lines.append(f"    business_hours: {{{', '.join(parts)}}}")
        if m.holidays:
            lines.append(f"    holidays: {m.holidays}")
        if m.digest:
            lines.append("    digest: true")
        if m.aliases:
            lines.append(f"    aliases: [{', '.join(m.aliases)}]")
    lines += ["followups:", f"  group: {group}", "  steps:"]
    for after, template, to in steps:
        lines += [f"    - after: {after}", f"      template: {template}", f"      to: {to}"]
    return "\n".join(lines) + "\n" + textwrap.dedent(extra)


@dataclass
class AcceptingSmtp:
    """An SMTP session that accepts every mail except those `held` (refused as a temporary failure: they stay
    queued, as when the server is down)."""
    held: set

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def send(self, envelope_from, recipients, raw) -> dict:
        from mailer.errors import SendFailure
        if any(f"<{mid}>".encode() in raw.split(b"\r\n\r\n", 1)[0] for mid in self.held):
            raise SendFailure("421 try again later", permanent=False)
        return {}


@dataclass
class World:
    """One scenario's state, config and clock-free mail path (every call names its own time)."""
    tmp: Path
    config_yaml: str
    uid: int = 0
    names: dict = field(default_factory=dict)   # candidate -> submission Message-ID
    held: set = field(default_factory=set)      # outbox keys kept queued (SMTP down)

    def __post_init__(self):
        from mailer.compose import environment
        from mailer.config.load import parse
        from mailer.store import Store
        logging.disable(logging.CRITICAL)
        self.path = self.tmp / "config.yaml"
        self.path.write_text(self.config_yaml + f"state: {self.tmp / 'state.db'}\n")
        self.config = parse(self.path.read_text(), self.path)
        self.store = Store(self.tmp / "state.db")
        self.env = environment(self.config.templates)

    # ------------------------------------------------------------------ mail in
    def _read(self, raw: str, at: datetime, proven: bool = True) -> dict:
        from mailer.ingest import IngestReport, ingest_raw
        self.uid += 1
        verdict = "dkim=pass; dmarc=pass" if proven else "dkim=fail; dmarc=fail"
        sender = re.search(r"^From: .*?@([\w.-]+)", raw, re.M)
        domain = sender.group(1).lower() if sender else "acme.test"
        stamp = f"Authentication-Results: mx.acme.test; {verdict} header.from={domain}\r\n"
        report = IngestReport()
        with self.store.transaction():
            ingest_raw(self.store, self.config, self.env, (stamp + raw).encode(), "INBOX", self.uid,
                       at.astimezone(UTC), report)
        return report.kinds

    def _mail(self, sender: str, to: str, subject: str, body: str, at: datetime, mid: str, cc: str = "",
              headers: str = "") -> str:
        return (f"From: {sender}\r\nTo: {to}\r\n" + (f"Cc: {cc}\r\n" if cc else "")
                + f"Subject: {subject}\r\nDate: {format_datetime(at)}\r\nMessage-ID: <{mid}>\r\n{headers}"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n")

    def submit(self, at: datetime, candidate: str, manager: str = "maria@acme.test",
               recruiter: str = "Rita Recruiter <rita@acme.test>", resend: bool = False) -> str:
        mid = f"sub-{len(self.names)}-{self.uid}@acme.test"
        raw = self._mail(recruiter, manager, f"Candidate: {candidate} – Backend Engineer",
                         f"Hi, {candidate} would be great for the team. CV attached.", at, mid,
                         cc="mailer@acme.test")
        kinds = self._read(raw, at)
        assert resend or kinds == {"submission": 1}, (candidate, kinds)
        self.names[candidate] = mid
        return mid

    def reply(self, at: datetime, candidate: str, sender: str = "maria@acme.test",
              text: str = "Thanks, I will have a look at the CV and come back to you with questions.",
              proven: bool = True) -> dict:
        mid = self.names[candidate]
        raw = self._mail(sender, "rita@acme.test", f"Re: Candidate: {candidate} – Backend Engineer",
                         f"{text}\n\nOn some day, Rita Recruiter wrote:\n> Hi, {candidate} would be great.",
                         at, f"re-{self.uid + 1}@acme.test", cc="mailer@acme.test",
                         headers=f"In-Reply-To: <{mid}>\r\nReferences: <{mid}>\r\n")
        return self._read(raw, at, proven)

    def out_of_office(self, at: datetime, candidate: str, sender: str = "maria@acme.test",
                      text: str = "I am out of the office with limited access to email.") -> dict:
        mid = self.names[candidate]
        raw = self._mail(sender, "rita@acme.test", f"Automatic reply: Candidate: {candidate} – Backend Engineer",
                         text, at, f"ooo-{self.uid + 1}@acme.test",
                         headers=(f"In-Reply-To: <{mid}>\r\nReferences: <{mid}>\r\nAuto-Submitted: auto-replied\r\n"
                                  f"X-MS-Exchange-Inbox-Rules-Loop: {sender}\r\n"))
        return self._read(raw, at)

    def bounce_of_last_nudge(self, at: datetime, recipient: str = "maria@acme.test") -> dict:
        row = [r for r in self.store.outbox() if recipient in r.recipients][-1]
        raw = ("From: Mail Delivery System <MAILER-DAEMON@mx.acme.test>\r\nTo: mailer@acme.test\r\n"
               f"Subject: Undelivered Mail Returned to Sender\r\nDate: {format_datetime(at)}\r\n"
               f"Message-ID: <dsn-{self.uid + 1}@mx.acme.test>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
               "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.acme.test.\r\n\r\n"
               f"I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
               f"<{recipient}>: host mx.acme.test said: 550 5.1.1 User unknown\r\n\r\n"
               "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.test\r\n\r\n"
               f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
               "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
               "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
               f"From: mailer@acme.test\r\nTo: {recipient}\r\nMessage-ID: <{row.message_id}>\r\n"
               f"Subject: {row.subject}\r\n\r\n--B--\r\n")
        return self._read(raw, at)

    def recruiter_stop(self, at: datetime, candidate: str, sender: str = "rita@acme.test") -> dict:
        mid = self.names[candidate]
        raw = self._mail(sender, "mailer@acme.test", f"Re: Candidate: {candidate} – Backend Engineer", "stop",
                         at, f"stop-{self.uid + 1}@acme.test",
                         headers=f"In-Reply-To: <{mid}>\r\nReferences: <{mid}>\r\n")
        return self._read(raw, at)

    def forward(self, at: datetime, candidate: str, answered: datetime, manager: str = "maria@acme.test",
                name: str = "Maria Manager", words: str = "Let's interview her next week.") -> dict:
        body = ("FYI, the manager answered me directly.\n\n---------- Forwarded message ---------\n"
                f"From: {name} <{manager}>\nDate: {format_datetime(answered)}\n"
                f"Subject: Re: Candidate: {candidate} – Backend Engineer\n"
                f"To: Rita Recruiter <rita@acme.test>\n\n{words}\n")
        raw = self._mail("Rita Recruiter <rita@acme.test>", "mailer@acme.test",
                         f"Fwd: Re: Candidate: {candidate} – Backend Engineer", body, at,
                         f"fwd-{self.uid + 1}@acme.test")
        return self._read(raw, at)

    def recruiter_forget(self, at: datetime, candidate: str, sender: str = "rita@acme.test") -> dict:
        raw = self._mail(sender, "mailer@acme.test", "forget", f"forget {candidate}", at,
                         f"forget-{self.uid + 1}@acme.test")
        return self._read(raw, at)

    def answer_outbox(self, at: datetime, kind: str, sender: str, text: str) -> dict:
        """A person's answer to the newest queued mail of this kind sent to them (a grouped nudge, a digest,
        a delegate's offer)."""
        row = [r for r in self.store.outbox() if r.kind == kind and sender in r.recipients][-1]
        raw = self._mail(sender, "mailer@acme.test", f"Re: {row.subject}",
                         f"{text}\n\nOn some day, Acme Recruiting wrote:\n> ...", at, f"ans-{self.uid + 1}@acme.test",
                         headers=f"In-Reply-To: <{row.message_id}>\r\nReferences: <{row.message_id}>\r\n")
        return self._read(raw, at)

    # ------------------------------------------------------------------ mailer's passes
    def _sent(self, at: datetime) -> list:
        """The daemon's delivery pass at `at` on an SMTP server that takes everything (what waited in the queue
        is checked again first, as deliver does); returns the rows it sent. Held keys stay queued."""
        from mailer.deliver import deliver
        before = {r.id for r in self.store.outbox() if r.state == "sent"}
        session = AcceptingSmtp(held={r.message_id for r in self.store.outbox() if r.key in self.held})
        deliver(self.store, self.config, session, at.astimezone(UTC), env=self.env)
        return [r for r in self.store.outbox() if r.state == "sent" and r.id not in before]

    def nudge_pass(self, at: datetime, hold: bool = False) -> list:
        """One decision pass (the ladder and the mentor loop) at `at`; what it queued is sent at once, or with
        `hold` stays in the queue (SMTP down) until a later pass sends it."""
        from mailer.decide import queue_due
        keys = queue_due(self.store, self.config, self.env, at.astimezone(UTC))
        if hold:
            self.held.update(keys)
            return keys
        return self._sent(at)

    def send_held(self, at: datetime) -> list:
        self.held.clear()
        return self._sent(at)

    def digest_pass(self, at: datetime) -> list:
        from mailer.digests import queue_digests
        queue_digests(self.store, self.config, self.env, at.astimezone(UTC))
        return self._sent(at)

    def close(self, at: datetime, candidate: str) -> None:
        from mailer import steer
        [sub] = [s for s in self.store.all_submissions() if s.candidate == candidate]
        steer.close(self.store, self.config, self.env, [sub], "ops", at.astimezone(UTC))
        self._sent(at)

    # ------------------------------------------------------------------ mail out, as read by a person
    def bodies(self, kind: str, recipient: str) -> list[str]:
        rows = [r for r in self.store.outbox() if r.kind == kind and r.recipients and r.recipients[0] == recipient]
        return [email.message_from_bytes(r.raw, policy=email.policy.default).get_body(("plain",)).get_content()
                for r in rows]

    # ------------------------------------------------------------------ the report, as a user runs it
    def report(self, since: str | None, until: str | None, now: datetime, fmt: str = "json"):
        """`mailer report` as a user runs it (None: the option left out), its output file read back."""
        from mailer.cli.main import main
        out = self.tmp / f"report.{fmt}"
        argv = ["report", "--config", str(self.path), "--format", fmt, "--output", str(out),
                "--now", now.astimezone(UTC).isoformat()]
        argv += ["--since", since] if since else []
        argv += ["--until", until] if until else []
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(argv)
        assert code == 0, (argv, code)
        text = out.read_text()
        if fmt == "json":
            return json.loads(text)
        if fmt == "csv":
            return list(csv.DictReader(io.StringIO(text)))
        return text

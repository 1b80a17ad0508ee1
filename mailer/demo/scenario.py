"""`mailer demo`: a scripted fortnight on the embedded mail stack, through the real daemon code paths.

Recruiters and managers are simulated by sending real mail over SMTP and reading their real IMAP
mailboxes; mailer itself runs exactly as in production (IMAP ingest, SQLite, policy, SMTP), with a
fixed clock moved forward an hour at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
import email
import email.policy
from email.message import EmailMessage
import email.utils
import os
from pathlib import Path
import shutil
import smtplib
import sys
import tempfile
import time
from zoneinfo import ZoneInfo

from imapclient import IMAPClient

from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.demo.mailstack import EmbeddedMailStack
from mailer.cli.status import table
from mailer.mentoring.journal import render_journal

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 23, 8, 0, tzinfo=LONDON)  # a Monday; Thanksgiving falls on Thursday in New York
DAYS = 14
D = "acme.example"
PEOPLE = {
    "rita": "Rita Recruiter", "sam": "Sam Sourcer", "maria": "Maria Manager", "nate": "Nate Newyork",
    "priya": "Priya Patel", "olivia": "Olivia Owner", "spammer": "Win Big",
}

CONFIG = """\
address: mailer@{D}
from_name: Acme Recruiting
state: demo.db
imap: {{host: 127.0.0.1, port: {imap}, security: none, username: mailer@{D}, password_env: MAILER_DEMO_PASSWORD}}
smtp: {{host: 127.0.0.1, port: {smtp}, security: none, copy_to_self: true}}
# The embedded stack authenticates nobody; the simulated people are who they say.
trust: unauthenticated
defaults:
  timezone: Europe/London
  business_hours: {{days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:30"}}
  holidays: {{country: GB, subdivision: ENG}}
recruiters:
  - {{email: rita@{D}, name: Rita Recruiter, mentor: olivia@{D}}}
  - {{email: sam@{D}, name: Sam Sourcer}}
managers:
  - {{email: maria@{D}, name: Maria Manager}}
  - {{email: nate@{D}, name: Nate Newyork, timezone: America/New_York, holidays: {{country: US}}}}
  - {{email: priya@{D}, name: Priya Patel}}
  - {{email: olivia@{D}, name: Olivia Owner}}
followups:
  group: per_manager
  steps:
    - {{after: 2 business days, template: followup_1, to: manager}}
    - {{after: 2 business days, template: followup_2, to: manager, cc: [recruiter]}}
    - {{after: 3 business days, template: mentor_ask, to: mentor, cc: [recruiter]}}
mentorships:
  - {{recruiter: rita@{D}, mentor: olivia@{D}, every: every week on wednesday at 10:00, invite: true}}
"""


@dataclass(frozen=True)
class Act:
    """One scripted human action: at `day` (0 = Monday) and London `hour`, `who` does `what`."""

    day: int
    hour: float
    who: str
    what: str            # submit | submit_bcc | reply | stranger | command
    to: str = ""
    candidate: str = ""
    text: str = ""       # for replies: the reply text; matched mail = latest from mailer/recruiter


# The fortnight, in order. Maria answers the next day; Nate stays silent through the whole ladder;
# Priya gets three candidates at once and answers the second grouped nudge; a stranger is ignored.
# Olivia, asked to be Rita's mentor, says yes and answers her first check-in (the journal).
SCRIPT = (
    Act(0, 9.25, "rita", "submit", "maria", "Jane Doe – Senior Backend Engineer"),
    Act(0, 9.5, "rita", "submit", "nate", "Omar Haddad – Staff Data Engineer"),
    Act(0, 10.0, "sam", "submit", "priya", "Lena Fischer – Product Designer"),
    Act(0, 10.5, "sam", "submit", "priya", "Kwame Mensah – UX Researcher"),
    Act(0, 11.0, "sam", "submit_bcc", "priya", "Ana Souza – Design Lead"),
    Act(0, 13.0, "olivia", "reply", "rita", text="Happy to, Rita! Send me your questions."),
    Act(1, 11.5, "maria", "reply", "rita", text="Strong profile, let's interview Jane this week."),
    Act(1, 14.0, "spammer", "stranger", "maria", "You won a prize"),
    Act(2, 16.0, "olivia", "reply", "rita", text="Ask about the side projects: they show what people do "
                                                  "when nobody asks them to."),
    Act(7, 15.0, "priya", "reply", "sam", text="1 interview, 2 pass, 3 interview - sorry for the delay!"),
    Act(8, 9.5, "rita", "command", text="status"),
)


class People:
    """The simulated humans: they send over SMTP and read their own IMAP mailboxes."""

    def __init__(self, stack: EmbeddedMailStack):
        self.stack = stack
        self._subjects: dict[str, str] = {}

    def addr(self, who: str) -> str:
        return f"{who}@{D}"

    def send(self, who: str, to: list[str], cc: list[str], subject: str, body: str, when: datetime,
             headers: dict | None = None, bcc: list[str] = (), attachment: str | None = None) -> None:
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr((PEOPLE[who], self.addr(who)))
        msg["To"] = ", ".join(to)
        if cc:
            msg["Cc"] = ", ".join(cc)
        msg["Subject"] = subject
        msg["Date"] = email.utils.format_datetime(when)
        msg["Message-ID"] = email.utils.make_msgid(domain="client.example")
        for key, value in (headers or {}).items():
            msg[key] = value
        msg.set_content(body)
        if attachment:
            msg.add_attachment(b"%PDF-1.4 demo", maintype="application", subtype="pdf", filename=attachment)
        with smtplib.SMTP(self.stack.host, self.stack.smtp_port, timeout=10) as smtp:
            smtp.sendmail(self.addr(who), [*to, *cc, *bcc], msg.as_bytes(policy=email.policy.SMTP))

    def inbox(self, who: str) -> list[EmailMessage]:
        with IMAPClient(self.stack.host, port=self.stack.imap_port, ssl=False, timeout=10) as client:
            client.login(self.addr(who), self.stack.password)
            client.select_folder("INBOX", readonly=True)
            data = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
            return [email.message_from_bytes(data[u][b"BODY[]"], policy=email.policy.default) for u in sorted(data)]

    def perform(self, act: Act, when: datetime) -> str:
        mailer = f"mailer@{D}"
        if act.what in ("submit", "submit_bcc"):
            name, role = act.candidate.split(" – ")
            bcc = act.what == "submit_bcc"
            self.send(act.who, [self.addr(act.to)], [] if bcc else [mailer], f"Candidate: {act.candidate}",
                      f"Hi,\n\nI think {name} would be great for the {role} role. Résumé attached.\n",
                      when, bcc=[mailer] if bcc else [], attachment=f"{name.replace(' ', '_')}_CV.pdf")
            return f"submits {name} ({role}) to {PEOPLE[act.to]}" + (", mailer in BCC" if bcc else ", CC mailer")
        if act.what == "stranger":
            self.send(act.who, [self.addr(act.to)], [mailer], act.candidate, "Click here!", when)
            return f"sends '{act.candidate}' to {PEOPLE[act.to]}, CC mailer"
        if act.what == "command":
            self.send(act.who, [mailer], [], act.text, act.text, when)
            return f"writes \"{act.text}\" to mailer"
        if act.what == "reply":
            latest = self.inbox(act.who)[-1]  # the newest mail: the nudge they are answering
            refs = f"{latest.get('References', '')} {latest['Message-ID']}".strip()
            quoted = "\n".join("> " + l for l in latest.get_body(("plain",)).get_content().splitlines())
            self.send(act.who, [self.addr(act.to), mailer], [], "Re: " + latest["Subject"].removeprefix("Re: "),
                      f"{act.text}\n\nOn {latest['Date']}, {latest['From']} wrote:\n{quoted}\n", when,
                      headers={"In-Reply-To": latest["Message-ID"], "References": refs})
            return f"replies \"{act.text}\" to '{latest['Subject']}'"
        raise ValueError(act.what)


def _wait_for_mail(people: People, who: str, count: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while len(people.inbox(who)) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def _stamp(when: datetime) -> str:
    return when.astimezone(LONDON).strftime("%a %d %b %H:%M")


def run_demo(keep: Path | None = None, out=print) -> int:
    workdir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="mailer-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with EmbeddedMailStack() as stack:
        os.environ["MAILER_DEMO_PASSWORD"] = stack.password
        (workdir / "config.yaml").write_text(CONFIG.format(D=D,
                                                           imap=stack.imap_port, smtp=stack.smtp_port))
        (workdir / "demo.db").unlink(missing_ok=True)
        clock = FixedClock(START)
        daemon = Daemon(ConfigSource(workdir / "config.yaml"), clock)
        people = People(stack)
        out(f"mailer demo: a fortnight from {_stamp(START)} (London time), accelerated; "
            f"embedded mail stack: IMAP 127.0.0.1:{stack.imap_port}, SMTP 127.0.0.1:{stack.smtp_port}\n")
        pending = list(SCRIPT)
        seen_events = 0
        mailer_mail = 0
        try:
            for hour in range(DAYS * 24):
                now = START + timedelta(hours=hour)
                for act in [a for a in pending if START + timedelta(days=a.day, hours=a.hour - 8) <= now]:
                    when = START + timedelta(days=act.day, hours=act.hour - 8)
                    out(f"{_stamp(when)}  {PEOPLE[act.who]:<15} {people.perform(act, when)}")
                    pending.remove(act)
                    mailer_mail += 1
                    _wait_for_mail(people, "mailer", mailer_mail)
                clock.set(now)
                report = daemon.tick()
                if report.error:
                    out(f"{_stamp(now)}  mailer          problem: {report.error}")
                mailer_mail += len(report.delivered.sent) if report.delivered else 0  # delivery copies
                for event in daemon.store.events(seen_events):
                    seen_events = event["id"]
                    out(f"{_stamp(now)}  {'mailer':<15} {_describe(event)}")
            out("\n" + summary(daemon))
            entries = daemon.store.journal(f"rita@{D}")
            out("\n" + render_journal(entries, PEOPLE["rita"], {f"{who}@{D}": name for who, name in PEOPLE.items()},
                                      zones={e.mentor: daemon.config.calendar_for(e.mentor).tz
                                             for e in entries}).rstrip())
        finally:
            daemon.close()
    if not keep:
        shutil.rmtree(workdir, ignore_errors=True)
    out("\n" + ending(keep and workdir, time.monotonic() - started, mailer_command(sys.executable, shutil.which("mailer"),
                                                                                 Path.cwd())))
    return 0


def ending(kept: Path | None, seconds: float, command: str) -> str:
    """The demo's last words: how to look at what it left, with a command this shell can run. A kept demo's mail
    stack stopped with it, so its status is read as of the demo's last pass (--now): at the real time it would
    say the inbox has not been read for hours, which is true and tells the reader nothing."""
    last = (START + timedelta(days=DAYS) - timedelta(hours=1)).astimezone(timezone.utc)
    if not kept:
        return (f"Played {DAYS} days in {seconds:.1f} s. To look around afterwards, keep its database and config: "
                f"`{command} demo --keep DIR`.")
    return (f"Played {DAYS} days in {seconds:.1f} s. Database and config kept in {kept}; the demo's mail stack has "
            f"stopped with it, so ask about the state as of the demo's last pass:\n"
            f"  {command} status --config {kept / 'config.yaml'} --now {last:%Y-%m-%dT%H:%MZ}\n"
            f"  {command} mentors --config {kept / 'config.yaml'} --now {last:%Y-%m-%dT%H:%MZ}\n"
            f"(`check` and `run` on it fail: nothing listens on its IMAP and SMTP ports any more.)")


def mailer_command(executable: str, on_path: str | None, cwd: Path) -> str:
    """How to run mailer from this shell: `mailer` when it is on PATH (as this very install), else the venv's
    entry point beside this Python (`.venv/bin/mailer` after scripts/demo), else `python -m mailer`.

    >>> mailer_command("/nowhere/bin/python3", None, Path("/src"))
    '/nowhere/bin/python3 -m mailer'
    """
    beside = Path(executable).with_name("mailer")
    if on_path and (not beside.exists() or Path(on_path).resolve() == beside.resolve()):
        return "mailer"
    if not beside.exists():
        return f"{executable} -m mailer"
    try:
        return str(beside.relative_to(cwd))
    except ValueError:
        return str(beside)
    if beside.exists() or not on_path:
        try:
            return str(beside.relative_to(cwd))
        except ValueError:
            return str(beside) if beside.exists() else f"{executable} -m mailer"
    return "mailer"


def _describe(event) -> str:
    kind, detail = event["kind"], event["detail"]
    return {"submission": "recorded submission: ", "answered": "reply counted: ", "sent": "sent ",
            "ignored": "ignored: ", "skipped": "skipped: ", "decision": "decision recorded: ",
            "mentor_invited": "mentoring: ", "mentor_yes": "mentoring: ", "mentor_no": "mentoring: ",
            "checkin": "queued ", "journal": "journal: "}.get(kind, kind + ": ") + detail


def summary(daemon: Daemon) -> str:
    store, config = daemon.store, daemon.config
    sent_by_sub: dict[int, int] = {}
    for sub_id, steps in store.steps_taken().items():
        sent_by_sub[sub_id] = len(steps)
    rows = []
    for sub in store.all_submissions():
        seconds = store.response_seconds(sub.id)
        rows.append([f"#{sub.id}", sub.candidate, config.manager_name(sub.manager), config.recruiters[sub.recruiter].name,
                     sub.state.value, sub.decision or "-", f"{seconds / 3600:.1f} h" if seconds is not None else "-",
                     str(sent_by_sub.get(sub.id, 0))])
    counts = store.message_counts()
    mail = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    return ("Summary\n" + table(rows, ["id", "candidate", "manager", "recruiter", "state", "decision",
                                       "answered after", "nudges"]) + f"\n\nMail mailer read: {mail}")

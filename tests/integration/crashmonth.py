"""The mentor half under random kills over weeks: a world of two recruiters, three managers in two time zones,
mentorships invited and accepted by mail, digests and submissions; rounds in which a real `mailer run --now T`
is killed (at a named crash point, then by SIGKILL at random moments) and restarted at the same time, with
people's answers arriving between rounds. The killed daemons' output is kept in the test's killed.log.

What each round must queue is asked of the daemon's own decision, not written down by hand: the state as the
round starts is copied, and on the copy mailer's own passes (ingest, digests, the ladder, the mentor loop) run
once at T, uninterrupted and sending nothing. The killed and restarted daemon must queue exactly those keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
from zoneinfo import ZoneInfo

from helpers import ROOT

from mailer.compose import environment
from mailer.config.load import load
from mailer.daemon import DECISION_STAGES
from mailer.digestplan import due, recipients
from mailer.inbox import Inbox
from mailer.ingest import ingest
from mailer.mentoring.loop import plan as mentor_plan
from mailer.store import Store

LON = ZoneInfo("Europe/London")
DIGESTS = "digests:\n  recruiter: every monday at 08:00\n  manager: every monday at 09:00\n"
# What managers answer to their first nudge about each candidate; the others stay silent, so the ladder ends
# in the mentor ask.
COMMANDS = {"Ann Able": "snooze 3d", "Bob Baker": "pass", "Cy Cole": "interview"}
SUBMISSIONS = (("rita", "maria", "Ann Able"), ("rita", "maria", "Dee Dunn"), ("rita", "omar", "Bob Baker"),
               ("sam", "nate", "Cy Cole"), ("sam", "omar", "Eve Eng"), ("sam", "nate", "Fay Fox"))


def lon(*args) -> datetime:
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc)


def iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat()


def setup(world) -> None:
    """The config (configure) and the six submissions, sent before the first round."""
    configure(world)
    a = world.addr
    for i, (recruiter, manager, candidate) in enumerate(SUBMISSIONS):
        world.send(a(recruiter), [a(manager)], [world.mailer], subject=f"Candidate: {candidate} – Engineer",
                   date=lon(2026, 11, 26, 10, i))
        world.wait_for(world.mailer, i + 1)  # one by one: the order mailer reads them in is fixed


def configure(world, smtp_down: bool = False) -> None:
    """Rita and Sam (London); Maria and Omar in London, Nate in New York; Maria and Nate get manager digests.
    Nate (Tuesdays 10:00 New York) and Maria (Wednesdays 11:00) are invited and answer by mail; Omar mentors
    Rita every other Thursday at 14:00 without an invitation. `smtp_down`: mailer's SMTP server refuses
    connections (the config names a closed port), so what is queued waits for the next round and is checked
    again before it goes (recheck.py)."""
    a = world.addr
    pairs = [("rita", "nate", "every tuesday at 10:00", True), ("sam", "maria", "every wednesday at 11:00", True),
             ("rita", "omar", "every 2 weeks on thursday at 14:00", False)]
    lines = ["mentorships:"]
    for recruiter, mentor, every, invite in pairs:
        lines += [f"  - recruiter: {a(recruiter)}", f"    mentor: {a(mentor)}", f"    every: {every}",
                  f"    invite: {'true' if invite else 'false'}", "    start: 2026-11-30"]
    world.write_config(recruiters=[(a("rita"), "Rita Recruiter", None), (a("sam"), "Sam Sourcer", None)],
                       managers=[(a("maria"), "Maria Manager", None), (a("nate"), "Nate Newyork", "America/New_York"),
                                 (a("omar"), "Omar Owner", None)],
                       extra=DIGESTS + "\n".join(lines) + "\n", smtp_port=closed_port() if smtp_down else
                       world.stack.smtp_port)
    path = world.tmp / "config.yaml"
    text = path.read_text()
    for who, name in (("maria", "Maria Manager"), ("nate", "Nate Newyork")):
        entry = f"  - email: {a(who)}\n    name: {name}\n"
        assert entry in text
        text = text.replace(entry, entry + "    digest: true\n")
    path.write_text(text)


def closed_port() -> int:
    """A loopback port nothing listens on (the system just handed it out and it was closed again): connecting to
    it is refused at once, as when an SMTP server is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def state_path(world):
    return world.tmp / "mailer.db"


def outbox_keys(path) -> set[str]:
    if not path.exists():
        return set()
    store = Store(path)
    try:
        return {row.key for row in store.outbox()}
    finally:
        store.close()


def decided_at(world, now: datetime) -> set[str]:
    """The keys the daemon's own uninterrupted passes queue at `now` from the state as it is: on a copy of the
    state (SQLite's online backup, so a half-written WAL is read as SQLite reads it), never sending."""
    copy = world.tmp / "expected.db"
    for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if state_path(world).exists():
        with sqlite3.connect(state_path(world)) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        source.close()
        target.close()
    config = load(world.tmp / "config.yaml")
    store, inbox, env = Store(copy), Inbox(config.imap), environment(config.templates)
    try:
        before = {row.key for row in store.outbox()}
        ingest(store, config, inbox, env, now)
        for _, stage in DECISION_STAGES:
            stage(store, config, env, now)
        return {row.key for row in store.outbox()} - before
    finally:
        inbox.close()
        store.close()


# mailer/faults.py's named lines: creating the state (a first run only), reading mail, queueing a digest or a ladder
# step, rechecking what waited, sending.
CRASH_POINTS = ("state_create_before_commit", "ingest_mid_batch", "ingest_after_commit", "digest_before_commit",
                "queue_before_commit", "recheck_before_commit", "recheck_after_recompose", "recheck_ask_before_commit",
                "send_after_claim", "send_after_smtp", "send_after_mark")


def still_due(world, now: datetime) -> list[str]:
    """What the daemon's own decisions (mentoring/loop.plan, digestplan.due) say is due at `now` from the state as
    it is: after a pass at `now`, nothing may be (a slot that was due and got no mail is a skip)."""
    config = load(world.tmp / "config.yaml")
    store = Store(state_path(world))
    try:
        people = recipients(config, {s.recruiter for s in store.open_submissions()})
        capped_mail, mentor_mail = store.mail_taking_the_day(now)
        digests = due(config, people, store.digest_slots(), capped_mail, now, mentor_mail)
        return [d.key for d in digests] + [d.key for d in mentor_plan(store, config, now)]
    finally:
        store.close()


def killed_run(world, now: datetime, rng: random.Random, kills: int) -> None:
    """A real daemon started at `now` (its clock runs on from there) and killed `kills` times in a row, each start
    finding what the last kill left: first at a crash point the seed picks (if its first pass gets there), then
    SIGKILLed at random moments of its first second, where its first pass reads, queues and sends."""
    for attempt in range(kills):
        crash_at = rng.choice(CRASH_POINTS) if attempt == 0 else ""
        env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password, "MAILER_CRASH_AT": crash_at}
        with open(world.tmp / "killed.log", "ab") as log:
            log.write(f"--- {iso(now)} {crash_at or 'SIGKILL'}\n".encode())
            log.flush()
            proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", iso(now),
                                     "--config", str(world.tmp / "config.yaml")], cwd=ROOT, env=env,
                                    stdout=log, stderr=log)
        try:  # a crash point ends the process itself if its first pass gets there (under a second, unloaded)
            proc.wait(timeout=2.0 if crash_at else rng.uniform(0.1, 1.2))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        log_exit(world, proc.wait(timeout=10))


def log_exit(world, code: int) -> None:
    with open(world.tmp / "killed.log", "ab") as log:
        log.write(f"--- exit {code}\n".encode())


def run_once(world, now: datetime, crash_at: str = "") -> subprocess.CompletedProcess:
    return world.cli("run", "--once", "--now", iso(now), env={"MAILER_CRASH_AT": crash_at})


@dataclass
class People:
    """The world's people answering what mailer sent them, between rounds, through the real SMTP server."""

    world: object
    answered: set[str] = field(default_factory=set)   # Message-IDs of mailer's mail already answered
    advice: list[tuple[str, str]] = field(default_factory=list)   # (mentor, words) sent as check-in answers
    commanded: set[str] = field(default_factory=set)  # candidates whose manager answered a nudge
    accepted: set[str] = field(default_factory=set)   # mentors who said yes to their invitation
    checkins_seen: dict[str, int] = field(default_factory=dict)
    # mentor → (their words, the number of the check-in they answer with them instead of advice): a pause, a stop
    ends: dict[str, tuple[str, int]] = field(default_factory=dict)

    def answer(self, at: datetime) -> int:
        """Answer every new mail from mailer as its person would; returns how many answers were sent."""
        world = self.world
        store = Store(state_path(world))
        try:
            rows = {row.message_id: row for row in store.outbox()}
        finally:
            store.close()
        sent = 0
        for who in ("maria", "nate", "omar"):
            address = world.addr(who)
            for msg in world.from_mailer(address):
                mid = msg["Message-ID"].strip("<>")
                row = rows.get(mid)
                if mid in self.answered or row is None or row.person != address:
                    continue
                body = self._words(who, row, msg)
                if body is None:
                    continue
                self.answered.add(mid)
                recruiter = [a.addr_spec for a in msg["Cc"].addresses] if msg["Cc"] else []
                world.reply(msg, address, body, to=[world.mailer], cc=recruiter, date=at)
                sent += 1
        if sent:
            world.delivered(world.mailer)
        return sent

    def said(self, mentor: str) -> bool:
        """Whether the mentor came to answer with their `ends` words (their pause or stop)."""
        return self.checkins_seen.get(mentor, 0) >= self.ends[mentor][1]

    def _words(self, who: str, row, msg) -> str | None:
        if row.kind == "mentor_invitation":
            self.accepted.add(who)
            return "Happy to, count me in!"
        if row.kind == "mentor_checkin":
            count = self.checkins_seen[who] = self.checkins_seen.get(who, 0) + 1
            if self.ends.get(who, ("", 0))[1] == count:
                return self.ends[who][0]
            words = f"Advice {count} from {who.title()}: ask candidates about a project they are proud of ({count})."
            self.advice.append((who, words))
            return words
        if row.kind == "followup" and row.manager == self.world.addr(who):
            candidate = next((c for c in COMMANDS if c in msg["Subject"] and c not in self.commanded), None)
            if candidate:
                self.commanded.add(candidate)
                return COMMANDS[candidate]
        return None

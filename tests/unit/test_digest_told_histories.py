"""Random histories of answers and digests, against a model of README "Weekly digests": each manager's answer (a
changed decision is a new one; the same said again, or words after a decision, is none) is told in exactly one
recruiter digest that went out, the first composed after mailer read it. Digests go at once, wait and are composed
again at sending, fail, are superseded by the next week's, or go after an interrupted send; answers come during
the week, in a digest's own pass before it is composed, and in a later pass of that very second. Every mail goes
through ingest_raw, every digest through queue_digests and recheck_ready, with the clock injected.

`python tests/unit/test_digest_told_histories.py [N]` prints how many of N histories broke the rule and how many
answers were lost or told again (the measurement in the branch's report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email import message_from_bytes, policy
import random
import re
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mailer.digests import queue_digests  # noqa: E402
from mailer.recheck import recheck_ready  # noqa: E402
from test_digest_snooze import MARIA, RITA, World, answered_lines, mail  # noqa: E402

UTC = timezone.utc
SUBMITTED = datetime(2026, 11, 30, 10, tzinfo=UTC)
CANDIDATES = ("Jane Doe", "Omar Haddad", "Ana Lima")
WORDS = {"interview": "interview\n", "pass": "pass\n", "snooze": "snooze 1w\n",
         "words": "Spoke to the team, we will call them ourselves.\n"}
FATES = ("sent", "sent", "waits", "failed", "superseded", "doubt")
KIND = ("digest_recruiter",)
# The slots' Mondays (every monday at 08:00, London: 09:00 is in business hours); 28 Dec is a bank holiday.
MONDAYS = (date(2026, 12, 7), date(2026, 12, 14), date(2026, 12, 21), date(2027, 1, 4))


@dataclass
class Model:
    """Each candidate's current answer as (decision, number, read at), or None while there is none to tell."""
    current: dict[str, tuple[str, int, datetime] | None] = field(default_factory=lambda: dict.fromkeys(CANDIDATES))
    numbers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CANDIDATES, 0))
    told: set[tuple[str, int]] = field(default_factory=set)
    since: datetime = SUBMITTED + timedelta(minutes=30)  # the fixture's digest, composed then, went out

    def answer(self, who: str, word: str, at: datetime) -> None:
        now = self.current[who]
        if word == "snooze":  # a decided one keeps its decision; one answered in words, or none, is snoozed
            if now is None or now[0] == "words":
                self.current[who] = None
        elif word == "words":
            if now is None:
                self._new(who, "words", at)
        elif now is None or now[0] != word:
            self._new(who, word, at)

    def _new(self, who: str, word: str, at: datetime) -> None:
        self.numbers[who] += 1
        self.current[who] = (word, self.numbers[who], at)

    def due(self) -> dict[str, str]:
        """What a digest composed now must tell: candidate → decision."""
        return {who: now[0] for who, now in self.current.items()
                if now is not None and now[2] >= self.since and (who, now[1]) not in self.told}

    def went(self, told: dict[str, str], composed: datetime) -> None:
        for who in told:
            self.told.add((who, self.current_number(who, told[who])))
        self.since = composed

    def current_number(self, who: str, word: str) -> int:
        now = self.current[who]
        return now[1] if now is not None and now[0] == word else -1


def _told(raw: bytes) -> dict[str, str]:
    text = message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content().replace("\r\n", "\n")
    told = {}
    for line in answered_lines(text):
        line = re.sub(r': ".*"$', "", line)  # the manager's words quoted after the decision
        who = line[2:].split(":", 1)[0]
        word = line.rsplit("(", 1)[1].rstrip(")") if line.endswith(")") else "words"
        told[who] = "words" if word == "reply" else word
    return told


def history(tmp: Path, seed: int) -> tuple[int, int]:
    """One random history; returns (answers lost, answers told again or wrongly), by the model."""
    rng = random.Random(seed)
    world = World(tmp)
    world.digest(SUBMITTED - timedelta(days=1))
    mids = {}
    for n, who in enumerate(CANDIDATES):
        mids[who] = f"<c{n}@acme.test>"
        world.submit(who, mids[who])
    world.digest(SUBMITTED + timedelta(minutes=30))
    model, lost, wrong, uid = Model(), 0, 0, iter(range(10_000))

    def answer(at: datetime) -> None:
        who, word = rng.choice(CANDIDATES), rng.choice(list(WORDS))
        world.read(mail("Re: Candidate", WORDS[word], f"<a{next(uid)}@acme.test>", at, frm=MARIA, to=RITA,
                        in_reply_to=mids[who]), at)
        model.answer(who, word, at)

    def check(told: dict[str, str], composed: datetime) -> None:
        nonlocal lost, wrong
        due = model.due()
        lost += len(set(due) - set(told))
        wrong += len([who for who in told if due.get(who) != told[who]])
        model.went(told, composed)

    for day in MONDAYS:
        monday = datetime.combine(day, time(9), tzinfo=UTC) + timedelta(seconds=rng.randint(0, 59))
        for back in sorted((timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
                            for _ in range(rng.randint(0, 3))), reverse=True):
            answer(monday - back)  # during the week, in the order they came
        if rng.random() < 0.3:
            answer(monday)  # in the digest's own pass, before it is composed
        keys = queue_digests(world.store, world.config, world.env, monday)
        if not keys:  # nothing to say: nothing may be waiting to be told
            lost += len(model.due())
        row = world.store.outbox_by_key(keys[0]) if keys else None
        fate = rng.choice(FATES) if row is not None else "none"
        if fate in ("sent", "failed", "doubt"):
            claimed = world.store.claim(monday, KIND)
            with world.store.transaction():
                if fate == "sent":
                    world.store.mark_sent(claimed.id, monday)
                elif fate == "failed":
                    world.store.mark_failed(claimed.id, "550 refused")
                else:
                    world.store.requeue_in_doubt(claimed.id, monday, "no answer after DATA")
        if fate in ("sent", "doubt"):  # in doubt, it may have gone: what it told counts from now
            check(_told(row.raw), monday)
        for _ in range(rng.randint(0, 2)):
            answer(monday)  # a later pass of the very same second
        if fate == "waits":  # held (an SMTP outage) until later that Monday, in business hours
            later = monday + timedelta(hours=rng.randint(1, 6))
            if rng.random() < 0.5:
                answer(later - timedelta(minutes=30))
            recheck_ready(world.store, world.config, world.env, later)
            claimed = world.store.claim(later, KIND)
            if claimed is not None:  # none: cancelled, nothing left to say
                with world.store.transaction():
                    world.store.mark_sent(claimed.id, later)
                check(_told(claimed.raw), later)
            else:
                lost += len(model.due())
        elif fate == "doubt":  # the retry after the interrupted send goes as it was (never composed again)
            claimed = world.store.claim(monday + timedelta(hours=1), KIND)
            with world.store.transaction():
                world.store.mark_sent(claimed.id, monday + timedelta(hours=1))
    world.store.close()
    return lost, wrong


@pytest.mark.parametrize("seed", range(12))  # more: run this file as a script
def test_each_answer_is_told_once_in_a_random_history(tmp_path, seed):
    assert history(tmp_path, seed) == (0, 0)


if __name__ == "__main__":  # the measurement: python tests/unit/test_digest_told_histories.py [N]
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    results = []
    for seed in range(count):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(history(Path(tmp), seed))
    print(f"{count} histories: {sum(1 for r in results if r != (0, 0))} broke the rule; "
          f"{sum(r[0] for r in results)} answers lost, {sum(r[1] for r in results)} told again or wrongly")

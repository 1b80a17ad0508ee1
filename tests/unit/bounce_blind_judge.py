"""How mailer reads the blind bounce sweep's mails (bounce_blind_people.py, bounce_blind_machine_rows.py,
bounce_blind_notices.py): each whole mail through `classify` as the daemon judges it, in the candidate's thread
(Jane Doe, managed by maria@acme.test). Shared by bench/bounce_blind.py and tests/unit/test_bounce_blind.py.

Verdicts: 'right'; 'wrong' (a person's mail read as a bounce, complaint or machine mail, a machine's read as the
manager's answer or command, a delay or notice read as a permanent failure); 'missed' (a bounce or complaint not
recognised but not taken for an answer either, a calendar reply not counted)."""

from __future__ import annotations

import email.message
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

MANAGER = "maria@acme.test"
ANSWER = (Kind.REPLY, Kind.COMMAND)
STOPS = (Kind.BOUNCE, Kind.COMPLAINT)
THREAD = Submission(1, MANAGER, "rita@acme.test", "Jane Doe", "Backend Engineer",
                    "Candidate: Jane Doe – Backend Engineer", "<s1@acme.test>", (),
                    datetime(2026, 11, 2, tzinfo=timezone.utc), State.OPEN)
_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from helpers import make_config
        _CONFIG = make_config(Path(tempfile.mkdtemp(prefix="bounce-blind-")))
    return _CONFIG


def read(raw: bytes):
    return classify(parse(raw), _config(), Context(in_thread=(THREAD,)))


def person_mail(subject: str, body: str) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = f"Maria Manager <{MANAGER}>"
    msg["To"] = "Acme Recruiting <mailer@acme.test>"
    msg["Subject"] = subject
    msg["Message-ID"] = "<blind-person-1@acme.test>"
    msg["In-Reply-To"] = "<s1@acme.test>"
    msg["References"] = "<s1@acme.test>"
    msg["Date"] = "Mon, 2 Nov 2026 10:00:00 +0100"
    msg.set_content(body)
    return bytes(msg)


def _permanent(verdict) -> bool:
    return verdict.kind is Kind.BOUNCE and bool(getattr(verdict.bounce, "permanent", True))


def describe(verdict) -> str:
    extra = " permanent" if _permanent(verdict) else (" temporary" if verdict.kind is Kind.BOUNCE else "")
    return f"{verdict.kind.value}{extra} ({verdict.reason})"


def person_verdict(subject: str, body: str, expect: str) -> tuple[str, str]:
    verdict = read(person_mail(subject, body))
    if verdict.kind in STOPS:
        return "wrong", describe(verdict)
    if expect == "answer" and verdict.kind not in ANSWER:
        return "wrong", describe(verdict)
    return "right", describe(verdict)


def machine_verdict(raw: bytes, expect: str) -> tuple[str, str]:
    verdict = read(raw)
    said = describe(verdict)
    if expect == "calendar":
        if verdict.kind in STOPS or verdict.kind is Kind.COMMAND:
            return "wrong", said
        return ("right" if verdict.kind is Kind.REPLY else "missed"), said
    if verdict.kind in ANSWER:
        return "wrong", said
    if expect == "bounce":
        return ("right" if _permanent(verdict) else "wrong" if verdict.kind is Kind.COMPLAINT else "missed"), said
    if expect == "complaint":
        return ("right" if verdict.kind is Kind.COMPLAINT else "missed"), said
    # delay, notice: changes nothing; a permanent failure or complaint would stop mailing a working address
    return ("wrong" if _permanent(verdict) or verdict.kind is Kind.COMPLAINT else "right"), said

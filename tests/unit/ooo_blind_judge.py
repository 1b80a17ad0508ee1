"""How mailer reads the rows of the blind out-of-office tables (ooo_blind_dates.py, ooo_blind_notes.py): a return
date through `ooo_return_date` with the notice's Date header, and a whole mail through `classify` as the daemon
judges it (the sender is the thread's manager; no auto-reply headers). Shared by bench/ooo_blind.py and
tests/unit/test_ooo_blind.py, so both count the same way."""

from __future__ import annotations

import email.message
import tempfile
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse
from mailer.reading.returndate import ooo_return_date

from ooo_blind_dates import SENT

MANAGER = "maria@acme.test"


def notice_date(sent: str, text: str) -> date | None:
    msg = email.message.EmailMessage()
    msg["From"] = f"Maria Manager <{MANAGER}>"
    msg["Date"] = SENT[sent]
    msg.set_content(text)
    return ooo_return_date(text, parsedate_to_datetime(SENT[sent]).astimezone(timezone.utc), msg)


def date_verdict(sent: str, text: str, expected: date | None, note: str) -> tuple[str, date | None]:
    """'right', 'wrong' (a date that is another date, or a date where none is stated), 'missed' (no date where one
    is stated) or 'gap' (a spec-gap row read otherwise than this author expected: reported, not counted)."""
    got = notice_date(sent, text)
    if got == expected:
        return "right", got
    if note.startswith("spec-gap"):
        return "gap", got
    return ("missed" if got is None else "wrong"), got


_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from helpers import make_config
        _CONFIG = make_config(Path(tempfile.mkdtemp(prefix="ooo-blind-")))
    return _CONFIG


def whole_mail(subject: str, body: str, sent: str | None = None):
    msg = email.message.EmailMessage()
    msg["From"] = f"Maria Manager <{MANAGER}>"
    msg["To"] = "Acme Recruiting <mailer@acme.test>"
    msg["Subject"] = subject
    msg["Message-ID"] = "<blind-1@acme.test>"
    msg["In-Reply-To"] = "<s1@acme.test>"
    msg["Date"] = sent or SENT["mon"]
    msg.set_content(body)
    thread = Submission(1, MANAGER, "rita@acme.test", "Jane Doe", "Backend Engineer",
                        "Candidate: Jane Doe – Backend Engineer", "<s1@acme.test>", (),
                        datetime(2026, 11, 2, tzinfo=timezone.utc), State.OPEN)
    return classify(parse(bytes(msg)), _config(), Context(in_thread=(thread,)))


def note_verdict(subject: str, body: str) -> tuple[str, str]:
    """A person's note: 'right' unless taken for a notice ('wrong')."""
    verdict = whole_mail(subject, body)
    return ("wrong" if verdict.kind is Kind.AUTO_REPLY else "right"), verdict.reason


def notice_verdict(subject: str, body: str) -> tuple[str, str]:
    """A notice: 'right' when recognised, 'wrong' when read as the manager's decision or command, else 'missed'."""
    verdict = whole_mail(subject, body)
    if verdict.kind is Kind.AUTO_REPLY:
        return "right", verdict.reason
    if verdict.commands or verdict.problem:
        return "wrong", f"{verdict.reason}: {[c.verb for c in verdict.commands]}"
    return "missed", verdict.reason


def third_notice_verdict(body: str, back: date | None, sent: str) -> tuple[str, str, date | None]:
    """A notice of the third batch (ooo_blind_third.py): its notice_verdict, then its return date: 'right', 'wrong'
    (another date, or one where none is stated), 'missed' (none where one is stated) or '' (not recognised)."""
    verdict = whole_mail("Re: Candidate: Jane Doe – Backend Engineer", body, sent)
    if verdict.kind is not Kind.AUTO_REPLY:
        told = "wrong" if verdict.commands or verdict.problem else "missed"
        return told, "", None
    got = verdict.return_date
    dated = "right" if got == back else ("missed" if got is None else "wrong")
    return "right", dated, got


def third_note_verdict(body: str, meant: str | None, sent: str) -> tuple[str, str, str]:
    """A person's note of the third batch: 'wrong' when taken for a notice, else 'right'; then its decision: 'right'
    (the decision meant, or none where none is meant), 'wrong' (another decision, or one where none is meant),
    'missed' (none where one is meant) or '' (taken for a notice)."""
    verdict = whole_mail("Re: Candidate: Jane Doe – Backend Engineer", body, sent)
    if verdict.kind is Kind.AUTO_REPLY:
        return "wrong", "", verdict.reason
    verbs = sorted({c.verb for c in verdict.commands})
    if verbs == ([meant] if meant else []):
        decided = "right"
    elif not verbs:
        decided = "missed"
    else:
        decided = "wrong"
    return "right", decided, f"{verdict.reason}: {verbs}"

"""`mailer classify`: the daemon's judgement on mail files, Maildirs, mboxes or stdin, with the reasons: what
the mail is, whether the configured trust method proves its sender, and what mailer would therefore do."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
import json
import mailbox
from pathlib import Path
import sys
from typing import Iterator

from mailer.reading.authres import AuthVerdict
from mailer.reading.classify import NEEDS_TRUST, Context, Verdict, classify
from mailer.config.settings import Config
from mailer.config.load import parse as parse_config
from mailer.ingest import context_for, with_answered_mail
from mailer.mentoring.reply import describe, read_mentor_reply
from mailer.model import Kind, Message
from mailer.reading.knownquote import reply_words
from mailer.reading.parse import Unreadable, parse
from mailer.store import Store
from mailer.trust import Dns, authenticate

# Files that sit beside test mail in folders but are not mail.
_NOT_MAIL = {".md", ".tsv", ".csv", ".json", ".py", ".yaml", ".yml", ".html", ".htm"}

# With no config nobody is known: a plain classification of what kind of mail it is.
_ANONYMOUS = """\
address: mailer@invalid.example
imap: {host: localhost}
smtp: {host: localhost}
followups: {steps: [{after: 2 business days, template: followup_1}]}
"""


@dataclass(frozen=True)
class Explanation:
    path: str
    kind: str
    reason: str
    reply_text: str = ""
    command: str = ""
    return_date: str | None = None
    bounced: tuple[str, ...] = ()
    authenticated: bool | None = None  # the trust method's conclusion; None without a config (nothing checked)
    trust: str = ""                    # the method and why it concluded so
    action: str = ""                   # what mailer would therefore do with this mail

    def as_json(self) -> str:
        return json.dumps({"path": self.path, "kind": self.kind, "reason": self.reason, "reply_text": self.reply_text,
                           "command": self.command, "return_date": self.return_date,
                           "bounced": list(self.bounced), "authenticated": self.authenticated, "trust": self.trust,
                           "action": self.action}, ensure_ascii=False)

    def as_text(self) -> str:
        lines = [f"{self.path}: {self.kind} — {self.reason}"]
        if self.trust:
            proven = {True: "proven", False: "not proven", None: "not checked"}[self.authenticated]
            if self.trust.startswith("unauthenticated mode"):  # believed, as every sender is: nothing proved it
                proven = "believed, not checked"
            lines.append(f"  sender: {proven} — {self.trust}")
        if self.action:
            lines.append(f"  mailer would: {self.action}")
        if self.command:
            lines.append(f"  command: {self.command}")
        if self.return_date:
            lines.append(f"  back on: {self.return_date}")
        if self.bounced:
            lines.append(f"  bounced: {', '.join(self.bounced)}")
        if self.reply_text.strip():
            text = self.reply_text.strip().replace("\n", "\n  | ")
            lines.append(f"  | {text[:600]}")
        return "\n".join(lines)


def _public_kind(verdict: Verdict, msg: Message, anonymous: bool) -> str:
    if verdict.kind is Kind.REPLY:
        return "command" if verdict.commands else "human_reply"
    if verdict.kind in (Kind.SUBMISSION, Kind.COMMAND, Kind.AUTO_REPLY, Kind.BOUNCE, Kind.COMPLAINT):
        return verdict.kind.value
    if verdict.reason.startswith("spam ("):
        return "spam"  # stamped as spam on the way: never shown as a person's reply
    if verdict.reason.startswith("machine mail"):
        return "other"  # a report or daemon mail: never shown as a person's reply
    if anonymous and (msg.in_reply_to or msg.references or msg.subject.lower().startswith(("re:", "aw:", "sv:"))):
        return "human_reply"  # no people are known without a config: a reply-shaped human mail
    return "other"


def trust_said(method: str, auth: AuthVerdict) -> str:
    """The trust method and its reason, in one phrase.

    >>> trust_said("dkim", AuthVerdict(False, "no DKIM signature"))
    'dkim: no DKIM signature'
    """
    if method == "unauthenticated":
        return "unauthenticated mode: every sender is believed, nothing is checked"
    return f"{method}: {auth.reason}"


def action(read: Verdict, acted: Verdict, kind: str, config: Config) -> str:
    """What mailer does with a mail read as `read` once the trust method has had its say (`acted`).

    >>> from mailer.model import Kind
    >>> action(Verdict(Kind.SUBMISSION, "x"), Verdict(Kind.IGNORED, "y"), "submission", None)
    'submission ignored: sender not authenticated'
    """
    if kind == "spam":
        return "nothing: a filter stamped it as spam and nothing proves its sender"
    needs_proof = read.kind in NEEDS_TRUST or bool(read.refused)
    if needs_proof and acted.kind != read.kind:
        return f"{kind} ignored: sender not authenticated"
    if not needs_proof:
        return "nothing: mailer acts on no such mail" if kind == "other" else f"{kind} acted on: needs no proven sender"
    if config.trust.method != "unauthenticated":
        return f"{kind} acted on: sender authenticated"
    if kind == "auto_reply":
        return (f"auto_reply acted on, unproven: pauses nudges at most {config.trust.unauthenticated_pause} "
                f"and names no delegate (trust: unauthenticated)")
    return f"{kind} acted on, unproven (trust: unauthenticated)"


def explain(raw: bytes, path: str, config: Config, store: Store | None, now: datetime,
            anonymous: bool = False, dns: Dns | None = None) -> Explanation:
    try:
        msg = parse(raw)
    except Unreadable as exc:
        return Explanation(path, "malformed", str(exc))
    msg = with_answered_mail(store, msg) if store is not None else msg  # as ingest reads it
    context = context_for(store, config, msg, now) if store is not None else Context(now=now)
    verdict = classify(msg, config, context)  # what the mail is, as if its sender were proven
    text = verdict.reply_text or (reply_words(msg) if msg.parsed is not None else "")
    command = ", ".join(f"{c.item}:{c.verb}" if c.item else c.verb for c in verdict.commands)
    if verdict.problem:
        command = f"(not understood: {verdict.problem})"
    bounced = tuple(sorted(verdict.bounce.addresses)) if verdict.bounce else ()
    kind = _public_kind(verdict, msg, anonymous)
    explained = Explanation(path, kind, verdict.reason, text, command,
                            verdict.return_date.isoformat() if verdict.return_date else None, bounced)
    if anonymous:  # no trust method without a config: say what the mail is, not what mailer would do
        return explained
    # The daemon's own step (ingest.py): the trust method on the whole mail, then the same rules again.
    auth = authenticate(raw, msg, config.trust, dns)
    acted = classify(msg, config, replace(context, sender_auth=auth))
    explained = replace(explained, authenticated=auth.trusted, trust=trust_said(config.trust.method, auth),
                        action=action(verdict, acted, kind, config))
    # An answer in a mentorship's thread goes to the mentor loop before anything else (ingest.py): say what it does.
    mentoring = read_mentor_reply(store, config, msg, acted, now, auth) if store is not None else None
    if mentoring is None:
        return explained
    what = "an invitation" if mentoring.about.checkin is None else "a check-in"
    # A command read in it is not acted on there ("stop" is the mentor's, not a manager's command).
    return replace(explained, kind="mentoring", action=describe(mentoring, config), command="",
                   reason=f"a reply to {what} of {mentoring.about.recruiter} with {mentoring.about.mentor}")


def sources(names: list[str]) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for each message in files, Maildirs, folders of .eml, mbox files, or '-' (stdin)."""
    for name in names:
        if name == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        path = Path(name)
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                box = mailbox.Maildir(str(path), factory=None, create=False)
                for key in sorted(box.keys()):
                    yield f"{path}/{key}", box.get_bytes(key)
            else:
                for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() not in _NOT_MAIL):
                    yield str(child), child.read_bytes()
        elif path.is_file():
            head = path.read_bytes()[:5]
            if head == b"From ":
                box = mailbox.mbox(str(path), create=False)
                for index, key in enumerate(box.keys()):
                    yield f"{path}#{index + 1}", box.get_bytes(key)
            else:
                yield str(path), path.read_bytes()
        else:
            raise FileNotFoundError(f"no such file or folder: {name}")


def run(names: list[str], config: Config | None, as_json: bool, now: datetime | None = None, out=print) -> int:
    now = now or datetime.now(timezone.utc)
    anonymous = config is None
    if config is None:
        config = parse_config(_ANONYMOUS, Path("(built-in)"))
    store = Store(config.state) if not anonymous and config.state.exists() else None
    try:
        for label, raw in sources(names or ["-"]):
            result = explain(raw, label, config, store, now, anonymous)
            out(result.as_json() if as_json else result.as_text())
    finally:
        if store is not None:
            store.close()
    return 0

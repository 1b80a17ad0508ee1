"""Which bytes a sender's signature is checked on, and whether it is checked at all (pure but for `whole`).

A DKIM signature covers the whole body, attachments included, while the IMAP edge leaves attachments on the
server (parts.py). Checking one means downloading the mail whole and hashing all of it: most of a backlog's
cost under `trust: dkim`. So the verdict is worked out only if classify asks for it (it asks only for kinds
that act), and the whole mail is downloaded only when its sender could act at all. The check itself is the
same function on the same bytes whenever its answer can matter: exactly as strong.
"""

from __future__ import annotations

from typing import Callable

from mailer.config.settings import Config
from mailer.model import Message
from mailer.parts import OMITTED_HEADER
from mailer.reading.authres import AuthVerdict
from mailer.reading.classify import Context
from mailer.trust import authenticate, might_prove

NOT_DOWNLOADED = AuthVerdict(False, "not checked: its attachments were not downloaded, as its sender cannot act here")


class OnDemandVerdict:
    """An AuthVerdict worked out the first time classify reads it, and never if it does not."""

    def __init__(self, check: Callable[[], AuthVerdict]):
        self._check, self._verdict = check, None

    def _get(self) -> AuthVerdict:
        if self._verdict is None:
            self._verdict = self._check()
        return self._verdict

    @property
    def trusted(self) -> bool:
        return self._get().trusted

    @property
    def reason(self) -> str:
        return self._get().reason


def may_act(config: Config, msg: Message, ctx: Context) -> bool:
    """Could any verdict on this mail act for its sender? A superset of whom classify and the effects let act:
    listed recruiters, managers and their aliases, addresses that may become managers, and whoever speaks for
    the manager of a submission in this thread or of an open one (a delegate included)."""
    sender = msg.sender.email
    manager = config.canonical_manager(sender)
    return bool(config.recruiter(sender) or config.manager(manager) or config.may_manage(sender)
                or sender in ctx.delegates or any(s.manager == manager for s in ctx.in_thread) or len(ctx.of_sender))


def signed_copy(config: Config, msg: Message, ctx: Context, raw: bytes, original: bytes | None,
                whole: Callable[[], bytes | None] | None) -> bytes | None:
    """The bytes the sender's signature is checked on; None when there is no need to check it.

    A DKIM signature covers the attachments the IMAP edge left out, so a mail rebuilt without them is checked
    on the whole mail, downloaded here (outside the per-mail time budget: an alarm must never cut an IMAP read
    short; one mail at a time, so memory holds one whole mail, never a batch of them), and only when it carries
    a signature that could prove From and its sender could act: everyone else's verdict cannot change anything
    whatever the signature says, and their newsletters and invoices are never downloaded whole."""
    if original is not None or whole is None or config.trust.method != "dkim":
        return original or raw
    if OMITTED_HEADER.encode() not in raw:  # nothing was left out (a sender could write the header: then we fetch)
        return raw
    if not might_prove(raw, msg.sender.email):  # unsigned, or only others' signatures: the header block decides
        return raw
    if not may_act(config, msg, ctx):
        return None
    return whole() or raw  # expunged meanwhile: the partial copy, which fails the body hash (not proven)


def sender_auth(config: Config, msg: Message, ctx: Context, raw: bytes, original: bytes | None,
                whole: Callable[[], bytes | None] | None) -> AuthVerdict | OnDemandVerdict:
    """The verdict classify reads as `Context.sender_auth`. Downloads (through `whole`) before returning, so
    the per-mail time budget that classify runs under never interrupts an IMAP read."""
    signed = signed_copy(config, msg, ctx, raw, original, whole)
    if signed is None:
        return NOT_DOWNLOADED
    return OnDemandVerdict(lambda: authenticate(signed, msg, config.trust))

"""`mailer check`'s trust lines: the chosen method said plainly, and tried on real mail in the inbox."""

from __future__ import annotations

from collections.abc import Iterator

from mailer.config.settings import Config, ConfigError
from mailer.errors import MailerError
from mailer.inbox import Inbox
from mailer.reading.parse import parse
from mailer.trust import WHAT_UNAUTHENTICATED_ALLOWS, authenticate

NEWEST = 50  # how far back to look for a mail from someone mailer knows


def check_trust(config: Config, logged_in: bool) -> Iterator[tuple[bool | None, str, str]]:
    """(ok, what, detail) lines; ok None is a warning. Fails when a known person's real mail is not proven."""
    trust = config.trust
    if trust.method == "unauthenticated":
        yield None, "trust", WHAT_UNAUTHENTICATED_ALLOWS.format(pause=trust.unauthenticated_pause)
        return
    how = (f"authentication-results from {', '.join(trust.authserv_ids)} (at most "
           f"{trust.received_above_stamp} Received fields above it)" if trust.method == "authentication-results"
           else "dkim, checked by mailer" + (f" ({len(trust.dkim_keys)} pinned keys)" if trust.dkim_keys else ""))
    yield True, "trust", how
    if not logged_in:
        return
    inbox = Inbox(config.imap)
    try:
        mails = inbox.newest(config.imap.folder, NEWEST)
    except (MailerError, ConfigError) as exc:
        yield False, "trust on real mail", str(exc)
        return
    finally:
        inbox.close()
    known = None
    for raw in mails:
        try:
            msg = parse(raw)
        except MailerError:
            continue
        sender = msg.sender.email
        if config.is_own_address(sender):
            continue
        if config.recruiter(sender) or config.manager(sender):
            known = (raw, msg)
            break
        known = known or (raw, msg)
    if known is None:
        yield None, "trust on real mail", f"no mail in {config.imap.folder} to try it on yet; run check again later"
        return
    raw, msg = known
    verdict = authenticate(raw, msg, trust)
    person = bool(config.recruiter(msg.sender.email) or config.manager(msg.sender.email))
    detail = f"newest mail from {msg.sender.email} ('{msg.subject[:60]}'): " + (
        "proven" if verdict.trusted else "not proven") + f" ({verdict.reason})"
    if verdict.trusted or not person:
        yield (True if verdict.trusted else None), "trust on real mail", detail
    else:  # a colleague's real mail that the method cannot prove: mailer would ignore them all
        yield False, "trust on real mail", detail + "; mailer would ignore this person's mail"

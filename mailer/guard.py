"""The state is never lost or mixed up silently: a new state database next to an inbox that already holds mail
mailer sent is refused before it reads anything, because reading on would forget every open candidate; so is a
state that another mailbox's mailer wrote, because reading on would send that mailbox's nudges a second time."""

from __future__ import annotations

import logging

from mailer.config.settings import Config
from mailer.errors import StoreError
from mailer.inbox import Inbox
from mailer.store import Store

log = logging.getLogger(__name__)

FRESH_START = "fresh_start"  # meta key set by `mailer init --fresh`: this state starts over on purpose
MAILBOX = "address"          # meta key: the `address` whose inbox this state reads, set at its first pass


class StateLost(StoreError):
    """The state is new but the mailbox shows mailer has run before: stop, do not start over silently."""


class StateOfAnotherMailbox(StateLost):
    """The state was written by a mailer with another `address`: two configs share one `state:` file."""


def check_mailbox(store: Store, config: Config) -> None:
    """The state reads one mailbox: the first pass records config.address, later passes must match it.

    A second config copied from the first (another team, another address) but left with the same `state:`
    would otherwise take the first team's open candidates over: its folder's UIDVALIDITY differs, so it re-reads
    its own inbox into them and nudges their managers again, from its address. A state written before this
    check recorded nothing: it belongs to the address its latest queued mail was sent from, or, if it never
    queued any, to the address it is opened with now."""
    problem = other_mailbox(store, config)
    if problem:
        raise StateOfAnotherMailbox(problem)
    if store.meta(MAILBOX) is None:
        with store.transaction():
            store.set_meta(MAILBOX, config.address.casefold())


def other_mailbox(store: Store, config: Config) -> str | None:
    """Why this state is not config.address's (check_mailbox raises it; `mailer check` reports it), or None."""
    ours = config.address.casefold()
    recorded = store.meta(MAILBOX) or store.latest_envelope_from()
    if recorded in (None, ours):
        return None
    return (f"the state database {store.path} belongs to the mailer of {recorded}, but {config.path} has "
            f"address: {config.address}: two configs pointing at one state? Reading on would nudge {recorded}'s "
            f"open candidates a second time, from {config.address}. Give each config its own `state:` file; if "
            f"mailer's own address really changed to {config.address}, say so once with `mailer init --adopt`.")


def check_new_state(store: Store, config: Config, inbox: Inbox) -> None:
    """Before a state's very first read of its folder: if mailer's own mail is already there, raise StateLost.

    Mailer's mail is recognised by its Message-IDs (`….mailer@<its domain>`), which its delivery copies carry
    and answers to it quote in References. Raises InboxError when the inbox cannot be asked.
    """
    folder = config.imap.folder
    if not is_new(store, folder):
        return
    own = inbox.count_own(folder, config.domain)
    if not own:
        with store.transaction():  # an empty folder stores no UID yet: remember that this state began clean
            store.set_meta(f"checked:{folder}", "clean")
        return
    raise StateLost(lost_state(config, store.path, own))


def is_new(store: Store, folder: str) -> bool:
    """The state has never read `folder`, was not started over on purpose, and has not found it clean."""
    return not (store.folder_state(folder) is not None or store.meta(FRESH_START) or store.meta(f"checked:{folder}"))


def lost_state(config: Config, path, own: int) -> str:
    """Why a new state next to `own` mails of mailer's is refused (the daemon raises it; `mailer check` fails it)."""
    return (f"the state database {path} is new, but {config.imap.folder} of {config.address} already holds "
            f"{own} mail(s) from or answering mailer: the state it ran on was lost or moved (or `state:` in "
            f"{config.path} now points somewhere new). Starting over would forget every open candidate. Restore the "
            f"database (the file from `mailer backup`, or mailer.db moved back, with its -wal file), or start over "
            f"on purpose with `mailer init --fresh`.")

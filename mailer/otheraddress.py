"""A reply in a candidate's thread from an address mailer does not know, under the manager's name: maybe the
manager answering from another address (a personal mail, an old one). It is never counted or acted on, as
the trust rules want; the submitting recruiter is told once per submission, naming the address and the config
key that would make it count (`managers[].aliases`). Only a mail whose In-Reply-To/References name a mail
mailer sent or recorded gets here: a free-floating mail never does."""

from __future__ import annotations

from datetime import datetime
import logging
import re
import unicodedata

import jinja2

from mailer.compose import Envelope
from mailer.config.settings import Config
from mailer.model import Message, State
from mailer.notices import queue_notice
from mailer.reading.candidate import strip_noise
from mailer.store import Store

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_]{3,}")  # a name part: three letters or more ("Al" and initials prove nothing)


def name_parts(*texts: str) -> set[str]:
    """The name words of display names and address local parts, folded: case and accents do not matter.

    >>> sorted(name_parts("María Manager", "maria.manager1987@gmail.com"))
    ['manager', 'maria']
    """
    words = set()
    for text in texts:
        local = text.rpartition("@")[0] if "@" in text else text
        folded = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().casefold()
        words.update(_WORD.findall(folded))
    return words


def may_be(manager_name: str, manager_email: str, sender_name: str, sender_email: str) -> bool:
    """Whether a stranger's mail may be the manager's: a part of the manager's name is in the sender's name
    or address ("Maria Manager" and maria@gmail.com, or "Maria M." writing from mm1987@gmail.com).

    >>> may_be("Maria Manager", "maria@acme.example", "", "maria.m@gmail.com")
    True
    >>> may_be("Maria Manager", "maria@acme.example", "Sam Scheduler", "sam@acme.example")
    False
    """
    return bool(name_parts(manager_name, manager_email) & name_parts(sender_name, sender_email))


def known(config: Config, store: Store, address: str, now: datetime) -> bool:
    """Someone mailer already knows by this address: then the mail is theirs, not a manager's other address."""
    return (config.manager(address) is not None or config.recruiter(address) is not None
            or config.is_own_address(address) or address in store.delegates(now))


def tell_recruiters(store: Store, config: Config, env: jinja2.Environment, msg: Message, now: datetime) -> list[int]:
    """Queue the notice for each open submission in the mail's thread whose manager it may come from; returns
    their ids. Once per submission (the outbox key), whichever address and however many mails."""
    sender = msg.sender.email
    if not msg.thread_ids or known(config, store, sender, now):
        return []
    told = []
    for sub in store.submissions_in_thread(msg.thread_ids):
        name = config.manager_name(sub.manager, sub.manager_name)
        if sub.state is not State.OPEN or not may_be(name, sub.manager, msg.sender.name, sender):
            continue
        envelope = Envelope(key=f"other-address:{sub.id}", kind="other_address", manager=sub.manager,
                            audience="notice", sender_name=config.from_name, to=sub.recruiter,
                            reply_to=(config.address,), ancestors=tuple(a for a in (*sub.references, sub.message_id)
                                                                        if a))
        queue_notice(store, config, env, "other_address", envelope, {
            "thread_subject": strip_noise(sub.subject) or sub.subject, "manager": name, "manager_email": sub.manager,
            "listed": config.manager(sub.manager) is not None, "address": sender,
            "sender_name": msg.sender.name or "", "candidate": sub.candidate}, now, [sub.id])
        store.event(now, "other_address", f"{sender} wrote in {sub.candidate}'s thread under {name}'s name; "
                                          f"not counted, {sub.recruiter} told", sub.id)
        log.info("#%d %s: %s may be %s's other address (%s); not counted", sub.id, sub.candidate, sender, name,
                 msg.key)
        told.append(sub.id)
    return told

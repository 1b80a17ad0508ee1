"""A reply in a candidate's thread from an address mailer does not know, under the manager's name: maybe the
manager answering from another address (a personal mail, an old one). It is never counted or acted on, as
the trust rules want; the submitting recruiter (and ops) are told once per (recruiter, manager, address),
one notice listing every candidate of that mail, naming the address and the config key that would make it
count (`managers[].aliases`) when the sender was proven. Only a mail whose own In-Reply-To/References name a
mail mailer sent or recorded gets here: a free-floating mail, or one the server alone put in the thread
(Gmail's conversation id), never does.

"Under the manager's name" is strict, because a colleague in the thread is the usual stranger: the
manager's full name (two name parts, either order) in the sender's name or address; or, outside the
company's own domains, the manager's whole local part inside the sender's. Name particles ("van", "de",
"al") and parts under three letters never count."""

from __future__ import annotations

from datetime import datetime
import logging
import re

import jinja2

from mailer.compose import Envelope
from mailer.config.settings import Config
from mailer.model import Message, State, Submission, candidate_key as _fold
from mailer.notices import queue_notice
from mailer.reading.candidate import strip_noise
from mailer.safety import is_public_mail_domain
from mailer.store import Store

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_]{3,}")  # a name part: three letters or more ("Al" and initials prove nothing)
# Shared by strangers: a surname's particle is no more the manager's than "the" is.
PARTICLES = frozenset("van von vom der den des de del della dei degli da das do dos di du la le les lo "
                      "bin ben ibn bint abu al el ter ten zu zur auf und".split())
_MIN_LOCAL = 4  # a manager's local part shorter than this ("mk", "ana") is found inside too many others


def _local(address: str) -> str:
    return address.rpartition("@")[0] if "@" in address else address


def name_words(text: str) -> list[str]:
    """The name parts of a display name or an address's local part, in order, folded (case and accents do
    not matter), without particles and parts under three letters.

    >>> name_words("Anna van Dijk"), name_words("maría.núñez1987@gmail.com")
    (['anna', 'dijk'], ['maria', 'nunez'])
    """
    return [w for w in _WORD.findall(_fold(_local(text))) if w not in PARTICLES]


def name_parts(*texts: str) -> set[str]:
    """The name words of several display names and addresses, as a set."""
    return {w for text in texts for w in name_words(text)}


def full_name_in(manager_name: str, manager_email: str, sender_name: str, sender_email: str) -> bool:
    """The manager's first and last name parts (from the name, else from their address) both in the sender's
    display name or address, either order; in the address also run together ("mariamanager1987")."""
    words = name_words(manager_name) if len(name_words(manager_name)) >= 2 else name_words(manager_email)
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    said, local = name_parts(sender_name, sender_email), _fold(_local(sender_email))
    return all(part in said or part in local for part in (first, last))


def local_part_in(manager_email: str, sender_email: str) -> bool:
    """The manager's whole local part (separators aside) inside the sender's: maria.manager@ in
    mariamanager.home@."""
    def squash(address: str) -> str:
        return re.sub(r"[\W_]", "", _fold(_local(address)))
    mine = squash(manager_email)
    return len(mine) >= _MIN_LOCAL and mine in squash(sender_email)


def may_be(manager_name: str, manager_email: str, sender_name: str, sender_email: str,
           own_domains: frozenset[str] = frozenset()) -> bool:
    """Whether a stranger's mail may be the manager's. At the company's own domains (`own_domains`) only the
    full name counts: a colleague there shares a first name or an address pattern far more often.

    >>> may_be("Maria Manager", "maria@acme.example", "", "maria.manager@gmail.com")
    True
    >>> may_be("David Kim", "dkim@acme.example", "Sarah Kim", "sarah.kim@gmail.com")
    False
    """
    if full_name_in(manager_name, manager_email, sender_name, sender_email):
        return True
    return (sender_email.rpartition("@")[2].lower() not in own_domains
            and local_part_in(manager_email, sender_email))


def own_domains(config: Config, manager: str) -> frozenset[str]:
    """The company's domains (never a public mail provider's, even if the manager writes from one)."""
    domains = {manager.rpartition("@")[2], config.domain, *config.recruiter_domains, *config.company_domains}
    return frozenset(d.lower() for d in domains if d and not is_public_mail_domain(d))


def known(config: Config, store: Store, address: str, now: datetime) -> bool:
    """Someone mailer already knows by this address: then the mail is theirs, not a manager's other address."""
    return (config.manager(address) is not None or config.recruiter(address) is not None
            or config.is_own_address(address) or address in store.delegates(now))


def tell_recruiters(store: Store, config: Config, env: jinja2.Environment, msg: Message, now: datetime,
                    proven: bool = False) -> list[int]:
    """Queue one notice per (recruiter, manager) among the open submissions in the mail's thread whose
    manager it may come from, listing their candidates; ops get a copy each. Returns the submissions told
    about now. `proven`: the sender's trust verdict; only then does the notice offer the alias snippet."""
    sender = msg.sender.email
    answers = tuple(dict.fromkeys((*msg.in_reply_to, *reversed(msg.references))))  # its own thread headers only
    if not answers or known(config, store, sender, now):
        return []
    groups: dict[tuple[str, str], list[Submission]] = {}
    for sub in store.submissions_in_thread(answers):
        name = config.manager_name(sub.manager, sub.manager_name)
        if sub.state is State.OPEN and may_be(name, sub.manager, msg.sender.name, sender,
                                              own_domains(config, sub.manager)):
            groups.setdefault((sub.recruiter, sub.manager), []).append(sub)
    told = []
    for (recruiter, manager), subs in groups.items():
        if _notify(store, config, env, msg, recruiter, manager, subs, proven, now):
            told.extend(s.id for s in subs)
    return told


def _notify(store: Store, config: Config, env: jinja2.Environment, msg: Message, recruiter: str, manager: str,
            subs: list[Submission], proven: bool, now: datetime) -> bool:
    sender, first = msg.sender.email, subs[0]
    name = config.manager_name(manager, first.manager_name)
    candidates = [s.candidate for s in subs]
    key = f"other-address:{recruiter}:{manager}:{sender}"
    variables = {"thread_subject": strip_noise(first.subject) or first.subject, "manager": name,
                 "manager_email": manager, "listed": config.manager(manager) is not None, "address": sender,
                 "sender_name": msg.sender.name or "", "candidates": candidates, "proven": proven,
                 "recruiter": recruiter}
    queued = False
    for person in dict.fromkeys((recruiter, *config.ops)):  # like the bounce notice: ops get their own copy
        envelope = Envelope(key=key if person == recruiter else f"{key}:{person}", kind="other_address",
                            manager=manager, audience="notice", sender_name=config.from_name, to=person,
                            reply_to=(config.address,),
                            ancestors=tuple(a for a in (*first.references, first.message_id) if a))
        # Only ops can change the config: the recruiter is told to ask them (and that ops have their own copy).
        sent = queue_notice(store, config, env, "other_address", envelope,
                            {**variables, "to_ops": person in config.ops, "ops_copy": bool(config.ops)}, now,
                            [s.id for s in subs])
        queued = queued or (sent and person == recruiter)
    who = ", ".join(candidates)
    if queued:
        store.event(now, "other_address", f"{sender} wrote in {who}'s thread under {name}'s name; not counted, "
                                          f"{recruiter} told" + ("" if proven else " (sender not proven)"), first.id)
        log.info("%s: %s may be %s's other address (%s); not counted, %s told", who, sender, name, msg.key,
                 recruiter)
    else:
        log.info("%s: %s may be %s's other address (%s); not counted, %s not told again (already told, or "
                 "capped)", who, sender, name, msg.key, recruiter)
    return queued

"""The `trust`, `limits` and `company_domains` sections: who may steer mailer and how much it may do; and who is
who among the people listed (each manager address owned by one manager, mentors who are listed managers, domain
lists that hold domains), each problem told at the line ops must change.

Kept apart from load.py, which reads the rest, so the safety rules read in one place. The old
`replies.require_authenticated_senders` / `replies.authserv_ids` keys still work: they map onto `trust`.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from mailer.config.settings import TRUST_METHODS, Limits, Trust
from mailer.config.yamlsource import BAD, Node

_TRUST_KEYS = ("method", "authserv_ids", "received_above_stamp", "dkim_keys", "unauthenticated_pause")
_LIMIT_BOUNDS = {  # key → (low, high); defaults live in Limits
    "mails_per_person_per_day": (1, 10_000),
    "managers_per_submission": (1, 1_000),
    "sends_per_hour": (1, 100_000),
    "answers_in_a_row": (1, 1_000),
    "max_header_kb": (16, 65_536),
    "max_body_kb": (64, 1_048_576),
    "seconds_per_mail": (0.5, 600),
}


def trust(root: Node) -> Trust | Any:
    """`trust: dkim`, or a mapping with `method` and its details. Unset: the old keys, else `dkim`."""
    node, replies = root.child("trust"), root.child("replies")
    old_required = replies.child("require_authenticated_senders") if isinstance(replies.value, dict) else None
    old_ids = replies.child("authserv_ids") if isinstance(replies.value, dict) else None
    old_given = old_required is not None and old_required.value is not None
    if node.value is None:
        if not old_given:
            return Trust()
        ids = _ids(old_ids) if old_ids is not None else ()
        if old_required.value is True:
            return Trust("authentication-results", ids) if ids is not BAD else BAD
        return Trust("unauthenticated") if old_required.value is False else BAD
    if old_given:
        old_required.fail("replies.require_authenticated_senders is the old form of `trust:`; give one of them")
    if isinstance(node.value, str):
        method = node.choice(TRUST_METHODS)
        if method == "authentication-results":
            return node.fail("authentication-results needs the id of your receiving server: write it as a mapping "
                             "with method: authentication-results and authserv_ids: [mx.example.com]")
        return Trust(method) if method is not BAD else BAD
    if not node.mapping(_TRUST_KEYS, required=("method",)):
        return BAD
    method = node.child("method").choice(TRUST_METHODS)
    ids = _ids(node.child("authserv_ids"))
    if ids is not BAD and not ids and old_ids is not None and old_ids.value:
        ids = _ids(old_ids)
    if method == "authentication-results" and ids is not BAD and not ids:
        node.child("authserv_ids").fail("authentication-results needs the authserv-id of your own receiving mail "
                                        "server (the first word of its Authentication-Results header), or "
                                        "'microsoft' for Microsoft 365")
    hops = node.child("received_above_stamp").number(2, 0, 20, integer=True)
    keys = []
    keys_node = node.child("dkim_keys")
    if keys_node.value is not None and keys_node.mapping(tuple(map(str, keys_node.value or ()))):
        for name in keys_node.value:
            record = keys_node.child(name).text(required=True)
            if record is not BAD and "p=" not in record:
                keys_node.child(name).fail("expected a DKIM key record like 'v=DKIM1; k=rsa; p=MIIB…'")
            elif record is not BAD:
                keys.append((str(name).lower().rstrip("."), record))
    pause_node = node.child("unauthenticated_pause")
    pause = pause_node.delay() if pause_node.value is not None else Trust().unauthenticated_pause
    if BAD in (method, ids, hops, pause):
        return BAD
    return Trust(method, ids, hops, tuple(keys), pause)


def _ids(node: Node) -> tuple[str, ...] | Any:
    values = [item.text(required=True) for item in node.items()]
    return BAD if BAD in values else tuple(v.lower() for v in values)


def limits(node: Node) -> Limits | Any:
    if node.value is None:
        return Limits()
    if not node.mapping(tuple(_LIMIT_BOUNDS)):
        return BAD
    base = Limits()
    values = {}
    for key, (low, high) in _LIMIT_BOUNDS.items():
        default = getattr(base, key)
        values[key] = node.child(key).number(default, low, high, integer=isinstance(default, int))
    if BAD in values.values():
        return BAD
    return Limits(**values)


def company_domains(node: Node, address: Any) -> frozenset[str] | Any:
    """Unset: the domain of mailer's own address, where the people it serves usually are."""
    if node.value is None:
        return frozenset({address.rpartition("@")[2]}) if isinstance(address, str) else frozenset()
    before = len(node.reader.problems)
    values = domain_list(node)
    return BAD if len(node.reader.problems) > before else frozenset(values)


def refuse_own_people(root: Node, address: Any, recruiters: dict) -> None:
    """mailer's own address (or a sub-address) and listed recruiters are never managers or delegates."""
    if not isinstance(address, str):
        return
    local, _, domain = address.rpartition("@")

    def own(value: Any) -> bool:
        if not isinstance(value, str):
            return False
        v_local, _, v_domain = value.rpartition("@")
        return v_domain == domain and (v_local == local or v_local.startswith(local + "+"))

    for index, item in enumerate(root.child("managers").items()):
        if not isinstance(item.value, dict):
            continue
        for key_node in (item.child("email"), *item.child("aliases").items()):
            value = key_node.value.lower() if isinstance(key_node.value, str) else None
            if own(value):
                key_node.fail(f"{value} is mailer's own address: mailer never follows up with itself")
            elif value in recruiters:
                key_node.fail(f"{value} is a listed recruiter; a recruiter cannot also be a manager")
    for item in root.child("recruiters").items():
        if isinstance(item.value, dict):
            for key in ("email", "mentor"):
                value = item.child(key).value
                if own(value.lower() if isinstance(value, str) else None):
                    item.child(key).fail(f"{value} is mailer's own address")


_DOMAIN = re.compile(r"(?:[^\s@.,;<>\"]+\.)+[^\s@.,;<>\"]+")


def domain_list(node: Node) -> list[str] | Any:
    """A list of mail domains (`acme.example`, a leading @ allowed): an address or a word is refused where it stands."""
    domains = []
    for item in node.items():
        value = item.text(required=True)
        if value is BAD:
            continue
        domain = value.lower().lstrip("@")
        if not _DOMAIN.fullmatch(domain):
            what = "an address" if "@" in domain else "not a domain"
            item.fail(f"expected a mail domain like 'acme.example', got {value!r} ({what})")
            continue
        domains.append(domain)
    return domains


def index_managers(entries: list[tuple[Any, Node]]) -> dict[str, Any]:
    """address → manager, over each manager's email and aliases (in the order written).

    One manager repeating an address (an alias that is their own email, an alias twice) is harmless. An address of
    two managers is told at the alias that repeats it, since an email is who the manager is, naming the other's
    line; two emails alike are told at the later one."""
    owner: dict[str, tuple[Any, str, Node]] = {}
    for manager, item in entries:
        places = [("email", item.child("email"))] + [(f"aliases[{i}]", alias)
                                                     for i, alias in enumerate(item.child("aliases").items())]
        own = set()
        for (kind, node), address in zip(places, (manager.email, *manager.aliases)):
            if not isinstance(address, str) or address in own:
                continue
            own.add(address)
            if address in owner:
                first_manager, first_kind, first_node = owner[address]
                blamed, other, other_node = ((node, first_node.path, first_node) if kind != "email"
                                             or first_kind == "email" else (first_node, node.path, node))
                blamed.fail(f"address {address} belongs to two managers: also {other} (line {other_node.line})")
                continue
            owner[address] = (manager, kind, node)
    return {address: manager for address, (manager, _kind, _node) in owner.items()}


def listed_mentor(node: Node, mentor: Any, managers: dict[str, Any]) -> None:
    """A recruiter's `mentor:` must be a listed manager (or alias): the ladder's `to: mentor` step mails them in
    their own business time, and a typo would send every escalation to nobody."""
    if not isinstance(mentor, str) or mentor in managers:
        return
    hint = close_address(mentor, list(managers))
    node.fail(f"{mentor} is not a listed manager (a mentor must be listed under managers)"
              + (f"; did you mean '{hint}'?" if hint else ""))


def close_address(address: str, known: list[str]) -> str | None:
    """A known address that `address` is likely a typo of, or None. The parts are compared apart: two addresses at
    one domain share most of their letters, so boss@acme.example is not 'close' to nate@acme.example.

    >>> close_address("nadja@acme.example", ["nadia@acme.example", "nate@acme.example"])
    'nadia@acme.example'
    >>> close_address("boss@acme.example", ["nate@acme.example"]) is None
    True
    """
    local, _, domain = address.partition("@")
    scored = []
    for other in known:
        their_local, _, their_domain = other.partition("@")
        parts = (difflib.SequenceMatcher(None, local, their_local).ratio(),
                 difflib.SequenceMatcher(None, domain, their_domain).ratio())
        if min(parts) >= 0.75:
            scored.append((sum(parts), other))
    return max(scored)[1] if scored else None


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def env_name(node: Node) -> Any:
    """An environment variable's name, as `password_env: MAILER_IMAP_PASSWORD` (no $, no braces)."""
    value = node.text()
    if not isinstance(value, str) or _ENV_NAME.fullmatch(value):
        return value
    bare = value.strip("${}")
    hint = f"; write its name alone: '{bare}'" if _ENV_NAME.fullmatch(bare) else ""
    return node.fail(f"expected the name of an environment variable, got {value!r}{hint}")

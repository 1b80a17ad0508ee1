"""Who is who in config.yaml: each manager address (email or alias) owned by one manager, mentors who are listed
managers, domain lists that hold domains. Each problem is told at the line ops must change."""

from __future__ import annotations

import difflib
import re
from typing import Any

from mailer.config.yamlsource import BAD, Node

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
    hint = difflib.get_close_matches(mentor, list(managers), n=1)
    node.fail(f"{mentor} is not a listed manager (a mentor must be listed under managers)"
              + (f"; did you mean '{hint[0]}'?" if hint else ""))


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def env_name(node: Node) -> Any:
    """An environment variable's name, as `password_env: MAILER_IMAP_PASSWORD` (no $, no braces)."""
    value = node.text()
    if not isinstance(value, str) or _ENV_NAME.fullmatch(value):
        return value
    bare = value.strip("${}")
    hint = f"; write its name alone: '{bare}'" if _ENV_NAME.fullmatch(bare) else ""
    return node.fail(f"expected the name of an environment variable, got {value!r}{hint}")

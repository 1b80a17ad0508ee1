"""A config that loads but does not do what its writer meant: told by `mailer check` as warnings, each at
file:line: key (pure). Nothing here refuses the config: each case is legal, and silent in use.

- `digest: true` on a manager while `digests.manager` is not set: that manager never gets a digest.
- `ops:` naming mailer's own address: ops notices go to the inbox mailer reads, where no person does.
- two recruiters with the same name: mail and commands that name a recruiter cannot tell them apart.
- a manager whose own `timezone:` lies outside the country of the holidays calendar they inherit (no `holidays:` of
  their own): a New York manager under England's bank holidays gets mail on Thanksgiving, and their waits are
  counted with another country's days off.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from mailer.config.yamlsource import Node


def advice(root: Node, address: Any, digests: Any) -> tuple[str, ...]:
    """The warnings for the config read from `root` (its own values, read raw: the typed reading has told
    every problem already)."""
    said: list[str] = []

    def warn(node: Node, message: str) -> None:
        where = f"{root.reader.filename}:{node.line}" if node.line else root.reader.filename
        said.append(f"{where}: {node.path}: {message}")

    for item in _items(root.child("managers")):
        digest = item.child("digest")
        if digest.value is True and getattr(digests, "manager", None) is None:
            warn(digest, "true, but digests.manager is not set, so no manager gets a digest: add "
                         "`digests:` with `manager: every monday at 09:00` (or take `digest: true` out)")
    own = address.casefold() if isinstance(address, str) else None
    for item in _items(root.child("ops")):
        if own and isinstance(item.value, str) and item.value.strip().casefold() == own:
            warn(item, f"{item.value.strip()} is mailer's own address: ops notices and the ops digest would go to "
                       f"the inbox mailer reads, where no person does; name a person's address")
    foreign_holidays(root, warn)
    first: dict[str, Node] = {}
    for item in _items(root.child("recruiters")):
        name = item.child("name")
        if not isinstance(name.value, str) or not name.value.strip():
            continue
        key = " ".join(name.value.split()).casefold()
        if key in first:
            earlier = first[key]
            warn(name, f"{name.value.strip()!r} is also the name of {earlier.path.rsplit('.', 1)[0]} (line "
                       f"{earlier.line}): mail and commands that name a recruiter cannot tell the two apart; "
                       f"give each a name of their own")
        else:
            first[key] = name
    return tuple(said)


def foreign_holidays(root: Node, warn) -> None:
    """Warn of each manager whose own time zone is in another country than the defaults' holidays calendar they
    inherit (they have no `holidays:`), naming them and that calendar. A zone the tz database files under no
    country (UTC, Etc/GMT+5) says nothing about where someone lives: no warning."""
    holidays = root.child("defaults").child("holidays")
    country = holidays.child("country").value if isinstance(holidays.value, dict) else None
    if not isinstance(country, str) or not country.strip():
        return
    country = country.strip().upper()
    subdivision = holidays.child("subdivision").value
    applied = f"{country}" + (f", subdivision {subdivision}" if isinstance(subdivision, str) and subdivision else "")
    for item in _items(root.child("managers")):
        zone = item.child("timezone")
        if not isinstance(item.value, dict) or "holidays" in item.value or not isinstance(zone.value, str):
            continue
        lives = zone_countries().get(zone.value.strip())
        if lives is None or lives == country:
            continue
        who = item.child("name").value if isinstance(item.child("name").value, str) else item.child("email").value
        warn(zone, f"{zone.value.strip()} is in {lives}, but {who} has no `holidays:` of their own, so the "
                   f"defaults' calendar applies to them ({applied}): mail may reach them on their public holidays "
                   f"and their waits count {country}'s days off; add `holidays: {{country: {lives}}}` to their entry")


@cache
def zone_countries() -> dict[str, str]:
    """Time zone → ISO 3166 country, from the tz database's zone.tab (mailer/data/zone_countries.txt)."""
    text = resources.files("mailer").joinpath("data/zone_countries.txt").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


def _items(node: Node) -> list[Node]:
    """The entries of a list, or none when it is not one (its problem is told where it is read)."""
    if not isinstance(node.value, list):
        return []
    return [item for item in (node.child(i) for i in range(len(node.value))) if isinstance(item.value, (dict, str))]

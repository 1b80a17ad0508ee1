"""A config that loads but does not do what its writer meant: told by `mailer check` as warnings, each at
file:line: key (pure). Nothing here refuses the config: each case is legal, and silent in use.

- `digest: true` on a manager while `digests.manager` is not set: that manager never gets a digest.
- `ops:` naming mailer's own address: ops notices go to the inbox mailer reads, where no person does.
- two recruiters with the same name: mail and commands that name a recruiter cannot tell them apart.
"""

from __future__ import annotations

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


def _items(node: Node) -> list[Node]:
    """The entries of a list, or none when it is not one (its problem is told where it is read)."""
    if not isinstance(node.value, list):
        return []
    return [item for item in (node.child(i) for i in range(len(node.value))) if isinstance(item.value, (dict, str))]

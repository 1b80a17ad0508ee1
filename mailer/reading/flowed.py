"""format=flowed (RFC 3676) plain text read as its writer's lines: soft breaks joined, space-stuffing removed, quote
depth kept as "> " marks, so a paragraph wrapped by the client is one line again (for mailer/reading/replytext.py)."""

from __future__ import annotations

from email.message import Message

_SIGNATURE_SEPARATOR = "-- "  # ends in a space but is a hard line of its own


def is_flowed(part: Message) -> tuple[bool, bool]:
    """(format=flowed, DelSp=yes) of a text/plain part's Content-Type."""
    try:
        flowed = str(part.get_param("format", "") or "").lower() == "flowed"
        delsp = str(part.get_param("delsp", "") or "").lower() == "yes"
    except Exception:  # noqa: BLE001 - a malformed parameter reads as fixed text
        return False, False
    return flowed, delsp


def unflow(text: str, delsp: bool = False) -> str:
    """The lines a flowed text shows: "Yes, let's \\ninterview her." is one line; "> a \\n> b" one quoted line; a line
    opening with a stuffed space (" >5 years", " From Monday") loses that space. With DelSp=yes the space before a soft
    break was added by the writer and is dropped too ("Tues \\nday" is "Tuesday")."""
    out: list[str] = []
    paragraph: str | None = None
    depth_of = 0
    for raw in text.split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]
        if paragraph is not None and depth != depth_of:
            out.append(_quoted(paragraph, depth_of))
            paragraph = None
        soft = line.endswith(" ") and line != _SIGNATURE_SEPARATOR
        if soft and delsp:
            line = line[:-1]
        paragraph = line if paragraph is None else paragraph + line
        depth_of = depth
        if not soft:
            out.append(_quoted(paragraph, depth))
            paragraph = None
    if paragraph is not None:
        out.append(_quoted(paragraph, depth_of))
    return "\n".join(out)


def _quoted(line: str, depth: int) -> str:
    return (">" * depth + " " + line).rstrip() if depth else line

"""The mentor journal as text, Markdown or HTML, newest first: date, mentor, question, answer (pure)."""

from __future__ import annotations

from datetime import timezone, tzinfo
import html

from mailer.store.mentoring import JournalEntry

FORMATS = ("text", "markdown", "html")


def render_journal(entries: list[JournalEntry], recruiter_name: str, names: dict[str, str], fmt: str = "text",
                   zones: dict[str, tzinfo] | None = None) -> str:
    """`names`: address → display name for the mentors; `zones`: address → the mentor's time zone, whose day an
    answer is dated by (UTC for one not given). `entries` as Store.journal gives them (newest first)."""
    title = f"Mentor journal of {recruiter_name}"
    def who(e: JournalEntry) -> str:
        return names.get(e.mentor) or e.mentor
    def day(e: JournalEntry) -> str:
        return e.at.astimezone((zones or {}).get(e.mentor, timezone.utc)).strftime("%a %d %b %Y")
    if fmt == "markdown":
        blocks = [f"# {title}"] + [
            f"## {day(e)} · {who(e)}\n\n**{e.question}**\n\n" + "\n".join(f"> {line}".rstrip() for line in
                                                                         e.answer.splitlines())
            for e in entries]
        return "\n\n".join(blocks if entries else [*blocks, "_No answers yet._"]) + "\n"
    if fmt == "html":
        items = "\n".join(
            f"<article><h2>{html.escape(day(e))} · {html.escape(who(e))}</h2>\n<p><strong>{html.escape(e.question)}"
            f"</strong></p>\n<blockquote style=\"white-space: pre-wrap\">{html.escape(e.answer)}</blockquote></article>"
            for e in entries) or "<p>No answers yet.</p>"
        return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
                f"</head>\n<body>\n<h1>{html.escape(title)}</h1>\n{items}\n</body></html>\n")
    if not entries:
        return f"{title}: no answers yet.\n"
    blocks = [f"{day(e)}  {who(e)}\n  Q: {e.question}\n" + "\n".join(f"  {'A: ' if i == 0 else '   '}{line}".rstrip()
                                                                   for i, line in enumerate(e.answer.splitlines()))
              for e in entries]
    return f"{title}\n\n" + "\n\n".join(blocks) + "\n"

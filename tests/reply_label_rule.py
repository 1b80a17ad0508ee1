"""The label-correction rule for reply text (tests/data/replies/README.md, "Label corrections"): a quote with no
quote header that opens the body, right above the person's words, is the question those words answer and belongs
to the reply text (the convention's "an inline answer keeps its question", as Discourse's `quote_and_text` and
the tuning labels read it); a quote under its header ("On … wrote:", an Outlook block) stays history.

Pure functions shared by tests/unit/test_reply_label_rule.py and this file's command line, run by hand by an
annotator, never by the tests or the detectors; only the file and its label are read, never mailer's output:

  python tests/reply_label_rule.py tests/data/replies           # rows whose label left out their opening quote
  python tests/reply_label_rule.py tests/data/heldout/replies --count   # how many, no file named, no text shown
  python tests/reply_label_rule.py tests/data/heldout/replies --apply   # put the quote back at the label's head

Why a rule and not hand edits: the README's wording ("quoted history below or above the text") was read two ways
by two annotators; a rule applied to every row of both halves, whatever a detector says of it, keeps one reading.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sys
from pathlib import Path


def body_text(path: Path) -> str | None:
    """The plain text a person wrote, as the file holds it: a bare body (.txt) as is, a mail's text/plain part."""
    raw = path.read_bytes()
    if path.suffix != ".eml":
        return raw.decode("utf-8", "replace")
    part = email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",))
    if part is None:
        return None
    try:
        return part.get_content()
    except (LookupError, ValueError):
        return None


# A quote that carries its own header is history, whatever stands above it: its first line is an attribution
# ("On … wrote:", "Am … schrieb X:", "X a écrit :"), an Outlook separator or a From: field.
QUOTED_HEADER = re.compile(r"^(?:.*:\s*$|-{3,}\s*\S.*-{3,}\s*$|(?:From|Von|De|Da|Van|Od|От|差出人|发件人)\s*:)", re.I)


def opening_quote(text: str) -> tuple[str, str] | None:
    """The header-less quote that opens the body and the first line of the person's own words under it, or None
    when the body does not open with a quote, the quote carries its own header, or nothing of the person's
    follows it."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start == len(lines) or not lines[start].lstrip().startswith(">"):
        return None
    end = start
    def quoted(i: int) -> bool:
        return 0 <= i < len(lines) and lines[i].lstrip().startswith(">")

    # A line with no ">" right between two quoted lines is a quoted line that wrapped and lost its mark.
    while end < len(lines) and (quoted(end) or not lines[end].strip() or (quoted(end - 1) and quoted(end + 1))):
        end += 1
    if end == len(lines):
        return None
    first_quoted = next(line.strip() for line in lines[start:end] if line.lstrip("> \t"))
    # The quote's own header stands at its outer level; a nested "> >" line is what the quoted mail quoted.
    if not first_quoted.startswith((">>", "> >")) and QUOTED_HEADER.match(first_quoted.lstrip("> \t")):
        return None
    return "\n".join(lines[start:end]).rstrip(), lines[end].strip()


def normalise(text: str) -> str:
    return " ".join(text.split())


def corrected(text: str, label: str) -> str | None:
    """The label with its opening quote put back, when the label starts right under a quote it left out."""
    found = opening_quote(text)
    if found is None:
        return None
    quote, first = found
    if not normalise(label).startswith(normalise(first)) or normalise(label).startswith(normalise(quote)):
        return None
    return quote + "\n\n" + label


def corrections(folder: Path) -> dict[str, str]:
    cases = json.loads((folder / "expected.json").read_text())
    out = {}
    for name, case in cases.items():
        text = body_text(folder / name)
        new = corrected(text, case["reply_text"]) if text is not None else None
        if new is not None:
            out[name] = new
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    found = corrections(folder)
    if "--apply" in argv:
        path = folder / "expected.json"
        cases = json.loads(path.read_text())
        for name, label in found.items():
            cases[name]["reply_text"] = label
        path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n")
        print(f"{len(found)} labels corrected in {path}")
    elif "--count" in argv:
        print(f"{len(found)} rows whose label left out their opening quote")
    else:
        for name in found:
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The label-correction rule for bounce permanence, read from the mail's own content (tests/data/*/README.md,
"Label corrections"): does the report say the server is still trying, or that it gave up?

Pure functions shared by tests/unit/test_permanence_rule.py (which checks the rule against the tuning corrections)
and this file's command line, run by hand by an annotator, never by the tests or the detectors:

  python tests/permanence_rule.py tests/data/heldout            # rows whose label the report contradicts
  python tests/permanence_rule.py tests/data/heldout --apply    # add the `permanence: …` marks to INDEX.tsv
  python tests/permanence_rule.py tests/data/heldout --unlabelled  # unlabelled mail that carries a report

The rule (why: mailer's "permanent" means the mail finally did not arrive; a derived label guessed it from the
source's reason names and file names, which do not say whether the server is still trying):
  1. A DSN `Action: failed` for any recipient is a give-up: permanent, whatever its status code.
  2. A DSN whose every `Action:` is `delayed` is a warning: temporary.
  3. Without an `Action:` field, the report's own words decide: "still trying" phrasings ("THIS IS A WARNING
     MESSAGE ONLY", "will be retried", "delivery attempts will continue", …) say temporary, give-up phrasings
     ("will be deleted from queue", "giving up", …) say permanent.
  Both kinds of words in one report, or a DSN that contradicts its own words, decide nothing: the row is listed
  for reading by hand. Only the report's own parts are read, never the returned message.
"""

from __future__ import annotations

import csv
import email
import email.message
import email.policy
import re
import sys
from dataclasses import dataclass
from pathlib import Path

STILL_TRYING = re.compile(
    r"this is (?:only )?a warning(?: message)? only|you do not need to resend|will be retried|"
    r"will continue (?:to try|trying)|will keep trying|will retry for|delivery attempts will continue|only a temporary failure report|"
    r"warning: message \S+ delayed|is still being retried|still (?:be )?trying|has not yet been delivered", re.I)
GAVE_UP = re.compile(
    r"will be deleted from (?:the )?queue|giving up|gave up|"
    r"(?:too long|\d+ days?) in (?:the )?queue|retry (?:time(?:out)?|period) (?:was )?exceeded|"
    r"delivery (?:has )?failed permanently|permanent (?:error|failure)", re.I)
ACTION = re.compile(r"^action:[ \t]*([a-z]+)", re.I | re.M)
RETURNED = ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers")
REPORT_WORDS = re.compile(
    r"undeliver|delivery (?:status notification|failure|has failed)|returned mail|could not be delivered|"
    r"mail delivery (?:failed|system)|not (?:been )?delivered|rejected", re.I)


@dataclass(frozen=True)
class Said:
    """What a report says of its own delivery: 'permanent', 'temporary', or None (silent or contradictory)."""
    verdict: str | None
    why: str


def own_parts(msg):
    """The report's own parts, depth first, without descending into a returned message."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() not in RETURNED:
        for part in msg.get_payload():
            if isinstance(part, email.message.Message):
                yield from own_parts(part)


def part_text(part) -> str:
    if part.get_content_type() == "message/delivery-status":
        blocks = part.get_payload()
        return "\n".join(b.as_string() if isinstance(b, email.message.Message) else str(b)
                         for b in (blocks if isinstance(blocks, list) else [blocks]))
    broken = part.get_content_maintype() == "multipart" and not part.is_multipart()  # boundary lost: read as text
    if part.is_multipart() or (part.get_content_maintype() != "text" and not broken):
        return ""
    raw = part.get_payload(decode=True) or b""
    try:
        text = raw.decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:  # a charset Python does not know: the words looked for are ASCII
        text = raw.decode("utf-8", "replace")
    return re.sub(r"<[^>]+>", " ", text) if part.get_content_subtype() == "html" else text


def report_text(raw: bytes) -> tuple[list[str], str]:
    """(the DSN Action values, the report's own words) of one mail, line endings read as LF."""
    msg = email.message_from_bytes(raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n"), policy=email.policy.compat32)
    parts = list(own_parts(msg))
    dsn = "\n".join(part_text(p) for p in parts if p.get_content_type() == "message/delivery-status")
    words = "\n".join(part_text(p) for p in parts if p.get_content_type() != "message/delivery-status")
    if not dsn:  # broken MIME: a DSN pasted as text before the returned headers
        dsn = re.split(r"^(?:received|return-path):", words, maxsplit=1, flags=re.I | re.M)[0]
    return [a.lower() for a in ACTION.findall(dsn)], words


def what_the_report_says(raw: bytes) -> Said:
    actions, words = report_text(raw)
    trying = sorted({m.group(0) for m in STILL_TRYING.finditer(words)})
    gave_up = sorted({m.group(0) for m in GAVE_UP.finditer(words)})
    if "failed" in actions:
        return (Said(None, f"Action: failed but still-trying words {trying}") if trying and "delayed" not in actions
                else Said("permanent", "Action: failed" + (f"; {gave_up}" if gave_up else "")))
    if actions and set(actions) == {"delayed"}:
        return (Said(None, f"Action: delayed but give-up words {gave_up}") if gave_up
                else Said("temporary", "Action: delayed" + (f"; {trying}" if trying else "")))
    if trying and gave_up:
        return Said(None, f"both still-trying {trying} and give-up {gave_up} words")
    if trying:
        return Said("temporary", f"no DSN Action; {trying}")
    if gave_up:
        return Said("permanent", f"no DSN Action; {gave_up}")
    return Said(None, "the report does not say")


def labelled_permanent(row: dict) -> bool:
    """The label as bench/corpus_report.py reads it for rows outside flufl's table: a `permanence:` mark, else the
    derived rule (permanent unless the expectation or note says temporary, warning, delay or transient)."""
    if marked := re.search(r"permanence: (permanent|temporary)", row["note"]):
        return marked.group(1) == "permanent"
    said = (row["expected"] + " " + row["note"]).lower()
    return not re.search(r"temporar|warning|delay|transient", said)


def disagreements(root: Path, rows: list[dict]) -> tuple[list[tuple[dict, Said]], list[tuple[dict, Said]]]:
    """(bounce rows whose label the report contradicts, bounce rows the rule cannot decide for reading by hand)."""
    wrong, unclear = [], []
    for row in rows:
        if row["category"] != "bounce" or row["path"].startswith("flufl_bounce/"):  # flufl's own table decides
            continue
        said = what_the_report_says((root / row["path"]).read_bytes())
        if said.verdict is None:
            if said.why != "the report does not say":
                unclear.append((row, said))
        elif (said.verdict == "permanent") != labelled_permanent(row):
            wrong.append((row, said))
    return wrong, unclear


def carries_a_report(raw: bytes) -> str | None:
    """Why an unlabelled mail deserves reading as a possible bounce (a DSN part, an Action field, report words)."""
    actions, words = report_text(raw)
    if actions:
        return f"DSN Action: {', '.join(sorted(set(actions)))}"
    subject = email.message_from_bytes(raw, policy=email.policy.compat32).get("Subject", "")
    found = REPORT_WORDS.search(f"{subject}\n{words}")
    return f"report words: {found.group(0)!r}" if found else None


def read_index(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main(argv: list[str]) -> None:
    root = Path(argv[1])
    rows = read_index(root / "INDEX.tsv")
    if "--unlabelled" in argv:
        for row in rows:
            if row["category"] == "unlabelled" and (why := carries_a_report((root / row["path"]).read_bytes())):
                print(f"{row['path']}\t{why}")
        return
    wrong, unclear = disagreements(root, rows)
    for row, said in wrong:
        print(f"contradicted\t{row['path']}\tlabel {'permanent' if labelled_permanent(row) else 'temporary'}"
              f" -> {said.verdict}\t{said.why}")
    for row, said in unclear:
        print(f"read by hand\t{row['path']}\t{said.why}")
    print(f"{len(wrong)} labels the report contradicts, {len(unclear)} rows to read by hand", file=sys.stderr)
    if "--apply" in argv:
        (root / "INDEX.tsv").write_text(with_marks((root / "INDEX.tsv").read_text(encoding="utf-8"), wrong),
                                        encoding="utf-8")


def with_marks(index: str, wrong: list[tuple[dict, Said]]) -> str:
    """INDEX.tsv text with a `permanence:` mark appended to the note (last column) of each contradicted row; every
    other byte is kept as it was."""
    fixes = {row["path"]: said for row, said in wrong}
    lines = index.split("\n")
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if said := fixes.get(cells[0]):
            mark = f"permanence: {said.verdict} (label correction by rule: {said.why})"
            cells[-1] = f"{cells[-1]}; {mark}" if cells[-1] else mark
            lines[i] = "\t".join(cells)
    return "\n".join(lines)


if __name__ == "__main__":
    main(sys.argv)

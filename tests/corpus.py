"""Loading the third-party corpus in tests/data (shared by the corpus tests and bench/corpus_report.py)."""

from __future__ import annotations

import csv
import email
import email.policy
from pathlib import Path

try:
    from mailer.reading.parse import read_mime
except ImportError:  # an older mailer (bench --code DIR): it skipped blank lines only
    from mailer.reading.parse import without_leading_blank_lines

    def read_mime(raw: bytes, policy):
        return email.message_from_bytes(without_leading_blank_lines(raw), policy=policy)

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
OOO = DATA / "ooo"


def load(path: Path | str):
    """A message from the corpus; the default policy, or compat32 where the default one gives up. Read as
    mailer's own parse reads it (parse.read_mime: blank lines and an mbox line before the headers skipped, NUL
    dropped, a multipart split at the delimiters its body has), so the detectors are judged on the message the
    daemon reads (the stdlib alone would take the whole file for a body without headers)."""
    raw = (CORPUS / path if isinstance(path, str) else path).read_bytes()
    try:
        return read_mime(raw, email.policy.default)
    except Exception:
        return read_mime(raw, email.policy.compat32)


def tsv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def rows(category: str) -> list[dict]:
    """INDEX.tsv rows of one category (human_reply, auto_reply, bounce, other, malformed, unlabelled)."""
    return [r for r in tsv(CORPUS / "INDEX.tsv") if r["category"] == category]

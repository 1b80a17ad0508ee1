"""Loading the third-party corpus in tests/data (shared by the corpus tests and bench/corpus_report.py)."""

from __future__ import annotations

import csv
import email
import email.policy
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
OOO = DATA / "ooo"


def load(path: Path | str):
    """A message from the corpus; the default policy, or compat32 where the default one gives up."""
    raw = (CORPUS / path if isinstance(path, str) else path).read_bytes()
    try:
        return email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:
        return email.message_from_bytes(raw, policy=email.policy.compat32)


def tsv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def rows(category: str) -> list[dict]:
    """INDEX.tsv rows of one category (human_reply, auto_reply, bounce, other, malformed, unlabelled)."""
    return [r for r in tsv(CORPUS / "INDEX.tsv") if r["category"] == category]

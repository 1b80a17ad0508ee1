"""Do CRLF and CR-only line endings change mailer's verdict? Compares Sisimai's maildir/dos and maildir/mac twins
with the maildir/bsd file of the same content that sits in tests/data (tuning or held-out).

Usage: python bench/sisimai_twins.py MIRROR [--show]
  MIRROR  a git directory of sisimai/set-of-emails (e.g. the fetched snapshot of commit 18e585c)
  --show  list the twins that differ (file names of both halves: collectors only, not rule writers)
Prints how many twins agree. The verdict is the daemon's: parse(), the bounce/complaint/auto-reply detectors on the
parsed mail, and classify() as if the mail sat in a tracked thread of its sender (bench/corpus_report.py).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))
from corpus import DATA  # noqa: E402
from mailer.reading import autoreply, bounce  # noqa: E402
from mailer.reading.parse import Unreadable, parse  # noqa: E402


def lf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def digest(raw: bytes) -> str:
    return hashlib.sha256(lf(raw).strip()).hexdigest()


def verdict(raw: bytes, config) -> tuple:
    """(kind in a tracked thread, bounce permanent?, failed addresses, complaint?, auto-reply?)"""
    from corpus_report import machine_answer  # noqa: PLC0415 - bench/ is not a package
    try:
        msg = parse(raw)
    except Unreadable as exc:
        return ("refused", str(exc))
    found = bounce.detect_bounce(msg.parsed) if msg.parsed is not None else None
    complaint = bounce.detect_complaint(msg.parsed) if msg.parsed is not None else None
    rule = autoreply.detect_auto_reply(msg.parsed) if msg.parsed is not None else None
    return (machine_answer(raw, config), found and found.permanent, found and tuple(sorted(found.addresses)),
            complaint is not None, rule is not None)


def main() -> None:
    mirror, show = sys.argv[1], "--show" in sys.argv
    sys.path.insert(0, str(ROOT / "bench"))
    from helpers import make_config  # noqa: E402 - the tests' own config

    ours = {}
    for half in ("corpus", "heldout"):
        for p in (DATA / half).glob("sisimai_set_of_emails*/maildir/bsd/*.eml"):
            ours[digest(p.read_bytes())] = p
    git = lambda *a: subprocess.run(["git", "-C", mirror, *a], capture_output=True, check=True).stdout  # noqa: E731
    agree, differ, unmatched = 0, [], 0
    with tempfile.TemporaryDirectory() as tmp:
        config = make_config(Path(tmp))
        for twin in ("dos", "mac"):
            for name in git("ls-tree", "--name-only", "HEAD", f"maildir/{twin}/").decode().split():
                raw = git("show", "HEAD:" + name)
                bsd = ours.get(digest(raw))
                if bsd is None:
                    unmatched += 1
                    continue
                a, b = verdict(bsd.read_bytes(), config), verdict(raw, config)
                if a == b:
                    agree += 1
                else:
                    differ.append((name, str(bsd.relative_to(DATA)), a, b))
    print(f"twins whose bsd file is in tests/data: {agree + len(differ)}; same verdict: {agree}; "
          f"different: {len(differ)}; twins of files not in tests/data: {unmatched}")
    for name, bsd, a, b in differ if show else ():
        print(f"  {name} vs {bsd}: bsd {a} / twin {b}")


if __name__ == "__main__":
    main()

"""What the tests/data/*/make.py rebuild scripts share: the held-out split, labels.tsv, reading a mirror, cutting
a message out of an archive, and redaction. Imported by those scripts only (they are run by hand, never by tests)."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

COLUMNS = ("file", "is_ooo", "language", "return_date", "source", "headers", "url", "note")


def held_out(name: str) -> bool:
    """The tests/data/heldout rule: the first byte of SHA-256 of the file name is even, so the split is decided by
    the name alone, before any measurement."""
    return hashlib.sha256(name.encode()).digest()[0] % 2 == 0


class Split:
    """Writes each mail into the tuning folder or the held-out one (by `held_out`) and keeps its labels row there."""

    def __init__(self, tuning: Path, heldout: Path) -> None:
        heldout.mkdir(parents=True, exist_ok=True)
        self.tuning, self.heldout = tuning, heldout
        self.rows: dict[Path, list[tuple[str, ...]]] = {tuning: [], heldout: []}
        self.names: set[str] = set()

    def add(self, name: str, mail: bytes | None, *label: str) -> None:
        """`mail` None keeps a committed file as it is and only writes its label."""
        # a second mail under the same name would silently overwrite the first
        assert name not in self.names, f"file names must be unique: {name}"
        self.names.add(name)
        folder = self.heldout if held_out(name) else self.tuning
        if mail is not None:
            (folder / name).write_bytes(mail)
        self.rows[folder].append((name, *label))

    def write_labels(self, file_name: str = "labels.tsv") -> None:
        for folder, rows in self.rows.items():
            lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in sorted(rows)]
            (folder / file_name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def mirror_argument() -> Path:
    """The folder after `--mirror` on the command line: one `owner+name/repo` per repository, as the search tools'
    `fetch` lays them out."""
    return Path(sys.argv[sys.argv.index("--mirror") + 1])


def git_show(mirror: Path, repo: str, commit: str, path: str) -> bytes:
    """The bytes of `path` at `commit` in the mirror of `repo` ("owner/name")."""
    git = mirror / repo.replace("/", "+") / "repo"
    if (git / ".git").is_dir():  # a mirror with a work tree
        git = git / ".git"
    return subprocess.run(["git", "-C", str(git), "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def blob_url(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


def mbox_message(mbox: bytes, from_line: bytes) -> bytes:
    """The message that starts after this From_ line, up to the next From_ line; the From_ line itself is mbox
    framing, not part of the mail, and is dropped."""
    start = mbox.index(from_line) + len(from_line)
    end = mbox.find(b"\nFrom ", start)
    return mbox[start:end + 1 if end >= 0 else len(mbox)]


def pipermail_message(month: bytes, message_id: str, separator: re.Pattern[bytes], *, repeated: bool = False) -> bytes:
    """The message of a pipermail text archive whose header has this Message-ID, without its separator line.

    With `repeated`, the archive may hold the message more than once with the same header (the Twisted archive files
    hold each month twice, first with non-ASCII letters as "?", then intact): the last copy is taken. Otherwise the
    Message-ID must occur exactly once."""
    starts = [m.end() for m in separator.finditer(month)]
    ends = [m.start() for m in separator.finditer(month)][1:] + [len(month)]
    found = [month[a:b] for a, b in zip(starts, ends)
             if f"\nMessage-ID: {message_id}".encode() in b"\n" + month[a:b].split(b"\n\n", 1)[0]]
    if repeated:
        assert found and all(f.split(b"\n\n", 1)[0] == found[0].split(b"\n\n", 1)[0] for f in found), message_id
        return found[-1]
    assert len(found) == 1, (message_id, len(found))
    return found[0]


def redact_addresses(mail: bytes, from_header: re.Pattern[bytes], header_lines: re.Pattern[bytes],
                     address: re.Pattern[bytes], *, header_line_count: int = 0) -> bytes:
    """The local part of every address becomes `name.removed`: the From header's, written "x at y" by pipermail,
    also gets "@" (group 1 of `from_header` is its domain) so it parses; in the header lines `header_lines` matches
    (at most `header_line_count` of them, 0 for all) and in the body, `address` finds them (groups `at`, `domain`)."""
    def removed(m: re.Match[bytes]) -> bytes:
        return b"name.removed" + m.group("at") + m.group("domain")

    head, sep, body = mail.partition(b"\n\n")
    head = from_header.sub(lambda m: b"From: name.removed@" + m.group(1), head, count=1)
    head = header_lines.sub(lambda m: address.sub(removed, m.group(0)), head, count=header_line_count)
    return head + sep + address.sub(removed, body)


def replace_listed(name: str, mail: bytes, replacements: list[tuple[bytes, bytes]]) -> bytes:
    """Each (old, new) pair replaced in the mail; every old must be there, so a changed source is noticed."""
    for old, new in replacements:
        assert old in mail, (name, old)
        mail = mail.replace(old, new)
    return mail

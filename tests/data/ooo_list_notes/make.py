"""Rebuild the .eml files and both labels.tsv files here from rows.py (run once by hand; nothing reads this at test
time, and the files are never read at run time).

Three kinds of archive (rows.py ARCHIVES, README.md "Sources"):
- public-inbox git archives (linux-mailinglist-archives/<list>): one commit per message, the whole mail in the file
  `m`, with the headers its sender's client and every relay wrote. The headers the list server itself added
  (LIST_HEADERS: List-*, Precedence, X-Mailing-List, Mailman's, the list's Sender and Errors-To) are removed, as a
  pipermail archive removes them: a person's mail delivered by a list is list traffic by design (README "Machine mail
  is never an answer"), and these files judge the words, not the list. Everything else is kept byte for byte.
- pipermail text archives: the message is cut out by its Message-ID, the separator line dropped (as
  ../ooo_lists/make.py does), the From header's "x at y" written "x@y" so that it parses.
- the Grase Hotspot archive (a Jekyll site built from a Google Groups takeout): each page holds the header fields the
  archive kept (From, Message ID, Reply To, Raw Date, the title) and the raw body, from which the mail is written
  again (From, Date, Subject, Message-ID, In-Reply-To, a text/plain body).

Redactions, as in ../ooo_lists/: the local part of every address (in every header but Message-ID, In-Reply-To and
References, and in the body) becomes `name.removed`. The Grase archive had already masked addresses ("ti***8@…").

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_list_notes/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import Split, blob_url, git_show, mirror_argument, pipermail_message  # noqa: E402

from rows import ARCHIVES, ROWS  # noqa: E402

HELDOUT = HERE.parent / "heldout" / "ooo_list_notes"

# Header fields a list server adds to a member's mail (RFC 2369, RFC 2919, Mailman, vger's and lore's).
LIST_HEADERS = re.compile(rb"^(?:List-[\w-]+|Precedence|X-Mailing-List|Mailing-List|X-BeenThere|X-Mailman-[\w-]+|"
                          rb"Errors-To|Archived-At|X-Message-ID-Hash|Message-ID-Hash|X-MailFrom|X-Loop):", re.I)
# The list's own Sender ("dm-devel-bounces@…", "…-owner@…", "…-request@…"); a person's Sender is kept.
LIST_SENDER = re.compile(rb"^Sender:.*(?:bounces|-owner|-request)[^@\s]*@", re.I)
KEPT_IDS = re.compile(rb"^(?:Message-ID|In-Reply-To|References):", re.I)
ADDRESS = re.compile(rb"(?<![\w.+=-])[\w.+=-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# pipermail: the separator line, the From header "x at y" ("x en y" in r-help-es), and "x at y" in bodies
SEPARATOR = re.compile(rb"^From \S+(?: (?:at|en) \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
PIPERMAIL_FROM = re.compile(rb"^From: [^ \n]+ (?:at|en) ([^ \n]+)", re.M)
SPELLED_ADDRESS = re.compile(rb"\b[\w.+-]+ (?:at|en) (?P<domain>[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|[a-z]{2}))\b")


def header_blocks(head: bytes) -> list[bytes]:
    """The header's fields, each with its continuation lines."""
    return re.split(rb"\n(?=[^ \t])", head)


def without_list_headers(mail: bytes) -> bytes:
    head, sep, body = mail.partition(b"\n\n")
    kept = [f for f in header_blocks(head) if not LIST_HEADERS.match(f) and not LIST_SENDER.match(f)]
    return b"\n".join(kept) + sep + body


def redacted(mail: bytes) -> bytes:
    def removed(m: re.Match[bytes]) -> bytes:
        return b"name.removed@" + m.group("domain")

    head, sep, body = mail.partition(b"\n\n")
    fields = [f if KEPT_IDS.match(f) else ADDRESS.sub(removed, f) for f in header_blocks(head)]
    body = ADDRESS.sub(removed, body)
    return b"\n".join(fields) + sep + SPELLED_ADDRESS.sub(lambda m: b"name.removed at " + m.group("domain"), body)


def from_inbox(mirror: Path, repo: str, commit: str) -> bytes:
    return redacted(without_list_headers(git_show(mirror, repo, commit, "m")))


def from_pipermail(mirror: Path, repo: str, commit: str, path: str, message_id: str) -> bytes:
    month = git_show(mirror, repo, commit, path)
    if path.endswith(".gz"):
        month = gzip.decompress(month)
    mail = pipermail_message(month, message_id, SEPARATOR)
    mail = PIPERMAIL_FROM.sub(lambda m: b"From: name.removed@" + m.group(1), mail, count=1)
    return redacted(mail)


def page_field(page: str, name: str) -> str:
    found = re.search(rf"^{name}: (.*?)(?:<br>)?$", page, re.M)
    value = found.group(1) if found else ""
    return "" if value == "_N/A_" else value.replace("\\<", "<").replace("\\>", ">")


def from_jekyll(mirror: Path, repo: str, commit: str, path: str) -> bytes:
    """The mail the archive's page describes: its header fields and its raw body, as a text/plain mail."""
    page = git_show(mirror, repo, commit, path).decode("utf-8")
    subject = re.search(r"^# \d{4}-\d\d-\d\d - (.*)$", page, re.M).group(1)
    body = page.split("{% raw  %}", 1)[1].split("{% endraw %}", 1)[0].strip("\n") + "\n"
    sender = re.sub(r"[\w.*+-]+@", "name.removed@", page_field(page, "From"))
    head = [f"From: {sender}", f"Date: {page_field(page, 'Raw Date')}", f"Subject: {subject}", f"Message-ID: {page_field(page, 'Message ID')}"]
    if page_field(page, "Reply To"):
        head.append(f"In-Reply-To: {page_field(page, 'Reply To')}")
    head += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\n".join(head) + "\n\n" + body).encode("utf-8")


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    for name, repo, where, message_id, is_ooo, lang, back, note in ROWS:
        source, commit, kind = ARCHIVES[repo]
        if kind == "inbox":
            mail, headers, url = from_inbox(mirror, repo, where), "real-unlisted", blob_url(repo, where, "m")
        elif kind == "pipermail":
            mail = from_pipermail(mirror, repo, commit, where, message_id)
            headers, url = "partial", blob_url(repo, commit, where)
        else:
            mail, headers, url = from_jekyll(mirror, repo, commit, where), "partial", blob_url(repo, commit, where)
        split.add(name, mail, is_ooo, lang, back, source, headers, url, note)
    split.write_labels()


if __name__ == "__main__":
    main()

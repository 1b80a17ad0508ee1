"""Rebuild the .eml files here and both labels.tsv files from relayed_rows.py (run once by hand; nothing reads this at test
time, and the files are never read at run time).

Two kinds of source (README.md "Sources"):
- the R lists' pipermail text archives (MichaelChirico/r-mailing-list-archive): the message is cut out by its
  Message-ID, the separator line dropped, the From header's "x at y" written "x@y" so that it parses; the rest byte for
  byte but for the redactions below. Pipermail keeps From, Date, Subject, In-Reply-To, References and Message-ID only:
  the notices here are kept the way the archive keeps them, with no auto-reply header.
- GitHub comments posted by mail, rebuilt as ../ooo_github/make.py rebuilds them (its `mail`), and an issue's own
  description as the mail a new issue sends (no "Re:").

Redactions, as in ../ooo_list_notes/: the local part of every address (in every header but Message-ID, In-Reply-To and
References, and in the body, pipermail's "x at y" too) becomes `name.removed`; personal mobile numbers are masked
(relayed_rows.MASKS).

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_relayed/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# run as a script: relayed_rows.py sits here, the shared rebuild module one folder up, and the two make.py reused beside it
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "ooo_list_notes"), str(HERE.parent / "ooo_github")]
from rebuild import Split, blob_url, git_show, mirror_argument, pipermail_message, replace_listed  # noqa: E402
from relayed_rows import ARCHIVE, ARCHIVE_COMMIT, GITHUB, MASKS, PIPERMAIL  # noqa: E402

import importlib.util  # noqa: E402


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the two earlier rebuild scripts own the pipermail cut-and-redact and the GitHub mail shape; reused, not copied
list_notes = _module(HERE.parent / "ooo_list_notes" / "make.py", "list_notes_make")
github = _module(HERE.parent / "ooo_github" / "make.py", "github_make")

HELDOUT = HERE.parent / "heldout" / "ooo_relayed"


def from_pipermail(mirror: Path, path: str, message_id: str) -> bytes:
    month = git_show(mirror, ARCHIVE, ARCHIVE_COMMIT, path)
    # the archive holds a few messages twice, header and all (a list resend): the copies are the same mail
    mail = pipermail_message(month, message_id, list_notes.SEPARATOR, repeated=True)
    mail = list_notes.PIPERMAIL_FROM.sub(lambda m: b"From: name.removed@" + m.group(1), mail, count=1)
    return list_notes.redacted(mail)


def from_github(slug: str, url: str, author: str, day: str, title: str, body: str, reply: bool) -> bytes:
    mail = github.mail(slug, url, author, day, title, body)
    return mail if reply else mail.replace(b"Subject: Re: [", b"Subject: [", 1)


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    for name, path, message_id, is_ooo, lang, back, note in PIPERMAIL:
        mail = replace_listed(name, from_pipermail(mirror, path, message_id), MASKS.get(name, []))
        split.add(name, mail, is_ooo, lang, back, "r_mailing_lists_archive",
                  "partial", blob_url(ARCHIVE, ARCHIVE_COMMIT, path), note)
    for name, url, author, day, title, is_ooo, lang, back, note, body, reply in GITHUB:
        split.add(name, from_github(name.removesuffix(".eml"), url, author, day, title, body, reply), is_ooo, lang,
                  back, "github_comments", "rebuilt", url, note)
    split.write_labels()


if __name__ == "__main__":
    main()

"""Rebuild the .eml files here and both labels.tsv files from langs_rows.py (run once by hand; nothing reads this at
test time, and the files are never read at run time).

Every source is a pipermail text archive: the message is cut out by its Message-ID and redacted by
../ooo_list_notes/make.py's `from_pipermail` (the archive's separator line dropped, "x at y" written "x@y" in From, the
local part of every address but in Message-ID, In-Reply-To and References becoming `name.removed`). Pipermail keeps
From, Date, Subject, In-Reply-To, References and Message-ID only.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_langs/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# run as a script: langs_rows.py sits here, the shared rebuild module one folder up, the reused make.py beside it
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "ooo_list_notes")]
from langs_rows import PIPERMAIL  # noqa: E402
from rebuild import Split, blob_url, mirror_argument  # noqa: E402

HELDOUT = HERE.parent / "heldout" / "ooo_langs"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the earlier rebuild script owns the pipermail cut-and-redact; reused, not copied
list_notes = _module(HERE.parent / "ooo_list_notes" / "make.py", "list_notes_make")


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    for name, (repo, commit), path, message_id, is_ooo, lang, back, source, note in PIPERMAIL:
        mail = list_notes.from_pipermail(mirror, repo, commit, path, message_id)
        split.add(name, mail, is_ooo, lang, back, source, "partial", blob_url(repo, commit, path), note)
    split.write_labels()


if __name__ == "__main__":
    main()

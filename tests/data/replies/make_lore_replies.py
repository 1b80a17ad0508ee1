"""Rebuild the eleventh sample of list replies (`lore_csky_replies/`) here and in ../heldout/replies from a local
mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to the linux-csky list (lore.kernel.org's public-inbox git archive
linux-mailinglist-archives/linux-csky.vger.kernel.org.0, one commit per message, the mail in the file `m`; most are
cross-posted to other kernel lists) whose own attribution line is written by a client in another language than
English: Thunderbird's Russian "X пишет:", French "Le … à …, X a écrit :", Chinese "在 … X 写道:", Italian "X ha
scritto:" and Gmail's Portuguese "Em …, X escreveu:". The list server's own header fields are removed and every
address's local part becomes `name.removed`, by `../ooo_list_notes/make.py`'s `from_inbox`.

Candidates were drawn by rules written before any file was read: a reply (In-Reply-To) in text/plain, an unquoted
line ending in one of those attribution verbs, 3 to 30 unquoted non-empty lines and at most 120 lines, no patch
(`diff --git`), no absence word, no Message-ID and no whitespace-normalised copy of the first 200 body bytes anywhere
in tests/data; shuffled with `random.Random(22)`, one per thread subject and at most four per sender.

Which half a file goes to is decided by its name alone: held out when the first byte of SHA-256 of
`lore_csky_replies/<file name>` is even (the rule of ../heldout/README.md). The labels live in each half's
expected.json, written by hand from the files.

Usage: python tests/data/replies/make_lore_replies.py --mirror /work/.mirror
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the shared rebuild module sits one folder up
sys.path.insert(0, str(HERE.parent / "ooo_list_notes"))  # its make.py (and the rows.py it imports) sit there
sys.path.insert(0, str(HERE))
from make import from_inbox  # noqa: E402
from make_list_archives import HELDOUT, held_out  # noqa: E402
from rebuild import mirror_argument  # noqa: E402

SOURCE = "lore_csky_replies"
REPO = "linux-mailinglist-archives/linux-csky.vger.kernel.org.0"

# (file, commit holding the message)
ROWS = [
    ("linux-csky-04cc515e9e24.eml", "04cc515e9e24ae3187be3c022f3a7013dc8619e0"),
    ("linux-csky-0587e79036ca.eml", "0587e79036cad141f89122190223ac3754a3f21b"),
    ("linux-csky-07e4c610e0ab.eml", "07e4c610e0ab66d1ad70375f715211a71e30b6be"),
    ("linux-csky-2ec0817141e7.eml", "2ec0817141e7adc5487ec80c60355681f1f297fc"),
    ("linux-csky-43c67a1e7f6c.eml", "43c67a1e7f6c3ac600fc771d6f6ed9244d32fdc5"),
    ("linux-csky-4ae6ef992c2f.eml", "4ae6ef992c2f741ccb25e4452873ca465554811f"),
    ("linux-csky-579b2b3b5cba.eml", "579b2b3b5cba57520817bee23786764bca1ebee3"),
    ("linux-csky-6c6f03b82858.eml", "6c6f03b82858f6eff3c4e0ba1e4afa51d375f18b"),
    ("linux-csky-885d4644f3fb.eml", "885d4644f3fb83b95a3b97395ca7db68f6a1a34b"),
    ("linux-csky-8c48283f8228.eml", "8c48283f822829d9a60d379a3b2a2da0f2d63c94"),
    ("linux-csky-924a7d6a4263.eml", "924a7d6a4263095fb33f316d28dc3a6122b0b606"),
    ("linux-csky-a7c8e1a11c3f.eml", "a7c8e1a11c3f04f6375111e0f50cd2923398efe1"),
    ("linux-csky-b0329140dd5b.eml", "b0329140dd5b71663e774b2dbba8e8462c13fb43"),
    ("linux-csky-b4d43036393c.eml", "b4d43036393c88a6c4bf79e704222acda6ddaaf9"),
    ("linux-csky-b5683c7e5720.eml", "b5683c7e5720dae95465653174260020672f09c7"),
    ("linux-csky-c9642d6733af.eml", "c9642d6733afc707420682bfb2c9ed559b280d47"),
    ("linux-csky-cca98ac63dd4.eml", "cca98ac63dd465ededc2e155b6eb0d5fcf196a1f"),
    ("linux-csky-d4ee23b652ff.eml", "d4ee23b652ff3198908182158d6bc75509094895"),
    ("linux-csky-eed92dfa7c5a.eml", "eed92dfa7c5a1c61861f36cfd562b295b6044640"),
]


def main() -> None:
    mirror = mirror_argument()
    for name, commit in ROWS:
        folder = (HELDOUT if held_out(SOURCE, name) else HERE) / SOURCE
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(from_inbox(mirror, REPO, commit))


if __name__ == "__main__":
    main()

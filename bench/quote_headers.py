"""How many of the quote-header shapes of real mail clients (tests/unit/quote_header_shapes.py: Gmail, Outlook, Apple
Mail, Thunderbird, Yahoo, GMX, Mail.ru, QQ, Naver, Lotus Notes … in their UI languages; plain, wrapped, without the
address) are cut from a small reply, per language, and how many of a person's header-like sentences stay.

  python bench/quote_headers.py               # this checkout's code
  python bench/quote_headers.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/quote_headers.py --misses      # also list the shapes read wrong

Shapes read wrong fail tests/unit/test_quote_header_sweep.py too; this prints the table the README's figure comes from.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from mailer.reading.replytext import trim_reply  # noqa: E402
from quote_header_shapes import cases, negatives  # noqa: E402


def main() -> None:
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_client: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for lang, client, body, want in cases():
        ok = trim_reply(body) == want
        for table, key in ((per_lang, lang), (per_client, client.split(" ")[0])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            misses.append(f"{lang} {client}")
    kept = 0
    for lang, body in negatives():
        ok = trim_reply(body) == body.split("\n\nOn Mon, Dec 7, 2026", 1)[0]
        kept += ok
        if not ok:
            misses.append(f"{lang} hard negative: {body.splitlines()[0][:50]}")
    print(f"code: {CODE}")
    print("per language:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_lang.items())))
    print("per client:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_client.items())))
    hits, total = sum(v[0] for v in per_lang.values()), sum(v[1] for v in per_lang.values())
    full = sum(v[0] == v[1] for v in per_lang.values())
    print(f"quote headers cut: {hits}/{total} in {len(per_lang)} languages ({full} with every shape right)")
    print(f"people's header-like sentences kept: {kept}/{len(negatives())}")
    if "--misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()

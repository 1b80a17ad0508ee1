"""How many of the plain-text reply structures of tests/unit/quote_structure_shapes.py (forward markers of Gmail, Apple
Mail, Thunderbird, Outlook, Yahoo, Lotus Notes, mutt … in ~30 languages; ">" quotes re-wrapped, nested, "|" and ":"
prefixed, indented, bottom-posted, inline; a person's lists, arrows, log lines, tables, links, one-word and non-Latin
answers and a P.S.; CRLF, lone CR, no-break and zero-width spaces, direction marks, format=flowed) come out as the
person wrote them, per family and language.

  python bench/quote_structure.py               # this checkout's code
  python bench/quote_structure.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/quote_structure.py --misses      # also list the shapes read wrong

Shapes read wrong fail tests/unit/test_quote_structure_sweep.py too (or sit on its KNOWN_MISSES, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at 24954d9): 472/596 in 41 languages. Forward
markers 384/487: Gmail's, Thunderbird's, Outlook's rules and rule-and-block forwards right in every language, but
Apple Mail's "Begin forwarded message:" known in 10 of 31 languages (the line is left in above its header block, and
with no block under it the forwarded mail is read as the note), Zoho's "==== Forwarded message ====", Lotus Notes'
"----- Forwarded by … on … -----" and mutt's/Horde's "----- Forwarded message from … -----" not known; quotes 19/24
("|" and ":" prefixed trailing quotes kept, an inline answer's first question dropped under a header at the top, a
signed name under the quote keeps the quote); the person's text 52/64 (log and schedule lines that open with an ISO
date and hold "UTC" read as a Gmail quote header and cut the text, a P.S. under the signature cut); line shapes 17/21
(a zero-width-space line and a byte order mark left in the text, format=flowed soft breaks with DelSp and a
space-stuffed ">" not decoded).
After the rules it led to (Apple Mail's forward line in 21 more languages, Zoho's "=" rule and Lotus Notes', mutt's and
Horde's named forward lines; Gmail's old ISO-date header needs its ":", a capitalised name or an <address>; a P.S.
under a "-- " signature or a mobile footer is kept; a byte order mark and blank lines of invisible spaces are no text;
a signed name alone under the quote keeps the name and drops the quote; a trailing "|" or ":" quote goes; format=flowed
parts are unflowed before reading), on the sweep as it grew with them (the DelSp case's soft break given its space,
which it lacked; two inline-answer cases expect the first quoted part to go with a header at the top, as the labelled
sets have it; a signed name and a closing under the quote, 2 cases): 596/596 in 41 languages (forward 487/487, quote
24/24, text 64/64, line 21/21). The same sweep on main at 24954d9: 474/596 (forward 384/487, quote 21/24, text 52/64,
line 17/21).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from mailer.reading.parse import parse  # noqa: E402
from mailer.reading.replytext import reply_text, trim_reply  # noqa: E402
from quote_structure_shapes import cases, normalise  # noqa: E402


def read(message: str | bytes) -> str:
    return trim_reply(message) if isinstance(message, str) else reply_text(parse(message).parsed)


def main() -> None:
    per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for family, lang, variant, message, want in cases():
        got = read(message)
        ok = normalise(got) == normalise(want)
        for table, key in ((per_family, family), (per_lang, f"{family} {lang}")):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            misses.append(f"{family} {lang} / {variant}\n    want {normalise(want)[-70:]!r}\n"
                          f"    got  {normalise(got)[-70:]!r}")
    print(f"code: {CODE}")
    print("per family:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_family.items())))
    print("per family and language:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_lang.items())))
    hits, total = sum(v[0] for v in per_family.values()), sum(v[1] for v in per_family.values())
    langs = {k.split(" ", 1)[1] for k in per_lang}
    print(f"reply structures right: {hits}/{total} in {len(langs)} languages")
    if "--misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()

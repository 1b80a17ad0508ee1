"""How many of the sign-off and signature shapes of tests/unit/signoff_shapes.py (closings and signed names in ~20
languages, signature blocks, separators, Japanese business-mail boxes, mobile and app footers, disclaimers, virus-scan
and list footers, external-sender banners) come out as the person wrote them, per language and shape family, and how
many of a person's look-alike words (family "keep …") stay whole.

  python bench/signoffs.py               # this checkout's code
  python bench/signoffs.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/signoffs.py --misses      # also list the shapes read wrong

Shapes read wrong fail tests/unit/test_signoff_sweep.py too (or sit on its KNOWN_MISSES, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at 3a6ebd7): 1702/2372 shapes right in 22
languages (no language with every shape right; banners 0/18, Japanese business boxes 0/18, virus-scan footers 2/12,
list footers 3/12, separators 513/924, signature blocks 180/374), people's look-alike words kept whole 66/66.
After the rules it led to (closings in more languages, CJK signed names, box-drawing and full-width rules, legal-form
and street abbreviations in signature lines, a bare name over a title and contact block, virus-scan, list and
environment footers, external-sender banners, disclaimers in Portuguese, Japanese, Chinese and Korean), on the sweep
as it grew with them (disclaimers in 4 more languages and under drawn rules; 23 more hard negatives, each also above
a quote, so 46 cases: venues, referees, banner, footer and disclaimer look-alikes, CJK lines under the name, a rule
between two topics): 2395/2404 in 22 languages, people's look-alike words kept whole 112/112 (the same sweep on
main at 3a6ebd7: 1714/2404, 112/112). The 9 left are test_signoff_sweep.py's KNOWN_MISSES: a title and company with no contact under a Chinese, Japanese or
Korean sign-off.
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
from signoff_shapes import cases  # noqa: E402


def family_of(family: str) -> str:
    """The family without its variant ("separator boxed" → "separator", "keep names list quoted" → "keep")."""
    return family.split(" ")[0]


def main() -> None:
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for lang, family, body, want in cases():
        got = trim_reply(body)
        ok = got == want
        for table, key in ((per_lang, lang), (per_family, family_of(family))):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            misses.append(f"{lang} {family}: {body[:70]!r}\n    want {want[-40:]!r}\n    got  {got[-40:]!r}")
    print(f"code: {CODE}")
    print("per language:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_lang.items())))
    print("per family:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_family.items())))
    kept = per_family.pop("keep", [0, 0])
    hits, total = sum(v[0] for v in per_family.values()), sum(v[1] for v in per_family.values())
    full = sum(v[0] == v[1] for v in per_lang.values())
    print(f"sign-off and signature shapes right: {hits}/{total} in {len(per_lang)} languages "
          f"({full} languages with every shape right)")
    print(f"people's look-alike words kept whole: {kept[0]}/{kept[1]}")
    if "--misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()

"""How many of the decision shapes of tests/unit/decision_shapes.py (a hiring manager's answer to "Candidate: Jane
Doe – Backend Engineer" in English, German, French and Spanish: one word, a word and a comment or a time, polite and
casual sentences, snoozes, not mine, and negations, conditions, questions and two decisions that must stay none) are
read as a recruiter would read them, per language and shape family. A wrong decision is counted apart from a missed
one: reading "can't interview this week" as interview is worse than reading "let's chat with her" as nothing.

  python bench/decisions.py               # this checkout's code
  python bench/decisions.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/decisions.py --misses      # also list the shapes read wrong

Shapes read wrong fail tests/unit/test_decision_sweep.py too (or sit on its KNOWN_MISSES, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at 9fccf3b): 290/396 shapes right (en
158/186, de 48/78, fr 38/63, es 46/69); 19 wrong decisions (an acknowledgement "Yes, I got it, will review tonight",
"Oui, bien reçu" read as interview; "Nein, ich hatte noch keine Zeit", "Non, je n'ai pas encore regardé" read as
pass; "Sí. Bueno, no, mejor paso." read as interview) and 87 missed (casual words, snoozes outside English,
decisions with a time outside English, "not mine" in a sentence).
After the rules it led to (an acknowledging or contradicted yes/no is none; casual words; a thumb after a greeting;
snoozes in German, French and Spanish, soft when no time follows; decision sentences and timed decisions in more
words; not mine as a sentence): 393/396 (en 186/186, de 76/78, fr 62/63, es 69/69), 0 wrong, 3 missed: the
KNOWN_MISSES of test_decision_sweep.py, each with its reason.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from decision_shapes import cases, reading  # noqa: E402


def main() -> None:
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    wrong, missed = [], []
    for lang, family, body, want in cases():
        got = reading(body)
        ok = got == want
        for table, key in ((per_lang, lang), (per_family, family.split(" ")[0])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            line = f"{lang} {family}: {' / '.join(body.splitlines()[:3])[:70]!r} want {want} got {got}"
            (missed if got == "none" else wrong).append(line)
    print(f"code: {CODE}")
    print("per language:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_lang.items())))
    print("per family:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_family.items())))
    right, total = sum(v[0] for v in per_lang.values()), sum(v[1] for v in per_lang.values())
    print(f"decision shapes right: {right}/{total}; wrong decisions: {len(wrong)}; missed (read as none): "
          f"{len(missed)}")
    if "--misses" in sys.argv:
        print("wrong:\n  " + "\n  ".join(wrong))
        print("missed:\n  " + "\n  ".join(missed))


if __name__ == "__main__":
    main()

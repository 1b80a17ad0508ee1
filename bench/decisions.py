"""How many of the decision shapes of tests/unit/decision_shapes.py (a hiring manager's answer to "Candidate: Jane
Doe – Backend Engineer" in English, German, French and Spanish: one word, a word and a comment or a time, polite and
casual sentences, snoozes, not mine, and negations, conditions, questions and two decisions that must stay none) are
read as a recruiter would read them, per language and shape family. A wrong decision is counted apart from a missed
one: reading "can't interview this week" as interview is worse than reading "let's chat with her" as nothing.

  python bench/decisions.py               # this checkout's code
  python bench/decisions.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/decisions.py --misses      # also list the shapes read wrong
  python bench/decisions.py --blind       # the second, blind sweep (tests/unit/decision_shapes_blind.py): a yes/no
                                          # followed by a sentence that carries the decision, answers something
                                          # else, defers or hedges, in seven languages; right / wrong / missed each
  python bench/decisions.py --langs       # the third sweep (tests/unit/decision_shapes_langs.py): every kind of
                                          # answer in Dutch, Italian, Portuguese (BR, PT), Polish, Swedish, Danish,
                                          # Norwegian; right / wrong / missed per language and family

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

The blind sweep (--blind, 303 phrasings in 856 places) on the code it was written against (main at 4d51620): 568/856
right, 186 wrong, 102 missed (right/wrong/missed per language: en 238/94/6, de 73/28/6, fr 73/20/3, es 65/22/3,
nl 42/7/27, it 40/15/21, pt 37/0/36; per family: word 94/0/44, carries 165/3/45, other 168/129/0, hedge 91/15/0,
lines 50/39/13). The wrong ones, 66 phrasings: a yes/no read as the word alone when the sentence after it (or the
next line) defers, acknowledges, asks or sets a condition ("No. I need more time to review." → pass, "Yes, but let me
ask Sam" → interview), and "No, I'm not the hiring manager for this role" read as pass. The misses: Dutch, Italian
and Portuguese yes/no words, "Sure", "Klar", "Claro" alone.
After reading/yesno.py (a yes/no is the decision only when what follows it supports it or says nothing) and the
Dutch, Italian and Portuguese yes/no, sure/klar/claro as words: 844/856 right, 0 wrong, 12 missed (en 335/0/3, de
104/0/3, fr 93/0/3, es 90/0/0, nl 76/0/0, it 76/0/0, pt 70/0/3; word 138/0/0, carries 204/0/9, other 297/0/0, hedge
106/0/0, lines 99/0/3). The misses: "No, I'm not the hiring manager for this role" (not mine, read as none, where it
was a pass), "Ok, …" ("ok" is no word: alone it acknowledges), "Sim.\nPode marcar a entrevista." (a request, "pode",
errs to none). The first sweep keeps 393/396 with 0 wrong: no right reading lost.

The third sweep (--langs, 363 phrasings in 784 places: Dutch, Italian, Portuguese as written in Brazil and in
Portugal, Polish, Swedish, Danish, Norwegian; written blind to mailer/reading/*) on the code it was written against
(main at 5559d22): 275/784 right, 0 wrong, 509 missed (per family: word 48/174, carries 19/72, sentence 0/92, state
0/32, notmine 0/36, snooze 0/96, later 0/32, trap 8/50; hedge, question, defer and negation all none, all right).
After their yes/no words, decision sentences (reading/decisionphrases.py), snoozes (reading/snoozewords.py),
greetings and sign-offs, and a yes/no whose first clause answers something else: 765/784, 0 wrong, 19 missed (a yes
with "but later", "Ja, maar pas na de kerst", 16: the "but" leaves it to the recruiter; "Prima" alone, 3, not taken
as a yes). --blind gains 3 ("Sim.\nPode marcar a entrevista."): 847/856, 0 wrong.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

if "--blind" in sys.argv:
    from decision_shapes_blind import cases, reading  # noqa: E402
elif "--langs" in sys.argv:
    from decision_shapes_langs import cases, reading  # noqa: E402
else:
    from decision_shapes import cases, reading  # noqa: E402


def main() -> None:
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    # (right, wrong, missed) per language and per family, for the blind sweep's table.
    split: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    wrong, missed = [], []
    for lang, family, body, want in cases():
        got = reading(body)
        ok = got == want
        for table, key in ((per_lang, lang), (per_family, family.split(" ")[0])):
            table[key][0] += ok
            table[key][1] += 1
        outcome = 0 if ok else 2 if got == "none" else 1
        split[lang][outcome] += 1
        split[family.split(" ")[0]][outcome] += 1
        if not ok:
            line = f"{lang} {family}: {' / '.join(body.splitlines()[:3])[:70]!r} want {want} got {got}"
            (missed if got == "none" else wrong).append(line)
    print(f"code: {CODE}")
    print("per language:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_lang.items())))
    print("per family:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_family.items())))
    right, total = sum(v[0] for v in per_lang.values()), sum(v[1] for v in per_lang.values())
    print(f"decision shapes right: {right}/{total}; wrong decisions: {len(wrong)}; missed (read as none): "
          f"{len(missed)}")
    if "--blind" in sys.argv or "--langs" in sys.argv:
        print("right / wrong / missed:", "  ".join(f"{key} {r}/{w}/{m}" for key, (r, w, m) in split.items()))
    if "--misses" in sys.argv:
        print("wrong:\n  " + "\n  ".join(wrong))
        print("missed:\n  " + "\n  ".join(missed))


if __name__ == "__main__":
    main()

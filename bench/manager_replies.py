"""How mailer reads the whole mails of tests/unit/manager_reply_shapes.py: a hiring manager's answer to "Candidate:
Jane Doe – Backend Engineer" from Outlook desktop/web/mobile, Gmail web/mobile, Apple Mail, iPhone, Thunderbird and
Lotus/HCL Notes in nine UI languages, with corporate signatures, banners, disclaimers, meeting blocks, the résumé
re-attached, text/plain, HTML or both; read on the daemon's code path (classify in the manager's thread: reply text and
decision) and judged wrong / noise / missed / cosmetic / right (tests/unit/manager_reply_reading.py says how).

  python bench/manager_replies.py               # this checkout's code
  python bench/manager_replies.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/manager_replies.py --misses      # also list every row not right or cosmetic, with its reasons

Rows read wrong fail tests/unit/test_manager_reply_sweep.py too (or sit on its KNOWN list, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at 783e643), 243 whole mails: right 90,
cosmetic 16, wrong 14 (Lotus Notes' indented sender/sent-time head leaves its sender line, 8; a disclaimer under the
whole mail makes the ">" quote above it an inline answer's context, 4, all with Dutch or Italian attributions; Apple
Mail's forward marker kept, 2), signature or footer lines kept 38 (disclaimers in Italian and Dutch, French banners,
"Get Outlook for Android" and the Outlook app line outside English, Zoom and Teams blocks, corporate signatures outside
English and German), decisions missed 16 in the README's four languages (German "Leider nein – …", Spanish "Déjala en
espera", "Remind me next week please, I'm travelling.", an inline "Yes, Thursday afternoon.") and 69 in the five it
does not claim.
The table was then corrected twice (Apple Mail's Polish forward marker as Apple writes it; Apple's forwarded text
inside its blockquote): main's code at 783e643 reads it 92 right, 16 cosmetic, 12 wrong, 38 noise, 16 missed (+ 69).
After the rules it led to (mailer/reading/boilerplate.py: gateway banners and disclaimers in more languages and
phrasings, the Outlook app's line in any UI language, Teams and Zoom invitation blocks, Notes' "Name <address>" line
over its sent time; mailer/reading/signature.py: a signature's one-line postal address and legal form): right
128, cosmetic 14, wrong 0, noise 0, decisions missed 16 (+ 85: rows that were wrong or noisy now read right except
their decision). The 16 missed are the decision reader's (mailer/reading/commands.py), not reply text's.
After the decision reader learnt Dutch, Italian, Portuguese and Polish (branch decisions-langs: their yes/no words,
decision sentences, snoozes, pointers to inline answers, a day with its part as a time): right 183, cosmetic 26,
wrong 0, noise 0, decisions missed 16 (+ 18, all Japanese); nl, it, pt and pl 27/27 each; no row read worse.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))
sys.path.insert(2, str(ROOT / "tests"))

from manager_reply_reading import ORDER, judge, read  # noqa: E402
from manager_reply_shapes import cases  # noqa: E402


def main() -> None:
    tables: dict[str, dict[str, collections.Counter]] = {
        "client": collections.defaultdict(collections.Counter), "language": collections.defaultdict(collections.Counter),
        "family": collections.defaultdict(collections.Counter)}
    totals: collections.Counter = collections.Counter()
    listed = []
    for row in cases():
        kind, text, decision = read(row)
        category, reasons = judge(row, kind, text, decision)
        totals[category] += 1
        for name, key in (("client", row.client), ("language", row.lang), ("family", row.family)):
            tables[name][key][category] += 1
        if category not in {"right", "cosmetic"}:
            listed.append(f"{category:8} {row.client} / {row.lang} / {row.family} / {row.variant}: "
                          + "; ".join(reasons))
    print(f"code: {CODE}")
    for name, table in tables.items():
        cells = []
        for key, counts in sorted(table.items()):
            bad = "".join(f" {c[0]}{'*' if c.endswith('*') else ''}{counts[c]}" for c in ORDER[:4] if counts[c])
            cells.append(f"{key} {counts['right'] + counts['cosmetic']}/{sum(counts.values())}{bad}")
        print(f"per {name}: " + ", ".join(cells))
    rows = sum(totals.values())
    print(f"whole manager replies: {rows}; right {totals['right']}, cosmetic {totals['cosmetic']}, wrong "
          f"{totals['wrong']}, noise kept {totals['noise']}, decision missed {totals['missed']} (+ {totals['missed*']} "
          f"in languages the README does not claim)")
    if "--misses" in sys.argv:
        print("\n".join(sorted(listed)))


if __name__ == "__main__":
    main()

"""How mailer reads the blind table of reply shapes (tests/unit/reply_shapes_lists.py, reply_shapes_parsers.py,
reply_shapes_company.py): list-mail replies in cs, sk, sl, pl, hr, ru, uk and hu, the edge cases reply-parser
libraries test (in English, Arabic and Italian), German help-desk customers' Outlook mail, Lotus Notes and GroupWise
heads, and some whole mails in their charsets; each with hard negatives. Written before reading the reply rules;
judged right / cosmetic / wrong (tests/unit/reply_shapes_reading.py says how).

  python bench/reply_shapes_blind.py               # this checkout's code
  python bench/reply_shapes_blind.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/reply_shapes_blind.py --misses      # also list every row read wrong or cosmetic, with its reasons

Rows read wrong fail tests/unit/test_reply_shapes_blind.py too (or sit on its KNOWN list, each with its reason).

Before any rule was written for it (the table's own commit, code of main at 25a2bb2), 250 rows (45 of them hard
negatives): right 224, cosmetic 2, wrong 24: PGP clear-signed bodies keep the armour's "Hash: SHA1" line, so the
quote under it stays as an inline answer's context (9); attributions not known (Slovenian "X pravi:", Arabic
"كتب X:"); "Sent from" lines not known ("Gesendet von iPad", iOS's Arabic line); a name over "Title | Company" and
contact lines with no closing, a German title/company/Amtsgericht block under "Mit freundlichen Grüßen" + blank +
name, an Italian disclaimer and Outlook 2000's " - file.doc" line kept; and six people's lines lost: a sentence
opening like an app line ("Sent from my iPhone the photos didn't arrive …"), "From:/To:", "Da:/A:" and "Von:/An:"
schedule or address lines in the text read as a header block, and a sentence saying the mail holds "vertrauliche"
data cut as a disclaimer with everything under it.
After the rules it led to, each in a module of its own hooked from replytext.trim_reply (pgparmour: the clear-signed
armour; saidheaders: "X pravi:", "كتب X:"; ownlookalikes: mail-parser-reply's head must be a client's block;
disclaimerlines: more disclaimer phrasings, a person's confidential-data sentence kept; applines: more "sent from"
lines, a sentence opening like one kept; trailerlines: Outlook 2000's attachment lines, company registry lines, a
bare name's "Title | Company" block): right 248, cosmetic 2 (an inline answer's quoted question kept), wrong 0.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from reply_shapes_reading import judge, read  # noqa: E402
import reply_shapes_company  # noqa: E402
import reply_shapes_lists  # noqa: E402
import reply_shapes_parsers  # noqa: E402

TABLES = {"lists": reply_shapes_lists, "parsers": reply_shapes_parsers, "company": reply_shapes_company}


def main() -> None:
    totals: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    per: dict[str, dict[str, collections.Counter]] = {"table": collections.defaultdict(collections.Counter),
                                                      "language": collections.defaultdict(collections.Counter),
                                                      "family": collections.defaultdict(collections.Counter)}
    listed = []
    for table, module in TABLES.items():
        for r in module.cases():
            category, reasons = judge(r, read(r))
            totals[category] += 1
            for name, key in (("table", table), ("language", r.lang), ("family", r.family)):
                per[name][key][category] += 1
            for reason in reasons:
                kinds[reason.split(":")[0]] += 1
            if category != "right":
                listed.append(f"{category:8} {r.family} / {r.lang} / {r.variant}: " + "; ".join(reasons))
    print(f"code: {CODE}")
    for name, table in per.items():
        cells = [f"{key} {c['right']}/{sum(c.values())}" + (f" w{c['wrong']}" if c["wrong"] else "")
                 + (f" c{c['cosmetic']}" if c["cosmetic"] else "") for key, c in sorted(table.items())]
        print(f"per {name}: " + ", ".join(cells))
    print(f"reply shapes: {sum(totals.values())}; right {totals['right']}, cosmetic {totals['cosmetic']}, wrong "
          f"{totals['wrong']} (own words lost {kinds['lost']}, quoted text kept {kinds['quote']}, signature or "
          f"footer kept {kinds['sig']})")
    if "--misses" in sys.argv:
        print("\n".join(sorted(listed)))


if __name__ == "__main__":
    main()

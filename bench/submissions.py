"""How many of the whole submission mails of tests/unit/submission_shapes.py (a blind sweep: subjects in nine
languages, ATS shares with the résumé as a link, résumé file names, several candidates in one mail, several
managers, resends, follow-ups, thank-yous and forwards in the thread, and hard negatives) mailer records as a
recruiter would, each mail through the daemon's path for a new mail (ingest_raw: parse, classify, record) in a fresh
SQLite state per case. Wrong (a garbled name or role, a merge, a split, a non-submission recorded) is counted apart
from missed (a submission not recorded) and partial (recorded, the role lost or the subject as the name).

  python bench/submissions.py               # this checkout's code
  python bench/submissions.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/submissions.py --misses      # also list every case not read right, with why

Wrong readings fail tests/unit/test_submission_sweep.py too (or sit on its KNOWN list, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at 8d14c7a): 274 cases (304 mails), 141
right, 5 partial, 121 wrong, 7 missed (right/partial/wrong/missed per family: ats 4/1/13/0, filename 25/4/2/0,
language 18/0/21/0, managers 12/0/0/0, negative 15/0/3/0, several 0/0/1/5, subject 43/0/77/0, thread 24/0/4/2).
The wrong ones: every "Candidate:" outside English ("Kandidat:", "Candidat :", "Candidata:", "候補者:") and every
other lead word ("Referral:", "New candidate:", "Bewerbung:", "Profil:", "URGENT:"), "<name> for <role>", "Jane
Doe's CV", "Resume for Jane Doe", "Intro: Jane Doe <> Maria", ATS share sentences, all read as one name made of the
whole subject; "CV Jane Doe – Role" read as the name "CV Jane Doe"; "Backend Engineer – Jane Doe" read backwards;
a resend "(updated CV)" split off as a second candidate; a calendar invitation, an interview-scheduling and an
offer-approval mail about a submitted candidate each recorded as a new submission; "Profiles for Backend Engineer"
with three "resume (n).pdf" recorded as one candidate.
After the rules it led to (docs/READING.md, "A submission: who the candidate is"): 264 right, 4 partial, 0 wrong,
6 missed (ats 18/0/0/0, filename 27/4/0/0, language 39/0/0/0, managers 12/0/0/0, negative 18/0/0/0, several
1/0/0/5, subject 120/0/0/0, thread 29/0/0/1). Partial: a name only in the body ("Please find attached the CV of
Jane Doe") under a subject and a file that name no one: the subject is the name. Missed: the second candidate of a
mail that names two (five shapes: one submission, the first candidate's) and a sent submission forwarded to mailer
alone.
Once a mail naming several candidates records each (docs/READING.md, "Several candidates in one mail"): 268 right,
5 partial, 0 wrong, 1 missed (several 5/1/0/0, every other family unchanged; the table's expectations unchanged: it
always wanted each candidate). The new partial: "2 candidates for Backend Engineer" with two named CVs, each recorded
without the role. Still missed: the sent submission forwarded to mailer alone.
Once résumé files under a subject stating a role get it ("2 candidates for Backend Engineer", "Backend Engineer: 2
candidates"; reading/several.py, subject_role): 269 right, 4 partial, 0 wrong, 1 missed (several 6/0/0/0). The table's
German twin "Zwei Kandidaten für Backend-Entwickler" wanted no role where the English one wanted it; it now wants
"Backend-Entwickler" (the code before, `--code` of main at 45713e3, reads it as partial, its role lost: 267 right,
6 partial, 0 wrong, 1 missed against the table as it is now).
With five thread cases where the recruiter's reply has no References back to the submission (thanks naming only
the manager's reply by In-Reply-To under "Re: …", "Re: quick question" and Outlook's "AW:"; Outlook's thanks with
Thread-Index and Thread-Topic alone; a new subject naming Omar typed over a stale In-Reply-To): 279 cases (319
mails), 270 right, 4 partial, 4 wrong, 1 missed on main at cd144f6 (each thanks recorded as a new submission); once
received mail links its thread (store/threads.py, thread_links; reading/threadindex.py) and a fresh subject naming
another candidate submits it (reading/freshsubject.py): 274 right, 4 partial, 0 wrong, 1 missed.
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

from submission_shapes import cases, judge, label, reading  # noqa: E402

OUTCOMES = ("right", "partial", "wrong", "missed")


def main() -> None:
    import logging
    logging.disable(logging.CRITICAL)  # the daemon's own log lines are not the figure
    per_family: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    per_lang: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    listed = []
    all_cases = cases()
    for case in all_cases:
        outcome, why = judge(case, reading(case))
        per_family[case.family][outcome] += 1
        per_lang[case.lang][outcome] += 1
        if outcome != "right":
            listed.append(f"{outcome:7} {label(case)!r}: {why}")
    total = collections.Counter()
    for counts in per_family.values():
        total.update(counts)
    print(f"code: {CODE}")
    print("right/partial/wrong/missed per family:",
          " ".join(f"{k} {'/'.join(str(v[o]) for o in OUTCOMES)}" for k, v in sorted(per_family.items())))
    print("right/partial/wrong/missed per language:",
          " ".join(f"{k} {'/'.join(str(v[o]) for o in OUTCOMES)}" for k, v in sorted(per_lang.items())))
    mails = sum(len(c.mails) for c in all_cases)
    print(f"submission cases: {len(all_cases)} ({mails} mails); right {total['right']}, partial {total['partial']}, "
          f"wrong {total['wrong']}, missed {total['missed']}")
    if "--misses" in sys.argv:
        print("\n".join(sorted(listed)))


if __name__ == "__main__":
    main()

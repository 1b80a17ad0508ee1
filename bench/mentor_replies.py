"""How mentors' replies (tests/unit/mentor_reply_shapes.py: answers to the invitation and to check-ins, commands and
their look-alikes, in seven languages, each placed alone, after a greeting, and top-posted above mailer's mail) are
read by the functions the daemon uses (replytext → read_invitation_reply, or without_own_sign_off →
read_checkin_reply). A wrong reading (a stop, pause or accept/decline the mentor did not ask for, a pause to the wrong
day, advice lost or mailer's prompt kept) is counted apart from a missed one (a stop, pause, yes or no read as advice
or as a question for the recruiter).

  python bench/mentor_replies.py               # this checkout's code
  python bench/mentor_replies.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/mentor_replies.py --misses      # also list the shapes read wrong and missed
  python bench/mentor_replies.py --real        # also: the hand-labelled real reply texts of tests/data/replies (none
                                               # a mentor's answer) read as a stop, a pause, a yes or a no

Before any rule was written for it (the sweep's own commit, code of main at 8d14c7a): 259 phrasings in 757
placements, right 534, wrong 70, missed 153 (right/wrong/missed: en 198/40/21, de 72/9/27, fr 75/6/24, es 84/6/15,
nl 33/3/24, it 39/3/18, pt 33/3/24; invitations 198/24/99, check-ins 336/46/54). The wrong ones, 24 phrasings: a
command word followed by a sentence about something else ("Stop, that's a great question. I'd say…", "Stopp, gute
Frage!", "Para, el lunes hablamos…", "Pause. Good one. …") read as stop or pause; advice to pause hiring ("I'd pause
before hiring more juniors", "Ich würde bei den Junior-Stellen erst mal pausieren") read as a pause; a numbered
answer "3) No, not before March" read as a pause; invitations: a yes with a condition ("Yes, but only monthly")
accepted, a deferral ("Not now, ask me in March", "Ahora no, pregúntame en marzo") declined, and "Can't wait, let's
do it!" / "I can't say no to that" declined. The misses: invitation yes/no outside English, stop/pause requests in
Dutch, Italian, Portuguese, and polite English ones ("Please pause these for 2 weeks", "Pause please").

After the rules it led to (an opening stop/pause/para judged by what follows it; conditional advice to pause, a
described pause and numbered answers are no pause; an invitation's yes/no qualified by a condition, a deferral or
"but" is a question; a bare yes/no that answers another matter is a question; yes/no words in six more languages):
right 712, wrong 0, missed 45 (en 250/0/9, de 102/0/6, fr 102/0/3, es 102/0/3, nl 51/0/9, it 54/0/6, pt 51/0/9;
invitations 318/0/3, check-ins 394/0/42). These rules were written against this sweep, so the after-figure is not
blind; two probes of 40 fresh lines each, written after the first rules and run once before any rule was tuned on
them, found 6 and 3 wrong readings (a repeated "Para, para", numbered commands, "Our team is on pause until…",
"Yes, but I'd want…", "Non so ancora", "Natürlich nicht jetzt, vielleicht…"), now fixed and in the unit tests.
The misses: stop/pause requests in Dutch, Italian and Portuguese (not read in those languages), some in German,
French and Spanish ("Stopp bitte, ich habe keine Zeit mehr dafür", "Merci d'arrêter ces messages", "Pausa de dos
semanas"), "Stop for now please, I'll ping you…", a request asked as a question ("Can you pause the check-ins until
next Monday?", advice by rule), and "I'll have to pass" (read as a question). Real reply texts
(--real, 435 texts, none a mentor's answer): read as a check-in stop or pause 0 before and after; as an invitation's
yes / no 25 / 12 before, 10 / 2 after.

Readings that are wrong fail tests/unit/test_mentor_reply_sweep.py (or sit on its KNOWN_WRONG, each with its reason).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from mentor_reply_shapes import SHAPES, WHOLE_MAILS, cases, judge  # noqa: E402


def main() -> None:
    # (right, wrong, missed) per language, per kind and per family (placement left out).
    split: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    listed: dict[str, list[str]] = {"wrong": [], "missed": []}
    for lang, kind, family, body, want, keep in cases():
        outcome, got = judge(kind, body, want, keep)
        index = ("right", "wrong", "missed").index(outcome)
        for key in (lang, kind, f"{kind}/{family.split(' ')[0]}"):
            split[key][index] += 1
        if outcome != "right":
            shown = " / ".join(line for line in body.splitlines()[:4] if line)[:80]
            want_text = "|".join(want) if isinstance(want, tuple) else want
            listed[outcome].append(f"{lang} {kind} {family}: {shown!r} want {want_text} got {got}")
    phrasings = sum(len(shapes) for shapes in SHAPES.values()) + len(WHOLE_MAILS)
    right, wrong, missed = (sum(split[k][i] for k in SHAPES) for i in range(3))
    print(f"code: {CODE}")
    print(f"mentor replies: {phrasings} phrasings in {right + wrong + missed} placements: right {right}, "
          f"wrong {wrong}, missed {missed}")
    print("right / wrong / missed per language:", "  ".join(f"{k} {'/'.join(map(str, split[k]))}" for k in SHAPES))
    print("per kind:", "  ".join(f"{k} {'/'.join(map(str, split[k]))}" for k in ("invite", "checkin")))
    print("per family:", "  ".join(f"{k} {'/'.join(map(str, v))}" for k, v in sorted(split.items()) if "/" in k))
    if "--real" in sys.argv:
        print("real reply texts (tests/data/replies, none a mentor's answer) read as:", _real_readings())
    if "--misses" in sys.argv:
        for outcome, lines in listed.items():
            print(f"{outcome}:\n  " + "\n  ".join(lines))


def _real_readings() -> str:
    """How many real reply texts a check-in reader takes for a stop or pause, an invitation reader for a yes or no."""
    import json

    from mentor_reply_shapes import NOW, TZ
    from mailer.mentoring.answers import read_invitation_reply
    from mailer.mentoring.checkinreply import read_checkin_reply

    texts = [case["reply_text"].strip() for case in json.loads(
        (ROOT / "tests" / "data" / "replies" / "expected.json").read_text(encoding="utf-8")).values()]
    counts = collections.Counter()
    for text in filter(None, texts):
        said = read_checkin_reply(text, NOW, TZ)
        counts[said.verb if said else "advice"] += 1
        counts[read_invitation_reply(text)] += 1
    return (f"{len(texts)} texts; check-in: stop {counts['stop']}, pause {counts['pause']}; invitation: yes "
            f"{counts['yes']}, no {counts['no']}")


if __name__ == "__main__":
    main()

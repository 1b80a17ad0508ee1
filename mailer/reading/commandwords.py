"""The command vocabulary: the verbs each role may use, their default words (ops may add their own under
`replies.words`), the help text, and one pattern over every phrase."""

from __future__ import annotations

from functools import lru_cache
import re
from typing import Mapping, Sequence

from mailer.reading import yesnowords
from mailer.reading.commandlines import clean
from mailer.reading.commandtimes import SOFT_SNOOZE_WORDS

VERBS = ("interview", "pass", "hold", "hired", "snooze", "not_mine", "stop", "status", "done", "forget")
MANAGER_VERBS = frozenset({"interview", "pass", "hold", "hired", "snooze", "not_mine", "stop"})
RECRUITER_VERBS = frozenset({"status", "stop", "done", "snooze", "forget"})
ROLE_VERBS = {"manager": MANAGER_VERBS, "recruiter": RECRUITER_VERBS}

# The command vocabulary; its yes and no (a word that answers without naming the decision, judged by what follows
# it) live in yesnowords.py with every other reader's.
DEFAULT_WORDS: dict[str, tuple[str, ...]] = {
    "interview": ("interview", "approve", "approved", "let's talk", "lets talk", "let's chat", "entretien",
                  "entrevista", *yesnowords.MANAGER_YES),
    "pass": ("pass", "reject", "rejected", "decline", "declined", "not a fit", "not a match", "not interested",
             "hard pass", "not for us", "liever niet", "direi di no", "dispenso", "passo",
             *yesnowords.MANAGER_NO),
    "hold": ("hold", "on hold", "wait", "later"),
    "hired": ("hired",),
    "snooze": ("snooze", "remind me", *SOFT_SNOOZE_WORDS),
    "not_mine": ("not mine", "wrong person", "wrong manager", "not my role", "not my req", "not my candidate"),
    "stop": ("stop", "unsubscribe"),
    "status": ("status",),
    "done": ("done", "closed", "filled"),
    "forget": ("forget",),
}

HELP_TEXT: dict[str, str] = {
    "manager": (
        "Reply with one of these on the first line; a note after a dash is fine (\"pass - too junior\").\n"
        "  interview (or yes)   you'd like to meet the candidate\n"
        "  pass (or no)         not a fit\n"
        "  hold                 keep the candidate on hold\n"
        "  hired                you hired the candidate\n"
        "  snooze 3d            remind me later: snooze 4h, snooze 1w, snooze until Monday, snooze till 3 Dec\n"
        "  not mine             this candidate isn't for your role\n"
        "  stop                 no more reminders in this thread\n"
        "When my mail lists several candidates, answer by number: \"1 yes, 2 pass, 3 snooze 1w\".\n"
    ),
    "recruiter": (
        "Reply with one of these on the first line:\n"
        "  status               where your candidates stand\n"
        "  snooze 3d            pause reminders: snooze 1w, snooze until Monday, snooze till 3 Dec\n"
        "  done (or filled)     the role is filled or closed\n"
        "  forget Jane Doe      stop tracking that candidate\n"
        "  stop                 no more reminders in this thread\n"
    ),
}

YOU_CAN = {"manager": "As the hiring manager you can reply interview, pass, hold, snooze, not mine or stop.",
            "recruiter": "As the recruiter you can reply status, snooze, done, forget <name> or stop."}


def words_key(words: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((verb, tuple(phrases)) for verb, phrases in words.items())


@lru_cache(maxsize=16)
def vocabulary(key: tuple[tuple[str, tuple[str, ...]], ...]
                ) -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]:
    """One alternation over every phrase, longest first, so "not mine" beats "no" and "yes" beats "y".
    Each phrase is a group, found by number: re.I folds case more loosely than str.lower() ("ſ" is "s")."""
    verb_of: dict[str, str] = {}
    for verb, phrases in key:
        if verb in VERBS:  # config validates keys; an unknown one is simply not a command here
            for phrase in phrases:
                normal = " ".join(clean(phrase).lower().split())
                if normal:
                    verb_of.setdefault(normal, verb)
    ordered = sorted(verb_of, key=len, reverse=True)
    alternatives = []
    for phrase in ordered:
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        # A word must end at a word boundary ("no" is not "nothing"); an emoji needs none.
        alternatives.append("(" + body + (r"(?!\w)" if phrase[-1].isalnum() else "") + ")")
    return (re.compile("|".join(alternatives) or "(?!)", re.I), tuple(verb_of[phrase] for phrase in ordered),
            yesnowords.manager_particles(dict(key)))

"""Which words are a yes or a no, in which language, and which of ops' `replies.words` are: the one home of the
yes/no words that the manager's command reader (commands.py), the judge of what follows them (yesno.py) and the
mentor's invitation reader (mentoring/answers.py) use (pure).

A yes or no answers whatever was asked last without naming what it answers, so every reader judges it by what
follows it ("No. I need more time to review." decides nothing). A word that names the decision ("interview",
"reject", "count me in") is not one. A word ops add under `interview` or `pass` in `replies.words` is a yes or no
when its first word is one of LEXICON's, in that direction ("jawohl", "no way", "nee hoor"); it is then judged like
the shipped ones, by both readers. Any other word ops add ("go ahead", "reject") names its decision.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence
import unicodedata

# Every yes and no known here, per language: what tells an ops word for a yes or a no from one that names the
# decision. Wider than what the readers take by default (below): a yes or no only becomes a command word when ops
# add it. A word is in one direction only, so Polish "no" ("yeah") is left out. "si" is also "if", yet ops who add
# it mean the yes.
LEXICON: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # language: (yes words, no words)
    "en": (frozenset("yes y yeah yea yeh yep yup ya yah sure ok okay okey aye affirmative".split()),
           frozenset("no n nope nah naw nay negative".split())),
    "de": (frozenset("ja jawohl jo jup jep jap japp klar".split()), frozenset("nein nö ne nee nä".split())),
    "fr": (frozenset("oui ouais ouaip ouep si d'accord".split()), frozenset("non nan nenni".split())),
    "es": (frozenset("sí si claro vale dale sip".split()), frozenset("no nop".split())),
    "it": (frozenset(("sì", "si", "certo", "volentieri", "assolutamente sì")), frozenset("no macché".split())),
    "pt": (frozenset(("sim", "claro", "bora", "com certeza", "sem dúvida")), frozenset("não nao".split())),
    "nl": (frozenset("ja jazeker jawel jep jup zeker tuurlijk graag".split()), frozenset("nee neen".split())),
    "sv": (frozenset("ja japp jo jajamen visst absolut gärna".split()), frozenset("nej nä nää".split())),
    "da-nb": (frozenset(("ja", "jo", "jep", "jepp", "jada", "gerne", "gjerne", "absolutt", "helt sikkert")), frozenset("nej nei næ".split())),
    "fi": (frozenset("kyllä joo juu".split()), frozenset("ei".split())),
    "pl": (frozenset("tak jasne pewnie chętnie".split()), frozenset("nie".split())),
    "cs-sk": (frozenset("ano áno jo jasně jasne".split()), frozenset("ne nie".split())),
    "ru-uk": (frozenset("да ага угу так".split()), frozenset("нет неа ні".split())),
    "tr": (frozenset("evet tamam".split()), frozenset("hayır".split())),
    "hu": (frozenset("igen".split()), frozenset("nem".split())),
    "ro": (frozenset("da".split()), frozenset("nu".split())),
    "el": (frozenset("ναι".split()), frozenset("όχι".split())),
    "ja": (frozenset("はい ええ うん".split()), frozenset("いいえ いや".split())),
    "zh": (frozenset("是 是的 好 好的 对 可以".split()), frozenset("不 不是 不行 不要".split())),
    "ko": (frozenset("네 예 응".split()), frozenset("아니요 아뇨 아니".split())),
    "he": (frozenset("כן".split()), frozenset("לא".split())),
    "ar": (frozenset("نعم".split()), frozenset("لا".split())),
    "emoji": (frozenset("👍 ✅ 👌".split()), frozenset("👎 ❌".split())),
}
_YES_WORDS = frozenset().union(*(yes for yes, _ in LEXICON.values()))
_NO_WORDS = frozenset().union(*(no for _, no in LEXICON.values()))

# What the manager's command reader takes by default: the yes and no of DEFAULT_WORDS ("interview"/"pass"), each
# judged by what follows (README "What mailer understands in a reply"). Not "yeah", "ok", "okay", "zeker",
# which the mentor reader takes: to a candidate, "Ok" alone acknowledges the mail more often than it decides (the
# decision sweeps read "Ok, …" as no decision), and the others were never in the manager's documented words.
MANAGER_YES: tuple[str, ...] = ("yes", "y", "yes please", "yep", "yup", "sure", "👍", "ja", "klar", "ja graag", "oui",
                                "sí", "si", "claro", "sì", "sim",
                                # Dutch, Italian, Portuguese, Polish, Swedish, Danish and Norwegian
                                "jazeker", "graag", "certo", "volentieri", "assolutamente sì", "com certeza",
                                "sem dúvida", "bora", "tak", "jasne", "pewnie", "chętnie", "japp", "jepp", "jep",
                                "absolut", "absolutt", "gärna", "gerne", "gjerne", "helt sikkert")
MANAGER_NO: tuple[str, ...] = ("no", "n", "nope", "nah", "no thanks", "no thank you", "👎", "nein", "nö", "nein danke",
                               "non", "non merci", "no gracias", "nee", "nee dank je", "nee bedankt", "no grazie",
                               "não", "não obrigado", "não obrigada",
                               # Dutch, Polish, Swedish, Danish and Norwegian
                               "nee hoor", "nie", "nie dziękuję", "nej", "nej tack", "nej tak", "nä", "næ", "nei",
                               "nei takk")

# Yes words that are also "thanks" or "noted" in another language (Polish "tak" is Danish "tak", thanks; "certo" is
# Italian "of course" and Portuguese "right, noted"): a yes only when what follows supports it ("Tak, zaprośmy ją"),
# never alone or with only courtesy ("Tak!", "Certo, obrigada!").
NEEDS_SUPPORT: frozenset[str] = frozenset({"tak", "certo"})

# What the mentor's invitation reader takes by default as a bare yes or no, judged by what follows. Not the
# manager's "y", "n" and unaccented "si" (to "Would you be my mentor?" a one-letter answer is rarer than a typo, and
# "si" is "if" in a sentence the mentor reader searches whole), nor "nah", "nö" and the thumbs (never taken there; the
# mentor sweep has not tried them). The manager's compounds ("no thanks", "nein danke") read the same here as the
# first word followed by a courtesy.
MENTOR_YES: tuple[str, ...] = ("yes", "yep", "yeah", "yup", "sure", "ok", "okay", "ja", "klar", "oui", "sí", "claro",
                               "sì", "sim", "certo", "zeker")
MENTOR_NO: tuple[str, ...] = ("no", "nope", "nein", "non", "nee", "não")

# The yes/no verbs of the command vocabulary: a word under one of them may be a yes or a no.
YES_VERB, NO_VERB = "interview", "pass"


def normal(phrase: str) -> str:
    """A phrase as the readers compare it: composed accents (NFC, as the readers clean a line), lower case, one space
    between words ("No  Way" → "no way")."""
    return " ".join(unicodedata.normalize("NFC", phrase).lower().replace("’", "'").split())


def is_yes(phrase: str) -> bool:
    """Does `phrase` open with a yes of any language ("jawohl", "yeah sure", "👍"), or is it one ("com certeza")?"""
    first = normal(phrase).split(" ", 1)[0]
    return first in _YES_WORDS or normal(phrase) in _YES_WORDS


def is_no(phrase: str) -> bool:
    """Does `phrase` open with a no of any language ("no way", "nee hoor", "nie")?"""
    first = normal(phrase).split(" ", 1)[0]
    return first in _NO_WORDS


def ops_yes_no(words: Mapping[str, Sequence[str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The yes and no words among `words` (a verb → phrases vocabulary, such as `replies.words`): the phrases under
    "interview" that open with a yes, and under "pass" that open with a no, normalised.

    >>> ops_yes_no({"interview": ("jawohl", "go ahead"), "pass": ("no way", "reject"), "stop": ("nein",)})
    (('jawohl',), ('no way',))
    """
    return (tuple(normal(p) for p in words.get(YES_VERB, ()) if is_yes(p)),
            tuple(normal(p) for p in words.get(NO_VERB, ()) if is_no(p)))


@lru_cache(maxsize=16)
def _manager_particles(yes: tuple[str, ...], no: tuple[str, ...]) -> frozenset[str]:
    return frozenset((*MANAGER_YES, *MANAGER_NO, *yes, *no))


def manager_particles(words: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The phrases of a manager's vocabulary (`words`: the defaults with ops' `replies.words`) that are a yes or a
    no, each judged by what follows it: the shipped ones and ops' yes/no words."""
    return _manager_particles(*ops_yes_no(words))

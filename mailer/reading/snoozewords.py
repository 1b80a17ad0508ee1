"""A manager's snooze in Dutch, Italian, Portuguese, Polish, Swedish, Danish and Norwegian ("Herinner me maandag",
"Risentiamoci tra una settimana", "Te dou um retorno daqui a 3 dias", "Odezwę się za tydzień", "Jag återkommer om en
vecka"): the words that start one, the words before and after its time, and the time words commandtimes.py reads in
English. Data and one pure translation; commandtimes.py owns the reading."""

from __future__ import annotations

import re

# Like commandtimes.SOFT_SNOOZE_WORDS: a snooze only when a readable time follows, else the start of a sentence.
SOFT_SNOOZE_WORDS = (
    "herinner me", "herinner me eraan", "herinner me er", "vraag het me", "vraag het me nog eens", "ik laat het je", "ik kom er",
    "stuur me", "ik kom erop terug", "ik kom er op terug",
    "ricordamelo", "ricordami", "risentiamoci", "ne riparliamo", "ti faccio sapere", "ti rispondo", "scrivimi di nuovo",
    "me lembra", "me lembre", "lembra-me", "te dou um retorno", "dou-te uma resposta", "retorno", "me cobra",
    "me pergunta de novo", "volta a perguntar-me", "falamos", "respondo-te", "te respondo",
    "przypomnij mi", "przypomnij", "odezwę się", "dam znać", "zapytaj mnie", "wrócę do tematu",
    "påminn mig", "jag återkommer", "fråga mig igen", "hör av dig",
    "mind mig om det", "mind mig", "jeg vender tilbage", "spørg mig igen", "skriv til mig",
    "minn meg på det", "minn meg", "jeg kommer tilbake til deg", "jeg kommer tilbake", "spør meg igjen",
    "jeg gir beskjed", "send en påminnelse",
)

# Before the time: "tot vrijdag", "tra una settimana", "daqui a 3 dias", "za tydzień", "om en vecka", "på måndag".
PREFIXES = ("tot", "over", "op", "tra", "fra", "entro", "daqui a", "daqui", "em", "na", "no", "até", "za", "w", "do",
            "om", "på", "i", "innen", "till", "til")
# After the time, ending the phrase: "Vraag het me volgende week nog eens", "Ik laat het je over twee weken weten".
TAILS = re.compile(r"\s+(?:nog\s+eens|weten|op\s+terug|aan|een\s+herinnering|igen|igjen|de\s+novo|di\s+nuovo)$")

# Amounts and units of a duration ("twee weken", "due settimane", "duas semanas", "dwa tygodnie", "två veckor").
NUMBERS = {"een": 1, "één": 1, "un": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "jeden": 1, "jedna": 1, "en": 1,
           "ett": 1, "ei": 1, "et": 1, "twee": 2, "due": 2, "dois": 2, "duas": 2, "dwa": 2, "dwie": 2, "två": 2,
           "to": 2, "drie": 3, "tre": 3, "três": 3, "trzy": 3}
UNITS = {"dag": 1, "dagen": 1, "giorno": 1, "giorni": 1, "dia": 1, "dias": 1, "dzień": 1, "dni": 1, "dagar": 1,
         "dage": 1, "dager": 1, "week": 7, "weken": 7, "settimana": 7, "settimane": 7, "semana": 7, "semanas": 7,
         "tydzień": 7, "tygodnie": 7, "tygodni": 7, "vecka": 7, "veckor": 7, "uge": 7, "uger": 7, "uke": 7, "uker": 7}
DURATION = re.compile(r"(?:(?P<amount>\d+|" + "|".join(NUMBERS) + r")\s+)?(?P<unit>" + "|".join(UNITS) + ")")

NEXT_WEEK = frozenset({"volgende week", "la settimana prossima", "la prossima settimana", "settimana prossima",
                       "prossima settimana", "semana que vem", "na semana que vem", "na próxima semana",
                       "w przyszłym tygodniu", "przyszły tydzień", "nästa vecka", "i næste uge", "næste uge",
                       "neste uke", "i neste uke"})

# A day, in the English dateparser reads.
DAYS = {
    "morgen": "tomorrow", "domani": "tomorrow", "amanhã": "tomorrow", "jutro": "tomorrow", "i morgon": "tomorrow",
    "i morgen": "tomorrow",
    **dict.fromkeys(("maandag", "lunedì", "lunedi", "segunda", "segunda-feira", "poniedziałek", "måndag", "mandag"),
                    "monday"),
    **dict.fromkeys(("dinsdag", "martedì", "martedi", "terça", "terça-feira", "wtorek", "tisdag", "tirsdag"),
                    "tuesday"),
    **dict.fromkeys(("woensdag", "mercoledì", "mercoledi", "quarta", "quarta-feira", "środa", "środę", "onsdag"),
                    "wednesday"),
    **dict.fromkeys(("donderdag", "giovedì", "giovedi", "quinta", "quinta-feira", "czwartek", "torsdag"), "thursday"),
    **dict.fromkeys(("vrijdag", "venerdì", "venerdi", "sexta", "sexta-feira", "piątek", "fredag"), "friday"),
}


def duration_days(text: str) -> float | None:
    """Days in a duration written in these languages ("twee weken" → 14, "tydzień" → 7), or None."""
    match = DURATION.fullmatch(text)
    if not match:
        return None
    amount = match.group("amount")
    count = 1 if amount is None else int(amount) if amount.isdigit() else NUMBERS[amount]
    return count * UNITS[match.group("unit")]


# The words of those times, for a decision followed only by when ("Ja, volgende week", "Tak, w przyszłym tygodniu");
# the short ones only accompany a time word, never stand for one.
_DAY_PARTS = ("ochtend", "middag", "avond", "mattina", "pomeriggio", "sera", "manhã", "rano", "południu", "förmiddag",
              "eftermiddag", "formiddag", "ettermiddag", "kväll", "aften", "kveld")
TIME_WORDS = frozenset((*(word for phrase in (*NEXT_WEEK, *DAYS) for word in phrase.split()), *_DAY_PARTS,
                        # Dutch writes the part of the day onto the day: "donderdagmiddag"
                        *(day + part for day in DAYS if day.endswith("dag") for part in _DAY_PARTS[:3])))
TIME_FILLERS = frozenset({"i", "w", "we", "po", "na", "no", "que", "la", "vem", "om", "på"})
_PREFIX = re.compile(r"(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + r")\s+")


def in_english(text: str) -> tuple[str, float | None]:
    """A snooze's time in these languages as commandtimes.py reads it: ("monday", None), ("next week", None), ("",
    days) for a duration, or ("", None) when it is none of these. "volgende week nog eens" → ("next week", None)."""
    text = TAILS.sub("", " ".join(text.lower().split()))
    for attempt in (text, _PREFIX.sub("", text, count=1)):
        if attempt in DAYS:
            return DAYS[attempt], None
        if attempt in NEXT_WEEK:
            return "next week", None
        if (days := duration_days(attempt)) is not None:
            return "", days
    return "", None

"""The words around an out-of-office's return date, per language: which put the first day back next to a date
("back on X": ON) and which the last day away ("until X": UNTIL), and on which side of them the date stands.

Each row is (regex, languages, kind, side); languages are dateparser's codes, the first one the row's own
(one row serves the languages that share its words: "do 7." is Polish, Czech and Slovak). side AFTER: the date follows the words ("bis 7.12."); BEFORE: it
precedes them (Finnish "7.12. asti", Turkish "7 Aralık'a kadar", Hungarian "december 7-ig"). The language picks
dateparser's dictionary and the day-first rule (returndate.month_first). Phrasing follows what people type into
Outlook/Exchange, Gmail, Apple Mail, Lotus, Yandex, Seznam … responders; Chinese, Japanese and Korean dates are
read by reading/cjkdates.py instead. Short words that are also ordinary prepositions (Polish/Czech/Russian "do",
"до", Dutch "tot") only count before a number, so a sentence like "napisz do mnie" costs no date search.
"""

from __future__ import annotations

import re

from mailer.reading.lostletters import lost_letters

ON, UNTIL = "on", "until"
AFTER, BEFORE = "after", "before"
# The mark returndate writes between the two ends of a range of dates in words ("3–14 augusti"): no language's word.
RANGE = "\u21e5"

_D = r"(?=\d)"  # the date starts right here with a number
_DOTTED = r"(?:[./]\d{1,2}(?:[./]\d{2,4})?)?\b\.?"  # a range's first date may be numeric: "du 20.12 au 09.01."
# A weekday alone may be the date ("ab Montag wieder im Büro", "tilbage til mandag"): the next such day.
WEEKDAYS = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
            r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|"
            r"giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            r"segunda|terça|quarta|quinta|sexta)")
# After Nordic "til(l)": a weekday, a part of a month or a week ("til slutningen af juli", "till vecka 32").
# A date without a day after "from" ("ab Anfang Januar wieder", "ab nächster Woche wieder"): reading/vaguedates.py.
_VAGUE_LEADS = (r"(?:morgen\b|nächste[nr]?\s+woche|anfang\s|mitte\s|ende\s|début\s|fin\s|mi-|principios\s|mediados\s|"
                r"finales\s|inizio\s|metà\s|fine\s|la semaine prochaine|la semana que viene|la próxima semana|"
                r"la prossima settimana|volgende week|begin\s|eind\s|half\s|medio\s)")
_NORDIC_WEEKDAYS = (r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
                    r"slutningen|udgangen|midten|starten|begyndelsen|slutet|mitten|början|slutten|uge|uke|vecka)\b")


def from_then_back(lead: str, back: str) -> str:
    """ "from X" that is a return only when its own sentence says so after the date ("À partir du 7 décembre, je
    serai à nouveau disponible", "vanaf 7 december ben ik weer bereikbaar"); "absent à partir du 30 novembre" is
    the start of the absence. One date at most (a year may follow it) stands between, and none follows the words:
    "absent à partir du 30 novembre et de retour le 7" is read by the "back on" rule, not as a return on the 30th.
    Nor does the same lead stand between: "ab Mitte Dezember im Urlaub und ab Anfang Januar wieder da" is back in
    January (a date in words does not stop the way as a number does)."""
    return (lead + r"\s+(?=(?:[^\d.;\n]{0,20}\d[\d./-]*(?:[^\d.;\n]{1,14}\d{4})?|(?:[^\W\d]+\s+)?" + WEEKDAYS
            + r"\b|" + _VAGUE_LEADS + r")(?:(?!" + lead + r"\s)(?:\.(?=\s*,)|[^\d.;\n])){0,45}?"
            r"\b(?:" + back + r")(?![^\d.;\n]{0,20}\d))")

# How month names start in the languages below (a word after "3–14" is a month only when it starts like one:
# "July 10-31. During that time" is no range of "During"): Latin, Germanic, Finnish, Polish and Czech.
MONTH_STEMS = (
    "jan", "feb", "fév", "fev", "mar", "mär", "maa", "apr", "avr", "abr", "mai", "may", "mei", "maj", "mag", "jun",
    "jui", "giu", "jul", "lug", "aug", "aoû", "aou", "ago", "sep", "set", "okt", "oct", "ott", "out", "nov", "dec",
    "déc", "dic", "dez", "ene", "gen", "tammi", "helmi", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
    "marras", "joulu", "stycz", "lut", "kwie", "czerw", "lip", "sierp", "wrze", "paźdz", "listop", "grud", "led",
    "únor", "břez", "dub", "květ", "červ", "srp", "září", "říj", "pros",
    # Turkish ("16-20 Kasım")
    "oca", "şub", "nis", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara",
    # Russian, in the genitive a date takes ("16–20 ноября")
    "январ", "феврал", "марта", "апрел", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
)

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    # ---- a range's end, in whichever of these languages its month is written ("3–14 augusti", "30 nov–4 dec")
    (RANGE + r"\s*", "en de fr es it nl pt sv da nb fi pl cs tr ru", UNTIL, AFTER),
    # ---- English
    # "not back until X", "won't return until X": X is the first day back, unlike "away until X".
    (r"\b(?:not|n't)\s+(?:be\s+)?(?:back|return(?:ing)?|in(?: the office)?|available|reachable)"
     r"(?: to the office| in the office| to work)?\s+(?:until|till|before)\s+", "en", ON, AFTER),
    # Not "get/come back to you (next week)": that is an answer promised, not a return.
    (r"\b(?:back|return(?:ing)?|returns|be in(?: the office)?|in the office|available)(?!\s+to\s+(?:you|u)\b)"
     r"(?: to the office| in the office| to work| at work| at my desk)?\s+(?:on|from|by|after)?\s*", "en", ON, AFTER),
    (r"\b(?:until|till|through|thru|up to and including)\s+", "en", UNTIL, AFTER),
    # "I won't be able to respond until X": back (answering) on X, as "not back until X".
    (r"\b(?:not|n't) be able to (?:respond|reply|answer|read|check|access)\b[^.;\n]{0,40}?\buntil\s+", "en", ON, AFTER),
    (r"\b(?:for|during)\s+(?=the (?:rest|remainder) of (?:the|this) week)", "en", UNTIL, AFTER),
    # "from X to Y", "between X and Y": away through Y (X may be dotted: "from 21.12.2026 to 04.01.2027").
    (r"\b(?:from\s+(?:[^.;\n]|(?<=\d)\.(?=\d|\s+to\s)){3,30}?\s+to|"
     r"between\s+(?:[^.;\n]|(?<=\d)\.(?=\d|\s+and\s)){3,30}?\s+and)\s+(?=(?:\w+day,?\s+)?(?:\d|[a-z]{3}))",
     "en", UNTIL, AFTER),
    # "from 16 to 20 November", "between 16 and 20 November": the first day a bare number, the month written once
    (r"\b(?:from\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|till|-|–)|between\s+\d{1,2}(?:st|nd|rd|th)?\s+and)\s+"
     r"(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3})",
     "en", UNTIL, AFTER),
    # ---- German
    (r"\b(?:erst|nicht vor dem|nicht vor)\s+(?:am\s+|ab\s+)?(?=.{0,40}?\b(?:wieder|zurück)\b)", "de", ON, AFTER),
    (r"\b(?:wieder|zurück)(?: im büro| erreichbar| da)?\s+(?:am|ab)\s+", "de", ON, AFTER),
    # "ab X wieder im Büro" is the return, but Lotus' "Ich werde ab X nicht im Büro sein. Ich kehre zurück am Y"
    # starts the absence on X: the word that makes "ab" a return must stand in the same sentence (a dot only
    # inside a date).
    # "Ich bin ab 30.11. im Urlaub und ab 7.12. wieder da": only the "ab" whose own date the words follow.
    (from_then_back(r"\bab(?:\s+(?:dem|den))?", r"wieder|zurück|(?<!nicht )(?:erreichbar|im büro|im hause?)"),
     "de", ON, AFTER),
    (from_then_back(r"\bam", r"wieder|zurück"), "de", ON, AFTER),  # "kehre am X zurück"
    # "nach meiner Rückkehr am X", a label's "(Voraussichtliche) Rückkehr: X"
    (r"\b(?:nach )?(?:(?:meiner|meine) )?rückkehr(?: ins büro| an den arbeitsplatz)?\s+(?:am\s+|ab dem\s+|ab\s+)?",
     "de", ON, AFTER),
    (r"\bbis\s+(?:einschließlich\s+|einschliesslich\s+|inklusive\s+|zum\s+|am\s+)?", "de", UNTIL, AFTER),
    # ---- French ("absent du X au Y": away through Y)
    # "not back until/before X" is back on X: "ne serai de retour qu'au X", "ne serai pas au bureau avant le X"
    (r"\bne (?:serai|suis|reviendrai|rentrerai) (?:pas )?(?:de retour |joignable |disponible |au bureau |présente? )?"
     r"(?:qu['’]\s*(?:au|à partir du|le)|avant(?: le)?)\s+", "fr", ON, AFTER),
    (r"\b(?:de retour|je serai (?:de retour|présente?)|reviendrai|reviens|rentrerai|je rentre|je retourne|retournerai|serai (?:de|à) nouveau"
     r"(?: disponible| joignable| au bureau| présente?)?|retour prévu)(?: au bureau)?\s+"
     r"(?:le|à partir du|dès le)?\s*", "fr", ON, AFTER),
    # "je serai joignable à partir du X", "je serai au bureau le X": only with the day's word right after them
    # ("je serai joignable sur mon portable jusqu'au 4" is no return).
    (r"\bje serai (?:au bureau|joignable|disponible)\s+(?:le|à partir du|dès le|dès)\s+", "fr", ON, AFTER),
    (r"\b(?:date de )?retour(?: prévu| au bureau)?\s+(?:le\s+)?(?=\d|(?:lun|mar|mer|jeu|ven)\w*\s+\d)", "fr", ON, AFTER),
    # "je reprendrai (le travail) le X", "à mon retour le X", "dès mon retour, le X": the first day back.
    (r"\b(?:reprendrai|reprends|reprendra|reprise)(?: le travail| mon poste| mes activités| mes fonctions| le bureau)?"
     r"\s+(?:le|à partir du|dès le)\s+|\b(?:à|dès) mon retour,?\s+(?:prévu\s+)?(?:le|au)\s+", "fr", ON, AFTER),
    (from_then_back(r"\b(?:à partir du|à compter du|dès le)", r"de retour|à nouveau|de nouveau|reprendrai|reprends"),
     "fr", ON, AFTER),
    (r"\bjusqu['’]\s*(?:au|à|a)\s+(?:et y compris le\s+|le\s+)?", "fr", UNTIL, AFTER),
    (r"\bdu\s+(?:\w+\s+)?\d{1,2}(?:er)?" + _DOTTED + r"[^.;\n]{0,20}?\bau\s+", "fr", UNTIL, AFTER),
    (r"\bentre le\s+(?:\w+\s+)?\d{1,2}(?:er)?" + _DOTTED + r"[^.;\n]{0,25}?\bet (?:le\s+)?", "fr", UNTIL, AFTER),
    # "ne pourrai répondre qu'à partir du X", "ne pourrai pas traiter votre message avant le X": back on X
    (r"\bne pourrai\b[^.;\n]{0,40}?(?:\bqu['’]\s*(?:au|à partir du|le|à)|\bavant(?: le)?)\s+", "fr", ON, AFTER),
    # ---- Spanish ("del 1 al 7 de diciembre": away through the 7th)
    # Not "No estaré disponible desde el 30": that starts the absence.
    (r"\b(?:regres(?:o|aré|are|ando)|de vuelta|de regreso|volveré|vuelvo|volviendo|me (?:re)?incorporo|"
     r"me (?:re)?incorporaré|estaré (?:de nuevo|nuevamente)|(?<!\bno )estaré disponible|(?<!\bno )estaré en la oficina|a mi (?:vuelta|regreso))"
     r"(?: a la oficina| en la oficina)?,?\s+(?:el|a partir del?|desde el)?\s*", "es", ON, AFTER),
    (from_then_back(r"\b(?:a partir del?|desde el)", r"de nuevo|de vuelta|de regreso|nuevamente|regres|volver[ée]|"
                    r"me (?:re)?incorpor"), "es", ON, AFTER),
    # "No estaré en la oficina hasta el X", as English "not back until X": back on X.
    (r"\bno (?:estaré|estoy|volveré|regresaré|me (?:re)?incorporaré)(?: de vuelta| de regreso| en la oficina|"
     r" disponible| localizable)? hasta\s+(?:el\s+(?:día\s+)?)?", "es", ON, AFTER),
    (r"\bhasta\s+(?:el\s+(?:día\s+)?)?", "es", UNTIL, AFTER),
    # "del 20 de diciembre de 2004 al 9 de enero": "de … de" takes room
    (r"\bdel\s+(?:\w+\s+)?\d{1,2}" + _DOTTED + r"[^.;\n]{0,30}?\bal\s+", "es", UNTIL, AFTER),
    (r"\bentre el\s+(?:día\s+)?\d{1,2}" + _DOTTED + r"[^.;\n]{0,25}?\by (?:el\s+)?(?:día\s+)?", "es", UNTIL, AFTER),
    (r"\bno podré\b[^.;\n]{0,40}?\bhasta\s+(?:el\s+(?:día\s+)?)?", "es", ON, AFTER),  # "no podré contestar hasta el X"
    # ---- Italian ("dal 1 al 7 dicembre": away through the 7th)
    (r"\b(?:rientro|ritorno|rientrerò|tornerò|di ritorno|(?:di nuovo|nuovamente) (?:in ufficio|disponibile|"
     r"operativ[oa]|presente)|sarò (?:in ufficio|disponibile|raggiungibile))(?: in ufficio)?"
     r"(?:,?\s+previsto per)?\s+(?:il|dal|da|a partire da(?:l)?)?\s*", "it", ON, AFTER),
    (from_then_back(r"\ba partire dal", r"di nuovo|nuovamente|di ritorno|rientr|torner"), "it", ON, AFTER),
    (r"\bfino (?:alla|al|a|all['’])\s*(?:giorno\s+)?", "it", UNTIL, AFTER),
    (r"\bdal(?:l['’])?\s*(?:\w+\s+)?\d{1,2}" + _DOTTED + r"[^.;\n]{0,20}?\bal(?:l['’])?\s*(?=\d|\w+\s+\d)", "it", UNTIL, AFTER),
    # ---- Dutch
    (r"\b(?:terug|weer (?:op kantoor|aanwezig|beschikbaar|bereikbaar|terug|op het werk))(?: op kantoor)?\s+"
     r"(?:op|vanaf|per)?\s*", "nl", ON, AFTER),
    (from_then_back(r"\bvanaf", r"weer|terug"), "nl", ON, AFTER),  # "vanaf 7 december ben ik weer bereikbaar"
    (r"\b(?:weer|opnieuw) (?:te )?bereiken\s+(?:vanaf|op|per)\s+|\bterug(?:keer|komst)\s+(?:op\s+)?", "nl", ON, AFTER),
    # "7 december weer op kantoor": the date right before the words (a number or a month name ends it).
    (r"(?=\s+(?:weer|terug)\s)(?:(?<=\d)|(?<=\d\.)|(?<=dag)|(?<=ari)|(?<=maart)|(?<=april)|(?<=mei)|(?<=juni)|(?<=juli)|(?<=augustus)|(?<=ber))\s+"
     r"(?:(?:weer|terug)\s+(?:op kantoor|op (?:het )?werk|op post|aanwezig|bereikbaar|beschikbaar)|weer terug\b)",
     "nl", ON, BEFORE),
    (r"\btot en met\s+|\bt/m\s+|\btot\s+(?=\d|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|eind|begin|half|medio|"
     r"midden|week)\b)", "nl", UNTIL, AFTER),
    # ---- Portuguese (pt-PT and pt-BR)
    (r"\b(?:de volta|de regresso|retorno|regresso|volto|voltarei|retornarei|regressarei|estarei disponível)"
     r"(?: ao escritório| ao trabalho| ao serviço| a trabalhar)?\s+(?:em|no dia|na|no|a partir d[eoa])?\s*",
     "pt", ON, AFTER),
    (r"\baté\s+(?:a[o]?\s+)?(?:(?:o\s+)?dia\s+)?", "pt", UNTIL, AFTER),
    (from_then_back(r"\ba partir d[oa]", r"de volta|de regresso|retorno|regresso|volto|voltarei|retornarei"),
     "pt", ON, AFTER),
    # "de 20 de dezembro a 3 de fevereiro", "entre 20/12 e 03/01": away through the second date.
    (r"\b(?:de|entre)\s+(?:(?:os|o) dias?\s+)?\d{1,2}(?:º)?" + _DOTTED + r"[^.;\n]{0,25}?\s(?:a|à|ao|até|e)\s+(?=\d)", "pt", UNTIL, AFTER),
    # ---- Swedish, Danish, Norwegian (bokmål; nynorsk mostly shares these words)
    (r"\b(?:tillbaka|tillbaks|åter|återkomst)(?: på (?:kontoret|jobbet|arbetet))?\s+(?:den|på|från)?\s*", "sv", ON, AFTER),
    (r"\b(?:till och med|t\.o\.m\.?)\s+(?:den\s+)?|\btill\s+(?:den\s+)?(?=\d|" + _NORDIC_WEEKDAYS + ")", "sv da nb", UNTIL, AFTER),
    (r"\b(?:tilbage|igen)(?: på (?:kontoret|arbejde))?\s+(?:den|d\.|på|fra)?\s*", "da", ON, AFTER),
    # "not before X" is back on X: "ikke på kontoret før den 7.", "läser inte mejl förrän den 7".
    (r"\b(?:ikke|ikkje)\b[^.;\n]{0,40}?\bfør\s+(?:den\s+|d\.\s*)?", "da nb", ON, AFTER),
    (r"\binte\b[^.;\n]{0,40}?\bförrän\s+(?:den\s+|på\s+)?", "sv", ON, AFTER),
    (r"\b(?:tilbake|igjen)(?: på (?:kontoret|jobb))?\s+(?:den|på|fra|fom\.?)?\s*", "nb", ON, AFTER),
    (r"\b(?:til og med|tom\.)\s+(?:den\s+)?|\btil\s+(?:den\s+|d\.\s*)?(?=\d|" + _NORDIC_WEEKDAYS + ")"
     r"|\b(?:indtil|inntil)\s+(?:den\s+|d\.\s*)?", "da nb", UNTIL, AFTER),
    # An absence in a week by its number ("ferie i uge 32", "Urlaub in KW 32", "vacation in week 32"): through it.
    (r"\b(?:ferie|holiday|vacation|leave|urlaub|semester|vacances|congés?|vacaciones|lomalla|away|absent|abwesend|"
     r"fraværende|borta|borte|ledig)\s+(?=(?:in|i|en|la|der|the|på)?\s*(?:week|uge|uke|vecka|v\.|kw|woche|semaine|"
     r"semana|viikolla)\s*\d)", "da sv nb de en fr es nl fi", UNTIL, AFTER),
    # ---- Finnish: postpositions ("7.12. asti/saakka" = through the 7th), "palaan (toimistolle) 8.12."
    (r"\s(?:asti|saakka|mennessä)\b", "fi", UNTIL, BEFORE),
    # "seuraavan kerran tavattavissa X" (next reachable on X); a bare "tavoitettavissa X asti" is the last day.
    (r"\b(?:palaan|palaa|olen takaisin|takaisin toimistolla|(?:tavattavissa|tavoitettavissa) (?:taas|jälleen)|"
     r"(?:seuraavan kerran|taas|jälleen|uudelleen) (?:tavattavissa|tavoitettavissa)|(?:taas|jälleen) töissä)"
     r"(?: toimistolle| töihin| toimistoon)?\s+", "fi", ON, AFTER),
    # ---- Polish, Czech, Slovak
    (r"\bdo\s+(?:dnia\s+|dne\s+|dňa\s+)?(?=\d|(?:poniedziałku|wtorku|środy|czwartku|piątku|pondělí|úterý|"
     r"středy|čtvrtka|pátku|pondelka|utorka|stredy|štvrtka|piatku)\b)", "pl cs sk", UNTIL, AFTER),
    (r"\b(?:wracam|wrócę|powrót|będę (?:z powrotem|ponownie|dostępn[ya]|w biurze))(?: do biura| w biurze)?\s+"
     r"(?:od|w dniu|dnia|w)?\s*", "pl", ON, AFTER),
    (r"\b(?:zpět|vrátím se|vracím se|opět (?:k zastižení|k dispozici|v kanceláři)|budu (?:opět|zpět))(?: v kanceláři)?\s+"
     r"(?:od|dne|v)?\s*", "cs", ON, AFTER),
    (r"\b(?:späť|vrátim sa|opäť (?:k dispozícii|v kancelárii)|budem (?:opäť|späť))(?: v kancelárii)?\s+"
     r"(?:od|dňa|v)?\s*", "sk", ON, AFTER),
    # ---- Hungarian: suffixes on the date. "december 7-ig" = through the 7th; "december 7-én/-től ismét/újra …",
    # "7-én térek vissza" = back on the 7th (less sure of how people phrase the return: only with those words).
    (r"(?<=\d)\.?-?ig\b", "hu", UNTIL, BEFORE),
    (r"(?<=\d)\.?-?(?:[áé]n|t[óő]l)\s+(?:ismét|újra|térek vissza|jövök vissza|visszatérek)", "hu", ON, BEFORE),
    # ---- Romanian
    (r"\b(?:revin|mă întorc|mă voi întoarce|voi reveni|voi fi din nou(?: disponibil[ăa]?)?)"
     r"(?: la birou| în birou)?\s+(?:pe|în|la|începând cu|din)?\s*(?:data de\s+)?", "ro", ON, AFTER),
    (r"\bp[âa]n[ăa]\s+(?:la|pe|în)?\s*(?:data de\s+)?(?:inclusiv\s+)?", "ro", UNTIL, AFTER),
    # ---- Turkish: "7 Aralık'a kadar" / "7 Aralık tarihine kadar" = through the 7th; "… tarihinde döneceğim".
    (r"\s(?:tarihine |günü )?kadar\b", "tr", UNTIL, BEFORE),
    (r"\s(?:tarihinde |günü |itibariyle |itibaren )?(?:döneceğim|dönüyorum|ofiste olacağım|işbaşı yapacağım|"
     r"ofisteyim|tekrar ofiste)", "tr", ON, BEFORE),
    # ---- Russian, Ukrainian ("до" = until, "по" in "с 1 по 7 декабря" = through; "вернусь", "буду в офисе с")
    (r"(?<!\w)(?:до|по)\s+(?=\d|(?:понедельника|вторника|среды|четверга|пятницы|понеділка|вівторка|середи|"
     r"четверга|п'ятниці)(?!\w))", "ru uk", UNTIL, AFTER),
    (r"(?<!\w)(?:вернусь|возвращаюсь|выйду на работу|буду (?:в офисе|на месте|на связи|доступен|доступна))"
     r"\s+(?:с|со)?\s*", "ru", ON, AFTER),
    (r"(?<!\w)(?:повернуся|повернусь|буду (?:в офісі|на місці|на зв'язку|доступн(?:ий|а)))\s+(?:з|із|зі)?\s*",
     "uk", ON, AFTER),
    # ---- Greek
    (r"(?<!\w)(?:έως|εως|μέχρι|μεχρι)\s+(?:και\s+)?(?:(?:τις|την|το)\s+)?", "el", UNTIL, AFTER),
    (r"(?<!\w)(?:επιστρέφω|θα επιστρέψω|επιστροφή|θα είμαι (?:ξανά )?στο γραφείο)(?: στο γραφείο)?\s+"
     r"(?:στις|την|τη|από)?\s*", "el", ON, AFTER),
    # ---- Hebrew, Arabic, Hindi (dateparser reads "4 בדצמבר", "4 ديسمبر", "4 दिसंबर"): "עד" / "حتى" / "तक" until,
    # "אחזור ב-" / "سأعود في" / "को लौटूँगा" back on. Hindi's "तक" and "को" follow the date.
    (r"(?<!\w)עד\s+(?:ה-?|ל-?)?(?=\d)", "he", UNTIL, AFTER),
    (r"(?<!\w)ו?(?:אחזור|אשוב|חוזר|חוזרת)(?: למשרד| לעבודה)?\s+(?:ב-?|ביום\s+)?(?=\d)", "he", ON, AFTER),
    (r"(?<!\w)(?:حتى|لغاية|إلى غاية)\s+(?:تاريخ\s+|يوم\s+)?(?=\d)", "ar", UNTIL, AFTER),
    (r"(?<!\w)و?(?:سأعود|أعود|العودة)(?: إلى المكتب| للعمل)?\s+(?:في|يوم|بتاريخ)?\s*(?=\d)", "ar", ON, AFTER),
    (r"\s+तक(?!\S)", "hi", UNTIL, BEFORE),
    (r"\s+को\s+(?:कार्यालय\s+)?(?:लौटूँगा|लौटूंगा|लौटूँगी|लौटूंगी|वापस आऊँगा|वापस आऊंगा|वापस आऊँगी|वापस आऊंगी)", "hi", ON, BEFORE),
)



TRIGGER_RES: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(lost_letters(p), re.IGNORECASE), lang, kind, side) for p, lang, kind, side in TRIGGERS)

# Languages written year-month-day in words ("2026. december 7."): dateparser's DATE_ORDER for them.
YEAR_FIRST = {"hu"}

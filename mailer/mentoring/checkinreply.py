"""A mentor's answer to a check-in → stop the check-ins, pause them to a date, or advice (pure).

Read with the machinery that reads a manager's reply: a command on the first line ("stop", "pause until March",
"snooze 4w": reading/commands.py, with the mentor's own words) or a sentence that says it plainly ("please stop
these check-ins", "I'm leaving the company", "Bitte keine Check-ins mehr", "Mettons les check-ins en pause
jusqu'en mars": reading/sentences.decision, with the phrases below). As for a manager's decision, precision
comes first: a negation, a question or a condition leaves the answer advice ("we should stop hiring juniors",
"should we pause the check-ins?"), and so do words that name no check-in ("stop" is about the mail only alone
on its line or with the check-ins named). Leaving the company is a stop only when it ends the check-ins now:
not with words that go on with them ("I'm leaving next month, let's make the most of it"), nor for a departure a
week or more ahead without a farewell ("Ich verlasse das Unternehmen Ende Januar": advice, kept in the journal).
A command word that opens the answer is judged by what follows it, as a manager's yes/no is (reading/yesno.py):
"Stop, that's a great question. I'd say…", "Para, el lunes hablamos", "Pause. Good one. …" are advice; "Stop,
I don't have time for these", "Stop, I'm changing roles", "Pause until March", "Pause. Back in February.", "Stop,
thanks", "Stop please" stand. Advice in the conditional ("I'd pause
before hiring more juniors") and a numbered answer's "3) Not before March" are no pause.

A pause names the day the check-ins come back, in all four languages and as "snooze until X" does: "until 15
January", "bis 15. Januar", "jusqu'au 15 janvier", "hasta el 15 de enero" → the first check-in slot on or after
15 January; "until March" → 1 March. Words that include the day pause through it ("through 15 January", "bis
einschließlich 15. Januar", "jusqu'au 15 janvier inclus", "hasta el 15 de enero incluido" → back on the 16th).
(An out-of-office's "until X" is read the other way, as the last day away: auto-replies are written so.) The date
is read by the out-of-office date reader (reading/returndate.py), a duration ("4 weeks") or a season ("after the
summer"); a pause with no readable date lasts DEFAULT_PAUSE, and the confirmation names the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
import re
from zoneinfo import ZoneInfo

from mailer.reading import commands, sentences, yesno
from mailer.reading.returndate import ooo_return_date

DEFAULT_PAUSE = timedelta(weeks=4)    # "not now" without a date
LONGEST_PAUSE = timedelta(days=366)   # "after the summer" from December is nine months; further is a typo

# First-line commands a mentor may write (the words of reading/commands.py's verbs "stop" and "snooze").
COMMAND_WORDS: dict[str, tuple[str, ...]] = {
    "stop": ("stop", "unsubscribe", "stopp", "stoppen", "abmelden", "arrêter", "arrête", "arrêtez", "para",
             "parar", "basta"),
    "snooze": ("snooze", "pause", "pausieren", "pausa", "pausar", "remind me"),
}

_CHECKINS = (r"(?:the |these |those |all |your |our |my |this |die |diese |les |ces |vos |nos |los |estos |"
             r"tus |sus )?(?:mentoring |monthly |weekly )?(?:check-?ins?|mentoring(?: mails?)?|mentorship|mentorat|"
             r"mentoría|mentoria|mails?|e-?mails?|messages?|reminders?|questions|nachrichten|erinnerungen|fragen|"
             r"relances|correos|mensajes|recordatorios|preguntas)")
_MENTORING = r"(?:mentoring|mentorship|the mentorship|das mentoring|le mentorat|la mentoría|la mentoria)"
_COMPANY = (r"(?:the company|the firm|the team|acme|this company|das unternehmen|die firma|l'entreprise|"
            r"la société|la empresa|la compañía)")
_END = r"(?=\s*(?:$|[.,;!:)—–-]))"  # "not now." alone, never "not now is the time to hire"
# ("Pause please": a courtesy after the word is as good as its end.)
_WHEN = (r"(?=\s*(?:$|[.,;!:)—–-]|until|till|til|through|for|after|before|in|from|bis|nach|ab|erst|für|"
         r"jusqu|après|avant|pendant|pour|hasta|después|durante|por|\d|(?:please|bitte|merci|thanks|danke|gracias)"
         r"(?![\w'-])))")

_PHRASES: dict[str, tuple[str, ...]] = {
    "stop": (
        rf"(?:please |kindly )?(?:stop|end|cancel|discontinue) (?:sending (?:me )?)?{_CHECKINS}",
        rf"(?:please |kindly )?(?:stop|end|cancel) (?:the |our |this )?{_MENTORING}",
        rf"no more {_CHECKINS}", rf"(?:i'd|i would|i want to|i'd like to|i would like to) (?:stop|end|opt out)"
        r"(?= (?:the |these |our |this )?(?:check-?ins?|mentoring|mentorship)|\s*(?:$|[.,;!]))",
        rf"(?:i'm|i am) (?:stepping down|no longer able to mentor|not able to continue)",
        r"(?:i )?(?:can't|cannot|can no longer) (?:continue|keep up|keep going) (?:with )?(?:the |this |our )?"
        r"(?:mentoring|mentorship|check-?ins?)",
        r"please unsubscribe me", r"stop sending me (?:these|them|those|this)(?![\w'-])", r"take me off (?:this|the|these)",
        # Deutsch
        rf"(?:bitte )?keine {_CHECKINS} mehr",
        rf"(?:{_CHECKINS}|{_MENTORING}) (?:bitte )?(?:beenden|stoppen|einstellen)",
        rf"(?:ich möchte|ich will|bitte) (?:das mentoring |die check-?ins )?(?:beenden|abbestellen|stoppen)",
        # Français
        rf"(?:arrêtez|arrêtons|arrête|stoppez|stoppons|cessez) (?:d'envoyer )?{_CHECKINS}",
        rf"(?:je )?ne (?:veux|souhaite) plus (?:recevoir )?(?:de |les |ces )?{_CHECKINS}", rf"plus de {_CHECKINS}",
        rf"(?:mettre|mettons|mettez) fin (?:au|à notre) mentorat",
        # Español
        rf"(?:deja|dejad|deje|dejen|para|parad|pare|paremos|detén|detenga|cancela|cancelemos) (?:de enviar(?:me)? )?"
        rf"{_CHECKINS}", rf"no (?:quiero|deseo) (?:recibir )?más {_CHECKINS}", rf"no más {_CHECKINS}",
        rf"(?:terminar|terminemos|cancelar|cancelemos|finalizar) (?:el |la )?(?:mentoría|mentoria|mentoring)",
        # "Please stop", "Stop please" alone: a polite stop, as "Pause please" is a pause.
        rf"(?:please|pls|plz|kindly) stop{_END}", rf"stop,? (?:please|pls|plz)(?![\w'-]){_END}",
    ),
    # Leaving the company ends the check-ins only when nothing says to go on (_departure_ends_now).
    "leave": (
        rf"(?:i'm|i am|i'll be|i will be) (?:leaving|quitting) {_COMPANY}",
        rf"(?:i've|i have) (?:left|quit) {_COMPANY}",
        rf"ich (?:verlasse|verlass) {_COMPANY}", rf"je quitte {_COMPANY}", rf"(?:dejo|me voy de|abandono) {_COMPANY}",
    ),
    "pause": (
        rf"(?:pause|snooze|hold off on|skip) (?:the |these |our |all |your )?(?:check-?ins?|mentoring|mails?)",
        rf"(?:pause|snooze){_WHEN}",
        # "Please pause these for 2 weeks": "these" is the mail being answered, with a time or alone.
        r"(?:pause|snooze) (?:these|those)(?= (?:until|till|for|through|after)|\s*(?:$|[.,;!]))",
        rf"(?:put|keep) (?:the |these |our )?(?:check-?ins?|mentoring) on hold",
        rf"not (?:right )?now{_END}", r"not (?:until|before)(?= )", rf"not at the moment{_END}",
        r"(?:take|need) a (?:short )?break",
        r"(?:too busy|swamped) (?:right now|at the moment|for now|until|till|this month|these weeks)",
        # Deutsch
        rf"(?:die |diese )?(?:check-?ins?|mentoring) (?:bitte )?(?:pausieren|aussetzen)", rf"pausieren{_WHEN}",
        rf"(?:gerade|jetzt|im moment|momentan) nicht{_END}", r"erst (?:wieder )?(?:ab|nach|im|in)(?= )", r"pause bis",
        # Français
        rf"(?:mettre|mettons|mets|mettez) (?:les |ces |nos )?(?:check-?ins |le mentorat )?en pause",
        rf"pas (?:maintenant|pour le moment|tout de suite){_END}", r"pas avant(?= )", r"pause jusqu",
        # Español
        rf"(?:pausar|pausemos|pausa|pongamos en pausa) (?:los |estos |las )?(?:check-?ins?|mentoría|correos)?{_WHEN}",
        rf"ahora no{_END}", rf"no (?:por )?ahora{_END}", r"(?:ahora|en este momento) no puedo", r"no hasta(?= )",
    ),
}
_COMPILED = sentences.compiled(_PHRASES)
# A departure is a stop when it ends the check-ins now. Words that go on with them ("let's make the most of it",
# "until then") keep it advice, and so does a departure a week or more ahead ("next month", "at the end of the
# month", "in March", "Ende Januar", "le mois prochain", "el mes que viene") unless farewell words close the pair
# ("it was a pleasure", "thanks for everything"). "I'm leaving the company" alone, "I have left", "I'm leaving
# tomorrow" stay stops.
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|"
           r"februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|"
           r"octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
           r"noviembre|diciembre|spring|summer|autumn|fall|winter|frühling|sommer|herbst|printemps|été|automne|"
           r"hiver|primavera|verano|otoño|invierno)")
_AHEAD = re.compile(
    rf"(?<![\w'-])(?:next (?:week|month|quarter|year)|(?:at )?the end of (?:the |this |next )?(?:month|quarter|year)|"
    rf"end of {_MONTHS}|(?:in|by|after|from) (?:early |mid-?|late )?{_MONTHS}|in (?:a|one|two|three|four|a few|"
    rf"\d+|a couple of) (?:weeks?|months?)|in the (?:new year|spring|summer|autumn|fall)|"
    rf"nächste[nrs]? (?:woche|monat|quartal|jahr)|(?:zum |am )?(?:monats|quartals|jahres)ende|ende (?:des )?"
    rf"(?:monats|quartals|jahres|{_MONTHS})|(?:im|ab|nach dem) {_MONTHS}|in (?:ein paar|zwei|drei|vier|\d+) "
    rf"(?:wochen|monaten)|"
    rf"(?:la semaine|le mois|l'année) prochaine?|(?:à la )?fin (?:du mois|de l'année|du trimestre|{_MONTHS})|"
    rf"(?:en|début|mi-|fin) {_MONTHS}|dans (?:deux|trois|quatre|quelques|\d+) (?:semaines|mois)|"
    rf"(?:la semana|el mes|el año) (?:que viene|próximo)|el próximo (?:mes|año)|la próxima semana|"
    rf"a (?:fin|finales) de (?:mes|año|{_MONTHS})|en {_MONTHS}|dentro de (?:dos|tres|cuatro|unas|\d+) "
    rf"(?:semanas|meses))(?![\w'-])", re.I)
_GOING_ON = re.compile(
    r"(?<![\w'-])(?:make the most of|until then|till then|in the meantime|meanwhile|keep (?:going|them coming|"
    r"the (?:check-?ins|questions) coming)|let's (?:keep (?:going|at it)|continue|go on)|happy to (?:continue|keep "
    r"going)|before i (?:go|leave)|(?:a few|one or two|the last few) more|bis dahin|in der zwischenzeit|"
    r"(?:lass|lasst) uns (?:die |diese |unsere )?(?:zeit|wochen|check-?ins|gespräche)|nutzen wir|"
    r"machen wir weiter|gerne weiter|vor meinem (?:weggang|abschied)|d'ici là|en attendant|profitons|continuons|"
    r"avant mon départ|hasta entonces|mientras tanto|aprovechemos|sigamos|antes de irme)(?![\w'-])", re.I)
_FAREWELL = re.compile(
    r"(?<![\w'-])(?:it was a pleasure|it's been a pleasure|it has been a pleasure|thank you for everything|"
    r"thanks for everything|farewell|goodbye|all the best|this (?:is|was) our last|es war (?:mir )?eine freude|"
    r"danke für alles|alles gute|lebe?wohl|ce fut un plaisir|c'était un plaisir|merci pour tout|adieu|"
    r"bonne continuation|fue un placer|ha sido un placer|gracias por todo|hasta siempre|mucha suerte)(?![\w'-])",
    re.I)
# A pause may be hedged about its date ("not now, maybe after the summer"); a condition or a question still
# leaves it undecided ("if you could pause…", "should we pause?"). A stop is never hedged: reading/sentences' own.
# Advice is given in the conditional ("I'd pause before hiring more juniors", "Ich würde bei den Junior-Stellen erst
# mal pausieren", "Je ferais une pause avant de recruter"): a pause so said, of anything but the check-ins, is advice;
# "I'd like to pause", "I'd rather pause" ask for one.
_PAUSE_UNSURE = re.compile(r"(?<![\w'-])(?:if|unless|whether|should we|shall we|can we|could we|would you|"
                           r"do you think|wenn|falls|ob|sollen wir|sollten wir|si|sauf|salvo|a menos|"
                           r"(?:i'd|i would|ich würde|würde ich|je ferais|je mettrais|yo haría|yo pondría)"
                           r"(?! (?:like|love|prefer|rather|want|gern|gerne|lieber|aimerais|préférerais))"
                           r"(?!.*check-?ins?)"
                           # "Our team is on pause until the reorg": a state described, not a request.
                           r"|(?:is|are|was|were|been|'s|'re|ist|sind|war|est|sont|está|están)"
                           r" (?:on |in |en )?(?:pause|paused|hold|pausiert|pausa)(?!.*check-?ins?))(?![\w'-])",
                           re.I)

_DURATION = re.compile(r"(?<!\w)(\d{1,3}|a|an|one|two|three|four|six|a few|zwei|drei|vier|deux|trois|quatre|dos|"
                       r"tres|cuatro)\s*(d|days?|w|wks?|weeks?|mo|months?|tage?n?|wochen?|monate?n?|jours?|semaines?|"
                       r"mois|días?|dias?|semanas?|meses?)(?!\w)", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "a few": 3, "zwei": 2, "drei": 3,
            "vier": 4, "deux": 2, "trois": 3, "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4}
# Seasons people pause to, as the first day after them: (month, day) in the northern year, most teams' calendar.
_SEASONS = (
    (re.compile(r"(?:after|nach|après|despues|después)\s+(?:the |dem |l'|el |del )?(?:summer|sommer|été|verano)"
                r"(?:\s+(?:holidays?|break|ferien|vacances|vacaciones))?", re.I), (9, 1)),
    (re.compile(r"(?:after|nach|après|despues|después)\s+(?:the |den |les |las |la )?(?:christmas|xmas|holidays|"
                r"new year|weihnachten|feiertagen|neujahr|noël|fêtes|nouvel an|navidad|fiestas|año nuevo)", re.I),
     (1, 4)),
)


@dataclass(frozen=True)
class CheckinReply:
    """What a mentor's check-in answer decides: `verb` "stop" or "pause" (with `until`, an aware UTC instant: the
    start of the mentor's local day the check-ins resume); `dated` says whether the mentor gave the date."""

    verb: str
    until: datetime | None = None
    dated: bool = True
    leaving: bool = False  # a stop that says the mentor leaves the company: never suggested as a mentor again


def read_checkin_reply(text: str, now: datetime, tz: ZoneInfo) -> CheckinReply | None:
    """A stop or a pause the answer states for sure, or None: it is advice (kept in the journal).

    >>> from zoneinfo import ZoneInfo
    >>> now = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
    >>> read_checkin_reply("Please stop these check-ins, thanks.", now, ZoneInfo("Europe/Berlin")).verb
    'stop'
    >>> read_checkin_reply("pause until March", now, ZoneInfo("Europe/Berlin")).until.date()
    datetime.date(2027, 2, 28)
    >>> read_checkin_reply("We should stop hiring juniors.", now, ZoneInfo("Europe/Berlin")) is None
    True
    """
    text = _without_unsupported_opening(text, now, tz)
    parsed = commands.parse_commands(text, now, tz, role="recruiter", words=COMMAND_WORDS)
    # A check-in asks one question: numbered commands ("1. Stop doing phone screens\n2. Pause before the offer")
    # are advice point by point, never a stop or a pause of items that do not exist.
    command = parsed.commands[0] if parsed.commands and parsed.commands[0].item is None else None
    if command and command.verb == "stop":
        return CheckinReply("stop", leaving=says_leaving(text))
    if command and command.verb == "snooze":
        return CheckinReply("pause", command.until)
    lines = [line for line in text.strip().splitlines() if line.strip()][:5]
    if sum(bool(_ITEM_LINE.match(line)) for line in lines) >= 2:
        # Numbered answers answer the check-in's parts, one by one: "3) No, not before March" is a part's answer,
        # not a pause; a numbered line that names the check-ins still counts.
        lines = [line for line in lines if not _ITEM_LINE.match(line) or _NAMES_CHECKINS.search(line)]
    stop = sentences.decision(lines, {"stop": _COMPILED["stop"]}) or (
        sentences.decision(lines, {"stop": _COMPILED["leave"]}) if _departure_ends_now(" ".join(lines)) else None)
    pause = sentences.decision(lines, {"pause": _COMPILED["pause"]}, _PAUSE_UNSURE)
    if stop and not pause:
        return CheckinReply("stop", leaving=says_leaving(" ".join(lines)))
    if pause and not stop or parsed.problem and _COMPILED["pause"].search(" ".join(lines)[:200]):
        # "snooze until September" is past a manager's longest snooze: for a mentor's pause, read its date here.
        return _pause(" ".join(lines), now, tz)
    return None


# A stop that says the mentor leaves (or has left, or retires) is stored as such: suggested to nobody again.
_LEAVING_TOO = re.compile(r"(?<![\w'-])(?:my last day (?:is|will be|here|at)|(?:i'm|i am) (?:retiring|moving on)|"
                          r"mein letzter tag|mon dernier jour|mi último día)(?![\w'-])", re.I)


def says_leaving(text: str) -> bool:
    return bool(_COMPILED["leave"].search(text.replace("’", "'")) or _LEAVING_TOO.search(text.replace("’", "'")))


_ITEM_LINE = re.compile(r"\s*(?:#?\d{1,2}\s*[.):]|[-*•]\s)")
_NAMES_CHECKINS = re.compile(rf"(?<![\w'-]){_CHECKINS}(?![\w'-])", re.I)

# A command word opening the answer ("Stop", "Pause.", "Para,"): the first word of its first line, after a greeting
# alone on its line.
_OPENING = re.compile(r"\s*(?:stop|stopp|pause|snooze|para|pare|basta|arrête|arrêtez|halt)(?![\w'-])"
                      r"[\s,.!:;…—–-]*", re.I)
_GREETING_LINE = re.compile(r"\s*(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|hoi|olá|oi|moin|servus|"
                            r"good (?:morning|afternoon)|guten (?:morgen|tag)|buenos días|buongiorno|bom dia)"
                            r"(?![\w'-])[^.!?]{0,40}$", re.I)
# What lets an opening stop or pause stand, said after it: the mail named ("Stop sending these", "Stopp, keine
# Mails mehr"), a reason to stop or pause (no time, busy, leaving, away, "for now", "anymore"). A date or a
# courtesy also stands. Anything else is a sentence about another matter: "Stop, that's a great question",
# "Para, el lunes hablamos", "Pause. Good one. I think…" are advice, not a command.
_SUPPORTED_BY = re.compile(
    r"(?<![\w'-])(?:send\w*|mails?|e-?mails?|check-?ins?|messages?|reminders?|these|mentoring|mentorship|"
    r"no time|(?:don't|do not|haven't|have not) (?:have |got )?(?:the )?time|too busy|busy|swamped|leaving|"
    r"for now|for a while|anymore|any more|no longer|travel\w*|conference|holidays?|vacation|away|out of office|"
    r"parental|leave|crazy|hectic|freeze|"
    r"nachrichten|schick\w*|zeit|nicht mehr|keine \w+ mehr|urlaub|reise|unterwegs|erstmal|vorerst|"
    r"messages?|envo\w+|(?:le |plus le |pas le )temps|plus|débordée?|vacances|congé|pour l'instant|"
    r"correos|mensajes|enviar\w*|tiempo|ya no|ocupad[oa]|vacaciones|viaje|por ahora|de momento)(?![\w'-])",
    re.I)
# A reason of the mentor's own for stopping, said by the mentor of themselves ("I'm changing roles", "we're
# reorganising", "je change de poste", "cambio de puesto") or of the check-ins' use ("not useful for me", "this
# isn't helpful"). The person is required: "Stop, the candidate is changing jobs too often" is advice.
_WORK = r"(?:roles?|teams?|jobs?|compan(?:y|ies)|positions?|departments?|groups?|careers?)"
_OWN_REASON = re.compile(
    rf"(?<![\w'-])(?:(?:i'm|i am|i'll be|i will be|we're|we are) (?:(?:changing|switching) (?:(?:to )?(?:my |our |a |"
    rf"another |the )?(?:new |different )?{_WORK})|retiring|reorgani[sz]ing|being (?:reorgani[sz]ed|restructured|"
    rf"moved)|restructuring|starting a new {_WORK}|taking (?:on )?a new {_WORK}|moving (?:on|to (?:a |another |"
    rf"the |my )?(?:new |different )?{_WORK}))|i(?:'ve| have) (?:got |taken |accepted )?(?:a new {_WORK}|been (?:moved|"
    r"reassigned))|^(?:it |this |these |they )?(?:isn't|is not|aren't|are not|'s not|not) (?:very |really |that )?"
    r"(?:useful|helpful|needed|relevant)(?: (?:for|to) (?:me|us))?(?:\s*[.,;!]|$)|"
    r"ich (?:wechsle|wechsel) (?:das |die |den |mein |meine |meinen |in (?:ein |eine |die |das |den )?)?(?:andere |"
    r"neue |neues |neuen )?(?:team|rolle|stelle|job|abteilung|firma|unternehmen|position)|ich gehe in (?:rente|"
    r"den ruhestand|pension)|ich habe eine neue (?:stelle|rolle|position)|"
    r"wir (?:werden )?(?:umstrukturiert|strukturieren um)|(?:das |es |die )?(?:ist|sind) nicht (?:sehr |wirklich )?"
    r"(?:hilfreich|nützlich)|bringt mir nichts|je change de (?:poste|rôle|équipe|travail|boulot|job|service|"
    r"département|entreprise|société)|je pars à la retraite|je prends ma retraite|"
    r"(?:ce n'est |c'est )?pas (?:très |vraiment )?utile(?:\s*[.,;!]|$)|on se réorganise|"
    r"(?:me )?cambio de (?:puesto|rol|equipo|trabajo|empresa|departamento)|me jubilo|nos reorganizamos|"
    r"no (?:me )?(?:es|son) (?:muy )?útil(?:es)?|no me (?:sirve|sirven|ayuda|ayudan))(?![\w'-])", re.I)


def _without_unsupported_opening(text: str, now: datetime, tz: ZoneInfo) -> str:
    """The answer without an opening command word that what follows does not support ("Stop, that's a great
    question. I'd say…" → "that's a great question. I'd say…"), read as yesno.py reads a manager's yes/no: the
    rest of its line, or the next line when the word stood alone or with a courtesy. Any other answer unchanged."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip() and not _GREETING_LINE.match(line)), None)
    if first is None:
        return text
    word = _OPENING.match(lines[first])
    if word is None:
        return text
    said = lines[first][word.end():]
    if not said.strip() or yesno.only_courtesy(said.strip()):
        said = " ".join([said, *[line for line in lines[first + 1:] if line.strip()][:1]])
    if _opening_stands(word.group().strip(" ,.!:;…—–-").lower(), said, now, tz):
        return text
    # "Para, para, que me lías": the word said twice is one exclamation.
    return _without_unsupported_opening("\n".join([*lines[:first], lines[first][word.end():], *lines[first + 1:]]),
                                        now, tz)


def _opening_stands(word: str, said: str, now: datetime, tz: ZoneInfo) -> bool:
    said = " ".join(said.replace("’", "'").split())
    if not said or yesno.only_courtesy(said) or _SUPPORTED_BY.search(said) or _FAREWELL.search(said) or \
            _OWN_REASON.search(said):
        return True
    if any(pattern.search(said) for pattern in _COMPILED.values()):
        return True
    # A pause's time follows the word ("Pause until March", "snooze 4w"); a day later in another sentence is not
    # its time ("Pause… let me think and answer on Friday"), and a stop has none.
    if word in COMMAND_WORDS["stop"] or not _TIME_NEXT.match(said):
        return False
    return _snooze_date(said, now, tz) is not None or pause_date(said, now.astimezone(tz).date()) is not None


# ("Pause. Back in February.": the day back is the pause's time, as "until" is.)
_TIME_NEXT = re.compile(r"\d|jusqu'|(?:back (?:in|on|after|by)|until|till|til|through|for|after|from|bis|für|"
                        r"nach|ab|pendant|après|pour|hasta|durante|después|por|tot|fino|até)(?![\w'-])", re.I)


def _departure_ends_now(text: str) -> bool:
    """Whether leaving the company, if the answer says so, ends the check-ins now: not when it goes on with them
    ("let's make the most of it"), nor when the departure is a week or more ahead without a farewell."""
    text = text.replace("’", "'")
    if _GOING_ON.search(text):
        return False
    return not _AHEAD.search(text) or bool(_FAREWELL.search(text))


def _pause(text: str, now: datetime, tz: ZoneInfo) -> CheckinReply:
    today = now.astimezone(tz).date()
    day = _snooze_date(text, now, tz) or pause_date(text, today)
    dated = day is not None
    if day is None:
        day = today + DEFAULT_PAUSE
    day = min(day, today + LONGEST_PAUSE)
    return CheckinReply("pause", datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc), dated)


def _snooze_date(text: str, now: datetime, tz: ZoneInfo) -> date | None:
    """"… until 12 January" in a sentence means what "snooze until 12 January" means on a first line: back on
    the 12th (the snooze command's reader, so both say the same; the out-of-office reader would say the 13th)."""
    found = re.search(r"\b(?:until|till|til)\s+([^.,;!?\n]{3,40})", text, re.I)
    if found is None:
        return None
    parsed = commands.parse_commands(f"snooze until {found.group(1)}", now, tz, role="recruiter")
    until = parsed.commands[0].until if parsed.commands else None
    return until.astimezone(tz).date() if until else None


# "until/bis/jusqu'au/hasta" before a day (a number or a weekday), not before words that include it ("bis
# einschließlich", "through" is never rewritten): paused through the day before, back on the day named.
_WEEKDAY_WORDS = (r"mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
                  r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo")
_UNTIL_DAY = re.compile(
    rf"(?<![\w'-])(until|till|til|bis(?: zum| zur)?|jusqu'(?:au|à)(?: le)?|hasta(?: el)?)\s+"
    rf"(?!(?:einschließlich|inklusive|inclus|incluido|inclusive|including)\b)"
    rf"(?=(?:[^\W\d]+,?\s+)?(?:the\s+)?\d|(?:{_WEEKDAY_WORDS}))"
    rf"(?![^;!?\n]{{0,30}}(?<![\w'-])(?:einschließlich|inklusive|inclus|incluido|inclusive|included)(?![\w'-]))",
    re.I)
_BACK_ON = {"until": "back on ", "till": "back on ", "til": "back on ", "bis": "wieder am ", "jusqu": "de retour le ",
            "hasta": "de vuelta el "}


def pause_date(text: str, today: date) -> date | None:
    """The first day of the check-ins again, from a pause's words: a season ("after the summer" → 1 September),
    a duration ("for 4 weeks", "2w" → today + it) or a date, read by the out-of-office reader: the day named by
    "until", "bis", "jusqu'au", "hasta" ("bis 15. Januar" → 15 January; "bis einschließlich 15. Januar", "through
    15 January" → 16 January), a month's first day ("until March" → 1 March); None when the words give none.

    >>> pause_date("not now, maybe after the summer", date(2026, 12, 7))
    datetime.date(2027, 9, 1)
    >>> pause_date("snooze 4w please", date(2026, 12, 7))
    datetime.date(2027, 1, 4)
    """
    for pattern, (month, day) in _SEASONS:
        if pattern.search(text):
            found = date(today.year, month, day)
            return found if found > today else date(today.year + 1, month, day)
    duration = _DURATION.search(text)
    if duration:
        amount = _NUMBERS.get(duration.group(1).lower()) or int(duration.group(1))
        unit = duration.group(2).lower()
        days = 30 if unit.startswith(("mo", "mes", "mon")) or unit == "mois" else \
            7 if unit.startswith(("w", "sem")) else 1
        return today + timedelta(days=amount * days)
    # "jusqu'en mars" is how a pause is said, "jusqu'au 3 mars" how an out-of-office says it.
    text = re.sub(r"jusqu'en\b", "jusqu'à", text.replace("’", "'"), flags=re.I)
    # A pause's "until 15 January" names the day the check-ins come back, in every language (as "snooze until X"
    # does): said as the out-of-office reader's "back on X", whose day it is. Its "until X" is an absence's last day.
    text = _UNTIL_DAY.sub(lambda m: _BACK_ON[m.group(1).split()[0].lower()[:5]], text)
    found = ooo_return_date(text, datetime.combine(today, time(12)))
    # "until March" means the check-ins come back in March: the reader's first day back is the 1st.
    return found if found is not None and found > today else None

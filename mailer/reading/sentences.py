"""A manager's decision written as an ordinary sentence ("Interview please, sorry for the delay", "let's pass on
this one", "Leider passt er nicht", "On passe", "No encaja con el puesto") → a verb, only when the reading is sure.

Precision before recall: a phrase counts only when nothing in its clause negates it, no sentence holding a
phrase is a question or a condition, and every phrase found names the same decision. Anything else is unsure
and the reply stays a reply (the text is kept; nothing is decided on a guess)."""

from __future__ import annotations

import re
from typing import Iterable

from mailer.reading import decisionphrases

# Phrases per decision, in English, German, French and Spanish (matched case-insensitively, on word boundaries).
_WHO = r"her|him|them|the candidate|this candidate|this one"
_OBJ = f"(?:{_WHO})"
# After "pass": the end of the clause, or what is passed on ("pass on this one"); never "pass it to Nate".
_PASS_END = r"(?=\s*(?:$|[.,;!:)—–-]|on (?:this|her|him|them|the candidate)\b|for now|this time|thanks|thank you))"
PHRASES: dict[str, tuple[str, ...]] = {
    "interview": (
        r"interview(?:ing)?,? please", r"please,? interview",
        rf"(?:let's|let us|i'd like to|i would like to|we'd like to|we would like to|i want to|we want to|happy to|"
        rf"keen to|glad to|would love to|i'd love to|we'd love to|please) interview(?: {_OBJ})?",
        rf"(?:let's|i'd like to|i would like to|we'd like to|we would like to|i want to|happy to|keen to|would love to|"
        rf"i'd love to) (?:meet|talk to|speak (?:to|with)|chat with) {_OBJ}",
        r"(?:please |go ahead and |let's )?(?:set up|schedule|book|arrange|organi[sz]e) (?:an? |the )?(?:interview|"
        r"(?:first |intro |quick |phone )?call(?! with (?!her|him|them))|phone screen)",
        rf"(?:let's |happy to |please )?(?:move|bring) {_OBJ} (?:forward|in)\b",
        r"(?:i'm|i am|we're|we are) (?:very |really )?interested(?=\s*(?:$|[.,;!]|in (?:her|him|them|meeting|"
        r"talking|an interview|this candidate)\b))",
        # Deutsch
        r"(?:gerne|gern) (?:ein |zum |zu einem )?(?:interview|gespräch|vorstellungsgespräch|kennenlernen)",
        r"(?:interview|gespräch|vorstellungsgespräch),? bitte",
        r"(?:ich möchte|ich würde|wir möchten|wir würden) (?:sie|ihn|die kandidatin|den kandidaten) (?:gerne |gern )?"
        r"(?:kennenlernen|sprechen|interviewen|einladen|treffen)",
        r"(?:bitte )?(?:ein |einen )?(?:interview|gespräch|vorstellungsgespräch) (?:vereinbaren|planen|einplanen|"
        r"ansetzen|organisieren)",
        r"(?:bitte )?(?:sie|ihn) einladen", r"(?:gerne|gern|bitte) einladen",
        r"lass(?:t)? uns (?:sie|ihn) kennenlernen", r"lass(?:t)? uns (?:mit (?:ihr|ihm) )?(?:sprechen|reden)",
        r"(?:einen )?termin mit (?:ihr|ihm) (?:vereinbaren|ausmachen|machen|finden)",
        # Français
        r"(?:je veux|j'aimerais|je voudrais|je souhaite|nous voulons|nous aimerions|nous souhaitons|on veut) "
        r"(?:bien )?(?:la |le |les |l')(?:rencontrer|voir|interviewer|recevoir)",
        r"(?:ok|oui|d'accord|volontiers),? (?:pour )?(?:un )?entretien",
        r"entretien,? (?:svp|stp|s'il vous plaît|s'il te plaît|volontiers)",
        r"(?:organisons|planifions|prévoyons|organisez|planifiez|programmez|calez) un entretien",
        r"(?:on|je|nous) (?:la|le|les) (?:rencontre|rencontrons|voit|voyons|reçoit|recevons)\b",
        # Español
        r"(?:me gustaría|quiero|quisiera|queremos|nos gustaría) (?:entrevistarla|entrevistarlo|entrevistarle|conocerla|"
        r"conocerlo|conocerle|hablar con (?:ella|él))",
        r"(?:sí|claro|vale|ok),? (?:a la |una )?entrevista", r"entrevista,? por favor",
        r"(?:agendemos|programemos|organicemos|coordinemos|agenda|programa|organiza|coordina) una entrevista",
        r"hablemos con (?:ella|él)", r"tr[áa]ela\b", r"tr[áa]elo\b",
    ),
    "pass": (
        r"not (?:a |the )?(?:good |great |right |strong |real )?(?:fit|match)\b",
        r"(?:isn't|aren't|wasn't|is not|are not) (?:really )?(?:a |the )?(?:good |great |right |strong )?(?:fit|match)\b",
        r"(?:let's|let us|i'll|i will|we'll|we will|i'm going to|we're going to|i'd|we'd|i have to|we have to|"
        r"i must|we must|i'm gonna|we're gonna|going to|will have to|i think we'll|i think i'll) pass" + _PASS_END,
        r"pass(?:ing)? on (?:this one|this candidate|the candidate|her|him|them|this)\b(?! to\b)",
        r"not (?:moving|going) forward", r"(?:won't|will not|don't|do not) (?:move|proceed|go) forward",
        r"not interested\b",
        r"(?:she's|he's|they're|she is|he is|they are) (?:too junior|too senior|not senior enough|underqualified|"
        r"overqualified)", r"(?:she|he|they) (?:doesn't|does not|don't|do not) (?:fit|match)\b",
        r"(?:please |we'll |i'll |let's )?(?:decline|reject) (?:her|him|them|the candidate|this one)",
        r"not for us(?=\s*(?:$|[.,;!]))", r"nichts für uns(?=\s*(?:$|[.,;!]))", r"^eher nicht(?=\s*(?:$|[.,;!]))",
        r"^(?:bitte )?absagen(?=\s*(?:$|[.,;!]))", r"pas pour nous(?=\s*(?:$|[.,;!]))",
        r"no es para nosotros(?=\s*(?:$|[.,;!]))",
        # Deutsch
        r"(?:er|sie|das profil|der kandidat|die kandidatin|der lebenslauf) passt (?:leider |einfach |wirklich )?nicht",
        r"passt (?:leider )?nicht (?:zu uns|zur stelle|zur rolle|ins team|auf die stelle)",
        r"passt (?:er|sie|das profil) (?:leider |einfach |wirklich )?nicht\b",
        r"(?:leider )?kein(?:e|en)? (?:guter |gute |passender |passende )?(?:fit|match|passung)\b",
        r"(?:wir verzichten|ich verzichte)", r"(?:bitte )?(?:ihr|ihm|der kandidatin|dem kandidaten) absagen",
        r"kein interesse", r"(?:sie|er|das profil|der kandidat|die kandidatin) ist (?:leider )?(?:nicht geeignet|ungeeignet)",
        # Français
        r"(?:il|elle|le profil|son profil|ce profil|le candidat|la candidate|le cv) ne (?:correspond|convient|colle) pas",
        r"(?:ce n'est |c'est )?pas (?:le bon|un bon) (?:profil|match)",
        r"^(?:on|je|nous) (?:passe|passons)\b(?! (?:à|au|aux|la|le|les|par)\b)",
        r"(?:profil|candidature|candidat|candidate|elle|il) (?:est |n'est )?(?:non|pas) retenue?s?\b",
        r"(?:(?:je|nous) (?:ne |n')(?:suis|sommes) )?pas intéressée?s?\b",
        # Español
        r"no (?:es|era) (?:un |una )?(?:buen |buena )?(?:perfil|encaje|fit|match)\b", r"no es lo que buscamos",
        r"(?:ella|él|el perfil|su perfil|la candidata|el candidato|el cv) no encaja",
        r"no encaja (?:con|en) (?:el puesto|el rol|el equipo|lo que buscamos)", r"no nos interesa",
        r"descartad[oa]s?\b", r"^(?:yo )?(?:paso|pasamos)\b(?! (?:a|al|la|el|por|de)\b)",
    ),
    "hold": (
        rf"(?:put|keep|place|park) (?:{_WHO}|it|this) on hold", r"on hold (?:for now|please)",
        r"(?:let's|please|we'll|i'll) hold off", r"(?:role|req|position|hiring|opening) is (?:now )?on hold",
        r"(?:auf )?eis legen", r"(?:vorerst |erstmal |bitte )zurückstellen", r"(?:die stelle|die position) ist "
        r"(?:gerade |derzeit )?(?:auf eis|pausiert|gestoppt)",
        r"(?:mettre|mettons|mets|mettez)(?:-la|-le| la candidature| la| le)? en (?:attente|pause|suspens)",
        r"en attente pour (?:le moment|l'instant)", r"(?:le poste|le recrutement) est (?:en pause|gelé|suspendu)",
        r"(?:dejémosla|dejémoslo|dejarla|dejarlo|ponerla|ponerlo|ponla|ponlo|mantenla|mantenlo) en (?:espera|pausa|"
        r"suspenso)", r"(?:el puesto|la vacante|la posición) está (?:en pausa|congelad[oa]|en espera)",
    ),
    "hired": (
        r"(?:we|i) (?:have |'ve )?hired (?:her|him|them)", r"(?:she|he|they) (?:has|have|'s|was|were) (?:been )?hired",
        r"(?:she|he|they) (?:accepted|signed) (?:our|the|my) offer", r"offer (?:was |has been )?(?:accepted|signed)",
        r"(?:wir haben|ich habe) (?:sie|ihn) eingestellt", r"(?:sie|er) (?:hat|wurde) (?:zugesagt|eingestellt)",
        r"angebot (?:wurde )?angenommen",
        r"(?:nous l'avons|on l'a|je l'ai) (?:embauchée?|recrutée?|engagée?)", r"(?:elle|il) a accepté (?:notre |l')offre",
        r"(?:la|lo|le) (?:hemos|he) contratad[oa]", r"(?:la|lo) contratamos", r"(?:aceptó|ha aceptado) (?:la|nuestra) oferta",
    ),
    # Not mine: the phrase holds its own negation, so nothing outside it may negate it again.
    "not_mine": (
        r"(?:this |that |it )?(?:isn't|is not|'s not|is not) (?:my|for my) (?:role|req|requisition|team|candidate|"
        r"opening|position)\b", r"^not my (?:role|req|requisition|team|candidate|opening|position)\b",
        r"^(?:das ist |ist )?nicht (?:meine|mein) (?:stelle|team|rolle|kandidatin|kandidat|position)\b",
        r"(?:ce n'est |c'est )?pas (?:mon|ma) (?:poste|équipe|candidate?|recrutement)\b",
        r"^no es (?:mi|de mi) (?:vacante|puesto|equipo|candidata?|posición)\b",
    ),
}

# The same in Dutch, Italian, Portuguese, Polish, Swedish, Danish and Norwegian (decisionphrases.py).
for _verb, _more in decisionphrases.PHRASES.items():
    PHRASES[_verb] = (*PHRASES[_verb], *_more)

# An interview the manager proposes to hold ("let's do an interview", "let's have a first interview", "lass uns ein
# Interview machen", "faisons un entretien", "hagamos una entrevista") and the candidate asked in ("let's get her in
# for a first conversation"). Weaker than the phrases above: such a proposal is often about later, someone else or
# a condition ("Pass. Let's do an interview with the next one", "Let's do an interview once the budget is approved"),
# so `_proposal` reads it only as the reply allows. "hold the interview" puts it off: "hold" is no verb of it.
_ASKED_IN = (r"(?=\s*(?:$|[.,;!:)—–-])|\s+(?:for (?:an? |the |a first |a quick |a short )?"
             r"(?:first |initial |intro |quick |short )?(?:interview|conversation|chat|call|meeting|screen|phone screen|coffee|talk)|"
             r"(?:next|this) week|tomorrow|asap|on (?:monday|tuesday|wednesday|thursday|friday))\b)")
_PROPOSALS = (
    r"(?:let's|let us|i'd like to|i would like to|we'd like to|we would like to|i want to|we want to|happy to|"
    r"keen to) (?:do|have|run) (?:an? |the )?(?:first |initial |intro |quick |short |first-round |technical )?"
    r"(?:interview|phone screen|screening call)(?!\s+(?:slot|process|round|loop|panel|stage|plan|team)\b)\b",
    rf"(?:let's |happy to |please )?(?:get|have) {_OBJ} in{_ASKED_IN}",
    r"lass(?:t)? uns (?:ein |einen )?(?:erstes |ersten )?(?:interview|gespräch|vorstellungsgespräch) "
    r"(?:machen|führen|vereinbaren|ansetzen)",
    r"faisons (?:un |le )?(?:premier )?entretien",
    r"hagamos (?:una |la )?(?:primera )?entrevista",
)
# What leaves a proposal about another time or person, or under a condition: a later time, a condition the
# hedges miss ("once", "budget permitting"), someone else ("with the next one", "instead"). The proposal is then read
# as if it were not there ("Pass. Let's do an interview with the next one" is the pass).
_NOT_NOW_OR_NOT_HER = re.compile(
    r"(?<![\w'-])(?:until|till|later|eventually|someday|some day|one day|at some point|down the (?:line|road)|"
    r"in the future|not (?:now|yet|right now)|for now|once|when|whenever|afterwards|after (?:the |her |his |their )?"
    r"(?:holidays?|summer|christmas|new year|break|freeze|reorg|re-?org|launch|budget|quarter)|"
    r"next (?:month|quarter|year|half|spring|summer|autumn|fall|winter|cycle|fiscal)|(?:19|20)\d\d|q[1-4]|h[12]|"
    r"in (?:a|one|two|three|four|six|a few|few|several|\d+) (?:months?|quarters?|years?)|new year|"
    r"budget|headcount|permitting|approv(?:ed|al)|frozen|freeze|pending|postpone\w*|defer\w*|"
    r"instead|else|another|other|someone|somebody|anyone|anybody|rather|"
    r"next (?:one|candidate|applicant|person|profile|hire)|with an? (?:\w+ )?(?:profile|candidate|applicant|person)|"
    r"(?:more|less) (?:senior|junior|experienced)|except|"
    # Deutsch
    r"später|irgendwann|sobald|nach (?:dem sommer|den ferien|weihnachten)|bis|noch nicht|"
    r"nächste[nrs]? (?:jahr|quartal|monat|kandidat\w*|person|profil)|stattdessen|jemand\w*|andere[nrs]?|"
    # Français
    r"plus tard|un jour|quand|lorsque|une fois|après (?:l'été|les vacances|les fêtes)|pas encore|"
    r"l'année prochaine|l'an prochain|(?:le )?(?:trimestre|mois) prochain|prochaine? (?:candidat\w*|profil|personne)|plutôt|"
    r"quelqu'un|autres?|"
    # Español
    r"más adelante|más tarde|algún día|cuando|una vez|después del verano|después de las vacaciones|todavía|aún|"
    r"el año que viene|(?:el )?próximo (?:año|trimestre|mes)|próxim[oa] (?:candidat[oa]|perfil|persona)|"
    r"en su lugar|alguien|otr[oa]s?|presupuesto"
    r")(?![\w'-])", re.I)
# A contrast ("… but the role is frozen"): the proposal decides nothing, and beside another decision neither does that.
_CONTRAST = re.compile(r"(?<![\w'-])(?:but|though|although|however|aber|doch|mais|pero|aunque)(?![\w'-])", re.I)
# A rejection the phrases may not read as one ("Pass on Jane"): beside it, a proposal leaves the reply undecided.
_REJECTION_WORD = re.compile(r"(?<![\w'-])(?:pass|passing|reject\w*|declin\w*|absagen|ablehnen|refus\w*|"
                             r"descart\w*|rechaz\w*)(?![\w'-])", re.I)


_NEGATION = re.compile(
    r"(?<![\w'-])(?:not|no|never|cannot|nobody|nothing|neither|nor|without|nicht|kein\w*|nie|niemals|weder|ne|pas|"
    r"jamais|aucune?|sans|nunca|jamás|tampoco|ni|sin|" + "|".join(decisionphrases.NEGATIONS) +
    r")(?![\w'-])|\w+n't\b|\bn'", re.I)
# A condition, a hedge or an inverted question: the writer has not decided yet.
_UNSURE = re.compile(
    r"(?<![\w'-])(?:if|unless|whether|maybe|perhaps|might|probably|possibly|not sure|wonder|should we|shall we|"
    r"can we|could we|would you|do you think|wenn|falls|ob|vielleicht|eventuell|sollen wir|sollten wir|"
    r"si|peut-être|éventuellement|sauf|quizás?|tal vez|a lo mejor|salvo|a menos|" + "|".join(decisionphrases.UNSURE) +
    r")(?![\w'-])", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]+\s|\s(?:but|and|however|though|although|aber|und|doch|mais|et|pero|y|"
                         r"aunque|sino|" + "|".join(decisionphrases.CLAUSE_WORDS) + r")\s", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def compiled(table: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    """A phrase table (verb → regex phrases, as PHRASES) ready for `decision`: other readers of a sure decision
    (a mentor ending their check-ins, mentoring/checkinreply.py) bring their own words and share the rules."""
    return {verb: re.compile("|".join(f"(?:(?<![\\w'-]){p})" if not p.startswith("^") else f"(?:{p})"
                                      for p in phrases), re.I)
            for verb, phrases in table.items()}


_COMPILED = compiled(PHRASES)
_PROPOSED = compiled({"proposed": _PROPOSALS})["proposed"]
_MAX_SENTENCES = 3
_MAX_CHARS = 400


def decision(lines: Iterable[str], phrases: dict[str, re.Pattern[str]] | None = None,
             unsure: re.Pattern[str] | None = None) -> str | None:
    """The one decision the first sentences state plainly, or None (none stated, or unsure: negated, asked,
    conditional, or two different decisions). `phrases` (from `compiled`) and `unsure` replace the manager's
    decisions and hedges for another reader."""
    text = " ".join(lines)[:_MAX_CHARS].replace("’", "'")
    if phrases is None:
        proposal = _proposal(text)
        if proposal == "conflict":
            return None
        phrases = {**_COMPILED, **({"proposed": _PROPOSED} if proposal == "counts" else {})}
    unsure = unsure or _UNSURE
    found: set[str] = set()
    for sentence in [s.strip() for s in _SENTENCE_END.split(text) if s.strip()][:_MAX_SENTENCES]:
        hits = [(verb, m) for verb, pattern in phrases.items() for clause in _clauses(sentence)
                for m in pattern.finditer(clause) if m.group().strip()]
        if not hits:
            continue
        if sentence.rstrip().endswith("?") or unsure.search(sentence):
            return None
        for verb, match in hits:
            if _negated(match):
                return None
            found.add("interview" if verb == "proposed" else verb)
    return found.pop() if len(found) == 1 else None


def named(lines: Iterable[str]) -> set[str]:
    """Every decision a phrase of the first sentences names, negated, asked or sure alike: what a line below a yes
    may not name but the yes's own decision ("Yes, let's meet her.\nOn second thought, let's pass")."""
    text = " ".join(lines)[:_MAX_CHARS].replace("’", "'")
    phrases = {**_COMPILED, **({"interview ": _PROPOSED} if _proposal(text) in ("counts", "conflict") else {})}
    return {verb.strip() for sentence in [s.strip() for s in _SENTENCE_END.split(text) if s.strip()][:_MAX_SENTENCES]
            for clause in _clauses(sentence) for verb, pattern in phrases.items() if pattern.search(clause)}


def _proposal(text: str) -> str | None:
    """How a proposed interview ("let's do an interview") in the first sentences of `text` reads: None when there
    is none; "ignored" when it is about another time or person or under a condition (`_NOT_NOW_OR_NOT_HER`);
    "conflict" when beside it a phrase names another decision or a word rejects ("Not a fit. Let's do an
    interview", "Let's do an interview, but she's not a fit"): the reply is left undecided, as a wrong decision is
    worse than none; "ignored" under a contrast alone ("… but the role is frozen"); else "counts", an interview."""
    head = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()][:_MAX_SENTENCES]
    if not any(_PROPOSED.search(clause) for sentence in head for clause in _clauses(sentence)):
        return None
    if _NOT_NOW_OR_NOT_HER.search(text):
        return "ignored"
    other = any(pattern.search(clause) for verb, pattern in _COMPILED.items() if verb != "interview"
                for sentence in head for clause in _clauses(sentence))
    if other or _REJECTION_WORD.search(text):
        return "conflict"
    return "ignored" if _CONTRAST.search(text) else "counts"


# A "yes" or "no" followed by these answers "did you get it?" or "have you looked?", not the candidate: the mail
# came, or it will be read later ("Yes, I got it, will review tonight", "Nein, ich hatte noch keine Zeit").
_ACKNOWLEDGED = re.compile(
    r"(?<![\w'-])(?:got it|received|(?:i'll|i will|will|going to) (?:review|look(?! forward)|read|check|get to)|reading it|"
    r"looking (?:at|into) it|not yet|haven't (?:had|looked|read|seen)|have not (?:had|looked|read|seen)|"
    r"(?:habe ich |hab's |hab ich )?(?:bekommen|erhalten)|angekommen|schaue? (?:es mir |ich mir |mir das )?(?:an|später)|"
    r"noch (?:nicht|keine)|keine zeit|(?:bien )?reçu|je (?:vais )?regarde[rs]?|pas encore|pas eu le temps|"
    r"recibido|lo (?:miro|reviso|leo)|(?:voy a )?(?:mirarlo|revisarlo|leerlo)|todavía no|aún no|"
    r"no (?:lo )?he (?:visto|leído|mirado|tenido tiempo))(?![\w'-])", re.I)


def only_acknowledged(comment: str) -> bool:
    """Does a one-word answer's comment say only that the mail came or will be read ("got it, will review
    tonight", "bien reçu, je regarde ce soir", "todavía no lo he visto")?"""
    return bool(_ACKNOWLEDGED.search(comment.replace("’", "'")))


def _clauses(sentence: str) -> list[str]:
    """The sentence cut at commas and conjunctions, and the sentence whole (phrases may span a comma:
    "interview, please")."""
    return [sentence, *(part.strip() for part in _CLAUSE_END.split(sentence) if part and part.strip())]


def _negated(match: re.Match) -> bool:
    """A negation in the match's own clause, outside the phrase ("I don't think she's not a fit")."""
    clause = match.string
    left = _CLAUSE_END.split(clause[:match.start()])[-1]
    right = _CLAUSE_END.split(clause[match.end():])[0]
    return bool(_NEGATION.search(left) or _NEGATION.search(right))


def display_name(text: str, address: str) -> str:
    """The name a text gives an address ("contact Dana Delegate (dana@x)", "Dana Delegate <dana@x>"), or ""."""
    found = re.search(r"([^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,3})[ \t]*[(<\[]?[ \t]*(?:mailto:)?"
                      + re.escape(address), text[:3000], re.I)
    if not found:
        return ""
    words = found.group(1).split()
    # Keep the capitalised run just before the address: "please contact Dana Delegate" → "Dana Delegate".
    name = []
    for word in reversed(words):
        if not word[0].isupper():
            break
        name.insert(0, word)
    return " ".join(name) if name and name[0].lower() not in _NOT_NAMES else ""


_NOT_NAMES = {"contact", "please", "email", "e-mail", "mail", "kontakt", "bitte", "contactez", "contacte", "escriba"}

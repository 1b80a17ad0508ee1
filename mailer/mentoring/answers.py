"""A mentor's reply to an invitation → yes, no or a question (pure). The earliest clear word decides, unless a
condition or a deferral qualifies it ("Yes, but only monthly", "Not now, ask me in March": a question)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import re
from typing import Mapping, Sequence
import unicodedata

from mailer.reading import sentences, yesno, yesnowords
from mailer.reading.ownsignoff import without_own_sign_off  # noqa: F401 (its home was here; read from here too)

# Phrases with "no" in them that mean yes, taken out before looking for a no.
# "Can't wait", "I can't say no to that" are eager yeses.
_NOT_NO = re.compile(r"\b(no problem|no worries|not a problem|no doubt|why not|no reason not to|"
                     r"(?:can'?t|cannot|couldn'?t) (?:wait|say no|refuse)|how could i (?:say no|refuse)|not too busy|"
                     r"warum nicht|kein problem|pourquoi pas|pas de (?:problème|souci)|por qué no|sin problema|"
                     r"no hay problema|waarom niet|geen probleem|perché no|nessun problema|por que não|"
                     r"sem problema)\b")
# Words that name the answer whatever follows them; the bare yes and no (yesnowords.MENTOR_YES / MENTOR_NO, and any
# ops add in `replies.words`) are put in front of them by _vocabulary, as each is judged by what follows it.
_NAMES_YES = (r"happy to|glad to|gladly|of course|absolutely|definitely|"
              r"certainly|with pleasure|count me in|i'?m in|i am in|(?:i'?d |i would )?love to|"
              r"sounds (?:good|great)|why not|no problem|no worries|"
              r"(?:i'?d be |i would be )?(?:honou?red|delighted)|let'?s do (?:it|this)|agreed|deal|"
              # The same yes in German, French, Spanish, Dutch, Italian and Portuguese ("si" is also "if": only
              # the accented "sí"/"sì" count, in yesnowords.MENTOR_YES).
              r"gerne?|sehr gerne?|natürlich|mit vergnügen|bin dabei|avec plaisir|volontiers|"
              r"bien sûr|partante?|(?:ce serait|c'est) un honneur|encantad[oa]|con (?:mucho )?gusto|"
              r"por supuesto|cuenta conmigo|graag|natuurlijk|met plezier|con piacere|ci sto|"
              r"volentieri|"
              r"com prazer|pode contar comigo|com certeza")
_NAMES_NO = (r"can'?t|cannot|unable|decline|not able|too busy|no time|not right now|not now|"
             r"not at the moment|unfortunately|i'?ll pass|not for me|won'?t be able|afraid not|not this time|"
             r"rather not|(?:have to|must|got to|need to) say no|"
             r"leider|kann ich nicht|schaffe ich nicht|keine zeit|pas le temps|je ne peux pas|"
             r"malheureusement|refuser|lo siento|no puedo|lamentablemente|no tengo tiempo|helaas|geen tijd|"
             r"lukt (?:me |mij )?(?:nu )?niet|purtroppo|non posso|non ho tempo|infelizmente|não posso|"
             r"não consigo|não tenho tempo")
# "Sure thing" names the yes: it goes before the bare "sure", which would otherwise be read and judged alone.
_BEFORE_BARE_YES = r"sure thing"


@dataclass(frozen=True)
class _Side:
    """One direction's words: the bare ones ("sure thing" in front, as it names the yes before "sure" can), and the
    ones that name the answer. The no side is searched with _NOT_NO's phrases blanked out."""
    bare: re.Pattern[str]
    named: re.Pattern[str]
    negative: bool


@dataclass(frozen=True)
class _Vocabulary:
    yes: _Side
    no: _Side
    bare: frozenset[str]  # the bare yes and no words, each judged by what follows it


@lru_cache(maxsize=16)
def _vocabulary(ops_yes: tuple[str, ...], ops_no: tuple[str, ...]) -> _Vocabulary:
    """The mentor's yes and no words with ops' own (yesnowords.ops_yes_no), longest first, so "no way" beats "no"."""
    def side(bare: tuple[str, ...], before: str, names: str, negative: bool) -> _Side:
        words = sorted(dict.fromkeys(bare), key=len, reverse=True)
        spelled = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
        return _Side(re.compile(rf"(?<!\w)({'|'.join(x for x in (before, spelled) if x)})(?!\w)"),
                     re.compile(rf"(?<!\w)({names})(?!\w)"), negative)
    yes, no = (*yesnowords.MENTOR_YES, *ops_yes), (*yesnowords.MENTOR_NO, *ops_no)
    return _Vocabulary(side(yes, _BEFORE_BARE_YES, _NAMES_YES, False), side(no, "", _NAMES_NO, True),
                       frozenset((*yes, *no)))


@dataclass(frozen=True)
class _Reply:
    """The reply's first 400 characters on one line, single-spaced, NFC (a decomposed "não" is "não"): `shown` in
    its own case, `words` lower-cased, `masked` with _NOT_NO's phrases blanked for the no words; `starts`, the
    offsets where an answer may start (bare words count only there)."""
    shown: str
    words: str
    masked: str
    starts: frozenset[int]

    def searched(self, side: _Side) -> str:
        return self.masked if side.negative else self.words


# Where an answer may start, in the single-spaced reply: after a sentence's end, a colon or a spaced dash.
_BREAK = re.compile(r"(?:[.!?…:;)]|\s[-–—]+) ")
# What may come before the answer at its start: opening punctuation ("¡Sí!", "(yes)"), a greeting that ends in a
# comma or colon ("Hi Rita, yes", "Hola Rita: sí"), an interjection ("Oh yes", "Well, no"; "Oh no" is dismay, not
# the answer), an unaccented "si" set off by a comma ("Si, claro": never "if" there), "the answer is", "I'd say".
_OPENER = re.compile(
    r"(?:[¡¿(\"«*•>]+ ?"
    r"|(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|hoi|moin|servus|olá|oi|good (?:morning|afternoon|evening)|"
    r"guten (?:morgen|tag)|buenos días|buongiorno|bom dia)(?: [^\W\d_][\w.'-]*){0,2}[,:!]+ "
    r"|(?:oh(?! no)|ah|well|hmm*|ach|na|bueno|pues|ben|beh|allora|nou|olha|eh)[,!.]* |si[,!]+ "
    r"|(?:my |the )?answer is |i(?:'d| would) say )*")


def _read(text: str) -> _Reply:
    """The reply as the reader searches it. A line starts an answer when the line before it is blank or ends in
    punctuation, or when it opens with a capital: a hard-wrapped sentence's next line does not."""
    tokens: list[str] = []
    line_starts = {0}
    previous = ""
    for line in unicodedata.normalize("NFC", text).replace("’", "'").splitlines():
        own = line.split()
        if own and (not previous or not previous[-1].isalnum() or own[0][:1].isupper()):
            line_starts.add(len(tokens))
        tokens += own
        previous = line.strip()
    shown = " ".join(tokens)[:400]
    words = shown.lower()
    offsets, offset = set(), 0
    for index, token in enumerate(tokens):
        if index in line_starts:
            offsets.add(offset)
        offset += len(token) + 1
        if offset >= len(words):
            break
    offsets |= {found.end() for found in _BREAK.finditer(words)}
    starts = frozenset(at + len(_OPENER.match(words, at).group()) for at in offsets) | offsets
    masked = _NOT_NO.sub(lambda m: "_" * len(m.group()), words)
    return _Reply(shown, words, masked, starts)


_BUT = re.compile(r"\b(but|however|though|although|aber|jedoch|mais|cependant|pero|sin embargo|maar|però|"
                  r"tuttavia|mas|porém|contudo|ale)\b")  # "ale": but, in Polish, Czech and Slovak
# A reply that asks, defers, acknowledges or answers another matter has not said yes or no to mentoring, whatever word
# it opens with ("Yes, I got your mail, let me check my calendar", "No, I haven't had time to read it yet", "No, the
# link is broken"): the recruiter reads it as a question, nothing starts or ends.
_UNDECIDED = re.compile(
    r"\?|\b(?:let me|i'?ll (?:think|check|ask|get back|reply|read|look)|will (?:think|check|ask|get back|reply|read|"
    r"look)|think (?:about it|it over)|get back to you|check (?:my|with|first)|ask (?:my|with)|not had (?:the )?time|"
    r"haven'?t (?:had|read|looked|seen)|have not (?:had|read|looked|seen)|(?:don'?t|do not) know|no idea|not sure|"
    r"yet|got (?:it|your)|received|saw it|seen it|reading it|link|attachment|later)\b"
    # A condition on the yes or no ("Yes, but only monthly", "Sure, if we keep it to 15 minutes", "Happy to, as long
    # as it's once a month"): the recruiter answers it, so nothing starts on a yes the mentor qualified.
    r"|\b(?:if|as long as|so long as|provided|providing|only|unless|on condition|assuming|wenn|falls|sofern|solange|"
    r"nur|à condition|seulement|pourvu|siempre que|solo|sólo|mientras|alleen|mits|purché|solamente|só|desde que|"
    r"contanto|once (?!a |an |per |every |or )|not (?:before|until)|nicht vor|erst (?:ab|nach|im)|pas avant|"
    r"no antes|a partir de)\b"
    # A deferral: asked to ask again later ("Not now, ask me in March", "Ahora no, pregúntame en marzo") is no no.
    r"|\b(?:ask me (?:again|in|later|after|next|once|when|around)|try me (?:again|in|later|after|next)|check back|"
    r"ping me (?:again|in|later|after|next|once|when)|come back to me|circle back|reach out (?:again|in|after)|"
    r"frag mich|fragen sie mich|melde dich (?:im|in|nochmal|später|wieder)|redemande|recontacte|reviens vers moi|"
    r"pregúntame|pregúnteme|vuelve a preguntar|vraag (?:het )?(?:me|mij)|richiedi|riscrivimi|pergunte-me|"
    r"me pergunte|pergunte de novo|richied\w*)\b"
    # The same acknowledgements and deferrals in German, French, Spanish, Dutch, Italian and Portuguese: "Ja, ich
    # schaue es mir an", "Sí, me llegó tu correo", "Oui, je réfléchis" answer whether the mail came, not the ask.
    r"|\b(?:lass mich|ich schaue|schaue? ich|schau(?:e)? (?:es|mir)|ich melde mich|denke darüber nach|überleg\w*|"
    r"bekommen|erhalten|laisse-moi|je regarde|je te redis|je reviens vers|je réfléchis|reçu|déjame|me llegó|"
    r"lo pienso|lo miro|lo reviso|te digo algo|recibid[oa]|laat me|"
    r"ik kijk(?! (?:er ?naar|daar ?naar) uit)|denk erover na|ik laat het (?:je )?weten|"  # not "… ernaar uit"
    r"ontvangen|fammi|ci penso|ci guardo|ti faccio sapere|ricevut[oa]|deixa-me|deixe-me|vou pensar|vou ver|"
    r"vejo isso|recebi|recebid[oa]|"
    # not knowing yet, or maybe ("Non so ancora", "Não sei ainda", "Nicht jetzt, vielleicht im Sommer")
    r"weiß (?:es )?(?:noch )?nicht|noch nicht|vielleicht|je ne sais pas|pas encore|peut-être|no sé|todavía|aún|"
    r"quizás?|tal vez|weet (?:het )?(?:nog )?niet|nog niet|misschien|non so|ancora|forse|não sei|ainda|talvez|"
    r"maybe|perhaps|"
    # the same in Polish, Czech and Slovak, whose "nie" and "ne" ops may add ("Nie wiem", "Ne, možná později")
    r"nie wiem|może|jeszcze|później|nevím|možná|ještě|později|neviem|možno|ešte|neskôr)\b")
_WISH = re.compile(r"love to|honou?red|delighted")


def read_invitation_reply(text: str, ops_words: Mapping[str, Sequence[str]] | None = None) -> str:
    """'yes', 'no' or 'question' (anything unclear goes to the recruiter as a question; nothing changes).
    `ops_words`: the config's `replies.words`, whose yes and no words (yesnowords.ops_yes_no: "jawohl", "no way")
    the mentor may answer with too, judged by what follows as the shipped ones are.

    >>> read_invitation_reply("Happy to! Tuesdays work best.")
    'yes'
    >>> read_invitation_reply("Sorry, I can't take this on right now.")
    'no'
    >>> read_invitation_reply("What would that involve, exactly?")
    'question'
    >>> read_invitation_reply("I'd love to, but I can't take it on right now.")
    'no'
    >>> read_invitation_reply("Yes, I got your mail, let me check my calendar.")
    'question'
    """
    reply = _read(text)
    if _UNDECIDED.search(reply.words) or sentences.only_acknowledged(reply.words):
        return "question"
    vocabulary = _vocabulary(*yesnowords.ops_yes_no(ops_words or {}))
    yes = _first(vocabulary.yes, vocabulary.no, reply, vocabulary.bare)
    no = _first(vocabulary.no, vocabulary.yes, reply, vocabulary.bare)
    words = reply.words
    if yes and no and yes.start() < no.start() and _BUT.search(words, yes.end(), no.start()):
        # "I'd love to, but I can't": a wish opens the polite no; "Sure, but I can't do Tuesdays" may be either.
        return "no" if _WISH.search(yes.group()) else "question"
    if yes and not no and _BUT.search(words, yes.end()):
        return "question"  # "Yes, but I'd want to keep it short", "Happy to, though not before January": a term
    if yes and (not no or yes.start() < no.start()):
        return "yes" if _bare_word_stands(yes, vocabulary.yes, vocabulary.no, reply, vocabulary.bare) else "question"
    if no:
        return "no" if _bare_word_stands(no, vocabulary.no, vocabulary.yes, reply, vocabulary.bare) else "question"
    return "question"


def _first(side: _Side, other: _Side, reply: _Reply, bare: frozenset[str]) -> re.Match | None:
    """The first of `side`'s words in the reply. A bare word counts only where an answer starts (the reply's or a
    sentence's start, after a greeting), and not when it runs on into a sentence that does not support it:
    German "nie" (never), French "ne", Italian "non", Polish "nie mam" are words of a sentence there ("Nie gedacht –
    sehr gerne!", "Non ho mai fatto il mentor, ma volentieri"), and the reader looks on."""
    text = reply.searched(side)
    named = side.named.search(text)
    for found in side.bare.finditer(text):
        if named and found.start() > named.start():
            break
        if yesnowords.normal(found.group()) not in bare:
            return found  # "sure thing"
        if found.start() not in reply.starts:
            continue
        if _RUN_ON.match(text, found.end()) and not _bare_word_stands(found, side, other, reply, bare):
            continue
        return found
    return named


# Running on into a sentence: a word, then, with no comma or stop between, more of the sentence ("Nie gedacht – sehr
# gerne", "Non ho mai fatto"). "No way!", "No way, absolutely!", "Oh no!" are an exclamation of their own, judged as
# the answer.
_RUN_ON = re.compile(r" [^\W\d_][\w'-]*(?: [–—-])? [^\W\d_]")


def _opposite_after(other: _Side, reply: _Reply, after: int) -> bool:
    """Is there a word of the other direction after `after`: one that names it, or a bare one where an answer
    starts? ("No way! Count me in.", "Yes! Unfortunately I'm too busy.")"""
    text = reply.searched(other)
    return bool(other.named.search(text, after)) or \
        any(found.start() in reply.starts for found in other.bare.finditer(text, after))


# A bare answer word ("yes", "no", "non", "não": yesnowords.MENTOR_YES / MENTOR_NO, and ops' own) answers whatever was asked last: as for a manager's yes/no
# (reading/yesno.py), it is the answer to the invitation only when what follows it says nothing more (a courtesy),
# says the same in words ("No, sorry, no time", "Ja, gerne"), or speaks of mentoring, time or help. "Non, il n'y a
# pas de log mysql", "No. SOAP is stateless", "Yes, the offer is coming" answer another matter: a question.
_SUPPORTS = re.compile(
    r"\b(?:mentor\w*|help\w*|time|busy|bandwidth|capacity|plate|schedule|calendar|week\w*|month\w*|monday|tuesday|"
    r"wednesday|thursday|friday|do it|do this|i'?m in|count me|let'?s|start|honou?r\w*|pleasure|zeit|temps|tiempo|"
    r"tijd|tempo|leid|désolée?|siento|sorry|spiace|desculp\w*|danke|merci|gracias|grazie|obrigad[oa]|bedankt|"
    r"great|super|top|prima|perfect\w*|parfait|génial|genial|leuk|fijn|bello|ótimo|fantastic|wonderful|"
    # Gladness about the invitation ("Yes, looking forward to it", "Yes, I'd like that", "Ja, ich freue mich"):
    # "glad" only of the asking or the doing, as "Yes, glad the candidate accepted" answers another matter.
    r"look(?:ing)? forward|like that|like to|glad (?:to|you)|(?:would|'d) love|freue? mich|freu mich|hâte|ravie?|"
    r"encantad[oa]|encantaría|ganas|kijk (?:er )?(?:naar )?uit|ernaar uit|zin in|non vedo l'ora|piacerebbe|felice|"
    r"adoraria|feliz|ansios[oa]|"
    # Time, thanks and sorry in Polish, Czech and Slovak, the languages of README's ops words "nie" and "ne" ("Ne,
    # nemám čas", "Nie, dziękuję"): their bare words are only ever ops' own.
    r"czas\w*|čas\w*|dzięk\w*|przeprasz\w*|děkuj\w*|díky|ďakuj\w*|vďaka|promiň\w*|prepáč\w*)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _bare_word_stands(match: re.Match, side: _Side, other: _Side, reply: _Reply, bare: frozenset[str]) -> bool:
    if yesnowords.normal(match.group()) not in bare:
        return True  # "happy to", "count me in", "too busy", "leider": the words name the answer
    # A yes after a bare no, or a no after a bare yes, contradicts it: the recruiter reads which was meant.
    if _opposite_after(other, reply, match.end()):
        return False
    # What follows in its own case, so a signed name ("Yes!\n\nNadia") reads as a name, a courtesy.
    rest = (reply.shown if len(reply.shown) == len(reply.words) else reply.words)[match.end():]
    parts = [part.strip(" ,;:-–—!") for part in _SENTENCE_END.split(rest)]
    said = parts[0] or next((part for part in parts[1:] if part), "")
    if not said or yesno.only_courtesy(said):
        return True
    return bool(side.named.search(said.lower())) or bool(_SUPPORTS.search(said.lower()))

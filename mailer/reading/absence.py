"""An out-of-office told by its words alone: no auto-reply header, a plain `Re:` subject (pure).

Some responders send none of the headers RFC 3834 asks for (Lotus Notes, forwarding rules, a relay that strips
them, QQ Mail's holiday reply), so their notice would count as the manager's answer. Their first lines still
say what they are. A mail is taken for one only with TWO signs in the sender's own text (before any quote):

  * a statement of absence ("I am out of the office", "nicht im Büro", "je suis absent", "休假中" …), and
  * the phrasing of a notice, which a person answering a recruiter does not write: "automatic reply",
    "limited access to e-mail", "for urgent matters please contact", "I will respond upon my return",
    Lotus Notes' "out of the office starting X and will not return until Y", "the only notification you
    will receive".

So "I'm out of the office next week, but I can do a call on Tuesday" stays a person's answer: a false
out-of-office on a human answer costs more (nudging goes on past a real answer) than a missed one.
"""

from __future__ import annotations

import re

from mailer.reading.absencewords import (ABSENCE_WORDING, ABSENCE_WORDS, ANSWER_RE, DECISION_CLAUSE_WORDING,
                                         LEAVE_WORDING, LEAVE_WORDS, PERSONS_CLAUSE_WORDING)
from mailer.reading.candidatewords import CandidateWords, names_candidate, unrepeated
from mailer.reading.commandlines import SIGN_OFF
from mailer.reading.decides import decides
from mailer.reading.lostletters import lost_letters, mended
from mailer.reading.noticewords import (AUTOMATIC_WORDING, COURTESY_WORDING, NOTICE_OTHER_SENTENCE_WORDING,
                                        NOTICE_WORDING, SELF_DECLARED_WORDING)
from mailer.reading.personsnote import (GROUP_GREETING, REPORTED_LEAD_IN, asks_the_reader, asks_to_be_called,
                                        away_at_the_readers_time, opens_as_an_aside, reports_an_auto_reply,
                                        speaks_to_a_group)

# Only the start of the text is read: a notice says what it is at once, and the cost stays flat.
_HEAD = 700

# Where the sender's own words end: a quote, a quote header, a forwarded or original message block. Besides ">",
# Emacs' supercite and Gnus quote under the quoted writer's name or initials, "    Kouros> I will be out of the office
# …": the same name before ">" on two lines is a quote (a person mocking a notice quotes it so), unless the name is a
# program's prompt ("R> fit <- lm(y ~ x)", "sqlite> select …"), which is the writer's own session.
_PROMPTS = r"(?:r|s|sql|sqlite|mysql|psql|postgres|irb|gdb|ftp|sftp|db|ok|in|out|cmd|ps|julia|octave|matlab|scala|mongo)"
_QUOTE_START = re.compile(
    r"^\s*(?:>|(?!" + _PROMPTS + r">)(?P<quoted>[^\W\d_][\w.-]{0,19})>[ \t].*\n\s*(?P=quoted)>|"
    r"-{2,}\s*(?:original|forwarded|ursprüngliche|message d'origine)|_{8,}|"
    r"(?:from|von|de|da|van|från|fra|od|от|від|lähettäjä|feladó|kimden|expeditor|από|afzender|发件人|寄件者|差出人|"
    r"送信者|보낸 사람)\s*[:：]\s*\S|"
    r"(?:on|am|le|el|il|op|em|den|dne|dňa)\s.{0,120}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|"
    r"kirjoitti|napisał|napsal|napísal|írta|a scris|yazdı|написал|написала|написав|έγραψε)\s*:)",
    re.IGNORECASE | re.MULTILINE)

# A letter lost as "?" inside a word may hide the gate's word ("nicht im B?ro"): such a text is read in full.
_LOST_LETTER_RE = re.compile(r"[^\W\d_][?\ufffd]{1,2}[^\W\d_]")

# Each table twice: as written, and also matching accented letters a gateway lost as "?" (reading/lostletters.py:
# "B?ro", "F?llen"), the longer pattern run only on a text that has such a letter.
class _AbsenceTables:
    """The statements of absence (absencewords.py): the long table, then the leave table only in a text holding one
    of its words (or any text, for the table that matches letters lost as "?"). Callers only test what it finds."""

    def __init__(self, wording: str, leave: str, words: tuple[str, ...] | None) -> None:
        self._main, self._leave = re.compile(wording, re.IGNORECASE), re.compile(leave, re.IGNORECASE)
        self._words = words

    def search(self, text: str) -> re.Match[str] | None:
        return self.main(text) or self.leave(text)

    def main(self, text: str) -> re.Match[str] | None:
        return self._main.search(text)

    def leave(self, text: str) -> re.Match[str] | None:
        if self._words is not None and not any(w in _lower(text) for w in self._words):
            return None
        return self._leave.search(text)


_ABSENCE = _AbsenceTables(ABSENCE_WORDING, LEAVE_WORDING, LEAVE_WORDS)
_ABSENCE_LOST = _AbsenceTables(lost_letters(ABSENCE_WORDING), lost_letters(LEAVE_WORDING), None)
_NOTICE, _NOTICE_LOST = (re.compile(p, re.IGNORECASE | re.DOTALL)
                         for p in (NOTICE_WORDING, lost_letters(NOTICE_WORDING)))
_AUTOMATIC, _AUTOMATIC_LOST = (re.compile(p, re.IGNORECASE) for p in (AUTOMATIC_WORDING,
                                                                   lost_letters(AUTOMATIC_WORDING)))

# A weekly schedule, often in a signature, is no absence: "Out of office Fridays", "on parental leave Fridays",
# "Fraværende om fredagen", "Freitags nicht im Büro". Such words are read past before the absence is looked for.
_DAYS_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SCHEDULE_RE = re.compile(
    r"\b(?:out of (?:the )?office|not in the office|away|off|ooo|on (?:[a-z]+ )?leave)\s+(?:on\s+)?(?:"
    + _DAYS_EN + r"s|every " + _DAYS_EN + r")\b|"
    r"\b(?:fraværende|ikke på kontoret|væk fra kontoret|inte på kontoret|borta från kontoret|på barsel)\s+"
    r"(?:(?:om|alle|på)\s+)?(?:man|tirs|tis|ons|tors|fre|lør|lör|søn|sön)dag(?:e|en|ene|ar|arna)\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag)s\s+(?:bin ich\s+)?(?:nicht im büro|abwesend|au(?:ß|ss)er haus)"
    r"|\b(?:nicht im büro|abwesend|au(?:ß|ss)er haus)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)s\b",
    re.IGNORECASE)


def _lower(text: str) -> str:
    """The text lower-cased for the quick word checks, Turkish "İ" as "i" ("İzindeyim" → "izindeyim", not "i̇zindeyim")."""
    return text.lower().replace("i\u0307", "i")


def own_text(body: str) -> str:
    """The start of the body up to the first quote, quote header or forwarded block."""
    head = body[:_HEAD * 3]
    cut = _QUOTE_START.search(head)
    return (head[:cut.start()] if cut else head)[:_HEAD]


# A third way: a notice's opening thanks, an absence, and an answer promised for the return ("Thank you for your
# e-mail. I am on leave until 10th June and will reply when I get back!"). The promise alone is a person's ("Jane
# looks good; I'll reply properly when I'm back"); opened by the thanks a template starts with, it is a notice's.
# Or the thanks and nothing after it but the notice's own sentences (`only_an_absence`: the absence, the return, an
# answer put off, whom to write): "Merci pour votre mail. Je suis absent du bureau et de retour lundi 23 novembre.",
# "Grazie per la mail. Oggi sono fuori ufficio e risponderò domani." The thanks as templates word it, per language:
# for the mail or message itself ("Danke für Ihre Nachricht", "Bedankt voor uw e-mail", "Obrigado pelo contacto");
# a person thanks for what the mail says ("thanks for the update", "merci pour les CV").
_THANKS_OPENER = re.compile(
    r"^\W*(?:(?:hi|hello|dear)\b[^.!,]{0,40}[.!,]?\s*)?(?:"
    r"thanks?(?: you)?(?: very much)? for your (?:e-?mail|message|mail|note)|"
    r"(?:vielen |herzlichen )?dank(?:e)? für ihre (?:e-?mail|mail|nachricht)|"
    r"merci (?:pour|de) votre (?:e-?mail|mail|message|courriel)|"
    r"(?:muchas )?gracias por (?:su|tu) (?:correo|mensaje|e-?mail)|"
    r"(?:hartelijk )?(?:dank|bedankt) voor (?:uw|je) (?:e-?mail|mail|bericht)|"
    r"grazie per (?:la (?:sua |tua )?(?:e-?mail|mail)|il (?:suo |tuo )?messaggio|avermi scritto)|"
    r"obrigad[oa] (?:pelo (?:seu )?(?:e-?mail|contacto|contato)|pela (?:sua )?mensagem))\b", re.IGNORECASE)
_REPLY_WHEN_BACK = re.compile(r"\b(?:will|I'll)\s+(?:reply|respond|answer|get back to you|be in touch)\w*\b.{0,30}?"
                              r"\b(?:when|once|after|as soon as) (?:I|I'm|I am) (?:get back|return|back|'m back)",
                              re.IGNORECASE)


def addresses_a_group(body: str) -> bool:
    """Does the sender's own text greet or speak to a group ("Hi all", "Thanks all", "à tous", "a tutti", "皆さん")? An
    auto-reply never does (reading/personsnote.py).

    >>> addresses_a_group("I'm off until the 4th. Thanks all for a great year!")
    True
    >>> addresses_a_group("I am out of the office until the 4th. Thank you for your message.")
    False
    """
    return speaks_to_a_group(" ".join(own_text(body).split()))


# A notice's words on whom to write meanwhile ("For urgent matters contact Lee Chan", "Pour toute urgence …", "In
# dringenden Fällen wenden Sie sich an …"): written for strangers, who do not know whom to ask. An aside to readers the
# writer knows says at most that their mail will wait ("won't be checking my email", "limited access to email"); an
# "FYI" over a redirect is a notice that opens so.
_REDIRECT_WORD = re.compile(r"urgen|dringend|spoed|piln|nagł|naléhav|naliehav|sürgős|\bacil\b|срочн|contact|kontakt|wenden|"
                            r"absence|abwesenheit|ausencia|assenza|ausência|frånvaro|fravær|afwezigheid|nieobecn|nepřítomn|"
                            r"poissaolo", re.IGNORECASE)


def opens_as_a_persons_aside(text: str) -> bool:
    """Does the text open as an aside ("FYI", "Heads up", "Pour info" …) and give no notice's redirect?

    >>> opens_as_a_persons_aside("FYI - I'm out of the office until Thursday with limited access to email.")
    True
    >>> opens_as_a_persons_aside("FYI: I am out of the office until 14 May. For urgent matters contact Lee Chan.")
    False
    """
    return opens_as_an_aside(text) and not any(_REDIRECT_WORD.search(m.group(0)) for m in _NOTICE.finditer(text))


def opens_with_an_aside(body: str) -> bool:
    """Does the sender's own text open as an aside to readers they know ("Just fyi, …", "Nur zur Info: …", "Pour info,
    …")? An auto-reply answers a stranger (reading/personsnote.py).

    >>> opens_with_an_aside("Pour info, je suis en congés du 3 au 14 mai.")
    True
    >>> opens_with_an_aside("Je suis en congés du 3 au 14 mai. Pour toute urgence, contactez Lee.")
    False
    """
    return opens_as_a_persons_aside(" ".join(own_text(body).split()))


_GREETING = (r"(?:(?:hi|hello|dear [^\W\d_]+|good (?:morning|afternoon|day)|hallo|guten tag|bonjour|hola|buongiorno|ciao|"
             r"ol[áa]|dzień dobry|здравствуйте|добрый день|您好|你好|こんにちは|お世話になっております|안녕하세요)[\s,.!，。、]*)?")
_SELF_DECLARED = re.compile(r"^\W*" + _GREETING + r"(?:" + SELF_DECLARED_WORDING + r")", re.IGNORECASE)


def opens_as_automatic(body: str) -> bool:
    """Does the sender's own text open by calling itself an automatic reply (absence stated or not)?

    >>> opens_as_automatic("这是来自QQ邮箱的假期自动回复邮件。您好，您的邮件已收到，我会尽快给您回复。")
    True
    >>> opens_as_automatic("This is an automatic reply? I thought you wrote it yourself.")
    False
    """
    text = " ".join(mended(own_text(body)).split())
    m = _SELF_DECLARED.match(text)
    if m is None:
        return False
    end = re.search(r"[.!?。！？]", text[m.end():])
    return end is None or end.group(0) not in "?？"  # "This is an automatic reply?" asks


def says_out_of_office(body: str, candidate: CandidateWords = CandidateWords()) -> bool:
    """Does this text read as an out-of-office notice (absence AND notice phrasing, before any quote)?

    `candidate`: the names of the tracked submission's candidate, when the mail answers one (classify knows):
    naming it in the sender's own words is speaking of the candidate, as "the candidate" is.

    >>> says_out_of_office("Thank you for your email. I am out of the office until May 5 with limited access to email.")
    True
    >>> says_out_of_office("I'm out of the office next week, but I can do a call on Tuesday.")
    False
    """
    own = mended(own_text(body))  # "nicht im BÃ¼ro": UTF-8 read as Latin-1
    text = " ".join(own.split())
    lowered = _lower(text)
    lost = ("?" in lowered or "\ufffd" in lowered) and _LOST_LETTER_RE.search(lowered) is not None
    if not lost and not any(word in lowered for word in ABSENCE_WORDS):
        return False
    absence, notice, automatic = (_ABSENCE_LOST, _NOTICE_LOST, _AUTOMATIC_LOST) if lost else (_ABSENCE, _NOTICE,
                                                                                                 _AUTOMATIC)
    unscheduled = _SCHEDULE_RE.sub(" ", text)
    only_leave = not absence.main(unscheduled)
    if only_leave and not absence.leave(unscheduled):
        return False
    if not (notice.search(text) or (_THANKS_OPENER.match(text) and not _a_persons_clause(own)
                                    and (_REPLY_WHEN_BACK.search(text) or only_an_absence(body, candidate)))):
        return False
    if REPORTED_LEAD_IN.match(text) or reports_an_auto_reply(text):
        return False
    answers = (bool(ANSWER_RE.search(" ".join(unrepeated(own).split()))) or names_candidate(own, candidate)
               or GROUP_GREETING.match(text) is not None or asks_the_reader(own) or asks_to_be_called(own)
               or opens_as_a_persons_aside(text) or away_at_the_readers_time(text) or _a_persons_clause(own, _DECISION_CLAUSE)
               or decides(own))
    if automatic.search(text):
        return True
    # A kind of leave or a mailbox no longer read (LEAVE_WORDING) is what people write of themselves too ("Bin
    # krankgeschrieben und lese meine E-Mails nur eingeschränkt. Absage bitte."; "PS: from 1 December this address will
    # no longer be monitored"): with it, every sentence must be a notice's, none the writer's own.
    return not answers and not (only_leave and not every_sentence_a_notices(own))


# ---------------------------------------------------------------------------- a body that is only a notice
# Some archives kept only From/Subject/Date, and some responders (GroupWise) write a bare line with no notice phrasing:
# "I will be out of the office from Friday (Feb 17) through Wednesday (Feb 22)." Alone that reads as a person's note,
# and stays one (`says_out_of_office` wants a notice's phrasing too). It counts only where the subject already says a
# person did not write it in answer to anything (a digest's own title: reading/autoreply.py), and then only when every
# sentence of the sender's own words is of a notice: the absence, the return, whom to write, the thanks, the sign-off.
# Any other sentence (an answer, a question, a word of the thread) makes it a person's.
_NOTICE_SENTENCE = re.compile(
    r"\b(?:(?:be |am |I'm |I'll be )back|(?:during|in) my absence|my (?:backup|stand-in|deputy|colleague)|back (?:on|in|at|from|by)|return(?:ing)? (?:on|to|in|at)|my return|"
    r"zurück|wieder (?:da|im büro|erreichbar)|de retour|à mon retour|a mi regreso|al mio rientro|terug op|tilbage|"
    r"tillbaka|tilbake|takaisin|contact|kontakt\w*|contacte[rz]|contactar|contattare|urgent\w*|dringend\w*|urgen\w*|"
    r"thanks?|thank you|danke|merci|gracias|grazie|obrigad[oa]|dank u|tak for|tack för|kiitos|dziękuję|"
    r"vielen dank|bedankt|dank voor|"
    # an answer put off ("te responderé mañana", "reageer morgen") and whom to write ("wenden Sie sich an")
    r"(?:will|I'll) (?:reply|respond)|répondrai|responderé|risponderò|respondo|reageer|antworte|wenden sie sich|"
    r"regards|best wishes|all the best|cheers|grü(?:ß|ss)en?|gru(?:ß|ss)|cordialement|salutations|saludos|saluti|"
    r"cumprimentos|groeten|hilsen|hälsningar|terveisin|pozdrawiam)\b|вернусь|спасибо|с уважением", re.IGNORECASE)
# Said of an absence over (a person catching up: "I was on vacation, so I missed this"), not of one to come.
_PAST_ABSENCE = re.compile(
    r"\b(?:was|were|have been|had been|i've been|war|waren|bin gewesen|étais|ai été|estuve|estaba|ero|sono stat[oa]|"
    r"var|har været|har varit|olin|byłem|byłam)\b", re.IGNORECASE)
# What follows "but" is a clause of its own: "out of the office next week, but I can do a call on Tuesday" is an answer,
# "on leave until Monday but will have limited access to e-mail" a notice.
# Italian "ma" is a "but" only after a comma: alone it is French "my" ("à ma messagerie") and Polish "has" ("Jakie ma …").
_CLAUSE_SPLIT = re.compile(r";|(?<!\d):(?!\d)|(?<!\d)\s[-–—]\s(?!\d)|,\s+ma\b|,?\s+(?:but|however|though|although|aber|doch|"
                           r"jedoch|mais|pero|però|mas|men|maar|mutta|ale|но|ale)\b", re.IGNORECASE)
# The stand-in's address or a telephone number alone, after "please contact my backup:".
_CONTACT_DETAIL = re.compile(r"[\w.+-]+(?:@| at )[\w-]+(?:\.[\w-]+)+\.?|[+\d()./ -]{6,}\.?")
# A notice is a few lines; more is a letter.
_ONLY_NOTICE_CHARS = 400
_ONLY_NOTICE_SENTENCES = 5
# A full stop after a number ends a sentence too ("jusqu'au 5. Le correctif …"), unless a month follows ("3. Januar").
_SENTENCE_SPLIT = re.compile(r"(?<=[.!])\s+(?!(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\w*\b)|"
                             r"\n\s*\n|\n(?=\s*[A-ZÀ-Ý-])")


def only_an_absence(body: str, candidate: CandidateWords = CandidateWords()) -> bool:
    """Is the sender's own text nothing but an absence to come (every sentence of a notice, no question)?

    >>> only_an_absence("I will be out of the office from Friday (Feb 17) through Wednesday (Feb 22).")
    True
    >>> only_an_absence("I was on vacation, so I missed this. Use lapply instead.")
    False
    """
    own = mended(own_text(body)).split("\n-- \n")[0].strip()
    text = " ".join(own.split())
    if (not text or len(text) > _ONLY_NOTICE_CHARS or "?" in text or _PAST_ABSENCE.search(text)
            or reports_an_auto_reply(text) or opens_as_a_persons_aside(text) or away_at_the_readers_time(text)):
        return False
    absence = _ABSENCE.search(_SCHEDULE_RE.sub(" ", text))
    if absence is None or ANSWER_RE.search(" ".join(unrepeated(own).split())) or names_candidate(own, candidate):
        return False
    sentences = [s for s in _SENTENCE_SPLIT.split(own) if s.strip()]
    if len(sentences) > _ONLY_NOTICE_SENTENCES:
        return False
    return not _a_persons_clause(own) and all(
        _is_name_line(s) or _NOTICE.search(s) or all(_notice_clause(c) for c in _CLAUSE_SPLIT.split(s) if c.strip())
        for s in sentences)


# Within a sentence a comma or an "and" may join a person's own clause to the absence: "I am on vacation until the
# 14th, please reject her", "Ich bin bis Montag nicht im Büro, gerne danach ein Gespräch". Each such part is read alone.
_PART_SPLIT = re.compile(r"[,，、。：；]|\s(?:and|und|et|y|e|en|og|och)\s", re.IGNORECASE)
_PERSONS_CLAUSE = re.compile(PERSONS_CLAUSE_WORDING + "|" + DECISION_CLAUSE_WORDING, re.IGNORECASE)
_DECISION_CLAUSE = re.compile(DECISION_CLAUSE_WORDING, re.IGNORECASE)


def _a_persons_clause(own: str, words: re.Pattern[str] = _PERSONS_CLAUSE) -> bool:
    """Does a clause of the text that is no notice's own (no absence, return, redirect, thanks …) speak as a person
    of the candidate: a decision, an intent to meet or look, the candidate as "her"? Then the sentence it shares with
    an absence is a person's answer, not a notice's.

    >>> _a_persons_clause("Thanks for your email. I am on vacation until the 14th, please reject her.")
    True
    >>> _a_persons_clause("Thanks for your email. I am on leave until Monday, back on Tuesday.")
    False
    """
    return any(not _notice_clause(part) and words.search(part)
               for sentence in _SENTENCE_SPLIT.split(own) if sentence and sentence.strip()
               for clause in _CLAUSE_SPLIT.split(sentence) if clause and clause.strip()
               for part in _PART_SPLIT.split(clause) if part.strip())


def every_sentence_a_notices(own: str) -> bool:
    """Is every sentence of the sender's own text a notice's (an absence, its phrasing, a return, whom to write, the
    thanks, a sign-off, a name), none the writer's own?

    >>> every_sentence_a_notices("Jag är sjukskriven. Ditt mejl vidarebefordras inte. Kontakta hr@acme.test.")
    True
    >>> every_sentence_a_notices("Jeg er syg og har begrænset adgang til mail. Jeg kigger på ham i morgen.")
    False
    """
    own = own.split("\n-- \n")[0].strip()
    if _a_persons_clause(own):
        return False
    for sentence in (s.strip() for s in _FULL_SENTENCE.split(own) if s and s.strip()):
        if _COURTESY.fullmatch(sentence) or SIGN_OFF.match(sentence):
            if _SIGN_OFF.match(sentence):
                return True  # what follows a sign-off is the signature: a name, a title, a disclaimer
            continue
        if not (_is_name_line(sentence) or _NAME_IN_ANY_SCRIPT.fullmatch(sentence) or _NOTICE.search(sentence)
                or _A_NOTICES_OTHER_SENTENCE.search(sentence)
                or all(_notice_clause(c) for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip())):
            return False
    return True


# Sentences end before a capital, after a CJK stop or at a line's end, so that a date's dots ("16.–20. 11.", "vom 16.
# bis") end none.
_FULL_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])(?=[^a-zà-ÿа-яğışçöü])|(?<=[。！？])|\s*\n\s*")
_A_NOTICES_OTHER_SENTENCE = re.compile(NOTICE_OTHER_SENTENCE_WORDING, re.IGNORECASE)
_COURTESY = re.compile(COURTESY_WORDING, re.IGNORECASE)
_SIGN_OFF = re.compile(r"\W*(?!hi|hello|hej|hei|moi|merhaba|dobrý|ahoj|dear|good|guten|bonjour|hola|buongiorno|ciao|ol[áa]|"
                       r"dzień|здравствуйте|добрый|您好|你好|こんにちは|お世話|안녕)", re.IGNORECASE)
# A signature's name in any script: "Мария Иванова", "山田 真理", "이영희 드림" (a CJK name is a few characters).
_NAME_IN_ANY_SCRIPT = re.compile(r"(?:[^\W\d_a-zа-я][^\W\d_]*[\s.]*){1,4}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af ]{2,8}")


def _notice_clause(clause: str) -> bool:
    return bool(_ABSENCE.search(clause) or _NOTICE_SENTENCE.search(clause) or _CONTACT_DETAIL.fullmatch(clause.strip()))


def _is_name_line(sentence: str) -> bool:
    """A signature's name: one to four capitalised words, nothing else ("Jeffrey Barrett", "J. Barrett")."""
    return re.fullmatch(r"\s*(?:[A-ZÀ-Ý][\w.'-]*\s*){1,4}", sentence) is not None

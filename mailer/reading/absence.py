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

# Only the start of the text is read: a notice says what it is at once, and the cost stays flat.
_HEAD = 700

# Where the sender's own words end: a quote, a quote header, a forwarded or original message block.
_QUOTE_START = re.compile(
    r"^\s*(?:>|-{2,}\s*(?:original|forwarded|ursprüngliche|message d'origine)|_{8,}|"
    r"(?:from|von|de|da|van|från|fra|od|от|发件人|差出人)\s*:\s*\S|"
    r"(?:on|am|le|el|il|op)\s.{0,120}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s*:)",
    re.IGNORECASE | re.MULTILINE)

_ABSENCE = re.compile("|".join((
    # English
    r"\bout of (?:the |my )?office\b", r"\b(?:currently|presently) (?:away|out)\b", r"\b(?:am|will be) away\b",
    r"\bon (?:annual |parental |maternity |paternity |sick |study )?(?:leave|vacation|holiday)\b",
    r"\bnot (?:be )?in the office\b", r"\bwill not return until\b",
    # German
    r"\bnicht im büro\b", r"\babwesend\b", r"\bau(?:ß|ss)er haus\b", r"\bim urlaub\b", r"\bwieder im büro\b",
    # French, Spanish, Italian, Portuguese
    r"\babsente? (?:du bureau|jusqu)", r"\bsuis absente?\b", r"\ben congés?\b", r"\bhors du bureau\b",
    r"\bfuera de la oficina\b", r"\b(?:estoy|estaré) ausente\b", r"\bde vacaciones\b",
    r"\bfuori (?:ufficio|sede)\b", r"\b(?:sono|sarò) assente\b", r"\bin ferie\b",
    r"\bfora do escritório\b", r"\bde férias\b",
    # Dutch, Scandinavian, Finnish, Polish, Czech, Russian
    r"\bafwezig\b", r"\bniet op kantoor\b", r"\bmet vakantie\b", r"\bpå semester\b", r"\bfrånvarande\b",
    r"\bfraværende\b", r"\bikke på kontoret\b", r"\blomalla\b", r"\bpoissa toimistolta\b", r"\bpoza biurem\b",
    r"\bna urlopie\b", r"\bmimo kancelář\b", r"\bna dovolené\b", r"в отпуске", r"вне офиса",
    # Chinese, Japanese
    r"休假", r"不在办公室", r"无法亲自回复", r"不在にしております", r"休暇",
)), re.IGNORECASE)

# Every statement of absence above contains one of these words: a text with none of them is passed over
# without running the long pattern (most replies are), which keeps the rule at a few microseconds a mail.
_ABSENCE_WORDS = (
    "office", "away", "leave", "vacation", "holiday", "return", "büro", "abwesend", "haus", "urlaub", "absent",
    "congé", "bureau", "oficina", "ausente", "vacaciones", "ufficio", "sede", "assente", "ferie", "escritório",
    "férias", "afwezig", "kantoor", "vakantie", "semester", "frånvarande", "fraværende", "kontoret", "lomalla",
    "toimistolta", "biurem", "urlopie", "kancelář", "dovolené", "отпуске", "офиса", "休假", "不在", "无法亲自回复",
    "休暇",
)

_NOTICE = re.compile("|".join((
    # calls itself automatic
    r"\bauto(?:matic|mated)(?:ally generated)? (?:reply|response|message|notice)", r"\bauto-?reply\b",
    r"\bautomatische (?:antwort|nachricht|rückantwort)\b", r"\bréponse automatique\b", r"\bmessage automatique\b",
    r"\brespuesta automática\b", r"\brisposta automatica\b", r"\bresposta automática\b", r"\bautomatisch antwoord\b",
    r"\bautomatiskt svar\b", r"\bautosvar\b", r"\bautomaattinen vastaus\b", r"\bautomatyczna odpowiedź\b",
    r"автоматический ответ", r"自动回复", r"自動返信", r"自動応答", r"자동 ?회신",
    # mail access while away
    r"\b(?:limited|no|intermittent|restricted|without|not have) access to (?:my )?e-?mails?\b",
    r"\bkeinen zugriff auf (?:meine )?e-?mails?\b", r"\baccès (?:limité )?(?:à|a) (?:mes )?(?:e-?mails?|courriels?)\b",
    # whom to write meanwhile
    r"\b(?:for|in) (?:urgent|pressing) (?:matters|cases|inquiries|enquiries|issues|requests)\b",
    r"\bfor (?:immediate|urgent) assistance\b", r"\bdringenden (?:angelegenheiten|fällen)\b",
    r"\bpour toute urgence\b", r"\ben cas d'urgence\b", r"\bpara asuntos urgentes\b", r"\ben caso de urgencia\b",
    r"\bper (?:urgenze|questioni urgenti)\b", r"\bvoor dringende zaken\b", r"\bi brådskande ärenden\b",
    # an answer promised for later, in the words of a notice
    r"\b(?:respond|reply|answer)\w*(?: to (?:you|your (?:e-?mail|message)))?(?: as soon as (?:possible|I can))?"
    r" (?:upon|on|after) my return\b",
    r"\bà mon retour\b", r"\ba mi regreso\b", r"\bal mio rientro\b",
    r"我将在假期结束后",
    # Lotus Notes' and Exchange's own sentences
    r"\bout of the office starting\b.{0,40}\bwill not return until\b", r"\bonly notification you will receive\b",
    r"\beinzige benachrichtigung\b",
)), re.IGNORECASE | re.DOTALL)


def own_text(body: str) -> str:
    """The start of the body up to the first quote, quote header or forwarded block."""
    head = body[:_HEAD * 3]
    cut = _QUOTE_START.search(head)
    return (head[:cut.start()] if cut else head)[:_HEAD]


def says_out_of_office(body: str) -> bool:
    """Does this text read as an out-of-office notice (absence AND notice phrasing, before any quote)?

    >>> says_out_of_office("Thank you for your email. I am out of the office until May 5 with limited access to email.")
    True
    >>> says_out_of_office("I'm out of the office next week, but I can do a call on Tuesday.")
    False
    """
    text = " ".join(own_text(body).split())
    lowered = text.lower()
    if not any(word in lowered for word in _ABSENCE_WORDS):
        return False
    return bool(_ABSENCE.search(text) and _NOTICE.search(text))

"""The words of a mail gateway's external-sender banner, in one place: its tag ("[EXTERNAL]"), Outlook's first-contact
tip, the warning word it opens with, and what the warning goes on to say, in the gateway's own voice: this mail came
from outside, or do not click its links or open its attachments. The readers that use them each apply their own rule of
where such a paragraph counts: linekinds.drop_banner (the first paragraph, right after the lines are classified) and
boilerplate (the first paragraph again, after the other marks)."""

from __future__ import annotations

import re

# A gateway's tag in brackets ("[EXTERNAL]", "[EXTERN]", "[EXTERNAL EMAIL]").
BANNER_TAG_RE = re.compile(
    r"^\W*\[\s*(?:external|ext|extern|externe|externo|esterno|externí|zewnętrzn\w*)(?:\s+(?:e-?mail|sender|message|"
    r"mail|absender))?\s*\]", re.I)
# Outlook's first-contact tip ("You don't often get email from …"): the client's own words, a banner by themselves.
FIRST_CONTACT_RE = re.compile(
    r"^\W*(?:you don't often get (?:e-?mail|messages) from|sie erhalten nicht (?:oft|häufig) e-?mails? von|"
    r"vous n'obtenez pas souvent d'e-?mails? (?:à partir )?de|no suele recibir (?:correos?|mensajes?) "
    r"(?:electrónicos? )?de)", re.I)
# A gateway warning's first word, in the gateway's own language ("CAUTION:", "[EXTERNAL] Email:", "Let op:", "注意：").
BANNER_OPEN_RE = re.compile(
    r"^\W*(?:caution|warning|attention|achtung|vorsicht|warnung|hinweis|atención|precaución|aviso|attenzione|"
    r"avviso|let op|opgelet|waarschuwing|atenção|cuidado|uwaga|ostrzeżenie|注意|警告|"
    r"\[?\s*(?:external|extern|externe|externo|esterno|zewnętrzn\w*)\s*\]?"
    r"(?: (?:e-?mail|sender|message|mail|nachricht))?)\s*[:!：]", re.I)
# A banner speaks of the mail itself or of its links and attachments; a person's "Warning: she is coming from outside
# our organisation" does not.
BANNER_MAIL_RE = re.compile(
    r"mail|message|nachricht|courriel|correo|mensaje|messaggio|bericht|mensagem|wiadomoś|メール|邮件|郵件|"
    r"link|lien|enlace|collegament|attachment|anhang|anhänge|anlage|pièce|adjunto|allegat|bijlage|anexo|załącz|添付",
    re.I)
# The gateway says it of this very mail ("This email …", "Diese Nachricht …", "Ce courriel …", "このメールは…"): a
# person who writes of a candidate from outside speaks of her, or of "her message".
_THIS_MAIL = (
    r"\b(?:this (?:e-?mail|message)|diese (?:e-?mail|nachricht)|(?:ce|cet) (?:courriel|message|e-?mail)|"
    r"este (?:correo|mensaje|e-?mail)|esta mensagem|(?:questa|questo) (?:e-?mail|mail|messaggio)|"
    r"(?:deze|dit) (?:e-?mail|mail|bericht)|(?:ta|ten|niniejsza) (?:wiadomość|e-?mail))|"
    r"このメール|本メール|此邮件|本邮件|这封邮件")
# Where it came from, in the gateway's words.
_OUTSIDE = (
    r"outside (?:of )?(?:the|your|our) (?:organi[sz]ation|company|network)|originated (?:from )?outside|"
    r"external (?:sender|source|e-?mail|message)|externen? (?:absender|quelle)|außerhalb (?:der|unserer|ihrer|ihres)|"
    r"source externe|origine externe|l'extérieur de|expéditeur externe|fuera de (?:la|su|nuestra)|remitente externo|"
    r"origen externo|dall'esterno|fonte esterna|mittente esterno|al di fuori|buiten (?:de|uw|onze) organisatie|"
    r"externe afzender|fora da (?:sua |nossa )?organização|remetente externo|origem externa|"
    r"spoza (?:organizacji|firmy)|zewnętrzn\w* nadaw|社外|外部から")
# "This email came from outside", within one sentence.
_FROM_OUTSIDE_RE = re.compile(r"(?:" + _THIS_MAIL + r")[^.!?。]{0,80}?(?:" + _OUTSIDE + r")", re.I)
# Its advice about links and attachments, always as a warning ("Do not click links", "Use caution when clicking",
# "… unless you recognize the sender", "Klicken Sie nicht", "Nie klikaj"): a person's "clicking links in her message
# gave me a 404" is no advice.
_ADVICE_RE = re.compile(
    r"(?:do not|don't|never|caution (?:when|before)|care (?:when|before)|careful (?:when|before|with)) "
    r"(?:click|open)\w*|unless you (?:know|recogni[sz]e|trust|expected) (?:the|this) (?:sender|content)|"
    r"klicken sie (?:nicht|keine)|öffnen sie (?:keine|nicht)|"
    r"ne cliquez (?:pas|sur aucun)|n'ouvrez pas|no haga clic|no abra|non cliccare|non aprire|klik niet|open geen|"
    r"não clique|não abra|nie klikaj|nie otwieraj|リンクをクリック|添付ファイルを開", re.I)


def warns_of_outside_mail(words: str) -> bool:
    """Do these words, after a gateway's warning word or tag, say this mail came from outside or warn about its links
    and attachments, and speak of the mail?"""
    return bool((_FROM_OUTSIDE_RE.search(words) or _ADVICE_RE.search(words)) and BANNER_MAIL_RE.search(words))


def reads_as_banner(lines: list[str], peek: int) -> bool:
    """Is this paragraph (its lines, read joined up to peek characters) a gateway's banner: Outlook's first-contact
    tip, a tag alone on its line, or a tag or warning word that the gateway's warning follows ("[EXTERNAL] This email
    originated from outside …", "CAUTION: Do not click links …", "EXTERNAL EMAIL: Use caution when clicking …")?
    "[External] candidate, please review her CV." and "CAUTION: the candidate's start date moved." are a person's."""
    paragraph = " ".join(x.strip() for x in lines)[:peek]
    if FIRST_CONTACT_RE.match(paragraph):
        return True
    first = lines[0].strip() if lines else ""
    alone = BANNER_TAG_RE.match(first)
    if alone and not first[alone.end():].strip(" \t:-–—"):
        return True  # "[EXTERNAL]" or "[EXTERNAL EMAIL]" on a line of its own
    opener = BANNER_TAG_RE.match(paragraph) or BANNER_OPEN_RE.match(paragraph)
    return bool(opener) and warns_of_outside_mail(paragraph[opener.end():])

"""A mail gateway's external-sender banner: its words, in one place, and where it sits. Its words: its tag ("[EXTERNAL]"), Outlook's first-contact
tip, the warning word it opens with, and what the warning goes on to say, in the gateway's own voice: this mail came
from outside, or do not click its links or open its attachments. Where it sits (banner_lines):
the first paragraph at the top, and what goes with it (the rules and markers drawn around it: "-----", "*****",
Proofpoint's ZjQcmQRYFpfptBannerStart/End and "!---|" box, its "Report Suspicious" link; a further paragraph that goes
on warning, such as the same notice in a second language; Proofpoint's preview of the mail's first words above its
title), and, when the person wrote on the very next line with no blank line between (as a div-per-line HTML body
reads), where the banner ends and their words begin. linekinds.drop_banner (right after the lines are classified) and
boilerplate (after the other marks) mark those lines; the command reader skips them (skip_banner), so a banner kept in
the text never stands where the decision is read."""

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
    r"^\W*(?:(?:caution|warning|attention|achtung|vorsicht|warnung|hinweis|atención|precaución|aviso|alerta|attenzione|"
    r"avviso|avertissement(?: automatisé)?|let op|opgelet|waarschuwing|atenção|cuidado|uwaga|ostrzeżenie|注意|警告|"
    r"تحذير|تنبيه)(?:\s+(?:externe?|external|esterna|externa)\s+(?:e-?mail|nachricht|message|sender|absender|mail))?|"
    r"\[?\s*(?:external|extern|externe|externo|esterno|zewnętrzn\w*)\s*\]?"
    r"(?: (?:e-?mail|sender|message|mail|nachricht))?)\s*[:!：,]", re.I)
# A gateway's title or tag that is a whole line by itself: "CAUTION: External Email", "*** EXTERNAL EMAIL ***",
# "[CAUTION: External Email]", "** STOP. THINK. External Email **", Proofpoint's "This Message Is From an External
# Sender", Mimecast's "[SUSPICIOUS MESSAGE]". A person's "External candidate, worth a call" or "EXTERNAL SENDER? No,
# she's internal" goes on past the words.
TITLE_RE = re.compile(
    r"^\W*(?:(?:caution|warning|attention|alert|notice|stop\W+think)\W+)*"
    r"(?:this (?:e-?mail|message) is from an? )?(?:external|suspicious|extern|externe)\s+"
    r"(?:e-?mail|sender|message|source|mail|absender|nachricht)(?:\s+warning)?(?:\s+to\s+[\w.-]+)?(?:\W+(?:use|exercise)\s+caution)?\W*$", re.I)
# A banner speaks of the mail itself or of its links and attachments; a person's "Warning: she is coming from outside
# our organisation" does not.
BANNER_MAIL_RE = re.compile(
    r"mail|message|nachricht|courriel|correo|mensaje|messaggio|bericht|mensagem|wiadomoś|メール|邮件|郵件|"
    r"link|lien|enlace|collegament|attachment|anhang|anhänge|anlage|pièce|piece|adjunto|allegat|bijlage|anexo|załącz|添付|"
    r"رسالة|مرفق|链接|附件|sender|absender|exp[ée]diteur|remitente|mittente|afzender",
    re.I)
# The gateway says it of this very mail ("This email …", "Diese Nachricht …", "Ce courriel …", "このメールは…"): a
# person who writes of a candidate from outside speaks of her, or of "her message".
_THIS_MAIL = (
    r"\b(?:this (?:e-?mail|message)|diese (?:e-?mail|nachricht)|(?:ce|cet) (?:courriel|message|e-?mail)|"
    r"este (?:correo|mensaje|e-?mail)|esta mensagem|(?:questa|questo) (?:e-?mail|mail|messaggio)|"
    r"(?:deze|dit) (?:e-?mail|mail|bericht)|(?:ta|ten|niniejsza) (?:wiadomość|e-?mail))|"
    r"このメール|本メール|此邮件|本邮件|这封邮件|هذه الرسالة|هذا البريد")
# Where it came from, in the gateway's words.
_OUTSIDE = (
    r"outside (?:of )?(?:the|your|our) (?:organi[sz]ation|company|network)|originated (?:from )?outside|"
    r"(?:sent|came|comes|arrived) from (?:someone )?outside (?:of )?(?:(?:the|your|our) )?(?:organi[sz]ation|company|"
    r"network|domain|firm|(?-i:[A-Z]))|"
    r"is from outside (?:of )?(?:(?:the|your|our) )?(?:(?-i:[A-Z])|organi[sz]ation|company|network|domain)|"
    r"external (?:sender|source|e-?mail|message)|externen? (?:absender|quelle)|außerhalb (?:der|unserer|ihrer|ihres)|"
    r"source externe|origine externe|l['’]ext[ée]rieur d(?:e|u|es)\b|de l['’]externe|d['’ ]\s?internet|"
    r"expéditeur externe|fuera de (?:la|su|nuestra)|remitente externo|"
    r"origen externo|dall'esterno|fonte esterna|mittente esterno|al di fuori|buiten (?:de|uw|onze) organisatie|"
    r"externe afzender|fora da (?:sua |nossa )?organização|remetente externo|origem externa|"
    r"spoza (?:organizacji|firmy)|zewnętrzn\w* nadaw|社外|外部から|来自外部|外部发件人|外部寄件人|من خارج")
# "This email came from outside", within one sentence.
_FROM_OUTSIDE_RE = re.compile(
    r"(?:(?:" + _THIS_MAIL + r")[^.!?。]{0,80}?(?:" + _OUTSIDE + r")|this is an? external (?:e-?mail|message)|"
    r"sender is (?:from )?outside (?:of )?(?:the|your|our) |sender is external)", re.I)
# Its advice about links and attachments, always as a warning ("Do not click links", "Use caution when clicking",
# "Be wary of any links", "Klicken Sie nicht", "Nie klikaj", "Öffnen Sie Anhänge und Links nur, wenn …") …
_ADVICE_RE = re.compile(
    r"(?:do not|don't|never|caution (?:when|before|while)?|care (?:when|before)|careful (?:when|before|with)) ?"
    r"(?:click|open)\w*|unless you (?:know|recogni[sz]e|trust|expected) (?:the|this) (?:sender|content)|"
    r"(?:use )?caution (?:with|opening|clicking)|be wary of|open (?:attachments|links)[\w ]{0,20} only if|"
    r"klicken sie (?:nicht|keine)|öffnen sie (?:keine|nicht)|öffnen sie anhänge[\w ]{0,20} nur|"
    r"ne cliquez (?:pas|sur aucun)|n'ouvrez pas|soyez prudent|no haga clic|no abra|non cliccare|non aprire|klik niet|"
    r"open geen|não clique|não abra|nie klikaj|nie otwieraj|リンクをクリック|添付ファイルを開|谨慎处理|الحذر|"
    r"vorsichtig (?:beim|bei|mit)|careful with (?:\w+ )?(?:links|attachments)", re.I)
# … about links and attachments in general, with the gateway's reason ("links or attachments", "unless you recognize
# the sender", "from unknown senders"): a person's "don't click the portfolio link in her CV, it's broken" is hers.
_LINK_RE = re.compile(r"link|lien|enlace|collegament|koppeling|链接|الارتباط|リンク", re.I)
_ATTACHMENT_RE = re.compile(r"attachment|anh[aä]ng|anlage|pi[èe]ces? jointe|adjunto|allegat|bijlage|anexo|załącz|"
                            r"添付|附件|المرفق", re.I)
_REASON_RE = re.compile(
    r"unless|unknown|unexpected|expect|recogni[sz]|trust|safe|secure|sicher|à moins|sauf si|a menos|se non conosci|"
    r"tenzij|não reconhe|nieznan|reconna|connai", re.I)
# Statements a gateway opens with, without a warning word: "This message originated outside your organization.",
# "[This email is from an EXTERNAL source. …]", "Expediteur non authentifie (SPF/DKIM).", "此邮件来自外部发件人".
_LEAD_RE = re.compile(r"[\W_]*")  # "** ", "[", "⚠️ " before a statement
_UNVERIFIED = r"exp[ée]diteur non authentifi|unverified sender|sender (?:could not be|was not|is not) verified"


def _advises(words: str) -> bool:
    """Advice about links and attachments in the gateway's voice: the warning, and links and attachments both, or
    the gateway's reason."""
    return bool(_ADVICE_RE.search(words) and ((_LINK_RE.search(words) and _ATTACHMENT_RE.search(words))
                                              or _REASON_RE.search(words)))


# A further line of the banner's, in its paragraph: its link or attachment or sender words with its caution ("Bitte
# prüfen Sie Links sorgfältig."); a person's "pass, her portfolio link is broken" has no caution.
_FURTHER_RE = re.compile(r"(?:link|lien|anh[aä]ng|attachment|sender|absender|exp[ée]diteur|remitente|mittente).*"
                         r"(?:check|verif|careful|caution|wary|prüf|vorsicht|sorgfältig|prudent|cuidado|attenzione)|"
                         r"(?:check|verif|careful|caution|wary|prüf|vorsicht|prudent|cuidado|attenzione).*"
                         r"(?:link|lien|anh[aä]ng|attachment|sender|absender|exp[ée]diteur|remitente|mittente)", re.I)


# A person's own line under a banner: it speaks of them or the candidate, or opens with an answer ("Pass - I checked
# her portfolio link", "Interview. Check her GitHub link."); a gateway's caution about links speaks of neither.
_PERSONS_LINE_RE = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|her|his|she|he|him|ich|mein|meine|je|j'ai|yo)\b|"
                              r"^\W*(?:interview|pass|yes|no|snooze|hold|hire|reject)\b", re.I)


def goes_on_warning(words: str) -> bool:
    """Do these words, under a banner's first notice, go on with its warning (this mail came from outside, advice
    about links and attachments, or its caution about them, in no person's voice)?"""
    return bool(_FROM_OUTSIDE_RE.search(words) or _advises(words)
                or _FURTHER_RE.search(words) and not _PERSONS_LINE_RE.search(words))


def warns_of_outside_mail(words: str, tagged: bool = False) -> bool:
    """Do these words, after a gateway's warning word or tag, say this mail came from outside or warn about its links
    and attachments, and speak of the mail? After a gateway's bracketed tag ("[EXT] Be careful with links.") the
    advice needs no reason: no person opens a line with the tag."""
    advice = _ADVICE_RE.search(words) if tagged else _advises(words)
    return bool((_FROM_OUTSIDE_RE.search(words) or advice) and BANNER_MAIL_RE.search(words))


def opens_with_statement(paragraph: str) -> bool:
    """Does the paragraph open, with no warning word, with the gateway's own statement that this mail came from outside
    or from an unverified sender, or with its advice and reason ("DO NOT open attachments or click on links from
    unknown senders")? A person's "This email is from outside my area, but …" names no organisation."""
    start = _LEAD_RE.match(paragraph).end()
    head = paragraph[start:start + 240]
    return bool(_FROM_OUTSIDE_RE.match(head) or re.match(_UNVERIFIED, head, re.I)
                or (re.match(r"(?:do not|don't|never) (?:click|open)", head, re.I) and _advises(head)))


def complete_line(line: str) -> bool:
    """Is this line a banner by itself, complete where it ends (a title, a tag alone, Outlook's tip)?"""
    first = line.strip()
    alone = BANNER_TAG_RE.match(first)
    return bool(TITLE_RE.match(first) or FIRST_CONTACT_RE.match(first)
                or (alone and not first[alone.end():].strip(" \t:-–—")))


def reads_as_banner(lines: list[str], peek: int) -> bool:
    """Is this paragraph (its lines, read joined up to peek characters) a gateway's banner: Outlook's first-contact
    tip, a tag alone on its line, or a tag or warning word that the gateway's warning follows ("[EXTERNAL] This email
    originated from outside …", "CAUTION: Do not click links …", "EXTERNAL EMAIL: Use caution when clicking …")?
    "[External] candidate, please review her CV." and "CAUTION: the candidate's start date moved." are a person's."""
    paragraph = " ".join(x.strip() for x in lines)[:peek]
    if FIRST_CONTACT_RE.match(paragraph) or opens_with_statement(paragraph):
        return True
    first = lines[0].strip() if lines else ""
    if TITLE_RE.match(first):
        return True
    alone = BANNER_TAG_RE.match(first)
    if alone and not first[alone.end():].strip(" \t:-–—"):
        return True  # "[EXTERNAL]" or "[EXTERNAL EMAIL]" on a line of its own
    tag = BANNER_TAG_RE.match(paragraph)
    opener = tag or BANNER_OPEN_RE.match(paragraph)
    return bool(opener) and warns_of_outside_mail(paragraph[opener.end():], tagged=bool(tag))


# A rule or marker line drawn around a banner: dashes, stars, underscores, Proofpoint's box corners and markers, or a
# line of no-break spaces.
_RULE_RE = re.compile(r"^[\s\u00a0]*(?:[-_=*~#]{3,}|[!|]-{3,}[|!]|ZjQcmQRYFpfptBanner(?:Start|End)|)[\s\u00a0]*$")
# Proofpoint's own line under its notice, and the link it gives.
_REPORT_RE = re.compile(r"^\s*(?:Report Suspicious|<?https?://\S+>?)\s*$", re.I)
# Proofpoint's preview of the mail's first words, cut with an ellipsis, above its title.
_PREVIEW_RE = re.compile(r"(?:\.\.\.|…)\s*$")
# Where a banner's sentence may end on a line: a full stop, a closing bracket or stars ("… safe.", "…]", "… **").
_ENDS_RE = re.compile(r"[.!?。！？\])*】]\W*$")
# A client wraps a long line at 72 to 80 columns, so a wrapped line is at least this long: a banner line outside
# these lengths ends where it ends even without a full stop ("External email: Use caution opening links or
# attachments"), and the person's line under it is theirs.
_WRAPPED = range(60, 81)
_PEEK = 600  # a banner is read joined, this far
_UNIT_LINES = 6  # one notice, wrapped, is at most this many lines
_BLOCK_LINES = 16  # the whole block: two notices, their rules, Proofpoint's lines
_PARAGRAPHS = 3


def _notice(lines: list[str], opening: bool) -> int:
    """How many lines from the top are one notice of the gateway's: the fewest that read as a banner, and, when that
    line stops mid-sentence at a client's wrap width, the wrapped lines that go on to the sentence's full stop. A
    person's line right under it with no blank line between ("Interview", "Pass, not enough Go.") stays theirs. Past
    the first notice, its further warnings ("This message came from outside your organization.", "** Be wary of links
    or attachments … **") count too."""
    for k in range(1, min(len(lines), _UNIT_LINES) + 1):
        said = lines[:k]
        if not (reads_as_banner(said, _PEEK) or (not opening and goes_on_warning(" ".join(said)[:_PEEK]))):
            continue
        end = k
        while not _ends(lines[end - 1]) and end < len(lines) and end - k < _UNIT_LINES:
            end += 1
            if _ENDS_RE.search(lines[end - 1]):
                return end
        return k
    return 0


def _ends(line: str) -> bool:
    """Does a banner's notice end with this line (a full stop, a title, or a line no client wrapped)?"""
    return bool(_ENDS_RE.search(line) or complete_line(line) or len(line.rstrip()) not in _WRAPPED)


def _lines_of_banner(lines: list[str], opening: bool) -> int:
    """How many of these lines (one paragraph, no blank line) are the banner's, from the top: 0 if it does not open
    with one (or, past the first paragraph, go on with one)."""
    taken, seen = 0, not opening
    while taken < len(lines) and taken < _BLOCK_LINES:
        line = lines[taken]
        if _RULE_RE.match(line) or (seen and taken and _REPORT_RE.match(line)):
            taken += 1
            continue
        if _PREVIEW_RE.search(line) and _notice(lines[taken + 1:], True):
            taken += 1
            continue
        notice = _notice(lines[taken:], opening and not seen)
        if not notice:
            break
        taken, seen = taken + notice, True
    if opening and (not seen or all(_RULE_RE.match(x) for x in lines[:taken])):
        return 0
    return taken


def banner_lines(lines: list[str], kinds: list[str] | None = None) -> list[int]:
    """The indexes of the banner's lines at the top of these lines (blank lines between its paragraphs are not
    listed). With kinds, only lines read as text or rules ("t", "d") can be the banner's, the first of them at the top,
    and a rule under the banner is its own only when the person's text follows it (not a quote's head)."""
    found: list[int] = []
    i, paragraphs = 0, 0
    while i < len(lines) and paragraphs < _PARAGRAPHS and len(found) < _BLOCK_LINES:
        while i < len(lines) and _blank(lines[i], kinds, i):
            i += 1
        end = i
        while end < len(lines) and not _blank(lines[end], kinds, end) and (kinds is None or kinds[end] in "td"):
            end += 1
        if end == i:
            break
        if paragraphs and all(_RULE_RE.match(x) for x in lines[i:end]):
            after = next((j for j in range(end, len(lines)) if not _blank(lines[j], kinds, j)), None)
            if kinds is not None and (after is None or kinds[after] != "t"):
                break
            found += range(i, end)
            i = end
            continue
        taken = _lines_of_banner(lines[i:end], paragraphs == 0)
        found += range(i, i + taken)
        if not taken or i + taken < end:
            break
        i, paragraphs = end, paragraphs + 1
    return found


def _blank(line: str, kinds: list[str] | None, i: int) -> bool:
    return kinds[i] == "e" if kinds is not None else not line.strip()


def skip_banner(lines: list[str]) -> list[str]:
    """The lines under a banner at the top, for the command reader (which reads non-empty lines only)."""
    found = banner_lines(lines)
    return lines[found[-1] + 1:] if found else lines

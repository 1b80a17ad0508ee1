"""The words of a company's legal disclaimer, in one place: its heading, its opening sentence per language, and the
legal words its paragraph goes on with. The readers that use them each apply their own rule of where such a line
counts: replytext's line kinds (a line of its own under the text, or one whose paragraph has the legal words),
disclaimerlines (a person's sentence that opens like one stays theirs) and boilerplate (a paragraph whose opening
is wrapped over several lines, read joined)."""

from __future__ import annotations

import re

# A disclaimer's heading ("CONFIDENTIALITY NOTICE", "Disclaimer"): a disclaimer wherever it stands.
DISCLAIMER_HEADING_RE = re.compile(r"^\W*(?:confidentiality notice|disclaimer|privileged (?:and|&) confidential)", re.I)

# A disclaimer's first sentence: this mail (its content, the information in it) is confidential or privileged, or
# meant for its addressee only. A person's own "This email is confidential, but yes: interview her" can open the
# same way, so each reader also asks for the legal words below or for the line to stand apart under the text.
# Words that also run through a person's everyday sentence are only taken in their disclaimer sense: German
# "bestimmt" ("surely") only as "für … bestimmt", French "réservé" and Spanish "reservado" ("booked") only as "réservé
# exclusivement / à l'usage", Dutch "uitsluitend" ("only") only as "uitsluitend bestemd / bedoeld / voor", Japanese
# "誤って" only as "received in error" (a person writes "誤って送信", "sent it by mistake").
DISCLAIMER_OPEN_RE = re.compile(
    r"^\W*(?:"
    # English
    r"(?:this|the contents? of this|the information (?:contained )?in this) (?:e-?mail|message|communication)"
    r"[^.]{0,80}(?:confidential|privileged|intended)|"
    # German
    r"(?:diese|der inhalt dieser|die informationen in dieser) (?:e-?mail|nachricht)[^.]{0,80}"
    r"(?:vertraulich|ausschlie(?:ß|ss)lich für|für\b[^.]{0,60}bestimmt|bestimmt für)|"
    # French
    r"(?:(?:ce|cet|le présent) (?:message|courriel|e-?mail)|les informations contenues dans ce)[^.]{0,80}"
    r"(?:confidentiel|(?:destiné|réservé)e?s? (?:exclusivement|uniquement|à l'usage|aux? (?:seul|destinataire|personne)))|"
    # Spanish and Portuguese
    r"(?:este (?:mensaje|correo|e-?mail)|esta mensagem|la información contenida en este|a informação contida nest)"
    r"[^.]{0,80}(?:confidencia|(?:destinad|reservad)[oa]s? (?:exclusivamente|únicamente|unicamente|solamente|somente|"
    r"apenas|al? (?:uso|destinatari)|ao (?:uso|destinatário)))|"
    # Italian
    r"(?:questo|il presente) (?:messaggio|e-?mail)[^.]{0,80}(?:riservat|confidenzial|destinat)|"
    r"questo messaggio(?: e (?:i suoi|gli eventuali|tutti gli) allegati)? (?:sono|è) indirizzat|"
    r"questa (?:e-?mail|comunicazione)[^.]{0,90}(?:riservat|confidenzial|destinat)|"
    r"le informazioni contenute (?:in questo messaggio|nel presente|nella presente)|"
    # Dutch
    r"(?:de informatie (?:verzonden )?(?:met|in) )?(?:dit|deze) (?:e-?mail(?:bericht)?|bericht)[^.]{0,80}"
    r"(?:vertrouwelijk|uitsluitend (?:bestemd|bedoeld|voor)|alleen bestemd|bestemd voor)|"
    # Polish, Czech, Slovenian, Russian
    r"(?:ta|niniejsza) wiadomość[^.]{0,80}(?:poufn|przeznaczon)|"
    r"(?:treść |informacje zawarte w )?(?:tej|niniejszej) wiadomości[^.]{0,80}(?:poufn|przeznaczon|chronion|tajemnic)|"
    r"(?:tento|tato) (?:e-?mail|zpráva|elektronická zpráva)[^.]{0,80}(?:důvěrn|určen)|"
    r"(?:ta|to) (?:e-?poštno )?sporočil[oa][^.]{0,60}(?:zaupn|namenjen)|"
    r"это (?:письмо|сообщение)[^.]{0,60}конфиденциальн|"
    # Japanese, Chinese, Korean
    r"(?:本|この)(?:電子)?メール[^。]{0,60}(?:機密|秘密|特定の|宛先|誤って(?:受信|届|配信))|"
    r"本[邮郵]件[^。]{0,60}(?:保密|机密|機密|仅限|僅限)|"
    r"이 (?:메일|이메일|전자우편)[^.]{0,60}(?:기밀|수신인|수신자))", re.I)

# Of the openings above, those that say the mail is secret or for its addressee alone ("confidential", "intended
# solely for"), in their first sentence. Only such a line is a disclaimer without the legal words under it (a line of
# its own under the text): "intended for" alone is also a person's "Il presente messaggio è destinato a Tom: lui decide
# sul colloquio." / "Dit bericht is bestemd voor Tom en mij".
_SECRECY_RE = re.compile(
    r"confiden|privileg|vertraulich|vertrouwelijk|riservat|poufn|důvěrn|zaupn|конфиденциальн|機密|秘密|保密|机密|기밀|"
    r"\bonly\b|solely|exclusive|ausschlie|uniquement|únicamente|unicamente|solamente|somente|esclusivamente|"
    r"unicamente|uitsluitend|alleen|wyłącznie|pouze|izključno|仅限|僅限|特定の", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?。]")


def says_private(line: str) -> bool:
    """Does a line that opens like a disclaimer (DISCLAIMER_OPEN_RE) say, in its first sentence, that the mail is
    confidential or for its addressee alone? "This email is confidential." yes; "Dit bericht is bestemd voor Tom." no."""
    return bool(_SECRECY_RE.search(_SENTENCE_END_RE.split(line, 1)[0]))


# The legal words every disclaimer goes on with: the intended recipient or addressee, sent in error, notify the
# sender, delete or destroy it, any use prohibited.
LEGAL_RE = re.compile(
    r"recipient|addressee|in error|notify|delete|destroy|unauthori[sz]ed|prohibited|strictly|solely|disclos|"
    r"empfänger|adressat|irrtümlich|irrtum|löschen|vernichten|untersagt|unzulässig|weitergabe|"
    r"destinataire|par erreur|supprim|détrui|interdit|destinatario|por error|elimin|destru|prohibid|"
    r"per errore|cancell|distrugg|vietat|geadresseerde|ontvanger|abuis|verwijder|vernietig|"
    r"odbiorc|adresat|błęd|usu[nń]|zabronion|адресат|получател|ошибк|удал|запрещ|"
    r"adresát|omylem|smaž|naslovnik|pomotoma|izbriš|uniči|"  # Czech and Slovenian, whose openings are listed above
    r"destinatário|por engano|apag|誤って|誤送信|削除|破棄|第三者|错误|錯誤|删除|刪除|收件人|잘못|삭제|수신인|수신자", re.I)

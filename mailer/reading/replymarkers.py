"""The words that mark quote headers, pasted header blocks, signatures, sign-offs and footers in a reply, per
language (data for mailer/reading/replytext.py, which owns the cutting). A disclaimer's words are disclaimerwords', a
mail app's "sent from" line's are appwords', a gateway banner's are bannerwords'."""

from __future__ import annotations

import re

EMPTY_RE = re.compile(r"^[\s\u200b\u200c\u200d\u2060\ufeff\u1427\xa0]*$")
# ">" quoting, also Supercite-style "C>"; a longer prefix ("Richard>") is more often text.
QUOTE_RE = re.compile(r"^\s*[A-Za-z]{0,2}>")
# A code fence as people type it ("```", "~~~" with an optional language); a row of six tildes or more is a drawn
# line above a signature, not code.
FENCE_RE = re.compile(r"^\s*(```|~~~(?!~{3}))")
# A line of punctuation only: "--", "-- ", "______" (Outlook), "***", "=====", and a lone em or en dash,
# which Apple Mail, Superhuman and many people put above their signature instead of "-- "; also the rules Japanese,
# Chinese and Korean business mail draws around its signature: box-drawing lines ("━━━", "───", "═══"), geometric
# marks ("■□■□", "◆───◆") and full-width "＝＝＝", "＊＊＊", "－－－", "～～～".
_RULE_MARKS = "-_=*#~+—–\u2500-\u25ff\u2605\u2606\uff0a\uff0d\uff1d\uff3f\uff5e"
DELIM_RE = re.compile(r"^\s*(?:[" + _RULE_MARKS + r"]{2,}|[—–])\s*$")
# The same rule drawn with spaces ("* * *", "- - -") or as a row of dots ("**. . . . . . .**", a help desk's footer
# rule): three spaced marks, or five dots, are a separator; a lone "..." in the text is not.
SPACED_DELIM_RE = re.compile(r"^\s*\**\s*(?:(?:[-_=*#~+—–•·]\s+){2,}[-_=*#~+—–•·]|(?:\.\s*){5,})\s*\**\s*$")
# "-----Original Message-----", "---------- Forwarded message ---------" in any language.
ORIGINAL_RE = re.compile(r"^\s*\**\s*-{2,}\s*[^-\s][^\n]{0,40}?\s*-{2,}\s*\**\s*$")
# Apple Mail's and iOS Mail's line above a forwarded mail ("Begin forwarded message:") in their UI languages, alone on
# its line with an optional colon.
FORWARD_RE = re.compile(
    r"^\s*>?\s*(?:begin forwarded message|anfang der weitergeleiteten (?:nachricht|e-mail)|début du message "
    r"(?:réexpédié|transféré)|inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd bericht|"
    r"vidarebefordrat brev|videresendt (?:melding|meddelelse)|początek przekazywanej wiadomości|"
    r"начало (?:пересылаемого|переадресованного) сообщения|início da mensagem (?:encaminhada|reencaminhada)|"
    r"välitetty viesti alkaa|začátek přeposlané zprávy|začiatok preposlanej správy|továbbított levél kezdete|"
    r"початок (?:пересланого|переадресованого) (?:листа|повідомлення)|αρχή προωθημένου μηνύματος|"
    r"începutul mesajului (?:redirecționat|redirectionat|transmis)|početak proslijeđene poruke|"
    r"inici del missatge reenviat|(?:iletilen|yönlendirilen) ileti başlangıcı|転送されたメッセージ|以下是转发的邮件|"
    r"以下為轉寄的郵件|전달된 메시지|תחילת הודעה שהועברה|بداية الرسالة الم[ُ]?عاد توجيهها|"
    r"bắt đầu tin nhắn được chuyển tiếp|awal pesan yang diteruskan|เริ่มข้อความที่ส่งต่อ)\s*[:：]?\s*$", re.I)
# A forward rule drawn with "=" (Zoho's "============ Forwarded message ============"): only with a forward word inside,
# since a person may set off a heading of their own with "=" marks.
_FORWARD_WORDS = (r"forward\w*|original\w*|ursprüngliche|weitergeleitet\w*|transféré|réexpédié|reenviado|inoltrat\w*|"
                  r"encaminhad\w*|doorgestuurd|vidarebefordrat|videresendt|välitetty|przekazan\w*|přeposlan\w*|"
                  r"továbbított|redirecționat|пересыла\w*|переадресован\w*|переслан\w*|转发|轉寄|転送|전달")
EQUALS_FORWARD_RE = re.compile(r"^\s*={3,}\s*[^=\n]{0,20}?(?:" + _FORWARD_WORDS + r")[^=\n]{0,30}={3,}\s*$", re.I)
# Lotus Notes' "----- Forwarded by Rita Recruiter/ACME on 07.12.2026 10:12 -----" and mutt's or Horde's "----- Forwarded
# message from rita@acme.example -----": a rule of dashes around the forward words and who forwarded or sent it, too
# long for ORIGINAL_RE's few words.
NAMED_FORWARD_RE = re.compile(
    r"^\s*-{3,}\s*(?:forwarded by|weitergeleitet von|transféré par|reenviado por|inoltrato da|doorgestuurd door|"
    r"forwarded message from|weitergeleitete nachricht von|message transféré de|mensaje reenviado de)\s"
    r"(?=[^\n]*[\d@/])[^\n]{3,120}?-{3,}\s*$", re.I)  # (a date, an address or Lotus' "Name/ORG": no sentence)
# Help desks' and apps' "reply above this line" markers (Zendesk "##- Please type your reply above this line -##",
# Help Scout, Freshdesk, Jira, Basecamp, Intercom, Greenhouse, Workable, Teamtailor, Zammad …), which a person answers
# above: everything below them is the notification. The words that name the line, per language:
_ABOVE_THIS_LINE = (
    r"above (?:this|the) line|(?:über|oberhalb) (?:dieser|der) (?:zeile|linie)|au-dessus de (?:cette|la) ligne|"
    r"(?:por )?encima de (?:esta|la) línea|sopra (?:questa|la) (?:riga|linea)|(?:acima|por cima) (?:desta|da) linha|"
    r"boven (?:deze|de) (?:regel|lijn)|ovanför (?:den här|denna) (?:raden|rad|linjen|linje)|"
    r"over denne (?:linjen|linje|linja)|tämän rivin yläpuolelle|(?:powyżej|nad) (?:tej|tą) (?:linii|linią)|"
    r"nad (?:tento|tímto) (?:řádek|řádkem)|nad tento riadok|(?:над|выше) (?:этой|этою) (?:строкой|строки|линией|линии)|"
    r"(?:над|вище) (?:цим|цього|цією) (?:рядком|рядка|лінією)|bu satırın (?:üstüne|üzerine)|"
    r"(?:e|ez a|ezen) sor (?:fölé|felett)|deasupra acestei linii|πάνω από αυτή τη γραμμή|"
    r"(?:この|本)(?:行|ライン|線)(?:より)?の?上|(?:此|这|這)(?:行|条线|條線|线|線)的?(?:上方|以上|之上)|이 (?:줄|선|라인) 위에?")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# The words before it ("Please type your reply", "Bitte geben Sie Ihre Antwort", "请在"): a few words with no
# sentence's end among them, so "Yes. Please reply above this line …" is no marker.
_MARKER_LEAD = r"(?:(?:[^\W\d_][\w'’]*,?\s+){0,WORDS}|[" + _CJK + r"、，]{0,20})"
# Set off by marks ("##-", "--", "—-—", "###", "[---]", one long dash), the line may go on to say what the reply does ("to post a
# comment", "to reply to the candidate", "に返信を入力してください").
REPLY_ABOVE_RE = re.compile(
    r"^\s*(?:(?:[#\-—–=*_~\[\]]\s*){2,}|[—–]\s*)" + _MARKER_LEAD.replace("WORDS", "6") + rf"(?:{_ABOVE_THIS_LINE})[^.!?;。！？]{{0,60}}"
    r"[.!。！]?(?:\s*[#\-—–=*_~\[\]]){0,12}\s*$", re.I)
# On a line of its own without marks it is the whole line: a few words before it, then at most a purpose ("to
# respond"), one word ("yazın") or a CJK verb; "Please reply above this line next time, the bot lost …" is a sentence.
REPLY_ABOVE_BARE_RE = re.compile(
    r"^\s*" + _MARKER_LEAD.replace("WORDS", "5") + rf"(?:{_ABOVE_THIS_LINE})(?:\s+to(?:\s+[^\W\d_][\w'’]*){{1,7}}|"
    rf"\s+[^\W\d_][\w'’]*|(?:\s*[{_CJK}]+){{1,3}})?\s*[.!。！]?\s*$", re.I)

# A text/plain part that only tells the reader to use an HTML mail program ("This message is in HTML format. Please
# use an HTML-capable mail program", "Diese Nachricht ist im HTML-Format"): the words are in the HTML part. It names
# HTML together with a reader, a format or a support word, in a short part of its own.
HTML_PLACEHOLDER_RE = re.compile(
    r"\bhtml[- ]?(?:capable|compatible|enabled|format|version|messages?|e-?mails?|viewer|reader|client|fähig\w*|"
    r"kompatibl\w*)|\b(?:contains?|supports?|view|read|display|in|im|au|en|in formato|no formato|en formato) "
    r"(?:the )?(?:format )?html\b|\b(?:format|formato) html\b|\bcompatible html\b", re.I)
HTML_PLACEHOLDER_CHARS = 300

# Footers a virus scanner, a mailing list or a company's mail server adds under the text, in the words those products
# write: "This email has been scanned by …", Avast's "Virus-free.", Google Groups' "You received this message because
# you are subscribed to …", a newsletter's "Unsubscribe | Manage preferences", "Please consider the environment before
# printing this email".
FOOTER_RE = re.compile(
    r"^\W*(?:this (?:e-?mail|message)(?: has been| was)? (?:scanned|checked|analy[sz]ed)\b.{0,40}\b(?:by|for viruses)|"
    r"virus-free\b|(?:diese|die) (?:e-?mail|nachricht) wurde von .{0,60}auf viren (?:geprüft|überprüft)|"
    r"(?:cet|ce) (?:e-?mail|courriel|message) a été (?:vérifié|analysé) .{0,40}antivirus|"
    r"este (?:correo|mensaje)(?: electrónico)? (?:ha sido|fue) (?:analizado|revisado|comprobado) .{0,40}antivirus|"
    r"you (?:are )?receiv(?:ed|ing) this (?:message|e-?mail) because you(?: are|'re) subscribed to|"
    r"sie (?:erhalten|haben) diese nachricht(?: erhalten)?, weil sie (?:mitglied|die gruppe|.{0,30}abonniert)|"
    r"vous recevez ce message,? (?:car|parce que) vous (?:êtes|etes) abonné|"
    r"(?:has )?recibi(?:do|ste) este mensaje porque (?:estás|está|te has) suscrit|"
    r"to unsubscribe from this (?:group|list|mailing list|newsletter)\b|unsubscribe\s*[|·•]\s*\w|"
    r"please consider the environment before printing|bitte denken sie an die umwelt,? bevor sie|"
    r"pensez à l'environnement avant d'imprimer|antes de imprimir este (?:correo|e-?mail|mensaje))", re.I)
# Header words of a pasted header block ("From:/Sent:/To:", "Von:/Gesendet:", "De:/Envoyé:", …), as Outlook, GMX,
# QQ Mail, Daum and others write them in their UI languages, by what the field holds: a date (whose value has a digit
# in every client), a subject, or a sender or recipient (a name or an address, never a sentence).
_DATE_FIELDS = (
    "sent|date|gesendet|datum|envoyé|envoye|envoyé le|date d'envoi|enviado|enviado el|enviada|enviat el|fecha|"
    "inviato|data|verzonden|sendt|dato|skickat|wysłano|отправлено|дата|надіслано|відправлено|изпратено|odesláno|"
    "odoslané|gönderildi|gönderilen|tarih|elküldve|dátum|lähetetty|trimis|στάλθηκε|poslano|saadetud|nosūtīts|"
    "išsiųsta|נשלח|تاريخ الإرسال|ارسال شده|ส่ง|đã gửi|dikirim|发送时间|寄件日期|送信日時|보낸 날짜|날짜")
_SUBJECT_FIELDS = (
    "subject|betreff|objet|sujet|asunto|assunto|assumpte|oggetto|onderwerp|emne|ämne|temat|тема|předmět|predmet|"
    "konu|tárgy|aihe|subiect|θέμα|zadeva|teema|tēma|tema|נושא|الموضوع|موضوع|เรื่อง|chủ đề|perihal|主题|主旨|件名|제목")
_PARTY_FIELDS = (
    "from|to|cc|bcc|reply-to|von|an|de|à|a|copie à|message du|para|da|van|aan|fra|til|från|till|kopia|kopie|kopi|"
    "kopio|od|do|dw|nadawca|adresat|от|кому|копия|копія|до|від|komu|kimden|kime|bilgi|feladó|címzett|másolatot kap|"
    "lähettäjä|vastaanottaja|de la|către|από|προς|κοιν\\.|šalje|prima|za|saatja|adressaat|no|kam|nuo|per a|risposta|"
    "מאת|אל|من|إلى|از|به|จาก|ถึง|từ|đến|dari|kepada|发件人|收件人|抄送|寄件者|收件者|差出人|宛先|보낸 사람|받는 사람|"
    "보낸사람|받는사람")
_HEADER_WORDS = "|".join((_DATE_FIELDS, _SUBJECT_FIELDS, _PARTY_FIELDS))
DATE_FIELDS = frozenset(_DATE_FIELDS.split("|"))
SUBJECT_FIELDS = frozenset(_SUBJECT_FIELDS.split("|"))
# Right-to-left clients put direction marks around a line and its parts.
_BIDI = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]*"
BIDI_RE = re.compile(_BIDI[:-1] + "+")
HEADER_RE = re.compile(r"^\s*" + _BIDI + r"\**\s*(?P<field>" + _HEADER_WORDS + r")\s*\**\s*[:：]", re.I)
# A header block flattened onto one line, as HTML-to-text or a webmail leaves it: "-------- Ursprüngliche Nachricht
# --------Von: … Datum: … An: Betreff: …", "Temat: RE: … Nadawca: … Adresat:". It opens with a header word or a
# dash rule and names three header fields or more.
FLAT_HEADER_OPEN_RE = re.compile(r"^\s*(?:-{2,}|\**\s*(?:" + _HEADER_WORDS + r")\s*\**\s*[:：])", re.I)
# The one or two words before each ":" of such a line ("13:46Nadawca:" gives "Nadawca"), looked up in HEADER_WORDS.
FIELD_BEFORE_COLON_RE = re.compile(r"((?:[^\W\d_][\w'-]*\s)?[^\W\d_][\w'-]*)\s*\**\s*[:：]")
HEADER_WORDS = frozenset(_HEADER_WORDS.split("|"))
# The first word of a header block that may open one with just two lines ("From:" + "Sent:").
HEADER_START = {"from", "von", "de", "da", "van", "fra", "från", "od", "от", "від", "kimden", "feladó",
                "lähettäjä", "από", "šalje", "saatja", "nuo", "מאת", "من", "از", "จาก", "từ", "dari",
                "发件人", "寄件者", "差出人", "보낸", "보낸사람"}
# Where a header block run together with the text before it starts: a capitalised sender field glued to the text
# ("…bodyFrom: Rita <r@x>Sent: …") or after a space.
MIDLINE_BLOCK_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[\s.,;!?)\]>\"']))(?=(?-i:[A-Z]|[^\W\d_](?<![a-z])))"
                              r"(?:" + "|".join(sorted(HEADER_START, key=len, reverse=True)) + r")\s*[:：]", re.I)
# The "On <date>, <who> wrote:" verbs, checked on lines joined into one (clients wrap the header).
WROTE_VERB_RE = re.compile(
    r"(?:\bwrote|\bwrites|\bschrieb|a écrit|a ecrit|escribió|escreveu|ha escrit|va escriure|ha scritto|scrisse|"
    r"schreef|geschreven|\bskrev|skrevet|napisał(?:\(a\)|a)?|napisana przez|\bpisze|napsal(?:\(a\))?|napísal(?:\(a\))?|"
    r"написал(?:\(а\)|а)?|написав|пише|писал|kirjoitti|kirjutas|rakstīja|rašė|írta|yazdı|έγραψε|a scris|"
    r"je napisao|je napisal|написа|כתב|كتب|đã viết|menulis|写道|寫道|작성|のメッセージ|は書きました|"
    r"escribiu|idatzi zuen|のメール|napisao|napisala|geschrieben|skrifaði|geskryf|sumulat si|aliandika|تمت كتابة|نوشت|"
    r"เขียนว่า|ने लिखा|লিখেছেন|"
    # the same verbs after a list archive or gateway lost their accented letter as "?" ("Laurent a ?crit :")
    r"a \?crit|escribi\?|napisa\?(?:\(a\)|a)?|\?rta|yazd\?)", re.I)
# A sentence that ends inside a would-be quote header ("Yes. I spoke to her on Mon, Dec 7 … and she wrote:"): a word
# of two letters or more, its full stop, and a capitalised word; titles and abbreviated months or weekdays before a
# number ("Dr. Rita", "Mo., 7. Dez. 2026") are none.
SENTENCE_END_RE = re.compile(r"\b(?!(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Ing|Mag|Dipl|Inc|Ltd|Co|Corp)\.)[^\W\d_]{2,}[.!?]\s+[A-Z](?:[a-z]|\s)")
# "On <date>, <who> sent:": only after an opener, since "sent" is an everyday word.
SENT_VERB_RE = re.compile(r"\bsent\s*[:：]\s*$", re.I)
# An English "On <date> … wrote:" header that starts in the middle of a line of reply text ("reply On Wed,
# Apr 4, 2012 at 3:59 PM, bob@example.com wrote:", "bla--- On …"), as HTML-to-text conversion leaves it.
MIDLINE_HEADER_RE = re.compile(r"^(?P<text>(?!\s*>).*?\S)\s*-*\s*(?P<header>On\s[^\n]{6,250}?\b(?:wrote|sent)\s*:?\s*-*)\s*$")
WROTE_END_RE = re.compile(r"(?:[:：]|\bwrote|\bschrieb|-{2,})\s*$", re.I)
START_TOKEN_RE = re.compile(
    r"^(?:on|am|le|el|il|op|den|dnia|em|w dniu|dne|på|at|в|у|kl\.|στις|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)", re.I)
ADDR_OR_DIGIT_RE = re.compile(r"\d|@")
# Headers without a verb: Mail.ru / Yandex "26.06.2014, 14:41, "Alexander L" <abc@example.com>:", Gmail in
# Russian "ср, 30 апр. 2025 г. в 15:19, Имя <a@b.c>:": a time, then an address, and the line ends in ":".
# Two searches rather than one ".*time.*address:$" pattern, which backtracks quadratically on long lines.
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
ADDRESS_END_RE = re.compile(r"@[\w-]+(?:\.[\w-]+)+>?\)?\s*[:：]$")
# A year, or a numeric date: "7.12.26", "07/12/2026", and Thunderbird's Czech and Slovak "07. 12. 26".
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\. \d{1,2}\. \d{2,4}\b")
ISO_DATE_LINE_RE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*(?:gmt|utc|@|[:：]\s*$)", re.I)
# A closing on a line of its own ("Best regards,", "Viele Grüße", "Cordialement"): the name line under it is
# kept, a block of title/company/phone lines under that is the signature.
_CLOSINGS = (
    r"(?:(?:(?:best|kind|warm|warmest|many|with best|with kind|all the best|yours)\s*)?(?:regards|wishes)|"
    r"best|all the best|cheers|thanks|thank you|many thanks|thanks again|thx|sincerely|yours(?: sincerely| truly)?|"
    r"respectfully|take care|(?:viele|beste|liebe|freundliche|herzliche|schöne)? ?(?:grüße|grüsse|gruß|gruss)|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|mfg|lg|vg|cordialement|bien cordialement|"
    r"bien à (?:vous|toi)|salutations(?: distinguées)?|amitiés|bonne (?:journée|soirée)|merci(?: beaucoup)?|"
    r"(?:(?:suerte|gracias|muchas gracias) y )?(?:un )?saludos?(?: cordiales)?|suerte|"
    r"atentamente|un abrazo|gracias|cordiali saluti|distinti saluti|saluti|"
    r"grazie|(?:met )?vriendelijke groet(?:en)?|groeten|groetjes|med vänlig hälsning|vänliga hälsningar|"
    r"hälsningar|mvh|med venlig hilsen|venlig hilsen|hilsen|pozdrawiam|pozdrowienia|pozdrav|s pozdravem|"
    r"с уважением|спасибо|atenciosamente|(?:melhores )?cumprimentos|abraços|obrigad[oa]|ystävällisin terveisin|terveisin|üdvözlettel|"
    r"saygılarımla|此致|敬礼|よろしくお願いします|감사합니다|"
    # more of the closings business letters and mail write per language (published letter-writing conventions)
    r"thank you(?: so much| very much)?|(?:warm|warmest|best|kind) wishes|a presto|buona giornata|un saluto|"
    r"belle journée|muchas gracias|un cordial saludo|abs|att|abraço|hartelijke groet(?:en)?|mvg|ha det bra|vh|"
    r"bedste hilsner|(?:med )?vennlig hilsen|parhain terveisin|kiitos|z poważaniem|dziękuję|serdecznie pozdrawiam|"
    r"pozdrawiam serdecznie|děkuji|díky|hezký den|zdraví|всего доброго|с наилучшими пожеланиями|хорошего дня|"
    r"з повагою|дякую|гарного дня|всього найкращого|iyi çalışmalar|teşekkürler|kolay gelsin|köszönöm|üdv|"
    r"tisztelettel|cu stimă|mulțumesc|o zi bună|toate cele bune|με εκτίμηση|ευχαριστώ|φιλικά|καλή συνέχεια|"
    # Japanese, Chinese and Korean closings, which end in their own full stop or exclamation mark
    r"(?:以上、?)?(?:引き続き|今後とも)?(?:どうぞ)?よろしくお願い(?:いた|致)?します|以上(?:です|となります)?|"
    r"谢谢|謝謝|祝好|顺祝商祺|수고하세요|좋은 하루 되세요|감사드립니다)")
CLOSING_RE = re.compile(r"^\W*" + _CLOSINGS + r"\W*$", re.I)
# A closing with the name on the same line: "Regards, Roman", "Thanks! Maria Manager".
SIGN_OFF_RE = re.compile(r"^\W*" + _CLOSINGS + r"\b[\s,!.]*(?:(?-i:[A-ZÀ-Ý])\S*(?:\s+\S+){0,3})?\s*$", re.I)
# A signature line under the name: short, no sentence; or a phone number, address or link.
# A list archive writes an address "x at y.org" (pipermail) or "x en y.es" (its Spanish lists): such a line alone too.
# Its last label is letters, as a domain's is, so a time ("call at 14.30") is no address.
CONTACT_RE = re.compile(
    r"@|https?://|www\.|\+?\d[\d ().-]{6,}\d|^\s*[\w.+-]+ (?:at|en) [\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\s*$")

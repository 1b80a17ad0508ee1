"""The words of a mail app's "sent from" line, in one place: the lines an app writes wherever they stand, the
openings a person's sentence shares (an app's line only where it ends a paragraph), the devices and apps such a line
names, the apology it may go on with, and the Outlook app's line in any UI language. The readers apply their own rule
of where a line counts: replytext's line kinds (APP_LINE_RE), applines (the openings, and a person's sentence given
back) and boilerplate (the Outlook app's line over the quote)."""

from __future__ import annotations

import re

# The devices and apps a "sent from" line names, whichever list below reads it.
DEVICES = (r"iphone|ipad|ipod|android|mobile|cell|phone|blackberry|samsung|galaxy|htc|nokia|huawei|pixel|tablet|"
           r"device|windows|mailbox|outlook|gmail|yahoo|aol|airmail|spark|k-9|smartphone|watch|kindle|\[mail\]|"
           r"verizon|sprint|t-mobile|handy|mobilgerät|xiaomi|redmi|motorola|oneplus|oppo")
# A line the app writes, wherever it stands (replytext marks it "s"): "Sent from my iPhone", "Von meinem iPhone
# gesendet", …  "Sent from my X" needs a device word before any comma, or X to be a short name without a full stop:
# "Sent from my desk, is much easier…" is a sentence. A device word with a possessive names a company, not the
# sender's device ("Sent by Motorola's recruiter last week too."): no app line there.
APP_LINE_RE = re.compile(
    r"^\s*[(<*]*\s*(?:sent (?:from|via|with|using|by|on) (?:my )?(?:[^,.;(<]*?\b(?:" + DEVICES + r")\b(?!['’]s\b)|"
    r"\S+(?:\s+\S+){0,3}\s*$)|sent from (?:my|an?) (?!.*\.\s*$)[^\s,;]+(?:\s+[^\s,;]+){0,4}\s*$|(?:get|download) (?:\[?outlook|the outlook) (?:for|app)|"
    r"envoyé (?:depuis|de|à partir de|avec) |von meine[mr] \S+(?: \S+)? gesendet|"
    r"gesendet (?:von|mit|vom) (?:meinem|meiner|mein|\S+ für|\S+ (?:for|auf))|"
    r"gesendet (?:von|mit) (?:der|dem) .{0,40}?\b(?:app|mail|iphone|ipad|android|handy|smartphone)\s*$|"
    r"(?:obter o|obtener|obtenir|scarica|get) outlook (?:para|pour|per|for) |"
    r"outlook (?:für|voor) \S+ (?:beziehen|downloaden|herunterladen)|"
    r"diese nachricht wurde von meinem .{0,60}gesendet|enviado (?:desde|do|de|a partir do) (?:mi|meu|o|\S+)|"
    r"inviato da(?:l mio)? |verzonden (?:vanaf|met|van)|verstuurd (?:vanaf|met)|skickat från|sendt fra|"
    r"lähetetty |wysłane z|wysłano z|отправлено с|надіслано з|從我的|从我的|发自我的|iphoneから送信|"
    r"(?:\S+ ){0,3}\S+ ?から送信\s*$|\S+에서 보냄|odesláno z|odoslané z|trimis de pe|poslano (?:s|sa|iz) |poslato sa |"
    r"(?:az? )?\S+-?(?:ról|ről) küldve|elküldve |αποστολή από|\S+'?(?:dan|den|tan|ten) gönderildi|gửi từ |"
    r"dikirim dari |(?:someone|sent) from (?:mobile|a phone)|from my \S*phone)", re.I)
# Openings a person's sentence shares ("Gesendet von Thomas an die Buchhaltung"), in phrasings and languages
# APP_LINE_RE does not list: an app's line only as the short last line of a paragraph that names a device (applines).
APP_OPENING_RE = re.compile(
    r"^\W*(?:gesendet (?:von|vom|mit|über) (?:\S+ ){0,2}(?:mail|" + DEVICES + r")\b|"
    r"(?:أُ?رسلت|أرسلت|ارسلت|تم الإرسال|تم الارسال|مرسلة?|أُرسل|ارسال شده|ارسال‌شده) (?:من|از) |"
    r"נשלח מ(?:ה-?|-)?(?=[A-Za-z]|טלפון|נייד|אייפון|מכשיר)|изпратено от |послато са |послано з |enviat (?:des del?|amb|de) |išsiųsta (?:iš|su) |nosūtīts (?:no|ar) |"
    r"saadetud (?:minu|\S+ist|\S+st)|dihantar dari |ส่งจาก |\S+ से भेजा गया)", re.I)
# the device or app such an opening names (a person's "مرسل من قبل المدير", "sent by the manager", names none),
# searched anywhere in the line ("iPhone-а", "الـ iPhone"); "mail" ("Gesendet von Mail", Apple's app) only here, where
# the line must also end its paragraph, since "sent by mail" opens a person's sentence too
DEVICE_RE = re.compile(r"mail|mobil|" + DEVICES + r"|телефон|هاتف|جوال|טלפון|נייד|"
                        r"โทรศัพท์|फ़ोन", re.I)
# a line the app writes may go on with an apology for its brevity ("Sent from my iPhone, please excuse typos")
APOLOGY_RE = re.compile(r"excus|pardon|forgiv|typo|brevity|brief|autocorrect|spelling|tipp|entschuldig|kurz|"
                         r"disculp|perdon|errores|scus|errori|fautes|faute", re.I)
# The Outlook app's line under the text (boilerplate: with nothing of the person's under it), whatever the UI
# language ("Get Outlook for iOS", "Télécharger Outlook pour Android", "Android 版 Outlook を入手"), with its link
# (APP_LINK_RE) or without.
OUTLOOK_APP_RE = re.compile(
    r"^\W*(?:\S+\s+){0,5}\S*outlook\S*\s+(?:\S+\s+){0,3}\(?(?:ios|android)\)?(?:\s+[^\s.?!]+)?\s*$"
    r"|^\W*(?:ios|android)\s*版\s*outlook\s*\S{0,6}\s*$", re.I)  # the line ends there: no sentence goes on
APP_LINK_RE = re.compile(r"<?https?://aka\.ms/\S+>?\s*$")

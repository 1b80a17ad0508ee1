"""How company mail clients head a quoted or forwarded mail, per UI language: Outlook's From/Sent block, Gmail's and
Apple Mail's attributions, Thunderbird's, Lotus/HCL Notes' heads, the mobile apps' "Sent from" lines. Written for the
whole-mail sweep of tests/unit/manager_reply_shapes.py from the clients' own layouts; data only.
"""

from __future__ import annotations

RITA, MARIA = "Rita Recruiter <rita@acme.test>", "Maria Manager <maria@acme.test>"
SUBJECT = "Candidate: Jane Doe – Backend Engineer"

# Outlook's field labels (From, Sent, To, Cc, Subject) and its sent-time value, per UI language.
OUTLOOK = {
    "en": (("From:", "Sent:", "To:", "Cc:", "Subject:"), "Monday, December 7, 2026 10:12 AM"),
    "de": (("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"), "Montag, 7. Dezember 2026 10:12"),
    "fr": (("De :", "Envoyé :", "À :", "Cc :", "Objet :"), "lundi 7 décembre 2026 10:12"),
    "es": (("De:", "Enviado el:", "Para:", "CC:", "Asunto:"), "lunes, 7 de diciembre de 2026 10:12"),
    "nl": (("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"), "maandag 7 december 2026 10:12"),
    "it": (("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"), "lunedì 7 dicembre 2026 10:12"),
    "pt": (("De:", "Enviado:", "Para:", "Cc:", "Assunto:"), "segunda-feira, 7 de dezembro de 2026 10:12"),
    "pl": (("Od:", "Wysłano:", "Do:", "DW:", "Temat:"), "poniedziałek, 7 grudnia 2026 10:12"),
    "ja": (("差出人:", "送信日時:", "宛先:", "CC:", "件名:"), "2026年12月7日 10:12"),
}
REPLY_PREFIX = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "nl": "RE:", "it": "R:", "pt": "RE:", "pl": "RE:",
                "ja": "RE:"}
FORWARD_PREFIX = {"en": "FW:", "de": "WG:", "fr": "TR :", "es": "RV:", "nl": "FW:", "it": "I:", "pt": "ENC:",
                  "pl": "PD:", "ja": "FW:"}

GMAIL_WROTE = {
    "en": "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.test> wrote:",
    "de": "Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb Rita Recruiter <rita@acme.test>:",
    "fr": "Le lun. 7 déc. 2026 à 10:12, Rita Recruiter <rita@acme.test> a écrit :",
    "es": "El lun, 7 dic 2026 a las 10:12, Rita Recruiter (<rita@acme.test>) escribió:",
    "nl": "Op ma 7 dec 2026 om 10:12 schreef Rita Recruiter <rita@acme.test>:",
    "it": "Il giorno lun 7 dic 2026 alle ore 10:12 Rita Recruiter <rita@acme.test> ha scritto:",
    "pt": "Em seg., 7 de dez. de 2026 às 10:12, Rita Recruiter <rita@acme.test> escreveu:",
    "pl": "pon., 7 gru 2026 o 10:12 Rita Recruiter <rita@acme.test> napisał(a):",
    "ja": "2026年12月7日(月) 10:12 Rita Recruiter <rita@acme.test>:",
}
GMAIL_FORWARD = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ---------",
                 "fr": "---------- Message transféré ---------", "es": "---------- Mensaje reenviado ---------",
                 "nl": "---------- Doorgestuurd bericht ---------", "it": "---------- Messaggio inoltrato ---------",
                 "pt": "---------- Mensagem encaminhada ---------",
                 "pl": "---------- Wiadomość przekazana dalej ---------", "ja": "---------- 転送メッセージ ---------"}

APPLE_WROTE = {
    "en": "On 7 Dec 2026, at 10:12, Rita Recruiter <rita@acme.test> wrote:",
    "de": "Am 07.12.2026 um 10:12 schrieb Rita Recruiter <rita@acme.test>:",
    "fr": "Le 7 déc. 2026 à 10:12, Rita Recruiter <rita@acme.test> a écrit :",
    "es": "El 7 dic 2026, a las 10:12, Rita Recruiter <rita@acme.test> escribió:",
    "nl": "Op 7 dec. 2026 om 10:12 heeft Rita Recruiter <rita@acme.test> het volgende geschreven:",
    "it": "Il giorno 7 dic 2026, alle ore 10:12, Rita Recruiter <rita@acme.test> ha scritto:",
    "pt": "No dia 7/12/2026, às 10:12, Rita Recruiter <rita@acme.test> escreveu:",
    "pl": "Wiadomość napisana przez Rita Recruiter <rita@acme.test> w dniu 07.12.2026, o godz. 10:12:",
    "ja": "2026/12/07 10:12、Rita Recruiter <rita@acme.test>のメール:",
}
APPLE_FORWARD = {"en": "Begin forwarded message:", "de": "Anfang der weitergeleiteten Nachricht:",
                 "fr": "Début du message réexpédié :", "es": "Inicio del mensaje reenviado:",
                 "nl": "Begin doorgestuurd bericht:", "it": "Inizio messaggio inoltrato:",
                 "pt": "Início da mensagem reencaminhada:", "pl": "Początek przekazywanej wiadomości:",
                 "ja": "転送されたメッセージ:"}
SENT_FROM_IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
                    "es": "Enviado desde mi iPhone", "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
                    "pt": "Enviado do meu iPhone", "pl": "Wysłane z iPhone'a", "ja": "iPhoneから送信"}
GET_OUTLOOK = {"en": "Get Outlook for iOS", "de": "Outlook für iOS beziehen", "fr": "Obtenir Outlook pour iOS",
               "es": "Obtener Outlook para iOS", "nl": "Outlook voor iOS downloaden", "it": "Scarica Outlook per iOS",
               "pt": "Obter o Outlook para iOS", "pl": "Pobierz aplikację Outlook dla systemu iOS",
               "ja": "iOS 版 Outlook を入手"}
GET_OUTLOOK_ANDROID = {"en": "Get Outlook for Android", "de": "Outlook für Android herunterladen",
                       "fr": "Télécharger Outlook pour Android", "es": "Obtener Outlook para Android",
                       "nl": "Outlook voor Android downloaden", "it": "Scarica Outlook per Android",
                       "pt": "Obter o Outlook para Android", "pl": "Pobierz aplikację Outlook dla systemu Android",
                       "ja": "Android 版 Outlook を入手"}

THUNDERBIRD_WROTE = {
    "en": "On 07/12/2026 10:12, Rita Recruiter wrote:", "de": "Am 07.12.26 um 10:12 schrieb Rita Recruiter:",
    "fr": "Le 07/12/2026 à 10:12, Rita Recruiter a écrit :", "es": "El 7/12/26 a las 10:12, Rita Recruiter escribió:",
    "nl": "Op 07-12-2026 om 10:12 schreef Rita Recruiter:", "it": "Il 07/12/26 10:12, Rita Recruiter ha scritto:",
    "pt": "Em 07/12/2026 10:12, Rita Recruiter escreveu:", "pl": "W dniu 7.12.2026 o 10:12, Rita Recruiter pisze:",
    "ja": "On 2026/12/07 10:12, Rita Recruiter wrote:",
}
THUNDERBIRD_FORWARD = {"en": "-------- Forwarded Message --------", "de": "-------- Weitergeleitete Nachricht --------",
                       "fr": "-------- Message transféré --------", "es": "-------- Mensaje reenviado --------",
                       "nl": "-------- Doorgestuurd bericht --------", "it": "-------- Messaggio Inoltrato --------",
                       "pt": "-------- Mensagem encaminhada --------", "pl": "-------- Przekazana wiadomość --------",
                       "ja": "-------- 転送メッセージ --------"}

# Lotus/HCL Notes 9: '-----"Name" <address> wrote: -----' over To/From/Date/Subject lines, per UI language.
NOTES_WROTE = {"en": ("wrote:", ("To:", "From:", "Date:", "Subject:")),
               "de": ("schrieb:", ("An:", "Von:", "Datum:", "Betreff:")),
               "fr": ("a écrit :", ("A :", "De :", "Date :", "Objet :")),
               "es": ("escribió:", ("Para:", "De:", "Fecha:", "Asunto:")),
               "nl": ("schreef:", ("Aan:", "Van:", "Datum:", "Onderwerp:")),
               "it": ("ha scritto:", ("A:", "Da:", "Data:", "Oggetto:")),
               "pt": ("escreveu:", ("Para:", "De:", "Data:", "Assunto:")),
               "pl": ("napisał:", ("Do:", "Od:", "Data:", "Temat:")),
               "ja": ("wrote:", ("To:", "From:", "Date:", "Subject:"))}
NOTES_FORWARDED = {"en": "----- Forwarded by Maria Manager/ACME on 07/12/2026 10:15 -----",
                   "de": "----- Weitergeleitet von Maria Manager/ACME am 07.12.2026 10:15 -----",
                   "fr": "----- Réacheminé par Maria Manager/ACME le 07/12/2026 10:15 -----"}


def outlook_block(lang: str, separator: bool, cc: bool = True) -> list[str]:
    """Outlook's From/Sent/To/Subject head (web and mobile put a rule of underscores over it)."""
    (frm, sent, to, ccl, subj), when = OUTLOOK[lang]
    lines = ["________________________________"] if separator else []
    lines += [f"{frm} {RITA}", f"{sent} {when}", f"{to} {MARIA}"]
    if cc:
        lines.append(f"{ccl} mailer@acme.test")
    return lines + [f"{subj} {SUBJECT}"]


def gmail_forward_block(lang: str) -> list[str]:
    return [GMAIL_FORWARD[lang], f"From: {RITA}", "Date: Mon, Dec 7, 2026 at 10:12 AM", f"Subject: {SUBJECT}",
            f"To: {MARIA}"]


def apple_forward_block(lang: str) -> list[str]:
    (frm, _, to, _, subj), when = OUTLOOK[lang]
    return [APPLE_FORWARD[lang], "", f"{frm} {RITA}", f"{subj} {SUBJECT}", f"Date: {when}", f"{to} {MARIA}"]


def thunderbird_forward_block(lang: str) -> list[str]:
    return [THUNDERBIRD_FORWARD[lang], f"Subject: \t{SUBJECT}", "Date: \tMon, 7 Dec 2026 10:12:00 +0000",
            f"From: \t{RITA}", f"To: \t{MARIA}"]


def notes_block(lang: str) -> list[str]:
    wrote, (to, frm, date, subj) = NOTES_WROTE[lang]
    return [f'-----"Rita Recruiter" <rita@acme.test> {wrote} -----', f"{to} maria@acme.test", f"{frm} {RITA}",
            f"{date} 07.12.2026 10:12", f"{subj} {SUBJECT}"]


def notes_table_block(lang: str) -> list[str]:
    """Notes' older head as its text part lays it out: the sender and the sent time on their own indented lines
    over an indented To/cc/Subject table (Notes labels these in English whatever the UI language)."""
    return ["\tRita Recruiter <rita@acme.test>", "\t07.12.2026 10:12", "\t\t ", "\t\t To: maria@acme.test",
            "\t\t cc: mailer@acme.test", f"\t\t Subject: {SUBJECT}"]


def notes_forward_block(lang: str) -> list[str]:
    _, (to, frm, date, subj) = NOTES_WROTE[lang]
    return [NOTES_FORWARDED.get(lang, NOTES_FORWARDED["en"]), "", f"{frm}\t{RITA}", f"{to}\tmaria@acme.test",
            f"{date}\t07.12.2026 10:12", f"{subj}\t{SUBJECT}"]

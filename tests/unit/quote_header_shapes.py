"""The quote headers real mail clients write above the history of a reply, per client and UI language: a table written
for this project from the clients' own header formats (Gmail web and Android in its UI languages, Outlook desktop,
web and mobile with their localized "From/Sent/To/Subject" labels and "-----Original Message-----" rules, Apple Mail
and iOS, Thunderbird, Yahoo, GMX/WEB.DE, Mail.ru/Yandex, QQ/163, Naver/Daum, Lotus Notes), with one made-up sender
(Rita Recruiter <rita@acme.example>) and one date (Monday 7 December 2026, 10:12). Nothing here is copied from a
corpus. Data only: tests/unit/test_quote_header_sweep.py asserts it, bench/quote_headers.py prints the counts.

Each header is tried plain, wrapped over two lines, without the address, with another sender (Cyrillic, CJK, a bare
lower-case name, a long address), each with and without a blank line above it; the history under it is quoted with
"> " (one-line headers; plain and wrapped ones also unquoted, as HTML-to-text leaves it) or plain, as Outlook
leaves it (header blocks).
"""

from __future__ import annotations

import re

ADDRESS = "rita@acme.example"
ANSWER = "Yes, let's interview her on Tuesday.\n\nThanks,\nMaria"
QUOTED = "> Hi Maria,\n>\n> here is Jane Doe's CV for the backend role.\n>\n> Rita\n"
PLAIN = "Hi Maria,\n\nhere is Jane Doe's CV for the backend role.\n\nRita\n"

# Gmail (web and Android) "On <date>, <name> <address> wrote:" in its UI languages.
GMAIL = [
    ("en", "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:"),
    ("en-GB", "On Mon, 7 Dec 2026 at 10:12, Rita Recruiter <rita@acme.example> wrote:"),
    ("de", "Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb Rita Recruiter <rita@acme.example>:"),
    ("fr", "Le lun. 7 déc. 2026 à 10:12, Rita Recruiter <rita@acme.example> a écrit :"),
    ("es", "El lun, 7 dic 2026 a las 10:12, Rita Recruiter (<rita@acme.example>) escribió:"),
    ("it", "Il giorno lun 7 dic 2026 alle ore 10:12 Rita Recruiter <rita@acme.example> ha scritto:"),
    ("pt-BR", "Em seg., 7 de dez. de 2026 às 10:12, Rita Recruiter <rita@acme.example> escreveu:"),
    ("pt-PT", "Rita Recruiter <rita@acme.example> escreveu no dia segunda, 7/12/2026 à(s) 10:12:"),
    ("nl", "Op ma 7 dec. 2026 om 10:12 schreef Rita Recruiter <rita@acme.example>:"),
    ("sv", "Den mån 7 dec. 2026 kl 10:12 skrev Rita Recruiter <rita@acme.example>:"),
    ("da", "Den man. 7. dec. 2026 kl. 10.12 skrev Rita Recruiter <rita@acme.example>:"),
    ("nb", "man. 7. des. 2026 kl. 10:12 skrev Rita Recruiter <rita@acme.example>:"),
    ("fi", "ma 7. jouluk. 2026 klo 10.12 Rita Recruiter (rita@acme.example) kirjoitti:"),
    ("is", "mán., 7. des. 2026 kl. 10:12 skrifaði Rita Recruiter <rita@acme.example>:"),
    ("pl", "pon., 7 gru 2026 o 10:12 Rita Recruiter <rita@acme.example> napisał(a):"),
    ("cs", "po 7. 12. 2026 v 10:12 odesílatel Rita Recruiter <rita@acme.example> napsal:"),
    ("sk", "po 7. 12. 2026 o 10:12 Rita Recruiter <rita@acme.example> napísal(a):"),
    ("hu", "Rita Recruiter <rita@acme.example> ezt írta (időpont: 2026. dec. 7., H, 10:12):"),
    ("ro", "În lun., 7 dec. 2026 la 10:12, Rita Recruiter <rita@acme.example> a scris:"),
    ("hr", "pon, 7. pro 2026. u 10:12 Rita Recruiter <rita@acme.example> napisao je:"),
    ("sl", "V pon., 7. dec. 2026 ob 10.12 je oseba Rita Recruiter <rita@acme.example> napisala:"),
    ("sr", "пон, 7. дец 2026. у 10:12 Rita Recruiter <rita@acme.example> је написао/ла:"),
    ("bg", "пн, 7.12.2026 г. в 10:12 ч. Rita Recruiter <rita@acme.example> написа:"),
    ("ru", "пн, 7 дек. 2026 г. в 10:12, Rita Recruiter <rita@acme.example>:"),
    ("uk", "пн, 7 груд. 2026 р. о 10:12 Rita Recruiter <rita@acme.example> пише:"),
    ("el", "Στις Δευ 7 Δεκ 2026 στις 10:12 π.μ., ο/η Rita Recruiter <rita@acme.example> έγραψε:"),
    ("tr", "Rita Recruiter <rita@acme.example>, 7 Ara 2026 Pzt, 10:12 tarihinde şunu yazdı:"),
    ("et", "E, 7. detsember 2026 kell 10:12 kirjutas Rita Recruiter (<rita@acme.example>):"),
    ("lv", "pirmd., 2026. g. 7. dec., plkst. 10:12 — lietotājs Rita Recruiter (<rita@acme.example>) rakstīja:"),
    ("lt", "2026-12-07, pr, 10:12, Rita Recruiter <rita@acme.example> rašė:"),
    ("ca", "El dl., 7 de des. 2026, a les 10:12, Rita Recruiter (<rita@acme.example>) va escriure:"),
    ("gl", "O lun., 7 de dec. de 2026 ás 10:12, Rita Recruiter (<rita@acme.example>) escribiu:"),
    ("eu", "Rita Recruiter (<rita@acme.example>) erabiltzaileak hau idatzi zuen (2026 abe. 7 al. (10:12)):"),
    ("af", "Op Ma., 7 Des. 2026 om 10:12 het Rita Recruiter <rita@acme.example> geskryf:"),
    ("he", "\u202bבתאריך יום ב׳, 7 בדצמ׳ 2026 ב-10:12 מאת \u202aRita Recruiter\u202c\u200f <\u202arita@acme.example"
           "\u202c\u200f>:\u202c"),
    ("ar", "\u202bفي الاثنين، 7 ديسمبر 2026 10:12 ص تمت كتابة ما يلي بواسطة \u202aRita Recruiter\u202c\u200f <"
           "\u202arita@acme.example\u202c\u200f>:\u202c"),
    ("fa", "\u202bدر تاریخ دوشنبه ۷ دسامبر ۲۰۲۶ ساعت ۱۰:۱۲ Rita Recruiter <\u202arita@acme.example\u202c\u200f> "
           "نوشت:\u202c"),
    ("ja", "2026年12月7日(月) 10:12 Rita Recruiter <rita@acme.example>:"),
    ("zh-CN", "Rita Recruiter <rita@acme.example> 于2026年12月7日周一 10:12写道："),
    ("zh-TW", "Rita Recruiter <rita@acme.example> 於 2026年12月7日 週一 上午10:12寫道："),
    ("ko", "2026년 12월 7일 (월) 오전 10:12, Rita Recruiter <rita@acme.example>님이 작성:"),
    ("vi", "Vào Th 2, 7 thg 12, 2026 vào lúc 10:12 Rita Recruiter <rita@acme.example> đã viết:"),
    ("id", "Pada tanggal Sen, 7 Des 2026 pukul 10.12 Rita Recruiter <rita@acme.example> menulis:"),
    ("ms", "Pada Isn, 7 Dis 2026 pada 10:12 PG Rita Recruiter <rita@acme.example> menulis:"),
    ("fil", "Noong Lun, Dis 7, 2026 nang 10:12 AM, sumulat si Rita Recruiter <rita@acme.example>:"),
    ("th", "เมื่อ จ. 7 ธ.ค. 2026 เวลา 10:12 Rita Recruiter <rita@acme.example> เขียนว่า:"),
    ("hi", "सोम, 7 दिस॰ 2026 को 10:12 am बजे Rita Recruiter <rita@acme.example> ने लिखा:"),
    ("bn", "সোম, ৭ ডিসে, ২০২৬ ১০:১২ AM এ Rita Recruiter <rita@acme.example> লিখেছেন:"),
    ("sw", "Jumatatu, 7 Desemba 2026, 10:12 Rita Recruiter <rita@acme.example> aliandika:"),
]

# Apple Mail (macOS) and iOS Mail: "On <date>, at <time>, <name> <address> wrote:".
APPLE = [
    ("en", "On Dec 7, 2026, at 10:12, Rita Recruiter <rita@acme.example> wrote:"),
    ("en", "On 7 Dec 2026, at 10:12 AM, Rita Recruiter <rita@acme.example> wrote:"),
    ("de", "Am 07.12.2026 um 10:12 schrieb Rita Recruiter <rita@acme.example>:"),
    ("fr", "Le 7 déc. 2026 à 10:12, Rita Recruiter <rita@acme.example> a écrit :"),
    ("es", "El 7 dic 2026, a las 10:12, Rita Recruiter <rita@acme.example> escribió:"),
    ("it", "Il giorno 7 dic 2026, alle ore 10:12, Rita Recruiter <rita@acme.example> ha scritto:"),
    ("nl", "Op 7 dec. 2026 om 10:12 heeft Rita Recruiter <rita@acme.example> het volgende geschreven:"),
    ("sv", "7 dec. 2026 kl. 10:12 skrev Rita Recruiter <rita@acme.example>:"),
    ("da", "Den 7. dec. 2026 kl. 10.12 skrev Rita Recruiter <rita@acme.example>:"),
    ("pt-BR", "Em 7 de dez. de 2026, à(s) 10:12, Rita Recruiter <rita@acme.example> escreveu:"),
    ("ru", "7 дек. 2026 г., в 10:12, Rita Recruiter <rita@acme.example> написал(а):"),
    ("fi", "Rita Recruiter <rita@acme.example> kirjoitti 7.12.2026 kello 10.12:"),
    ("tr", "7 Ara 2026 tarihinde 10:12 saatinde, Rita Recruiter <rita@acme.example> şunları yazdı:"),
    ("ja", "2026/12/07 10:12、Rita Recruiter <rita@acme.example>のメール:"),
    ("zh-CN", "在 2026年12月7日，10:12，Rita Recruiter <rita@acme.example> 写道："),
    ("ko", "2026. 12. 7. 오전 10:12, Rita Recruiter <rita@acme.example> 작성:"),
    ("he", "ב-7 בדצמ׳ 2026, בשעה 10:12, Rita Recruiter <rita@acme.example> כתב/ה:"),
]

# Thunderbird's "On <date> <time>, <name> wrote:" (address when the sender had one in the From header).
THUNDERBIRD = [
    ("en", "On 12/7/26 10:12 AM, Rita Recruiter wrote:"),
    ("en", "On 07/12/2026 10:12, Rita Recruiter <rita@acme.example> wrote:"),
    ("de", "Am 07.12.26 um 10:12 schrieb Rita Recruiter:"),
    ("fr", "Le 07/12/2026 à 10:12, Rita Recruiter a écrit :"),
    ("es", "El 7/12/26 a las 10:12, Rita Recruiter escribió:"),
    ("it", "Il 07/12/26 10:12, Rita Recruiter ha scritto:"),
    ("nl", "Op 07-12-2026 om 10:12 schreef Rita Recruiter:"),
    ("pl", "W dniu 7.12.2026 o 10:12, Rita Recruiter pisze:"),
    ("ru", "07.12.2026 10:12, Rita Recruiter пишет:"),
    ("cs", "Dne 07. 12. 26 v 10:12 Rita Recruiter napsal(a):"),
    ("sv", "Den 2026-12-07 kl. 10:12, skrev Rita Recruiter:"),
    ("ja", "2026/12/07 10:12, Rita Recruiter wrote:"),
]

# Yahoo Mail (web and apps) and Mail.ru / Yandex / QQ / 163 / Lotus Notes one-line headers.
WEBMAIL = [
    ("en", "Yahoo", "On Monday, December 7, 2026, 10:12:00 AM GMT+1, Rita Recruiter <rita@acme.example> wrote:"),
    ("de", "Yahoo", "Am Montag, 7. Dezember 2026, 10:12:00 MEZ hat Rita Recruiter <rita@acme.example> Folgendes "
                    "geschrieben:"),
    ("fr", "Yahoo", "Le lundi 7 décembre 2026, 10:12:00 UTC+1, Rita Recruiter <rita@acme.example> a écrit :"),
    ("es", "Yahoo", "El lunes, 7 de diciembre de 2026, 10:12:00 CET, Rita Recruiter <rita@acme.example> escribió:"),
    ("it", "Yahoo", "Il lunedì 7 dicembre 2026, 10:12:00 CET, Rita Recruiter <rita@acme.example> ha scritto:"),
    ("ru", "Mail.ru", "Понедельник, 7 декабря 2026, 10:12 +03:00 от Rita Recruiter <rita@acme.example>:"),
    ("en", "Mail.ru", "Monday, December 7, 2026 10:12 AM +03:00 from Rita Recruiter <rita@acme.example>:"),
    ("ru", "Yandex", "07.12.2026, 10:12, \"Rita Recruiter\" <rita@acme.example>:"),
    ("zh-CN", "163", "在 2026-12-07 10:12:00，\"Rita Recruiter\" <rita@acme.example> 写道："),
    ("en", "Lotus Notes", "Rita Recruiter <rita@acme.example> wrote on 07/12/2026 10:12:15:"),
    ("de", "Lotus Notes", "Rita Recruiter/ACME schrieb am 07.12.2026 10:12:15:"),
    ("fr", "Lotus Notes", "Rita Recruiter/ACME a écrit sur 07/12/2026 10:12:15 :"),
]

# Outlook (desktop, web, iOS/Android) header blocks: its labels for From, Sent, To, Subject per UI language, the
# date it writes, and its "-----Original Message-----" rule.
OUTLOOK = [
    ("en", ("From", "Sent", "To", "Subject"), "Monday, December 7, 2026 10:12 AM", "Original Message"),
    ("de", ("Von", "Gesendet", "An", "Betreff"), "Montag, 7. Dezember 2026 10:12", "Ursprüngliche Nachricht"),
    ("fr", ("De", "Envoyé", "À", "Objet"), "lundi 7 décembre 2026 10:12", "Message d'origine"),
    ("es", ("De", "Enviado el", "Para", "Asunto"), "lunes, 7 de diciembre de 2026 10:12", "Mensaje original"),
    ("it", ("Da", "Inviato", "A", "Oggetto"), "lunedì 7 dicembre 2026 10:12", "Messaggio originale"),
    ("pt-BR", ("De", "Enviado", "Para", "Assunto"), "segunda-feira, 7 de dezembro de 2026 10:12",
     "Mensagem original"),
    ("pt-PT", ("De", "Enviada", "Para", "Assunto"), "7 de dezembro de 2026 10:12", "Mensagem original"),
    ("nl", ("Van", "Verzonden", "Aan", "Onderwerp"), "maandag 7 december 2026 10:12", "Oorspronkelijk bericht"),
    ("sv", ("Från", "Skickat", "Till", "Ämne"), "den 7 december 2026 10:12", "Ursprungligt meddelande"),
    ("da", ("Fra", "Sendt", "Til", "Emne"), "7. december 2026 10:12", "Oprindelig meddelelse"),
    ("nb", ("Fra", "Sendt", "Til", "Emne"), "mandag 7. desember 2026 10:12", "Opprinnelig melding"),
    ("fi", ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "maanantai 7. joulukuuta 2026 10.12",
     "Alkuperäinen viesti"),
    ("pl", ("Od", "Wysłano", "Do", "Temat"), "poniedziałek, 7 grudnia 2026 10:12", "Oryginalna wiadomość"),
    ("cs", ("Od", "Odesláno", "Komu", "Předmět"), "7. prosince 2026 10:12", "Původní zpráva"),
    ("sk", ("Od", "Odoslané", "Komu", "Predmet"), "pondelok, 7. decembra 2026 10:12", "Pôvodná správa"),
    ("hu", ("Feladó", "Elküldve", "Címzett", "Tárgy"), "2026. december 7. 10:12", "Eredeti üzenet"),
    ("ro", ("De la", "Trimis", "Către", "Subiect"), "luni, 7 decembrie 2026 10:12", "Mesaj original"),
    ("hr", ("Šalje", "Poslano", "Prima", "Predmet"), "ponedjeljak, 7. prosinca 2026. 10:12", "Izvorna poruka"),
    ("sl", ("Od", "Poslano", "Za", "Zadeva"), "ponedeljek, 7. december 2026 10:12", "Izvirno sporočilo"),
    ("ru", ("От", "Отправлено", "Кому", "Тема"), "7 декабря 2026 г. 10:12", "Исходное сообщение"),
    ("uk", ("Від", "Надіслано", "Кому", "Тема"), "7 грудня 2026 р. 10:12", "Вихідне повідомлення"),
    ("bg", ("От", "Изпратено", "До", "Тема"), "понеделник, 7 декември 2026 г. 10:12", "Оригинално съобщение"),
    ("el", ("Από", "Στάλθηκε", "Προς", "Θέμα"), "Δευτέρα, 7 Δεκεμβρίου 2026 10:12 πμ", "Αρχικό μήνυμα"),
    ("tr", ("Kimden", "Gönderildi", "Kime", "Konu"), "7 Aralık 2026 Pazartesi 10:12", "Özgün İleti"),
    ("et", ("Saatja", "Saadetud", "Adressaat", "Teema"), "esmaspäev, 7. detsember 2026 10:12", "Algsõnum"),
    ("lv", ("No", "Nosūtīts", "Kam", "Tēma"), "pirmdiena, 2026. gada 7. decembris 10:12", "Sākotnējais ziņojums"),
    ("lt", ("Nuo", "Išsiųsta", "Kam", "Tema"), "2026 m. gruodžio 7 d. 10:12", "Pradinis pranešimas"),
    ("ca", ("De", "Enviat el", "Per a", "Assumpte"), "dilluns, 7 de desembre de 2026 10:12", "Missatge original"),
    ("he", ("מאת", "נשלח", "אל", "נושא"), "יום שני 07 דצמבר 2026 10:12", "הודעה מקורית"),
    ("ar", ("من", "تاريخ الإرسال", "إلى", "الموضوع"), "الاثنين، 7 ديسمبر، 2026 10:12 ص", "الرسالة الأصلية"),
    ("fa", ("از", "ارسال شده", "به", "موضوع"), "دوشنبه، 7 دسامبر 2026 10:12", "پیام اصلی"),
    ("ja", ("差出人", "送信日時", "宛先", "件名"), "2026年12月7日 10:12", "Original Message"),
    ("zh-CN", ("发件人", "发送时间", "收件人", "主题"), "2026年12月7日 10:12", "原始邮件"),
    ("zh-TW", ("寄件者", "寄件日期", "收件者", "主旨"), "2026年12月7日 上午 10:12", "原始郵件"),
    ("ko", ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "2026년 12월 7일 월요일 오전 10:12", "원본 메시지"),
    ("th", ("จาก", "ส่ง", "ถึง", "เรื่อง"), "7 ธันวาคม 2026 10:12", "ข้อความต้นฉบับ"),
    ("vi", ("Từ", "Đã gửi", "Đến", "Chủ đề"), "Thứ Hai, ngày 7 tháng 12 năm 2026 10:12", "Thư gốc"),
    ("id", ("Dari", "Dikirim", "Kepada", "Perihal"), "Senin, 07 Desember 2026 10.12", "Pesan Asli"),
]

# Other clients' pasted header blocks, in the order and with the labels they write.
BLOCKS = [
    ("en", "Outlook for Mac", "From: Rita Recruiter <rita@acme.example>\nDate: Monday, 7 December 2026 at 10:12\n"
                              "To: Maria Manager <maria@acme.example>\nSubject: Jane Doe"),
    ("en", "Yahoo", "----- Original Message -----\nFrom: Rita Recruiter <rita@acme.example>\n"
                    "To: Maria Manager <maria@acme.example>\nSent: Monday, December 7, 2026 10:12 AM\nSubject: Jane Doe"),
    ("de", "GMX/WEB.DE", "Gesendet: Montag, 07. Dezember 2026 um 10:12 Uhr\nVon: \"Rita Recruiter\" <rita@acme.example>\n"
                         "An: maria@acme.example\nBetreff: Jane Doe"),
    ("en", "GMX", "Sent: Monday, December 07, 2026 at 10:12 AM\nFrom: \"Rita Recruiter\" <rita@acme.example>\n"
                  "To: maria@acme.example\nSubject: Jane Doe"),
    ("zh-CN", "QQ Mail", "------------------ 原始邮件 ------------------\n发件人: \"Rita Recruiter\"<rita@acme.example>;\n"
                         "发送时间: 2026年12月7日(星期一) 上午10:12\n收件人: \"Maria\"<maria@acme.example>;\n主题: Jane Doe"),
    ("en", "QQ Mail", "------------------ Original ------------------\nFrom: \"Rita Recruiter\"<rita@acme.example>;\n"
                      "Date: Mon, Dec 7, 2026 10:12 AM\nTo: \"Maria\"<maria@acme.example>;\nSubject: Jane Doe"),
    ("ko", "Naver", "-----Original Message-----\nFrom: \"Rita Recruiter\"<rita@acme.example>\n"
                    "To: \"Maria\"<maria@acme.example>;\nCc:\nSent: 2026-12-07 (월) 10:12:00 (GMT+09:00)\nSubject: Jane Doe"),
    ("ko", "Daum", "----- 원본 메일 -----\n보낸사람: \"Rita Recruiter\" <rita@acme.example>\n"
                   "받는사람: \"Maria\" <maria@acme.example>\n날짜: 2026년 12월 7일 월요일, 10시 12분 00초 +0900\n제목: Jane Doe"),
    ("en", "Lotus Notes", "From:\tRita Recruiter/ACME@ACME\nTo:\tMaria Manager/ACME@ACME\nDate:\t07.12.2026 10:12\n"
                          "Subject:\tJane Doe"),
    ("de", "Lotus Notes", "Von:\tRita Recruiter/ACME@ACME\nAn:\tMaria Manager/ACME@ACME\nDatum:\t07.12.2026 10:12\n"
                          "Betreff:\tJane Doe"),
]

# A person's own sentences that look like a header or a quote header, with no quote under them: all of it stays.
HARD_NEGATIVES = [
    ("en", "From: the beginning, I thought she was the strongest candidate.\nSent: yesterday, as you asked.\n"
           "To: be honest, I would interview her first."),
    ("en", "Here is my answer.\n\nFrom: the beginning, I liked her.\nSent: you my notes yesterday.\n"
           "To: sum up, let's interview her."),
    ("en", "Subject: to her references, I'd say yes.\nDate: any day next week works."),
    ("en", "On Monday, Jane wrote: she can start in May.\nLet's interview her."),
    ("en", "Yes.\n\nOn Monday, Jane wrote:\nshe can start in May, so interview her."),
    ("fr", "Le 3 mai, nous avons écrit : elle peut commencer en juin.\nOui pour l'entretien."),
    ("fr", "Oui.\n\nLe 3 mai, nous avons écrit :\nelle peut commencer en juin."),
    ("de", "Am Montag schrieb ich Ihnen: sie passt gut.\nGerne ein Gespräch."),
    ("de", "Ja.\n\nVon: Anfang an fand ich sie gut.\nAn: Ihrer Stelle würde ich sie einladen."),
    ("es", "El lunes escribió Jane: puede empezar en mayo.\nSí a la entrevista."),
    ("en", "Yes. I spoke to her on Mon, Dec 7, 2026 at 10:12 AM and she wrote:\n\"I can start in May.\""),
]


# Other senders, taken in turn: the header's name and address are swapped for one of these in one more case each.
SENDERS = [("Рита Рекрутер", "rita@почта.example"), ("山田太郎", "taro.yamada@example.co.jp"),
           ("jane", "jane.doe+jobs@mail.sub.acme.example"), ("María José O'Neill-García", "mj@acme.example")]


def other_sender(text: str, turn: int) -> str:
    name, address = SENDERS[turn % len(SENDERS)]
    return text.replace("Rita Recruiter", name).replace(ADDRESS, address)


def without_address(header: str) -> str:
    """The same header with the sender's address left out, as clients write it when the From header had only a name
    or the quoted message came from a client that drops it."""
    marks = "\u202a\u202b\u202c\u200f"
    out = re.sub(rf"\s*\(?<[{marks}]*{re.escape(ADDRESS)}[{marks}]*>\)?|\s*\({re.escape(ADDRESS)}\)", "", header)
    return out if ADDRESS not in out else header


def wrapped(header: str, width: int = 60) -> str:
    """The header wrapped over two lines at the last space before width, as Gmail and others wrap long lines (a
    header shorter than width is wrapped at its middle space)."""
    cut = header.rfind(" ", 0, width if len(header) > width else len(header) // 2 + 1)
    return header if cut <= 0 else header[:cut] + "\n" + header[cut + 1:]


def outlook_block(labels: tuple[str, str, str, str], date: str, with_address: bool = True) -> str:
    frm, sent, to, subject = labels
    sender = f"Rita Recruiter <{ADDRESS}>" if with_address else "Rita Recruiter"
    recipient = "Maria Manager <maria@acme.example>" if with_address else "Maria Manager"
    return f"{frm}: {sender}\n{sent}: {date}\n{to}: {recipient}\n{subject}: RE: Jane Doe"


def cases() -> list[tuple[str, str, str, str]]:
    """Every reply of the sweep as (language, client and variant, body, the text that must come out)."""
    out = []
    one_line = [("Gmail", lang, h) for lang, h in GMAIL] + [("Apple Mail", lang, h) for lang, h in APPLE] + \
        [("Thunderbird", lang, h) for lang, h in THUNDERBIRD] + [(client, lang, h) for lang, client, h in WEBMAIL]
    for client, lang, header in one_line:
        variants = {"": header, " wrapped": wrapped(header)}
        if without_address(header) != header:
            variants[" no address"] = without_address(header)
        variants[" other sender"] = other_sender(header, len(out))
        variants[" other sender wrapped"] = wrapped(other_sender(header, len(out) + 1))
        for name, h in variants.items():
            out.append((lang, client + name, f"{ANSWER}\n\n{h}\n\n{QUOTED}", ANSWER))
            out.append((lang, client + name + " no blank", f"{ANSWER}\n{h}\n{QUOTED}", ANSWER))
        for name in ("", " wrapped"):  # the history without "> ", as HTML-to-text or a client's plain part leaves it
            out.append((lang, client + name + " unquoted", f"{ANSWER}\n\n{variants[name]}\n\n{PLAIN}", ANSWER))
    for lang, labels, date, rule in OUTLOOK:
        block = outlook_block(labels, date)
        out.append((lang, "Outlook desktop", f"{ANSWER}\n\n{'_' * 32}\n{block}\n\n{PLAIN}", ANSWER))
        out.append((lang, "Outlook web", f"{ANSWER}\n\n{block}\n\n{PLAIN}", ANSWER))
        out.append((lang, "Outlook names only", f"{ANSWER}\n\n{outlook_block(labels, date, False)}\n\n{PLAIN}", ANSWER))
        out.append((lang, "Outlook original message", f"{ANSWER}\n\n-----{rule}-----\n{block}\n\n{PLAIN}", ANSWER))
        out.append((lang, "Outlook other sender", f"{ANSWER}\n\n{other_sender(block, len(out))}\n\n{PLAIN}", ANSWER))
    for lang, client, block in BLOCKS:
        out.append((lang, client, f"{ANSWER}\n\n{block}\n\n{PLAIN}", ANSWER))
    return out


def negatives() -> list[tuple[str, str]]:
    """(language, body) of the hard negatives, with the person's text also above a real Gmail quote: all of their
    text must stay, and the quote must go."""
    out = []
    for lang, text in HARD_NEGATIVES:
        out.append((lang, text))
        out.append((lang, f"{text}\n\n{GMAIL[0][1]}\n{QUOTED}"))
    return out

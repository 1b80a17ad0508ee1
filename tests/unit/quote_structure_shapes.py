"""The structure around a person's words in a plain-text reply: a table written for this project from how mail clients
forward and quote (their forward markers per UI language, Outlook's rule above a header block, Lotus Notes' and
mutt's "Forwarded by/from" lines; ">" quotes re-wrapped, nested, prefixed with "|" or ":", indented; bottom-posting
and inline answers), from the shapes a person's own text takes (lists, arrows, log lines, a table of times, links, a
one-word answer, a non-Latin answer, a P.S. under the signature) and from the line and charset shapes of real
bodies (CRLF, lone CR, trailing spaces, no-break and zero-width spaces, direction marks, format=flowed soft breaks
and space-stuffing). The markers are written in the shape each client writes them, for this table; one made-up
recruiter (Rita Recruiter <rita@acme.example>), one made-up manager, one date (Monday 7 December 2026, 10:12).
Nothing here is copied from a corpus or from the held-out data. Data only: tests/unit/test_quote_structure_sweep.py
asserts it, bench/quote_structure.py prints the counts per family and language.

Each case is (family, language, variant, message, the text that must come out), the message a body (read by
trim_reply) or a whole mail as bytes (read by reply_text). The convention is the labelled sets' one
(tests/data/replies/README.md): the person's text, a closing and the name line under it stay; forward markers, quote
headers, the quoted or forwarded history and signature blocks go; an answer written under or between quoted lines
keeps those lines, marked ">", as its context (an "On … wrote:" header above them goes). Text is compared with its
runs of white space made one, as bench/corpus_report.py's "exact (whitespace normalised)" does.
"""

from __future__ import annotations

from quote_header_shapes import GMAIL, OUTLOOK

ANSWER = "Yes, let's interview her on Tuesday.\n\nThanks,\nMaria"
QUOTED = "> Hi Maria,\n>\n> here is Jane Doe's CV for the backend role.\n>\n> Rita\n"
HEADER = GMAIL[0][1]  # "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:"
FORWARDED = "Hi Rita,\n\nplease find my CV attached. I am available from January.\n\nBest regards,\nJane Doe\n"

# The note a person writes above a forward, per language (their own words, kept whole).
NOTES = {
    "en": "Maria, can you look at Jane Doe for the backend role? Her CV is below.\n\nThanks,\nRita",
    "de": "Maria, kannst du dir Jane Doe für die Backend-Stelle ansehen? Ihr Lebenslauf ist unten.\n\nDanke,\nRita",
    "fr": "Maria, peux-tu regarder Jane Doe pour le poste backend ? Son CV est ci-dessous.\n\nMerci,\nRita",
    "es": "Maria, ¿puedes mirar a Jane Doe para el puesto de backend? Su CV está abajo.\n\nGracias,\nRita",
    "it": "Maria, puoi guardare Jane Doe per il ruolo backend? Il CV è qui sotto.\n\nGrazie,\nRita",
    "pt": "Maria, podes ver a Jane Doe para a vaga de backend? O CV está abaixo.\n\nObrigada,\nRita",
    "nl": "Maria, kun je naar Jane Doe kijken voor de backendrol? Haar cv staat hieronder.\n\nBedankt,\nRita",
    "ru": "Мария, посмотри, пожалуйста, Джейн Доу на позицию бэкенда. Резюме ниже.\n\nСпасибо,\nРита",
    "ja": "マリアさん、バックエンドの候補者ジェーン・ドウさんの履歴書です。ご確認ください。\n\nリタ",
    "zh": "玛丽亚，请看一下后端岗位的候选人 Jane Doe，简历在下面。\n\n谢谢\n丽塔",
}


def note(lang: str) -> str:
    return NOTES.get(lang.split("-")[0], NOTES["en"])


# ------------------------------------------------------------------------------ forward markers
# (client, language, the marker line, the header block labels the client writes under it: From, Date, To, Subject)
EN_LABELS = ("From", "Date", "To", "Subject")
GMAIL_FORWARD = [
    ("en", "---------- Forwarded message ---------"), ("de", "---------- Weitergeleitete Nachricht ---------"),
    ("fr", "---------- Message transféré ---------"), ("es", "---------- Mensaje reenviado ---------"),
    ("it", "---------- Messaggio inoltrato ---------"), ("pt", "---------- Mensagem encaminhada ---------"),
    ("nl", "---------- Doorgestuurd bericht ---------"), ("sv", "---------- Vidarebefordrat meddelande ---------"),
    ("da", "---------- Videresendt meddelelse ----------"), ("nb", "---------- Videresendt melding ----------"),
    ("fi", "---------- Välitetty viesti ----------"), ("pl", "---------- Przekazana wiadomość ---------"),
    ("cs", "---------- Přeposlaná zpráva ---------"), ("sk", "---------- Preposlaná správa ---------"),
    ("hu", "---------- Továbbított levél ---------"), ("ro", "---------- Mesaj redirecționat ---------"),
    ("ru", "---------- Пересылаемое сообщение ---------"), ("uk", "---------- Переслане повідомлення ---------"),
    ("bg", "---------- Препратено съобщение ---------"), ("el", "---------- Προωθημένο μήνυμα ---------"),
    ("tr", "---------- Yönlendirilmiş ileti ----------"), ("he", "---------- הודעה שהועברה ----------"),
    ("ar", "---------- الرسالة المُعاد توجيهها ---------"), ("ja", "---------- 転送されたメッセージ ---------"),
    ("zh-CN", "---------- 转发的邮件 ---------"), ("zh-TW", "---------- 已轉寄郵件 ----------"),
    ("ko", "---------- 전달된 메일 ---------"), ("vi", "---------- Thư đã chuyển tiếp ---------"),
    ("th", "---------- ข้อความที่ส่งต่อ ---------"), ("id", "---------- Pesan terusan ---------"),
    ("hi", "---------- अग्रेषित संदेश ---------"),
]
# Apple Mail and iOS Mail: "Begin forwarded message:" in their UI languages, then the header block.
APPLE_FORWARD = [
    ("en", "Begin forwarded message:"), ("de", "Anfang der weitergeleiteten Nachricht:"),
    ("fr", "Début du message réexpédié :"), ("es", "Inicio del mensaje reenviado:"),
    ("it", "Inizio messaggio inoltrato:"), ("nl", "Begin doorgestuurd bericht:"), ("sv", "Vidarebefordrat brev:"),
    ("da", "Videresendt meddelelse:"), ("nb", "Videresendt melding:"), ("pl", "Początek przekazywanej wiadomości:"),
    ("ru", "Начало переадресованного сообщения:"), ("pt-BR", "Início da mensagem encaminhada:"),
    ("pt-PT", "Início da mensagem reencaminhada:"), ("fi", "Välitetty viesti alkaa:"),
    ("cs", "Začátek přeposlané zprávy:"), ("hu", "Továbbított levél kezdete:"), ("uk", "Початок пересланого листа:"),
    ("el", "Αρχή προωθημένου μηνύματος:"), ("ro", "Începutul mesajului redirecționat:"),
    ("hr", "Početak proslijeđene poruke:"), ("ca", "Inici del missatge reenviat:"),
    ("tr", "İletilen ileti başlangıcı:"), ("ja", "転送されたメッセージ:"), ("zh-CN", "以下是转发的邮件："),
    ("zh-TW", "以下為轉寄的郵件："), ("ko", "전달된 메시지:"), ("he", "תחילת הודעה שהועברה:"),
    ("ar", "بداية الرسالة المُعاد توجيهها:"), ("vi", "Bắt đầu tin nhắn được chuyển tiếp:"),
    ("id", "Awal pesan yang diteruskan:"), ("th", "เริ่มข้อความที่ส่งต่อ:"),
]
# Thunderbird (current "Forwarded Message" and the older "Original Message" rule), Yahoo, Proton, Samsung Email,
# Fastmail, Zoho, Evolution, Alpine: a rule of marks around a few words.
RULED_FORWARD = [
    ("Thunderbird", "en", "-------- Forwarded Message --------"),
    ("Thunderbird", "de", "-------- Weitergeleitete Nachricht --------"),
    ("Thunderbird", "fr", "-------- Message transféré --------"),
    ("Thunderbird", "es", "-------- Mensaje reenviado --------"),
    ("Thunderbird", "it", "-------- Messaggio Inoltrato --------"),
    ("Thunderbird", "en", "-------- Original Message --------"),
    ("Thunderbird", "de", "-------- Original-Nachricht --------"),
    ("Thunderbird", "fr", "-------- Message original --------"),
    ("Thunderbird", "es", "-------- Mensaje original --------"),
    ("Thunderbird", "ru", "-------- Исходное сообщение --------"),
    ("Thunderbird", "pl", "-------- Oryginalna wiadomość --------"),
    ("Yahoo", "en", "----- Forwarded Message -----"), ("Yahoo", "es", "----- Mensaje reenviado -----"),
    ("Yahoo", "de", "----- Weitergeleitete Nachricht -----"), ("Yahoo", "fr", "----- Message transféré -----"),
    ("Proton", "en", "------- Forwarded Message -------"),
    ("Samsung Email", "en", "-------- Original message --------"),
    ("Fastmail", "en", "----- Original message -----"),
    ("Zoho", "en", "============ Forwarded message ============"),
    ("Zoho", "de", "============ Weitergeleitete Nachricht ============"),
    ("Evolution", "en", "-------- Forwarded Message --------"),
    ("Alpine", "en", "---------- Forwarded message ----------"),
    ("Mail.ru", "ru", "-------- Пересылаемое сообщение --------"),
    ("Yandex", "ru", "-------- Начало переадресованного сообщения --------"),
    ("QQ Mail", "zh-CN", "------------------\xa0原始邮件\xa0------------------"),
    ("163", "zh-CN", "-------- 转发邮件信息 --------"),
]
# Outlook's "-----Original Message-----" per UI language, and its rule of underscores above the header block.
OUTLOOK_RULES = [
    ("en", "-----Original Message-----"), ("de", "-----Ursprüngliche Nachricht-----"),
    ("fr", "-----Message d'origine-----"), ("es", "-----Mensaje original-----"),
    ("it", "-----Messaggio originale-----"), ("nl", "-----Oorspronkelijk bericht-----"),
    ("cs", "-----Původní zpráva-----"), ("pl", "-----Oryginalna wiadomość-----"), ("ru", "-----Исходное сообщение-----"),
    ("fi", "-----Alkuperäinen viesti-----"), ("nb", "-----Opprinnelig melding-----"),
    ("da", "-----Oprindelig meddelelse-----"), ("sv", "-----Ursprungligt meddelande-----"),
    ("pt", "-----Mensagem original-----"), ("hu", "-----Eredeti üzenet-----"), ("el", "-----Αρχικό μήνυμα-----"),
    ("zh-CN", "-----原始邮件-----"), ("ja", "-----元のメッセージ-----"), ("ko", "-----원본 메시지-----"),
    ("tr", "-----Özgün İleti-----"),
]
# Lotus Notes' and mutt's / Horde's forward lines, which name the forwarder or sender and the date inside the rule.
NAMED_FORWARD = [
    ("Lotus Notes", "en", "----- Forwarded by Rita Recruiter/ACME on 07.12.2026 10:12 -----"),
    ("Lotus Notes", "de", "----- Weitergeleitet von Rita Recruiter/ACME am 07.12.2026 10:12 -----"),
    ("Lotus Notes", "fr", "----- Transféré par Rita Recruiter/ACME le 07/12/2026 10:12 -----"),
    ("mutt", "en", "----- Forwarded message from Rita Recruiter <rita@acme.example> -----"),
    ("Horde", "en", "----- Forwarded message from rita@acme.example ---------"),
    ("Horde", "de", "----- Weitergeleitete Nachricht von rita@acme.example -----"),
]
# Lotus Notes writes the forwarded mail's sender, date and recipients as a table with no colons.
LOTUS_BLOCK = "Jane Doe <jane@example.org>\n07.12.2026 09:58\n\nTo\nRita Recruiter/ACME@ACME\ncc\n\nSubject\nApplication\n"

LABELS = {lang: (labels[0], labels[1], labels[2], labels[3]) for lang, labels, _, _ in OUTLOOK}


def header_block(lang: str, tab: bool = False) -> str:
    """A forwarded mail's header block with the client's labels in that language (English where unknown)."""
    frm, sent, to, subject = LABELS.get(lang, LABELS.get(lang.split("-")[0], ("From", "Date", "To", "Subject")))
    sep = ":\t" if tab else ": "
    return (f"{frm}{sep}Jane Doe <jane@example.org>\n{sent}{sep}Monday, December 7, 2026 10:12 AM\n"
            f"{to}{sep}Rita Recruiter <rita@acme.example>\n{subject}{sep}Application: backend role\n")


def _forward_cases() -> list[tuple]:
    out = []

    def add(client: str, lang: str, marker: str, block: str, quoted: bool = False) -> None:
        text = note(lang)
        history = block + "\n" + FORWARDED
        if quoted:  # Apple Mail's plain text puts the forwarded mail under "> "
            history = "".join(f"> {x}\n" if x else ">\n" for x in history.rstrip("\n").split("\n"))
        out.append(("forward", lang, client, f"{text}\n\n{marker}\n{history}", text))
        out.append(("forward", lang, client + " no blank", f"{text}\n{marker}\n\n{history}", text))
        out.append(("forward", lang, client + " marker only", f"{text}\n\n{marker}\n\n{FORWARDED}", text))

    for lang, marker in GMAIL_FORWARD:
        frm = LABELS.get(lang, LABELS.get(lang.split("-")[0], ("From",)))[0]
        # Gmail localises only "From" and keeps "Date", "Subject", "To" in English
        block = (f"{frm}: Jane Doe <jane@example.org>\nDate: Mon, Dec 7, 2026 at 10:12 AM\n"
                 f"Subject: Application: backend role\nTo: <rita@acme.example>\n")
        add("Gmail", lang, marker, block)
    for lang, marker in APPLE_FORWARD:
        add("Apple Mail", lang, marker, header_block(lang))
        out.append(("forward", lang, "Apple Mail quoted", f"{note(lang)}\n\n{marker}\n\n" + "".join(
            f"> {x}\n" if x else ">\n" for x in (header_block(lang) + "\n" + FORWARDED).rstrip("\n").split("\n")),
            note(lang)))
    for client, lang, marker in RULED_FORWARD:
        add(client, lang, marker, header_block(lang, tab=client == "Thunderbird"))
    for lang, marker in OUTLOOK_RULES:
        add("Outlook", lang, marker, header_block(lang))
    for lang, labels, date, _ in OUTLOOK:
        block = (f"{labels[0]}: Jane Doe <jane@example.org>\n{labels[1]}: {date}\n"
                 f"{labels[2]}: Rita Recruiter <rita@acme.example>\n{labels[3]}: Application: backend role\n")
        add("Outlook rule", lang, "_" * 32, block)
    for client, lang, marker in NAMED_FORWARD:
        block = LOTUS_BLOCK if client == "Lotus Notes" else header_block(lang)
        add(client, lang, marker, block)
    return out


# ------------------------------------------------------------------------------ quoted history
LONG_QUOTE = ("> Hi Maria,\n>\n> here is Jane Doe's CV for the backend role. She has five years of Go and\n"
              "> Postgres, led the move of her team's billing service to Kubernetes, and\n"
              "> mentors two juniors. She can start in January.\n>\n> Could you tell me by Friday?\n>\n> Rita\n")
QUESTIONS = ("> Can you see Jane on Tuesday at 10:00?", "Yes, Tuesday works.",
             "> And should I invite Omar for the same day?", "No, Omar is too junior for this role.")


def _quote_cases() -> list[tuple]:
    a = ANSWER
    q1, a1, q2, a2 = QUESTIONS
    inline = f"{q1}\n{a1}\n\n{q2}\n{a2}"
    shapes = [
        # history whose ">" lines a client re-wrapped, so some lost their ">"
        ("rewrapped under header", f"{a}\n\n{HEADER}\n> Hi Maria, here is Jane Doe's CV for the backend role, with a\n"
                                   f"summary of her projects\n> and her references.\n>\n> Rita\n", a),
        ("rewrapped trailing", f"{a}\n\n> Hi Maria, here is Jane Doe's CV for the backend role, with a\n"
                               f"summary of her projects and the teams she led\n> and her references.\n", a),
        ("nested >>", f"{a}\n\n{HEADER}\n> Thanks Rita.\n>\n>> On Sun, Dec 6, 2026 at 9:00 AM Maria wrote:\n"
                      f">> Any news on the backend role?\n", a),
        ("nested > >", f"{a}\n\n{HEADER}\n> Thanks Rita.\n> \n> > Any news on the backend role?\n> > Maria\n", a),
        ("trailing nested", f"{a}\n\n>> Any news on the backend role?\n> Here is Jane Doe's CV.\n", a),
        ("| prefix under header", f"{a}\n\n{HEADER}\n| Hi Maria,\n|\n| here is Jane Doe's CV.\n| Rita\n", a),
        ("| prefix trailing", f"{a}\n\n| Hi Maria,\n|\n| here is Jane Doe's CV for the backend role.\n| Rita\n", a),
        (": prefix trailing", f"{a}\n\n: Hi Maria,\n:\n: here is Jane Doe's CV for the backend role.\n: Rita\n", a),
        ("indented under header", f"{a}\n\n{HEADER}\n    Hi Maria,\n\n    here is Jane Doe's CV.\n\n    Rita\n", a),
        ("tab indented under Outlook block", f"{a}\n\n{'_' * 32}\n{header_block('en')}\n\tHi Maria,\n\n"
                                             "\there is Jane Doe's CV.\n", a),
        ("quote right under text", f"{a}\n{QUOTED}", a),
        ("header right under text", f"{a}\n{HEADER}\n{QUOTED}", a),
        ("trailing quote no header", f"{a}\n\n{QUOTED}", a),
        ("bottom-posted under header", f"{HEADER}\n{LONG_QUOTE}\n{a}\n", a),
        ("bottom-posted under header no blank", f"{HEADER}\n{LONG_QUOTE}{a}\n", a),
        ("bottom-posted under quoted header", f"> {HEADER}\n{LONG_QUOTE}\n{a}\n", a),
        # under a header at the top, the first quoted part goes with the header, as the labelled sets have it
        # (tests/data/replies: crisp's inline reply); the later ones stay as the answers' context
        ("inline under header", f"{HEADER}\n{inline}\n", inline.split("\n", 1)[1]),
        ("inline with intro", f"See my answers below.\n\n{HEADER}\n{inline}\n\nMaria\n",
         f"See my answers below.\n\n{inline}\n\nMaria"),
        ("inline no header", f"{inline}\n", inline),
        ("inline then rest of quote", f"{HEADER}\n{inline}\n\n> Thanks,\n> Rita\n", inline.split("\n", 1)[1]),
        ("cited line answered above header", f"> Can she start in January?\nYes, she can.\n\n{HEADER}\n{QUOTED}",
         "> Can she start in January?\nYes, she can."),
        ("closing under the quote", f"Yes, interview her.\n\n{HEADER}\n{QUOTED}\nThanks,\nMaria\n",
         "Yes, interview her.\n\nThanks,\nMaria"),
        ("name under the quote", f"Yes, interview her.\n\n{HEADER}\n{QUOTED}\nMaria\n", "Yes, interview her.\n\nMaria"),
        ("quoted signature dash", f"{a}\n\n{HEADER}\n> Here is Jane Doe's CV.\n> -- \n> Rita Recruiter\n", a),
    ]
    return [("quote", "en", name, body, want) for name, body, want in shapes]


# ------------------------------------------------------------------------------ the person's own text
OWN_TEXT = [
    ("numbered list", "en", "My picks:\n1. Jane Doe - interview\n2. Omar Khan - pass\n3. Lee Park - next week\n\nMaria"),
    ("numbered list )", "en", "1) Jane: yes\n2) Omar: no\n3) Lee: maybe"),
    ("bullets -", "en", "Notes from the call:\n- strong on Go\n- weak on SQL\n- wants remote\n\nMaria"),
    ("bullets *", "en", "Two things:\n* send her the take-home\n* book the panel for Tuesday"),
    ("bullets •", "en", "• Jane: interview\n• Omar: pass"),
    ("arrows", "en", "Plan:\n-> call her today\n-> panel on Tuesday\n=> offer by Friday"),
    ("long arrow", "en", "Jane --> panel\nOmar --> reject"),
    ("log lines", "en", "The sync failed again:\n2026-12-07 10:12:15 UTC ERROR sync failed for jane@example.org\n"
                        "2026-12-07 10:12:16 UTC INFO retrying in 60s\n\nCan you check?"),
    ("stack trace", "en", "The form breaks:\n    at Form.submit (form.js:42:7)\n    at HTMLButtonElement.onclick\n"
                          "Please fix before Monday."),
    ("shell", "en", "Run this:\n$ mailer status --json\nand send me the output."),
    ("code fence", "en", "Try this:\n```\n-- the reviewers\nSELECT name FROM reviewers;\n```\nThanks"),
    ("table of times", "en", "Slots that work:\nTue 8 Dec   10:00-11:00   Jane\nWed 9 Dec   14:00-15:00   Omar\n"
                             "Thu 10 Dec  09:30-10:00   Lee"),
    ("times with UTC", "en", "2026-12-08 10:00 UTC: Jane\n2026-12-09 14:00 UTC: Omar"),
    ("times as fields", "en", "Date: Tue 8 Dec 2026\nTime: 10:00\nRoom: 4.12"),
    ("link block", "en", "Her work:\nhttps://github.example/janedoe\nhttps://janedoe.example/talks\n"
                         "https://calendar.acme.example/slot?id=42&day=2026-12-08"),
    ("yes", "en", "Yes"), ("ok", "en", "OK"), ("ok dot", "en", "Ok."), ("thumbs", "en", "👍"),
    ("ja", "ja", "はい、火曜日に面接しましょう。\nよろしくお願いします。"),
    ("zh", "zh", "好的，周二面试。"),
    ("ko", "ko", "네, 화요일에 면접 봐요."),
    ("ru", "ru", "Да, давайте собеседование во вторник."),
    ("ar", "ar", "نعم، لنقابلها يوم الثلاثاء."),
    ("he", "he", "כן, בוא נראיין אותה ביום שלישי."),
    ("el", "el", "Ναι, ας της πάρουμε συνέντευξη την Τρίτη."),
    ("hi", "hi", "हाँ, मंगलवार को इंटरव्यू रखते हैं।"),
    ("th", "th", "ได้ครับ สัมภาษณ์วันอังคาร"),
]
# A P.S. written under the signature: the person's words, kept; the signature between goes.
PS_SHAPES = [
    ("P.S. under -- ", "en", "Yes, let's interview her.\n\nMaria\n\n-- \nMaria Manager\nHead of Engineering\n\n"
                            "P.S. She can start in January.", "Yes, let's interview her.\n\nMaria\n\n"
                                                               "P.S. She can start in January."),
    ("PS: under --", "en", "Yes, interview her.\n--\nMaria Manager | Acme\n\nPS: ask about her notice period",
     "Yes, interview her.\n\nPS: ask about her notice period"),
    ("P.S. under Sent from", "en", "Yes.\n\nSent from my iPhone\n\nP.S. Omar too.", "Yes.\n\nP.S. Omar too."),
    ("P.D. under --", "es", "Sí, entrevistémosla.\n\n-- \nMaria Manager\n\nP.D. Puede empezar en enero.",
     "Sí, entrevistémosla.\n\nP.D. Puede empezar en enero."),
]


def _text_cases() -> list[tuple]:
    out = []
    for name, lang, text in OWN_TEXT:
        out.append(("text", lang, name, text, text))
        out.append(("text", lang, name + " above quote", f"{text}\n\n{HEADER}\n{QUOTED}", text))
    for name, lang, body, want in PS_SHAPES:
        out.append(("text", lang, name, body, want))
        out.append(("text", lang, name + " above quote", f"{body}\n\n{HEADER}\n{QUOTED}", want))
    return out


# ------------------------------------------------------------------------------ line and charset shapes
def mail(body: str, params: str = "", charset: str = "utf-8") -> bytes:
    """A whole text/plain mail around body (already in its wire form: CRLF or not, flowed or not)."""
    head = ("From: Maria Manager <maria@acme.example>\r\nTo: Rita Recruiter <rita@acme.example>\r\n"
            "Subject: Re: Jane Doe\r\nDate: Mon, 07 Dec 2026 11:00:00 +0100\r\nMessage-ID: <r1@acme.example>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}{params}\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + body.encode(charset)


# format=flowed (RFC 3676): a soft line break is a space before the newline; the quote depth is the ">"s with no space
# between them; a line that opens with a space, ">" or "From " is stuffed with one space.
FLOWED_ANSWER = "Yes, let's interview her on Tuesday. She looked strong on the \ntake-home and her references " \
                "were good.\n\nThanks,\nMaria\n"
FLOWED_WANT = "Yes, let's interview her on Tuesday. She looked strong on the take-home and her references were " \
              "good.\n\nThanks,\nMaria"
FLOWED_QUOTE = "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter \n<rita@acme.example> wrote:\n> Hi Maria,\n>\n" \
               "> here is Jane Doe's CV for the backend role. She has five years of \n> Go and Postgres.\n>\n" \
               ">> Any news on the backend role?\n> \n> Rita\n"


def _line_cases() -> list[tuple]:
    base = f"{ANSWER}\n\n{HEADER}\n{QUOTED}"
    bidi = "\u200f"
    shapes = [
        ("CRLF", base.replace("\n", "\r\n"), ANSWER),
        ("lone CR", base.replace("\n", "\r"), ANSWER),
        ("trailing spaces", "\n".join(x + "  " for x in base.split("\n")), ANSWER),
        ("trailing tabs", "\n".join(x + "\t" for x in base.split("\n")), ANSWER),
        ("no-break spaces in blank lines", base.replace("\n\n", "\n\xa0\n"), ANSWER),
        ("no-break space after >", f"{ANSWER}\n\n{HEADER}\n>\xa0Hi Maria,\n>\xa0here is Jane Doe's CV.\n", ANSWER),
        ("no-break spaces in header", f"{ANSWER}\n\n{HEADER.replace(' ', chr(0xa0))}\n{QUOTED}", ANSWER),
        ("zero-width space lines", base.replace("\n\n", "\n\u200b\n"), ANSWER),
        ("byte order mark", "\ufeff" + base, ANSWER),
        ("zero-width before quote", f"{ANSWER}\n\n{HEADER}\n" + "".join("\u200b" + x + "\n" for x in
                                                                       QUOTED.rstrip("\n").split("\n")), ANSWER),
        ("direction marks on quote", "כן, נראיין אותה ביום שלישי.\n\n" + HEADER + "\n" + "".join(
            bidi + x + "\n" for x in QUOTED.rstrip("\n").split("\n")), "כן, נראיין אותה ביום שלישי."),
        ("direction marks on text", bidi + "כן, נראיין אותה.\n" + bidi + "תודה,\n" + bidi + "מריה\n\n" + HEADER + "\n"
         + QUOTED, bidi + "כן, נראיין אותה.\n" + bidi + "תודה,\n" + bidi + "מריה"),
        ("no-break space indent", "\xa0\xa0Yes, interview her.\n\n" + HEADER + "\n" + QUOTED, "Yes, interview her."),
    ]
    out = [("line", "en", name, body, want) for name, body, want in shapes]
    flowed = FLOWED_ANSWER + "\n" + FLOWED_QUOTE
    out += [
        ("line", "en", "CRLF mail", mail(base.replace("\n", "\r\n")), ANSWER),
        ("line", "en", "lone CR mail", mail(base.replace("\n", "\r")), ANSWER),
        ("line", "en", "format=flowed", mail(flowed.replace("\n", "\r\n"), "; format=flowed"), FLOWED_WANT),
        ("line", "en", "format=flowed delsp", mail(
            "Yes, let's interview her on Tues \nday.\n\nThanks,\nMaria\n\n" + FLOWED_QUOTE, "; format=flowed; delsp=yes"),
         "Yes, let's interview her on Tuesday.\n\nThanks,\nMaria"),
        ("line", "en", "space-stuffed From", mail(
            " From Monday on she is free, so \nlet's interview her.\n\n" + FLOWED_QUOTE, "; format=flowed"),
         "From Monday on she is free, so let's interview her."),
        ("line", "en", "space-stuffed >", mail(
            "Yes, she has \n >5 years of Go, so let's interview her.\n\n" + FLOWED_QUOTE, "; format=flowed"),
         "Yes, she has >5 years of Go, so let's interview her."),
        ("line", "en", "space-stuffed > own line", mail(
            "Numbers so far:\n >50 applicants\n >10 screened\n\nMaria\n\n" + FLOWED_QUOTE, "; format=flowed"),
         "Numbers so far:\n>50 applicants\n>10 screened\n\nMaria"),
        ("line", "ja", "flowed iso-2022-jp", mail("はい、火曜日に面接しましょう。\n\n" + FLOWED_QUOTE, "; format=flowed",
                                                   "iso-2022-jp"), "はい、火曜日に面接しましょう。"),
    ]
    return out


def cases() -> list[tuple[str, str, str, str | bytes, str]]:
    """Every case of the sweep as (family, language, variant, message, the text that must come out)."""
    return _forward_cases() + _quote_cases() + _text_cases() + _line_cases()


def normalise(text: str) -> str:
    """The sweep's comparison: runs of white space made one (as bench/corpus_report.py's exact match)."""
    return " ".join(text.split())

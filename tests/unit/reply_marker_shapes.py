"""The "reply above this line" markers help desks and hiring apps put at the top of their notifications, which a person
answers above: a table written for this project from the shapes these products write (a line of its own, set off by
"##-", "--", "—" or "###" marks, naming the line to reply above, sometimes with what the reply does: "to post a
comment", "to reply to the candidate") and their localised versions in ~15 languages (written for this table, in the
shape the products use; not copied from any product's mail). Nothing here comes from a corpus or the held-out data.
Data only: tests/unit/test_html_reply_sweep.py asserts it, bench/html_replies.py prints the counts per app and language.

Each case is (app, family, message, the text that must come out): the person's answer and closing stay, the marker
and the notification under it go, in plain text, in HTML, and under a "> " quote with no quote header. Hard negatives
(family "keep …") are a person's sentences that name such a line: all of it stays.
"""

from __future__ import annotations

from html import escape

from html_reply_shapes import html_message
from signoff_shapes import WRITERS

# (app, marker) in English, as each kind of product sets it off.
APPS = [
    ("Zendesk", "##- Please type your reply above this line -##"),
    ("Freshdesk", "-- Please type your reply above this line --"),
    ("Help Scout", "## Please reply above this line ##"),
    ("Jira", "—-—-—-—-—-— Reply above this line."),
    ("Basecamp", "— Reply above this line to post a comment —"),
    ("Trello", "--- Reply above this line to comment on this card ---"),
    ("Intercom", "## Write ABOVE THIS LINE to reply ##"),
    ("HubSpot", "--- Reply ABOVE THIS LINE to respond ---"),
    ("Greenhouse", "--- Reply above this line to add a note ---"),
    ("Lever", "## Please reply above this line ##"),
    ("Workable", "-- Reply above this line to send your message to the candidate --"),
    ("Teamtailor", "### Reply above this line ###"),
    ("Zammad", "[---] Please reply above this line [---]"),
    ("GitHub", "Reply above this line."),
]

# The same marker in the languages these products localise it to, set off as Zendesk sets it off.
LOCALISED = {
    "de": "Bitte geben Sie Ihre Antwort über dieser Zeile ein.",
    "fr": "Veuillez saisir votre réponse au-dessus de cette ligne.",
    "es": "Escriba su respuesta por encima de esta línea.",
    "it": "Digitare la risposta sopra questa riga.",
    "pt": "Digite sua resposta acima desta linha.",
    "nl": "Typ uw antwoord boven deze regel.",
    "sv": "Skriv ditt svar ovanför den här raden.",
    "da": "Skriv dit svar over denne linje.",
    "nb": "Skriv svaret ditt over denne linjen.",
    "fi": "Kirjoita vastauksesi tämän rivin yläpuolelle.",
    "pl": "Wpisz swoją odpowiedź powyżej tej linii.",
    "cs": "Napište svou odpověď nad tento řádek.",
    "ru": "Введите свой ответ над этой строкой.",
    "tr": "Lütfen yanıtınızı bu satırın üstüne yazın.",
    "ja": "この行より上に返信を入力してください。",
    "zh": "请在此行上方输入您的回复。",
    "ko": "이 줄 위에 답장을 입력하세요.",
}

NOTIFICATION = ("Rita Recruiter (Acme Hiring)\n\nDec 7, 2026, 10:12 CET\n\nHi Maria, here is Jane Doe's CV for the "
                "backend role. Can you review it this week?\n\nThis email is a service from Acme Hiring.")

# A person's sentences naming such a line: all of it stays, above a marker or alone.
HARD_NEGATIVES = [
    "Yes. Please reply above this line next time, the bot lost your last answer.",
    "Interview her.\nCould you ask candidates to type their reply above this line? Two wrote below it.",
    "Ja. Bitte über dieser Zeile antworten, schreibt das System, also tue ich das.",
    "Reply above this line only if you want it in the ticket; otherwise mail me.",
]


def cases():
    """Every case: (app, family, message, the text that must come out); a message is a plain-text body (str), read by
    trim_reply, or an EmailMessage, read by reply_text."""
    en = WRITERS["en"]
    out = []
    markers = [(app, "en", marker) for app, marker in APPS]
    markers += [("Zendesk", lang, f"##- {text} -##") for lang, text in LOCALISED.items()]
    markers += [("Help Scout", lang, f"## {text} ##") for lang, text in LOCALISED.items()]
    markers += [("plain line", lang, text) for lang, text in LOCALISED.items()]
    for app, lang, marker in markers:
        w = WRITERS[lang]
        kept = f"{w.answer}\n\n{w.closings[0]}\n{w.first}"
        quoted = "\n".join("> " + x if x else ">" for x in f"{marker}\n\n{NOTIFICATION}".split("\n"))
        html = (f"<div>{escape(w.answer)}</div><div><br></div><div>{escape(w.closings[0])}</div><div>"
                f"{escape(w.first)}</div><br><div style=\"color:#b5b5b5\">{escape(marker)}</div><div>"
                + escape(NOTIFICATION).replace("\n", "<br>") + "</div>")
        out.append((app, f"marker {lang} plain", f"{kept}\n\n{marker}\n\n{NOTIFICATION}", kept))
        out.append((app, f"marker {lang} no blank", f"{kept}\n{marker}\n{NOTIFICATION}", kept))
        out.append((app, f"marker {lang} quoted", f"{kept}\n\n{quoted}", kept))
        out.append((app, f"marker {lang} html", html_message(html), kept))
    for text in HARD_NEGATIVES:
        kept = f"{text}\n\nThanks,\n{en.first}"
        out.append(("any", "keep marker in a sentence", kept, kept))
        out.append(("any", "keep marker in a sentence above a marker",
                    f"{kept}\n\n{APPS[0][1]}\n\n{NOTIFICATION}", kept))
    return out

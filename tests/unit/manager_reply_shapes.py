"""Whole mails of a hiring manager answering "Candidate: Jane Doe – Backend Engineer" (the recruiter's submission or
mailer's follow-up quoted under it, mailer CC'd) as company mail clients build them: Outlook desktop, web and mobile,
Gmail web and mobile, Apple Mail, iPhone, Thunderbird and Lotus/HCL Notes, each in the UI language of the row (nine
languages), with corporate signatures (title, company, address, phones, an inline logo, links), "External email"
banners, legal disclaimers under the signature or under the whole mail, Teams and Zoom invitation blocks, the
résumé re-attached, text/plain only, HTML only or both. The manager's words: one word, a decision with a comment, a
decision in a sentence, a hold, a snooze, a paragraph asking for more, a reply-all question, a forward to a colleague,
answers between quoted lines. Written blind (before reading mailer's reply rules); nothing copied from a corpus or the
held-out data. Data only: tests/unit/test_manager_reply_sweep.py asserts it, bench/manager_replies.py prints it.

Each row's lines are tagged: "own" (the manager's words: must all be kept), "cos" (a closing and the signed name:
kept by the project's convention, dropped is cosmetic), "ctx" (a quoted question an inline answer answers: either),
"noise" (signature, app line, banner, disclaimer, meeting block: kept is not the person's words) and "quote" (the
earlier mail and its head: kept is wrong, it puts the recruiter's or mailer's words in the manager's mouth).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
import random
import textwrap

import manager_reply_clients as mc
import manager_reply_render as render
import manager_reply_words as mw

CLIENTS = ("outlook desktop", "outlook web", "outlook mobile", "gmail web", "gmail mobile", "apple mail", "iphone",
           "thunderbird", "notes")
FAMILY_ORDER = ("word", "comment", "sentence", "paragraph", "hold", "question", "forward", "inline", "snooze")
POINTER = {"en": "Answers inline below.", "de": "Antworten unten im Text.", "fr": "Réponses ci-dessous.",
           "es": "Respuestas abajo.", "nl": "Antwoorden hieronder.", "it": "Risposte qui sotto.",
           "pt": "Respostas abaixo.", "pl": "Odpowiedzi poniżej.", "ja": "以下にインラインで回答します。"}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002"
                    "0001e221bc330000000049454e44ae426082")


@dataclass(frozen=True)
class Row:
    client: str
    lang: str
    family: str
    variant: str          # what decorates it: signature, banner, disclaimer, MIME shape, attachment
    raw: bytes
    lines: tuple[tuple[str, str], ...]  # every line the manager's client wrote, tagged (see the module docstring)
    decision: str         # what a recruiter reading it records: interview, pass, hold, snooze or none

    def tagged(self, *tags: str) -> list[str]:
        return [text for tag, text in self.lines if tag in tags and text.strip()]


def _head(client: str, lang: str, older: bool, forward: bool) -> list[str]:
    if client.startswith("outlook"):
        return mc.outlook_block(lang, separator=client != "outlook desktop", cc=not forward)
    if forward:
        return {"gmail web": mc.gmail_forward_block, "gmail mobile": mc.gmail_forward_block,
                "apple mail": mc.apple_forward_block, "iphone": mc.apple_forward_block,
                "thunderbird": mc.thunderbird_forward_block, "notes": mc.notes_forward_block}[client](lang)
    if client == "gmail web":
        return [mc.GMAIL_WROTE[lang]]
    if client == "gmail mobile":  # the app wraps a long attribution in its text part
        return textwrap.wrap(mc.GMAIL_WROTE[lang], 60)
    if client in {"apple mail", "iphone"}:
        return [mc.APPLE_WROTE[lang]]
    if client == "thunderbird":
        return [mc.THUNDERBIRD_WROTE[lang]]
    return mc.notes_table_block(lang) if older else mc.notes_block(lang)


def _signature(client: str, lang: str, style: str) -> list[tuple[str, str]]:
    if style == "none":
        return []
    if style == "name":
        return [("cos", "Maria")]
    lines = [("cos", mw.CLOSING[lang]), ("cos", mw.NAME)]
    if style == "corporate":
        company, address, phones = mw.COMPANY[lang]
        if client in {"thunderbird", "gmail web", "gmail mobile"}:  # their signature under "-- "
            lines = [("cos", mw.CLOSING[lang]), ("noise", "-- "), ("cos", mw.NAME)]
        lines += [("noise", mw.TITLE[lang]), ("noise", company), ("noise", address), ("noise", phones)]
        if client.startswith("outlook") or client == "notes":
            lines.append(("noise", mw.LOGO_TEXT))
        lines.append(("noise", mw.SOCIAL))
    return lines


def _app_line(client: str, lang: str, ios: bool) -> list[tuple[str, str]]:
    if client == "iphone":
        return [("noise", mc.SENT_FROM_IPHONE[lang])]
    if client == "outlook mobile":
        return [("app", (mc.GET_OUTLOOK if ios else mc.GET_OUTLOOK_ANDROID)[lang])]
    return []


def _quoted(lang: str, follow_up: bool) -> list[tuple[str, str]]:
    source = mw.FOLLOWUP if follow_up else mw.SUBMISSION[lang]
    return [("quote", text) for text in (source[0], "", *source[1:3], "", *source[3:])]


def layout(i: int, lang: str, client: str, family: str) -> tuple[list[render.Segment], str, str]:
    """(segments, the decision a reader records, the variant's description) of row i."""
    rnd = random.Random(i)  # decorations drawn per row, so none goes with one client, language or family only
    sig_style = rnd.choice(("plain", "corporate", "name", "none"))
    banner, disclaimer = rnd.random() < 0.2, rnd.choice(("none", "signature", "bottom"))
    follow_up, meeting = rnd.random() < 0.35, rnd.choice(("none", "teams", "zoom"))
    words, decision = (mw.FAMILIES[family][0][lang], mw.FAMILIES[family][1]) if family != "inline" else \
        ((), mw.INLINE_DECISION)
    own = [] if family == "word" and rnd.random() < 0.5 else [("own", mw.GREETING[lang]), ("own", "")]
    segments: list[render.Segment] = []
    if banner:
        segments.append(("banner", [("noise", mw.BANNER.get(lang, mw.BANNER["en"]))]))
    tail = _signature(client, lang, sig_style)
    tail = ([("own", "")] if tail else []) + tail + _app_line(client, lang, rnd.random() < 0.5)
    if disclaimer == "signature":
        tail += [("noise", ""), ("noise", mw.DISCLAIMER[lang])]
    if family == "inline":
        (q1, a1), (q2, a2) = mw.INLINE[lang]
        quoted = _quoted(lang, follow_up)
        head = [("quote", t) for t in _head(client, lang, rnd.random() < 0.5, False)]
        segments += [("text", own + [("own", POINTER[lang])]), ("head", head),
                     ("quoted", [("ctx", t) for _, t in quoted[:3]] + [("ctx", q1)]), ("text", [("own", a1)]),
                     ("quoted", [("ctx", q2)]), ("text", [("own", a2)]),
                     ("quoted", [("ctx", t) for _, t in quoted[-2:]]), ("text", tail)]
    else:
        text = own + [("own", w) for w in words]
        if family == "sentence" and meeting != "none":
            text += [("own", "")] + [("noise", t) for t in (mw.TEAMS if meeting == "teams" else mw.ZOOM)]
        forward = family == "forward"
        head = [("quote", t) for t in _head(client, lang, rnd.random() < 0.5, forward)]
        quoted = ("fwd" if forward else "quoted", _quoted(lang, follow_up))
        if client == "thunderbird" and rnd.random() < 0.5 and not forward:  # bottom-posting, Thunderbird's default
            segments += [("head", head), quoted, ("text", [("own", "")] + text + tail)]
        else:
            segments += [("text", text + tail), ("head", head), quoted]
    if disclaimer == "bottom":
        segments.append(("text", [("noise", ""), ("noise", mw.DISCLAIMER[lang])]))
    variant = f"sig {sig_style}" + (" +banner" if banner else "") + (f" +disclaimer@{disclaimer}"
                                                                       if disclaimer != "none" else "")
    return segments, decision, variant


def _mime(draw: float, client: str) -> str:
    if client == "notes":
        return "plain" if draw < 0.6 else "alternative"
    if client == "thunderbird":
        return "plain" if draw < 0.7 else "alternative"
    if client == "iphone":
        return "plain" if draw < 0.2 else "alternative"
    return "alternative" if draw < 0.65 else "html"


def build(i: int, lang: str, client: str, family: str) -> Row:
    segments, decision, variant = layout(i, lang, client, family)
    rnd = random.Random(-i)
    shape, resume = _mime(rnd.random(), client), rnd.random() < 0.25
    msg = EmailMessage()
    msg["From"] = mc.MARIA
    forward = family == "forward"
    msg["To"] = "Tom Teammate <tom@acme.test>" if forward else mc.RITA
    msg["Cc"] = ", ".join(["mailer@acme.test"] + (["Tom Teammate <tom@acme.test>"] if family == "question" else []))
    prefix = (mc.FORWARD_PREFIX if forward else mc.REPLY_PREFIX)[lang] if client.startswith("outlook") else \
        ("Fwd:" if forward else "Re:")
    msg["Subject"] = f"{prefix} {mc.SUBJECT}"
    msg["Date"] = "Mon, 07 Dec 2026 11:30:00 +0100"
    msg["Message-ID"] = f"<reply{i}@{client.replace(' ', '-')}.acme.test>"
    msg["In-Reply-To"] = "<s1@x>"
    msg["References"] = "<s1@x>"
    msg["Content-Language"] = {"en": "en-GB", "ja": "ja-JP"}.get(lang, lang)
    agent = {"outlook desktop": ("X-Mailer", "Microsoft Outlook 16.0"), "thunderbird": (
        "User-Agent", "Mozilla Thunderbird"), "notes": ("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
        "iphone": ("X-Mailer", "iPhone Mail (21B101)"), "apple mail": ("X-Mailer", "Apple Mail (2.3774.300.61)")}
    if client in agent:
        msg[agent[client][0]] = agent[client][1]
    if client.startswith("outlook"):
        msg["Thread-Topic"] = mc.SUBJECT
        msg["Thread-Index"] = "AQHbSCn0x2vJ3kqLhE6c1a2b3c4d5e6f7g=="
    text, markup = render.plain(client, segments), render.html(client, segments)
    if shape == "html":
        msg.set_content(markup, subtype="html")
    else:
        msg.set_content(text)
        if shape == "alternative":
            msg.add_alternative(markup, subtype="html")
            if "image001" in markup:  # Outlook's logo travels as an inline image next to the HTML
                msg.get_payload()[1].add_related(PNG, "image", "png", cid="<image001.png@01DB4A2C.5E3F1A20>")
    if resume:
        msg.add_attachment(b"%PDF-1.4\n% Jane Doe CV\n", maintype="application", subtype="pdf",
                           filename="Jane_Doe_CV.pdf")
    lines = tuple(line for _, seg in segments for line in seg)
    variant += f" {shape}" + (" +resume" if resume else "")
    return Row(client, lang, family, variant, bytes(msg), lines, decision)


def cases() -> list[Row]:
    """Every language × client, three families each (a rotation, so each family meets each language thrice)."""
    rows, i = [], 0
    for li, lang in enumerate(mw.LANGS):
        for ci, client in enumerate(CLIENTS):
            for k in range(3):
                family = FAMILY_ORDER[(li + ci * 3 + k) % len(FAMILY_ORDER)]
                if family == "inline" and client not in render.QUOTING:
                    family = "comment"  # Outlook and Notes do not mark quoted lines: no inline answers there
                rows.append(build(i, lang, client, family))
                i += 1
    return rows

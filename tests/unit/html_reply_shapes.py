"""How real mail clients mark up a reply in HTML, and the "reply above this line" markers of help desks and apps: a
table written for this project from the clients' published or observable markup conventions (the class names and ids
their composers write: Gmail's gmail_quote/gmail_attr/gmail_signature, Outlook's divRplyFwdMsg, appendonsend, the
border-top:solid #E1E1E1 header block, MsoNormal paragraphs and <o:p>, Apple Mail's and iOS's blockquote type=cite,
Thunderbird's moz-cite-prefix/moz-signature, Yahoo's yahoo_quoted and ydp-prefixed classes, Proton's
protonmail_quote, Zimbra's data-marker divs, Fastmail's blockquote id=qt, Spark's messageReplySection, Front's
front-blockquote, Missive's missive_quote, Hey's trix-content, GMX/WEB.DE's bordered header block, Mail.ru, Yandex,
QQ/Foxmail, 163 and Naver) and the notification footers of Zendesk, Freshdesk, Help Scout, Jira and others in ~15
languages. One made-up manager per language (tests/unit/signoff_shapes.py), one recruiter's quote; nothing here is
copied from a corpus or from the held-out data (the clients' markup is in tests/unit/html_client_shapes.py). Data only:
tests/unit/test_html_reply_sweep.py asserts it, bench/html_replies.py prints the counts per client and family.

Each case is (client, family, message, the text that must come out). The convention is the labelled sets' one
(tests/data/replies/README.md): the greeting, the text, a closing and the name line under it stay; quote headers, the
quoted history, signature blocks, app footers and everything under a reply-above marker go. Lines are compared with
their runs of spaces made one (so `&nbsp;` reads as a space) and blank lines left out: a word split over two lines, a
table row read as one word or a lost line break all count as wrong. Hard negatives (family "keep …") are a person's
own markup shaped like a quote: all of it stays.
"""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

from html_client_shapes import ANSWER, CLIENTS, MARKUPS, apple, div_lines, fastmail, gmail, mso, outlook_desktop, \
    outlook_web, p_paragraphs, paragraphs_text, thunderbird, yahoo
from quote_header_shapes import GMAIL, OUTLOOK
from signoff_shapes import WRITERS


# ------------------------------------------------------------------------------ answers with lists and tables
LIST_ANSWER = ("<div>Hi Rita,</div><div><br></div><div>Yes to these two:</div><ul><li>Jane Doe</li><li>Omar Khan<ul>"
               "<li>only on Tuesday</li></ul></li></ul><div><br></div><div>Thanks,</div><div>Maria</div>")
LIST_WANT = "Hi Rita,\n\nYes to these two:\nJane Doe\nOmar Khan\nonly on Tuesday\n\nThanks,\nMaria"
TABLE_ANSWER = ('<div>Hi Rita,</div><div><br></div><div>These slots work for me:</div><table border="1" '
                'cellpadding="4" style="border-collapse:collapse"><tbody><tr><th>Day</th><th>Time</th></tr><tr><td>'
                '<span style="font-size:11pt">Tue 8 Dec</span></td><td>10:00</td></tr><tr><td>Wed 9 Dec</td><td>14:30'
                '</td></tr></tbody></table><div><br></div><div>Thanks,</div><div>Maria</div>')
TABLE_WANT = "Hi Rita,\n\nThese slots work for me:\nDay Time\nTue 8 Dec 10:00\nWed 9 Dec 14:30\n\nThanks,\nMaria"

# ------------------------------------------------------------------------------ signatures and app footers
# (client, the markup its composer puts under the person's closing and name, above the history)
SIGNATURES = [
    ("Gmail", '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
              'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Maria Manager<div>Head of '
              'Engineering</div><div>Acme Inc. | +1 (555) 123-4567</div></div></div>'),
    ("Gmail", '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Maria Manager'
              '<div>Head of Engineering</div><div>+1 (555) 123-4567 | <a href="https://acme.example">acme.example</a>'
              '</div></div></div>'),
    ("Thunderbird", '<pre class="moz-signature" cols="72">-- \nMaria Manager\nHead of Engineering, Acme Inc.\n'
                    '+1 (555) 123-4567</pre>'),
    ("Outlook desktop", '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><b><span style="color:#1F3864">'
                        'Maria Manager</span></b><o:p></o:p></p><p class=MsoNormal><span style="color:#1F3864">Head '
                        'of Engineering | Acme Inc.</span><o:p></o:p></p><p class=MsoNormal>T: +1 (555) 123-4567'
                        '<o:p></o:p></p>'),
    ("Outlook mobile", '<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr"><div>Get <a '
                       'href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>'),
    ("iOS Mail", '<div dir="ltr"><br></div><div dir="ltr">Sent from my iPhone</div>'),
    ("Yahoo", '<div><br></div><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid='
              'InProduct">Sent from Yahoo Mail on Android</a></div>'),
    ("Mail.ru", '<div>&nbsp;</div><div>--<br>Отправлено из мобильной Почты Mail.ru</div>'),
    ("Yandex", '<div>&nbsp;</div><div>-- <br>Отправлено из мобильной Яндекс Почты</div>'),
    ("QQ", '<div><br></div><div style="color:#909090;font-size:12px">发自我的iPhone</div>'),
    ("GMX", '<div>&nbsp;</div><div>Gesendet mit der mobilen Mail App</div>'),
    ("Outlook desktop", '<p class=MsoNormal><o:p>&nbsp;</o:p></p><table class=MsoNormalTable border=0 cellspacing=0 '
                        'cellpadding=0><tr><td style="padding:0 12pt 0 0"><p class=MsoNormal><img width=64 height=64 '
                        'src="cid:logo.png" alt="Acme"></p></td><td><p class=MsoNormal><b>Maria Manager</b></p><p '
                        'class=MsoNormal>Head of Engineering</p><p class=MsoNormal>Acme Inc. | +1 (555) 123-4567</p>'
                        '</td></tr></table>'),
    ("Outlook web", '<div><br></div><div id="Signature"><div>Maria Manager</div><div>Head of Engineering | Acme Inc.'
                    '</div><div>+1 (555) 123-4567 | acme.example</div></div>'),
    ("Tuta", '<div><br></div><div>--<br>Securely sent with Tuta mail</div>'),
    ("Zimbra", '<div><br></div><div data-marker="__SIG_PRE__">Maria Manager<br>Head of Engineering<br>'
               '+1 (555) 123-4567</div>'),
]

# A multipart/alternative whose text/plain part disagrees with its HTML part: a placeholder for mail readers without
# HTML, or nothing; the HTML part holds the answer.
PLACEHOLDERS = [
    "", " \n\n", "\xa0",
    "This message is in HTML format. Please use an HTML-capable mail program to read it.",
    "To view this message, please use an HTML-compatible email viewer.",
    "[This email contains HTML. View it in an HTML-capable email client.]",
    "Your email client does not support HTML messages.",
    "Diese Nachricht ist im HTML-Format. Bitte verwenden Sie ein HTML-fähiges E-Mail-Programm.",
    "Ce message est au format HTML. Veuillez utiliser un logiciel de messagerie compatible HTML.",
]

# A person's own markup that looks like a quote, a header or a marker: all of their words stay. An editor's indent (a
# blockquote with no border, as Gmail's "Indent more" writes it) is their layout and reads as their text; a quote they
# made with a cite blockquote between their lines is read as the reader marks quotes, "> ", like quoted lines between
# paragraphs.
EMPHASIS = '<blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>{}</div></blockquote>'
HARD_NEGATIVES = [
    ("emphasis blockquote", "<div>Yes, interview her. Her last manager put it best:</div>"
     + EMPHASIS.format("She shipped the payments migration on her own.")
     + "<div><br></div><div>Thanks,</div><div>Maria</div>",
     "Yes, interview her. Her last manager put it best:\nShe shipped the payments migration on her own.\n\n"
     "Thanks,\nMaria"),
    ("emphasis blockquote above signature", "<div>Interview her. Her referee wrote:</div>"
     + EMPHASIS.format("She is the best engineer I have worked with.")
     + SIGNATURES[0][1],
     "Interview her. Her referee wrote:\nShe is the best engineer I have worked with."),
    ("quote button blockquote above signature", "<div>Interview her. Her referee wrote:</div><blockquote "
     'style="border-left:3px solid #ccc;padding-left:8px"><div>She is the best engineer I have worked with.</div>'
     "</blockquote>" + SIGNATURES[0][1],
     "Interview her. Her referee wrote:\n> She is the best engineer I have worked with."),
    ("emphasis blockquote", '<div>Pass, sorry. The brief said:</div><blockquote type="cite">'
     "<div>Five years of Go in production.</div></blockquote><div>She has one.</div><div><br></div>"
     "<div>Best,</div><div>Maria</div>",
     "Pass, sorry. The brief said:\n> Five years of Go in production.\nShe has one.\n\nBest,\nMaria"),
    ("slots table", TABLE_ANSWER, TABLE_WANT),
    ("candidates list", LIST_ANSWER, LIST_WANT),
    ("candidates list", "<div>Let's interview these three:</div><ol><li><b>Jane Doe</b> - backend</li><li>"
     "<b>Omar Khan</b> - data</li><li><b>Li Wei</b> - mobile</li></ol><div>Maria</div>",
     "Let's interview these three:\nJane Doe - backend\nOmar Khan - data\nLi Wei - mobile\nMaria"),
    ("marker in a sentence", "<div>Yes. Could candidates please reply above this line in the template? Two "
     "answered below it.</div><div><br></div><div>Thanks,</div><div>Maria</div>",
     "Yes. Could candidates please reply above this line in the template? Two answered below it.\n\nThanks,\nMaria"),
    ("marker in a sentence", "<div>Interview her.</div><div>The bot says to type your reply above this line, so "
     "I did.</div><div>Maria</div>",
     "Interview her.\nThe bot says to type your reply above this line, so I did.\nMaria"),
]


def html_message(html: str, plain: str | None = None) -> EmailMessage:
    """A reply as mail: HTML only, or a text/plain part (plain) with the HTML as its alternative."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Maria Manager <maria@acme.example>", "rita@acme.example", "Re: Jane Doe"
    if plain is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(html, subtype="html")
    return msg


def _localized() -> list[tuple[str, str, str, str]]:
    """(client, family, html, want): Gmail's attribution and Outlook's header block in each writer's language."""
    gmail_headers, outlook_blocks = dict(GMAIL), {lang: (labels, date) for lang, labels, date, _ in OUTLOOK}
    out = []
    for lang, w in WRITERS.items():
        key = {"pt": "pt-BR", "zh": "zh-CN"}.get(lang, lang)
        paragraphs = ((w.answer,), (w.closings[0], w.first)) if "\n" not in w.closings[0] else \
            ((w.answer,), (*w.closings[0].split("\n"), w.first))
        want = paragraphs_text(paragraphs)
        out.append(("Gmail", "language " + lang, gmail(div_lines(paragraphs), escape(gmail_headers[key])), want))
        labels, date = outlook_blocks[key]
        out.append(("Outlook desktop", "language " + lang, outlook_desktop(mso(paragraphs), labels, date), want))
        out.append(("Outlook web", "language " + lang, outlook_web(p_paragraphs(paragraphs), labels, date), want))
    return out


def cases() -> list[tuple[str, str, EmailMessage, str]]:
    """Every case of the sweep: (client, family, message, the text that must come out)."""
    want = paragraphs_text(ANSWER)
    out = []
    for client, write in CLIENTS.items():
        for name, markup in MARKUPS.items():
            out.append((client, "markup " + name, html_message(write(markup(ANSWER))), want))
        out.append((client, "list", html_message(write(LIST_ANSWER)), LIST_WANT))
        out.append((client, "table", html_message(write(TABLE_ANSWER)), TABLE_WANT))
    for client, family, html, text in _localized():
        out.append((client, family, html_message(html), text))
    for client, signature in SIGNATURES:
        write = CLIENTS.get(client, gmail) if client != "Outlook mobile" else outlook_web
        out.append((client, "signature", html_message(write(div_lines(ANSWER) + signature)), want))
    for name, write in (("Thunderbird", thunderbird), ("Apple Mail", apple), ("Fastmail", fastmail), ("Yahoo", yahoo)):
        bottom = write("").replace("</body></html>", "") + div_lines(ANSWER)
        out.append((name, "bottom posted", html_message(bottom), want))
    for plain in PLACEHOLDERS:
        out.append(("Gmail", "text part disagrees", html_message(gmail(div_lines(ANSWER)), plain), want))
        out.append(("Outlook web", "text part disagrees", html_message(outlook_web(div_lines(ANSWER)), plain), want))
    for family, html, text in HARD_NEGATIVES:
        out.append(("any", "keep " + family, html_message(html), text))
        out.append(("Gmail", "keep " + family + " quoted", html_message(gmail(html)), text))
    return out

"""How each mail client marks up a reply in HTML (its composer's classes, ids and styles, from the clients' published
or observable conventions: see tests/unit/html_reply_shapes.py, which builds the sweep's cases from these) and how a
person's text may be marked up inside it. Data only, written for this project; nothing is copied from a corpus.
"""

from __future__ import annotations

from html import escape

from signoff_shapes import WRITERS

RITA = "Rita Recruiter &lt;rita@acme.example&gt;"
HISTORY = ("Hi Maria,", "here is Jane Doe's CV for the backend role.", "Rita")
EN = WRITERS["en"]
# The person's answer, as paragraphs of lines (greeting, text, closing and name): what must come out.
ANSWER = (("Hi Rita,",), (EN.answer,), (EN.closings[0], EN.first))


def paragraphs_text(paragraphs) -> str:
    return "\n\n".join("\n".join(p) for p in paragraphs)


# ------------------------------------------------------------------------------ how a person's text is marked up
def div_lines(paragraphs) -> str:
    """Gmail, Apple Mail, Yahoo, Proton: a <div> per line, an empty <div><br></div> between paragraphs."""
    blank = "<div><br></div>"
    return blank.join("".join(f"<div>{escape(x)}</div>" for x in p) for p in paragraphs)


def p_paragraphs(paragraphs) -> str:
    """Thunderbird, Outlook web: a <p> per paragraph, <br> inside it."""
    return "".join("<p>" + "<br>".join(escape(x) for x in p) + "</p>" for p in paragraphs)


def br_lines(paragraphs) -> str:
    """Webmail composers (GMX, Mail.ru, QQ): lines separated by <br> only."""
    return "<br><br>".join("<br>".join(escape(x) for x in p) for p in paragraphs) + "<br>"


def mso(paragraphs) -> str:
    """Outlook desktop (Word): a MsoNormal paragraph per line with <o:p>, &nbsp; paragraphs between."""
    blank = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return blank.join("".join(f"<p class=MsoNormal><span lang=EN-US>{escape(x)}<o:p></o:p></span></p>" for x in p)
                      for p in paragraphs)


def split_spans(paragraphs) -> str:
    """A line whose words the editor split over styled <span>s (a spell-check, a pasted font, a colour change)."""
    def spans(line: str) -> str:
        cut = [0, len(line) // 3, 2 * len(line) // 3, len(line)]
        return "".join(f'<span style="font-family:Arial;color:#222">{escape(line[a:b])}</span>'
                       for a, b in zip(cut, cut[1:]))
    return "<div><br></div>".join("".join(f"<div>{spans(x)}</div>" for x in p) for p in paragraphs)


def nbsp(paragraphs) -> str:
    """Spaces written as &nbsp; (Outlook web, Yahoo, editors that keep double spaces), blank lines as &nbsp; divs."""
    return "<div>&nbsp;</div>".join("".join(f"<div>{escape(x).replace(' ', '&nbsp;')}</div>" for x in p)
                                    for p in paragraphs)


def pre(paragraphs) -> str:
    """Text kept as typed, its line breaks in the source: a <pre> (plain-text composers that send HTML) or a <div>
    styled white-space:pre-wrap (chat-like composers)."""
    return f"<pre>{escape(paragraphs_text(paragraphs))}</pre>"


def pre_wrap(paragraphs) -> str:
    return f'<div style="white-space:pre-wrap">{escape(paragraphs_text(paragraphs))}</div>'


MARKUPS = {"div": div_lines, "p": p_paragraphs, "br": br_lines, "mso": mso, "spans": split_spans, "nbsp": nbsp,
           "pre": pre, "pre-wrap": pre_wrap}


def quote_lines() -> str:
    return div_lines([HISTORY[:1], HISTORY[1:2], HISTORY[2:]])


# ------------------------------------------------------------------------------ how each client writes the history
def gmail(answer: str, header: str = f"On Mon, Dec 7, 2026 at 10:12 AM {RITA} wrote:") -> str:
    return (f'<div dir="ltr">{answer}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
            f'class="gmail_attr">{header}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quote_lines()}</blockquote></div>')


def gmail_classic(answer: str) -> str:
    """Gmail before 2019: the attribution is text of div.gmail_quote itself, inside div.gmail_extra."""
    return (f'<div dir="ltr">{answer}</div><div class="gmail_extra"><br><div class="gmail_quote">On Mon, Dec 7, 2026 '
            f'at 10:12 AM, {RITA} wrote:<br><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
            f'#ccc solid;padding-left:1ex">{quote_lines()}</blockquote></div><br></div>')


def outlook_2003(answer: str) -> str:
    return (f'<div dir=ltr align=left>{answer}</div><br><div class=OutlookMessageHeader lang=en-us dir=ltr '
            f'align=left><hr tabindex=-1><font face=Tahoma size=2><b>From:</b> Rita Recruiter [mailto:rita@acme.'
            f'example] <br><b>Sent:</b> Monday, December 07, 2026 10:12 AM<br><b>To:</b> Maria Manager<br><b>Subject:'
            f'</b> Jane Doe<br></font><br></div><div></div>{quote_lines()}')


def outlook_desktop(answer: str, labels=("From", "Sent", "To", "Subject"),
                    date: str = "Monday, December 7, 2026 10:12 AM") -> str:
    frm, sent, to, subject = labels
    return (f'<div class=WordSection1>{answer}<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style="border:none;'
            f'border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b><span lang=EN-US>{frm}:'
            f'</span></b><span lang=EN-US> {RITA} <br><b>{sent}:</b> {date}<br><b>{to}:</b> Maria Manager '
            f'&lt;maria@acme.example&gt;<br><b>{subject}:</b> Jane Doe<o:p></o:p></span></p></div></div>'
            f'<p class=MsoNormal><o:p>&nbsp;</o:p></p>{mso([HISTORY[:1], HISTORY[1:2], HISTORY[2:]])}</div>')


def outlook_web(answer: str, labels=("From", "Sent", "To", "Subject"),
                date: str = "Monday, December 7, 2026 10:12 AM") -> str:
    frm, sent, to, subject = labels
    return (f'<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">{answer}</div>'
            f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>{frm}:</b> {RITA}<br><b>{sent}:</b> {date}<br><b>{to}:</b> Maria Manager '
            f'&lt;maria@acme.example&gt;<br><b>{subject}:</b> Jane Doe</font><div>&nbsp;</div></div>'
            f'<div>{quote_lines()}</div>')


def outlook_new(answer: str) -> str:
    """The new Outlook and Outlook on the web since 2023: the history in a reference-message container."""
    return (f'<div class="elementToProof">{answer}</div><div id="mail-editor-reference-message-container"><div '
            f'class="ms-outlook-mobile-reference-message skipProofing"><hr style="display:inline-block;width:98%">'
            f'<div style="font-family:Aptos;font-size:12pt"><b>From: </b>{RITA}<br><b>Sent: </b>Monday, December 7, '
            f'2026 10:12 AM<br><b>To: </b>Maria Manager &lt;maria@acme.example&gt;<br><b>Subject: </b>Jane Doe<br>'
            f'<br></div>{quote_lines()}</div></div>')


def apple(answer: str) -> str:
    return (f'<html class="apple-mail-supports-explicit-dark-mode"><body>{answer}<div><br><blockquote type="cite">'
            f'<div>On Dec 7, 2026, at 10:12, {RITA} wrote:</div><br class="Apple-interchange-newline"><div>'
            f'{quote_lines()}</div></blockquote></div></body></html>')


def ios(answer: str) -> str:
    return (f'<html><body dir="auto">{answer}<div dir="ltr"><br><blockquote type="cite">On Dec 7, 2026, at 10:12, '
            f'{RITA} wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{quote_lines()}</div>'
            f'</blockquote></body></html>')


def thunderbird(answer: str) -> str:
    return (f'<html><body>{answer}<div class="moz-cite-prefix">On 12/7/26 10:12 AM, Rita Recruiter wrote:<br></div>'
            f'<blockquote type="cite" cite="mid:abc@acme.example">{quote_lines()}</blockquote><br></body></html>')


def yahoo(answer: str) -> str:
    return (f'<div class="ydp5f3e1c2ayahoo-style-wrap" style="font-family:Helvetica Neue;font-size:13px">'
            f'<div dir="ltr" data-setdir="false">{answer}</div></div><div id="ydp3c2b1yahoo_quoted_1234" '
            f'class="ydp3c2b1yahoo_quoted"><div style="font-family:Helvetica Neue;font-size:13px;color:#26282a">'
            f'<div>On Monday, December 7, 2026, 10:12:00 AM GMT+1, {RITA} wrote:</div><div><br></div><div><br></div>'
            f'<div><div dir="ltr">{quote_lines()}</div></div></div></div>')


def proton(answer: str) -> str:
    return (f'<div style="font-family:Arial;font-size:14px">{answer}</div><div style="font-family:Arial;'
            f'font-size:14px"><br></div><div class="protonmail_signature_block"><div class="protonmail_signature_'
            f'block-user protonmail_signature_block-empty"></div><div class="protonmail_signature_block-proton">Sent '
            f'with <a href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div><br><div '
            f'class="protonmail_quote">On Monday, December 7th, 2026 at 10:12 AM, {RITA} wrote:<br><br><blockquote '
            f'class="protonmail_quote" type="cite">{quote_lines()}</blockquote><br></div>')


def zimbra(answer: str) -> str:
    return (f'<html><body><div style="font-family:arial,helvetica,sans-serif;font-size:12pt;color:#000000"><div>'
            f'{answer}</div><div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>'
            f'From: </b>"Rita Recruiter" &lt;rita@acme.example&gt;<br><b>To: </b>"Maria Manager" &lt;maria@acme.'
            f'example&gt;<br><b>Sent: </b>Monday, December 7, 2026 10:12:00 AM<br><b>Subject: </b>Jane Doe<br></div>'
            f'<br><div data-marker="__QUOTED_TEXT__">{quote_lines()}</div></div></body></html>')


def fastmail(answer: str) -> str:
    return (f'<!DOCTYPE html><html><head><title></title></head><body>{answer}<div><br></div><div>On Mon, Dec 7, 2026, '
            f'at 10:12, Rita Recruiter wrote:<br></div><blockquote type="cite" id="qt" style="">{quote_lines()}'
            f'</blockquote><div><br></div></body></html>')


def superhuman(answer: str) -> str:
    return (f'<div><div><div>{answer}</div></div><br><div class="gmail_signature"><div style="color:#9c9c9c">Sent via '
            f'<a href="https://superhuman.com/">Superhuman</a></div></div><br><div><div class="gmail_quote sh-quoted-'
            f'content">On Mon, Dec 07, 2026 at 10:12 AM, Rita Recruiter <span dir="ltr">&lt;<a href="mailto:rita@acme'
            f'.example">rita@acme.example</a>&gt;</span> wrote:<br><blockquote class="gmail_quote" style="margin:0 0 0 '
            f'.8ex;border-left:1px #ccc solid;padding-left:1ex">{quote_lines()}</blockquote></div></div></div>')


def spark(answer: str) -> str:
    return (f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body><div name="messageBody'
            f'Section">{answer}</div><div name="messageSignatureSection"><br><div class="matchFont">Sent with <a '
            f'href="https://sparkmailapp.com">Spark</a></div></div><div name="messageReplySection">On 7 Dec 2026 at '
            f'10:12 +0100, {RITA}, wrote:<br><blockquote type="cite" class="spark_quote" style="margin:5px 5px;'
            f'padding-left:10px;border-left:thin solid #1abc9c">{quote_lines()}</blockquote></div></body></html>')


def front(answer: str) -> str:
    return (f'<div>{answer}</div><br><blockquote type="cite" class="front-blockquote">On Mon, Dec 7, 2026 at 10:12 AM '
            f'GMT+1 <a href="mailto:rita@acme.example">rita@acme.example</a> wrote:<br><br><div class="front-email-'
            f'body">{quote_lines()}</div></blockquote>')


def missive(answer: str) -> str:
    return (f'<div>{answer}<div><br></div><div>On December 7, 2026 at 10:12 AM, Rita Recruiter (rita@acme.example) '
            f'wrote:</div><div class="missive_quote"><blockquote style="margin-top:0;margin-bottom:0" type="cite">'
            f'{quote_lines()}</blockquote></div></div>')


def hey(answer: str) -> str:
    return (f'<div class="trix-content"><div>{answer}</div><div><br>On December 7, 2026, {RITA} wrote:<br>'
            f'<blockquote>{quote_lines()}</blockquote></div></div>')


def gmx(answer: str) -> str:
    return (f'<html><head></head><body><div style="font-family:Verdana;font-size:12.0px"><div>{answer}</div><div>'
            f'&nbsp;</div><div>&nbsp;<div style="margin:10.0px 5.0px 5.0px 10.0px;padding:10.0px 0 10.0px 10.0px;'
            f'border-left:2.0px solid #c3d9e5"><div style="margin:0 0 10.0px 0"><b>Gesendet:</b>&nbsp;Montag, 07. '
            f'Dezember 2026 um 10:12 Uhr<br><b>Von:</b>&nbsp;"Rita Recruiter" &lt;rita@acme.example&gt;<br><b>An:'
            f'</b>&nbsp;maria@acme.example<br><b>Betreff:</b>&nbsp;Jane Doe</div><div name="quoted-content">'
            f'{quote_lines()}</div></div></div></div></body></html>')


def mailru(answer: str) -> str:
    return (f'<html><body>{answer}<div>&nbsp;</div><blockquote style="border-left:1px solid #0857A6;margin:10px;'
            f'padding:0 0 0 10px">Понедельник, 7 декабря 2026, 10:12 +03:00 от Rita Recruiter &lt;<a href="mailto:'
            f'rita@acme.example">rita@acme.example</a>&gt;:<br>&nbsp;<div id=""><div class="js-helper js-readmsg-msg">'
            f'{quote_lines()}</div></div></blockquote></body></html>')


def yandex(answer: str) -> str:
    return (f'<div>{answer}</div><div>&nbsp;</div><div>07.12.2026, 10:12, "Rita Recruiter" &lt;rita@acme.example'
            f'&gt;:</div><blockquote>{quote_lines()}</blockquote>')


def qq(answer: str) -> str:
    return (f'<div>{answer}</div><div><br></div><div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 '
            f'2px 0">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size:12px;'
            f'background:#efefef;padding:8px"><div><b>发件人:</b>&nbsp;"Rita Recruiter"&lt;rita@acme.example&gt;;</div>'
            f'<div><b>发送时间:</b>&nbsp;2026年12月7日(星期一) 上午10:12</div><div><b>收件人:</b>&nbsp;"Maria"&lt;maria@'
            f'acme.example&gt;;</div><div><b>主题:</b>&nbsp;Jane Doe</div></div><div><br></div>{quote_lines()}')


def foxmail(answer: str) -> str:
    return (f'<div>{answer}</div><div><br></div><hr style="width:210px;height:1px" color="#b5c4df" size="1" '
            f'align="left"><div><span>maria@acme.example</span></div><blockquote style="margin-top:0px;margin-bottom:'
            f'0px;margin-left:0.5em"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm '
            f'0cm"><div style="padding-right:8px;padding-left:8px;font-size:12px;font-family:tahoma;color:#000000;'
            f'background:#efefef;padding-bottom:8px;padding-top:8px"><div><b>From:</b>&nbsp;<a href="mailto:rita@acme.'
            f'example">Rita Recruiter</a></div><div><b>Date:</b>&nbsp;2026-12-07&nbsp;10:12</div><div><b>To:</b>&nbsp;'
            f'Maria</div><div><b>Subject:</b>&nbsp;Jane Doe</div></div></div><div>{quote_lines()}</div></blockquote>')


def netease(answer: str) -> str:
    return (f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{answer}<br><br>'
            f'<div id="divNeteaseMailCard"></div><br>在 2026-12-07 10:12:00，"Rita Recruiter" &lt;rita@acme.example&gt; '
            f'写道：<br><blockquote id="isReplyContent" style="padding-left:1ex;margin:0px 0px 0px 0.8ex;border-left:'
            f'#ccc 1px solid">{quote_lines()}</blockquote></div>')


def naver(answer: str) -> str:
    return (f'<div>{answer}</div><br><br>-----Original Message-----<br><b>From:</b> "Rita Recruiter"&lt;rita@acme.'
            f'example&gt;<br><b>To:</b> "Maria"&lt;maria@acme.example&gt;;<br><b>Cc:</b> <br><b>Sent:</b> 2026-12-07 '
            f'(월) 10:12:00 (GMT+09:00)<br><b>Subject:</b> Jane Doe<br>&nbsp;<br>{quote_lines()}')


def zoho(answer: str) -> str:
    return (f'<div style="font-family:Verdana,Arial;font-size:10pt"><div>{answer}</div><div><br></div><div class='
            f'"zmail_extra_hr" style="border-top:1px solid #ccc;height:0;margin:10px 0;line-height:0"><br></div><div '
            f'class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">---- On Mon, 07 Dec 2026 '
            f'10:12:00 +0100 <b>{RITA}</b> wrote ---<br></div><div><br></div><blockquote style="border-left:1px solid '
            f'#0000FF;padding-left:6px;margin:0 0 0 5px">{quote_lines()}</blockquote></div><div><br></div></div>')


def zoho_classic(answer: str) -> str:
    """Zoho Mail's older composer: a "beforequote" title on the attribution, the history unquoted under it."""
    return (f'<div>{answer}</div><div title="beforequote:::">---- On Mon, 07 Dec 2026 10:12:00 +0100 <b>Rita '
            f'Recruiter&lt;rita@acme.example&gt;</b> wrote ----<br></div><div>{quote_lines()}</div>')


def notion(answer: str) -> str:
    return (f'<div>{answer}</div><blockquote class="notion-mail-quote"><div>On Mon, Dec 7, 2026 at 10:12 AM, Rita '
            f'Recruiter wrote:</div>{quote_lines()}</blockquote>')


def outlook_mobile(answer: str) -> str:
    """Outlook for iOS and Android since 2023: the app's footer, then the history in a reference-message container."""
    return (f'<div dir="ltr">{answer}</div><div id="ms-outlook-mobile-signature" dir="ltr">Get Outlook for Android'
            f'</div><div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-'
            f'message"><div style="font-family:Aptos"><b>From:</b> {RITA}<br><b>Sent:</b> Monday, December 7, 2026 '
            f'10:12:14 AM<br><b>To:</b> Maria<br><b>Subject:</b> Jane Doe</div>{quote_lines()}</div></div>')


CLIENTS = {"Gmail": gmail, "Gmail classic": gmail_classic, "Outlook 2003": outlook_2003, "Outlook desktop": outlook_desktop, "Outlook web": outlook_web, "Outlook new": outlook_new,
           "Apple Mail": apple, "iOS Mail": ios, "Thunderbird": thunderbird, "Yahoo": yahoo, "Proton": proton,
           "Zimbra": zimbra, "Fastmail": fastmail, "Superhuman": superhuman, "Spark": spark, "Front": front,
           "Missive": missive, "Hey": hey, "GMX": gmx, "Mail.ru": mailru, "Yandex": yandex, "QQ": qq,
           "Foxmail": foxmail, "163": netease, "Naver": naver, "Zoho": zoho, "Zoho classic": zoho_classic,
           "Notion Mail": notion, "Outlook mobile": outlook_mobile}

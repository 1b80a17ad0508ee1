"""A laid-out reply (segments of tagged lines) rendered as the text/plain and the HTML a client sends, for the
whole-mail sweep of tests/unit/manager_reply_shapes.py. Data shaping only: which line is whose is decided by the
caller's tags, never here.

A segment is (kind, lines): "text" (the person's lines, closing, signature, app lines: the client's ordinary
lines), "banner" (a gateway's notice, boxed in HTML), "head" (a quote or forward head), "quoted" (the earlier mail
under it) and "fwd" (a forwarded mail's text, unquoted). Lines are (tag, text); the tag is ignored here.
"""

from __future__ import annotations

from html import escape

Segment = tuple[str, list[tuple[str, str]]]
QUOTING = {"gmail web", "gmail mobile", "apple mail", "iphone", "thunderbird"}  # clients that put "> " before a quote


def plain(client: str, segments: list[Segment]) -> str:
    out: list[str] = []
    for kind, lines in segments:
        texts = [text for _, text in lines]
        if kind == "quoted" and client in QUOTING:
            texts = [f"> {t}" if t else ">" for t in texts]
        if kind == "head" and client == "iphone":
            texts = [f"> {t}" if t else ">" for t in texts] + [">"]
        if kind in {"head", "fwd"} and out and out[-1] != "":
            out.append("")
        out += texts
        if kind == "banner" or (kind == "head" and client != "iphone"):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _lines_html(texts: list[str], line: str) -> str:
    """Each line in the client's line markup; an empty line as the client's blank line."""
    html = []
    for text in texts:
        if text.startswith("[cid:"):
            html.append('<img width="120" height="40" src="cid:image001.png@01DB4A2C.5E3F1A20" alt="ACME logo">')
        elif not text:
            html.append(line.format("<br>" if "div" in line else "&nbsp;"))
        else:
            html.append(line.format(escape(text)))
    return "\n".join(html)


def _outlook_head(texts: list[str], web: bool) -> str:
    fields = []
    for text in texts:
        if text.startswith("____"):
            continue
        before, _, value = text.partition(": ")
        label = before + ":"
        fields.append(f"<b>{escape(label)}</b> {escape(value)}")
    body = "<br>\n".join(fields)
    if web:
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{body}</font>\n<div>&nbsp;</div>\n</div>')
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{body}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def html(client: str, segments: list[Segment]) -> str:
    """The HTML part the client would send for these segments."""
    outlook = client.startswith("outlook")
    line = {"outlook desktop": '<p class="MsoNormal">{}<o:p></o:p></p>', "thunderbird": "<div>{}</div>",
            "notes": '<font size="2" face="sans-serif">{}</font><br>'}.get(client, "<div dir=\"ltr\">{}</div>")
    if client.startswith("outlook ") and client != "outlook desktop":
        line = '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{}</div>'
    parts: list[str] = []
    open_quote = False
    for kind, lines in segments:
        texts = [text for _, text in lines]
        if kind == "banner":
            parts.append('<table border="0" cellpadding="6" style="background:#FFEB9C;width:100%"><tr><td>'
                         f'<b>{escape(texts[0])}</b></td></tr></table>')
        elif kind == "text":
            if open_quote and client in {"gmail web", "gmail mobile"}:
                parts.append("</blockquote>")
                open_quote = False
            if any(tag == "app" for tag, _ in lines) and client.startswith("outlook"):
                parts.append('<div class="ms-outlook-mobile-signature">' + "<br>".join(map(escape, texts)) + "</div>")
            else:
                parts.append(_lines_html(texts, line))
        elif kind == "head" and outlook:
            parts.append(_outlook_head(texts, web=client != "outlook desktop"))
        elif kind == "head" and client in {"gmail web", "gmail mobile"}:
            parts.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                         + "<br>".join(map(escape, texts)) + "<br></div>")
        elif kind == "head" and client in {"apple mail", "iphone"}:
            parts.append('<div dir="ltr"><br><blockquote type="cite">' + "<br>".join(map(escape, texts))
                         + "<br><br></blockquote></div>")
        elif kind == "head" and client == "thunderbird":
            parts.append('<div class="moz-cite-prefix">' + "<br>".join(map(escape, texts)) + "<br></div>")
        elif kind == "head":
            parts.append("<br><br>" + "<br>".join(map(escape, texts)) + "<br>")
        elif kind == "quoted" and client in {"gmail web", "gmail mobile"}:
            parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                         'rgb(204,204,204);padding-left:1ex">' + "<br>".join(map(escape, texts)))
            open_quote = True
        elif (kind == "quoted" and client in {"apple mail", "iphone", "thunderbird"}) or (
                kind == "fwd" and client in {"apple mail", "iphone"}):  # Apple quotes a forwarded mail too
            parts.append('<blockquote type="cite"><div dir="ltr">' + "<br>".join(map(escape, texts))
                         + "</div></blockquote>")
        else:  # Outlook's and Notes' quoted mail, and any forwarded text: plain lines under the head
            parts.append(_lines_html(texts, line))
    if open_quote:
        parts.append("</blockquote>")
    if client in {"gmail web", "gmail mobile"} and any(kind == "head" for kind, _ in segments):
        parts.append("</div>")
    body = "\n".join(parts)
    if client == "outlook desktop":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif}</style></head><body lang="EN-GB" link="#0563C1">'
                f'<div class="WordSection1">\n{body}\n</div></body></html>')
    return f'<html><head><meta charset="utf-8"></head><body dir="auto">\n{body}\n</body></html>'

"""A mail declared multipart whose body holds no part at all, read as the text it is (pure).

Some writers and gateways keep a `Content-Type: multipart/...` header over a body they flattened to plain text
(a trimmed fixture, a list or ticket gateway that dropped the MIME structure, a forward pasted by hand). The
parser finds no delimiter line, read_mime's repair finds none either, and every reader then saw no text part: the
person's whole answer read as empty. A mail client shows such a body as it stands; so does mailer, as text/plain
with the transfer encoding and charset the header declares. A body that is only the MIME preamble ("This is a
multi-part message in MIME format.") stays empty: it is the writer's note, nobody's words."""

from __future__ import annotations

from email.message import Message
import re

# The notes MIME writers put before the first part for readers that cannot show MIME; never a person's text.
_PREAMBLE_RE = re.compile(r"^\s*(?:this is a multi-?part message in mime format\.?"
                          r"|this is a message in multipart mime format\.?"
                          r"|this is a mime-encapsulated message\.?)\s*$", re.I | re.M)


def partless_text_body(msg: Message) -> Message | None:
    """A text/plain view of a multipart mail the parser found no part in, or None: when the mail has parts, is not
    multipart, or its body is empty or only a MIME preamble. The view carries the mail's own Content-Transfer-
    Encoding and charset, so the body is decoded as the header says.

    >>> import email
    >>> raw = b"Content-Type: multipart/alternative; boundary=b1\\n\\nYes, Tuesday works.\\n"
    >>> partless_text_body(email.message_from_bytes(raw)).get_payload()
    'Yes, Tuesday works.\\n'
    """
    try:
        if msg.get_content_maintype() != "multipart" or msg.is_multipart():
            return None
        body = msg.get_payload()
    except Exception:  # noqa: BLE001 - a header the policy cannot read: nothing to show
        return None
    if not isinstance(body, str) or not _PREAMBLE_RE.sub("", body).strip():
        return None
    view = Message()
    charset = msg.get_param("charset")
    view["Content-Type"] = f'text/plain; charset="{charset}"' if isinstance(charset, str) else "text/plain"
    encoding = msg.get("Content-Transfer-Encoding")
    if encoding:
        view["Content-Transfer-Encoding"] = str(encoding)
    view.set_payload(body)
    return view

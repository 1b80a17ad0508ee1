"""Amazon SES event notifications relayed by mail (SNS e-mail subscriptions): a JSON body, no report parts,
so neither flufl.bounce nor the structural rules see them. Read the JSON for bounces and complaints."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
import json

from mailer.reading.text import part_text, text_parts


@dataclass(frozen=True)
class SesNotice:
    kind: str                          # "bounce" | "complaint"
    addresses: frozenset[str]
    permanent: bool
    original_message_id: str | None    # the Message-ID header of the mail it is about, when SES kept it
    diagnostic: str = ""


def ses_notice(msg: Message) -> SesNotice | None:
    """The SES bounce or complaint notification msg carries, or None. Only the first text part's opening
    is looked at unless it starts like one, so ordinary mail costs a few bytes."""
    part = next(text_parts(msg), None)
    text = part_text(part).lstrip() if part is not None else ""
    if not text.startswith("{") or '"notificationType"' not in text[:200]:
        return None
    try:
        event, _ = json.JSONDecoder().raw_decode(text)
    except ValueError:
        try:  # sendmail splits lines over 990 bytes with "!", newline, space: undo that, then try again
            event, _ = json.JSONDecoder().raw_decode(text.replace("!\r\n ", "").replace("!\n ", ""))
        except ValueError:
            return None
    if not isinstance(event, dict):
        return None
    kind = str(event.get("notificationType", "")).lower()
    if kind == "bounce":
        body = event.get("bounce") or {}
        people = body.get("bouncedRecipients") or []
        permanent = str(body.get("bounceType", "")).lower() != "transient"
        said = next((str(p.get("diagnosticCode", "")) for p in people if p.get("diagnosticCode")), "")
    elif kind == "complaint":
        body = event.get("complaint") or {}
        people, permanent, said = body.get("complainedRecipients") or [], True, ""
    else:
        return None
    addresses = frozenset(str(p.get("emailAddress", "")).lower() for p in people if "@" in str(p.get("emailAddress", "")))
    headers = (event.get("mail") or {}).get("headers") or []
    mid = next((str(h.get("value")) for h in headers if str(h.get("name", "")).lower() == "message-id"), None)
    return SesNotice(kind, addresses, permanent, mid, said.split(";", 1)[-1].strip()[:300])

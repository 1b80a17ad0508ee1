"""Mail a spam filter on its way stamped as spam (pure): never an answer, never a command.

Only verdicts count, never scores or fields that filters stamp on every mail: SpamAssassin's `X-Spam-Flag: YES`
and `X-Spam-Status: Yes, score=…` (a person's mail says `No, …`), rspamd's and others' `X-Spam: Yes`, Barracuda's
`X-Barracuda-Spam-Flag/-Status: Yes`, Exchange's spam confidence level `X-MS-Exchange-Organization-SCL` of 5 to 9
(its Junk threshold; -1 to 4 is delivered as good mail), and Exchange Online Protection's verdict in
`X-Forefront-Antispam-Report` (`SFV:SPM`, `SFV:SKS`; `CAT:SPM`, `CAT:HSPM`, `CAT:PHSH`, `CAT:HPHSH`). Not
`X-Microsoft-Antispam` (a bulk score on every mail), `X-Spam-Score` or `X-Spam-Level` (scores whose threshold
is the site's own), nor the `X-MS-Exchange-Organization-SCL: -1` Exchange gives internal mail.
"""

from __future__ import annotations

import re
from email.message import Message

from mailer.reading.text import header_text

_YES = re.compile(r"^\s*(?:yes|true)\b", re.I)
_FOREFRONT = re.compile(r"(?:^|;)\s*(?:SFV:(?:SPM|SKS)|CAT:(?:SPM|HSPM|PHSH|HPHSH))\s*(?:;|$)", re.I)

# (header, test on its value): the first that holds names the verdict.
_VERDICTS = (
    ("X-Spam-Flag", _YES.match),
    ("X-Spam-Status", _YES.match),
    ("X-Spam", _YES.match),
    ("X-Barracuda-Spam-Flag", _YES.match),
    ("X-Barracuda-Spam-Status", _YES.match),
    ("X-MS-Exchange-Organization-SCL", lambda v: re.fullmatch(r"\s*[5-9]\s*", v)),
    ("X-Forefront-Antispam-Report", _FOREFRONT.search),
)


def spam_verdict(msg: Message) -> str | None:
    """The header that calls msg spam, as "X-Spam-Flag: YES", or None.

    >>> from email import message_from_string
    >>> spam_verdict(message_from_string("X-Spam-Status: No, score=-1.0\\n\\nInterview please.")) is None
    True
    """
    for name, says_spam in _VERDICTS:
        for value in _values(msg, name):
            if says_spam(value):
                return f"{name}: {' '.join(value.split())[:60]}"
    return None


def _values(msg: Message, name: str) -> list[str]:
    try:
        return [str(value) for value in (msg.get_all(name) or ())]
    except Exception:  # noqa: BLE001 - a malformed header: read it the tolerant way
        return [header_text(msg, name)]

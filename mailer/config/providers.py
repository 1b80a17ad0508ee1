"""Provider profiles: what `provider: microsoft365 | google | generic` implies, as data that explicit keys override.

The numbers are the providers' published limits at the time of writing, with room to spare; none of them can
be measured offline (see docs/microsoft365.md and docs/google.md for the sources).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailer.config.yamlsource import BAD, Node


@dataclass(frozen=True)
class Profile:
    imap_host: str | None = None
    imap_security: str = "ssl"
    smtp_host: str | None = None
    smtp_security: str = "ssl"
    smtp_port: int | None = None          # None: the usual port for the security
    server_files_sent: bool = False       # the SMTP server keeps its own Sent copy: mailer must not append one
    idle_renew: float = 240.0             # seconds; re-issuing IDLE also proves the connection is alive
    max_per_minute: int | None = None     # send-rate limit mailer keeps under
    oauth2_flow: str | None = None        # the sign-in an `oauth2:` block means when it names no flow
    rewrites_message_id: bool = False     # the server may replace the Message-ID of sent mail: read it back from Sent


PROFILES: dict[str, Profile] = {
    # Exchange Online drops a quiet IMAP connection without a word well before RFC 2177's 29 minutes, and
    # allows 30 messages a minute per mailbox over SMTP AUTH submission. Sent mail is filed by Exchange, which may
    # give it a Message-ID of its own (replies then quote that one): mailer reads it back from Sent Items.
    "microsoft365": Profile(imap_host="outlook.office365.com", smtp_host="smtp.office365.com",
                            smtp_security="starttls", smtp_port=587, server_files_sent=True, idle_renew=120.0,
                            max_per_minute=30, oauth2_flow="microsoft365", rewrites_message_id=True),
    # Gmail files every mail sent through smtp.gmail.com in [Gmail]/Sent Mail itself; it is reported to end IDLE
    # after about 10 minutes. Workspace allows 2,000 messages a day; 20 a minute keeps well inside its burst limits.
    "google": Profile(imap_host="imap.gmail.com", smtp_host="smtp.gmail.com", smtp_security="ssl",
                      server_files_sent=True, idle_renew=540.0, max_per_minute=20,
                      oauth2_flow="google_service_account"),
    "generic": Profile(),
}


def sent_folder(node: Node, profile: Profile, provider: str) -> str | None | Any:
    """A folder name, or a SPECIAL-USE flag such as \\Sent (`auto` means \\Sent): the folder is then found by its
    flag, whatever the server or the mailbox's language calls it."""
    value = node.text()
    if value == "auto":
        value = "\\Sent"
    if value and value is not BAD and profile.server_files_sent:
        return node.fail(f"{provider} files sent mail in the Sent folder itself; a second copy would show twice "
                         f"(remove sent_folder)")
    return value

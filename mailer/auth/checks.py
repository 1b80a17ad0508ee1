"""The sign-in steps of `mailer check`, each answering (ok, what was found) so the failing step is named:
the token (credentials and grant at the provider), then the logins (in cli/check.py), then the Sent folder."""

from __future__ import annotations

from mailer.auth.signin import bearer_token
from mailer.auth.tokens import TokenCache
from mailer.config.providers import PROFILES
from mailer.config.settings import Config, ConfigError, Server
from mailer.errors import MailerError


def token_step(server: Server) -> tuple[bool, str]:
    """A token from the cache or the provider, exactly as a connection would get it."""
    oauth = server.oauth2
    try:
        _token, cached = bearer_token(server)
    except (MailerError, ConfigError) as exc:
        return False, str(exc)
    source = "cached in " + str(TokenCache(oauth.cache).path) if cached else "new from the provider"
    return True, f"{oauth.flow} token for {server.username} ({source})"


def sent_folder_step(config: Config) -> tuple[bool, str]:
    """Where copies of sent mail end up, and whether that folder exists."""
    from mailer.inbox import Inbox  # the IMAP edge; imported late like the other edges in cli

    wanted = config.smtp.sent_folder
    by_server = PROFILES.get(config.smtp.server.provider, PROFILES["generic"]).server_files_sent
    reads_back = config.smtp.read_back_sent
    if not wanted and not by_server and not reads_back:
        return True, "copies are not filed (smtp.sent_folder unset; 'auto' finds the folder flagged \\Sent)"
    inbox = Inbox(config.imap)
    try:
        name = inbox.folder_named(wanted or "\\Sent")
        if not inbox.client.folder_exists(name):
            return False, f"no folder {name!r} on the IMAP server"
    except (MailerError, ConfigError) as exc:
        return False, str(exc)
    except Exception as exc:  # noqa: BLE001 - a protocol error from the library: one line, like the login steps
        return False, f"{type(exc).__name__}: {exc}"
    finally:
        inbox.close()
    # Reading back: Message-IDs the server replaced are learnt from there (sentcopies.py).
    back = "; mailer reads it back for Message-IDs the server replaced" if reads_back else ""
    if wanted:
        return True, f"mailer files a copy of each sent mail in {name!r}{back}"
    if by_server:
        return True, f"{config.smtp.server.provider} files sent mail in {name!r} itself (mailer adds no copy){back}"
    return True, f"mailer reads its sent mail back from {name!r} for Message-IDs the server replaced"

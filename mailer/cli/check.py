"""`mailer check`: config, every template rendered with sample data, IMAP and SMTP logins. Exit 1 on any failure."""

from __future__ import annotations

from mailer.compose import environment
from mailer.config.settings import Config, ConfigError, Server
from mailer.inbox import Inbox, InboxError, check_login as imap_login
from mailer.smtp import SendFailure, check_login as smtp_login
from mailer.auth.checks import sent_folder_step, token_step
from mailer.cli.check_trust import check_trust
from mailer.tls import plaintext_warnings
from mailer.exposure import world_readable_warnings
from mailer.templatecheck import sample_dues, sample_renders  # noqa: F401 - sample_dues: tests import it from here


def credentials_step(label: str, server: Server) -> tuple[bool, str, str]:
    """(ok, what, detail): what this edge signs in with, in plain words, for a password (or no) sign-in.

    SMTP signs in only when it has a username (mailer/smtp.py); IMAP always does. A username without a
    password would sign in with an empty one: said as the failure it will be, naming the keys to set.

    >>> from mailer.config.settings import Secret
    >>> credentials_step("SMTP", Server("mx", 25, "none", "", Secret(), 30, None, True))[2]
    'none (the server is used without authentication: smtp.username is not set)'
    """
    key, secret = label.lower(), server.password
    named = f"${secret.env}" if secret.env else secret.file
    if label == "SMTP" and not server.username:
        unused = f"; the password from {named} is not used" if named else ""
        return True, f"{label} credentials", f"none (the server is used without authentication: smtp.username " \
                                             f"is not set{unused})"
    if not server.username:
        return False, f"{label} credentials", f"no user name: set {key}.username"
    if not named:
        return False, f"{label} credentials", f"user {server.username!r} with no password: set {key}.password_env " \
                                              f"or {key}.password_file (or an {key}.oauth2 block)"
    try:
        secret.reveal()
    except ConfigError as exc:
        return False, f"{label} credentials", str(exc)
    return True, f"{label} credentials", f"user {server.username!r}, password from {named}"


def state_step(config: Config) -> tuple[bool, str, str]:
    """Whether `state:` is this mailbox's: a second config left pointing at the first one's state passes every
    other check, then `mailer run` refuses it (guard.check_mailbox)."""
    from mailer.errors import StoreError
    from mailer.guard import other_mailbox
    from mailer.store import Store
    if not config.state.exists():
        return True, "state", f"{config.state} (not created yet: `mailer init` or the first `mailer run` creates it)"
    try:
        store = Store(config.state, must_exist=True, readable_if_unwritable=True)
    except StoreError as exc:
        return False, "state", str(exc)
    try:
        problem = other_mailbox(store, config)
    finally:
        store.close()
    return (False, "state", problem) if problem else (True, "state", f"{config.state} ({config.address}'s)")


def new_state_step(config: Config) -> tuple[bool, str, str] | None:
    """A state not created yet (or never run) next to an inbox already holding mailer's own mail: `mailer run`
    refuses it (guard.check_new_state), so check fails it too rather than saying all is well. None: nothing to
    ask (the state has read its folder already, or was started over on purpose)."""
    from mailer.guard import is_new, lost_state
    from mailer.store import Store
    from mailer.errors import StoreError
    if config.state.exists():
        try:
            store = Store(config.state, must_exist=True, readable_if_unwritable=True)
        except StoreError:
            return None  # the state step has said why it cannot be opened
        try:
            if not is_new(store, config.imap.folder):
                return None
        finally:
            store.close()
    inbox = Inbox(config.imap)
    try:
        own = inbox.count_own(config.imap.folder, config.domain)
    except InboxError as exc:
        return False, "state", f"cannot tell whether mailer ran on this inbox before: {exc}"
    finally:
        inbox.close()
    if own:
        return False, "state", lost_state(config, config.state, own)
    return True, "state", f"new, and {config.imap.folder} holds no mail of mailer's: a clean start"


def run_checks(config: Config) -> int:
    failures = 0

    def report(ok: bool, what: str, detail: str = "") -> None:
        nonlocal failures
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}{': ' + detail if detail else ''}")

    report(True, "config", str(config.path))
    for line in config.advice:
        print(f"warn config: {line}")
    report(*state_step(config))
    for ok, what, detail in sample_renders(config, environment(config.templates)):
        report(ok, what, detail)
    for label, server in (("IMAP", config.imap.server), ("SMTP", config.smtp.server)):
        if server.oauth2 is not None:  # the token step says which credential or grant is at fault
            ok, detail = token_step(server)
            report(ok, f"{label} token", detail)
            continue
        report(*credentials_step(label, server))
    for line in plaintext_warnings(config.imap.server, config.smtp.server):
        what, _, detail = line.partition(": ")
        print(f"warn {what}: {detail}")
    for line in world_readable_warnings(config):
        print(f"warn {line}")
    try:
        report(True, "IMAP login", imap_login(config.imap))
        logged_in = True
        fresh = new_state_step(config)
        if fresh is not None:
            report(*fresh)
    except (InboxError, ConfigError) as exc:
        report(False, "IMAP login", str(exc))
        logged_in = False
    for ok, what, detail in check_trust(config, logged_in):
        if ok is None:
            print(f"warn {what}: {detail}")
        else:
            report(ok, what, detail)
    try:
        smtp_login(config.smtp.server)
        report(True, "SMTP login", f"{config.smtp.server.host}:{config.smtp.server.port}")
    except (SendFailure, ConfigError) as exc:
        report(False, "SMTP login", str(exc))
    ok, detail = sent_folder_step(config)
    report(ok, "Sent folder", detail)
    return 1 if failures else 0

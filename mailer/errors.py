"""One exception family: the loop and the CLI catch `MailerError`; each kind says what went wrong and so
whether to quarantine (Unreadable), retry later (InboxError, temporary SendFailure) or stop (ConfigError,
StoreError)."""


class MailerError(Exception):
    """Anything mailer knows how to explain to a user in one line."""


class ConfigError(MailerError):
    """One or more problems, each `file:line: key.path: what is wrong`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class YamlError(MailerError, ValueError):
    """A YAML syntax problem at `line` (1-based)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class StoreError(MailerError):
    """The state database cannot be used: names the file and why."""


class StateUnwritable(StoreError):
    """The state's file, folder or disk takes no writes (read-only, full): an outage, never a mail's fault."""


class InboxError(MailerError):
    """The mailbox cannot be read now (connection, login, protocol). The loop retries later."""


class SendFailure(MailerError):
    """`permanent`: retrying will not help. `uncertain`: the server may have the message (no reply to DATA)."""

    def __init__(self, message: str, permanent: bool, uncertain: bool = False, refused: dict | None = None,
                 unreachable: bool = False, login: bool = False):
        super().__init__(message)
        self.permanent = permanent
        self.uncertain = uncertain
        self.unreachable = unreachable  # the server, not this mail: the rest of the queue would fail alike
        self.refused = refused or {}  # recipient → (code, text), when the server refused recipients
        self.login = login            # the mailbox could not sign in: every other mail would fail the same way


class Unreadable(MailerError, ValueError):
    """The mail cannot be understood well enough to act on; it is quarantined with this reason."""


class TemplateProblem(MailerError):
    """A template is missing or fails to render; names the template and the reason."""


class SignInError(MailerError):
    """No token could be had for an OAuth2 sign-in (provider refused, command failed); says what to check.

    The edges report it as their own outage (InboxError, temporary SendFailure): nothing is dropped."""

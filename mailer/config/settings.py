"""The frozen, typed settings that config.yaml becomes; everything else reads these, never YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
import os
from pathlib import Path
import re

from mailer.workdays import Calendar, Delay
from mailer.errors import ConfigError


@dataclass(frozen=True)
class Secret:
    """A password named by env var or file; read only when a connection needs it."""

    env: str | None = None
    file: str | None = None
    where: str = ""

    def reveal(self) -> str:
        if self.env:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError([f"{self.where}: environment variable {self.env} is not set"])
            return value
        if self.file:
            try:
                return Path(self.file).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError([f"{self.where}: cannot read password file {self.file}: {exc.strerror}"]) from None
        return ""

    def __repr__(self) -> str:  # never print a secret, even by accident
        return f"Secret(env={self.env!r}, file={self.file!r})"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # "ssl" | "starttls" | "none"
    username: str
    password: Secret
    timeout: float
    ca_file: str | None
    verify: bool


@dataclass(frozen=True)
class ImapSettings:
    server: Server
    folder: str
    idle: bool
    start_from: str  # "all" | "new"
    batch: int
    batch_bytes: int = 8_000_000  # a batch also ends once its text parts reach this many bytes


@dataclass(frozen=True)
class SmtpSettings:
    server: Server
    sent_folder: str | None   # append a copy here over IMAP (off for Gmail/M365, which keep their own)
    copy_to_self: bool        # add mailer's address to the envelope: the copy proves delivery after a crash
    resend_after: timedelta   # a send interrupted by a crash is retried after this if no copy came back


@dataclass(frozen=True)
class Recruiter:
    email: str
    name: str
    mentor: str | None


@dataclass(frozen=True)
class Manager:
    email: str
    name: str
    aliases: tuple[str, ...]
    calendar: Calendar


@dataclass(frozen=True)
class Step:
    after: Delay
    template: str
    to: str              # "manager" | "recruiter" | "mentor"
    cc: tuple[str, ...]  # roles: "recruiter", "manager", "mentor"


@dataclass(frozen=True)
class Followups:
    steps: tuple[Step, ...]
    group: str  # "per_manager" | "per_candidate"
    digest_template: str
    max_per_manager_per_day: int


@dataclass(frozen=True)
class Replies:
    """How replies are read: extra auto-reply subjects, command words, out-of-office handling, trust."""

    auto_reply_subjects: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    ooo_default_pause: Delay
    offer_to_delegate: bool
    require_authenticated_senders: bool
    authserv_ids: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    path: Path
    address: str
    from_name: str
    state: Path
    templates: tuple[Path, ...]  # searched in order, file by file: the operator's folder, then the shipped one
    imap: ImapSettings
    smtp: SmtpSettings
    poll_seconds: float
    default_calendar: Calendar
    recruiters: dict[str, Recruiter]
    recruiter_domains: frozenset[str]
    managers: tuple[Manager, ...]
    unknown_managers: str  # "track" | "ignore"
    followups: Followups
    candidate_patterns: tuple[re.Pattern, ...]
    replies: Replies
    ops: tuple[str, ...]
    _by_address: dict[str, Manager] = field(default_factory=dict, repr=False, compare=False)

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    def manager(self, address: str) -> Manager | None:
        """The listed manager this address (or alias) belongs to."""
        return self._by_address.get(address.lower())

    def calendar_for(self, address: str) -> Calendar:
        manager = self.manager(address)
        return manager.calendar if manager else self.default_calendar

    def manager_name(self, address: str, fallback: str = "") -> str:
        """The listed name; else the name the recruiter wrote (`fallback`); else the address."""
        manager = self.manager(address)
        return (manager.name if manager and manager.name else "") or fallback or address

    def canonical_manager(self, address: str) -> str:
        manager = self.manager(address)
        return manager.email if manager else address.lower()

    def recruiter(self, address: str) -> Recruiter | None:
        """A listed recruiter, or an unlisted one from an allowed domain (no mentor then)."""
        address = address.lower()
        if address in self.recruiters:
            return self.recruiters[address]
        if address.rpartition("@")[2] in self.recruiter_domains:
            return Recruiter(address, "", None)
        return None

    def is_self(self, address: str) -> bool:
        return address.lower() == self.address

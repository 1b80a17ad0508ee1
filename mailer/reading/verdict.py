"""What classify's rules read (Context: what the store knows about a mail) and return (Verdict) (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from mailer.config.settings import Config
from mailer.model import Kind, Message, Submission
from mailer.reading import bounce as bounces
from mailer.reading.authres import AuthVerdict
from mailer.reading.commands import Command


@dataclass(frozen=True)
class Context:
    """What the store knows that bears on this message, fetched before the rules run."""

    in_thread: tuple[Submission, ...] = ()   # submissions the message's thread headers point at
    listed: tuple[Submission, ...] = ()      # the numbered list of the mail it answers (a digest), in order
    of_sender: tuple[Submission, ...] = ()   # submissions whose manager is the sender
    of_recruiter: tuple[Submission, ...] = ()  # the sender's open submissions as a recruiter
    own_message: bool = False                # its Message-ID (or original ID) is one mailer sent
    delegates: dict[str, str] = field(default_factory=dict)  # delegate → absent manager
    now: datetime | None = None
    sender_auth: AuthVerdict | None = None   # the config's trust method on this mail (mailer/trust.py)


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    reason: str
    managers: tuple[str, ...] = ()      # submission: one submission per manager
    manager_names: tuple[str, ...] = ()  # and the names the recruiter gave them in To
    recruiter: str = ""
    bcc: bool = False
    answers: tuple[int, ...] = ()       # reply/command: the submissions it is about, numbered-list order
    speaker: str = ""                   # "manager" | "recruiter": whose words these are
    reply_text: str = ""
    commands: tuple[Command, ...] = ()
    problem: str | None = None          # a command that could not be understood: answer with help
    return_date: date | None = None     # out of office
    delegate: str | None = None
    bounce: bounces.Bounce | None = None
    complaint: bounces.Complaint | None = None
    refused: tuple[str, ...] = ()       # submission: addresses in To that cannot become managers
    reading: tuple[str, str] | None = None  # submission: (candidate, role) when the rule knows better than the subject
    candidates: tuple[tuple[str, str], ...] = ()  # submission: each (candidate, role) of a mail naming several
    sender_proven: bool = False         # other reply: the trust verdict proved From (otheraddress.py offers an alias)


Rule = Callable[[Message, Config, Context], "Verdict | None"]

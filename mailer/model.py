"""The nouns that flow between stages: Message, Kind, Submission, Due, OutgoingMail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import email.message
from enum import Enum
import unicodedata


class Kind(str, Enum):
    """What an incoming mail is to mailer. Stored as text in SQLite."""

    SUBMISSION = "submission"
    REPLY = "reply"              # a human reply from the thread's manager: stops the nudging
    OTHER_REPLY = "other_reply"  # in a tracked thread, but not from its manager (recruiter, colleague)
    COMMAND = "command"          # a recruiter steering mailer: status, stop, snooze, forget
    AUTO_REPLY = "auto_reply"    # out-of-office and other machine answers: never a response
    BOUNCE = "bounce"            # a delivery failure report
    MENTORING = "mentoring"      # a reply in a mentorship's invitation or check-in thread (mailer/mentoring/)
    COMPLAINT = "complaint"      # an abuse feedback report (ARF): stop mailing that recipient, never an answer
    OWN = "own"                  # mailer's own mail coming back (the delivery copy): never input
    IGNORED = "ignored"          # unknown sender, no manager, not for mailer
    QUARANTINED = "quarantined"  # could not be read; kept with a reason


class State(str, Enum):
    """A submission's life. A transition is a stored column change, never inferred."""

    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"


@dataclass(frozen=True)
class Address:
    email: str  # lower-cased addr-spec
    name: str = ""


@dataclass(frozen=True)
class Message:
    """One parsed incoming mail. `key` is the Message-ID, or a stable digest when it has none."""

    key: str
    message_id: str | None
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    date: datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    attachments: tuple[str, ...]
    body_text: str
    headers: tuple[tuple[str, str], ...] = ()
    sender_ambiguous: bool = False  # the From header names more than one address
    parsed: email.message.Message | None = field(default=None, compare=False, repr=False)
    # Message-IDs the server puts in this mail's conversation (Gmail's X-GM-THRID), for when the mail's own
    # threading headers were stripped or point elsewhere: the weakest thread key, so it comes last.
    conversation: tuple[str, ...] = ()
    # The stored bytes of mailer's own mail that this one answers (its In-Reply-To/References name it in the
    # outbox), set at ingest: a copy of its text in the reply is no part of the person's words (knownquote.py).
    answers_own: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Every Message-ID this mail says it answers, nearest first; then the server's conversation."""
        return tuple(dict.fromkeys((*self.in_reply_to, *reversed(self.references), *self.conversation)))

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None


@dataclass(frozen=True)
class Submission:
    id: int
    manager: str
    recruiter: str
    candidate: str
    role: str
    subject: str
    message_id: str | None
    references: tuple[str, ...]
    submitted_at: datetime
    state: State
    answered_at: datetime | None = None
    decision: str | None = None       # interview, pass, hold, snooze, not_mine, stop, done, forgotten, reply
    reply_text: str | None = None     # the manager's latest words, without quotes and signature
    snoozed_until: datetime | None = None
    ladder_round: int = 0             # bumped when the ladder restarts (after a snooze): new outbox keys
    manager_name: str = ""            # as the recruiter wrote it in To (for managers not listed in config)
    attachments: tuple[str, ...] = ()  # file names on the submission (the résumé), for a stand-in's mail


@dataclass(frozen=True)
class SentStep:
    """A ladder step already taken for a submission (queued, sent, or skipped for want of a recipient)."""

    submission_id: int
    step: int
    at: datetime
    skipped: bool = False  # nobody to send it to then (no mentor): owed, it goes once someone is (policy.next_step)


@dataclass(frozen=True)
class DueItem:
    submission: Submission
    step: int             # 0-based index into the follow-up ladder
    waited: timedelta     # business time the submission has waited for an answer


@dataclass(frozen=True)
class Due:
    """One mail policy says should go now: ladder steps for one or more of a manager's submissions."""

    audience: str       # "manager" | "recruiter" | "mentor"
    recipient: str      # resolved address; "" when it cannot be resolved (the step is then skipped)
    manager: str
    items: tuple[DueItem, ...]

    @property
    def grouped(self) -> bool:
        return len(self.items) > 1

    @property
    def step(self) -> int:
        """The furthest ladder step among the items: it sets the tone of a grouped mail."""
        return max(item.step for item in self.items)

    @property
    def key(self) -> str:
        """The outbox key: the same due mail always gets the same key, so it is queued at most once."""
        parts = ",".join(f"{i.submission.id}.{i.submission.ladder_round}.{i.step}" for i in self.items)
        return f"{self.audience}:{self.recipient}:{parts}"


class QueueState(str, Enum):
    """Where a mail in the outbox is. Stored as text in SQLite (outbox.state)."""

    QUEUED = "queued"        # waiting for its next_attempt_at (new, held for business hours, or retrying)
    SENDING = "sending"      # claimed, committed before any byte goes out; a crash leaves it here for recovery
    SENT = "sent"            # the server accepted it (or its delivery copy came back)
    FAILED = "failed"        # given up: a permanent refusal, or retries exhausted
    CANCELLED = "cancelled"  # dropped before sending: what it nudged about changed while it waited


@dataclass(frozen=True)
class OutgoingMail:
    """A finished mail and its envelope, as compose makes it and the outbox stores it."""

    key: str
    message_id: str
    kind: str
    manager: str
    audience: str
    envelope_from: str
    recipients: tuple[str, ...]  # envelope RCPT TO (To + Cc + mailer's own delivery copy)
    raw: bytes
    subject: str


# Every notice mailer may send, with sample variables for `mailer check`. Config validation requires each.
NOTICE_SAMPLES = {
    "confirm": {"done": ["Jane Doe: interview", "Bob Baker: pass"]},
    "help": {"problem": "there is no candidate 5 in that list", "help": "interview / pass / hold / snooze 3d"},
    "status_report": {"groups": [{"manager": "Maria Manager", "candidates": [
        {"candidate": "Jane Doe", "role": "Engineer", "waited": "3 business days", "note": "snoozed until Mon"}]}],
        "answered": [{"candidate": "Bob Baker", "decision": "pass", "reply_text": "not enough Go"}]},
    "bounce_notice": {"address": "maria@example.com", "mail_subject": "Re: Candidate: Jane Doe", "reason": "550 5.1.1",
                      "manager": "Maria Manager", "candidates": ["Jane Doe"]},
    "ooo_notice": {"manager": "Maria Manager", "delegate": "dana@example.com", "offered": True, "until": "Mon 07 Dec",
                   "capped": "unproven",
                   "resume": "Mon 07 Dec 09:00", "candidates": ["Jane Doe"]},
    "complaint_notice": {"address": "maria@example.com", "mail_subject": "Re: Candidate: Jane Doe",
                         "feedback_type": "abuse", "reporter": "staff@hotmail.com", "to_ops": True,
                         "candidates": ["Jane Doe"]},
    "not_mine_notice": {"manager": "Maria Manager", "candidate": "Jane Doe", "comment": "try Nate"},
    "delegate_offer": {"manager": "Maria Manager", "candidates": [
        {"candidate": "Jane Doe", "role": "Engineer", "recruiter": "Rita Recruiter", "submitted": "Mon 23 Nov 2026",
         "subject": "Candidate: Jane Doe – Engineer", "resume": "Jane_Doe_CV.pdf"},
        {"candidate": "Bob Baker", "role": "", "recruiter": "Sam Sourcer", "submitted": "Tue 24 Nov 2026",
         "subject": "Bob Baker (Designer)", "resume": ""}]},
    "health_alert": {"error": "read: IMAP imap.example.com:993: login refused", "since": "Mon 07 Dec 09:00 Europe/London",
                     "alert_after": "30 min", "inbox": "INBOX of mailer@example.com", "recovered": False, "to_ops": True},
    "ops_notice": {"action": "closed", "by": "ops@example.com", "lines": ["Jane Doe (to Maria Manager)"],
                   "why": "closed by ops"},
    # The mentor loop (mailer/mentoring/): invitation and check-in in the recruiter's voice, notices to the recruiter.
    "mentor_invitation": {"recruiter": {"name": "Rita Recruiter", "first_name": "Rita", "email": "rita@example.com"},
                          "mentor": {"name": "Nadia Mentor", "first_name": "Nadia", "email": "nadia@example.com"},
                          "cadence": "every other week", "grouped": False},
    "mentor_checkin": {"recruiter": {"name": "Rita Recruiter", "first_name": "Rita", "email": "rita@example.com"},
                       "mentor": {"name": "Nadia Mentor", "first_name": "Nadia", "email": "nadia@example.com"},
                       "question": "What makes a great hire on your team?", "first": False, "grouped": False,
                       "previous": {"question": "How do you read a résumé?", "answer": "Projects first.",
                                    "date": "Tue 01 Dec", "thanks": True, "today": False},
                       "figures": {"since": "Mon 07 Sep", "submissions": 4, "median": "5 business hours", "fast": True},
                       "overdue": ["Jane Doe"], "thread_subject": "Mentoring check-in: Rita Recruiter and Nadia Mentor"},
    "mentor_notice": {"outcome": "declined", "mentor": "Nadia Mentor", "words": "Sorry, no time this quarter.",
                      "starts": "Tue 08 Dec", "suggested": ["Maria Manager", "Nate Newhire"],
                      "invited": "Tue 01 Dec"},
    "mentor_change": {"outcome": "ended", "mentor": "Nadia Mentor", "recruiter": "Rita Recruiter",
                      "words": "Please stop these check-ins.", "asked": "Tue 08 Dec",
                      "restart": "mailer mentors --restart rita@example.com nadia@example.com", "until": "Mon 01 Mar",
                      "dated": True, "next": "Tue 02 Mar 10:00", "back": "Thu 10 Dec", "was": "Tue 08 Dec 10:00",
                      "moved_to": "Thu 10 Dec 10:00"},
    "mentor_answer": {"mentor": "Nadia Mentor", "question": "What makes a great hire?", "answer": "Curiosity.",
                      "date": "Tue 08 Dec"},
    "ignored_managers": {"addresses": ["someone@example.org"], "reason": "not a listed manager",
                         "tracked": ["Maria Manager"], "domains": ["acme.example"]},
    "breaker_notice": {"count": 300, "limit": 300, "queued": 12},
    "other_address": {"manager": "Maria Manager", "manager_email": "maria@example.com", "listed": True,
                      "address": "maria.m@gmail.com", "sender_name": "Maria M.", "candidates": ["Jane Doe"],
                      "proven": True, "recruiter": "rita@example.com", "to_ops": False, "ops_copy": True},
}


def candidate_key(name: str) -> str:
    """Case, accents and spacing do not matter when a recruiter names a candidate: 'José  DOE' → 'jose doe'.
    Stored beside each submission (indexed), so finding a re-sent candidate never reads a manager's whole list."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())

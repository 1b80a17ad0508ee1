"""The frozen, typed settings that config.yaml becomes; everything else reads these, never YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
import os
from pathlib import Path
import re
from typing import TYPE_CHECKING

from mailer.mentoring.schedule import Schedule
from mailer.workdays import Calendar, Delay
from mailer.errors import ConfigError

if TYPE_CHECKING:
    from mailer.config.mentorships import Mentorship

# The default subject patterns for a submission's candidate and role (config key candidate_patterns), tried in
# order. Written as data so ops can read what mailer knows and copy a line into config.yaml to change it. Each is
# compiled with re.IGNORECASE and matched against the subject with its Re:/Fwd:/[EXTERNAL] tags taken off and full-
# width forms folded (NFKC: "候補者：山田花子（…）" reads as "候補者:山田花子(…)"). reading/candidate.py then refuses a "name" that
# is not one (lower-case words in a mixed-case subject, "Interview scheduling") and turns a role written first
# around.

# The word a recruiter puts before the name, in the languages recruiters write: "Candidate:", "Kandidatin:",
# "Candidat :", "Candidata –", "Kandydat:", "候補者:", and the other ways to say it ("Referral:", "Profile:",
# "Submittal -", "New candidate:", "Neue Bewerbung:", "For your review:").
_LEAD = (r"(?:(?:new|strong|top)\s+)?(?:"
         r"candidate(?:\s+(?:submission|profile|for\s+(?:your\s+)?review))?|candidat[ea]?|candidato|candidature|"
         r"kandidat(?:[*:_/]?in)?|kandidatenvorschlag|kandidaat|kandydat(?:ka)?|bewerber(?:in)?|(?:neue\s+)?bewerbung|"
         r"候補者|submission|submittal|r[ée]sum[ée]|resume|cv|lebenslauf|curr[ií]cul(?:um|o)(?:\s+vitae)?|"
         r"profile?|profiel|profilo|perfil|referral|empfehlung|recomendaci[oó]n|cooptation|indicação|"
         r"new\s+application|(?:for\s+your\s+)?review(?:\s+candidate)?|new\s+candidate\s+for\s+review)")
# A name where nothing but the name can stand: letter-led words (particles, initials, hyphens, apostrophes inside),
# one to five of them, or a name in a script without capitals (two to eight characters, one space at most).
_NAME = r"(?:[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4})"
_NAME2 = r"(?:[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){1,4})"  # a name of two words or more
_WORD = r"[^\W\d_][\w'’.\-]*"
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_CJK_NAME = rf"(?:{_CJK}{{1,6}}(?:\s?{_CJK}{{1,6}})?)"
_SEP = r"\s+[–—\-|/]\s+"
# The name part of "Lead: name (role)" may not hold a dash or bar between spaces: "Jane Doe – Engineer (Platform)"
# is name – role (remark), not a name "Jane Doe – Engineer" and a role "Platform".
_PLAIN = r"(?:(?!\s[–—\-|/]\s)[^()])+?"
_FOR = r"(?:for|für|pour(?:\s+le\s+poste\s+(?:de|d['’]))?|para|per|voor|dla)"

DEFAULT_CANDIDATE_PATTERNS = (
    # "Candidate for Senior Engineer: Li Wei", "Kandidat für Backend-Entwickler: Max Müller"
    rf"^{_LEAD}\s+{_FOR}\s+(?!(?:your\s+)?review\b)(?:the\s+)?(?P<role>[^:]+?)\s*:\s*(?P<name>.+)$",
    # "Candidate: Jane Doe (Senior Engineer)"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>{_PLAIN})\s*\((?P<role>[^()]+)\)$",
    # "Referral: Wei Chen for Staff Engineer", "Candidate Submission: Jane Doe for Backend Engineer (Req 1234)"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>{_NAME})\s+{_FOR}\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position))?$",
    # "Intro: Jane Doe <> Maria", "Intro: Nate <> Kwame Mensah": the whole name beside the manager's first name
    rf"^intro(?:duction|ducing)?\s*:\s*(?P<name>{_NAME2})\s*(?:<>|<->|↔|\sx\s)\s*{_WORD}$",
    rf"^intro(?:duction|ducing)?\s*:\s*{_WORD}\s*(?:<>|<->|↔|\sx\s)\s*(?P<name>{_NAME2})$",
    # "Candidate: Jane Doe – Senior Backend Engineer", "Submission: …", "Résumé: Jane Doe", "Candidat : …"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>.+?)(?:{_SEP}(?P<role>.+))?$",
    # "Backend Engineer candidate: Jane Doe" (after the leads: "New candidate:" is one)
    r"^(?P<role>[^:]+?)\s+(?:candidate|kandidat(?:in)?|candidat[ea]?|candidato)\s*:\s*(?P<name>.+)$",
    # "CV Jane Doe – Backend Engineer", "Resume for Jane Doe", "CV de Lucía Fernández – …", "Lebenslauf Max Müller"
    rf"^(?:cv|r[ée]sum[ée]|resume|lebenslauf|curr[ií]cul(?:um|o))(?:\s+(?:for|of|de|di|von|van|do|da))?\s+"
    rf"(?P<name>{_NAME2})(?:{_SEP}(?P<role>.+))?$",  # two words at least: "CV Attached" names no one
    # "Jane Doe’s CV", "Wei Chen's resume – Staff Engineer"
    rf"^(?P<name>{_NAME})['’]s?\s+(?:cv|r[ée]sum[ée]|resume|profile)(?:{_SEP}(?P<role>.+))?$",
    # "Meet Tom Baker – Support Lead", "Introducing Ana Lima"
    rf"^(?:meet|introducing|presenting)\s+(?P<name>{_NAME2})(?:{_SEP}(?P<role>.+))?$",
    # ATS and job-board shapes: "Please review Jane Doe for Backend Engineer", "Feedback requested: Jane Doe for …",
    # "Rita Recruiter shared Jane Doe with you", "Jane Doe has been shared with you", "Jane Doe applied for …",
    # "Candidate Jane Doe submitted for R-01234 …", "New application: Backend Engineer from Jane Doe",
    # "Bewerbung von Max Müller für …", "Max Müller hat sich auf … beworben"
    rf"^(?:please\s+review|feedback\s+requested\s*:)\s+(?:candidate\s*:?\s*)?(?P<name>{_NAME})\s+for\s+(?:the\s+)?"
    r"(?P<role>.+)$",
    r"^.+?\s+shared\s+a\s+candidate(?:\s+profile)?\s+with\s+you\s*:\s*(?P<name>.+)$",
    rf"^.+?\s+shared\s+(?P<name>{_NAME})\s+with\s+you$",
    rf"^(?P<name>{_NAME})\s+(?:has\s+been|was)\s+shared\s+with\s+you$",
    rf"^(?P<name>{_NAME})\s+(?:has\s+)?applied\s+(?:for|to)\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position|job))?$",
    rf"^candidate\s+(?P<name>{_NAME})\s+(?:has\s+been\s+|was\s+)?submitted\s+(?:for|to)\s+(?P<role>.+)$",
    rf"^new\s+application\s*:\s*(?P<role>.+?)\s+from\s+(?P<name>{_NAME})$",
    rf"^(?:neue\s+)?bewerbung\s+von\s+(?P<name>{_NAME})\s+(?:für|als|auf)\s+(?:die\s+stelle\s+)?(?P<role>.+)$",
    rf"^(?P<name>{_NAME})\s+hat\s+sich\s+(?:auf|als|für)\s+(?:die\s+stelle\s+)?(?P<role>.+?)\s+beworben$",
    # "Jane Doe - Senior Backend Engineer", "Jane Doe | Role", "王小明 – 高级工程师", "田中太郎様/バックエンドエンジニア"
    # (two words at least: "Lunch – Friday" is no candidate; "Candidate: Björk – Designer" is, by its lead word)
    rf"^(?P<name>{_NAME2}|{_CJK_NAME}(?:\s*(?:様|さん|氏|殿))?){_SEP}(?P<role>.+)$",
    rf"^(?P<name>{_CJK_NAME}(?:\s*(?:様|さん|氏|殿))?)\s*[/|–—\-]\s*(?P<role>.+)$",
    # "Ann Lee (Staff Engineer)", "山田花子(データサイエンティスト)"
    rf"^(?P<name>{_NAME}|{_CJK_NAME})\s*\((?P<role>[^()]+)\)$",
    # "Jane Doe for the Backend Engineer role" (last; two words at least, and "Great fit for the platform team" or
    # "Thanks for Yesterday" is refused as a name)
    rf"^(?P<name>{_NAME2})\s+{_FOR}\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position|opening))?$",
)


@dataclass(frozen=True)
class Secret:
    """A password named by env var or file; read only when a connection needs it."""

    env: str | None = None
    file: str | None = None
    where: str = ""

    def reveal(self) -> str:
        # An empty secret is a setup mistake (an unfilled secrets.env line, a truncated file), not a password:
        # said here, it names the key; sent to the server, it came back as a refused login.
        if self.env:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError([f"{self.where}: environment variable {self.env} is not set"])
            if not value.strip():
                raise ConfigError([f"{self.where}: environment variable {self.env} is empty"])
            return value
        if self.file:
            try:
                value = Path(self.file).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise ConfigError([f"{self.where}: cannot read password file {self.file}: {reason}"]) from None
            if not value:
                raise ConfigError([f"{self.where}: password file {self.file} is empty"])
            return value
        return ""

    def __repr__(self) -> str:  # never print a secret, even by accident
        return f"Secret(env={self.env!r}, file={self.file!r})"


@dataclass(frozen=True)
class OAuth2:
    """How to get a bearer token for one mailbox (see mailer/auth/); the token itself is never in config."""

    flow: str                     # "microsoft365" | "google_service_account" | "google_user" | "command"
    cache: Path                   # token cache file in the state directory (0600)
    where: str                    # file:line: key, for messages that point at this block
    client_id: str = ""
    tenant: str = ""
    client_secret: Secret = Secret()
    certificate_file: str | None = None   # Microsoft: PEM with the app's certificate and private key
    certificate_thumbprint: str = ""      # Microsoft: SHA-1 thumbprint of that certificate (hex)
    key_file: str | None = None           # Google service account: the JSON key
    command: str = ""                     # generic: prints a token, or JSON with access_token/expires_in
    scope: str = ""                       # default by flow (see mailer/auth/sources.py)
    authority: str = ""                   # Microsoft authority / Google token URI; default: the provider's
    mechanism: str = "auto"               # "auto" (OAUTHBEARER when offered, else XOAUTH2) | "xoauth2" | "oauthbearer"
    ca_file: str | None = None            # private CA for the token endpoint (tests, TLS-inspecting proxies)


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
    oauth2: OAuth2 | None = None  # sign in with a bearer token instead of the password
    provider: str = "generic"     # "microsoft365" | "google" | "generic": whose quirks to expect


@dataclass(frozen=True)
class ImapSettings:
    server: Server
    folder: str
    idle: bool
    start_from: str  # "all" | "new"
    batch: int
    batch_bytes: int = 8_000_000  # a batch also ends once its text parts reach this many bytes
    idle_renew: float = 240.0  # seconds between IDLE re-issues (Exchange drops quiet connections silently)


@dataclass(frozen=True)
class SmtpSettings:
    server: Server
    sent_folder: str | None   # append a copy here over IMAP (off for Gmail/M365, which keep their own)
    copy_to_self: bool        # add mailer's address to the envelope: the copy proves delivery after a crash
    resend_after: timedelta   # a send interrupted by a crash is retried after this if no copy came back
    max_per_minute: int | None = None  # the provider's send-rate limit (Microsoft 365: 30 messages a minute)
    read_back_sent: bool = False       # read mailer's mail back from Sent (by SPECIAL-USE): Message-IDs the server replaced


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
    digest: bool = False  # opted in to the weekly manager digest (`digests.manager`)


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


TRUST_METHODS = ("authentication-results", "dkim", "unauthenticated")


@dataclass(frozen=True)
class Trust:
    """How a sender is proven to be who From says (see mailer/trust.py). Only proven senders steer mailer."""

    method: str = "dkim"                     # one of TRUST_METHODS
    authserv_ids: tuple[str, ...] = ()       # authentication-results: your receiving server's id(s)
    received_above_stamp: int = 2            # Received fields your own servers add above that stamp
    dkim_keys: tuple[tuple[str, str], ...] = ()  # dkim: pinned TXT records, "sel._domainkey.dom" → "v=DKIM1; p=…"
    unauthenticated_pause: Delay = Delay(2, "business_days")  # the most a forgeable out-of-office may pause


@dataclass(frozen=True)
class Limits:
    """Bounds on what mailer sends and what one incoming mail may cost. A real team never meets them."""

    mails_per_person_per_day: int = 20   # answers, confirmations, status, notices to one address per 24 h
    managers_per_submission: int = 10    # more in one submission mail: none tracked, the recruiter is told
    sends_per_hour: int = 300            # the breaker: past it, sending stops and ops are told once
    answers_in_a_row: int = 5            # one sender got this many answers in 24 h: a loop; no more answers
    max_header_kb: int = 256             # a header block larger than this is not parsed (quarantined)
    max_body_kb: int = 1024              # only this much of the body is parsed; the rest is not read
    seconds_per_mail: float = 10.0       # reading one mail takes longer: it is quarantined with the reason


@dataclass(frozen=True)
class Digests:
    """When each kind of digest goes, in the schedule language of mailer/mentoring/schedule.py; None: never."""

    recruiter: Schedule | None = None  # each recruiter, in defaults.timezone
    manager: Schedule | None = None    # each manager with `digest: true`, in their own calendar
    ops: Schedule | None = None        # the `ops` addresses, in defaults.timezone


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
    health_alert_after: timedelta = timedelta(minutes=30)  # inbox unread this long: ops are told, check --health fails
    digests: Digests = field(default_factory=Digests)
    _by_address: dict[str, Manager] = field(default_factory=dict, repr=False, compare=False)
    mentorships: tuple["Mentorship", ...] = ()   # the mentor loop (mailer/config/mentorships.py)
    mentor_questions: tuple[str, ...] = ()       # ops' check-in questions on top of the shipped bank
    trust: Trust = field(default_factory=Trust)
    limits: Limits = field(default_factory=Limits)
    company_domains: frozenset[str] = frozenset()  # unlisted managers are accepted only at these domains
    # What loads but likely does not do what was meant (config/advice.py): `mailer check` warns of each.
    advice: tuple[str, ...] = field(default=(), compare=False)

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

    def is_own_address(self, address: str) -> bool:
        """mailer's address or any sub-address of it (mailer+x@…): never a person to track or answer."""
        local, _, domain = address.lower().rpartition("@")
        own_local, _, own_domain = self.address.rpartition("@")
        return domain == own_domain and (local == own_local or local.startswith(own_local + "+"))

    def may_manage(self, address: str) -> bool:
        """Who can become a manager: a listed one, or an address at a company domain; never mailer itself
        (or a sub-address) and never a listed recruiter."""
        address = address.lower()
        if self.is_own_address(address) or address in self.recruiters:
            return False
        if self.manager(address) is not None:
            return True
        return self.unknown_managers == "track" and address.rpartition("@")[2] in self.company_domains

"""Cheap signs that a mail was written by a machine (headers and structure only, never body lines), so the
expensive detectors run only on mail that may be machine mail, and such mail is never anyone's answer."""

from __future__ import annotations

import copy
import email.utils
from email.message import Message
import re

from mailer.reading.text import PREFIX_RE, header_text, leaves

# Local parts / display names of the accounts MTAs send non-delivery reports from.
DAEMON_RE = re.compile(
    r"mailer[-_ ]?daemon|post[-_ ]?master|mail delivery (?:subsystem|system|service)|"
    r"mail deliver system|mail administrator|ndr administrator|^ndr@|^bounces?@|double-bounce|"
    r"\bmdaemon@",
    re.I,
)
# Subjects non-delivery reports use (prefixes after leading whitespace / brackets, case-insensitive).
BOUNCE_SUBJECTS = (
    "undelivered mail returned to sender", "delivery status notification", "mail delivery status notification", "mail delivery failed",
    "undeliverable", "undelivered mail", "failure notice", "returned mail", "mail returned",
    "delivery failure", "delivery failed", "delivery notification: delivery has failed",
    "failed delivery", "failure delivery", "mail delivery failure", "mail delivery problem",
    "mail system error", "message delivery has failed", "permanent delivery failure",
    "sorry, your message could not be delivered", "mail could not be delivered", "mail error",
    "message status - undeliverable", "non delivery report", "nondeliverable",
    "non-delivery", "there was an error sending your mail", "warning: could not send message",
    "delayed mail", "delivery delayed", "mail delivery delayed", "postmaster notify",
    "notice: mail delivery status", "mail failed", "[postmaster]",
    # localized (Exchange / Outlook / Postfix translations)
    "unzustellbar", "nicht zustellbar", "rückläufige nachricht", "non remis", "non distribuable",
    "échec de la remise", "no se puede entregar", "no entregado", "non recapitabile",
    "onbestelbaar", "kan niet worden bezorgd", "olevererbart", "kunne ikke leveres",
    "nie można dostarczyć", "niedostarczona", "не доставлено", "недоставляемое",
    "недоставленное сообщение", "ваше сообщение не доставлено", "配信不能", "メールエラー",
    "未送达", "退信", "无法投递",
)
# Parts only reports carry (RFC 3462/3464/5965/8098), whatever the outer type says.
REPORT_TYPES = ("message/delivery-status", "message/global-delivery-status", "message/feedback-report",
                "message/disposition-notification", "text/rfc822-headers", "message/rfc822-headers",
                "message/global-headers")
# Headers MTAs and autoresponders stamp on what they generate.
_MACHINE_HEADERS = ("X-Failed-Recipients", "X-Autoreply", "X-Autorespond", "X-AutoReply-From",
                    "X-Mail-Autoreply", "X-MS-Exchange-Inbox-Rules-Loop", "X-Feedback-ID-Report")
_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
# Addresses no person writes from: "no-reply@", and the robots of list managers (Majordomo, Mailman, fml …).
_LIST_MANAGER_NAMES = r"majordomo|listserv|listproc|mailman|sympa|ecartis|fml|ezmlm|smartlist|lyris"
_ROBOT_RE = re.compile(
    rf"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|{_LIST_MANAGER_NAMES})(?:[-+._][^@]*)?@", re.I)
_LIST_MANAGER_RE = re.compile(rf"^(?:{_LIST_MANAGER_NAMES})(?:[-+._][^@]*)?@", re.I)
# A list's own administrative addresses ("team-request@", "neko-admin@", "owner-neko@"): a robot when the
# mail also carries a list manager's headers (a person's post to a list comes from the person).
_LIST_ROBOT_RE = re.compile(r"^(?:owner-[^@]+|[^@]+-(?:request|admin|owner|bounces?|ctl|help|confirm))@", re.I)
_LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Subscribe", "List-Help", "List-Owner", "List-Post",
                 "Mailing-List", "X-Mailing-List", "X-ML-Name", "X-ML-Info", "X-MLServer", "X-Mailman-Version",
                 "X-List-Administrivia")
# A reply or forward of a failure notice ("Fwd: Returned mail: …", "RE: … : non remis (delivery failed)")
# reports a failed delivery, it does not answer anyone.
_REPLY_PREFIX_RE = re.compile(r"^(?:\s*(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs|antw|ynt|odp|pd|rif|res)\s*(?:\[\d+\])?\s*:)+",
                              re.I)
_FORWARD_PREFIX_RE = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:", re.I)
# A list manager's confirmation mail (Mailman's "confirm <token>", the token its web page and reply both take):
# from a list's administrative address, even where the notice carries no List-* header.
_CONFIRM_SUBJECT_RE = re.compile(r"^\s*confirm\s+[0-9a-f]{16,}\s*$", re.I)
# RFC 7489 section 7.2.1.1: a DMARC aggregate report's Subject ("Report Domain: <domain> Submitter: <receiver>
# Report-ID: <id>", receivers wrap or prefix it) and its attachment's name ("receiver!domain!begin!end.xml.gz").
_DMARC_SUBJECT_RE = re.compile(r"\breport[ -]?domain:\s*[{<]?[\w.-]+\.[a-z]{2,}[}>]?[\s;,]+submitter:", re.I)
_DMARC_FILE_RE = re.compile(r"^[^!\s/]+![^!\s/]+!\d{9,11}!\d{9,11}(?:![^!\s/]+)?\.(?:xml(?:\.gz)?|zip|gz)$", re.I)
_FAILURE_SUBJECT_RE = re.compile(
    r"\b(?:delivery (?:has )?failed|undeliverable|returned mail|mail delivery failed|delivery status notification|"
    r"non remis|unzustellbar|nicht zustellbar|non recapitabile|onbestelbaar)\b", re.I)


def subject_is_bounce(subject: str) -> bool:
    """A bounce subject at the start, past leading brackets and stars ("[SPAM] " is not stripped); a subject
    whose bracket is its own word ("[Postmaster] Email Delivery Failure") is read before the stripping too."""
    s = " ".join(subject.lower().split())
    return s.lstrip("[(*- ").startswith(BOUNCE_SUBJECTS) or s.startswith(BOUNCE_SUBJECTS)


def subject_reports_failure(subject: str) -> bool:
    """A bounce subject, also behind "Re:"/"Fwd:" prefixes, or a failure phrase anywhere in it."""
    rest = _REPLY_PREFIX_RE.sub("", subject)
    return subject_is_bounce(rest) or bool(_FAILURE_SUBJECT_RE.search(subject))


def persons_reply_about_delivery(msg: Message) -> bool:
    """A failure subject is the only sign, on mail that answers or forwards another: a person's client wrote its
    thread headers (In-Reply-To/References) or its "Fwd:". Reports come from a daemon or a null sender, or
    carry report parts or X-Failed-Recipients, and answer no one; a person who writes "Undeliverable message?" or
    replies to a bounce they got and pastes its words is still a person: their mail never stops mail to them."""
    if not failure_subject_only(msg):
        return False
    # A bare "RE:" is not enough: some gateways title their report "RE: <subject> : non remis (delivery failed)".
    return bool(header_text(msg, "In-Reply-To").strip() or header_text(msg, "References").strip()
                or _FORWARD_PREFIX_RE.match(header_text(msg, "Subject")))


def answers_or_forwards(msg: Message) -> bool:
    """Does msg answer or forward another mail: thread headers (In-Reply-To/References) or a "Re:"/"Fwd:" prefix?"""
    return bool(header_text(msg, "In-Reply-To").strip() or header_text(msg, "References").strip()
                or _REPLY_PREFIX_RE.match(header_text(msg, "Subject")))


def failure_subject_only(msg: Message) -> bool:
    """Is a failure subject the mail's only machine sign (no daemon or null sender, report part, X-Failed-Recipients)?"""
    return machine_signs(msg) == "bounce subject" and not header_text(msg, "X-Failed-Recipients").strip()


def replies_to_a_failure_notice(msg: Message) -> bool:
    """Does the subject reply to or forward a failure notice ("Re: Undeliverable: …", "Fwd: Returned mail")?"""
    subject = header_text(msg, "Subject")
    return bool(_REPLY_PREFIX_RE.match(subject)) and subject_reports_failure(subject)


# A bounce collector, where failed deliveries go back to: only the robot that owns it sends from it. "bounces" as
# a word of the local part ("news_bounces@", "list-bounces@", "bounces+x@"), or "bounce" opening it ("bounce@",
# "bounce-4471@", "bounce+tag@"); see _bounce_collector for "bounce" closing it ("monitor-bounce@").
_BOUNCES_WORD_RE = re.compile(r"^(?:[^@]*[-_.+])?bounces\d*(?:[-_.+][^@]*)?@|^bounce(?:[-_.+\d][^@]*)?@", re.I)
# "bounce" as the last word after a name ("mailer-bounce@", "jane.bounce@"): "." "_" and "-" alike.
_BOUNCE_LAST_RE = re.compile(r"^([^@+]+)[-_.]bounce(?:\+[^@]*)?@", re.I)
# How a mass mailing spells one recipient's address inside its own per-recipient (VERP) address:
# "dana=example.net", "dana-AT-example.net", "dana_at_example.net", "dana%example.net".
_ENCODED_AT = ("=", "-at-", "_at_", ".at.", "%")
# Where the delivering servers recorded the recipient (mass mail often has no To naming them).
_RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To")


def robot_sender(msg: Message, sender_listed: bool = False) -> str | None:
    """Why the sender is a robot ("no-reply address", "list robot"), or None. `sender_listed`: the From is a
    manager or recruiter the config lists, so only what its own address says counts (not its Reply-To)."""
    addr = email.utils.parseaddr(header_text(msg, "From"))[1].strip()
    if _ROBOT_RE.match(addr):
        return "robot sender address"
    if _bounce_collector(header_text(msg, "From"), addr):
        return "bounce-collector sender address"
    if per_recipient_sender(msg, read_reply_to=not sender_listed):
        return "per-recipient sender address"
    if _LIST_ROBOT_RE.match(addr) and _CONFIRM_SUBJECT_RE.match(header_text(msg, "Subject")):
        return "mailing-list notice"
    if (_LIST_ROBOT_RE.match(addr) or header_text(msg, "X-List-Administrivia").strip().lower() == "yes") \
            and _list_headers(msg):
        return "mailing-list notice"
    return None


def _bounce_collector(from_header: str, addr: str) -> bool:
    """Is addr a bounce collector's? "x.bounce@", "x_bounce@" and "x-bounce@" are one case: a collector
    ("mailer-bounce@", "Trap Monitoring <monitor-bounce@…>"), unless the display name is a person's whose surname
    the address spells, "Jane Bounce <jane-bounce@…>", "Bounce, John <john.bounce@…>". (A collector whose display
    name spells its own address the same way, "Mailer Bounce <mailer-bounce@…>", is taken for a person: known.)"""
    if _BOUNCES_WORD_RE.match(addr):
        return True
    last = _BOUNCE_LAST_RE.match(addr)
    if last is None:
        return False
    words = re.findall(r"[^\W\d_]+", email.utils.parseaddr(from_header)[0].lower())
    surname = bool(words) and (words[-1] == "bounce" or words[0] == "bounce" and "," in from_header)
    return not (surname and set(re.split(r"[-_.]", last.group(1).lower())) <= set(words))


def per_recipient_sender(msg: Message, read_reply_to: bool = True) -> bool:
    """Does the From or Reply-To address spell out a recipient's own address in its local part (VERP,
    "removes_dana-AT-example.net@reports.example.org")? Such an address is minted for each recipient of a mass
    mailing; a person's own address never spells the address they write to (SRS rewrites only the envelope, and
    spells the sender's address there, not the recipient's). A listed person's Reply-To is not read
    (`read_reply_to=False`): a CRM or ticket desk that mails on their behalf sets one, and the mail is still theirs."""
    headers = ("From", "Reply-To") if read_reply_to else ("From",)
    senders = [email.utils.parseaddr(header_text(msg, name))[1].strip().lower() for name in headers]
    locals_ = [a.rsplit("@", 1)[0] for a in senders if "@" in a]
    if not locals_:
        return False
    values = [header_text(msg, name) for name in _RECIPIENT_HEADERS]
    for _, addr in email.utils.getaddresses([v for v in values if v]):
        user, at, domain = addr.strip().lower().rpartition("@")
        if not at or not user or "." not in domain:
            continue
        spelled = "|".join(re.escape(user + sep + domain) for sep in _ENCODED_AT)
        # Whole words of the local part: "xa=b.co" spells no "a@b.co", "rita=acme.test.example" no "rita@acme.test".
        whole = re.compile(rf"(?:^|[^a-z0-9])(?:{spelled})(?:$|[^a-z0-9.])")
        if any(whole.search(local) for local in locals_):
            return True
    return False


# The accounts a host's own jobs send from (cron, scripts run as root, daemons): no person answers from them.
_SYSTEM_ACCOUNT_RE = re.compile(r"^(?:root|daemon|nobody|cron|anacron|logwatch|logcheck)@([^@\s]+)$", re.I)
# The full names system accounts carry (Linux's and FreeBSD's root, cron's own mail): no person signs so.
_SYSTEM_ACCOUNT_NAMES = frozenset({"root", "root user", "charlie root", "super-user", "cron daemon"})
# Headers only a person's client writes on an answer (Outlook's Thread-Topic/Thread-Index among them).
_REPLY_HEADERS = ("In-Reply-To", "References", "Thread-Topic", "Thread-Index")


def system_account_sender(msg: Message, sender_listed: bool = False) -> bool:
    """Mail a host's own job sent: its envelope sender (Return-Path) or From is a system account (root@, daemon@,
    cron@ …) and its From is on that same host or domain. A person's mail that a root-run script passes on keeps
    the person's From on their own domain, and stays theirs; so does a reply, whatever its envelope: a job's report
    answers nothing, while a mail host that re-injects its users' mail as root (a procmail or fetchmail set-up)
    gives every manager's answer a root envelope on the company's own domain. A From the config lists
    (`sender_listed`) is judged by its address alone: a manager's client that shows "Root" as their name, or a host
    that re-injects their mail as root, leaves them the person they are; root@ itself is nobody's."""
    if sender_listed:
        return system_account_address(msg)
    return system_account_from(msg) or system_account_envelope(msg)


def system_account_from(msg: Message) -> bool:
    """Is the From itself a system account (root@, cron@ …, or the name such an account's mail carries, "Root
    User", "Cron Daemon", whatever address a script set)? No unlisted person writes from one."""
    name = email.utils.parseaddr(header_text(msg, "From"))[0]
    return system_account_address(msg) or " ".join(name.lower().split()) in _SYSTEM_ACCOUNT_NAMES


def system_account_address(msg: Message) -> bool:
    """Is the From address a system account's (root@, daemon@, cron@ …)? No person writes from one, whoever is listed."""
    return bool(_SYSTEM_ACCOUNT_RE.match(email.utils.parseaddr(header_text(msg, "From"))[1].strip()))


def system_account_envelope(msg: Message) -> bool:
    """Only the envelope says a job sent it: a system account's Return-Path on the From's own host or domain, and
    nothing of a reply. A reply's headers (In-Reply-To, References), its subject's "RE:"/"AW:"/"Fwd:" or Outlook's
    Thread-Topic/Thread-Index are a person's client answering, which a cron job or a script never writes: an
    off-thread answer re-injected as root by the company's own mail host keeps them."""
    envelope = _SYSTEM_ACCOUNT_RE.match(header_text(msg, "Return-Path").strip().strip("<>").strip())
    if envelope is None:  # most mail: nothing more to read
        return False
    sender = email.utils.parseaddr(header_text(msg, "From"))[1].strip()
    if "@" not in sender or any(header_text(msg, name) for name in _REPLY_HEADERS) \
            or PREFIX_RE.match(header_text(msg, "Subject").lstrip()):
        return False
    host, domain = envelope.group(1).lower(), sender.rsplit("@", 1)[1].lower()
    return host == domain or host.endswith("." + domain) or domain.endswith("." + host)


def list_robot_address(addr: str) -> bool:
    """A list manager's or a list's administrative address ("majordomo@", "neko-ctl@", "owner-team@")."""
    return bool(_LIST_MANAGER_RE.match(addr) or _LIST_ROBOT_RE.match(addr))


def list_server_sender(msg: Message) -> bool:
    """Is the sender a list server's own robot (Majordomo, Mailman, Sympa, fml …, or a list's administrative
    address on mail carrying a list manager's headers), not a person posting through the list?"""
    addr = email.utils.parseaddr(header_text(msg, "From"))[1].strip()
    if bool(_LIST_MANAGER_RE.match(addr)) or robot_sender(msg) == "mailing-list notice":
        return True
    envelope = lost_from_envelope(msg)
    return bool(_LIST_MANAGER_RE.match(envelope) or _LIST_ROBOT_RE.match(envelope) and _list_headers(msg))


def from_lost(msg: Message) -> bool:
    """Has the From no address (absent, empty, a bare word, a group, an encoded word that decodes to nothing)?"""
    return "@" not in email.utils.parseaddr(header_text(msg, "From"))[1]


def lost_from_envelope(msg: Message) -> str:
    """The envelope sender (Return-Path) of mail whose From has no address (absent, empty, a bare word, a group,
    an encoded word that decodes to nothing), else "": the From was lost on the way, the envelope the delivering
    server recorded still says who sent it. Mail with a From address is judged by that address only."""
    if not from_lost(msg):
        return ""
    return next((a for a in envelope_senders(msg) if "@" in a), "")


# Where delivering servers record the envelope sender: Return-Path (RFC 5321 4.4), and the copies some MTAs and
# list servers keep of it (Sendmail/Exim "X-Envelope-From", Mailman's "X-MailFrom").
ENVELOPE_HEADERS = ("Return-Path", "X-Envelope-From", "X-MailFrom")


def envelope_senders(msg: Message) -> list[str]:
    """The envelope sender addresses the delivering servers recorded, in ENVELOPE_HEADERS order."""
    found = (email.utils.parseaddr(header_text(msg, name))[1].strip() for name in ENVELOPE_HEADERS)
    return [a for a in found if a]


def _list_headers(msg: Message) -> bool:
    keys = {k.lower() for k in msg.keys()}
    return any(h.lower() in keys for h in _LIST_HEADERS)


def null_or_daemon_sender(msg: Message) -> bool:
    sender = header_text(msg, "From").strip()
    return (sender in ("", "<>") and "from" in (k.lower() for k in msg.keys())) or bool(DAEMON_RE.search(sender)) \
        or header_text(msg, "Return-Path").strip() == "<>" or daemon_envelope(msg)


def daemon_envelope(msg: Message) -> bool:
    """A From without an address (absent, a bare word, a group) on mail whose envelope sender, as the delivering
    servers recorded it (ENVELOPE_HEADERS), is an MTA's own account ("<postmaster@…>", "<MAILER-DAEMON@…>"): the
    report's From was lost on the way, its envelope still says who sent it. Mail with a From address is judged by
    that address, never by its envelope (a list's or a provider's bounce address is no daemon)."""
    if "@" in header_text(msg, "From"):
        return False
    return any(DAEMON_RE.search(a) for a in envelope_senders(msg))


def dmarc_aggregate_report(msg: Message) -> bool:
    """A DMARC aggregate report (RFC 7489 7.2.1.1) by its Subject or its attachment's name: a receiver's machine
    sends it, whatever its From ("DMARC Aggregate Report <dmarcreport@…>") and whether or not it says Auto-Submitted."""
    if _DMARC_SUBJECT_RE.search(header_text(msg, "Subject")):
        return True
    try:
        return any(_DMARC_FILE_RE.match((part.get_filename() or "").strip()) for part in leaves(msg))
    except Exception:  # noqa: BLE001 - a broken tree or name: no sign
        return False


def report_parts(msg: Message) -> bool:
    """multipart/report, or any part of a report's own types (some MTAs get the outer type wrong). Parts inside an
    attached message are that message's: a person who forwards a bounce as an attachment wrote no report."""
    if msg.get_content_type() == "multipart/report":
        return True
    try:
        return any(part.get_content_type() in REPORT_TYPES for part in leaves(msg))
    except Exception:  # noqa: BLE001 - a broken tree: what we could see said nothing
        return False


def attached_report(msg: Message) -> bool:
    """Does a message attached to msg (message/rfc822: a forwarded mail, a returned original) carry report parts?"""
    try:
        return any(part.get_content_type() in REPORT_TYPES or part.get_content_type() == "multipart/report"
                   for part in msg.walk() if part is not msg)
    except Exception:  # noqa: BLE001 - a broken tree: what we could see said nothing
        return False


def forwarded_report(msg: Message) -> bool:
    """A person's mail with a report attached (a bounce or feedback report forwarded to ask what it means): no
    sign of machine mail of its own, report parts only inside the attached message. The report is the
    attachment's; the mail, and its words, are the person's."""
    return attached_report(msg) and machine_signs(msg) is None  # the cheap walk first: most mail has no report


def machine_signs(msg: Message, sender_listed: bool = False) -> str | None:
    """The first cheap sign that msg was written by a machine, or None. Reads headers and the MIME tree.
    Strong signs (a person never writes such mail) come before weak ones (Auto-Submitted, Precedence,
    X-headers), which list mail carrying a person's words may also have. `sender_listed`: the From is a manager or
    recruiter the config lists (classify knows), so their Reply-To, display name and envelope are no sender sign."""
    try:
        if null_or_daemon_sender(msg):
            return "null or daemon sender"
        if report_parts(msg):
            return "report content type"
        robot = robot_sender(msg, sender_listed)
        if robot:
            return robot
        if system_account_sender(msg, sender_listed):
            return "system account sender"
        if dmarc_aggregate_report(msg):
            return "DMARC aggregate report"
        if subject_reports_failure(header_text(msg, "Subject")):
            return "bounce subject"
        auto = header_text(msg, "Auto-Submitted").strip().lower()
        if auto and not auto.startswith("no"):
            return "Auto-Submitted"
        keys = {k.lower() for k in msg.keys()}
        hit = next((h for h in _MACHINE_HEADERS if h.lower() in keys), None)
        if hit:
            return hit
        if header_text(msg, "Precedence").strip().lower() in _PRECEDENCE:
            return "Precedence"
    except Exception:  # noqa: BLE001 - odd headers: no sign, the detectors' own fallbacks still run
        return None
    return None


def without_attachments(msg: Message) -> Message:
    """msg itself if it has no binary attachments, else a copy whose non-text leaves are emptied, so
    line-by-line scanners never walk base64 résumé lines. Report parts and attached messages stay."""
    heavy = [p for p in leaves(msg) if p.get_content_maintype() not in ("text", "message") and
             p.get_content_type() not in REPORT_TYPES and not p.is_multipart()]
    if not heavy:
        return msg
    clone = copy.deepcopy(msg)
    for part in leaves(clone):
        if part.get_content_maintype() not in ("text", "message") and not part.is_multipart() \
                and part.get_content_type() not in REPORT_TYPES:
            part.set_payload("")
    return clone

"""Bounce (DSN/NDR) detection: failed recipients, permanence and the returned Message-ID."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from email.message import Message

from flufl.bounce import all_failures
from mailer.reading.failedaddresses import failed_only, identifiers_and_senders, near_failure_words
from mailer.reading.listnotice import REFUSAL_RE as LIST_REFUSAL_RE, refused_addresses, refused_post
from mailer.reading.serverreply import server_words
from mailer.reading.sesnotice import ses_notice
from mailer.reading.machine import (DAEMON_RE, answers_or_forwards, daemon_envelope, forwarded_report, from_lost,
                                    machine_signs, persons_reply_about_delivery, report_parts, subject_is_bounce,
                                    without_attachments)
from mailer.reading.reportparts import (RETURNED_TYPES, dsn_blocks, field_blocks, original_message_id, parse_dsn,
                                        report_text, text_dsn, walk)
from mailer.reading.text import ADDRESS_RE, header_text, tolerant

# flufl.bounce logs every detector crash with log.exception; without a handler Python's
# last-resort handler would print those tracebacks to stderr for perfectly ordinary mail.
logging.getLogger("flufl.bounce").addHandler(logging.NullHandler())

@dataclass(frozen=True)
class Bounce:
    permanent: bool
    addresses: frozenset[str]
    original_message_id: str | None
    rule: str
    diagnostic: str = ""  # what the refusing server said, when the report carries it (for people to read)


_WARNING_RE = re.compile(
    r"\(delay\)|delayed|still being retried|will be retried|will continue to|warning:|"
    r"advisory-only|has not yet been delivered|not yet been delivered|no action is required|"
    r"will be delivered (?:to (?:the |its )?recipients? )?(?:with (?:a )?delay|later)|"
    r"verzögert|retrasad|retardé", re.I,
)
# A notice that the MTA stopped trying: whatever its status code, the mail did not arrive (permanent for
# mailer), unlike a warning that it is still trying. Read before the warning words, so it wins over them. Besides
# the common servers' words, the give-up phrasings of Sisimai's "expired" table (lib/Sisimai/Reason/Expired.pm,
# whose other entries are delay warnings): qmail "in the queue too long", "not reachable within the allowed queue
# period", "unable to deliver message after multiple retries"; Office 365 "has stopped trying".
GAVE_UP_RE = re.compile(
    r"gave up|giving up|given up|have now given up|retry timeout exceeded|retry time (?:not reached|exceeded)"
    r".{0,60}long failure|message (?:has )?expired|expired after|too long in (?:the )?queue|in the queue too long|"
    r"could not be delivered (?:within|for) \d+ (?:days|hours)|will not be retried|no more retries|"
    r"permanently failed|delivery time expired|maximum (?:queue|delivery) time|has stopped trying|"
    r"not reachable within the allowed queue period|(?:have|has) been failing for a long time|"
    r"unable to deliver (?:the |this |your )?message after (?:multiple|several|\d+) (?:retries|attempts)",
    re.I | re.S)
# A report that says the server is still trying: what the common delay warnings write (Sendmail "THIS IS A WARNING
# MESSAGE ONLY", Postfix "still being retried", Exim "Delivery attempts will continue", Exchange "will continue to be
# attempted", OpenSMTPD "only a temporary failure report", Gmail/Zoho "will be retried for 2 more day(s)").
_RETRY_RE = re.compile(r"will (?:be )?retr(?:y|ied)|still (?:trying|being retried)|will (?:continue|keep) (?:to )?"
                       r"(?:try|trying)|is being retried|will try again|attempts will continue|will continue to be "
                       r"attempted|warning (?:message )?only|(?:do not|don't) need to re-?send|only a temporary "
                       r"failure|(?:is|will be) kept in the queue|has(?: not|n't) yet been delivered|"
                       r"has(?: not|n't) been delivered yet", re.I)
# What an MTA's report says in its own text and a person's note does not: an SMTP reply line ("550 5.1.1 …",
# "550 - Requested action not taken") or the announcement of the returned original ("The first 50 lines of your
# original message follow", "Below this line is a copy of the message"). It stands for the daemon's From when the
# From was lost: mail without a From address is a report only if its own text is shaped as one.
_REPORT_BODY_RE = re.compile(
    r"^[ \t]*[45]\d\d(?:[ -]+[45]\.\d{1,3}\.\d{1,3}\b|[ -]+[A-Za-z])|"
    r"\b(?:original|returned|undelivered) (?:message|mail) (?:follows?|is attached|below)\b|"
    r"\bfirst \d+ lines of (?:your|the) (?:original )?message\b|copy of the (?:original )?message\b",
    re.I | re.M)
_FAILURE_RE = re.compile(
    r"could not be delivered|couldn't be delivered|delivery (?:has )?failed|undeliverable|"
    r"permanent(?:ly)? (?:error|fatal|failure)|user unknown|unknown user|no such (?:user|mailbox)|"
    r"mailbox (?:unavailable|not found|is full|full)|does not exist|recipient address rejected|"
    r"returned to sender|delivery to the following recipients? failed|not delivered|"
    r"did not reach (?:the |its |some or all of (?:the |its )?)?(?:intended )?recipients?|was automatically rejected|"
    r"message was not accepted|not a valid (?:user|recipient|address)|quota exceeded|over quota|"
    r"host (?:or domain name )?not found|"
    r"\b5\.\d{1,3}\.\d{1,3}\b|\b55[0-4][ -]|unzustellbar|konnte nicht zugestellt|"
    r"n'a pas pu être (?:remis|distribué)|no se pudo entregar|non è stato possibile recapitare",
    re.I,
)
# Challenge/response systems look like DSNs ("Action: failed") but the mail will arrive once the
# sender confirms; RFC 3834-wise they are auto-replies, so they must not count as bounces.
_CHALLENGE_RE = re.compile(
    r"x-boxbe-notice|sender not pre-approved|my (?:boxbe )?guest list|protected by bluebottle|"
    r"recipient's allowed list|confirm (?:that )?you are a (?:real person|human)|challenge[- ]response", re.I,
)
# A filter's refusal at delivery (a Sieve "reject", RFC 5429: Dovecot and Cyrus send "Automatically rejected mail"):
# the mail was refused, so it did not arrive. Counted only from a daemon or a null sender.
_REJECTED_SUBJECT_RE = re.compile(r"^\s*(?:automatically rejected (?:mail|message)|(?:mail|message) (?:was )?"
                                  r"(?:automatically )?rejected)\b", re.I)
# ARF complaints are reports, not bounces.  (MDNs are not excluded outright: some MTAs send
# their rejections as report-type=disposition-notification, e.g. flufl simple_38.)
_NON_BOUNCE_REPORTS = ("feedback-report",)


def _flufl(msg: Message) -> tuple[frozenset[bytes], frozenset[bytes]]:
    try:
        return all_failures(msg)
    except Exception:
        pass
    # all_failures stops at the first detector that raises (e.g. its Yale detector on a message
    # without From:), hiding the detectors after it; run them one by one, skipping the crashers.
    try:
        from flufl.bounce._scan import _DETECTORS  # private, hence the guard
    except Exception:
        return frozenset(), frozenset()
    for detector in _DETECTORS:
        try:
            temporary, permanent = detector().process(msg)
        except Exception:
            continue
        if temporary or permanent:
            return frozenset(temporary), frozenset(permanent)
    return frozenset(), frozenset()


def _ascii(addrs) -> set[str]:
    return {a.decode("ascii", "replace") if isinstance(a, bytes) else str(a) for a in addrs}


def detect_bounce(msg: Message) -> Bounce | None:
    """Return a Bounce if msg is a non-delivery report (failure or delay), else None."""
    return tolerant(_detect, msg, None)


def _detect(msg: Message) -> Bounce | None:
    subject = header_text(msg, "Subject")
    sender = header_text(msg, "From")
    own_id = header_text(msg, "Message-ID").strip()
    ctype = msg.get_content_type()
    report_type = str(msg.get_param("report-type", "", header="content-type") or "").lower()
    if ctype == "multipart/report" and report_type in _NON_BOUNCE_REPORTS:
        return None
    if forwarded_report(msg):
        return None  # a person forwarded a report as an attachment: their words, not a bounce of theirs
    body = report_text(msg)
    dsn, diagnostics = parse_dsn(msg)
    if not any(dsn.values()) and from_lost(msg) and not report_parts(msg):
        dsn, diagnostics = text_dsn(body)  # From and part types both lost: the report's fields are still its text
    if _CHALLENGE_RE.search(diagnostics) or _CHALLENGE_RE.search(body[:1500]):
        return None

    def found(permanent: bool, addrs: set[str], rule: str) -> Bounce:
        # The Diagnostic-Code of an RFC 3464 report; else the reply the report's own text quotes (serverreply.py)
        said = next((d.split(";", 1)[-1].strip() for d in diagnostics.splitlines() if d.strip()), "") or \
            server_words(body, addrs)
        return Bounce(permanent, frozenset(addrs), original_message_id(msg, own_id), rule, said[:300])

    for kind in ("failed", "gaveup", "delayed"):
        if dsn[kind] or kind in dsn["unnamed"]:
            rule = "dsn:failed-transient" if kind == "gaveup" else "dsn:" + kind
            final = kind != "delayed" or bool(GAVE_UP_RE.search(body[:5000]))
            return found(final, dsn["failed"] | dsn["gaveup"] | dsn["delayed"], rule)
    if dsn["delivered"] or "delivered" in dsn["unnamed"]:
        return None  # a success DSN ("delivered"/"relayed") is good news, not a bounce

    ses = ses_notice(msg)
    if ses is not None:
        return Bounce(ses.permanent, ses.addresses, ses.original_message_id, "ses:bounce", ses.diagnostic) \
            if ses.kind == "bounce" else None
    # A missing From/Return-Path proves nothing (body-only input); only explicit null ones count.
    daemon = bool(DAEMON_RE.search(sender)) or sender.strip() == "<>" or daemon_envelope(msg) or \
        from_lost(msg) and bool(_REPORT_BODY_RE.search(body[:5000]))
    null_path = header_text(msg, "Return-Path").strip() == "<>"
    subj_hit = subject_is_bounce(subject)
    signs = machine_signs(msg)
    # A list server's refusal whose From was lost carries no cheap sign; its envelope and wording still say it.
    refusal = refused_post(msg, body)
    if signs is None and refusal is None and not from_lost(msg):
        return None  # judge cheaply first: no sign of machine mail, so no line-by-line scanners
    if persons_reply_about_delivery(msg):
        return None  # only its subject is a report's: a person replying about (or pasting) a bounce they got
    if refusal is not None:  # a list server refused the post: it reached no member
        named = refused_addresses(near_failure_words(body, LIST_REFUSAL_RE, set.union(*identifiers_and_senders(msg))))
        return Bounce(True, frozenset(named), original_message_id(msg, own_id), "list:refused", refusal[:300])
    # A server saying it stopped trying ("has stopped trying", "in the queue too long") reports a failure too.
    failure_text = bool(_FAILURE_RE.search(body)) or bool(_FAILURE_RE.search(subject)) or \
        bool(GAVE_UP_RE.search(body[:5000]))
    structural = ctype == "multipart/report" or signs == "report content type" or \
        bool(header_text(msg, "X-Failed-Recipients").strip())
    # flufl's looser detectors fire on some human mail (flufl groupwise_03, a Spanish Outlook
    # reply); require at least one independent sign of an automated report.
    corroborated = daemon or subj_hit or null_path or structural or failure_text

    temporary, permanent = _flufl(without_attachments(msg))
    if (temporary or permanent) and corroborated:
        rule = "flufl:permanent" if permanent else "flufl:temporary"
        named = failed_only(_ascii(permanent or temporary), msg)
        return found(_final(bool(permanent), body), named, rule)

    # Heuristics for NDRs neither RFC 3464 nor flufl recognise.
    returned = any(p.get_content_type() in RETURNED_TYPES for p in walk(msg) if p is not msg)
    rejected = bool(_REJECTED_SUBJECT_RE.search(subject)) and (daemon or null_path)
    if not ((daemon and (subj_hit or failure_text)) or (subj_hit and (failure_text or null_path))
            or (structural and failure_text) or (null_path and returned and failure_text) or rejected):
        return None
    warning = bool(_WARNING_RE.search(subject)) or (
        bool(_WARNING_RE.search(body[:3000])) and not re.search(
            r"returned|failed|permanent|undeliverable|could not be delivered", subject, re.I))
    rule = "heuristic:" + ("subject" if subj_hit else "rejected" if rejected else "sender" if daemon else "structure")
    excluded = set.union(*identifiers_and_senders(msg))
    # A warning names its recipients near its delay words, a failure near its failure words; either may use both.
    anchors = (_WARNING_RE, _FAILURE_RE, GAVE_UP_RE) if warning else (_FAILURE_RE, GAVE_UP_RE, _WARNING_RE)
    named = next((hit for words in anchors if (hit := near_failure_words(body, words, excluded))), set())
    return found(_final(not warning, body), named, rule)


def _final(permanent: bool, body: str) -> bool:
    """Did the mail finally not arrive? A give-up notice is final whatever its code; a failure that
    says it will be retried is not."""
    head = body[:5000]
    if GAVE_UP_RE.search(head):
        return True
    return permanent and not _RETRY_RE.search(head)


# ------------------------------------------------------------------------------ feedback reports
@dataclass(frozen=True)
class Complaint:
    """An abuse feedback report (RFC 5965 ARF): someone marked our mail as spam."""

    addresses: frozenset[str]        # who complained (the original's recipients)
    original_message_id: str | None
    feedback_type: str               # abuse, fraud, opt-out, auth-failure …

    @property
    def objection(self) -> bool:
        """Whether the report says the recipient did not want the mail (RFC 5965 abuse, fraud, opt-out, virus,
        other, an unknown type). An RFC 6591 auth-failure report (a DMARC failure report) says only that the mail
        failed the receiver's SPF/DKIM checks, and not-spam (RFC 6650) the opposite of a complaint: neither is the
        recipient's objection, so neither may stop mail to them."""
        return self.feedback_type not in ("auth-failure", "not-spam")


def detect_complaint(msg: Message) -> Complaint | None:
    """A Complaint if msg is an ARF feedback report, else None."""
    return tolerant(_complaint, msg, None)


def _complaint(msg: Message) -> Complaint | None:
    if forwarded_report(msg):
        return None  # a person forwarded a report as an attachment: their words, not a complaint
    report_type = str(msg.get_param("report-type", "", header="content-type") or "").lower()
    reports = [p for p in walk(msg) if p.get_content_type() == "message/feedback-report"]
    jmrp = _jmrp_recipient(msg)
    inline = None
    if report_type != "feedback-report" and not reports and not jmrp:
        ses = ses_notice(msg)
        if ses is not None and ses.kind == "complaint":
            return Complaint(ses.addresses, ses.original_message_id, "abuse")
        inline = _inline_feedback_fields(msg)
        if inline is None and not _JMRP_SUBJECT_RE.match(header_text(msg, "Subject")):
            return None
    fields: dict[str, str] = dict(inline or {})
    for part in reports:
        for block in dsn_blocks(part):
            fields.update(block)
    addresses = {a for key in ("original-rcpt-to", "removal-recipient")
                 for a in ADDRESS_RE.findall(fields.get(key, ""))} | jmrp
    original = None
    for part in walk(msg):
        if part is msg or part.get_content_type() not in RETURNED_TYPES:
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            original = payload[0]
            break
    if original is not None and not addresses:
        addresses = {a.lower() for a in ADDRESS_RE.findall(header_text(original, "To"))}
    own_id = header_text(msg, "Message-ID").strip()
    return Complaint(frozenset(a.lower() for a in addresses), original_message_id(msg, own_id),
                     fields.get("feedback-type", "abuse").strip().lower() or "abuse")


# RFC 5965 / 6591 fields that, next to a Feedback-Type line in the same block, make a block of text a feedback
# report's: a report a feedback loop sends as plain text, one it forwards inline, or one whose part is mislabelled.
_ARF_FIELDS = ("user-agent", "version", "original-mail-from", "original-rcpt-to", "arrival-date", "reporting-mta",
               "source-ip", "reported-domain", "reported-uri", "auth-failure", "removal-recipient",
               "original-envelope-id", "authentication-results", "incidents")
_FEEDBACK_TYPE_RE = re.compile(r"[a-z][a-z0-9-]{1,30}")
# Microsoft's Junk Mail Reporting Program titles every complaint so, whatever is (still) attached.
_JMRP_SUBJECT_RE = re.compile(r"^\s*complaint about message from \[?\d{1,3}(?:\.\d{1,3}){3}\]?\s*$", re.I)


def _inline_feedback_fields(msg: Message) -> dict[str, str] | None:
    """The fields of a feedback report written into the mail's own text (no message/feedback-report part, no
    report-type): a Feedback-Type line and at least one other RFC 5965 field in one block. A person who answers
    or forwards such a report inline wrote their own mail: no sign of machine mail, thread headers or "Fwd:"."""
    if machine_signs(msg) is None and answers_or_forwards(msg):
        return None
    for block in field_blocks(report_text(msg)[:20_000]):
        kind = block.get("feedback-type", "").strip().lower()
        if _FEEDBACK_TYPE_RE.fullmatch(kind) and any(field in block for field in _ARF_FIELDS):
            return block
    return None


def _jmrp_recipient(msg: Message) -> set[str]:
    """Microsoft's Junk Mail Reporting Program sends the reported mail as an attachment (not ARF), stamped
    with the recipient who reported it."""
    found: set[str] = set()
    for part in walk(msg):
        payload = part.get_payload() if part.get_content_type() == "message/rfc822" else None
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            found |= set(ADDRESS_RE.findall(header_text(payload[0], "X-HmXmrOriginalRecipient")))
    return found

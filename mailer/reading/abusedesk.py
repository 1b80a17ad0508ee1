"""An abuse or incident desk's notice (pure): mail from an operations role mailbox (RFC 2142's abuse@, noc@,
security@ …, and the incident, takedown and rights desks CERTs, providers and rights agencies run), a report stamped
X-ARF, or a body its sender signed that calls itself automatic or carries a report's machine-readable block. None of it
is a hiring manager's answer, whatever thread it lands in (classify's machine_mail rule reads it)."""

from __future__ import annotations

import email.utils
from email.message import Message
import re

from mailer.reading.headerblocks import header_line
from mailer.reading.noticewords import SELF_DECLARED_WORDING
from mailer.reading.pgparmour import clear_signed_text
from mailer.reading.replymarkers import (EQUALS_FORWARD_RE, FORWARD_RE, HEADER_RE, HEADER_START, NAMED_FORWARD_RE,
                                         ORIGINAL_RE, QUOTE_RE, WROTE_END_RE, WROTE_VERB_RE)
from mailer.reading.text import header_text, part_text, text_parts

# RFC 2142 §4-5's operations mailboxes, and the desks incident handlers publish for reports (FIRST's and the CERTs'
# cert@/csirt@/psirt@, a SOC, providers' spam and phishing desks, DMCA agents, takedown and anti-piracy desks).
_DESK_WORDS = frozenset((
    "abuse", "antiabuse", "noc", "security", "infosec", "secops", "postmaster", "hostmaster", "cert", "csirt", "cirt",
    "psirt", "soc", "incident", "incidents", "dmca", "copyright", "takedown", "takedowns", "antipiracy", "piracy",
    "phishing", "antiphishing", "spam", "antispam"))
# Words a desk's mailbox adds to its name ("abuse-reports@", "security-team@", "dmca-agent@"), and digits
# ("abuse2@", "soc24x7@"). Alone they name no desk ("reports@", "team@"): a role mailbox holds one of the words above.
_DESK_QUALIFIERS = frozenset((
    "desk", "team", "dept", "department", "report", "reports", "reporting", "response", "notice", "notices",
    "notification", "notifications", "alert", "alerts", "center", "centre", "office", "service", "services", "ops",
    "operations", "handling", "mailbox", "inbox", "contact", "info", "agent", "admin", "intake", "complaint",
    "complaints", "feedback", "network", "hosting", "mail", "email", "auto", "automated", "external"))
_VOCABULARY = _DESK_WORDS | _DESK_QUALIFIERS
_SEPARATORS_RE = re.compile(r"[-_.]")
_DIGITS_RE = re.compile(r"\d+(?:x\d+)?")  # "2", "24x7"
_LOCAL_MAX = 64  # RFC 5321's longest local part: a longer one is no desk's

# multipart/signed's protocols for PGP/MIME (RFC 3156) and S/MIME (RFC 8551).
_SIGNED_PROTOCOLS = ("application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature")
_ARMOUR_BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----"
_SIGNATURE_END_RE = re.compile(r"^-----END PGP SIGNATURE-----\s*$")
# What only a machine says of the mail it wrote ("This message was sent automatically", "Diese Nachricht wurde
# automatisch …"): the one list the absence rules read too.
_SELF_DECLARED_RE = re.compile(SELF_DECLARED_WORDING, re.I)
# ACNS, the XML block rights agencies' notices carry for the receiving desk's software (www.acns.net).
_ACNS_RE = re.compile(r"<Infringement\b[^>]*\bxmlns\s*=\s*[\"']https?://www\.acns\.net/", re.I)
# X-ARF's report fields (x-arf.org, schemas 0.1/0.2), as a block of "Field: value" lines.
_XARF_FIELD_RE = re.compile(
    r"^\s*(?P<field>reported-from|category|report-type|report-id|service|version|user-agent|date|source|source-type|"
    r"port|destination|destination-type|attachment|schema-url|occurrences|tlp)\s*:\s*\S", re.I)
_XARF_OWN_FIELDS = {"report-type", "source-type", "reported-from", "schema-url", "destination-type"}
_XARF_BLOCK = 3  # this many report fields in a row, one of them X-ARF's own: a report's block, no sentence


def desk_address(address: str) -> bool:
    """Is this address an operations or abuse desk's role mailbox ("abuse@", "noc@", "security-team@",
    "dmca-agent@", "soc24x7@", "takedown-response+0317@")? Its whole local part (a "+tag" aside) is made of the
    words above, written with or without "-", "_" or "." between them, one of them a desk's: a person's address
    that also names the person ("abuse-team-lead.jane@", "security.maria@") is not one."""
    local = address.strip().rpartition("@")[0].split("+", 1)[0].lower()
    if not local or len(local) > _LOCAL_MAX:
        return False
    spelled = [_desk_spelling(token) for token in _SEPARATORS_RE.split(local)]
    return None not in spelled and any(spelled)


def _desk_spelling(token: str) -> bool | None:
    """None when token is not written as vocabulary words and digit runs run together ("abusedesk" is abuse, desk);
    else whether a desk's word is among them. Each position is tried once: linear in the token, never the
    exponential backtracking a regex of optional words would risk on a long local part."""
    reached = {0: False}  # position → reached with a desk's word before it
    for i in range(len(token)):
        if i not in reached:
            continue
        digits = _DIGITS_RE.match(token, i)
        steps = [(digits.end(), False)] if digits else []
        steps += [(i + len(w), w in _DESK_WORDS) for w in _VOCABULARY if token.startswith(w, i)]
        for end, desk in steps:
            reached[end] = reached.get(end, False) or reached[i] or desk
    return reached.get(len(token)) if token else None


def desk_sign(msg: Message | None, listed_sender: bool) -> str | None:
    """Why msg is an abuse or incident desk's notice, or None. `listed_sender`: config lists the From as a manager
    or recruiter, and config wins over the address (a manager configured as security@ is a manager); the mail's
    own structure (X-ARF, a signed report) is judged whoever sent it."""
    if msg is None:
        return None
    try:
        if not listed_sender and desk_address(email.utils.parseaddr(header_text(msg, "From"))[1]):
            return "abuse or operations desk's address"
        if header_text(msg, "X-ARF").strip().lower() == "yes":
            return "X-ARF report"
        if signed_report(msg):
            return "signed report"
    except Exception:  # noqa: BLE001 - odd headers or parts: no sign, the other rules still run
        return None
    return None


def signed_report(msg: Message) -> bool:
    """Does the text its sender signed (PGP/MIME, S/MIME, or a PGP clear-signed body) call itself automatic or hold
    a report's machine-readable block (ACNS XML, X-ARF fields)? Only the sender's own lines are read: quoted lines
    and whatever follows a forward's or a reply's marker ("---------- Forwarded message ---------", "On … wrote:",
    a pasted "From:" line) are another's, so a person forwarding a report to ask about it stays the person."""
    lines = _signed_lines(msg)
    if not lines:
        return False
    own = _own_lines(lines)
    flat = " ".join(" ".join(own).split())
    return bool(_SELF_DECLARED_RE.search(flat) or _ACNS_RE.search(flat) or _xarf_block(own))


def _signed_lines(msg: Message) -> list[str]:
    """The signed text's lines: multipart/signed's first text part, or a first text part that opens with the
    clear-signed armour, without the armour. [] for unsigned mail (the common case, found from headers alone)."""
    if msg.get_content_type() == "multipart/signed":
        if (msg.get_param("protocol") or "").lower() not in _SIGNED_PROTOCOLS or not msg.is_multipart():
            return []
        plain = next((p for p in text_parts(msg.get_payload()[0]) if p.get_content_subtype() == "plain"), None)
        return _lines(part_text(plain)) if plain is not None else []
    plain = next((p for p in text_parts(msg) if p.get_content_subtype() == "plain"), None)
    if plain is None:
        return []
    lines = _lines(part_text(plain))
    first = next((line.strip() for line in lines if line.strip()), "")
    if first != _ARMOUR_BEGIN:
        return []
    end = next((i for i, line in enumerate(lines) if _SIGNATURE_END_RE.match(line)), len(lines) - 1)
    return clear_signed_text(lines[:end + 1])


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _own_lines(lines: list[str]) -> list[str]:
    """The lines above the first forward, original-message or quote-header marker, quoted ("> ") lines left out."""
    own: list[str] = []
    for line in lines:
        head = line[:300]
        if ORIGINAL_RE.match(head) or FORWARD_RE.match(head) or NAMED_FORWARD_RE.match(head) \
                or EQUALS_FORWARD_RE.match(head) or _pasted_sender(head) \
                or (WROTE_END_RE.search(head) and WROTE_VERB_RE.search(head)):
            break
        if not QUOTE_RE.match(head):
            own.append(line)
    return own


def _pasted_sender(line: str) -> bool:
    """A pasted header block's sender line ("From: Abuse Desk <abuse@…>", "Von: …"): another mail starts there."""
    found = HEADER_RE.match(line)
    return bool(found) and found["field"].lower() in HEADER_START and header_line(line)


def _xarf_block(lines: list[str]) -> bool:
    run: list[str] = []
    for line in lines:
        found = _XARF_FIELD_RE.match(line)
        run = [*run, found["field"].lower()] if found else []
        if len(run) >= _XARF_BLOCK and _XARF_OWN_FIELDS & set(run):
            return True
    return False

"""Is this mail's From proven? The configured `trust` method applied to one raw mail → AuthVerdict.

Three methods (config `trust:`):
* authentication-results: the receiving server's own stamp (RFC 8601). Only fields that sit above the
  (received_above_stamp + 1)-th Received field can be the server's: everything below that was already in
  the mail when it reached us, so anyone could have written it. No stamp there: not proven (fail closed).
  Within that zone, mailer/reading/authres.py decides (topmost field of our id first, alignment with From).
* dkim: mailer checks a DKIM signature itself (dkimpy) and requires its d= domain to align with From's
  organisational domain, which is what DMARC passes on. For servers that stamp nothing. Key lookups go
  through `dns` (injectable; pinned keys in the config answer first), so tests run offline.
* unauthenticated: everything is believed. Chosen explicitly; `mailer check` and the start-up log say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from email.parser import BytesHeaderParser
import functools
from email.policy import compat32
import email.utils
import logging
import re

from mailer.budget import header_end
from mailer.config.settings import Trust
from mailer.model import Message
from mailer.reading.authres import AuthVerdict, _aligned, _domain, check_sender

log = logging.getLogger(__name__)

Dns = Callable[[bytes], bytes | None]  # "sel._domainkey.example.com." → the TXT record, or None

WHAT_UNAUTHENTICATED_ALLOWS = (
    "trust: unauthenticated — anyone who writes From: a recruiter can submit candidates and give commands, "
    "and anyone who writes From: a manager can answer, close or snooze their candidates; a forged "
    "out-of-office pauses at most {pause} and never names a delegate")


def warn_if_unauthenticated(config) -> None:
    """Said at start, every start: with trust: unauthenticated, mail is believed on its word."""
    if config.trust.method == "unauthenticated":
        log.warning(WHAT_UNAUTHENTICATED_ALLOWS.format(pause=config.trust.unauthenticated_pause))


def authenticate(raw: bytes, msg: Message, trust: Trust, dns: Dns | None = None) -> AuthVerdict:
    """Whether `msg.sender` is proven by `trust.method`. Never raises: a hostile mail gets a verdict."""
    try:
        if trust.method == "unauthenticated":
            return AuthVerdict(True, "trust: unauthenticated (not checked)")
        if _BARE_CR.search(raw[:header_end(raw)]):
            # Python's parser ends a header line at a lone CR; dkimpy and mail servers do not: "X: a\rFrom: b"
            # is one unsigned field to whoever checked the signature and a second From to mailer, so the proof
            # and mailer would be about different mails.
            return AuthVerdict(False, "a header line holds a bare CR: whoever checked the signature and mailer "
                                      "would read different headers (not proven)")
        twice = repeated_fields(raw[:header_end(raw)])
        if twice:
            # A signature covers the last instance of a field it names (RFC 6376 §5.4.2) and a server stamps the
            # mail as a whole; Python's parser, and so mailer, reads the first. A second Subject or In-Reply-To put
            # on top of a signed reply would steer mailer (another thread, another candidate) under a true proof.
            return AuthVerdict(False, f"the header block holds {twice[0]} more than once (RFC 5322 allows one): "
                                      f"the signed one and the one mailer reads could differ (not proven)")
        if trust.method == "dkim":
            return dkim_verdict(raw, msg.sender.email, trust, dns)
        return stamp_verdict(msg, trust)
    except Exception as exc:  # noqa: BLE001 - a checker bug or hostile input: not proven, never a crash
        return AuthVerdict(False, f"cannot check the sender: {type(exc).__name__}")


# ------------------------------------------------------------------ authentication-results

class _Fields:
    """The header fields a trusted server may have written, in a shape check_sender reads."""

    def __init__(self, items: list[tuple[str, str]]):
        self._items = items

    def raw_items(self) -> Iterable[tuple[str, str]]:
        return iter(self._items)


def stamp_zone(fields: Iterable[tuple[str, str]], received_above_stamp: int) -> list[tuple[str, str]]:
    """The fields above the (received_above_stamp + 1)-th Received: where our own servers write.

    >>> stamp_zone([("Received", "a"), ("Authentication-Results", "x"), ("Received", "b"),
    ...             ("Authentication-Results", "forged")], 1)
    [('Received', 'a'), ('Authentication-Results', 'x')]
    """
    zone, seen = [], 0
    for name, value in fields:
        if str(name).strip().lower() == "received":
            seen += 1
            if seen > received_above_stamp:
                break
        zone.append((name, value))
    return zone


def stamp_verdict(msg: Message, trust: Trust) -> AuthVerdict:
    if msg.parsed is None:
        return AuthVerdict(False, "no headers to check")
    fields = list(msg.parsed.raw_items())
    zone = stamp_zone(fields, trust.received_above_stamp)
    verdict = check_sender(_Fields(zone), trust.authserv_ids, msg.sender.email)
    if not verdict.trusted and len(zone) < len(fields) and check_sender(msg.parsed, trust.authserv_ids,
                                                                         msg.sender.email).trusted:
        return AuthVerdict(False, f"no stamp from {', '.join(trust.authserv_ids)} above Received field "
                                  f"{trust.received_above_stamp + 1}; one further down was already in the "
                                  f"mail when it arrived (forgeable)")
    return verdict


# ------------------------------------------------------------------ dkim

MAX_SIGNATURES = 5          # read at most this many DKIM-Signature fields of one mail
MAX_ALIGNED_CHECKS = 2      # and verify at most this many of those that could prove From


def dkim_verdict(raw: bytes, sender: str, trust: Trust, dns: Dns | None = None) -> AuthVerdict:
    """A valid DKIM signature whose d= aligns with From (relaxed, as DMARC): proven.

    dkimpy reads the whole mail and hashes its body (about 2 s and 150 MB for a 30 MB attachment), so the
    signatures' tags are read from the header block first: a mail whose signatures could not prove From
    anyway (none, or an attacker's own domain) costs that look and nothing more, and at most
    MAX_ALIGNED_CHECKS signatures are verified.
    """
    from_domain = _domain(email.utils.parseaddr(sender)[1] or sender)
    signatures = signature_fields(raw)
    if not signatures:
        return AuthVerdict(False, "no DKIM signature")
    problems, candidates = [], []
    for index, value in enumerate(signatures[:MAX_SIGNATURES]):
        claimed = _claimed_domain(value)
        if claimed is None:
            problems.append(f"signature {index + 1}: unreadable")
        elif not _aligned(claimed, from_domain):
            problems.append(f"signature {index + 1}: d={claimed or '?'} not aligned with From {from_domain} "
                            f"(not verified)")
        else:
            candidates.append(index)
    if not candidates:
        return AuthVerdict(False, problems[0])
    import dkim  # dkimpy: canonicalisation, key parsing and RSA/Ed25519 done right, unlike a hand-written check
    from mailer.dkimbody import DKIM  # dkimpy's checker, its whole-body steps done by bytes methods (C speed)

    lookup = pinned_dns(trust.dkim_keys, dns)
    checker = DKIM(raw, minkey=1024, timeout=5)
    for index in candidates[:MAX_ALIGNED_CHECKS]:
        try:
            valid = checker.verify(idx=index, dnsfunc=lookup)
        except dkim.DKIMException as exc:
            problems.insert(0, f"signature {index + 1}: {exc}")  # an aligned signature's failure says the most
            continue
        signer = (checker.domain or b"").decode("ascii", "replace").lower()
        if valid and _aligned(signer, from_domain):
            if checker.unsigned_tail:
                problems.insert(0, f"signature {index + 1} (d={signer}) leaves the last {checker.unsigned_tail} "
                                   f"bytes of the body unsigned (l=): anyone could have written them")
                continue
            if _signed_from(checker) != sender.lower():
                problems.insert(0, f"signature {index + 1} (d={signer}) verifies, but the From it signed is not "
                                   f"the one mailer reads")
                continue
            return AuthVerdict(True, f"dkim=pass d={signer} (checked by mailer)")
        problems.insert(0, f"signature {index + 1} (d={signer}) does not verify")
    return AuthVerdict(False, problems[0])


_BARE_CR = re.compile(rb"\r(?!\n)")

# The fields RFC 5322 §3.6 allows once and mailer reads to decide who wrote what about which candidate.
SINGLE_FIELDS = ("from", "sender", "reply-to", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                 "references")
_FIELD_NAME = re.compile(rb"^([!-9;-~]+)[ \t]*:", re.MULTILINE)


def repeated_fields(head: bytes) -> list[str]:
    r"""The single-instance fields that the header block holds more than once, in SINGLE_FIELDS order.

    >>> repeated_fields(b"Subject: a\r\nIn-Reply-To: <x>\r\nFrom: r@a.test\r\nSUBJECT : b\r\n\tfolded\r\n")
    ['Subject']
    """
    names = [name.decode("ascii").lower() for name in _FIELD_NAME.findall(head)]
    return [field.title().replace("Id", "ID") for field in SINGLE_FIELDS if names.count(field) > 1]


def _signed_from(checker) -> str | None:
    """The address of the one From field dkimpy read (and, the signature being valid, hashed); None when the
    header block has none or several."""
    values = [value for name, value in checker.headers if name.strip().lower() == b"from"]
    if len(values) != 1:
        return None
    return email.utils.parseaddr(values[0].decode("utf-8", "replace").replace("\r\n", "").strip())[1].lower()


def signature_fields(raw: bytes) -> list[str]:
    """The DKIM-Signature fields, in order, read from the header block alone (the body is not looked at)."""
    return list(_signature_fields(raw[:header_end(raw)]))


@functools.lru_cache(maxsize=8)  # a mail's header block is read for might_prove, then again for dkim_verdict
def _signature_fields(head: bytes) -> tuple[str, ...]:
    if b"dkim-signature" not in head.lower():  # no such field, so nothing to parse
        return ()
    fields = BytesHeaderParser(policy=compat32).parsebytes(head + b"\r\n\r\n").get_all("DKIM-Signature") or []
    return tuple(str(value) for value in fields)


def might_prove(raw: bytes, sender: str) -> bool:
    """Whether a DKIM-Signature in the header block claims a d= aligned with From's domain. Only then does
    dkim_verdict hash the body; every other mail it decides from the header block alone."""
    from_domain = _domain(email.utils.parseaddr(sender)[1] or sender)
    claimed = (_claimed_domain(value) for value in signature_fields(raw)[:MAX_SIGNATURES])
    return any(domain is not None and _aligned(domain, from_domain) for domain in claimed)


def _claimed_domain(value: str) -> str | None:
    """The d= tag of a DKIM-Signature field, lower-cased; None when its tag list cannot be read.

    >>> _claimed_domain("v=1; a=rsa-sha256; d=Acme.example; s=sel; bh=x; b=y")
    'acme.example'
    """
    from dkim.util import InvalidTagValueList, parse_tag_value
    try:
        tags = parse_tag_value(value.encode("ascii", "replace"))
    except (InvalidTagValueList, ValueError):
        return None
    return tags.get(b"d", b"").decode("ascii", "replace").strip().lower()


def pinned_dns(keys: tuple[tuple[str, str], ...], fallback: Dns | None = None) -> Callable:
    """A dkimpy dnsfunc: pinned records first, then `fallback` (default: the system resolver)."""
    pinned = {name.lower().rstrip("."): record.encode() for name, record in keys}

    def lookup(name: bytes, timeout: float = 5) -> bytes | None:
        key = name.decode("ascii", "replace").lower().rstrip(".")
        if key in pinned:
            return pinned[key]
        if fallback is not None:
            return fallback(name)
        import dkim.dnsplug
        return dkim.dnsplug.get_txt(name, timeout=timeout)

    return lookup

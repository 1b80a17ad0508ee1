"""The trust methods on raw mail: the server's stamp only where the server writes, mailer's own DKIM check
(signed here with a test key, looked up offline), and the old keys mapped onto `trust`."""

from pathlib import Path

import dkim
import pytest

from helpers import make_config
from mailer.config.settings import ConfigError, Trust
from mailer.errors import Unreadable
from mailer.reading.parse import parse
from mailer.trust import authenticate, stamp_zone

DATA = Path(__file__).resolve().parent.parent / "data" / "dkim"
KEY = (DATA / "test-key.pem").read_bytes()
RECORD = "v=DKIM1; k=rsa; p=" + (DATA / "test-key.pub.b64").read_text().strip()
STAMPED = Trust("authentication-results", ("mx.acme.test",), 2)
PASS = "mx.acme.test; dkim=pass header.d=acme.test; dmarc=pass header.from=acme.test"


def mail(*fields: tuple[str, str], sender="rita@acme.test") -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in fields)
    return (head + f"From: Rita <{sender}>\r\nTo: mailer@acme.test\r\nSubject: status\r\n"
                   "Message-ID: <m1@acme.test>\r\n\r\nstatus\r\n").encode()


def verdict(raw: bytes, trust: Trust = STAMPED, dns=None):
    return authenticate(raw, parse(raw), trust, dns)


OURS = [("Received", "by lmtp"), ("Received", "by postfix")]


def test_the_servers_stamp_where_it_writes_proves_the_sender():
    assert verdict(mail(*OURS, ("Authentication-Results", PASS), ("Received", "from x by mx.acme.test"))).trusted


@pytest.mark.parametrize("fields", [
    # the server stamped nothing; the attacker's field sits under the server's Received
    [*OURS, ("Received", "from evil by mx.acme.test"), ("Authentication-Results", PASS)],
    # the server said fail; a forged pass further down changes nothing
    [*OURS, ("Authentication-Results", "mx.acme.test; dmarc=fail header.from=acme.test"),
     ("Received", "from evil by mx.acme.test"), ("Authentication-Results", PASS)],
    # a stamp of another server, even at the top
    [*OURS, ("Authentication-Results", PASS.replace("mx.acme.test", "mx.evil.test"))],
], ids=["no-stamp", "server-fail", "other-id"])
def test_a_forged_stamp_proves_nothing(fields):
    result = verdict(mail(*fields))
    assert not result.trusted


def test_the_reason_says_a_deeper_stamp_was_forgeable():
    result = verdict(mail(*OURS, ("Received", "from evil by mx"), ("Authentication-Results", PASS)))
    assert "forgeable" in result.reason


def test_stamp_zone_stops_at_the_first_received_the_server_did_not_write():
    fields = [("Received", "a"), ("X", "1"), ("Received", "b"), ("Authentication-Results", "s"), ("Received", "c"),
              ("Authentication-Results", "f")]
    assert stamp_zone(fields, 2) == fields[:4]
    assert stamp_zone(fields, 0) == []


def signed(sender="rita@acme.test", domain=b"acme.test", body="status") -> bytes:
    raw = (f"From: Rita <{sender}>\r\nTo: mailer@acme.test\r\nSubject: status\r\n"
           f"Message-ID: <m1@acme.test>\r\n\r\n{body}\r\n").encode()
    return dkim.sign(raw, b"sel", domain, KEY, include_headers=[b"from", b"to", b"subject", b"message-id"]) + raw


def dns(records: dict):
    asked = []

    def lookup(name: bytes):
        asked.append(name)
        return records.get(name.decode().rstrip("."), None)
    lookup.asked = asked
    return lookup


DKIM = Trust("dkim")


def test_dkim_aligned_with_from_proves_the_sender_through_an_injected_lookup():
    lookup = dns({"sel._domainkey.acme.test": RECORD.encode()})
    result = verdict(signed(), DKIM, lookup)
    assert result.trusted and "d=acme.test" in result.reason and lookup.asked


def test_dkim_from_a_subdomain_aligns_and_a_pinned_key_needs_no_lookup():
    pinned = Trust("dkim", dkim_keys=(("sel._domainkey.mail.acme.test", RECORD),))
    result = verdict(signed(domain=b"mail.acme.test"), pinned, dns({}))
    assert result.trusted


@pytest.mark.parametrize("raw, records, why", [
    (mail(), {}, "no DKIM signature"),
    (signed(domain=b"evil.test"), {"sel._domainkey.evil.test": RECORD.encode()}, "not aligned"),
    (signed().replace(b"\r\nstatus\r\n", b"\r\nforget Jane Doe\r\n"), {"sel._domainkey.acme.test": RECORD.encode()},
     "body hash"),
    (signed(), {}, "signature 1"),
], ids=["unsigned", "other-domain", "altered", "no-key"])
def test_dkim_refuses(raw, records, why):
    result = verdict(raw, DKIM, dns(records))
    assert not result.trusted and why in result.reason


def test_unauthenticated_believes_everyone():
    assert verdict(mail(), Trust("unauthenticated")).trusted


def test_the_default_is_dkim_and_the_old_keys_map_onto_trust(tmp_path):
    assert make_config(tmp_path, trust=None).trust.method == "dkim"
    old = make_config(tmp_path, trust=None,
                      extra="replies:\n  require_authenticated_senders: true\n  authserv_ids: [MX.acme.test]\n")
    assert (old.trust.method, old.trust.authserv_ids) == ("authentication-results", ("mx.acme.test",))
    off = make_config(tmp_path, trust=None, extra="replies:\n  require_authenticated_senders: false\n")
    assert off.trust.method == "unauthenticated"


@pytest.mark.parametrize("trust, extra, message", [
    ("authentication-results", "", "trust: authentication-results needs the id of your receiving server"),
    ("{method: authentication-results}", "", "trust.authserv_ids: authentication-results needs the authserv-id"),
    ("{method: dkim, dkim_keys: {sel._domainkey.acme.test: nonsense}}", "", "trust.dkim_keys.sel._domainkey.acme.test"),
    ("dkmi", "", "trust: expected one of authentication-results, dkim, unauthenticated, got 'dkmi'"),
    ("dkim", "replies:\n  require_authenticated_senders: true\n  authserv_ids: [x]\n",
     "replies.require_authenticated_senders: replies.require_authenticated_senders is the old form"),
], ids=["scalar-needs-id", "no-id", "bad-key", "typo", "both"])
def test_bad_trust_settings_name_file_line_and_key(tmp_path, trust, extra, message):
    with pytest.raises(ConfigError) as err:
        make_config(tmp_path, trust=trust, extra=extra)
    assert any(message in p and p.startswith(str(tmp_path / "config.yaml") + ":") for p in err.value.problems), \
        err.value.problems


def big_signed(domain: bytes, copies: int = 1) -> bytes:
    """A submission with a 3 MB attachment, carrying `copies` DKIM signatures by `domain`."""
    import email.policy
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Rita <rita@acme.test>", "mailer@acme.test", "Candidate: Jane Doe"
    msg["Message-ID"] = "<big@acme.test>"
    msg.set_content("CV attached.")
    msg.add_attachment(b"%PDF" + bytes(range(256)) * 12_000, maintype="application", subtype="pdf",
                       filename="cv.pdf")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    fields = b"".join(dkim.sign(raw, b"sel", domain, KEY, include_headers=[b"from", b"subject"])
                      for _ in range(copies))
    return fields + raw


def test_a_signature_that_cannot_prove_from_is_never_verified():
    """Verifying hashes the whole body: an attacker's own-domain signatures cost a look at d=, no key, no hash."""
    lookup = dns({"sel._domainkey.evil.test": RECORD.encode()})
    result = verdict(big_signed(b"evil.test", copies=5), DKIM, lookup)
    assert not result.trusted and "d=evil.test not aligned with From acme.test (not verified)" in result.reason
    assert lookup.asked == []


def test_at_most_two_aligned_signatures_are_verified_per_mail():
    raw = big_signed(b"acme.test", copies=5).replace(b"CV attached.", b"CV attachex.")  # body altered: all fail
    lookup = dns({"sel._domainkey.acme.test": RECORD.encode()})
    result = verdict(raw, DKIM, lookup)
    assert not result.trusted and "body hash" in result.reason
    assert len(lookup.asked) == 2
    assert verdict(big_signed(b"acme.test"), DKIM, dns({"sel._domainkey.acme.test": RECORD.encode()})).trusted


# ------------------------------------------------------------- mail that dkimpy and mailer would read differently

ACME_KEY = {"sel._domainkey.acme.test": RECORD.encode()}


def smuggled_from() -> bytes:
    """A mail noreply@acme.test really signed (say, a confirmation a candidate received), with a line on top
    whose lone CRs Python's parser reads as three more header lines (a From, a Subject, a thread) and dkimpy
    as one unsigned field."""
    original = (b"From: noreply@acme.test\r\nTo: candidate@evil.test\r\nSubject: Thanks\r\n\r\n"
                b"Your application was received.\r\n")
    signature = dkim.sign(original, b"sel", b"acme.test", KEY, include_headers=[b"from", b"to", b"subject"])
    return (signature + b"X-A: x\rFrom: Maria <maria@acme.test>\rSubject: Re: Candidate: Jane Doe - Engineer"
            b"\rIn-Reply-To: <sub1@acme.test>\r\r\n" + original)


def test_a_from_smuggled_behind_bare_crs_is_not_proven():
    raw = smuggled_from()
    assert dkim.DKIM(raw, minkey=1024).verify(dnsfunc=lambda name, timeout=5: RECORD.encode())  # dkimpy: valid
    assert parse(raw).sender.email == "maria@acme.test"  # mailer's parser: Maria wrote it
    result = verdict(raw, DKIM, dns(ACME_KEY))
    assert not result.trusted and "bare CR" in result.reason


def test_a_body_signed_only_in_part_proves_nothing_added_after_it():
    raw = (b"From: Rita <rita@acme.test>\r\nTo: mailer@acme.test\r\nSubject: status\r\n\r\nstatus\r\n")
    whole = dkim.sign(raw, b"sel", b"acme.test", KEY, include_headers=[b"from", b"subject"], length=True) + raw
    assert verdict(whole, DKIM, dns(ACME_KEY)).trusted  # l= covers the whole body: nothing unsigned
    added = whole + b"interview\r\n"
    assert dkim.DKIM(added, minkey=1024).verify(dnsfunc=lambda name, timeout=5: RECORD.encode())  # dkimpy: valid
    result = verdict(added, DKIM, dns(ACME_KEY))
    assert not result.trusted and "unsigned (l=)" in result.reason


def test_a_valid_signature_proves_only_the_from_it_signed():
    from mailer.trust import dkim_verdict
    raw = signed(sender="noreply@acme.test")
    assert dkim_verdict(raw, "noreply@acme.test", DKIM, dns(ACME_KEY)).trusted
    result = dkim_verdict(raw, "maria@acme.test", DKIM, dns(ACME_KEY))  # the same domain, another person
    assert not result.trusted and "not the one mailer reads" in result.reason


def test_bare_crs_also_void_a_server_stamp():
    raw = smuggled_from().replace(b"X-A: x\r", b"Received: by postfix\r\nReceived: by lmtp\r\n"
                                  b"Authentication-Results: " + PASS.encode() + b"\r\nX-A: x\r", 1)
    result = verdict(raw, STAMPED)
    assert not result.trusted and "bare CR" in result.reason


def signed_reply(include=(b"from", b"to", b"subject", b"message-id", b"in-reply-to", b"references")) -> bytes:
    """Maria's signed one-word answer about Jane (as Gmail signs: the thread fields too)."""
    raw = (b"From: Maria <maria@acme.test>\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate: Jane Doe\r\n"
           b"Message-ID: <r1@acme.test>\r\nIn-Reply-To: <sub-jane@acme.test>\r\nReferences: <sub-jane@acme.test>\r\n"
           b"\r\npass\r\n")
    return dkim.sign(raw, b"sel", b"acme.test", KEY, include_headers=list(include)) + raw


REPOINTED = b"In-Reply-To: <sub-bob@acme.test>\r\nSubject: Re: Candidate: Bob Roe\r\n"


@pytest.mark.parametrize("where", ["on top", "under the signature"])
def test_a_signed_answer_repointed_by_a_second_thread_field_is_not_proven(where):
    """Whoever holds a copy of Maria's signed "pass" about Jane adds a second In-Reply-To and Subject: the
    signature covers the last of each (RFC 6376 §5.4.2) and still verifies, mailer would read the first and file
    "pass" under Bob."""
    original = signed_reply()
    raw = REPOINTED + original if where == "on top" else original.replace(b"From: Maria", REPOINTED + b"From: Maria")
    assert dkim.DKIM(raw, minkey=1024).verify(dnsfunc=lambda name, timeout=5: RECORD.encode())  # dkimpy: valid
    assert parse(raw).in_reply_to == ("sub-bob@acme.test",)  # what mailer would act on
    assert verdict(original, DKIM, dns(ACME_KEY)).trusted
    result = verdict(raw, DKIM, dns(ACME_KEY))
    assert not result.trusted and "Subject more than once" in result.reason


def test_a_repeated_single_field_also_voids_a_server_stamp():
    stamped = mail(*OURS, ("Authentication-Results", PASS), ("Received", "from x by mx.acme.test"))
    assert verdict(stamped, STAMPED).trusted
    result = verdict(stamped.replace(b"From: Rita", b"In-Reply-To: <sub-bob@acme.test>\r\n"
                                                    b"In-Reply-To: <x@acme.test>\r\nFrom: Rita"), STAMPED)
    assert not result.trusted and "In-Reply-To more than once" in result.reason


# ------------------------------------------------------------- the proof is about what mailer reads, whatever the bytes

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402


# Whole fields put where a field begins, and anything anywhere: separators, folds, NULs, encoded words.
FIELDS = [b"From: Mallory <mallory@acme.test>\r\n", b"Subject: Re: Candidate: Bob Roe\r\n",
          b"In-Reply-To: <sub-bob@acme.test>\r\n", b"References: <sub-bob@acme.test>\r\n",
          b"Message-ID: <other@acme.test>\r\n", b"Cc: boss@acme.test\r\n", b"Subject : x\r\n", b"subject:x\r\n",
          b"From: a@b, maria@acme.test\r\n", b"X-A: x\rSubject: Re: Candidate: Bob Roe\r\n",
          b"X-A: x\nSubject: Re: Candidate: Bob Roe\r\n", b"DKIM-Signature: v=1\r\n"]
BYTES = [b"\r\n", b"\n", b"\r", b"\t", b" ", b"\x00", b":", b"=?utf-8?q?Bob?=", b"\r\n\tfolded", b"\r\n\r\n", b"\xff"]
EDIT = st.one_of(st.tuples(st.floats(0, 1), st.just(0), st.sampled_from(FIELDS), st.just(True)),
                 st.tuples(st.floats(0, 1), st.sampled_from([0, 1, 3]), st.sampled_from(BYTES + FIELDS), st.booleans()))


def seen(raw: bytes) -> tuple:
    msg = parse(raw)
    return (msg.sender.email, msg.subject, msg.in_reply_to, msg.references, msg.message_id,
            tuple(a.email for a in msg.to), tuple(a.email for a in msg.cc), msg.body_text.strip())


def edited(raw: bytes, ops) -> bytes:
    for where, cut, insert, line_start in ops:
        at = int(where * len(raw))
        if line_start:  # where a field, a fold or a blank line can begin: the start of one of the lines
            starts = [0] + [i + 1 for i, byte in enumerate(raw) if byte == 0x0A]
            at = starts[int(where * len(starts)) % len(starts)]
        raw = raw[:at] + insert + raw[at + cut:]
    return raw


# Signatures as providers make them: Gmail signs the thread fields, Microsoft 365 does not; a second signature of
# another domain on top (a list or a relay); both relaxed and simple header canonicalisation.
VARIANTS = [signed_reply(), signed_reply((b"from", b"subject", b"message-id")),
            dkim.sign(signed_reply(), b"sel", b"relay.test", KEY, include_headers=[b"from", b"subject"])
            + signed_reply(),
            dkim.sign(signed_reply()[signed_reply().index(b"From: Maria"):], b"sel", b"acme.test", KEY,
                      canonicalize=(b"simple", b"simple"),
                      include_headers=[b"from", b"to", b"subject", b"message-id", b"in-reply-to", b"references"])
            + signed_reply()[signed_reply().index(b"From: Maria"):]]


@settings(max_examples=300, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(variant=st.integers(0, len(VARIANTS) - 1),
       ops=st.lists(EDIT, min_size=1, max_size=4))
def test_whatever_is_done_to_a_signed_answer_a_proof_covers_what_mailer_reads(variant, ops):
    """Edit a signed answer anywhere (headers, separators, the body): when mailer still calls Maria proven, every
    field it acts on reads as she signed it. Fields her provider left unsigned (Microsoft 365 signs no In-Reply-To)
    are the documented exception: only what the signature names is compared."""
    original = VARIANTS[variant]
    raw = edited(original, ops)
    try:
        parse(raw)
    except Unreadable:
        return  # quarantined: nobody is proven
    result = verdict(raw, DKIM, dns({**ACME_KEY, "sel._domainkey.relay.test": RECORD.encode()}))
    if not result.trusted:
        return
    want, got = seen(original), seen(raw)
    signed_names = {"in_reply_to", "references", "to"} if variant != 1 else set()
    for index, name in enumerate(("sender", "subject", "in_reply_to", "references", "message_id", "to", "cc",
                                  "body")):
        if name in ("in_reply_to", "references", "to", "cc") and name not in signed_names:
            continue
        assert got[index] == want[index], (name, raw)

"""mailer.dkimbody gives dkimpy's answers: each fast step equals dkimpy's own function on the same bytes
(random bytes included), and the checker's verdict equals dkimpy's on valid, tampered, relaxed, simple, l=,
folded and bare-LF mail."""

import base64
from pathlib import Path
import random

import dkim
from dkim.canonicalization import Relaxed, Simple
from hypothesis import given, settings, strategies as st
import pytest

from mailer import dkimbody
from mailer.config.settings import Trust
from mailer.reading.parse import parse
from mailer.trust import authenticate, pinned_dns

DATA = Path(__file__).resolve().parent.parent / "data" / "dkim"
KEY = (DATA / "test-key.pem").read_bytes()
RECORD = "v=DKIM1; k=rsa; p=" + (DATA / "test-key.pub.b64").read_text().strip()
LOOKUP = pinned_dns((("sel._domainkey.acme.test", RECORD),))

# Bytes that matter to line splitting and white space, plus a few ordinary ones.
MESSY = st.binary(max_size=300).map(lambda b: bytes(b"ab: \t\r\nF"[x % 9] if x % 9 < 8 else x for x in b))


def dkimpy_body(message: bytes) -> bytes:
    return dkim.rfc822_parse(message)[1]


def outcome(call):
    """The return value, or the exception's type and text: errors must match too."""
    try:
        return ("ok", call())
    except Exception as exc:  # noqa: BLE001 - compared, not handled
        return (type(exc).__name__, str(exc))


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_split_message_equals_rfc822_parse(message):
    assert outcome(lambda: dkimbody.split_message(message)) == outcome(lambda: dkim.rfc822_parse(message))


@settings(max_examples=400, deadline=None)
@given(MESSY)
def test_relaxed_body_equals_dkimpys_on_any_bytes(body):
    assert dkimbody.relaxed_body(body) == Relaxed.canonicalize_body(body)


@settings(max_examples=300, deadline=None)
@given(MESSY)
def test_relaxed_body_in_small_regions_equals_dkimpys(body):
    # Regions of a few bytes: every region edge is exercised on short inputs.
    old, dkimbody._REGION = dkimbody._REGION, 3
    try:
        assert dkimbody.relaxed_body(body) == Relaxed.canonicalize_body(body)
    finally:
        dkimbody._REGION = old


@pytest.mark.parametrize("body", [
    b"", b"\r\n", b"\r\n\r\n", b"a", b" ", b"\t\r\n", b"a  b \t\r\n\r\n", b"x\r\r\n\n \n",
    b"base64line\r\n" * 5000 + b"text with  two spaces \r\n\t\r\n\r\n",
    (b"word " * 2000 + b"\r\n") * 10 + b"end\t\t\r\n",
])
def test_relaxed_and_simple_bodies_equal_dkimpys_on_edges_and_big_bodies(body):
    normal = dkimpy_body(b"h: v\r\n\r\n" + body)
    assert dkimbody.relaxed_body(normal) == Relaxed.canonicalize_body(normal)
    assert dkimbody.split_message(b"h: v\r\n\r\n" + body)[1] == normal
    assert dkimbody.crlf_lines(body) == b"\r\n".join(body.replace(b"\r\n", b"\n").split(b"\n"))
    assert dkimbody.canonical_body(dkim.CanonicalizationPolicy(Simple, Simple), normal) \
        == Simple.canonicalize_body(normal)


def submission(folded: bool = False, resume: bytes = b"", text: str = "Hi,  Jane is great. \t") -> bytes:
    subject = "Candidate: Jane Doe\r\n\t- Engineer" if folded else "Candidate: Jane Doe - Engineer"
    pdf = base64.encodebytes(resume or random.Random(1).randbytes(30_000)).replace(b"\n", b"\r\n")
    return (b"From: Rita <rita@acme.test>\r\nTo: maria@acme.test\r\nSubject: " + subject.encode()
            + b"\r\nMessage-ID: <m1@acme.test>\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\n"
            b"Content-Type: text/plain\r\n\r\n" + text.encode() + b"\r\n--b1\r\n"
            b"Content-Type: application/pdf; name=Jane_Doe_CV.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + pdf + b"\r\n--b1--\r\n\r\n\r\n")


def sign(raw: bytes, canon=(b"relaxed", b"relaxed"), length=False) -> bytes:
    return dkim.sign(raw, b"sel", b"acme.test", KEY, canonicalize=canon, length=length,
                     include_headers=[b"from", b"to", b"subject", b"message-id"]) + raw


def tamper_attachment(raw: bytes) -> bytes:
    at = raw.index(b"base64\r\n\r\n") + 200
    return raw[:at] + (b"A" if raw[at:at + 1] != b"A" else b"B") + raw[at + 1:]


CANONS = [(b"relaxed", b"relaxed"), (b"simple", b"simple"), (b"relaxed", b"simple"), (b"simple", b"relaxed")]
CASES = {
    "valid": lambda raw: raw,
    "tampered attachment": tamper_attachment,
    "white space added": lambda raw: raw.replace(b"Jane is great.", b"Jane  is   great. "),
    "trailing lines added": lambda raw: raw + b"\r\n\r\n",
    "text appended": lambda raw: raw + b"unsubscribe here\r\n",
    "bare LF": lambda raw: raw.replace(b"\r\n", b"\n"),
    "header changed": lambda raw: raw.replace(b"To: maria@", b"To: mallory@"),
    "no body": lambda raw: raw[:raw.index(b"\r\n\r\n") + 4],
}


@pytest.mark.parametrize("canon", CANONS, ids=lambda c: b"/".join(c).decode())
@pytest.mark.parametrize("length", [False, True], ids=["whole", "l="])
@pytest.mark.parametrize("folded", [False, True], ids=["plain", "folded"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_verdict_equals_dkimpys(canon, length, folded, case):
    raw = CASES[case](sign(submission(folded), canon, length))
    fast = outcome(lambda: dkimbody.DKIM(raw, minkey=1024).verify(dnsfunc=LOOKUP))
    slow = outcome(lambda: dkim.DKIM(raw, minkey=1024).verify(dnsfunc=LOOKUP))
    assert fast == slow
    if case == "valid":  # the cases are not all failures (or all passes) by accident
        assert fast == ("ok", True)
    if case == "tampered attachment" and not length:
        assert fast[0] == "ValidationError" and "body hash mismatch" in fast[1]


def test_mailers_dkim_verdict_uses_it_and_still_refuses_a_tampered_attachment():
    trust = Trust("dkim", dkim_keys=(("sel._domainkey.acme.test", RECORD),))
    good = sign(submission())
    assert authenticate(good, parse(good), trust).trusted
    bad = tamper_attachment(good)
    verdict = authenticate(bad, parse(bad), trust)
    assert not verdict.trusted and "body hash mismatch" in verdict.reason


def old_header_end(raw: bytes) -> int:
    found = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return min(found) if found else len(raw)


def old_signature_fields(raw: bytes) -> list[str]:
    from email.parser import BytesHeaderParser
    from email.policy import compat32
    head = raw[:old_header_end(raw)]
    fields = BytesHeaderParser(policy=compat32).parsebytes(head + b"\r\n\r\n").get_all("DKIM-Signature") or []
    return [str(value) for value in fields]


HEADERISH = st.lists(st.sampled_from([b"DKIM-Signature: v=1; d=acme.test", b"dkim-SIGNATURE:x", b"From: a@b",
                                      b"\r\n", b"\n", b" ", b"\t", b"X-DKIM-Signature-ish: y", b"body",
                                      b"DKIM-Signature :z", b"\r"]), max_size=30).map(b"".join)


@settings(max_examples=500, deadline=None)
@given(HEADERISH)
def test_header_end_and_signature_fields_answer_as_before(raw):
    from mailer.budget import header_end
    from mailer.trust import signature_fields
    assert header_end(raw) == old_header_end(raw)
    assert signature_fields(raw) == old_signature_fields(raw)


def test_signature_fields_of_a_signed_and_an_unsigned_mail():
    from mailer.trust import signature_fields
    raw = sign(submission())
    assert len(signature_fields(raw)) == 1 and "d=acme.test" in signature_fields(raw)[0]
    assert signature_fields(submission()) == []

"""Authentication-Results: whose verdict counts, alignment, and real Gmail, Microsoft 365, OpenDKIM/OpenDMARC shapes."""

import email
import email.message
import email.policy

import pytest

from mailer.reading.authres import AuthVerdict, check_sender

OURS = ["mx.acme.example"]
RECEIVED = ("Received: from mail.sender.example (mail.sender.example [192.0.2.7])\n"
            "\tby mx.acme.example (Postfix) with ESMTPS id 4Xq2Lk0TzQz9sRt\n"
            "\tfor <mailer@acme.example>; Mon, 30 Nov 2026 10:00:01 +0000 (UTC)\n")


def mail(*fields: str, from_: str = "Jane Roe <jane@acme.example>") -> email.message.Message:
    """A reply whose header block starts with `fields` exactly as given (folded lines allowed)."""
    head = "".join(f if f.endswith("\n") else f + "\n" for f in fields)
    raw = (f"{head}From: {from_}\nTo: mailer@acme.example\nSubject: Re: Candidate: Bo Li\n"
           "Message-ID: <r1@sender.example>\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n\ninterview\n")
    return email.message_from_bytes(raw.replace("\n", "\r\n").encode(), policy=email.policy.default)


GMAIL_PASS = """Authentication-Results: mx.google.com;
       dkim=pass header.i=@acme.com header.s=google header.b=Xq3kT7bZ;
       spf=pass (google.com: domain of jane@acme.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=jane@acme.com;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=acme.com"""
GMAIL_DMARC_FAIL = """Authentication-Results: mx.google.com;
       dkim=pass header.i=@evil.test header.s=s1 header.b=Zm9vYmFy;
       spf=pass (google.com: domain of x@evil.test designates 203.0.113.9 as permitted sender) smtp.mailfrom=x@evil.test;
       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=acme.com"""
M365_PASS = """Authentication-Results: spf=pass (sender IP is 40.107.22.95)
 smtp.mailfrom=contoso.com; dkim=pass (signature was verified)
 header.d=contoso.com;dmarc=pass action=none
 header.from=contoso.com;compauth=pass reason=100"""
M365_COMPAUTH_ONLY = """Authentication-Results: spf=none (sender IP is 198.51.100.4)
 smtp.mailfrom=contoso.com; dkim=none (message not signed)
 header.d=none;dmarc=none action=none header.from=contoso.com;compauth=pass
 reason=109"""
M365_FAIL = """Authentication-Results: spf=fail (sender IP is 203.0.113.9)
 smtp.mailfrom=contoso.com; dkim=none (message not signed) header.d=none;dmarc=fail
 action=oreject header.from=contoso.com;compauth=fail reason=000"""
# Older Exchange Online shape, seen in the wild: stray "example.com;" segments between the results.
M365_OLD = """Authentication-Results: spf=softfail (sender IP is 52.58.62.203)
 smtp.mailfrom=ninomail.com; example.com; dkim=pass (signature was
 verified) header.d=ninomail.com;example.com; dmarc=none action=none
 header.from=mailgunhq.com;"""
OPENDMARC_PASS = "Authentication-Results: mx.acme.example; dmarc=pass (p=none dis=none) header.from=partner.example"
OPENDMARC_NONE = "Authentication-Results: mx.acme.example; dmarc=none (p=none dis=none) header.from=partner.example"
OPENDKIM_PASS = """Authentication-Results: mx.acme.example;
\tdkim=pass (2048-bit key; unprotected) header.d=partner.example header.i=@partner.example
\theader.a=rsa-sha256 header.s=mail header.b=Zm9vYmFy"""


def ar(body: str) -> str:
    return f"Authentication-Results: {body}"


CASES = [
    # id, fields, authserv_ids, from, trusted, part of the reason
    ("gmail pass", [GMAIL_PASS, RECEIVED], ["mx.google.com"], "jane@acme.com", True, "dmarc=pass (mx.google.com)"),
    ("gmail dmarc=fail", [GMAIL_DMARC_FAIL], ["mx.google.com"], "jane@acme.com", False, "dmarc=fail"),
    ("dmarc=fail vetoes an aligned dkim pass",
     [ar("mx.acme.example; dkim=pass header.d=acme.example; dmarc=fail header.from=acme.example")],
     OURS, "jane@acme.example", False, "dmarc=fail (mx.acme.example)"),
    ("dmarc=pass for another From domain",
     [ar("mx.acme.example; dmarc=pass header.from=evil.test")], OURS, "jane@acme.example", False,
     "header.from=evil.test not aligned with From acme.example"),
    ("m365 pass", [M365_PASS], ["microsoft"], "ceo@contoso.com", True, "dmarc=pass (microsoft)"),
    ("m365 compauth pass", [M365_COMPAUTH_ONLY], ["Microsoft"], "ceo@contoso.com", True, "compauth=pass"),
    ("m365 fail", [M365_FAIL], ["microsoft"], "ceo@contoso.com", False, "dmarc=fail (microsoft)"),
    ("m365 old shape, dkim for another domain", [M365_OLD], ["microsoft"], "x@mailgunhq.com", False,
     "dkim=pass but d=ninomail.com not aligned with From mailgunhq.com"),
    ("m365 ignored without 'microsoft'", [M365_PASS], OURS, "ceo@contoso.com", False,
     "no Authentication-Results from mx.acme.example (only from microsoft)"),
    ("explicit id 'microsoft' is not the id-less shape", [ar("microsoft; dmarc=pass")], ["microsoft"],
     "ceo@contoso.com", False, "no Authentication-Results from microsoft"),
    ("compauth counts only in Microsoft's field", [ar("mx.acme.example; compauth=pass reason=100")], OURS,
     "jane@acme.example", False, "compauth=pass (mx.acme.example)"),
    ("opendmarc + opendkim split, dmarc pass", [OPENDMARC_PASS, OPENDKIM_PASS, RECEIVED], OURS,
     "hm@partner.example", True, "dmarc=pass (mx.acme.example)"),
    ("opendmarc + opendkim split, dkim from the second field", [OPENDMARC_NONE, OPENDKIM_PASS, RECEIVED], OURS,
     "hm@partner.example", True, "dkim=pass d=partner.example"),
    ("split fields cut apart by a Received are not combined", [OPENDMARC_NONE, RECEIVED, OPENDKIM_PASS], OURS,
     "hm@partner.example", False, "dmarc=none (mx.acme.example)"),
    ("forged copy of our id below ours: ours says fail",
     [ar("mx.acme.example; dkim=none; spf=fail smtp.mailfrom=evil.test; dmarc=fail header.from=acme.example"),
      RECEIVED, ar("mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example")],
     OURS, "jane@acme.example", False, "dmarc=fail"),
    ("forged copy right beneath ours cannot overturn a method ours reported",
     [ar("mx.acme.example; dkim=fail (bad signature) header.d=acme.example; spf=softfail smtp.mailfrom=evil.test"),
      ar("mx.acme.example; dkim=pass header.d=acme.example; spf=pass smtp.mailfrom=acme.example")],
     OURS, "jane@acme.example", False, "dkim=fail, spf=softfail (mx.acme.example)"),
    ("forged foreign id claiming pass", [ar("mx.evil.test; dmarc=pass header.from=acme.example"), RECEIVED],
     OURS, "jane@acme.example", False, "no Authentication-Results from mx.acme.example (only from mx.evil.test)"),
    ("foreign pass above ours does not help",
     [ar("filter.acme.example; dmarc=pass header.from=acme.example"),
      ar("mx.acme.example; spf=fail smtp.mailfrom=x@evil.test")],
     OURS, "jane@acme.example", False, "spf=fail (mx.acme.example)"),
    ("dkim pass, not aligned", [ar("mx.acme.example; dkim=pass header.d=evil.test; spf=none; dmarc=none")],
     OURS, "jane@acme.example", False, "dkim=pass but d=evil.test not aligned with From acme.example"),
    ("lookalike is not a subdomain", [ar("mx.acme.example; dkim=pass header.d=acme.example.evil.test")],
     OURS, "jane@acme.example", False, "not aligned"),
    ("subdomain signer aligned", [ar("mx.acme.example; dkim=pass header.d=mail.acme.example")],
     OURS, "jane@acme.example", True, "dkim=pass d=mail.acme.example"),
    ("From subdomain, parent signer aligned", [ar("mx.acme.example; dkim=pass header.d=acme.example")],
     OURS, "jane@eu.acme.example", True, "dkim=pass d=acme.example"),
    ("header.i when there is no header.d", [ar("mx.acme.example; dkim=pass header.i=@hr.acme.example")],
     OURS, "jane@acme.example", True, "dkim=pass i=hr.acme.example"),
    ("co.uk organisational domain", [ar("mx.acme.example; dkim=pass header.d=mail.acme.co.uk")],
     OURS, "jane@acme.co.uk", True, "dkim=pass d=mail.acme.co.uk"),
    ("co.uk is not an organisation", [ar("mx.acme.example; dkim=pass header.d=evil.co.uk")],
     OURS, "jane@acme.co.uk", False, "d=evil.co.uk not aligned with From acme.co.uk"),
    ("com.au is not an organisation", [ar("mx.acme.example; spf=pass smtp.mailfrom=b@evil.com.au")],
     OURS, "jane@acme.com.au", False, "smtp.mailfrom=evil.com.au not aligned"),
    ("spf only, aligned",
     [ar("mx.acme.example; spf=pass (sender SPF authorized) smtp.mailfrom=bounces@acme.example")], OURS,
     "jane@acme.example", True, "spf=pass smtp.mailfrom=acme.example"),
    ("spf pass for the null sender", [ar("mx.acme.example; spf=pass smtp.mailfrom=<> smtp.helo=acme.example")],
     OURS, "jane@acme.example", False, "smtp.mailfrom=(none) not aligned"),
    ("none", [ar("mx.acme.example; none")], OURS, "jane@acme.example", False, "mx.acme.example reported none"),
    ("none with version", [ar("mx.acme.example 1; none")], OURS, "jane@acme.example", False, "reported none"),
    ("no header at all", [RECEIVED], OURS, "jane@acme.example", False,
     "no Authentication-Results from mx.acme.example"),
    ("folded, comments with ';' '=' and nesting", ["""Authentication-Results: mx.acme.example 1;
\tspf=fail (sender 203.0.113.9 is not permitted; see smtp.mailfrom=acme.example; dmarc=pass)
\t smtp.mailfrom=evil.test;
\tdkim=pass (nested (comment; dkim=fail header.d=evil.test) here) header.d="acme.example"
\t header.s=mail"""], OURS, "jane@acme.example", True, "dkim=pass d=acme.example"),
    ("a comment cannot smuggle a pass",
     [ar("mx.acme.example; spf=fail (x; dmarc=pass header.from=acme.example; (dkim=pass)) smtp.mailfrom=evil.test")],
     OURS, "jane@acme.example", False, "spf=fail (mx.acme.example)"),
    ("a quoted string cannot smuggle a pass",
     [ar('mx.acme.example; spf=fail smtp.mailfrom="a; dmarc=pass header.from=acme.example"@evil.test')],
     OURS, "jane@acme.example", False, "spf=fail"),
    ("case-insensitive ids, methods, results, properties",
     [ar("MX.Acme.EXAMPLE; DKIM=Pass Header.D=ACME.example")], ["mx.acme.example"], "Jane@Acme.Example", True,
     "dkim=pass d=acme.example (mx.acme.example)"),
    ("configured id in capitals", [ar("mx.acme.example; dmarc=pass header.from=acme.example")], ["MX.ACME.EXAMPLE"],
     "jane@acme.example", True, "dmarc=pass"),
    ("several dkim results, one aligned",
     [ar("mx.acme.example; dkim=pass header.i=@amazonses.com; dkim=pass header.i=@acme.example; dmarc=none")],
     OURS, "jane@acme.example", True, "dkim=pass i=acme.example"),
    ("spaces around '=' and a method version", [ar("mx.acme.example; dkim/1 = pass header.d = acme.example")],
     OURS, "jane@acme.example", True, "dkim=pass d=acme.example"),
    ("two of our ids", [ar("mx2.acme.example; dmarc=pass header.from=acme.example")],
     ["mx1.acme.example", "mx2.acme.example"], "jane@acme.example", True, "dmarc=pass (mx2.acme.example)"),
    ("display-name From", [ar("mx.acme.example; dmarc=pass header.from=acme.example")], OURS,
     "Jane Roe <jane@acme.example>", True, "dmarc=pass"),
    ("softpass is not pass", [ar("mx.acme.example; dkim=neutral header.d=acme.example; dmarc=bestguesspass")],
     OURS, "jane@acme.example", False, "dkim=neutral, dmarc=bestguesspass"),
    ("only other methods", [ar("mx.acme.example; iprev=pass policy.iprev=192.0.2.7; auth=pass smtp.auth=jane")],
     OURS, "jane@acme.example", False, "no dmarc, dkim or spf result"),
    ("malformed: unterminated comment", [ar("mx.acme.example; dkim=fail (oops dkim=pass header.d=acme.example")],
     OURS, "jane@acme.example", False, "dkim=fail"),
    ("malformed: only separators", [ar(";;;")], OURS, "jane@acme.example", False, "no Authentication-Results"),
    ("malformed: empty pvalue", [ar("mx.acme.example; dkim=pass header.d=")], OURS, "jane@acme.example", False,
     "d=(none) not aligned"),
    ("malformed: garbage after our id", [ar("mx.acme.example; ===; \"unterminated")], OURS, "jane@acme.example",
     False, "reported no parsable result"),
]


@pytest.mark.parametrize("fields,ids,from_,trusted,reason", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check_sender(fields, ids, from_, trusted, reason):
    verdict = check_sender(mail(*fields), ids, from_)
    assert isinstance(verdict, AuthVerdict)
    assert (verdict.trusted, reason in verdict.reason) == (trusted, True), verdict.reason


@pytest.mark.parametrize("msg,ids,from_,reason", [
    (None, OURS, "jane@acme.example", "no message headers to check"),
    (object(), OURS, "jane@acme.example", "cannot read Authentication-Results"),
    (mail(ar("mx.acme.example; dmarc=pass")), [], "jane@acme.example", "no authserv_ids configured"),
    (mail(ar("mx.acme.example; dmarc=pass")), ["  "], "jane@acme.example", "no authserv_ids configured"),
    (mail(ar("mx.acme.example; dmarc=pass")), OURS, "jane", "no domain in From"),
    (mail(ar("mx.acme.example; dmarc=pass")), OURS, "", "no domain in From"),
], ids=["no message", "not a message", "no ids", "blank id", "From without domain", "empty From"])
def test_never_trusted_never_raises(msg, ids, from_, reason):
    verdict = check_sender(msg, ids, from_)
    assert not verdict.trusted and reason in verdict.reason


def test_compat32_message_built_in_code():
    msg = email.message.Message()
    msg["Authentication-Results"] = "mx.acme.example;\n\tdkim=pass header.d=acme.example"
    msg["From"] = "jane@acme.example"
    expected = AuthVerdict(True, "dkim=pass d=acme.example (mx.acme.example)")
    assert check_sender(msg, OURS, "jane@acme.example") == expected

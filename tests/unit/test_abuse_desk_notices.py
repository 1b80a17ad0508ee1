"""An abuse or incident desk's notice is never a hiring manager's answer, even in a tracked thread of its sender:
mail from an operations role mailbox (RFC 2142's abuse@, noc@, security@ …, the CERT, SOC, DMCA and takedown
desks), a report stamped X-ARF, or a body its sender signed that calls itself automatic or carries a report's
machine-readable block (ACNS XML, X-ARF fields). Config wins over the address: a manager listed as security@ is a
manager. A person's mail that forwards, quotes or pastes such a notice to ask about it, a person's address that
only starts with a desk's word, and a person writing about DMCA stay the person's.

Every mail here is written for these tests in the shapes desks send, with invented hosts, addresses and numbers."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.abusedesk import desk_address, desk_sign, signed_report
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
ANSWER = "Thanks, we had a look: the host is clean again and the customer was told.\n\nRegards,\nNetwork Team\n"


def mail(sender: str, body: str, subject: str = "Re: Jane Doe for Backend", extra: str = "",
         content_type: str = "Content-Type: text/plain; charset=utf-8\n") -> bytes:
    return (f"From: {sender}\nTo: rita@acme.test\nSubject: {subject}\nDate: Tue, 24 Nov 2026 08:00:00 +0000\n"
            f"Message-ID: <r1@mx.example.org>\nMIME-Version: 1.0\n{extra}{content_type}\n{body}").encode()


def kind_in_thread_of_sender(raw: bytes, config) -> Kind:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


def pgp_mime(inner: str, protocol: str = "application/pgp-signature") -> tuple[str, str]:
    """A multipart/signed body around one text part (the signature's bytes are not checked here)."""
    content_type = f'Content-Type: multipart/signed; boundary="sig"; micalg=pgp-sha256; protocol="{protocol}"\n'
    body = (f"--sig\nContent-Type: text/plain; charset=utf-8\n\n{inner}\n--sig\nContent-Type: {protocol}\n\n"
            "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n--sig--\n")
    return content_type, body


def clear_signed(inner: str) -> str:
    escaped = "\n".join("- " + line if line.startswith("-") else line for line in inner.split("\n"))
    return (f"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n{escaped}\n-----BEGIN PGP SIGNATURE-----\n\n"
            "iQEzBAEBCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n")


ACNS = """Evidentiary Information:
Notice ID: 77-1234
Protocol: BitTorrent
---Start ACNS XML
<?xml version="1.0" encoding="UTF-8"?>
<Infringement xmlns="http://www.acns.net/ACNS" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Case><ID>77-1234</ID><Status>Open</Status></Case>
  <Source><TimeStamp>2026-11-20T10:00:00Z</TimeStamp><IP_Address>192.0.2.80</IP_Address></Source>
</Infringement>
---End ACNS XML"""

XARF_FIELDS = """Reported-From: reports@scanner.example.net
Category: abuse
Report-Type: login-attack
Source: 192.0.2.17
Source-Type: ipv4
Port: 22
Date: Mon, 23 Nov 2026 22:10:04 +0100"""

AUTOMATIC_FOOTER = "--\nIncident Exchange\nThis message was generated automatically, please do not change the subject."


@pytest.mark.parametrize("sender", [
    "abuse@isp.example.net", "Example NOC <noc@isp.example.net>", "security@hosting.example.com",
    "hostmaster@example.org", "CERT <cert@cert.example.org>", "csirt@uni.example.edu", "soc@mssp.example.com",
    "incident-response@cloud.example.com", "Rights Desk <dmca-agent@studio.example.com>", "copyright@label.example",
    "takedown+88123@brandwatch.example", "Abuse_Reports@telco.example", "abusedesk@example.net",
    "soc24x7@mssp.example.com", "network-abuse@carrier.example"])
def test_an_operations_desks_address_is_never_an_answer(tmp_path, sender):
    raw = mail(sender, ANSWER, subject="Re: [Case 4411] 192.0.2.44 reported")
    assert desk_sign(parse(raw).parsed, listed_sender=False) == "abuse or operations desk's address"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("sender", [
    "abuse-team-lead.jane@isp.example.net", "security.maria@acme.test", "jane.abuse@isp.example.net",
    "socrates@example.org", "nocera@example.it", "reports@abusehub.example", "team@acme.test", "certs@example.org",
    "admin@acme.test", "24x7@example.com", "Jane <jane+abuse@acme.test>"])
def test_a_persons_address_that_holds_a_desks_word_stays_theirs(tmp_path, sender):
    raw = mail(sender, "Yes, let's interview her on Thursday.\n\nJane\n")
    assert not desk_address(parse(raw).sender.email)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


def test_config_wins_a_manager_listed_as_security_is_a_manager(tmp_path):
    config = make_config(tmp_path, managers=[("maria@acme.test", "Maria Manager", None), ("security@acme.test", "Sam Security", None)])
    raw = mail("Sam Security <security@acme.test>", "Yes, interview her. Tuesday works.\n\nSam\n")
    assert kind_in_thread_of_sender(raw, config) is Kind.REPLY
    # unlisted, the same address is a desk's
    (tmp_path / "unlisted").mkdir()
    assert kind_in_thread_of_sender(raw, make_config(tmp_path / "unlisted")) is Kind.IGNORED


def test_config_does_not_make_an_x_arf_report_an_answer(tmp_path):
    config = make_config(tmp_path, managers=[("maria@acme.test", "Maria Manager", None), ("security@acme.test", "Sam Security", None)])
    raw = mail("security@acme.test", XARF_FIELDS + "\n", extra="X-ARF: YES\n")
    assert kind_in_thread_of_sender(raw, config) is Kind.IGNORED


@pytest.mark.parametrize("value", ["YES", "yes", " Yes "])
def test_an_x_arf_report_is_never_an_answer(tmp_path, value):
    raw = mail("Scanner Reports <reports@scanner.example.net>", "Dear abuse team,\nsee the attached report.\n",
               subject="abuse report about 192.0.2.17 - login-attack", extra=f"X-ARF: {value}\n")
    assert desk_sign(parse(raw).parsed, listed_sender=False) == "X-ARF report"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("inner, protocol", [
    ("Hello Abuse-Team,\n\nwe received a report about 192.0.2.9 (event time 2026-11-23 01:45).\n\n"
     + AUTOMATIC_FOOTER, "application/pgp-signature"),
    ("Sehr geehrte Damen und Herren,\n\nanbei ein Bericht zu 192.0.2.9.\n\n"
     "Diese Nachricht wurde automatisch erstellt.", "application/pkcs7-signature"),
    ("Hello,\n\nplease investigate the host below.\n\n" + XARF_FIELDS + "\n\nKind regards", "application/pgp-signature"),
    ("Dear Sir or Madam:\n\nwe have detected infringements on your network.\n\n" + ACNS,
     "application/x-pkcs7-signature"),
])
def test_a_signed_report_is_never_an_answer(tmp_path, inner, protocol):
    content_type, body = pgp_mime(inner, protocol)
    raw = mail("Desk <notices@agency.example.com>", body, subject="Notice of unauthorised use", content_type=content_type)
    assert signed_report(parse(raw).parsed)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("inner", [
    "Notice of Unauthorized Use\n\nDear Sir or Madam:\n\nplease remove the file below.\n\nRegards,\nAlex Agent\n\n" + ACNS,
    "Hello,\n\n" + XARF_FIELDS + "\n",
    "Dear abuse team,\n\nthe host below attacked ours.\n\nThis is an automatically generated message.",
])
def test_a_clear_signed_report_is_never_an_answer(tmp_path, inner):
    raw = mail("Alex Agent <alex.agent@rights.example.com>", clear_signed(inner), subject="Notice ID 77-1234")
    assert signed_report(parse(raw).parsed)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


FORWARD_QUESTION = "Rita, IT got this about my laptop. What should I do? Jane is fine for Thursday.\n\nDana\n\n"


@pytest.mark.parametrize("body", [
    # a signed person's mail forwarding a desk's notice inline (Gmail's forward line)
    FORWARD_QUESTION + "---------- Forwarded message ---------\nFrom: Abuse Desk <abuse@isp.example.net>\n"
    "Date: Mon, 23 Nov 2026\nSubject: Incident\n\n" + XARF_FIELDS + "\n\n" + AUTOMATIC_FOOTER,
    # Outlook's pasted header block, no dashed line above it
    FORWARD_QUESTION + "From: Abuse Desk <abuse@isp.example.net>\nSent: Monday, November 23, 2026 10:00 AM\n"
    "To: Dana <dana@acme.test>\nSubject: Incident\n\n" + ACNS + "\n\n" + AUTOMATIC_FOOTER,
    # quoted under "On … wrote:"
    FORWARD_QUESTION + "On Mon, 23 Nov 2026 at 10:00, Abuse Desk <abuse@isp.example.net> wrote:\n"
    + "\n".join("> " + line for line in (XARF_FIELDS + "\n\n" + AUTOMATIC_FOOTER).split("\n")),
])
def test_a_signed_persons_mail_forwarding_a_report_stays_theirs(tmp_path, body):
    content_type, signed = pgp_mime(body)
    raw = mail("Dana <dana@acme.test>", signed, content_type=content_type)
    assert not signed_report(parse(raw).parsed)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


def test_a_clear_signed_persons_mail_with_a_pasted_signed_notice_stays_theirs(tmp_path):
    # the pasted notice's own armour is dash-escaped inside the person's: where it opens, another's text starts
    body = clear_signed(FORWARD_QUESTION + clear_signed("Dear Sir or Madam:\n\n" + ACNS))
    raw = mail("Dana <dana@acme.test>", body)
    assert not signed_report(parse(raw).parsed)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


def test_a_report_attached_to_a_persons_mail_stays_the_attachments(tmp_path):
    content_type = 'Content-Type: multipart/mixed; boundary="out"\n'
    body = ("--out\nContent-Type: text/plain; charset=utf-8\n\n" + FORWARD_QUESTION + "--out\n"
            "Content-Type: message/rfc822\n\nFrom: abuse@isp.example.net\nSubject: Incident\nX-ARF: YES\n"
            "Content-Type: text/plain\n\n" + XARF_FIELDS + "\n\n" + AUTOMATIC_FOOTER + "\n--out--\n")
    raw = mail("Dana <dana@acme.test>", body, subject="Fwd: Incident", content_type=content_type)
    assert desk_sign(parse(raw).parsed, listed_sender=False) is None
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


@pytest.mark.parametrize("body", [
    # unsigned: a report pasted under the person's question, no forward line
    FORWARD_QUESTION + XARF_FIELDS + "\n\n" + AUTOMATIC_FOOTER + "\n",
    FORWARD_QUESTION + ACNS + "\n",
    # a person's words about DMCA, abuse desks and automatic mail
    "Yes, interview her. She ran our DMCA takedown desk and the abuse@ and noc@ mailboxes at her last job, "
    "and wrote the tool whose message was sent automatically to every CERT.\n\nDana\n",
])
def test_a_persons_unsigned_mail_about_or_pasting_a_report_stays_theirs(tmp_path, body):
    raw = mail("Dana <dana@acme.test>", body, subject="Re: Jane Doe for Backend (DMCA desk)")
    assert desk_sign(parse(raw).parsed, listed_sender=False) is None
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


@pytest.mark.parametrize("inner", [
    "Yes, let's interview her on Thursday.\n\n-- \nDana\nPGP: 0x1234ABCD",
    # a fragment of report fields in a sentence-like run is too short to be a block
    "Source: 192.0.2.1\nPort: 22\n\nIs this the candidate's test server? Interview her anyway.\n\nDana",
    # asks about an automatic message rather than being one
    "Was that message sent automatically? If so, ignore it: yes to Jane.\n\nDana",
])
def test_a_signed_persons_answer_stays_theirs(tmp_path, inner):
    content_type, body = pgp_mime(inner)
    raw = mail("Dana <dana@acme.test>", body, content_type=content_type)
    assert not signed_report(parse(raw).parsed)
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY

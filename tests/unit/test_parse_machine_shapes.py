"""parse judges machine mail whatever its shape, and still refuses a person's mail without a usable From
(issue 12, class 1). The mails here are written for these tests, one per family of shapes, each with a person's
mail of the same shape that must stay a person's (or stay refused)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import NULL_SENDER_DOMAIN, Unreadable, parse
from mailer.reading.repair import body_boundary, with_found_boundary, without_leading_noise, without_nul

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)

DSN_BODY = (b"--OUTER\nContent-Type: text/plain\n\nYour message to dana@example.net could not be delivered.\n"
            b"The mailbox does not exist.\n\n"
            b"--OUTER\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
            b"Final-Recipient: rfc822; dana@example.net\nAction: failed\nStatus: 5.1.1\n"
            b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n"
            b"--OUTER\nContent-Type: text/rfc822-headers\n\nFrom: rita@acme.test\nTo: dana@example.net\n"
            b"Subject: Jane Doe for Backend\nMessage-ID: <s1@acme.test>\n\n--OUTER--\n")


def dsn(from_field: bytes | None = b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        ctype: bytes = b'Content-Type: multipart/report; report-type=delivery-status; boundary="OUTER"',
        extra: bytes = b"", subject: bytes = b"Subject: Undelivered Mail Returned to Sender") -> bytes:
    head = [b"Return-Path: <>", b"Date: Tue, 24 Nov 2026 09:00:00 +0000", subject, b"To: rita@acme.test",
            b"Message-ID: <dsn1@mx.example.net>", b"MIME-Version: 1.0", ctype]
    if from_field is not None:
        head.insert(1, from_field)
    return b"\n".join(head) + b"\n" + extra + b"\n" + DSN_BODY


def person(from_field: bytes = b"From: Dana Manager <dana@acme.test>", extra: bytes = b"") -> bytes:
    return (from_field + b"\nTo: rita@acme.test\nSubject: Re: Jane Doe for Backend\nIn-Reply-To: <s1@x>\n"
            b"Message-ID: <r1@acme.test>\n" + extra + b"\nYes, let's interview her on Monday.\n")


@pytest.fixture(scope="module")
def verdict(tmp_path_factory):
    """The daemon's verdict as if the mail sat in a tracked thread whose manager is its sender (the worst case)."""
    config = make_config(tmp_path_factory.mktemp("shapes"))

    def judge(raw: bytes) -> Kind:
        msg = parse(raw)
        sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                         NOW - timedelta(days=3), State.OPEN)
        return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind
    return judge


# ------------------------------------------------------------------------------ From
@pytest.mark.parametrize("from_field", [
    None, b"From:", b"From: <>", b"From: Notifier", b"From: =?utf-8?q??=", b"From: =?utf-8?b?@@@?=",
    b"From: Mail Delivery System:;", b"From: undisclosed-recipients: ;", b"From: (Mail Delivery Subsystem)",
    b"From: (System)", b"From: Notifier <notifier>", b"From: Syst\xe8me <daemon>",
])
def test_a_report_without_a_usable_from_is_judged_a_bounce(verdict, from_field):
    raw = dsn(from_field)
    assert parse(raw).sender.email.endswith("@" + NULL_SENDER_DOMAIN)
    assert verdict(raw) is Kind.BOUNCE


def test_a_report_that_lost_its_from_and_has_no_cheap_sign_is_judged_by_the_detector(verdict):
    """No daemon name, no null Return-Path, no report type, a subject in no list: the bounce detector still
    reads the failure, and the mail is judged, not refused."""
    raw = (b"Return-Path: <postmaster@mx.example.net>\nSubject: Nachricht konnte nicht zugestellt werden\n"
           b"To: rita@acme.test\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
           b"Sent <<< RCPT TO:<dana@example.net>\nReceived >>> 550 5.1.1 <dana@example.net>... user unknown\n")
    assert verdict(raw) is Kind.BOUNCE


@pytest.mark.parametrize("from_field", [b"From: Dana Manager", b"From: team: ;", b"From: Dana <dana>", b"X-No-From: 1",
                                        b"From: Dana \xe8 Manager"])
def test_a_persons_mail_without_a_usable_from_is_still_refused_with_the_reason(from_field):
    with pytest.raises(Unreadable, match="no valid From address"):
        parse(person(from_field))


@pytest.mark.parametrize("from_field", [b"From:", b"From: (Dana)", b"From: =?utf-8?q??="])
def test_an_empty_from_is_a_null_sender_and_never_anyones_answer(verdict, from_field):
    """An empty From (nothing left once comments and encoded words are read) is the null sender MTAs write, as
    before this change: such mail is machine mail, ignored, never a person's answer, whatever it says."""
    assert verdict(person(from_field)) is Kind.IGNORED


def test_a_persons_mail_with_no_from_and_a_postmaster_return_path_is_still_refused():
    """A Return-Path names the envelope only; without a report's words it proves nothing about the mail."""
    with pytest.raises(Unreadable, match="no valid From address"):
        parse(person(b"X-Other: 1", b"Return-Path: <dana@acme.test>\n"))


@pytest.mark.parametrize("from_field", [b"From: MAILER-DAEMON\nFrom: postmaster@mx.example.net",
                                        b"From: postmaster@mx.example.net, mailer-daemon@mx.example.net"])
def test_a_report_with_several_from_fields_is_still_a_bounce(verdict, from_field):
    """A report acts only about mail mailer sent (its returned Message-ID), so who its From names does not matter."""
    assert verdict(dsn(from_field)) is Kind.BOUNCE


@pytest.mark.parametrize("from_field", [b"From: Dana <dana@acme.test>\nFrom: eve@evil.test",
                                        b"From: dana@acme.test <eve@evil.test>"])
def test_a_persons_mail_naming_two_senders_is_still_never_acted_on(verdict, from_field):
    assert verdict(person(from_field)) is Kind.IGNORED


# ------------------------------------------------------------------------------ bytes and lines
@pytest.mark.parametrize("prefix", [b"\n\n", b"   \n\t\n", b"From MAILER-DAEMON Tue Nov 24 09:00:00 2026\n",
                                    b"\xef\xbb\xbf", b"\xef\xbb\xbf\n",
                                    b"From MAILER-DAEMON Tue Nov 24 09:00:00 2026\n \n\n"])
def test_leading_noise_before_the_headers_is_skipped(verdict, prefix):
    assert without_leading_noise(prefix + b"From: a@b.test\n") == b"From: a@b.test\n"
    assert verdict(prefix + dsn()) is Kind.BOUNCE


def test_a_from_header_line_is_not_taken_for_an_mbox_separator():
    assert without_leading_noise(b"From: a@b.test\n\nhi\n") == b"From: a@b.test\n\nhi\n"


def test_nul_bytes_are_dropped_from_the_parsing_copy(verdict):
    assert without_nul(b"a\x00b") == b"ab"
    raw = dsn().replace(b"Content-Type: message/delivery-status", b"Content-Type: message/delivery-status\x00")
    assert verdict(raw.replace(b"MAILER-DAEMON@", b"MAILER-DAEMON\x00@")) is Kind.BOUNCE


def test_a_persons_mail_with_nul_bytes_stays_their_answer(verdict):
    raw = person(b"From: Dana Manager <dana@acme.test\x00>").replace(b"Monday", b"Mon\x00day")
    msg = parse(raw)
    assert msg.sender.email == "dana@acme.test" and "Monday" in msg.body_text
    assert verdict(raw) is Kind.REPLY


@pytest.mark.parametrize("ends", [b"\r", b"\r\n"])
def test_other_line_ends_are_read_alike(verdict, ends):
    assert verdict(dsn().replace(b"\n", ends)) is Kind.BOUNCE


def test_a_report_that_is_only_headers_is_judged(verdict):
    raw = dsn().split(b"\n\n", 1)[0] + b"\n"
    assert verdict(raw) not in (Kind.REPLY, Kind.OTHER_REPLY, Kind.COMMAND)


# ------------------------------------------------------------------------------ MIME boundary and type
@pytest.mark.parametrize("ctype", [
    b"Content-Type: multipart/report; report-type=delivery-status",               # boundary missing
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="WRONG"',
    b'Content-Type: multipart/report; report-type=delivery-status; boundary=""',
    b"Content-Type: multipart/; ;; =; boundary",                                   # a type nobody can read
])
def test_a_report_whose_boundary_does_not_match_is_split_at_its_real_delimiters(verdict, ctype):
    assert verdict(dsn(ctype=ctype)) is Kind.BOUNCE


def test_a_boundary_with_spaces_and_no_quotes_is_found(verdict):
    raw = dsn(ctype=b"Content-Type: multipart/report; boundary=== part OUTER ==").replace(
        b"--OUTER", b"--== part OUTER ==")
    assert verdict(raw) is Kind.BOUNCE


def test_the_outer_boundary_wins_over_an_attached_messages():
    body = (b"--A\nContent-Type: text/plain\n\nhi\n--A\nContent-Type: message/rfc822\n\n"
            b"Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nx\n--B\n"
            b"Content-Type: text/plain\n\ny\n--B\nContent-Type: text/plain\n\nz\n--B--\n--A--\n")
    assert body_boundary(body) == b"A"


@pytest.mark.parametrize("body", [b"Thanks!\n-- \nDana\n", b"Notes\n----------\nmore\n----------\n",
                                  b"--x\nnot a part header\n--x\n"])
def test_lines_of_dashes_that_open_no_part_are_no_boundary(body):
    assert body_boundary(body) is None
    assert with_found_boundary(b"From: a@b.test\nContent-Type: multipart/mixed\n\n" + body) is None


def test_a_persons_mail_with_a_broken_boundary_keeps_their_words(verdict):
    raw = (b"From: Dana Manager <dana@acme.test>\nTo: rita@acme.test\nSubject: Re: Jane Doe for Backend\n"
           b"In-Reply-To: <s1@x>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"nope\"\n\n"
           b"--real\nContent-Type: text/plain\n\nYes, let's interview her.\n--real\nContent-Type: text/html\n\n"
           b"<p>Yes, let's interview her.</p>\n--real--\n")
    msg = parse(raw)
    assert msg.body_text.strip() == "Yes, let's interview her."
    assert verdict(raw) is Kind.REPLY


# ------------------------------------------------------------------------------ parts, charsets, headers
@pytest.mark.parametrize("change", [
    (b"Content-Type: text/plain\n\nYour", b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!*\xff Your"),
    (b"Content-Type: text/plain\n\nYour", b"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=\xff Your"),
    (b"Content-Type: text/plain\n", b'Content-Type: text/plain; charset="x-unknown"\n'),
    (b"Content-Type: text/plain\n", b'Content-Type: text/plain; charset="utf-7"\n'),
    (b"Content-Type: text/plain\n", b'Content-Type: text/plain; charset="idna"\n'),
    (b"Content-Type: text/plain\n\n", b'Content-Type: text/plain; charset="iso-2022-jp"\n\n\x1b$B\x1b(J\xff\x1b(B'),
    (b"Content-Type: text/plain\n\n", "Content-Type: text/plain; charset=big5\n\n配信不能 ".encode()),
    (b"text/rfc822-headers\n\nFrom", b"text/rfc822-headers\n\nReceived: x\n \x01 ;;(\n\t=?utf-8?b?@@?=\nFrom"),
    (b"Subject: Undelivered", "Subject: Échec: Undelivered".encode("latin-1")),
    (b"Subject: Undelivered", "Subject: 配信不能 Undelivered".encode("shift_jis")),
    (b"Date: Tue, 24 Nov 2026 09:00:00 +0000", b"Date: Tue, 45 Smarch 20X1 99:99:99 +9999 (junk"),
    (b"--OUTER--\n", b""),                                                           # the last part cut off
])
def test_a_report_with_a_broken_part_charset_or_header_is_still_a_bounce(verdict, change):
    raw = dsn().replace(*change)
    assert raw != dsn()
    assert verdict(raw) is Kind.BOUNCE


def test_an_unreadable_field_of_machine_mail_is_left_out_not_fatal(monkeypatch):
    """A field the stdlib raises on (here the body) costs machine mail that field, never its verdict."""
    import mailer.reading.parse as parsing  # noqa: PLC0415

    def broken(msg):
        raise LookupError("a codec the stdlib has no 'replace' mode for")
    monkeypatch.setattr(parsing, "body_text", broken)
    msg = parse(dsn())
    assert msg.body_text == "" and msg.subject.startswith("Undelivered")
    with pytest.raises(Unreadable, match="cannot read the message: LookupError"):
        parse(person())


@pytest.mark.parametrize("subject,bounce", [("[Postmaster] Email Delivery Failure", True),
                                            ("  [postmaster] notice", True), ("Postmaster duties next week", False),
                                            ("[Team] postmaster rota", False)])
def test_a_postmaster_tag_in_brackets_is_a_bounce_subject(subject, bounce):
    """"[postmaster]" was in the list but could never match: the brackets were stripped before the comparison."""
    from mailer.reading.machine import subject_is_bounce  # noqa: PLC0415
    assert subject_is_bounce(subject) is bounce


@pytest.mark.parametrize("name", ["メール配信".encode("shift_jis"), "郵件".encode("big5"), "Système".encode("latin-1")])
def test_an_address_behind_a_raw_8bit_display_name_is_read(verdict, name):
    """Raw Shift_JIS (a "[" byte) or Big5 (a "\\" byte) in a display name breaks the stdlib's address parser."""
    raw = dsn(b"From: " + name + b' "Mail Delivery System" <MAILER-DAEMON@mx.example.net>')
    assert parse(raw).sender.email == "mailer-daemon@mx.example.net"
    assert verdict(raw) is Kind.BOUNCE
    mail = person(b"From: " + name + b" <dana@acme.test>")
    assert parse(mail).sender.email == "dana@acme.test" and verdict(mail) is Kind.REPLY


@pytest.mark.parametrize("from_field", [
    b"From: " + "メール".encode("shift_jis") + b" <dana@acme.test> <eve@evil.test>",   # two addresses: no guess
    b"From: " + "メール".encode("shift_jis") + b" <dana>",                              # no domain
    b"From: " + "メール".encode("shift_jis") + b" <dana@acme.test>\nFrom: eve@evil.test",
])
def test_no_address_is_guessed_where_the_raw_from_does_not_name_exactly_one(verdict, from_field):
    try:
        kind = verdict(person(from_field))
    except Unreadable as exc:
        assert "no valid From address" in str(exc)
    else:
        assert kind is Kind.IGNORED


def test_the_address_read_from_a_raw_8bit_from_is_what_the_machine_signs_see():
    from mailer.reading.machine import machine_signs  # noqa: PLC0415
    raw = person(b"From: " + "メール".encode("shift_jis") + b" <MAILER-DAEMON@mx.example.net>")
    assert machine_signs(parse(raw).parsed) == "null or daemon sender"


def test_a_persons_mail_saved_with_a_byte_order_mark_is_still_theirs(verdict):
    assert verdict(b"\xef\xbb\xbf" + person()) is Kind.REPLY

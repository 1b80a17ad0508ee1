"""Parsing never raises anything but Unreadable, whatever arrives."""

import pytest

from mailer.reading.parse import Unreadable, base_subject, message_ids, parse

ODD = [
    # html.parser asserts on this markup
    b"From: a@x.test\r\nContent-Type: text/html\r\n\r\n<p>hi<![ x]><![foo[</p>\r\n",
    # a Date far in the future with an odd offset overflows datetime arithmetic
    b"From: a@x.test\r\nDate: Fri, 31 Dec 9999 23:59:59 -2359\r\nSubject: x\r\n\r\nbody\r\n",
    # a codec without a 'replace' error mode
    b"From: a@x.test\r\nContent-Type: text/plain; charset=idna\r\n\r\n\xff\xfe body\r\n",
    b"From: a@x.test\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\nbody\r\n",
    b"From: =?utf-8?q?broken <\r\nSubject: =?x-unknown?b?!!!?=\r\n\r\nbody\r\n",
    b"From: a@x.test\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n",
]


@pytest.mark.parametrize("raw", ODD)
def test_odd_mail_parses_or_is_unreadable_never_anything_else(raw):
    try:
        msg = parse(raw)
    except Unreadable as exc:
        assert str(exc)
    else:
        assert msg.sender.email


def test_missing_message_id_gets_a_stable_key():
    raw = b"From: a@x.test\r\nSubject: x\r\n\r\nbody\r\n"
    assert parse(raw).key == parse(raw).key and parse(raw).key.startswith("nomid:")
    assert parse(raw).key != parse(raw + b"more").key


def test_unreadable_date_is_absent_not_fatal():
    msg = parse(b"From: a@x.test\r\nDate: Fri, 31 Dec 9999 23:59:59 -2359\r\n\r\nbody\r\n")
    assert msg.date is None


def test_message_ids_and_subjects():
    assert message_ids("<a@x> junk <b@y>") == ("a@x", "b@y")
    assert message_ids("bare@x") == ("bare@x",)
    assert base_subject("RE: AW: Fwd:  Candidate:  Jane") == "candidate: jane"


@pytest.mark.parametrize("value,ambiguous", [
    ('"maria@acme.test" <maria@acme.test>', False), ('"Doe, Jane" <jane@x.test>', False),
    ("=?utf-8?q?Jos=C3=A9_=28jose@x.test=29?= <jose@x.test>", False),
    ("maria@acme.test <eve@evil.test>", True), ("a@x.test, b@y.test", True)])
def test_from_naming_two_addresses_is_ambiguous_and_only_then(value, ambiguous):
    msg = parse(f"From: {value}\r\nSubject: x\r\n\r\nhi\r\n".encode())
    assert msg.sender_ambiguous is ambiguous

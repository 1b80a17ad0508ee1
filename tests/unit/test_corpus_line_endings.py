"""CRLF and CR-only copies of real bounces get the verdict of their LF original.

Sisimai keeps line-ending twins of some samples (maildir/dos: CRLF, maildir/mac: CR only). The twins here are copied
from sisimai/set-of-emails 18e585c (tests/data/corpus/LICENSES.md, "Fresh Sisimai samples"): every CR-only twin
whose verdict differed from its LF original's when they were collected (bench/sisimai_twins.py: 125 of 130 twins
agreed), and a few that agreed. The LF originals are tuning files of tests/data/corpus.

The four CR-only twins that differed were read without their line structure (the stdlib parser keeps a lone CR in
body text): mailer now reads every mail with LF line ends (mailer/reading/parse.py). Agreeing is not enough when
both halves are wrong, so the recipient each report names (read from the report itself) is asserted too."""

from datetime import datetime, timedelta, timezone

import pytest

from corpus import CORPUS
from helpers import make_config
from mailer.model import State, Submission
from mailer.reading import autoreply, bounce
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
TWINS = CORPUS / "sisimai_set_of_emails_18e585c" / "maildir"
LF = CORPUS / "sisimai_set_of_emails" / "maildir" / "bsd"
LF_NEW = CORPUS / "sisimai_set_of_emails_18e585c" / "maildir" / "bsd"
def verdict(raw: bytes, config) -> tuple:
    """What the daemon makes of the mail: its kind in a tracked thread of its sender, and the bounce's
    permanence and failed addresses, whether it is a complaint or an auto-reply."""
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    kind = classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind
    found = bounce.detect_bounce(msg.parsed)
    return (kind, found is not None and found.permanent, found and sorted(found.addresses),
            bounce.detect_complaint(msg.parsed) is not None, autoreply.detect_auto_reply(msg.parsed) is not None)


def lf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").strip()


@pytest.mark.parametrize("twin, original", [
    ("mac/lhost-biglobe-01.eml", LF / "lhost-biglobe-01.eml"),
    ("mac/lhost-exchange2003-01.eml", LF / "lhost-exchange2003-01.eml"),
    ("mac/lhost-imailserver-01.eml", LF / "lhost-imailserver-01.eml"),
    ("mac/lhost-zoho-01.eml", LF / "lhost-zoho-01.eml"),
    ("dos/lhost-biglobe-01.eml", LF / "lhost-biglobe-01.eml"),
    ("dos/lhost-imailserver-01.eml", LF / "lhost-imailserver-01.eml"),
    ("dos/lhost-zoho-01.eml", LF / "lhost-zoho-01.eml"),
    ("mac/lhost-qmail-01.eml", LF / "lhost-qmail-01.eml"),
    ("mac/rhost-cloudflare-01.eml", LF_NEW / "rhost-cloudflare-01.eml"),
])
def test_a_line_ending_twin_gets_the_verdict_of_its_original(twin, original, tmp_path):
    raw = (TWINS / twin).read_bytes()
    assert lf(raw) == lf(original.read_bytes())  # the same mail but for its line endings
    config = make_config(tmp_path)
    want = verdict(original.read_bytes(), config)
    assert want[1] is True  # every original here is a bounce mailer catches: the comparison is not vacuous
    assert verdict(raw, config) == want


# The recipient each report says failed, read from the report (Sisimai's tables carry no addresses): in the LF
# originals mailer had also taken the returned Message-ID and the returned mail's sender (lhost-zoho-01).
NAMED = {"lhost-biglobe-01.eml": ["postmaster@mxr.biglobe.ne.jp"], "lhost-exchange2003-01.eml": ["kijitora@example.jp"],
         "lhost-imailserver-01.eml": ["kijitora@example.com"], "lhost-zoho-01.eml": ["kijitora@example.co.jp"]}


COPIES = [(name, path) for name in sorted(NAMED)
          for path in (LF / name, TWINS / "dos" / name, TWINS / "mac" / name) if path.exists()]


def test_each_report_is_read_in_more_than_one_copy():
    assert len(COPIES) == 11  # Sisimai keeps no CRLF copy of lhost-exchange2003-01


@pytest.mark.parametrize("name, path", COPIES, ids=[str(p.relative_to(CORPUS)) for _, p in COPIES])
def test_every_copy_names_the_recipient_the_report_says_failed(name, path):
    found = bounce.detect_bounce(parse(path.read_bytes()).parsed)
    assert found is not None and sorted(found.addresses) == NAMED[name]

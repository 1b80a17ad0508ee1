"""Spam is never an answer (issue 12): mail a filter stamped as spam is not a manager's reply, a command or an
absence; a person's mail a filter passed ("X-Spam-Status: No") is untouched. Samples are project-written."""

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from helpers import ROOT, config_text, make_config
from mailer.model import Kind, State, Submission
from mailer.reading.authres import AuthVerdict
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse
from mailer.reading.spam import spam_verdict

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def mail(stamp: str, sender: str = "Maria <maria@acme.test>", body: str = "Interview please.") -> bytes:
    return (f"From: {sender}\nTo: mailer@acme.test\nSubject: Re: Candidate: Jane Doe\nIn-Reply-To: <s1@acme.test>\n"
            f"Message-ID: <r1@acme.test>\nDate: Wed, 25 Nov 2026 09:00:00 +0000\n{stamp}\n\n{body}\n").encode()


def in_thread(raw: bytes, config, auth: AuthVerdict | None = None):
    msg = parse(raw)
    sub = Submission(1, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe",
                     "s1@acme.test", (), NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), of_recruiter=(sub,), now=NOW,
                                         sender_auth=auth))


SPAM = [
    "X-Spam-Flag: YES",
    "X-Spam-Status: Yes, score=7.3 required=5.0 tests=BAYES_99,URIBL_BLACK autolearn=no",
    "X-Spam: Yes",
    "X-Barracuda-Spam-Status: Yes, SCORE=8.1 using global scores of TAG_LEVEL=3.5",
    "X-MS-Exchange-Organization-SCL: 6",
    "X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mx.example;CAT:SPM;",
]
NOT_SPAM = [
    "X-Spam-Status: No, score=-1.9 required=5.0 tests=BAYES_00 autolearn=ham",
    "X-Spam-Flag: NO",
    "X-Spam-Level: ****",  # a score: its threshold is the site's own
    "X-Spam-Score: 4.2",
    "X-MS-Exchange-Organization-SCL: -1",  # Exchange's internal mail
    "X-MS-Exchange-Organization-SCL: 1",
    "X-Microsoft-Antispam: BCL:0;",  # on every Microsoft 365 mail
    "X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mx.example;CAT:NONE;",
]


@pytest.mark.parametrize("stamp", SPAM)
def test_a_spam_verdict_is_never_an_answer(tmp_path, stamp):
    assert spam_verdict(parse(mail(stamp)).parsed) is not None
    verdict = in_thread(mail(stamp), make_config(tmp_path))
    assert verdict.kind is Kind.IGNORED and verdict.reason.startswith("spam (") and stamp.split(":")[0] in verdict.reason


@pytest.mark.parametrize("stamp", NOT_SPAM)
def test_a_person_a_filter_passed_still_answers(tmp_path, stamp):
    assert spam_verdict(parse(mail(stamp)).parsed) is None
    verdict = in_thread(mail(stamp), make_config(tmp_path))
    assert verdict.kind is Kind.REPLY and verdict.commands  # "Interview please." is the manager's decision


def test_spam_acts_neither_as_a_command_nor_as_an_absence(tmp_path):
    config = make_config(tmp_path)
    command = in_thread(mail("X-Spam-Flag: YES", "Rita <rita@acme.test>", "stop"), config)
    assert command.kind is Kind.IGNORED and not command.commands
    absence = in_thread(mail("X-Spam-Flag: YES\nAuto-Submitted: auto-replied",
                             body="I am out of the office until December 7."), config)
    assert absence.kind is Kind.IGNORED and absence.return_date is None


def test_mailer_classify_shows_spam_with_its_reason(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text())
    env = {k: v for k, v in os.environ.items() if k != "MAILER_CONFIG"}
    for extra in (["--no-config"], ["--config", str(tmp_path / "config.yaml")]):
        out = subprocess.run([sys.executable, "-m", "mailer", "classify", *extra, "-"], input=mail(SPAM[1]),
                             capture_output=True, timeout=120, env=env, cwd=ROOT)
        assert out.returncode == 0, out.stderr.decode()
        assert "<stdin>: spam — spam (X-Spam-Status: Yes, score=7.3" in out.stdout.decode()


PROVEN = AuthVerdict(True, "dkim=pass d=acme.test")


def test_a_proven_sender_outranks_a_filters_guess(tmp_path):
    """A signature proves who wrote it; a filter only guesses from content: the manager's decision counts."""
    config = make_config(tmp_path, trust="dkim")
    verdict = in_thread(mail("X-Spam-Flag: YES"), config, PROVEN)
    assert verdict.kind is Kind.REPLY and verdict.commands
    unproven = in_thread(mail("X-Spam-Flag: YES"), config, AuthVerdict(False, "no DKIM signature"))
    assert unproven.kind is Kind.IGNORED and unproven.reason.startswith("spam (")


def test_believing_every_sender_is_no_proof_against_the_filter(tmp_path):
    config = make_config(tmp_path)  # trust: unauthenticated: its verdict is always 'trusted'
    verdict = in_thread(mail("X-Spam-Flag: YES"), config, AuthVerdict(True, "unauthenticated mode"))
    assert verdict.kind is Kind.IGNORED and verdict.reason.startswith("spam (")


def test_a_proven_recruiters_submission_is_not_dropped_for_a_stamp(tmp_path):
    config = make_config(tmp_path, trust="dkim")
    raw = (b"From: Rita <rita@acme.test>\nTo: Maria <maria@acme.test>\nCc: mailer@acme.test\n"
           b"Subject: Candidate: Jane Doe - Backend Engineer\nMessage-ID: <n1@acme.test>\n"
           b"Date: Wed, 25 Nov 2026 09:00:00 +0000\nX-Spam-Flag: YES\n\nPlease have a look.\n")
    verdict = classify(parse(raw), config, Context(now=NOW, sender_auth=PROVEN))
    assert verdict.kind is Kind.SUBMISSION
    (tmp_path / "u").mkdir()
    stamped = classify(parse(raw), make_config(tmp_path / "u"), Context(now=NOW))
    assert stamped.kind is Kind.IGNORED and stamped.reason.startswith("spam (")

"""`mailer classify` applies the configured trust method as the daemon does: for each mail, whether its sender
is proven and why (dkim d= alignment, which Authentication-Results stamp, or unauthenticated mode), and what
mailer would therefore do; the same in text and in --json."""

import json
import os
from pathlib import Path

import dkim

from forkrun import run_mailer
from helpers import ROOT, config_text

DATA = Path(__file__).resolve().parent.parent / "data"
KEY = (DATA / "dkim" / "test-key.pem").read_bytes()
RECORD = "v=DKIM1; k=rsa; p=" + (DATA / "dkim" / "test-key.pub.b64").read_text().strip()
BOUNCE = DATA / "corpus" / "flufl_bounce" / "postfix_01.txt"
PINNED = f'{{method: dkim, dkim_keys: {{sel._domainkey.acme.test: "{RECORD}"}}}}'  # offline: no DNS asked
STAMPED = "{method: authentication-results, authserv_ids: [mx.acme.test], received_above_stamp: 0}"


def submission(body: str = "Jane would suit the backend team.") -> bytes:
    return (f"From: Rita Recruiter <rita@acme.test>\r\nTo: Maria Manager <maria@acme.test>\r\n"
            f"Cc: mailer@acme.test\r\nSubject: Candidate: Jane Doe – Backend Engineer\r\n"
            f"Message-ID: <sub1@acme.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n{body}\r\n").encode()


def signed(domain: bytes = b"acme.test") -> bytes:
    raw = submission()
    return dkim.sign(raw, b"sel", domain, KEY, include_headers=[b"from", b"to", b"cc", b"subject", b"message-id"]) + raw


def run(tmp_path, trust: str | None, raw: bytes, *flags: str):
    args = ["--no-config"]
    if trust is not None:
        (tmp_path / "config.yaml").write_text(config_text(trust=trust))
        args = ["--config", str(tmp_path / "config.yaml")]
    env = {k: v for k, v in os.environ.items() if k != "MAILER_CONFIG"}
    result = run_mailer(ROOT, ["classify", *args, *flags, "-"], env, timeout=120, input=raw, text=False)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def row(tmp_path, trust: str | None, raw: bytes) -> dict:
    [line] = run(tmp_path, trust, raw, "--json").splitlines()
    return json.loads(line)


def test_dkim_aligned_with_from_proves_the_submission_and_mailer_tracks_it(tmp_path):
    got = row(tmp_path, PINNED, signed())
    assert got["kind"] == "submission" and got["authenticated"] is True
    assert got["trust"] == "dkim: dkim=pass d=acme.test (checked by mailer)"
    assert got["action"] == "submission acted on: sender authenticated"


def test_unsigned_or_altered_or_unaligned_submissions_are_ignored_and_say_why(tmp_path):
    unsigned = row(tmp_path, PINNED, submission())
    assert (unsigned["kind"], unsigned["authenticated"]) == ("submission", False)
    assert unsigned["trust"] == "dkim: no DKIM signature"
    assert unsigned["action"] == "submission ignored: sender not authenticated"
    altered = row(tmp_path, PINNED, signed().replace(b"suit the backend", b"suit the payroll"))
    assert altered["authenticated"] is False and "body hash" in altered["trust"]
    pinned_other = PINNED.replace("sel._domainkey.acme.test", "sel._domainkey.evil.test")
    foreign = row(tmp_path, pinned_other, signed(domain=b"evil.test"))
    assert foreign["authenticated"] is False and "d=evil.test not aligned with From acme.test" in foreign["trust"]
    assert foreign["action"] == "submission ignored: sender not authenticated"


def test_the_servers_stamp_names_itself_and_a_forged_one_below_it_is_said_to_be_forgeable(tmp_path):
    passed = "mx.acme.test; dkim=pass header.d=acme.test; dmarc=pass header.from=acme.test"
    ours = f"Authentication-Results: {passed}\r\nReceived: from client by mx.acme.test; Mon, 23 Nov 2026\r\n"
    got = row(tmp_path, STAMPED, ours.encode() + submission())
    assert got["authenticated"] is True and got["trust"] == "authentication-results: dmarc=pass (mx.acme.test)"
    forged = f"Received: from evil by mx.acme.test; Mon, 23 Nov 2026\r\nAuthentication-Results: {passed}\r\n"
    bad = row(tmp_path, STAMPED, forged.encode() + submission())
    assert bad["authenticated"] is False and "forgeable" in bad["trust"]
    assert bad["action"] == "submission ignored: sender not authenticated"


def test_unauthenticated_mode_is_named_and_an_out_of_office_pauses_only_briefly(tmp_path):
    ooo = (b"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nAuto-Submitted: auto-replied\r\n"
           b"Subject: Automatic reply: Candidate: Jane Doe\r\nMessage-ID: <ooo1@acme.test>\r\n"
           b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nI am out of the office, back on Monday 18 January.\r\n")
    got = row(tmp_path, "unauthenticated", ooo)
    assert got["kind"] == "auto_reply" and got["authenticated"] is True
    assert got["trust"] == "unauthenticated mode: every sender is believed, nothing is checked"
    assert got["action"].startswith("auto_reply acted on, unproven: pauses nudges at most 2 business days")
    assert "names no delegate" in got["action"]
    # The same mail under dkim: unsigned, so no pause at all.
    assert row(tmp_path, PINNED, ooo)["action"] == "auto_reply ignored: sender not authenticated"


def test_machine_mail_needs_no_proof_and_without_a_config_nothing_is_checked(tmp_path):
    bounce = row(tmp_path, PINNED, BOUNCE.read_bytes())
    assert bounce["kind"] == "bounce" and bounce["action"] == "bounce acted on: needs no proven sender"
    plain = row(tmp_path, None, submission())
    assert (plain["authenticated"], plain["trust"], plain["action"]) == (None, "", "")


def test_the_text_form_says_the_same(tmp_path):
    text = run(tmp_path, PINNED, submission())
    assert "  sender: not proven — dkim: no DKIM signature\n" in text
    assert "  mailer would: submission ignored: sender not authenticated\n" in text
    assert "  sender: proven — dkim: dkim=pass d=acme.test" in run(tmp_path, PINNED, signed())
    # Unauthenticated mode checks nothing: the sender is believed, which "proven" above "acted on, unproven"
    # contradicted in the same output.
    believed = run(tmp_path, "unauthenticated", submission())
    assert "  sender: believed, not checked — unauthenticated mode" in believed and "proven —" not in believed
    assert "  mailer would: submission acted on, unproven (trust: unauthenticated)\n" in believed

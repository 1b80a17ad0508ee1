"""`mailer classify`: files, Maildirs, mboxes and stdin, as text or JSON lines, with and without a config."""

import json
import mailbox
import os
from pathlib import Path

from forkrun import run_mailer
from helpers import ROOT, config_text

DATA = Path(__file__).resolve().parent.parent / "data"
OOO = DATA / "ooo" / "exchange_online_back_on.eml"
BOUNCE = DATA / "corpus" / "flufl_bounce" / "postfix_01.txt"
HUMAN = DATA / "corpus" / "mailgun_talon" / "standard_replies" / "gmail.eml"


def classify(*args, stdin=None, config=None):
    env = {k: v for k, v in os.environ.items() if k != "MAILER_CONFIG"}
    extra = ["--config", str(config)] if config else ["--no-config"]
    return run_mailer(ROOT, ["classify", *extra, *args], env, timeout=120, input=stdin, text=False)


def lines(result):
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_json_keys_and_kinds_for_ooo_bounce_and_human_reply():
    ooo, bounce, human = lines(classify("--json", str(OOO), str(BOUNCE), str(HUMAN)))
    for row in (ooo, bounce, human):
        assert set(row) >= {"path", "kind", "reason", "reply_text", "command", "return_date", "bounced"}
    assert (ooo["kind"], ooo["return_date"]) == ("auto_reply", "2020-12-07")
    assert bounce["kind"] == "bounce" and bounce["bounced"] and "permanent" in bounce["reason"]
    assert human["kind"] == "human_reply" and human["reply_text"].strip() == "Hello"


def test_reads_a_maildir_an_mbox_and_stdin(tmp_path):
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for path in (OOO, HUMAN):
        box.add(path.read_bytes())
    mbox = mailbox.mbox(str(tmp_path / "mail.mbox"), create=True)
    mbox.add(BOUNCE.read_bytes())
    mbox.add(OOO.read_bytes())
    mbox.flush()
    rows = lines(classify("--json", str(tmp_path / "Maildir"), str(tmp_path / "mail.mbox")))
    assert sorted(r["kind"] for r in rows) == ["auto_reply", "auto_reply", "bounce", "human_reply"]
    assert any(r["path"].endswith("mail.mbox#1") for r in rows)
    [row] = lines(classify("--json", "-", stdin=OOO.read_bytes()))
    assert row["path"] == "<stdin>" and row["kind"] == "auto_reply"


def test_with_a_config_and_its_database_it_knows_threads_people_and_commands(tmp_path):
    from datetime import datetime, timezone
    from mailer.store import Store
    (tmp_path / "config.yaml").write_text(config_text())
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                             "s1@acme.test", (), datetime(2026, 11, 23, tzinfo=timezone.utc))
    store.close()
    raw = (b"From: Maria <maria@acme.test>\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate: Jane Doe\r\n"
           b"In-Reply-To: <s1@acme.test>\r\nMessage-ID: <r1@acme.test>\r\n\r\nnot mine - try Nate\r\n\r\n"
           b"On Mon, Rita wrote:\r\n> hi\r\n")
    [row] = lines(classify("--json", "-", stdin=raw, config=tmp_path / "config.yaml"))
    assert (row["kind"], row["command"]) == ("command", "not_mine")
    assert row["reason"] == "reply from the thread's manager"
    text = classify("-", stdin=raw, config=tmp_path / "config.yaml").stdout.decode()
    assert "| not mine - try Nate" in text and "> hi" not in text
    # Without the config the same mail is only a reply-shaped human mail.
    [plain] = lines(classify("--json", "-", stdin=raw))
    assert plain["kind"] == "human_reply" and plain["command"] == ""


def test_malformed_and_missing_inputs(tmp_path):
    (tmp_path / "bad.eml").write_bytes(b"Subject: no sender\r\n\r\nbody\r\n")
    [row] = lines(classify("--json", str(tmp_path / "bad.eml")))
    assert row["kind"] == "malformed" and "From" in row["reason"]
    missing = classify(str(tmp_path / "nope.eml"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr and b"Traceback" not in missing.stderr

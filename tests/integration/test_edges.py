"""Edges of the IMAP and SMTP contract: read state untouched, Sent copies, quarantine, odd mail, `mailer check`."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailer.store import Store

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")


def test_mailer_never_marks_inbox_mail_read(world):
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=LON))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(datetime(2026, 11, 23, 10, 5, tzinfo=LON))
    daemon.tick()
    daemon.close()
    with world.imap(world.mailer) as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert flags and all(b"\\Seen" not in f for f in flags.values())


def test_sent_copy_is_filed_when_configured(world):
    path = world.write_config()
    path.write_text(path.read_text().replace("  copy_to_self: true", "  copy_to_self: true\n  sent_folder: Sent"))
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=LON))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(datetime(2026, 11, 25, 10, 0, tzinfo=LON))
    daemon.tick()
    daemon.close()
    [copy] = world.wait_for(world.mailer, 1, folder="Sent")
    assert copy["To"].addresses[0].addr_spec == world.addr("maria")
    with world.imap(world.mailer) as client:
        client.select_folder("Sent", readonly=True)
        assert all(b"\\Seen" in f for f in client.get_flags(client.search("ALL")).values())


def test_malformed_mail_is_quarantined_and_the_daemon_goes_on(world):
    # Straight into the mailbox: Postfix would add the missing headers on the way in.
    world.append(world.mailer, b"Subject: no sender at all\r\n\r\nbody\r\n")
    world.append(world.mailer, b"From: =?utf-8?q?broken <\r\nTo: ???\r\nContent-Type: multipart/mixed\r\n\r\n--\r\n")
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=LON))
    world.wait_for(world.mailer, 3)
    daemon = world.daemon(datetime(2026, 11, 23, 10, 5, tzinfo=LON))
    report = daemon.tick()
    assert report.error is None
    assert report.ingested.kinds.get("quarantined") == 2 and report.ingested.kinds.get("submission") == 1
    reasons = [row["reason"] for row in daemon.store.quarantined()]
    assert "no valid From address" in reasons
    daemon.close()
    # Quarantine keeps the raw mail for a human.
    store = Store(world.tmp / "mailer.db")
    raw = store.db.execute("SELECT raw FROM quarantine WHERE reason='no valid From address'").fetchone()["raw"]
    assert b"no sender at all" in raw
    store.close()


def test_submission_without_message_id_is_recorded_once(world):
    raw = (f"From: Rita <{world.addr('rita')}>\r\nTo: {world.addr('maria')}\r\nCc: {world.mailer}\r\n"
           f"Subject: Candidate: No Id – Tester\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nhi\r\n").encode()
    world.append(world.mailer, raw)  # Postfix would add a Message-ID
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(datetime(2026, 11, 23, 10, 5, tzinfo=LON))
    daemon.tick()
    with daemon.store.transaction():
        daemon.store.set_folder_state("INBOX", 1, 0)  # force a full re-read
    daemon.tick()
    [sub] = daemon.store.all_submissions()
    assert sub.candidate == "No Id" and sub.message_id is None
    daemon.close()


def test_check_passes_against_the_real_servers(world):
    result = world.cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   IMAP login: INBOX" in result.stdout and "ok   SMTP login" in result.stdout


def test_status_and_plan_over_a_real_run(world):
    world.send(world.addr("rita"), [world.addr("nate")], [world.mailer], date=datetime(2026, 11, 23, 15, tzinfo=LON))
    world.wait_for(world.mailer, 1)
    assert world.cli("run", "--once", "--now", "2026-11-23T15:05:00Z").returncode == 0
    status = world.cli("status", "--now", "2026-11-24T15:00:00Z")
    assert "Nate Newyork" in status.stdout and "America/New_York" in status.stdout and "Jane Doe" in status.stdout
    plan = world.cli("plan", "--at", "2026-11-25T15:00:00Z")
    assert world.addr("nate") in plan.stdout and "Re: Candidate: Jane Doe" in plan.stdout


def test_a_template_broken_while_running_loses_neither_the_mail_nor_the_notice(world):
    """Ops break a notice template while the daemon runs: the edit is refused with its file and line, the mail is
    read, and the notice still goes, composed with the last good template the daemon holds in memory."""
    import shutil
    from helpers import ROOT
    broken = world.tmp / "templates"
    shutil.copytree(ROOT / "templates", broken)
    path = world.write_config()
    path.write_text(path.read_text().replace(f"templates: {ROOT / 'templates'}", f"templates: {broken}"))
    status = world.send(world.addr("rita"), [world.mailer], subject="status", body="status", attachment=None)
    world.wait_for_id(world.mailer, status)
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=LON))
    world.wait_for(world.mailer, 2)
    daemon = world.daemon(datetime(2026, 11, 23, 10, 5, tzinfo=LON))
    (broken / "status_report.txt.j2").write_text("{% set subject = 'x' %}{{ no_such_variable }}")
    report = daemon.tick()
    assert report.error and "status_report.txt.j2:1" in report.error and "no_such_variable" in report.error
    assert report.ingested.kinds == {"command": 1, "submission": 1}
    assert not [e for e in daemon.store.events() if e["kind"] == "notice_failed"]
    [answer] = [r for r in daemon.store.outbox() if r.kind == "status_report"]
    assert b"no_such_variable" not in answer.raw
    daemon.close()
    # And `mailer check` says so too.
    result = world.cli("check")
    assert result.returncode == 1 and "FAIL template status_report" in result.stdout

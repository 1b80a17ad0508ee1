"""The other-address notice (mailer/otheraddress.py) through classify and the effects, on a stored thread: one
notice per (recruiter, manager, address) listing the candidates; the alias snippet only for a proven sender,
and valid YAML; ops get a copy; "told" is logged only when a notice was queued; and the people mailer knows,
machine mail and mail outside the thread headers never trigger it."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone
import email
import email.policy
from email.message import EmailMessage
import logging

import yaml
from helpers import config_text

from mailer.compose import environment
from mailer.config.load import parse as parse_config
from mailer.effects import Effects
from mailer.ingest import context_for
from mailer.model import OutgoingMail
from mailer.reading.authres import AuthVerdict
from mailer.reading.classify import classify
from mailer.reading.parse import parse
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)  # a Wednesday
MANAGER, RECRUITER, NUDGE = "maria@acme.test", "rita@acme.test", "nudge1@acme.test"
CANDIDATES = ("Jane Doe", "Omar Haddad", "Li Wei")


def world(tmp_path, extra: str = "", aliases: str = ""):
    text = config_text(trust="dkim", extra=extra)
    if aliases:
        text = text.replace("    name: Maria Manager\n", f"    name: Maria Manager\n    aliases: [{aliases}]\n", 1)
    path = tmp_path / "config.yaml"
    path.write_text(text)
    config = parse_config(text, path)
    store = Store(tmp_path / "state.db")
    with store.transaction():
        ids = [store.add_submission(f"k{i}", MANAGER, RECRUITER, name, "", f"Candidate: {name}", f"s{i}@client.test",
                                    (), NOW - timedelta(days=2)) for i, name in enumerate(CANDIDATES)]
        # One grouped nudge listing all three: a reply to it is in each candidate's thread.
        out = store.enqueue(OutgoingMail("f1", NUDGE, "followup", MANAGER, "manager", "mailer@acme.test",
                                         (MANAGER,), b"x", "Following up"), NOW - timedelta(hours=1))
        store.add_listing(out, ids)
    return config, store


def receive(config, store, sender: str, name: str = "", proven: bool = False, headers: dict | None = None,
            thread: bool = True, conversation: tuple[str, ...] = ()) -> None:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"], msg["Subject"] = "mailer@acme.test", "Re: Following up"
    msg["Message-ID"] = f"<{abs(hash((sender, name, str(headers))))}@client.test>"
    if thread:
        msg["In-Reply-To"], msg["References"] = f"<{NUDGE}>", f"<{NUDGE}>"
    msg.set_content("Interview them all, please.")
    for key, value in (headers or {}).items():
        del msg[key]
        msg[key] = value
    parsed = parse(bytes(msg))
    if conversation:
        parsed = replace(parsed, conversation=conversation)
    with store.transaction():
        ctx = context_for(store, config, parsed, NOW)
        ctx = replace(ctx, sender_auth=AuthVerdict(proven, "test verdict"))
        Effects(store, config, environment(config.templates), parsed, NOW).apply(classify(parsed, config, ctx))


def notices(store, to: str = RECRUITER) -> list:
    return [r for r in store.outbox() if r.kind == "other_address" and r.recipients[0] == to]


def body(row) -> str:
    mail = email.message_from_bytes(row.raw, policy=email.policy.default)
    return mail.get_body(("plain",)).get_content().replace("\r\n", "\n")


def test_a_stranger_answering_a_grouped_nudge_is_one_notice_listing_every_candidate(tmp_path):
    config, store = world(tmp_path)
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True)
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True, headers={"X-Again": "1"})
    [row] = notices(store)
    for name in CANDIDATES:
        assert name in row.subject
    assert len(store.outbox()) == 2  # the nudge and this one notice: nothing per candidate
    receive(config, store, "mariamanager@yahoo.test", "Maria Manager", proven=True)  # another address: told too
    assert len(notices(store)) == 2


def test_a_proven_sender_gets_an_alias_snippet_that_is_valid_yaml(tmp_path):
    config, store = world(tmp_path)
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True)
    text = body(notices(store)[0])
    snippet = text[text.index("\nmanagers:") + 1:].split("\n\n")[0]
    assert yaml.safe_load(snippet) == {"managers": [{"email": MANAGER, "aliases": ["maria.manager@gmail.test"]}]}
    assert "add maria.manager@gmail.test to it rather than replacing it" in text
    assert "This reply itself still does not count" in text


def test_an_unproven_sender_gets_no_snippet_but_a_warning_to_confirm(tmp_path):
    config, store = world(tmp_path)
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=False)
    text = body(notices(store)[0])
    assert "aliases: [" not in text and "managers:\n" not in text
    assert "could not verify" in text and "confirm with Maria Manager" in text


def test_ops_get_their_own_copy(tmp_path):
    config, store = world(tmp_path, extra="ops: [olga@acme.test]\n")
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True)
    assert len(notices(store)) == 1
    [copy] = notices(store, "olga@acme.test")
    assert "rita@acme.test, has this notice too" in body(copy)


def test_told_is_logged_only_when_a_notice_was_queued(tmp_path, caplog):
    config, store = world(tmp_path)
    with caplog.at_level(logging.INFO, logger="mailer.otheraddress"):
        receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True)
        receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True, headers={"X-Again": "1"})
    lines = [r.getMessage() for r in caplog.records if "other address" in r.getMessage()]
    assert len(lines) == 2 and lines[0].endswith("rita@acme.test told") and "not told again" in lines[1]
    told = store.db.execute("SELECT COUNT(*) FROM events WHERE kind='other_address'").fetchone()[0]
    assert told == 1


def test_people_mailer_knows_machine_mail_and_unthreaded_mail_never_trigger_it(tmp_path):
    config, store = world(tmp_path, aliases="maria.home@gmail.test")
    with store.transaction():
        store.add_pause(MANAGER, NOW - timedelta(hours=2), NOW + timedelta(days=2), "out of office",
                        "maria.manager.desk@acme.test", "ooo1")
    cases = [
        ("rita@acme.test", "Rita Recruiter", {}),                  # the recruiter
        (MANAGER, "Maria Manager", {}),                            # the manager
        ("maria.home@gmail.test", "Maria Manager", {}),            # her alias
        ("maria.manager.desk@acme.test", "Maria Manager", {}),     # her delegate
        ("mailer+x@acme.test", "Maria Manager", {}),               # mailer itself
        ("maria.manager@lists.test", "Maria Manager", {"List-Id": "<team.lists.test>",
                                                        "List-Unsubscribe": "<mailto:leave@lists.test>"}),  # list
        ("mailer-daemon@gmail.test", "Maria Manager", {"Subject": "Undelivered Mail Returned to Sender"}),  # bounce
        ("maria.manager@gmail.test", "Maria Manager", {"Auto-Submitted": "auto-replied",
                                                       "Subject": "Out of office"}),  # out of office
    ]
    for sender, name, headers in cases:
        receive(config, store, sender, name, proven=True, headers=headers)
    # Not in the thread by its own headers: only the server's conversation puts it there (Gmail's X-GM-THRID).
    receive(config, store, "maria.manager@gmail.test", "Maria Manager", proven=True, thread=False,
            conversation=(NUDGE,))
    assert [r for r in store.outbox() if r.kind == "other_address"] == []


"""A state reads one mailbox: a config with another `address` is refused before it reads anything, and
`mailer init --adopt` is how ops say that mailer's own address really changed."""

import pytest

from helpers import make_config
from mailer.cli.main import main
from mailer.guard import MAILBOX, StateLost, StateOfAnotherMailbox, check_mailbox
from mailer.store import Store


def test_the_first_pass_records_the_address_and_a_later_one_from_another_is_refused(tmp_path):
    store = Store(tmp_path / "mailer.db")
    check_mailbox(store, make_config(tmp_path, address="mailer@acme.test"))
    assert store.meta(MAILBOX) == "mailer@acme.test"
    check_mailbox(store, make_config(tmp_path, address="Mailer@ACME.test"))  # the same address, other case
    with pytest.raises(StateOfAnotherMailbox, match="belongs to the mailer of mailer@acme.test, but .* has "
                                                    "address: team2@acme.test: two configs pointing at one state"):
        check_mailbox(store, make_config(tmp_path, address="team2@acme.test"))
    assert store.meta(MAILBOX) == "mailer@acme.test"
    store.close()


def test_the_refusal_stops_the_daemon_like_a_lost_state():
    assert issubclass(StateOfAnotherMailbox, StateLost)  # the daemon re-raises it: exit 2, not an outage


def test_init_adopt_gives_the_state_to_the_configs_new_address(tmp_path, capsys):
    store = Store(tmp_path / "mailer.db")
    check_mailbox(store, make_config(tmp_path, address="mailer@acme.test"))
    store.close()
    config = make_config(tmp_path, address="recruiting@acme.test")
    assert main(["init", "--adopt", "--config", str(tmp_path / "config.yaml")]) == 0
    assert "now the state of recruiting@acme.test's mailer (it was mailer@acme.test's)" in capsys.readouterr().out
    store = Store(tmp_path / "mailer.db")
    check_mailbox(store, config)  # no longer refused
    assert store.meta(MAILBOX) == "recruiting@acme.test"
    store.close()


def test_a_state_from_before_the_check_belongs_to_the_address_its_mail_went_out_from(tmp_path):
    """Upgraded while two configs share it: the first to open it must not claim team 1's state."""
    from datetime import datetime, timezone
    from mailer.model import OutgoingMail
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.enqueue(OutgoingMail("k1", "m1@acme.test", "followup", "maria@acme.test", "manager",
                                   "Mailer@acme.test", ("maria@acme.test",), b"Subject: hi\r\n\r\nhello\r\n", "hi"),
                      datetime(2026, 12, 1, tzinfo=timezone.utc))
    assert store.meta(MAILBOX) is None  # as a state written before this check
    with pytest.raises(StateOfAnotherMailbox, match="belongs to the mailer of mailer@acme.test"):
        check_mailbox(store, make_config(tmp_path, address="team2@acme.test"))
    check_mailbox(store, make_config(tmp_path, address="mailer@acme.test"))
    assert store.meta(MAILBOX) == "mailer@acme.test"
    store.close()


def test_a_running_daemon_refuses_an_edit_of_its_address_and_keeps_running_on_the_last_good_config(tmp_path):
    """Taking it would stop the daemon at its next pass (the state is the old address's), or nudge from a second
    team's address pasted by mistake; like a moved `state:`, the edit is refused and said in status."""
    import os
    from helpers import config_text
    from mailer.config.load import ConfigSource
    path = tmp_path / "config.yaml"
    path.write_text(config_text(address="mailer@acme.test"))
    source = ConfigSource(path)
    path.write_text(config_text(address="recruiting@acme.test"))
    os.utime(path, ns=(1, 1))  # a different stamp, whatever the clock's resolution
    assert source.refresh().address == "mailer@acme.test"
    assert "address: changed from mailer@acme.test to recruiting@acme.test" in source.last_error
    assert "mailer init --adopt" in source.last_error


def test_init_says_that_mail_before_the_first_run_is_left_alone(tmp_path, capsys):
    """An ops person ran `mailer init`, recruiters CC'd mailer, the daemon started an hour later: those
    submissions were left alone without a word at init."""
    make_config(tmp_path, extra="")
    text = (tmp_path / "config.yaml").read_text().replace("start_from: all", "start_from: new")
    (tmp_path / "config.yaml").write_text(text)
    assert main(["init", "--config", str(tmp_path / "config.yaml")]) == 0
    out = capsys.readouterr().out
    assert "created; mail already in INBOX when mailer first runs is left alone (imap.start_from: new)" in out


def test_check_fails_on_a_state_that_belongs_to_another_mailbox(tmp_path, capsys, monkeypatch):
    """Team 2's pre-flight `mailer check` must not say all is well and leave `mailer run` to refuse."""
    import mailer.cli.check as check
    store = Store(tmp_path / "mailer.db")
    check_mailbox(store, make_config(tmp_path, address="mailer@acme.test"))
    store.close()
    ok, what, detail = check.state_step(make_config(tmp_path, address="team2@acme.test"))
    assert (ok, what) == (False, "state") and "belongs to the mailer of mailer@acme.test" in detail
    assert check.state_step(make_config(tmp_path, address="mailer@acme.test"))[0]

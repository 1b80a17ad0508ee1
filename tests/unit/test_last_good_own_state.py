"""cron's `run --once` runs on the last good config only in the very state config.yaml names, and only when that
config names this state too (review10 finding 1). Before, it took a record from whichever state it found first:
(a) a state moved by copying left the old default mailer.db with an October record, and a YAML syntax error made
`run --once` run on that abandoned state; (b) a.db copied to b.db, config pointed at b.db with a typo in the same
edit: the record in b.db names a.db, and the pass ran on a.db. Both sent again what the live state had sent."""

from datetime import datetime, timezone
import os
import shutil

import pytest

from helpers import config_text
from mailer.cli import runonce
from mailer.config import lastgood
from mailer.errors import ConfigError
from mailer.store import Store

OCT, NOV = datetime(2026, 10, 1, tzinfo=timezone.utc), datetime(2026, 11, 1, tzinfo=timezone.utc)


def record(state, path, text, when):
    store = Store(state)
    with store.transaction():
        lastgood.record(store, path, text, when)
    store.close()


def moved_by_copy(tmp_path, record_live=True):
    """State first at mailer.db, moved to live/mailer.db by copying; the daemon ran on the moved one in November."""
    (tmp_path / "live").mkdir()
    path = tmp_path / "config.yaml"
    old = config_text(extra="state: mailer.db\n")
    path.write_text(old)
    record(tmp_path / "mailer.db", path, old, OCT)
    shutil.copy(tmp_path / "mailer.db", tmp_path / "live" / "mailer.db")
    new = old.replace("state: mailer.db", "state: live/mailer.db")
    path.write_text(new)
    if record_live:
        record(tmp_path / "live" / "mailer.db", path, new, NOV)
    return path, new


def test_a_yaml_syntax_error_runs_on_the_state_the_file_names_not_the_abandoned_default(tmp_path):
    path, new = moved_by_copy(tmp_path)
    path.write_text(new.replace("from_name: Acme Recruiting", "from_name: Acme: Recruiting"))
    source, kept = runonce.source(path, once=True)
    assert source.current.state == (tmp_path / "live" / "mailer.db").resolve()  # was …/mailer.db, October's
    assert kept.kept.loaded_at == NOV


def test_a_yaml_syntax_error_with_no_record_in_the_named_state_refuses_rather_than_use_the_default(tmp_path):
    path, new = moved_by_copy(tmp_path, record_live=False)
    path.write_text(new.replace("from_name: Acme Recruiting", "from_name: Acme: Recruiting"))
    with pytest.raises(ConfigError) as exc:
        runonce.source(path, once=True)
    said = "\n".join(exc.value.problems)
    live, old = (tmp_path / "live" / "mailer.db").resolve(), (tmp_path / "mailer.db").resolve()
    assert f"recorded in {live} runs on state {old}, not on {live}" in said  # the copy carries October's record


def test_a_yaml_syntax_error_on_the_state_line_itself_refuses(tmp_path):
    path, new = moved_by_copy(tmp_path)
    path.write_text(new.replace("state: live/mailer.db", "state: live/mailer.db: x"))
    with pytest.raises(ConfigError) as exc:
        runonce.source(path, once=True)
    assert "does not parse, so which state it names is not known" in "\n".join(exc.value.problems)


def test_a_state_repointed_with_a_typo_in_the_same_edit_refuses_naming_both_states(tmp_path):
    path = tmp_path / "config.yaml"
    good = config_text(extra="state: a.db\ndigests:\n  recruiter: every monday at 08:00\n")
    path.write_text(good)
    record(tmp_path / "a.db", path, good, OCT)
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    path.write_text(good.replace("state: a.db", "state: b.db").replace("every monday", "every mondya"))
    with pytest.raises(ConfigError) as exc:
        runonce.source(path, once=True)  # was: a pass on a.db, the state ops had just left
    said = "\n".join(exc.value.problems)
    a, b = (tmp_path / "a.db").resolve(), (tmp_path / "b.db").resolve()
    assert f"recorded in {b} runs on state {a}, not on {b}" in said and "did you mean 'monday'?" in said


def test_a_syntax_error_in_a_file_naming_no_state_still_runs_on_the_default_beside_it(tmp_path):
    path = tmp_path / "config.yaml"
    good = config_text()
    path.write_text(good)
    record(tmp_path / "mailer.db", path, good, OCT)
    path.write_text(good.replace("from_name: Acme Recruiting", "from_name: Acme: Recruiting"))
    source, kept = runonce.source(path, once=True)
    assert source.current.state == (tmp_path / "mailer.db").resolve() and kept.kept.loaded_at == OCT


def test_a_record_is_foreign_unless_it_names_the_very_database_it_is_in(tmp_path):
    (tmp_path / "a.db").write_bytes(b"x")
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    os.symlink(tmp_path / "a.db", tmp_path / "link.db")
    assert lastgood.foreign(tmp_path / "a.db", tmp_path / "a.db") == ""
    assert lastgood.foreign(tmp_path / "link.db", tmp_path / "a.db") == ""  # one file by two names
    assert lastgood.foreign(tmp_path / "sub" / ".." / "a.db", tmp_path / "a.db") == ""
    assert "runs on state" in lastgood.foreign(tmp_path / "a.db", tmp_path / "b.db")  # a copy is not the state
    assert "runs on state" in lastgood.foreign(tmp_path / "gone.db", tmp_path / "gone.db")  # nothing there


@pytest.mark.parametrize("text, named", [
    ("state: live/x.db\nfrom_name: A: B\n", "live/x.db"),
    ("state: 'live/x.db'  # moved\nfrom_name: A: B\n", "live/x.db"),
    ("from_name: A: B\n", "mailer.db"),
    ("state: a.db\nstate: b.db\nfrom_name: A: B\n", None),
    ("{state: a.db, from_name: A: B\n", None),
    ("imap: {state: a.db}\nstate: b.db\nfrom_name: A: B\n", None),
    ("# state: old.db\nstate: live/x.db\nfrom_name: A: B\n", "live/x.db"),  # a comment names nothing
    ("#state: old.db\nfrom_name: A: B\n", "mailer.db"),
    ("state:\nfrom_name: A: B\n", None),
    ("state: [a.db]\nfrom_name: A B\n", None),
])
def test_which_state_a_file_that_does_not_parse_names(tmp_path, text, named):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    assert lastgood.named_state(path)[0] == ((tmp_path / named).resolve() if named else None)

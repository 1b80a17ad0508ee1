"""Names typed on the command line without quotes (mailer/typednames.py): `mailer forget Omar Haddad` forgets
Omar Haddad (it said "no open submission for 'Omar'"), `mailer journal Rita` reads the one recruiter called
Rita, `mailer mentors --restart Rita Recruiter Nadia Mentor` finds the pair; and `mailer mentors` lists the
recruiters with no suggested mentor on one line, not an empty block each."""

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta, timezone

from helpers import config_text
from mailer.cli.main import main
from mailer.model import State
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
RECRUITERS = [("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None),
              ("ruth@acme.test", "Ruth Recruiter", None), ("rita2@acme.test", "Rita Other", None)]


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    os.environ.setdefault("MAILER_TEST_PASSWORD", "secret")
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as stop:
            code = stop.code
    return code, out.getvalue(), err.getvalue()


def world(tmp_path, extra=""):
    (tmp_path / "config.yaml").write_text(config_text(recruiters=RECRUITERS, extra=extra))
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        for name in ("Omar Haddad", "Jane Doe", "Jane Roe"):
            store.add_submission(f"k-{name}", "maria@acme.test", "rita@acme.test", name, "", f"Candidate: {name}",
                                 f"{name}@x", (), NOW - timedelta(days=1))
    return store, ("--config", str(tmp_path / "config.yaml"))


def test_forget_joins_unquoted_words_into_the_name_they_spell(tmp_path):
    store, config = world(tmp_path)
    code, out, err = run("forget", "Omar", "Haddad", "--by", "ops", "--now", "2026-11-25T10:00Z", *config)
    assert code == 0, err
    assert [s.candidate for s in store.all_submissions() if s.state is State.CLOSED] == ["Omar Haddad"]
    code, out, err = run("forget", "jane", "doe", "Jane", "Roe", "--by", "ops", "--now", "2026-11-25T10:00Z", *config)
    assert code == 0, err
    assert {s.candidate for s in store.all_submissions() if s.state is State.CLOSED} == {"Omar Haddad", "Jane Doe",
                                                                                       "Jane Roe"}
    store.close()


def test_forget_of_a_misspelt_unquoted_name_names_what_was_typed_and_the_near_one(tmp_path):
    store, config = world(tmp_path)
    code, out, err = run("forget", "Omar", "Hadad", *config)
    assert code == 2
    assert err.strip() == "mailer: no open submission for 'Omar Hadad'; did you mean Omar Haddad?"
    store.close()


def test_close_by_name_suggests_forget_with_the_whole_name(tmp_path):
    store, config = world(tmp_path)
    code, out, err = run("close", "Omar", "Haddad", *config)
    assert code == 2 and "mailer forget 'Omar Haddad'" in err
    store.close()


def test_forget_by_defaults_to_the_configured_ops_address_not_the_shell_login(tmp_path):
    store, config = world(tmp_path, extra="ops: [ops@acme.test]\n")
    code, out, err = run("forget", "Omar", "Haddad", "--now", "2026-11-25T10:00Z", *config)
    assert code == 0 and "forgotten by ops (ops@acme.test)" in out, (out, err)
    store.close()


def test_journal_takes_an_unquoted_full_name_and_a_unique_first_name(tmp_path):
    store, config = world(tmp_path)
    store.close()
    for words in (["Sam", "Sourcer"], ["sam"]):
        code, out, err = run("journal", *words, *config)
        assert code == 0 and "Sam Sourcer" in out, err
    code, out, err = run("journal", "Rita", *config)  # two Ritas: which one is asked, not guessed
    assert code == 2 and err.strip() == ("mailer journal: Rita is not a listed recruiter; did you mean Rita Other or "
                                         "Rita Recruiter?")


def test_mentors_lists_recruiters_without_a_suggestion_on_one_line(tmp_path):
    store, config = world(tmp_path)
    store.close()
    code, out, err = run("mentors", "--now", "2026-11-25T10:00Z", *config)
    assert code == 0, err
    assert "none: no submissions" not in out
    [line] = [ln for ln in out.splitlines() if ln.startswith("No mentor to suggest")]
    assert line.endswith(": Sam Sourcer, Ruth Recruiter, Rita Other")
    assert out.count("Suggested mentors for") == 1  # Rita's (she submitted to Maria)


def test_restart_finds_the_pair_in_unquoted_words():
    from mailer.typednames import split_pair
    recruiters = {"rita@acme.test": "Rita Recruiter", "sam@acme.test": "Sam Sourcer"}
    managers = {"nadia@acme.test": "Nadia Mentor", "maria@acme.test": "Maria Manager"}
    assert split_pair(["Rita", "Recruiter", "Nadia", "Mentor"], recruiters, managers) == ("rita@acme.test",
                                                                                          "nadia@acme.test")
    assert split_pair(["rita@acme.test", "Maria"], recruiters, managers) == ("rita@acme.test", "maria@acme.test")
    assert split_pair(["Rita", "Nobody"], recruiters, managers) is None


def test_the_pure_rules():
    from mailer.typednames import name_groups, person, similar_names
    assert name_groups(["#12", "Omar", "Haddad"], {"omar haddad"}) == ["#12", "Omar Haddad"]
    assert name_groups(["Omar Haddad"], {"omar haddad"}) == ["Omar Haddad"]  # quoted: one word already
    assert person("Nadia", {"n@x.test": "Nadia Mentor"}) == ("n@x.test", [])
    assert person("Nadja", {"n@x.test": "Nadia Mentor"}) == (None, [])
    assert similar_names("Jane", ["Jane Doe", "Jane Roe", "Omar Haddad"]) == ["Jane Doe", "Jane Roe"]


def test_journal_mentor_takes_a_first_name_and_may_come_before_the_recruiter(tmp_path):
    store, config = world(tmp_path, extra="mentorships:\n  - recruiter: sam@acme.test\n    mentor: maria@acme.test\n"
                                          "    every: every monday at 10:00\n")
    store.close()
    code, out, err = run("journal", "--mentor", "maria", "Sam", "Sourcer", *config)
    assert code == 0 and "Sam Sourcer" in out, err

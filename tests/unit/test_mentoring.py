"""The mentor loop's pure parts: config validation, invitation replies, the bank, due-ness, suggestions, journal."""

from datetime import date, datetime, timedelta, timezone
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from helpers import ROOT, config_text
from mailer.config.load import parse
from mailer.config.settings import ConfigError
from mailer.mentoring.answers import read_invitation_reply, without_own_sign_off
from mailer.mentoring.bank import bank_for, next_question, shipped_questions
from mailer.mentoring.journal import render_journal
from mailer.mentoring.plan import MentorSnapshot, PairView, due, escalation_mentors, upcoming
from mailer.mentoring.suggest import suggestions
from mailer.store.mentoring import JournalEntry, MentorshipRow, MentorshipState

BERLIN = ZoneInfo("Europe/Berlin")
PEOPLE = dict(recruiters=[("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)],
              managers=[("maria@acme.test", "Maria Manager", None), ("nadia@acme.test", "Nadia Mentor", "Europe/Berlin"),
                        ("omar@acme.test", "Omar Owner", None)])


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def config_with(tmp_path, mentorships: str, **kw):
    text = config_text(**{**PEOPLE, **kw}, extra=mentorships)
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return text, path


def errors(tmp_path, mentorships: str) -> list[str]:
    text, path = config_with(tmp_path, mentorships)
    with pytest.raises(ConfigError) as exc:
        parse(text, path)
    return [p.removeprefix(f"{path}:") for p in exc.value.problems]


PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: {mentor}
    every: {every}
"""


def test_a_valid_mentorship_is_read_with_its_schedule(tmp_path):
    text, path = config_with(tmp_path, PAIR.format(mentor="NADIA@acme.test", every="every 2 weeks on tuesday at 10:00")
                             + "    start: 2026-12-08\n    invite: true\n    questions: [\"What is next?\"]\n")
    [pair] = parse(text, path).mentorships
    assert (pair.recruiter, pair.mentor, str(pair.every), pair.start, pair.invite, pair.questions) == (
        "rita@acme.test", "nadia@acme.test", "every 2 weeks on tuesday at 10:00", date(2026, 12, 8), True,
        ("What is next?",))


@pytest.mark.parametrize("mentor, every, expected", [
    ("nadia@acme.test", "every fortnight", "mentorships[0].every: cannot read 'every fortnight' as a schedule"),
    ("nobody@acme.test", "every monday at 09:00", "mentorships[0].mentor: nobody@acme.test is not a listed manager"),
    ("rita@acme.test", "every monday at 09:00", "mentorships[0].mentor: rita@acme.test is not a listed manager"),
])
def test_bad_mentorships_name_line_key_and_text(tmp_path, mentor, every, expected):
    [problem] = errors(tmp_path, PAIR.format(mentor=mentor, every=every))
    line, _, message = problem.partition(": ")
    text, _ = config_with(tmp_path, PAIR.format(mentor=mentor, every=every))
    key = "every" if "schedule" in expected else "mentor"
    assert int(line) == next(i for i, l in enumerate(text.splitlines(), 1) if l.strip().startswith(f"{key}:")
                             and i > text.splitlines().index("mentorships:"))
    assert message.startswith(expected)


@pytest.mark.parametrize("questions, key", [
    ('    questions: [...]\n', "mentorships[0].questions[0]"),
    ('    questions: ["What is next?", "…"]\n', "mentorships[0].questions[1]"),
    ('mentor_questions: [...]\n', "mentor_questions[0]"),
])
def test_a_placeholder_question_copied_from_the_readme_is_refused_not_asked(tmp_path, questions, key):
    # The README's snippet once showed `questions: [...]`: YAML reads that as the question "...", which a mentor
    # would then be asked in a check-in. A question needs words.
    pair = PAIR.format(mentor="nadia@acme.test", every="every monday at 09:00")
    [problem] = errors(tmp_path, pair + questions)
    text, _ = config_with(tmp_path, pair + questions)
    line, _, message = problem.partition(": ")
    assert text.splitlines()[int(line) - 1].strip().startswith(questions.strip().split(":")[0])
    assert message.startswith(f"{key}: ") and "placeholder" in message and "shipped" in message


def test_a_recruiter_who_is_also_a_listed_manager_cannot_mentor_themself(tmp_path):
    text, path = config_with(tmp_path, PAIR.format(mentor="rita@acme.test", every="every monday at 09:00"),
                             managers=[*PEOPLE["managers"], ("rita@acme.test", "Rita Recruiter", None)])
    with pytest.raises(ConfigError) as exc:
        parse(text, path)
    assert any("mentorships[0].mentor: rita@acme.test cannot be their own mentor" in p for p in exc.value.problems)


def test_mailer_check_refuses_a_bad_cadence_without_a_traceback(tmp_path):
    _, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every blue moon"))
    result = subprocess.run([sys.executable, "-m", "mailer", "check", "--config", str(path)], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert "mentorships[0].every: cannot read 'every blue moon' as a schedule" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("reply, meaning", [
    ("Yes", "yes"), ("Sure, happy to help!", "yes"), ("I'd love to. Tuesdays work.", "yes"),
    ("No problem at all, count me in", "yes"), ("Of course", "yes"), ("Absolutely, why not", "yes"),
    ("No, sorry.", "no"), ("Sorry, I can't take this on right now.", "no"), ("Unfortunately I'm too busy", "no"),
    ("I'll pass this time", "no"), ("What would that involve?", "question"), ("Let me think about it", "question"),
    # The polite no opens with a wish: the "but" clause decides, and check-ins must not start.
    ("I'd love to, but I can't take it on right now.", "no"), ("I'd be honoured, but I'm too busy this quarter.", "no"),
    # Any other yes with a "but … can't" is a yes with a condition, or a no: the recruiter reads it, nothing starts.
    ("Sure, but I can't do Tuesdays.", "question"), ("Happy to in principle, but unfortunately not before summer.",
                                                     "question"),
    # A yes with a condition on the cadence sets a term the recruiter must answer: nothing starts on it.
    ("Yes, but only monthly.", "question"), ("Love to! No worries about the time.", "yes"),
])
def test_invitation_replies_in_natural_forms(reply, meaning):
    assert read_invitation_reply(reply) == meaning


def test_the_bank_ships_30_plus_distinct_questions_and_rotates_without_repeats():
    bank = shipped_questions()
    assert len(bank) >= 30 and len(set(bank)) == len(bank)
    asked: list[str] = []
    for _ in range(len(bank)):
        asked.append(next_question(bank, asked))
    assert sorted(asked) == sorted(bank)  # every question once before any repeat
    assert next_question(bank, asked) == bank[0]  # then the one asked longest ago
    added = bank_for((), ("What does your team do for fun?",))
    assert next_question(added, list(bank)) == "What does your team do for fun?"  # ops' new question before repeats
    assert bank_for(("Only mine?",), ("x",)) == ("Only mine?",)


def test_due_invitation_then_silence_then_nothing(tmp_path):
    text, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every monday at 09:00")
                             + "    invite: true\n")
    config = parse(text, path)
    pair = config.mentorships[0]
    now = berlin(2026, 12, 1, 10, 0)
    assert [d.kind for d in due(config, MentorSnapshot(), now)] == ["invitation"]
    assert due(config, MentorSnapshot(), berlin(2026, 12, 1, 20, 0)) == []  # after hours: waits
    invited = MentorshipRow(pair.recruiter, pair.mentor, MentorshipState.INVITED, now, None, None, None, None,
                            0, 0, None, None)
    snap = MentorSnapshot({(pair.recruiter, pair.mentor): PairView(invited)})
    assert due(config, snap, now + timedelta(days=13)) == []  # no check-in before a yes, no notice yet
    [silent] = due(config, snap, now + timedelta(days=14))
    assert silent.kind == "silent" and silent.key == f"mentor-silent:{pair.recruiter}:{pair.mentor}"


def test_silence_counts_from_when_the_invitation_went_out(tmp_path):
    """An invitation held in the queue (SMTP down for days) has not reached the mentor: no "has not answered"
    notice while it waits, and two weeks from its sending, not from its queueing, once it went."""
    text, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every monday at 09:00")
                             + "    invite: true\n")
    config = parse(text, path)
    pair = config.mentorships[0]
    queued = berlin(2026, 12, 1, 10, 0)

    def snap(sent):
        row = MentorshipRow(pair.recruiter, pair.mentor, MentorshipState.INVITED, queued, None, None, None, None,
                            0, 0, None, None, invitation_sent_at=sent, invitation_queued=True)
        return MentorSnapshot({(pair.recruiter, pair.mentor): PairView(row)})

    assert due(config, snap(None), queued + timedelta(days=20)) == []  # still in the queue: not silent
    sent = queued + timedelta(days=9)
    assert due(config, snap(sent), queued + timedelta(days=14)) == []
    assert due(config, snap(sent), sent + timedelta(days=14) - timedelta(minutes=1)) == []
    [silent] = due(config, snap(sent), sent + timedelta(days=14))
    assert silent.kind == "silent"
    assert upcoming(config, snap(sent), queued) == [sent + timedelta(days=14)]
    assert upcoming(config, snap(None), queued) == []


def test_checkin_waits_for_the_end_of_an_absence_at_the_cadence_time(tmp_path):
    text, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every tuesday at 10:00")
                             + "    start: 2026-12-01\n")
    config = parse(text, path)
    back = berlin(2026, 12, 3, 9, 0)  # out of office until Thursday's opening
    snap = MentorSnapshot(pauses={"nadia@acme.test": back})
    assert due(config, snap, berlin(2026, 12, 1, 10, 0)) == []
    assert due(config, snap, berlin(2026, 12, 3, 9, 30)) == []
    [checkin] = due(config, snap, berlin(2026, 12, 3, 10, 0))
    assert checkin.slot.day == date(2026, 12, 1) and checkin.key.endswith(":2026-12-01")
    assert checkin.question == shipped_questions()[0]


def test_a_held_check_in_stands_in_for_the_slot_that_came_due_while_it_waited(tmp_path):
    """Away past the next slot: the check-in held in the queue goes on the return day and is the only one then;
    the slot after it goes as usual. The same once the held one went, or while an outage holds it."""
    text, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every tuesday at 10:00")
                             + "    start: 2026-12-01\n")
    config = parse(text, path)
    pair = config.mentorships[0]
    row = MentorshipRow(pair.recruiter, pair.mentor, MentorshipState.ACTIVE, None, None, berlin(2026, 12, 1, 10, 0),
                        date(2026, 12, 1), None, 1, 0, berlin(2026, 12, 1, 10, 0), None)
    back = berlin(2026, 12, 9, 9, 0)  # away from Tue 1 Dec's check-in until Wednesday 9 December
    returning = berlin(2026, 12, 9, 10, 0)

    def checkins(latest, now):
        view = PairView(row, ("q1",), date(2026, 12, 1), latest)
        return [d for d in due(config, MentorSnapshot({(pair.recruiter, pair.mentor): view},
                                                      pauses={pair.mentor: back}), now) if d.kind == "checkin"]

    held = ("queued", returning)  # the 1 Dec check-in, held by recheck until her return at the cadence's time
    assert checkins(held, returning) == [] and checkins(held, berlin(2026, 12, 10, 10, 0)) == []
    assert checkins(("sent", returning), berlin(2026, 12, 9, 15, 0)) == []
    [nxt] = checkins(("sent", returning), berlin(2026, 12, 15, 10, 0))
    assert nxt.slot.day == date(2026, 12, 15)
    # Without a check-in standing in (none queued, or the held one was cancelled) the 8 Dec slot is her
    # return-day check-in, as before.
    for latest in (None, ("cancelled", returning)):
        [own] = checkins(latest, returning)
        assert own.slot.day == date(2026, 12, 8)
    # An SMTP outage holding the 1 Dec check-in past 8 Dec (no absence): still one, not two back to back.
    view = PairView(row, ("q1",), date(2026, 12, 1), ("queued", berlin(2026, 12, 8, 12, 0)))
    assert due(config, MentorSnapshot({(pair.recruiter, pair.mentor): view}), berlin(2026, 12, 8, 12, 0)) == []


def test_escalation_prefers_the_configured_mentor_then_the_longest_active_mentorship(tmp_path):
    text, path = config_with(tmp_path, PAIR.format(mentor="nadia@acme.test", every="every monday at 09:00")
                             + PAIR.format(mentor="omar@acme.test", every="every monday at 09:00").replace(
                                 "mentorships:\n", ""))
    config = parse(text, path)
    def row(mentor, started):
        return MentorshipRow("rita@acme.test", mentor, MentorshipState.ACTIVE, None, None, started, None, None,
                             1, 0, None, None)
    rows = [row("omar@acme.test", berlin(2026, 12, 7, 9, 0)), row("nadia@acme.test", berlin(2026, 10, 5, 9, 0))]
    assert escalation_mentors(config, rows)["rita@acme.test"] == ("nadia@acme.test", "omar@acme.test")


def test_suggested_mentors_ranked_by_submissions_then_slowness(tmp_path):
    text, path = config_with(tmp_path, "")
    config = parse(text, path)
    h = 3600
    at = datetime(2026, 11, 2, 10, tzinfo=timezone.utc)  # when each was submitted: not used in the ranking
    subs = [("rita@acme.test", "maria@acme.test", 2 * h, at), ("rita@acme.test", "maria@acme.test", 4 * h, at),
            ("rita@acme.test", "omar@acme.test", 1 * h, at), ("rita@acme.test", "omar@acme.test", None, at),
            ("rita@acme.test", "nadia@acme.test", 30 * h, at), ("sam@acme.test", "nadia@acme.test", 1 * h, at),
            ("rita@acme.test", "stranger@else.test", h, at)]
    ranked = suggestions(config, subs, "rita@acme.test", taken=set())
    assert [(s.manager, s.submissions, s.answered, s.median_hours) for s in ranked] == [
        ("omar@acme.test", 2, 1, 1.0), ("maria@acme.test", 2, 2, 3.0), ("nadia@acme.test", 1, 1, 30.0)]
    assert [s.manager for s in suggestions(config, subs, "rita@acme.test", {"omar@acme.test"})][0] == "maria@acme.test"


def test_journal_formats_newest_first_with_html_escaped():
    entries = [JournalEntry("r@x", "n@x", "What next?", "Hire <seniors>.\nSoon.", berlin(2026, 12, 9, 10, 0)),
               JournalEntry("r@x", "n@x", "A great hire?", "Curiosity.", berlin(2026, 12, 2, 10, 0))]
    plain = render_journal(entries, "Rita", {"n@x": "Nadia"})
    assert plain.index("Wed 09 Dec 2026  Nadia") < plain.index("Wed 02 Dec 2026  Nadia")
    assert "  Q: What next?\n  A: Hire <seniors>.\n     Soon." in plain
    assert "> Hire <seniors>.\n> Soon." in render_journal(entries, "Rita", {}, "markdown")
    page = render_journal(entries, "Rita", {}, "html")
    assert "Hire &lt;seniors&gt;." in page and "<seniors>" not in page


@pytest.mark.parametrize("text, want", [
    ("Ask about failure ✓.\n\nNate", "Ask about failure ✓."),
    ("Ask about failure.\n— Nate B.", "Ask about failure."),
    ("Ask about failure.\nnate", "Ask about failure."),
    ("Ask about failure.\nPriya", "Ask about failure.\nPriya"),          # someone else's name: part of the answer
    ("Ask about failure.\nNate Priya", "Ask about failure.\nNate Priya"),  # not only his own name
    ("Ask about failure.\nBrown shoes", "Ask about failure.\nBrown shoes"),
    ("Nate", "Nate"),                                                    # nothing but the name: left as it is
    # the closing word above the name goes with it: "Best," alone would be quoted back in the next check-in
    ("Ask about failure.\nBest,\nNate", "Ask about failure."),
    ("Ask about failure.\n\nKind regards,\n\nNate B.", "Ask about failure."),
    ("Ask about failure.\nThanks!\n— Nate", "Ask about failure."),
    ("Ask about failure.\nCheers\nNate", "Ask about failure."),
    ("Ask about failure.\nBest of luck with the search,\nNate", "Ask about failure.\nBest of luck with the search,"),
    ("Best,\nNate", ""),                                                # a closing and a name: no advice at all
    # the closing and the name on one line, as often as on two (found in a team's month: "Best, Maria" was kept,
    # and quoted in the recruiter's digest and the next check-in)
    ("Ask about failure.\n\nBest, Nate", "Ask about failure."),
    ("Ask about failure.\nThanks, Nate B.", "Ask about failure."),
    ("Ask about failure.\nViele Grüße, Nate", "Ask about failure."),
    ("Ask about failure.\nBest, Priya", "Ask about failure.\nBest, Priya"),   # someone else's name: kept
    ("Ask about failure.\nBest, the hiring panel", "Ask about failure.\nBest, the hiring panel"),
    ("Ask about failure.\nNate, call me", "Ask about failure.\nNate, call me"),
])
def test_only_the_senders_own_sign_off_line_is_dropped(text, want):
    assert without_own_sign_off(text, "Nate Brown", "nate.brown@acme.test") == want


def test_a_recruiter_taken_out_with_their_mentorship_left_in_is_told_both_ways_out(tmp_path):
    """Tess left: ops took her out of recruiters: and forgot her mentorship. "add them under recruiters:" alone
    points back the way they came; the config is refused (the daemon runs on, Tess's check-ins with it), so the
    message must name the other fix too."""
    [problem] = errors(tmp_path, PAIR.replace("rita@", "tess@").format(mentor="nadia@acme.test",
                                                                       every="every monday at 09:00"))
    assert "tess@acme.test is not a listed recruiter" in problem
    assert "or take this mentorship out" in problem
    [problem] = errors(tmp_path, PAIR.format(mentor="nobody@acme.test", every="every monday at 09:00"))
    assert "nobody@acme.test is not a listed manager" in problem and "or take this mentorship out" in problem

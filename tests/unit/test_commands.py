"""Reply commands: verbs and synonyms, comments, free text, numbered replies, snooze arguments, roles."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading import commands, yesnowords
from mailer.reading.commands import DEFAULT_WORDS, HELP_TEXT, MANAGER_VERBS, RECRUITER_VERBS, VERBS, Command, Parsed, parse_commands

LONDON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)  # Wednesday; 15:00 in London, 10:00 in New York
MONDAY = datetime(2026, 11, 30, 15, 0, tzinfo=timezone.utc)
SNOOZE_HELP = "I couldn't tell how long to snooze"


def parse(text, role="manager", items=None, now=NOW, tz=LONDON, **kw):
    return parse_commands(text, now, tz, role=role, items=items, **kw)


def one(text, **kw):
    parsed = parse(text, **kw)
    assert parsed.problem is None, parsed.problem
    assert len(parsed.commands) == 1, parsed
    return parsed.commands[0]


def local_midnight(tz, *ymd):
    return datetime(*ymd, tzinfo=tz).astimezone(timezone.utc)


def role_for(verb):
    return "manager" if verb in MANAGER_VERBS else "recruiter"


# ---------------------------------------------------------------- verbs and synonyms

EVERY_PLAIN_WORD = [(phrase, verb) for verb, phrases in DEFAULT_WORDS.items() if verb not in ("snooze", "forget")
                    for phrase in phrases]


@pytest.mark.parametrize("phrase, verb", EVERY_PLAIN_WORD)
def test_every_default_word_alone_is_its_verb(phrase, verb):
    if phrase in yesnowords.NEEDS_SUPPORT:  # "Tak" is Danish thanks, "Certo" Portuguese "noted": never alone
        assert parse(phrase).commands == ()
        assert one(f"{phrase}, let's interview her") == Command(verb, comment="let's interview her")
        return
    assert one(phrase, role=role_for(verb)) == Command(verb)


@pytest.mark.parametrize("text, verb", [
    ("Interview", "interview"), ("YES", "interview"), ("Yes!", "interview"), ("y", "interview"),
    ("Approved.", "interview"), ("Let’s talk", "interview"), ("lets   talk", "interview"), ("👍", "interview"),
    ("👍🏽", "interview"), ("yes 👍", "interview"), ("Ja", "interview"), ("Oui !", "interview"), ("Sí", "interview"),
    ("Si\u0301", "interview"),  # decomposed accent, as some clients send it
    ("*yes*", "interview"), ("\u200byes", "interview"),
    ("Pass", "pass"), ("No.", "pass"), ("N", "pass"), ("Reject", "pass"), ("Declined", "pass"), ("Not a fit", "pass"),
    ("No thanks", "pass"), ("👎", "pass"), ("Nein", "pass"), ("Non.", "pass"),
    ("Hold", "hold"), ("On hold", "hold"), ("wait", "hold"), ("Later", "hold"),
    ("Not mine", "not_mine"), ("NOT MINE", "not_mine"), ("Wrong person", "not_mine"), ("Wrong manager", "not_mine"),
    ("not my role", "not_mine"), ("Not my req.", "not_mine"),
    ("Stop", "stop"), ("stop!", "stop"),
])
def test_manager_words(text, verb):
    assert one(text) == Command(verb)


@pytest.mark.parametrize("text, verb", [
    ("Status", "status"), ("status?", "status"), ("Stop", "stop"),
    ("Done", "done"), ("Closed.", "done"), ("Filled!", "done"),
])
def test_recruiter_words(text, verb):
    assert one(text, role="recruiter") == Command(verb)


def test_verbs_and_roles_are_consistent():
    assert set(DEFAULT_WORDS) == set(VERBS)
    assert MANAGER_VERBS | RECRUITER_VERBS == set(VERBS)
    assert MANAGER_VERBS & RECRUITER_VERBS == {"snooze", "stop"}


# ---------------------------------------------------------------- greetings, comments, free text

@pytest.mark.parametrize("text, verb", [
    ("Hi Rita,\nyes", "interview"),
    ("Hello,\n\n  pass", "pass"),
    ("Hallo Rita,\nNein.", "pass"),
    ("Bonjour,\nOui", "interview"),
    ("Thanks!\nhold", "hold"),
    ("hi rita,\nthanks!\n\nnot mine", "not_mine"),
    ("Dear Hiring Team,\r\nNo", "pass"),
    ("Hi Rita 👋\nyes", "interview"),
    ("\n\n   \nyes\n", "interview"),
    ("Hi Rita, pass", "pass"),  # greeting and command on one line: the rest after the comma is read
])
def test_greeting_lines_are_skipped(text, verb):
    assert one(text).verb == verb


@pytest.mark.parametrize("text, verb, comment", [
    ("No, not a fit.", "pass", "not a fit."),
    ("pass - too junior", "pass", "too junior"),
    ("pass -- too junior", "pass", "too junior"),
    ("pass – too junior", "pass", "too junior"),
    ("pass—too junior", "pass", "too junior"),
    ("Yes! Great profile", "interview", "Great profile"),
    ("Yes, please send more like her", "interview", "please send more like her"),
    ("interview: Tuesday works", "interview", "Tuesday works"),
    ("hold; budget freeze", "hold", "budget freeze"),
    ("Not mine - try Bob in Platform", "not_mine", "try Bob in Platform"),
    ("Approved. Loved the portfolio.", "interview", "Loved the portfolio."),
])
def test_comment_after_punctuation(text, verb, comment):
    assert one(text) == Command(verb, comment=comment)


@pytest.mark.parametrize("text", [
    "",
    "   \n\n",
    "Hi Rita,\nThanks!",
    "No idea who this is, can you resend?",
    "Yes please send more like her",  # no punctuation after the word: a sentence, not a command
    "Interview her next week if she is still around",
    "Nothing to add",  # "no" must end at a word boundary
    "no-brainer, let's catch up",  # a hyphen glued to the word is part of the word
    "Non-technical background, sadly",
    "n/a",
    "yes 2",
    "Passing this to Bob",
    "Wait, who is this?",  # a question after the word is asked of a person, not a command
    "Yes, can we do Tuesday?",
    "Sounds good\nyes",  # only the first meaningful line counts
    "Hi Rita, I think so",
    "10 years of experience is plenty",
    "Remind me what this role is?",
    "Snooze this until the hiring freeze ends sometime next year",
])
def test_free_text_is_no_command_and_no_problem(text):
    assert parse(text, items=3) == Parsed(())


# ---------------------------------------------------------------- numbered replies

@pytest.mark.parametrize("text, items, expected", [
    ("1 yes, 2 pass, 3 snooze 1w", 3, [(1, "interview", ""), (2, "pass", ""), (3, "snooze", "")]),
    ("1: yes; 2: no", 2, [(1, "interview", ""), (2, "pass", "")]),
    ("#1 interview", 1, [(1, "interview", "")]),
    ("#1 interview, #2 hold", 2, [(1, "interview", ""), (2, "hold", "")]),
    ("1. yes\n2. pass", 2, [(1, "interview", ""), (2, "pass", "")]),
    ("1) pass - too junior", 4, [(1, "pass", "too junior")]),
    ("1) pass - too junior, 2) yes", 2, [(1, "pass", "too junior"), (2, "interview", "")]),
    ("1 pass, too junior, 2 yes", 2, [(1, "pass", "too junior"), (2, "interview", "")]),
    ("1 - not mine", 2, [(1, "not_mine", "")]),
    ("Hi Maria,\n\n1. yes\n\n2. not mine\n3) hold\nThanks, Maria\n4 pass", 4,
     [(1, "interview", ""), (2, "not_mine", ""), (3, "hold", "")]),  # the list ends at the first other line
    ("2 snooze till 3 Dec, 3 pass", 3, [(2, "snooze", ""), (3, "pass", "")]),
])
def test_numbered_replies(text, items, expected):
    parsed = parse(text, items=items)
    assert parsed.problem is None
    assert [(c.item, c.verb, c.comment) for c in parsed.commands] == expected


def test_numbered_snooze_keeps_its_date():
    parsed = parse("1 yes, 3 snooze 1w", items=3)
    assert parsed.commands[1] == Command("snooze", 3, until=NOW + timedelta(weeks=1))


@pytest.mark.parametrize("text, items, problem", [
    ("1 yes, 4 no", 3, "no candidate 4"),
    ("#7 interview", 3, "no candidate 7"),
    ("0 pass", 3, "no candidate 0"),
    ("1 yes", None, "nothing to number"),
    ("1. yes\n2. pass", None, "nothing to number"),
    ("1 yes, 2 dunno", 3, "'2 dunno'"),  # one bad part spoils the reply: nothing is applied
    ("1. yes\n2. maybe later this week", 2, "'2. maybe later this week'"),
    ("1 yes, 2 snooze whenever", 2, SNOOZE_HELP),
    ("1 yes, 2 status", 2, "for recruiters"),
    ("1 yes, 1 pass", 2, "Candidate 1 got more than one answer"),
])
def test_numbered_problems_apply_nothing(text, items, problem):
    parsed = parse(text, items=items)
    assert parsed.commands == ()
    assert problem in parsed.problem


def test_numbered_problem_names_every_bad_number():
    problem = parse("1 yes, 5 no, 6 hold", items=3).problem
    assert "no candidate 5" in problem and "no candidate 6" in problem


def test_unnumbered_reply_to_grouped_mail_is_for_the_whole_thread():
    assert one("pass", items=3) == Command("pass")


# ---------------------------------------------------------------- snooze

@pytest.mark.parametrize("text, delta", [
    ("snooze 3d", timedelta(days=3)),
    ("snooze 2 days", timedelta(days=2)),
    ("Snooze 1 day", timedelta(days=1)),
    ("snooze 1w", timedelta(weeks=1)),
    ("snooze 1 week", timedelta(weeks=1)),
    ("snooze 2 weeks", timedelta(weeks=2)),
    ("snooze 4h", timedelta(hours=4)),
    ("snooze 36 hours", timedelta(hours=36)),
    ("snooze a week", timedelta(weeks=1)),
    ("snooze for 3 days", timedelta(days=3)),
    ("snooze: 3d", timedelta(days=3)),
    ("remind me in 2 days", timedelta(days=2)),
    ("snooze 1.5d", timedelta(days=1.5)),
    ("snooze 1 month", timedelta(days=30)),
    ("snooze 90d", timedelta(days=90)),  # the limit itself is allowed
])
def test_snooze_durations_count_from_now(text, delta):
    assert one(text) == Command("snooze", until=NOW + delta)


@pytest.mark.parametrize("text, now, tz, ymd", [
    ("snooze until Monday", NOW, LONDON, (2026, 11, 30)),
    ("snooze until Monday", NOW, NY, (2026, 11, 30)),
    ("snooze until Monday", MONDAY, LONDON, (2026, 12, 7)),  # said on a Monday: next Monday
    ("snooze until Monday", MONDAY, NY, (2026, 12, 7)),
    ("snooze till 3 Dec", NOW, LONDON, (2026, 12, 3)),
    ("snooze till 3 Dec", NOW, NY, (2026, 12, 3)),
    ("snooze until 2026-12-07", NOW, LONDON, (2026, 12, 7)),
    ("snooze until 2026-12-07", NOW, NY, (2026, 12, 7)),
    ("snooze next week", NOW, LONDON, (2026, 11, 30)),  # the Monday that starts next week
    ("snooze next week", MONDAY, NY, (2026, 12, 7)),
    ("snooze friday", NOW, LONDON, (2026, 11, 27)),
    ("remind me tomorrow", NOW, NY, (2026, 11, 26)),
    ("snooze until December", NOW, LONDON, (2026, 12, 1)),
    ("snooze until Dec 3, 2026", NOW, LONDON, (2026, 12, 3)),
    # 03:00 UTC is still Tuesday evening in New York: "tomorrow" is Wednesday there.
    ("snooze until tomorrow", datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc), NY, (2026, 11, 25)),
    ("snooze until tomorrow", datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc), LONDON, (2026, 11, 26)),
])
def test_snooze_dates_end_at_the_start_of_that_local_day(text, now, tz, ymd):
    command = one(text, now=now, tz=tz)
    assert command == Command("snooze", until=local_midnight(tz, *ymd))
    assert command.until.tzinfo == timezone.utc


@pytest.mark.parametrize("text, comment", [
    ("snooze 3d - travelling", "travelling"),
    ("snooze until Monday, travelling", "travelling"),
    ("snooze 1w; back from leave then", "back from leave then"),
])
def test_snooze_comment(text, comment):
    assert one(text).comment == comment


@pytest.mark.parametrize("text, problem", [
    ("snooze", SNOOZE_HELP),
    ("Snooze!", SNOOZE_HELP),
    ("remind me", SNOOZE_HELP),
    ("snooze whenever", SNOOZE_HELP),
    ("snooze for a bit", SNOOZE_HELP),
    ("remind me later", SNOOZE_HELP),
    ("snooze 2", SNOOZE_HELP),
    ("snooze 3/12", SNOOZE_HELP),  # day/month order differs between London and New York: refused
    ("snooze 100d", "at most 90 days"),
    ("snooze 13w", "at most 90 days"),
    ("snooze until 2027-03-01", "at most 90 days"),
    ("snooze until today", "not in the future"),
    ("snooze until 2020-01-01", "not in the future"),
    ("snooze 0d", "not in the future"),
])
def test_snooze_problems(text, problem):
    parsed = parse(text)
    assert parsed.commands == ()
    assert problem in parsed.problem


def test_till_a_date_just_passed_means_next_year_which_is_too_far():
    after_third = datetime(2026, 12, 4, 15, 0, tzinfo=timezone.utc)
    assert "at most 90 days" in parse("snooze till 3 Dec", now=after_third).problem


def test_recruiter_may_snooze_too():
    assert one("snooze 1w", role="recruiter") == Command("snooze", until=NOW + timedelta(weeks=1))


# ---------------------------------------------------------------- forget, status, roles

@pytest.mark.parametrize("text, argument, comment", [
    ("forget Jane Doe", "Jane Doe", ""),
    ("Forget: Jane Doe.", "Jane Doe", ""),
    ("forget Mary-Jane O'Neil - withdrew", "Mary-Jane O'Neil", "withdrew"),
    ("forget Doe, Jane; took another offer", "Doe, Jane", "took another offer"),
])
def test_forget_takes_the_name_as_written(text, argument, comment):
    assert one(text, role="recruiter") == Command("forget", argument=argument, comment=comment)


def test_forget_without_a_name_is_a_problem():
    parsed = parse("forget", role="recruiter")
    assert parsed.commands == () and "forget Jane Doe" in parsed.problem


def test_status_takes_no_argument():
    assert parse("status of Jane please", role="recruiter") == Parsed(())


@pytest.mark.parametrize("text, role, problem", [
    ("interview", "recruiter", "for the hiring manager"),
    ("Yes", "recruiter", "for the hiring manager"),
    ("pass - too junior", "recruiter", "for the hiring manager"),
    ("not mine", "recruiter", "for the hiring manager"),
    ("hold", "recruiter", "for the hiring manager"),
    ("status", "manager", "for recruiters"),
    ("Done.", "manager", "for recruiters"),
    ("filled", "manager", "for recruiters"),
    ("forget Jane Doe", "manager", "for recruiters"),
    ("forget", "manager", "for recruiters"),
])
def test_verbs_outside_the_role_are_a_problem(text, role, problem):
    parsed = parse(text, role=role)
    assert parsed.commands == ()
    assert problem in parsed.problem


def test_unknown_role_and_naive_now_are_programming_errors():
    with pytest.raises(ValueError):
        parse("yes", role="mentor")
    with pytest.raises(ValueError):
        parse_commands("yes", datetime(2026, 11, 25, 15, 0), LONDON)


# ---------------------------------------------------------------- custom words, help, size

def test_custom_words_extend_the_vocabulary():
    words = {**DEFAULT_WORDS, "interview": DEFAULT_WORDS["interview"] + ("ok", "go ahead")}
    assert parse("ok") == Parsed(())
    assert one("OK!", words=words) == Command("interview")
    assert one("go  ahead - thanks", words=words) == Command("interview", comment="thanks")
    assert one("pass", words=words) == Command("pass")


def test_custom_words_replace_the_vocabulary():
    words = {"interview": ("gerne",), "pass": ("lieber nicht",)}
    assert one("Gerne.", words=words) == Command("interview")
    assert one("Lieber nicht - zu junior", words=words) == Command("pass", comment="zu junior")
    assert parse("yes", words=words) == Parsed(())


def test_custom_words_ignore_unknown_verbs():
    assert parse("maybe", words={**DEFAULT_WORDS, "maybe": ("maybe",)}) == Parsed(())


@pytest.mark.parametrize("role, present", [
    ("manager", ["interview", "pass", "hold", "snooze 3d", "not mine", "stop", "1 yes, 2 pass"]),
    ("recruiter", ["status", "snooze 3d", "done", "forget Jane Doe", "stop"]),
])
def test_help_text_lists_the_role_commands(role, present):
    for example in present:
        assert example in HELP_TEXT[role]


def test_help_text_examples_parse():
    assert one("snooze until Monday").until == local_midnight(LONDON, 2026, 11, 30)
    assert [c.verb for c in parse("1 yes, 2 pass, 3 snooze 1w", items=3).commands] == ["interview", "pass", "snooze"]


def test_large_input_reads_only_the_first_lines(monkeypatch):
    seen = []
    from mailer.reading import commandlines
    clean = commandlines.clean
    monkeypatch.setattr(commandlines, "clean", lambda line: seen.append(line) or clean(line))
    text = "We are still thinking about the role and the team.\n" * 2000  # ~100 KB
    assert parse(text + "yes\n", items=3) == Parsed(())
    assert len(seen) <= 25


@pytest.mark.parametrize("text, expected", [
    ("x" * 100_000, Parsed(())),
    ("yes " + "x" * 100_000, Parsed(())),
    ("\n" * 100_000 + "yes", Parsed((Command("interview"),))),  # blank lines are not counted, only skipped
    ("Hi Rita,\n" * 12_000 + "yes", Parsed(())),  # the command sits far below the first 20 lines
], ids=["one-long-line", "word-then-long-line", "blank-lines-then-yes", "greetings-then-yes"])
def test_large_inputs(text, expected):
    assert parse(text, items=3) == expected


def test_huge_numbered_line_is_cut_before_it_is_split():
    problem = parse("1 yes, " * 15_000, items=3).problem
    assert problem == "Candidate 1 got more than one answer."


def test_long_comment_is_cut_not_scanned():
    command = one("pass - " + "x" * 100_000)
    assert command.verb == "pass" and 0 < len(command.comment) <= 300

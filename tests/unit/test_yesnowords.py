"""reading/yesnowords.py: the one home of the yes/no words, and which of ops' `replies.words` are yes/no words."""

from datetime import datetime, timezone
import re
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring import answers
from mailer.reading import yesnowords
from mailer.reading.commands import DEFAULT_WORDS, Command, Parsed, parse_commands
from mailer.reading.yesnowords import (LEXICON, MANAGER_NO, MANAGER_YES, MENTOR_NO, MENTOR_YES, is_no, is_yes,
                                       manager_particles, ops_yes_no)

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)


def test_no_word_is_both_a_yes_and_a_no():
    for language, (yes, no) in LEXICON.items():
        assert yes and no, language
    every_yes = set().union(*(yes for yes, _ in LEXICON.values()))
    every_no = set().union(*(no for _, no in LEXICON.values()))
    assert every_yes & every_no == set()


def test_every_word_a_reader_takes_opens_with_a_word_of_the_lexicon():
    # So that ops adding a shipped word (or a longer form of one, "yes sure") get it judged as the shipped one is.
    assert [w for w in (*MANAGER_YES, *MENTOR_YES) if not is_yes(w)] == []
    assert [w for w in (*MANAGER_NO, *MENTOR_NO) if not is_no(w)] == []


def test_the_manager_yes_and_no_are_the_command_vocabularys():
    assert set(MANAGER_YES) <= set(DEFAULT_WORDS["interview"])
    assert set(MANAGER_NO) <= set(DEFAULT_WORDS["pass"])
    # The rest of each names its decision and is never judged by what follows.
    named = (set(DEFAULT_WORDS["interview"]) - set(MANAGER_YES)) | (set(DEFAULT_WORDS["pass"]) - set(MANAGER_NO))
    assert "interview" in named and "not a fit" in named
    assert [w for w in named if w in manager_particles(DEFAULT_WORDS)] == []


def test_each_mentor_word_is_one_the_mentor_reader_matches_whole():
    vocabulary = answers._vocabulary((), ())
    for word in MENTOR_YES:
        assert vocabulary.yes.bare.fullmatch(word), word
    for word in MENTOR_NO:
        assert vocabulary.no.bare.fullmatch(word), word
    # "sure thing" names the yes and is not read as a bare "sure" followed by "thing"
    assert vocabulary.yes.bare.match("sure thing").group() == "sure thing"


@pytest.mark.parametrize("words, yes, no", [
    ({"interview": ("jawohl", "go ahead", "yeah sure"), "pass": ("no way", "reject", "nee hoor", "nie")},
     ("jawohl", "yeah sure"), ("no way", "nee hoor", "nie")),
    # a word in the other direction, or under another verb, names what ops made it
    ({"interview": ("no brainer",), "pass": ("jawohl",), "hold": ("ja",)}, (), ()),
    ({"interview": ("Ouais",), "pass": ("No  Way",)}, ("ouais",), ("no way",)),
    ({}, (), ()),
])
def test_which_of_ops_words_are_a_yes_or_a_no(words, yes, no):
    assert ops_yes_no(words) == (yes, no)


def test_manager_particles_are_the_shipped_and_ops_yes_no_words():
    plain = manager_particles(DEFAULT_WORDS)
    assert plain == frozenset((*MANAGER_YES, *MANAGER_NO))
    words = {**DEFAULT_WORDS, "interview": (*DEFAULT_WORDS["interview"], "jawohl", "go ahead")}
    assert manager_particles(words) == plain | {"jawohl"}


def test_a_recruiters_sentence_opening_with_ops_yes_word_gets_no_help_reply():
    """As with "Yes, I'll call her tomorrow": an ops yes word opening a recruiter's sentence is a sentence, not a
    manager's command to explain."""
    words = {**DEFAULT_WORDS, "interview": (*DEFAULT_WORDS["interview"], "yeah", "go ahead")}
    said = parse_commands("Yeah, I'll call her tomorrow", NOW, ZoneInfo("UTC"), role="recruiter", words=words)
    assert said == Parsed(())
    named = parse_commands("Go ahead, I'll call her tomorrow", NOW, ZoneInfo("UTC"), role="recruiter", words=words)
    assert named.problem and re.search("command for the hiring manager", named.problem)


def test_a_numbered_ops_yes_that_defers_leaves_that_candidate_waiting():
    words = {**DEFAULT_WORDS, "pass": (*DEFAULT_WORDS["pass"], "no way")}
    said = parse_commands("1 no way - I need more time to review\n2 pass", NOW, ZoneInfo("UTC"), items=2,
                          words=words)
    assert said == Parsed((Command("pass", 2),))


def test_the_mentor_reader_takes_ops_words_only_when_given():
    assert answers.read_invitation_reply("Jawohl") == "question"
    assert answers.read_invitation_reply("Jawohl", {"interview": ("jawohl",)}) == "yes"
    assert answers.read_invitation_reply("No way", {"pass": ("no way",)}) == "no"
    # the longer ops word wins over the shipped "no" it starts with, and is judged by what follows
    assert answers.read_invitation_reply("No way, the link is broken", {"pass": ("no way",)}) == "question"
    assert yesnowords.normal("No\u00a0 Way") == "no way"


def test_a_shipped_word_ops_add_again_is_still_judged_by_what_follows():
    # The sweep's report: "Nee, I need another day" read as pass once "nee" was in replies.words.
    words = {**DEFAULT_WORDS, "pass": (*DEFAULT_WORDS["pass"], "nee")}
    assert parse_commands("Nee, I need another day", NOW, ZoneInfo("UTC"), words=words) == Parsed(())
    assert parse_commands("Nee, too junior", NOW, ZoneInfo("UTC"), words=words) == \
        Parsed((Command("pass", comment="too junior"),))


def test_an_ops_word_written_with_decomposed_accents_is_the_same_word():
    decomposed = "na\u0303o mesmo"  # "não mesmo" as some editors save it
    assert ops_yes_no({"pass": (decomposed,)}) == ((), ("não mesmo",))
    words = {**DEFAULT_WORDS, "pass": (*DEFAULT_WORDS["pass"], decomposed)}
    assert parse_commands("Não mesmo, preciso de mais tempo", NOW, ZoneInfo("UTC"), words=words) == Parsed(())

"""review10 finding 8: the manager's words quoted in a recruiter's digest (report/digest.said) lose their leading
item number, candidate's name or decision word only when it is a command ("1 pass", "2: too junior", "Jane: pass",
"pass - too junior"); a number that starts the sentence ("2 years of Go …") or a first name that is an ordinary
word ("May I ask …", "Will do …") is the manager's words and stays."""

import pytest

from mailer.report.digest import said


@pytest.mark.parametrize("text, decision, candidate", [
    ("2 years of Go is not enough for this role.", "pass", "Jane Doe"),
    ("3 rounds is too many, let's do one interview.", "interview", "Jane Doe"),
    ("10 out of 10, great profile. Can you check her notice period?", "interview", "Jane Doe"),
    ("Jan - we should interview.", "interview", "Jan Novak"),
    ("May I ask her notice period first?", "reply", "May Chen"),
    ("Will do the interview myself next week.", "interview", "Will Smith"),
    ("Interview her next week, I'm free Tuesday.", "interview", "Jane Doe"),
    ("Pass on her, too junior for the platform team.", "pass", "Jane Doe"),
    ("Janet from my team will join the interview.", "interview", "Jane Doe"),
])
def test_a_number_or_name_that_is_a_word_of_the_sentence_stays(text, decision, candidate):
    assert said(text, decision, candidate) == text


@pytest.mark.parametrize("text, decision, candidate, words", [
    ("1 pass", "pass", "Jane Doe", ""),
    ("1 pass - notice period too long", "pass", "Jane Doe", "notice period too long"),
    ("2: too junior", "pass", "Jane Doe", "too junior"),
    ("3. Great profile, book her in", "interview", "Jane Doe", "Great profile, book her in"),
    ("Jane: pass", "pass", "Jane Doe", ""),
    ("Jane, can you check her notice period?", "reply", "Jane Doe", "can you check her notice period?"),
    ("Fatima Zahra - pass, notice period too long", "pass", "Fatima Zahra", "notice period too long"),
    ("Will: interview, strong Go background", "interview", "Will Smith", "strong Go background"),
    ("pass - not enough Spark experience", "pass", "Jane Doe", "not enough Spark experience"),
    ("Pass, Bob Smith was much stronger.", "pass", "Jane Doe", "Bob Smith was much stronger."),
])
def test_a_command_or_an_address_is_dropped(text, decision, candidate, words):
    assert said(text, decision, candidate) == words

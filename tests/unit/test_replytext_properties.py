"""Properties of reply text over generated replies (hypothesis): a person's text above any quote header of the sweep
(tests/unit/quote_header_shapes.py) is kept exactly, and an answer written under or between quoted lines keeps no
unquoted line of the original and reads the same command as the answer alone."""

from datetime import datetime, timezone
import re
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings, strategies as st

from mailer.reading.commands import parse_commands
from mailer.reading.replytext import trim_reply
from quote_header_shapes import ANSWER, GMAIL, cases

NOW = datetime(2026, 12, 8, 9, tzinfo=timezone.utc)
WORDS = ["she", "knows", "Go", "well", "the", "team", "likes", "her", "profile", "salary", "is", "fine", "Omar",
         "Jane", "too", "junior", "for", "backend", "role", "next", "week", "Tuesday", "maybe", "senior"]
words = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(" ".join)
# What a manager writes: commands, sentences with dates, times and addresses, arrows, numbered lists, dashes used as
# dashes, and sentences that open like header lines or quote headers.
line = st.one_of(
    st.sampled_from(["interview", "pass", "snooze 3d", "pass - too junior", "Yes, interview her.", "hold",
                     "1 yes, 2 pass"]),
    words.map(lambda w: w.capitalize() + "."),
    st.builds("Call her on {} at {}.".format, st.sampled_from(["Dec 9, 2026", "9.12.2026", "2026-12-09", "Monday"]),
              st.sampled_from(["10:30", "3pm", "15.00"])),
    st.builds("Her address is {}, {}.".format, st.sampled_from(["jane@doe.example", "j.doe+cv@mail.example"]), words),
    words.map(lambda w: f"-> next step: {w}"),
    st.builds("{}. {}".format, st.integers(1, 9), words),
    st.builds("{} -- {}.".format, words, words),
    words.map(lambda w: f"On Monday, Jane wrote: {w}."),
    words.map(lambda w: f"From: the beginning, {w}."),
    words.map(lambda w: f"Subject to references, {w}."),
)
text = st.lists(st.tuples(line, st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=5).map(
    lambda parts: "".join(x + sep for x, sep in parts).strip())


def name_alone_under_the_text(body: str) -> bool:
    """A header whose first line is just the sender's name, right under the text ("interview" / "Rita Recruiter" /
    "<rita@…> 于…写道："): the name cannot be told from a signed name, and is kept (the sweep's known misses)."""
    first = body[len(ANSWER) + 1:].split("\n", 1)[0]
    return bool(first.strip()) and len(first.split()) <= 4 and not re.search(r"[\d@:：]", first)


SWEEP = [(lang, client, body) for lang, client, body, want in cases()
         if want == ANSWER and body.startswith(ANSWER) and not name_alone_under_the_text(body)]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text, st.sampled_from(SWEEP))
def test_text_above_any_clients_quote_header_is_kept_exactly(person, case):
    lang, client, body = case
    assert trim_reply(body.replace(ANSWER, person, 1)) == person, (lang, client)


original = st.lists(st.one_of(words.map(lambda w: w.capitalize() + "."),
                              st.sampled_from(['Reply "interview", "pass" or "snooze 3d".', "pass", "snooze 1w",
                                               "Should we pass on her?", "Thanks, Rita"])),
                    min_size=1, max_size=4)
answer = st.sampled_from(["interview", "pass - too junior", "snooze 3d", "Yes, interview her.", "hold",
                          "Monday works for me.", "No, let's wait."])


def commands(reply: str) -> list[tuple[str, str]]:
    return [(c.verb, c.comment) for c in parse_commands(reply, NOW, ZoneInfo("Europe/Berlin")).commands]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(original, answer), min_size=1, max_size=3), st.booleans(), st.booleans())
def test_answers_under_or_between_quotes_keep_no_line_of_the_original(turns, header, blank):
    gap = "\n" if blank else ""
    body = (GMAIL[0][1] + "\n" if header else "") + "".join(
        "".join(f"> {x}\n" for x in quoted) + gap + f"{mine}\n" + gap for quoted, mine in turns)
    got = trim_reply(body)
    mine = [m for _, m in turns]
    assert [x for x in got.split("\n") if x.strip() and not x.startswith(">")] == mine
    assert commands(got) == commands(mine[0])

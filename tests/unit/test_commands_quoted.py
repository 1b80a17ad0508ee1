"""The command path end to end: a command in the quoted history is never the manager's; the manager's own command,
written above, below or between quoted lines, is the one acted on (classify → reply text → commands)."""

from datetime import datetime, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.commands import gist, parse_commands
from mailer.reading.parse import parse

NOW = datetime(2026, 12, 8, 9, tzinfo=timezone.utc)
HEADER = "On Mon, Dec 7, 2026 at 10:12 AM, Rita Recruiter <rita@acme.test> wrote:"
NUDGE = ('> Hi Maria, just a gentle nudge on Jane Doe.\n'
         '> A one-word reply is plenty: "interview", "pass", or "snooze 3d".\n')


def reply(body: str, html: str | None = None):
    msg = EmailMessage()
    msg["From"] = "Maria Manager <maria@acme.test>"
    msg["To"] = "rita@acme.test"
    msg["Cc"] = "mailer@acme.test"
    msg["Subject"] = "Re: Candidate: Jane Doe – Backend"
    msg["Message-ID"] = "<r1@client.test>"
    msg["In-Reply-To"] = msg["References"] = "<s1@x>"
    msg["Date"] = "Tue, 08 Dec 2026 09:00:00 +0000"
    if html is None:
        msg.set_content(body)
    else:
        msg.set_content(html, subtype="html")
    return parse(bytes(msg))


def submission(i: int = 1) -> Submission:
    return Submission(i, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe – Backend",
                      f"s{i}@x", (), datetime(2026, 11, 25, tzinfo=timezone.utc), State.OPEN)


@pytest.mark.parametrize("body", [
    f"interview\n\n{HEADER}\n{NUDGE}",                       # top-posted
    f"{HEADER}\n{NUDGE}\ninterview\n",                       # bottom-posted under the header
    f"{NUDGE}\ninterview\n",                                 # bottom-posted, the client wrote no header
    f"{NUDGE}interview\n",                                   # ... and no blank line
    "> pass\n\ninterview\n",                                 # a quoted bare command above the manager's
    "> snooze 3d\ninterview\n",
    "Hi Rita,\n\n> Should we pass on her?\n\ninterview\n",   # greeting, quoted question, answer
    f"{HEADER}\n> Hi Maria,\n> Can you see Jane Doe?\ninterview\n> Or should we pass?\n",  # inline
])
def test_the_managers_command_is_read_and_a_quoted_one_never(tmp_path, body):
    v = classify(reply(body), make_config(tmp_path), Context(in_thread=(submission(),), now=NOW))
    assert v.kind is Kind.REPLY and [c.verb for c in v.commands] == ["interview"]


def test_a_quoted_decision_sentence_is_not_the_managers_decision(tmp_path):
    body = "> If she is too junior, let's pass on her.\n\nThanks, I will read the CV tonight.\n"
    v = classify(reply(body), make_config(tmp_path), Context(in_thread=(submission(),), now=NOW))
    assert v.kind is Kind.REPLY and v.commands == ()


def test_numbered_answers_written_between_the_quoted_items_are_read():
    text = "> 1. Jane Doe – Backend\n1 yes\n> 2. Omar Haddad – Frontend\n2 pass\n"
    got = parse_commands(text, NOW, ZoneInfo("Europe/Berlin"), items=2)
    assert [(c.item, c.verb) for c in got.commands] == [(1, "interview"), (2, "pass")]


def test_an_arrow_or_a_comparison_in_the_managers_text_is_not_a_quote():
    assert [c.verb for c in parse_commands("-> interview her", NOW, ZoneInfo("UTC")).commands] == []
    got = parse_commands("pass - salary > 120k\n> pass\n", NOW, ZoneInfo("UTC"))
    assert [(c.verb, c.comment) for c in got.commands] == [("pass", "salary > 120k")]


def test_the_gist_quoted_back_to_the_recruiter_holds_no_quoted_line():
    assert gist("> Can you see Jane Doe? Reply interview or pass.\nYes, Tuesday works.\n> Thanks\n") == \
        "Yes, Tuesday works."


@pytest.mark.parametrize("html", [
    # Apple Mail and Thunderbird bottom-post and interleave inside <blockquote type="cite">; Gmail quotes in
    # <blockquote class="gmail_quote"> under its "On … wrote:" attribution
    '<div><blockquote type="cite"><div>Reply "pass", "interview" or "snooze 3d".</div></blockquote></div>'
    '<div>interview</div>',
    '<div class="gmail_quote"><div class="gmail_attr">On Mon, Dec 7, 2026 at 10:12 AM Rita &lt;rita@acme.test&gt; '
    'wrote:<br></div><blockquote class="gmail_quote">pass or snooze 3d?</blockquote></div><div>interview</div>',
    '<div class="moz-cite-prefix">On 07.12.26 10:12, Rita Recruiter wrote:<br></div><blockquote type="cite">'
    'pass?</blockquote><p>interview</p>',
])
def test_an_html_only_reply_below_or_between_quotes_reads_the_managers_words(tmp_path, html):
    v = classify(reply("", html), make_config(tmp_path), Context(in_thread=(submission(),), now=NOW))
    assert [c.verb for c in v.commands] == ["interview"]
    assert "pass" not in v.reply_text.replace("> ", "").split("\n")[-1]

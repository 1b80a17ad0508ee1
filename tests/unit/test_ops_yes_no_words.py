"""A yes or no that ops add in `replies.words` is read as the shipped "yes" and "no" are (README "What mailer
understands in a reply", "The mentor loop"): the decision, or the mentor's answer, only when what follows it supports
it or says nothing; followed by a deferral, a "but" or another matter it decides nothing and the recruiter reads it.

Each case goes the daemon's way: the config file's `replies.words`, then `mailer classify`'s reading of a manager's
reply in a candidate's thread, or of a mentor's answer to an invitation (mentoring/reply.py)."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import config_text
from mailer.cli.classify import explain
from mailer.compose import environment
from mailer.config.load import parse
from mailer.mentoring.loop import queue_mentoring
from mailer.store import Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
LATER = MON + timedelta(hours=3)
# A yes and a no in English, German and French that the shipped words do not have.
OPS_WORDS = """
replies:
  words:
    interview: [yeah, jawohl, ouais]
    pass: [no way, ne, nan]
"""
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
    invite: true
"""


def _config(tmp_path, extra):
    text = config_text(extra=extra)
    (tmp_path / "config.yaml").write_text(text)
    return parse(text, tmp_path / "config.yaml")


def manager_reads(tmp_path, words: str) -> str:
    """The command `mailer classify` reads in Maria's reply to Jane Doe's submission ("" when none)."""
    config = _config(tmp_path, OPS_WORDS)
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                             "s1@acme.test", (), MON - timedelta(days=3))
    raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate: Jane Doe\r\n"
           f"In-Reply-To: <s1@acme.test>\r\nMessage-ID: <r1@acme.test>\r\nDate: Mon, 30 Nov 2026 13:00:00 +0000\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{words}\r\n").encode()
    return explain(raw, "reply.eml", config, store, LATER).command


def mentor_reads(tmp_path, words: str, extra: str = OPS_WORDS) -> str:
    """'yes', 'no' or 'question': Maria's answer to the invitation to mentor Rita, as `mailer classify` says it."""
    config = _config(tmp_path, PAIR + extra)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_mentoring(store, config, env, MON)
    [invitation] = [row for row in store.outbox() if row.kind == "mentor_invitation"]
    with store.transaction():
        store.mark_sent(invitation.id, MON)
    raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <r1@x>\r\n"
           f"In-Reply-To: <{invitation.message_id}>\r\nSubject: Re: {invitation.subject}\r\n"
           f"Date: Mon, 30 Nov 2026 13:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{words}\r\n"
           ).encode()
    shown = explain(raw, "answer.eml", config, store, LATER)
    assert shown.kind == "mentoring", shown
    for said, meaning in (("says yes", "yes"), ("says no", "no"), ("a question", "question")):
        if said in shown.action:
            return meaning
    raise AssertionError(shown.action)


@pytest.mark.parametrize("words, command", [
    # followed by nothing: the decision
    ("Yeah", "interview"), ("Jawohl!", "interview"), ("Ouais.", "interview"),
    ("No way", "pass"), ("Ne.", "pass"), ("Nan", "pass"),
    # followed by words that support it: the decision
    ("Yeah, she looks great", "interview"), ("Jawohl, klingt gut, bitte einen Termin einplanen", "interview"),
    ("Ouais, très bon profil", "interview"),
    ("No way, too junior for this role", "pass"), ("Ne, zu wenig Erfahrung", "pass"), ("Nan, trop junior", "pass"),
    # followed by a deferral, a "but" or another matter: no decision, the recruiter reads it
    ("Yeah, but let me ask Sam first", ""), ("Yeah. I need more time to review.", ""),
    ("Jawohl, aber ich muss erst mit Sam sprechen", ""), ("Ouais, mais je dois voir avec Sam", ""),
    ("No way.\nI need more time to review.", ""), ("No way, the link in your mail is broken", ""),
    ("Ne, ich brauche noch Zeit", ""), ("Nan, je n'ai pas encore regardé", ""),
])
def test_a_manager_yes_or_no_from_replies_words_is_judged_by_what_follows(tmp_path, words, command):
    assert manager_reads(tmp_path, words) == command


@pytest.mark.parametrize("words, meaning", [
    # followed by nothing: the answer
    ("Yeah", "yes"), ("Jawohl", "yes"), ("Ouais !", "yes"), ("No way", "no"), ("Ne.", "no"), ("Nan", "no"),
    # followed by words that support it: the answer
    ("Yeah, happy to help", "yes"), ("Jawohl, ich freue mich darauf", "yes"), ("Ouais, super idée", "yes"),
    ("No way, too busy this quarter", "no"), ("Ne, leider zu viel zu tun", "no"), ("Nan, désolé, pas le temps", "no"),
    # followed by a deferral or another matter: a question for the recruiter
    ("Yeah, the link in your mail is broken", "question"), ("Jawohl, der Link geht nicht", "question"),
    ("Ouais, je n'ai pas encore lu ton mail", "question"), ("No way, the link is broken", "question"),
    ("Ne, ich habe es noch nicht gelesen", "question"), ("Nan, je te redis demain", "question"),
])
def test_a_mentor_yes_or_no_from_replies_words_is_judged_by_what_follows(tmp_path, words, meaning):
    assert mentor_reads(tmp_path, words) == meaning


@pytest.mark.parametrize("words, meaning", [
    ("Yes", "yes"), ("Ja, gerne", "yes"), ("Oui, avec plaisir", "yes"),
    ("No", "no"), ("Nein, leider zu viel zu tun", "no"), ("Non, désolée, pas le temps", "no"),
    ("Yes, the link is broken", "question"), ("Nein, ich habe es noch nicht gelesen", "question"),
    ("Non, il n'y a pas de log mysql", "question"),
])
def test_a_mentor_shipped_yes_or_no_reads_the_same_with_or_without_ops_words(tmp_path, words, meaning):
    for folder in ("with", "without"):
        (tmp_path / folder).mkdir()
    assert mentor_reads(tmp_path / "with", words) == meaning
    assert mentor_reads(tmp_path / "without", words, extra="") == meaning


def test_an_ops_word_that_names_the_decision_keeps_its_comment(tmp_path):
    """Only a yes or no is judged by what follows: a word ops add that names the decision ("go ahead", "reject")
    is read like "interview" or "pass", its comment kept whatever it says."""
    text = OPS_WORDS.replace("[yeah,", "[go ahead, yeah,").replace("[no way,", "[reject, no way,")
    config = _config(tmp_path, text)
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                             "s1@acme.test", (), MON - timedelta(days=3))
    for words, command in (("Go ahead - strong Go background", "interview"), ("Reject - strong Go background",
                                                                               "pass")):
        raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate: Jane Doe"
               f"\r\nIn-Reply-To: <s1@acme.test>\r\nMessage-ID: <r1@acme.test>\r\n\r\n{words}\r\n").encode()
        assert explain(raw, "reply.eml", config, store, LATER).command == command

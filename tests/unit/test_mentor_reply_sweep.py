"""The blind mentor-reply sweep (tests/unit/mentor_reply_shapes.py): no mentor's answer is read as a stop, a pause,
a yes or a no they did not give, no pause goes to the wrong day, and no advice is lost from (or mailer's prompt kept
in) the journal, except the phrasings on KNOWN_WRONG, each with its reason. bench/mentor_replies.py prints the
sweep's right / wrong / missed counts."""

import pytest

from mentor_reply_shapes import cases, judge

# Phrasings still read wrong, by (language, text found in the body), each with why it is left. Each must still be
# read wrong in every placement where it is listed: a fix takes it off the list.
KNOWN_WRONG: dict[tuple[str, str], str] = {
}


def _known(lang: str, body: str) -> str | None:
    return next((why for (known_lang, text), why in KNOWN_WRONG.items() if lang == known_lang and text in body), None)


@pytest.mark.parametrize("lang, kind, family, body, want, keep", cases(), ids=lambda v: str(v)[:40])
def test_no_mentor_reply_is_read_as_something_the_mentor_did_not_say(lang, kind, family, body, want, keep):
    outcome, got = judge(kind, body, want, keep)
    if _known(lang, body):
        assert outcome == "wrong", "read right now: take it off KNOWN_WRONG"
        return
    assert outcome != "wrong", f"{kind} {family}: {body!r} read as {got}, want {want}"


def test_the_sweep_is_large_and_spans_seven_languages():
    phrasings = {(lang, body.splitlines()[0]) for lang, _, family, body, _, _ in cases() if " " not in family}
    assert len(phrasings) >= 240
    assert {lang for lang, *_ in cases()} == {"en", "de", "fr", "es", "nl", "it", "pt"}

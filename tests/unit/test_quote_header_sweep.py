"""The quote-header sweep (tests/unit/quote_header_shapes.py): every client's header shape, per UI language, plain,
wrapped, without the sender's address and with other senders, is cut from a small reply, and a person's sentences
that look like headers stay. bench/quote_headers.py prints the same sweep's counts per language."""

import pytest

from mailer.reading.replytext import trim_reply
from quote_header_shapes import cases, negatives

# Shapes read wrong, each with why it is left. A name wrapped onto a line of its own right under the signed name,
# with no blank line between ("Maria" / "山田太郎" / "<taro@…> 于…写道："), cannot be told from a two-line signature.
KNOWN_MISSES = {("zh-CN", "Gmail other sender wrapped no blank"), ("zh-TW", "Gmail other sender wrapped no blank")}


@pytest.mark.parametrize("lang, client, body, want", cases(), ids=lambda v: str(v)[:40])
def test_a_client_quote_header_and_its_history_are_cut(lang, client, body, want):
    if (lang, client) in KNOWN_MISSES:
        assert trim_reply(body) != want, "fixed: take it off KNOWN_MISSES"
        return
    assert trim_reply(body) == want


@pytest.mark.parametrize("lang, body", negatives(), ids=lambda v: str(v)[:40])
def test_a_persons_sentence_that_looks_like_a_header_stays(lang, body):
    text = body.split("\n\nOn Mon, Dec 7, 2026", 1)[0]
    assert trim_reply(body) == text


def test_the_sweep_spans_the_clients_and_languages_it_claims():
    langs = {lang for lang, *_ in cases()}
    clients = {client.split(" ")[0] for _, client, *_ in cases()}
    assert len(langs) >= 45 and {"Gmail", "Outlook", "Apple", "Thunderbird", "Yahoo", "QQ", "Naver", "Lotus"} <= clients

"""The quote-structure sweep (tests/unit/quote_structure_shapes.py): forward markers in ~30 languages, ">" quotes as
clients wrap, nest, prefix and indent them, bottom-posting and inline answers, a person's lists, arrows, log lines,
tables, links, short and non-Latin answers and a P.S., and the line and charset shapes of real bodies, each read to
the person's exact words (white space runs made one). bench/quote_structure.py prints the counts."""

import pytest

from mailer.reading.parse import parse
from mailer.reading.replytext import reply_text, trim_reply
from quote_structure_shapes import cases, normalise

# Shapes read wrong, each with why it is left (see the module docstring of quote_structure_shapes.py).
KNOWN_MISSES: dict[tuple[str, str, str], str] = {}


def read(message: str | bytes) -> str:
    return trim_reply(message) if isinstance(message, str) else reply_text(parse(message).parsed)


@pytest.mark.parametrize("family, lang, variant, message, want", cases(), ids=lambda v: str(v)[:40])
def test_the_persons_words_come_out_exactly(family, lang, variant, message, want):
    got = normalise(read(message))
    if (family, lang, variant) in KNOWN_MISSES:
        assert got != normalise(want), "fixed: take it off KNOWN_MISSES"
        return
    assert got == normalise(want)


def test_the_sweep_spans_the_families_and_languages_it_claims():
    found = cases()
    assert {family for family, *_ in found} == {"forward", "quote", "text", "line"}
    assert len({lang for family, lang, *_ in found if family == "forward"}) >= 30

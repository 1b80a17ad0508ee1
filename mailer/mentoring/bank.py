"""The check-in questions: the bank shipped with mailer (questions.txt), ops' additions, and which one to ask next."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def shipped_questions() -> tuple[str, ...]:
    """The default bank, read from the package data (works from a checkout and from an installed wheel)."""
    text = resources.files("mailer.mentoring").joinpath("questions.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def bank_for(own: tuple[str, ...], added: tuple[str, ...]) -> tuple[str, ...]:
    """A pair's questions: its own list from config if it has one, else the shipped bank plus ops' additions."""
    return own if own else tuple(dict.fromkeys((*shipped_questions(), *added)))


def next_question(bank: tuple[str, ...], asked: list[str]) -> str:
    """The first question of `bank` this pair was never asked; once all were asked, the one asked longest ago.

    `asked` is the pair's questions, oldest first. Questions added to the bank later are asked before any repeat.

    >>> next_question(("a", "b", "c"), ["a", "c"])
    'b'
    >>> next_question(("a", "b"), ["a", "b", "a"])
    'b'
    """
    if not bank:
        raise ValueError("the question bank is empty")
    done = set(asked)
    for question in bank:
        if question not in done:
            return question
    last_asked = {q: i for i, q in enumerate(asked)}
    return min(bank, key=lambda q: last_asked[q])

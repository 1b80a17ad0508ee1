"""The probes of tests/unit/decision_probes_langs.py: none is read as a decision it does not make, and those that
the rules were fixed for read as written (KNOWN_MISSES: a decision left to the recruiter, each with why)."""

import pytest

from decision_probes_langs import PROBES, reading

# Missed on purpose: the rules read a negated or reordered phrase as unsure rather than guess its meaning.
KNOWN_MISSES = {
    "Plan maar geen gesprek in", "Non fissiamo il colloquio", "Nie umawiajmy rozmowy", "Jag vill inte träffa henne",
    "Não, não quero entrevistá-la", "No grazie, l'ho già vista per un altro ruolo e non va", "Sim, claro que não",
}


@pytest.mark.parametrize("lang, text, want", PROBES, ids=lambda v: str(v)[:40])
def test_a_probe_is_never_read_as_another_decision(lang, text, want):
    got = reading(f"{text}\n")
    assert got in (want, "none"), f"read as {got}"
    if text not in KNOWN_MISSES:
        assert got == want


def test_each_known_miss_is_still_missed():
    assert {text for _, text, want in PROBES if text in KNOWN_MISSES and reading(f"{text}\n") == want} == set()

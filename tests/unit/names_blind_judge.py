"""The names-blind sweep's judge: runs a case of names_blind_shapes.py through names_blind_world.py and says
whether the outcome is right, WRONG (a candidate given a decision no accepted outcome gives it) or not split (short
of right, but no candidate decided wrongly: the recruiter reads the reply)."""

from __future__ import annotations

from pathlib import Path

from names_blind_shapes import NOSPLIT, Case
from names_blind_world import SPLIT_FREE, SetupFailed, run_reply

RIGHT, WRONG, NOT_SPLIT, SETUP = "right", "wrong", "not split", "setup"


def is_unsplit(outcome: tuple[str, ...]) -> bool:
    return len(set(outcome)) == 1 and outcome[0] in SPLIT_FREE


def verdict(case: Case, outcome: tuple[str, ...]) -> str:
    accepted = case.accepted()
    if outcome in accepted or (NOSPLIT in accepted and is_unsplit(outcome)):
        return RIGHT
    for i, got in enumerate(outcome):
        if got in SPLIT_FREE:
            continue
        if not any(a != NOSPLIT and a[i] == got for a in accepted):
            return WRONG
    return NOT_SPLIT


def judge(case: Case, tmp: Path) -> tuple[str, tuple[str, ...] | str]:
    try:
        outcome = run_reply(tmp, case.names, case.text, via=case.via, quote=case.quote,
                            manager_name=case.manager_name, recruiter_name=case.recruiter_name)
    except SetupFailed as exc:
        return SETUP, str(exc)
    return verdict(case, outcome), outcome

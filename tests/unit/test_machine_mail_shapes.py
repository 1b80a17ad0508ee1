"""Machine mail is judged whatever its shape (issue 12, class 1): the tuning bounces, delay warnings and feedback
reports, mutated as real MTAs, archives and test suites shape mail (tests/mutations.py), are never refused as
unreadable and never read as a person's words. bench/unreadable_shapes.py prints the same on every seed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from helpers import make_config
from mutations import REMOVES_THE_REPORT, all_mutations, seeds
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
EVERY = 25  # a fixed sample of the seeds keeps the unit run short; the bench reads them all
MUTATIONS = all_mutations()
PERSON = (Kind.REPLY, Kind.OTHER_REPLY, Kind.COMMAND, Kind.SUBMISSION)


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return make_config(tmp_path_factory.mktemp("shapes"))


def verdict(raw: bytes, config) -> Kind:
    """The daemon's verdict as if the mail sat in a tracked thread whose manager is its sender (the worst case)."""
    msg = parse(raw)  # must not raise
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


@pytest.fixture(scope="module")
def sample(config) -> tuple[tuple[str, bytes], ...]:
    """The sampled seeds mailer judges a bounce or complaint as they are (the mutations' starting point)."""
    return tuple((path, raw) for path, raw in seeds()[::EVERY]
                 if verdict(raw, config) in (Kind.BOUNCE, Kind.COMPLAINT))


@pytest.mark.parametrize("family,name,mutate", MUTATIONS, ids=[f"{f}: {n}" for f, n, _ in MUTATIONS])
def test_a_mutated_report_is_judged_as_machine_mail(config, sample, family, name, mutate):
    wrong = []
    applied = 0
    for path, raw in sample:
        mutated = mutate(raw)
        if mutated is None:
            continue
        applied += 1
        try:
            kind = verdict(mutated, config)
        except Exception as exc:  # noqa: BLE001 - the figure is which seeds, not the first one
            wrong.append(f"{path}: refused ({exc})")
            continue
        if kind in PERSON and ((family, name) not in REMOVES_THE_REPORT or machine_signs(parse(mutated).parsed)):
            wrong.append(f"{path}: {kind.value}")
    assert applied, f"{family}: {name} applies to none of the sampled seeds: it tests nothing"
    assert wrong == []


def test_the_sample_holds_reports_of_every_shape_the_mutations_need(sample):
    assert len(sample) >= 20
    assert any(b"multipart/report" in raw.lower() for _, raw in sample)
    assert any(b"multipart/" not in raw.lower() for _, raw in sample)  # a plain-text bounce too


@settings(max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_two_mutations_at_once_still_leave_machine_mail_judged(config, sample, data):
    """Real mail rarely has one oddity: an archive's mbox line on a bounce whose From was already empty."""
    path, raw = data.draw(st.sampled_from(sample))
    chosen = data.draw(st.lists(st.sampled_from(MUTATIONS), min_size=2, max_size=3))
    for _, _, mutate in chosen:
        raw = mutate(raw) or raw
    kind = verdict(raw, config)  # never refused
    if not any((family, name) in REMOVES_THE_REPORT for family, name, _ in chosen):
        assert kind not in PERSON, path

"""Digests carry what people wrote (a candidate's name and role from a submission, a mentor's answer from a
check-in reply): in the HTML part each shows as text, and a template expression in it stays literal."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

import pytest

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.digests import DigestDue, compose_digest
from mailer.mentoring.schedule import Slot
from mailer.store import Store

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
MARIA, RITA = "maria@acme.test", "rita@acme.test"
PAYLOADS = ["<img src=x onerror=alert(1)>", "</style><script>alert(2)</script>"]


def digest_parts(tmp_path, audience, person, payload):
    text = config_text(extra="digests:\n  recruiter: every monday at 08:00\n  manager: every monday at 09:00\n")
    text = text.replace(f"  - email: {MARIA}\n", f"  - email: {MARIA}\n    digest: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "state.db")
    with store.transaction():
        store.add_submission("k1", MARIA, RITA, payload + " {{ 7*7 }}", payload, payload, "m1@x", (),
                             NOW - timedelta(days=5))
        store.add_journal(RITA, MARIA, None, payload, payload + " {{ 7*7 }}", NOW - timedelta(days=2), "j1")
    mail, _ = compose_digest(store, config, environment(config.templates),
                             DigestDue(audience, person, Slot(NOW.date(), NOW)), NOW)
    store.close()
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("audience,person", [("recruiter", RITA), ("manager", MARIA)])
def test_what_people_wrote_shows_as_text_in_a_digests_html(tmp_path, audience, person, payload):
    text, html = digest_parts(tmp_path, audience, person, payload)
    assert payload in text  # the digest does say it
    assert payload not in html and "<img" not in html and "<script" not in html
    assert payload.replace("<", "&lt;").replace(">", "&gt;") in html
    assert "{{ 7*7 }}" in text and "{{ 7*7 }}" in html

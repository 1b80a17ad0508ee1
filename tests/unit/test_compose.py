"""Composed mail: threading headers, From/Reply-To, encoding, no header injection, both bodies."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

import pytest

from helpers import make_config
from mailer.compose import Thread, TemplateProblem, compose, environment, render
from mailer.model import Due, DueItem, State, Submission

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=timezone.utc)


def sub(i, candidate="Jane Doe", recruiter="rita@acme.test", subject="Candidate: Jane Doe – Backend"):
    return Submission(i, "maria@acme.test", recruiter, candidate, "Backend", subject, f"orig{i}@acme.test",
                      ("older@acme.test",), NOW - timedelta(days=4), State.OPEN)


def parsed(mail):
    return email.message_from_bytes(mail.raw, policy=email.policy.default)


def test_single_followup_threads_under_the_original(tmp_path):
    cfg = make_config(tmp_path)
    due = Due("manager", "maria@acme.test", "maria@acme.test", (DueItem(sub(1), 0, timedelta(hours=20)),))
    mail = compose(cfg, environment(cfg.templates), due, Thread("Candidate: Jane Doe – Backend",
                                                                ("older@acme.test", "orig1@acme.test")), "inst", NOW)
    msg = parsed(mail)
    assert msg["Subject"] == "Re: Candidate: Jane Doe – Backend"
    assert msg["In-Reply-To"] == "<orig1@acme.test>"
    assert msg["References"] == "<older@acme.test> <orig1@acme.test>"
    assert msg["Message-ID"] == f"<{mail.message_id}>" and mail.message_id.endswith("@acme.test")
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["From"].addresses[0].addr_spec == "mailer@acme.test"
    assert msg["From"].addresses[0].display_name == "Rita Recruiter via Acme Recruiting"
    assert [a.addr_spec for a in msg["Reply-To"].addresses] == ["rita@acme.test", "mailer@acme.test"]
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Jane Doe" in text and "<strong>Jane Doe</strong>" in html
    assert set(mail.recipients) == {"maria@acme.test", "mailer@acme.test"}  # the delivery copy


def test_message_id_is_fixed_per_key_and_database():
    from mailer.compose import message_id
    assert message_id("a", "k", "x.test") == message_id("a", "k", "x.test")
    assert message_id("a", "k", "x.test") != message_id("b", "k", "x.test")
    assert message_id("a", "k", "x.test") != message_id("a", "k2", "x.test")


def test_cc_recruiter_and_non_ascii_names_are_encoded(tmp_path):
    cfg = make_config(tmp_path, recruiters=[("zoe@acme.test", "Zoë Ødegård", None)])
    s = sub(1, candidate="Łukasz Żółw", recruiter="zoe@acme.test", subject="Candidate: Łukasz Żółw – Backend")
    due = Due("manager", "maria@acme.test", "maria@acme.test", (DueItem(s, 1, timedelta(hours=20)),))
    mail = compose(cfg, environment(cfg.templates), due, Thread(s.subject, ("orig1@acme.test",)), "inst", NOW)
    assert all(b < 128 for b in mail.raw)  # headers encoded, bodies transfer-encoded
    msg = parsed(mail)
    assert msg["From"].addresses[0].display_name == "Zoë Ødegård via Acme Recruiting"
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["zoe@acme.test"]
    assert msg["Subject"] == "Re: Candidate: Łukasz Żółw – Backend"


def test_crlf_in_input_never_reaches_a_header(tmp_path):
    cfg = make_config(tmp_path)
    evil = sub(1, candidate="Eve\r\nBcc: victim@evil.test", subject="Candidate: Eve\r\nBcc: victim@evil.test")
    due = Due("manager", "maria@acme.test", "maria@acme.test", (DueItem(evil, 0, timedelta(hours=20)),))
    mail = compose(cfg, environment(cfg.templates), due, Thread(evil.subject, ()), "inst", NOW)
    msg = parsed(mail)
    assert msg["Bcc"] is None
    assert "victim@evil.test" not in "".join(msg.keys())
    assert msg["Subject"] == "Re: Candidate: Eve Bcc: victim@evil.test"


def test_html_body_escapes_candidate_text(tmp_path):
    cfg = make_config(tmp_path)
    s = sub(1, candidate="<script>alert(1)</script>")
    due = Due("manager", "maria@acme.test", "maria@acme.test", (DueItem(s, 0, timedelta(hours=20)),))
    mail = compose(cfg, environment(cfg.templates), due, Thread(s.subject, ()), "inst", NOW)
    html = parsed(mail).get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_grouped_mail_uses_the_digest_and_lists_candidates_numbered(tmp_path):
    cfg = make_config(tmp_path)
    items = tuple(DueItem(sub(i, candidate=f"Cand {i}"), 0, timedelta(hours=9 * i)) for i in (1, 2, 3))
    due = Due("manager", "maria@acme.test", "maria@acme.test", items)
    mail = compose(cfg, environment(cfg.templates), due, Thread("x", ("d1@acme.test",)), "inst", NOW)
    text = parsed(mail).get_body(("plain",)).get_content()
    assert mail.kind == "digest" and mail.subject == "Candidates waiting for your answer"
    for i in (1, 2, 3):
        assert f"{i}. Cand {i}" in text
    assert parsed(mail)["In-Reply-To"] == "<d1@acme.test>"


def test_undefined_variable_in_a_template_fails_loudly(tmp_path):
    (tmp_path / "broken.txt.j2").write_text("{% set subject = 'x' %}{{ no_such_thing }}")
    (tmp_path / "broken.html.j2").write_text("<p>x</p>")
    with pytest.raises(TemplateProblem, match="no_such_thing"):
        render(environment(tmp_path), "broken", {})


def test_template_without_subject_is_refused(tmp_path):
    (tmp_path / "nosubj.txt.j2").write_text("hello")
    (tmp_path / "nosubj.html.j2").write_text("<p>x</p>")
    with pytest.raises(TemplateProblem, match="must set a subject"):
        render(environment(tmp_path), "nosubj", {})


@pytest.mark.parametrize("name,address,expected", [
    ("Maria Manager", "maria@x", "Maria"), ("", "jane.doe-42@x", "Jane"), ("", "aaron-8c5090@x", "Aaron"),
    ("", "j1@x", "there"), ("  ", "x9@x", "there")])
def test_first_name(name, address, expected):
    from mailer.compose import first_name
    assert first_name(name, address) == expected


def test_unlisted_manager_is_greeted_by_the_name_the_recruiter_wrote(tmp_path):
    from dataclasses import replace
    cfg = make_config(tmp_path)
    s = replace(sub(1), manager="aaron-8c5090@other.test", manager_name="Aaron Able")
    due = Due("manager", s.manager, s.manager, (DueItem(s, 0, timedelta(hours=20)),))
    msg = parsed(compose(cfg, environment(cfg.templates), due, Thread(s.subject, ()), "inst", NOW))
    assert msg["To"].addresses[0].display_name == "Aaron Able"
    assert msg.get_body(("plain",)).get_content().startswith("Hi Aaron,")


def test_a_template_that_is_not_utf8_is_a_template_problem(tmp_path):
    # A Windows editor's Latin-1 "café": `mailer check` printed a traceback calling it a bug in mailer.
    (tmp_path / "latin.txt.j2").write_bytes("{% set subject = 'x' %}Un café ?".encode("latin-1"))
    (tmp_path / "latin.html.j2").write_text("<p>x</p>")
    with pytest.raises(TemplateProblem, match=r"template latin: not UTF-8 text \(byte 0xe9 at position 29\): save it as UTF-8"):
        render(environment(tmp_path), "latin", {})

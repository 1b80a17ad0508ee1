"""The rule table: submissions, replies, own mail, strangers — in that precedence."""

from email.message import EmailMessage

from helpers import make_config
from mailer.classify import Context, classify
from mailer.model import Kind, State, Submission
from mailer.parse import parse

from datetime import datetime, timezone


def raw(sender, to, cc=(), subject="Candidate: Jane Doe – Backend", headers=None, body="See attached."):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Message-ID"] = "<x1@client.test>"
    msg["Date"] = "Mon, 30 Nov 2026 10:00:00 +0000"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return parse(bytes(msg))


NONE = Context()


def sub(i, manager="maria@acme.test", subject="Candidate: Jane Doe – Backend"):
    return Submission(i, manager, "rita@acme.test", "Jane Doe", "Backend", subject, f"s{i}@x", (),
                      datetime(2026, 11, 25, tzinfo=timezone.utc), State.OPEN)


def test_cc_submission_to_one_manager(tmp_path):
    cfg = make_config(tmp_path)
    v = classify(raw("Rita <rita@acme.test>", ["maria@acme.test"], ["mailer@acme.test"]), cfg, NONE)
    assert (v.kind, v.managers, v.recruiter, v.bcc) == (Kind.SUBMISSION, ("maria@acme.test",), "rita@acme.test", False)


def test_several_managers_in_to_give_one_submission_each_and_alias_maps_to_manager(tmp_path):
    cfg = make_config(tmp_path, extra="")
    text = (tmp_path / "config.yaml").read_text().replace("    name: Maria Manager", "    name: Maria Manager\n    aliases: [mm@acme.test]")
    (tmp_path / "config.yaml").write_text(text)
    from mailer.config import load
    cfg = load(tmp_path / "config.yaml")
    v = classify(raw("rita@acme.test", ["mm@acme.test", "nate@acme.test"], ["mailer@acme.test"]), cfg, NONE)
    assert v.kind is Kind.SUBMISSION and v.managers == ("maria@acme.test", "nate@acme.test")


def test_bcc_submission_is_accepted_and_flagged(tmp_path):
    cfg = make_config(tmp_path)
    v = classify(raw("rita@acme.test", ["maria@acme.test"]), cfg, NONE)
    assert v.kind is Kind.SUBMISSION and v.bcc


def test_unknown_sender_is_ignored(tmp_path):
    cfg = make_config(tmp_path)
    v = classify(raw("mallory@evil.test", ["maria@acme.test"], ["mailer@acme.test"]), cfg, NONE)
    assert v.kind is Kind.IGNORED and "mallory@evil.test" in v.reason


def test_unlisted_manager_tracked_or_ignored_by_config(tmp_path):
    cfg = make_config(tmp_path)
    assert classify(raw("rita@acme.test", ["olga@acme.test"], ["mailer@acme.test"]), cfg, NONE).managers == ("olga@acme.test",)
    cfg = make_config(tmp_path, extra="unknown_managers: ignore\n")
    assert classify(raw("rita@acme.test", ["olga@acme.test"], ["mailer@acme.test"]), cfg, NONE).kind is Kind.IGNORED


def test_reply_from_the_threads_manager_answers_it(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("maria@acme.test", ["rita@acme.test"], ["mailer@acme.test"], subject="Re: Candidate: Jane Doe – Backend",
              headers={"In-Reply-To": "<s1@x>", "References": "<s1@x>"})
    v = classify(msg, cfg, Context(in_thread=(sub(1),)))
    assert (v.kind, v.answers) == (Kind.REPLY, (1,))


def test_reply_from_someone_else_in_the_thread_does_not_answer(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("rita@acme.test", ["maria@acme.test"], ["mailer@acme.test"], headers={"In-Reply-To": "<s1@x>"})
    v = classify(msg, cfg, Context(in_thread=(sub(1),)))
    assert v.kind is Kind.OTHER_REPLY and v.speaker == "recruiter" and not v.commands
    colleague = raw("bob@acme.test", ["maria@acme.test"], ["mailer@acme.test"], headers={"In-Reply-To": "<s1@x>"})
    v = classify(colleague, cfg, Context(in_thread=(sub(1),)))
    assert v.kind is Kind.OTHER_REPLY and not v.answers and not v.speaker


def test_reply_without_thread_headers_matches_by_manager_and_subject(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("maria@acme.test", ["rita@acme.test"], subject="RE: AW: Candidate: Jane Doe – Backend")
    v = classify(msg, cfg, Context(of_sender=(sub(1), sub(2, subject="Candidate: Other – X"))))
    assert (v.kind, v.answers) == (Kind.REPLY, (1,))


def test_mailers_own_mail_is_never_input(tmp_path):
    cfg = make_config(tmp_path)
    assert classify(raw("mailer@acme.test", ["maria@acme.test"]), cfg, NONE).kind is Kind.OWN
    assert classify(raw("rita@acme.test", ["maria@acme.test"]), cfg, Context(own_message=True)).kind is Kind.OWN


def test_out_of_office_from_the_manager_is_not_an_answer(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("maria@acme.test", ["mailer@acme.test"], subject="Automatic reply: Candidate: Jane Doe – Backend",
              headers={"In-Reply-To": "<s1@x>", "Auto-Submitted": "auto-replied"})
    assert classify(msg, cfg, Context(in_thread=(sub(1),))).kind is Kind.AUTO_REPLY

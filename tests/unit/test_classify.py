"""The rule table: submissions, replies, own mail, strangers — in that precedence."""

from email.message import EmailMessage

from helpers import make_config
from mailer.reading.classify import Context, classify
from mailer.model import Kind, State, Submission
from mailer.reading.parse import parse

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
    from mailer.config.load import load
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


def test_a_listed_manager_named_as_delegate_still_answers_for_themself(tmp_path):
    cfg = make_config(tmp_path)
    nates = sub(2, manager="nate@acme.test")
    msg = raw("nate@acme.test", ["mailer@acme.test"], headers={"In-Reply-To": "<s2@x>"}, body="interview")
    v = classify(msg, cfg, Context(in_thread=(nates,), delegates={"nate@acme.test": "maria@acme.test"}))
    assert (v.kind, v.answers) == (Kind.REPLY, (2,))


def test_the_recruiter_named_as_delegate_is_still_the_recruiter(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("rita@acme.test", ["maria@acme.test"], headers={"In-Reply-To": "<s1@x>"}, body="any news?")
    v = classify(msg, cfg, Context(in_thread=(sub(1),), delegates={"rita@acme.test": "maria@acme.test"}))
    assert v.kind is Kind.OTHER_REPLY and v.speaker == "recruiter"


def test_an_outside_delegate_answers_for_the_absent_manager(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("dana@acme.test", ["mailer@acme.test"], headers={"In-Reply-To": "<s1@x>"}, body="pass")
    v = classify(msg, cfg, Context(in_thread=(sub(1),), delegates={"dana@acme.test": "maria@acme.test"}))
    assert (v.kind, v.answers, v.reason) == (Kind.REPLY, (1,), "reply from the manager's delegate")


def test_a_new_submission_quoting_older_mail_is_not_taken_for_a_forward(tmp_path):
    cfg = make_config(tmp_path)
    body = "Another one for you.\n\nFrom: Maria Manager <maria@acme.test>\nSent: Monday\n\nJane Doe looks good\n"
    msg = raw("rita@acme.test", ["maria@acme.test"], ["mailer@acme.test"], subject="Candidate: John Roe – SRE", body=body)
    v = classify(msg, cfg, Context(of_recruiter=(sub(1),)))
    assert v.kind is Kind.SUBMISSION


def test_candidate_names_match_whole_words_only(tmp_path):
    cfg = make_config(tmp_path)
    li = Submission(1, "maria@acme.test", "rita@acme.test", "Li", "", "Candidate: Li", "s1@x", (),
                    datetime(2026, 11, 25, tzinfo=timezone.utc), State.OPEN)
    msg = raw("maria@acme.test", ["rita@acme.test"], subject="Lunch", body="I really liked the offsite.")
    assert classify(msg, cfg, Context(of_sender=(li,))).kind is not Kind.REPLY
    msg = raw("maria@acme.test", ["rita@acme.test"], subject="About Li", body="Happy to meet Li.")
    assert classify(msg, cfg, Context(of_sender=(li,))).kind is Kind.REPLY


def test_required_trust_applies_to_auto_replies_too(tmp_path):
    cfg = make_config(tmp_path, trust=None,  # the old keys still work
                      extra="replies:\n  require_authenticated_senders: true\n  authserv_ids: [mx.acme.test]\n")
    forged = raw("maria@acme.test", ["mailer@acme.test"], subject="Automatic reply: x",
                 headers={"Auto-Submitted": "auto-replied"}, body="Back on 2030-01-07. Contact eve@evil.test")
    v = classify(forged, cfg, Context(in_thread=(sub(1),)))
    assert v.kind is Kind.IGNORED and "not authenticated" in v.reason


def test_recruiter_forwarding_inside_the_thread_is_the_managers_answer(tmp_path):
    cfg = make_config(tmp_path)
    body = ("---------- Forwarded message ---------\nFrom: Maria Manager <maria@acme.test>\nDate: Tue\n"
            "Subject: Re: Candidate: Jane Doe – Backend\n\nLet's interview her.\n")
    msg = raw("rita@acme.test", ["mailer@acme.test"], subject="Fwd: Re: Candidate: Jane Doe – Backend", body=body,
              headers={"In-Reply-To": "<s1@x>", "References": "<s1@x>"})
    v = classify(msg, cfg, Context(in_thread=(sub(1),), of_recruiter=(sub(1),)))
    assert (v.kind, v.answers) == (Kind.REPLY, (1,)) and "interview her" in v.reply_text


def test_a_new_manager_in_a_tracked_thread_makes_a_new_submission(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("rita@acme.test", ["nate@acme.test"], ["mailer@acme.test"], subject="Fwd: Candidate: Jane Doe – Backend",
              headers={"In-Reply-To": "<s1@x>"})
    v = classify(msg, cfg, Context(in_thread=(sub(1),)))
    assert (v.kind, v.managers) == (Kind.SUBMISSION, ("nate@acme.test",))


def test_a_numbered_answer_to_a_grouped_mail_without_thread_headers_uses_its_list(tmp_path):
    cfg = make_config(tmp_path)
    listed = (sub(1), sub(2, subject="Candidate: Bob Baker – Ops"))
    msg = raw("maria@acme.test", ["mailer@acme.test"], subject="RE: Candidates waiting for your answer",
              body="1 interview, 2 pass")
    v = classify(msg, cfg, Context(of_sender=listed, listed=listed, now=datetime(2026, 11, 25, tzinfo=timezone.utc)))
    assert v.kind is Kind.REPLY and [(c.item, c.verb) for c in v.commands] == [(1, "interview"), (2, "pass")]


def test_reply_all_thanking_a_colleague_in_the_thread_is_not_a_submission(tmp_path):
    cfg = make_config(tmp_path)
    msg = raw("rita@acme.test", ["tom@acme.test", "maria@acme.test"], ["mailer@acme.test"],
              subject="Re: Candidate: Jane Doe – Backend", headers={"In-Reply-To": "<s1@x>"}, body="Thanks Tom!")
    assert classify(msg, cfg, Context(in_thread=(sub(1),))).kind is Kind.OTHER_REPLY


def test_an_attachment_without_a_name_in_the_thread_is_not_a_new_candidate(tmp_path):
    from email.message import EmailMessage as EM
    from mailer.reading.parse import parse as parse_raw
    cfg = make_config(tmp_path)
    m = EM()
    m["From"], m["To"], m["Subject"], m["In-Reply-To"] = "rita@acme.test", "maria@acme.test", "Re: x", "<s1@x>"
    m.set_content("references attached")
    m.add_attachment(b"x", maintype="application", subtype="pdf", filename="references.pdf")
    assert classify(parse_raw(bytes(m)), cfg, Context(in_thread=(sub(1),))).kind is Kind.OTHER_REPLY

"""Machine mail on real third-party messages (tests/data/corpus): judged before the From rule, feedback
reports as complaints, never an answer, give-up notices final, and detectors that skip attachments."""

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from corpus import CORPUS, load, rows
from helpers import make_config
from mailer.compose import environment
from mailer.effects import Effects
from mailer.model import Kind, OutgoingMail, State, Submission
from mailer.reading import bounce as bounces, machine
from mailer.reading.classify import Context, Verdict, classify
from mailer.reading.parse import NULL_SENDER_DOMAIN, parse
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def in_thread_of_sender(raw: bytes, config) -> Verdict:
    """Classify as if the mail sat in a tracked thread whose manager is its sender (the worst case)."""
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW))


def test_null_and_domainless_senders_are_judged_not_refused():
    # Real bounces whose From is "MAILER-DAEMON" (no domain) or "<>".
    raw = (CORPUS / "chatwoot_fixtures/bounced_with_no_from.eml").read_bytes()
    msg = parse(raw)
    assert msg.sender.email.endswith("@" + NULL_SENDER_DOMAIN)
    refused = []
    for r in rows("bounce") + rows("complaint") + rows("auto_reply"):
        try:
            parse((CORPUS / r["path"]).read_bytes())
        except Exception as exc:  # noqa: BLE001
            refused.append((r["path"], str(exc)))
    assert refused == []


def test_a_person_without_a_usable_from_is_still_refused():
    with pytest.raises(Exception, match="no valid From"):
        parse(b"From: Maria\r\nTo: mailer@acme.test\r\nSubject: Re: Jane\r\n\r\nInterview.\r\n")


def test_headers_after_a_leading_blank_line_are_read():
    msg = parse(b"\r\n\r\nFrom: maria@acme.test\r\nTo: mailer@acme.test\r\nSubject: Re: Jane\r\n\r\nyes\r\n")
    assert (msg.sender.email, msg.subject) == ("maria@acme.test", "Re: Jane")


def test_the_corpus_loader_skips_blank_lines_before_the_headers_as_parse_does(tmp_path):
    # A report saved with an empty line and a line of spaces before its headers (a mail exported by hand): the
    # daemon reads it as a DSN, and the corpus figures must judge the same message, not a header-less body.
    raw = (b"\n     \nFrom: postmaster@example.net\nTo: rita@acme.test\nSubject: Delivery Status Notification\n"
           b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n"
           b"--B\nContent-Type: text/plain\n\nDelivery to dana@example.net failed.\n\n"
           b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
           b"Final-Recipient: rfc822; dana@example.net\nAction: failed\nStatus: 5.1.1\n\n--B--\n")
    path = tmp_path / "saved-report.eml"
    path.write_bytes(raw)
    found = bounces.detect_bounce(load(path))
    assert found is not None and found.addresses == {"dana@example.net"} and found.permanent
    assert bounces.detect_bounce(parse(raw).parsed) == found


def test_every_feedback_report_is_a_complaint_and_no_bounce():
    reports = rows("complaint")
    assert len(reports) >= 10
    for r in reports:
        msg = load(r["path"])
        assert bounces.detect_complaint(msg) is not None, r["path"]
        assert bounces.detect_bounce(msg) is None, r["path"]
    assert [r["path"] for r in rows("bounce") if bounces.detect_complaint(load(r["path"]))] == []
    assert [r["path"] for r in rows("human_reply") if bounces.detect_complaint(load(r["path"]))] == []


def test_machine_mail_is_never_an_answer_even_in_a_tracked_thread(tmp_path):
    config = make_config(tmp_path)
    answers = []
    for r in rows("bounce") + rows("complaint") + rows("auto_reply"):
        kind = in_thread_of_sender((CORPUS / r["path"]).read_bytes(), config).kind
        if kind in (Kind.REPLY, Kind.OTHER_REPLY, Kind.COMMAND):
            answers.append((r["path"], kind.value))
    assert answers == []


def _mail(headers: str, body: str = "Interview please.") -> bytes:
    return (headers.strip() + "\nTo: mailer@acme.test\nMessage-ID: <m1@acme.test>\n\n" + body + "\n").encode()


@pytest.mark.parametrize("headers", [
    "From: neko-admin@lists.example\nSubject: Re: Jane Doe\nX-MLServer: fml [fml 4.0.3]",
    "From: team-request@lists.example\nSubject: Jane Doe\nList-Id: <team.lists.example>",
    "From: owner-team@lists.example\nSubject: Jane Doe\nMailing-List: contact team-help@lists.example",
    "From: Team <team@lists.example>\nSubject: Jane Doe\nX-List-Administrivia: yes\nList-Id: <team.lists.example>",
    "From: majordomo@lists.example\nSubject: Welcome to team: Jane Doe",
    "From: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: Re: Jane Doe\nPrecedence: bulk",
    "From: Maria <maria@acme.test>\nSubject: Fwd: Returned mail: see transcript for details",
    "From: Maria <maria@acme.test>\nSubject: RE: Jane Doe : non remis (delivery failed)",
])
def test_list_robots_no_reply_senders_and_failure_notices_are_never_answers(tmp_path, headers):
    verdict = in_thread_of_sender(_mail(headers), make_config(tmp_path))
    assert verdict.kind in (Kind.IGNORED, Kind.AUTO_REPLY, Kind.BOUNCE), verdict.reason


@pytest.mark.parametrize("headers", [
    # a person's post through a mailing list, and a person whose address merely ends in "-admin"
    "From: Maria <maria@acme.test>\nSubject: Re: Jane Doe\nMailing-List: contact team-help@lists.example\n"
    "X-MLServer: fml [fml 4.0.3]",
    "From: IT Admin <it-admin@acme.test>\nSubject: Re: Candidate: Jane Doe - Backend",
    "From: Maria <maria@acme.test>\nSubject: Re: Candidate: Jane Doe – Delivery Lead",
])
def test_people_on_lists_and_lookalike_addresses_still_answer(tmp_path, headers):
    assert in_thread_of_sender(_mail(headers), make_config(tmp_path)).kind is Kind.REPLY


def test_a_complaint_stops_mail_to_the_reporter_and_tells_ops_once(tmp_path):
    config = make_config(tmp_path, extra="ops: [olga@acme.test]\n")
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub_id = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                                      "s1@x", (), NOW - timedelta(days=2))
        out = store.enqueue(OutgoingMail("f1", "f1@acme.test", "followup", "maria@acme.test", "manager",
                                         "mailer@acme.test", ("maria@acme.test", "mailer@acme.test"), b"x",
                                         "Re: Candidate: Jane Doe"), NOW)
        store.add_listing(out, [sub_id])
    found = bounces.Complaint(frozenset({"maria@acme.test"}), "<f1@acme.test>", "abuse")
    for _ in range(2):  # the same report twice: one notice
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "staff@hotmail.test", "mailer@acme.test", "x", "<r@x>"
        msg.set_content("report")
        with store.transaction():
            Effects(store, config, environment(config.templates), parse(bytes(msg)), NOW).apply(
                Verdict(Kind.COMPLAINT, "feedback report", complaint=found))
    assert "maria@acme.test" in store.failing()
    notices = [row for row in store.outbox() if row.kind == "complaint_notice"]
    assert [n.recipients[0] for n in notices] == ["olga@acme.test"]
    store.close()


def test_give_up_notices_are_final_and_retrying_failures_are_not():
    give_up = "This message was created automatically by mail delivery software.\nA message that you sent " \
              "could not be delivered to one or more of its recipients. Retry timeout exceeded.\n"
    assert bounces._final(False, give_up) is True
    assert bounces._final(True, "550 5.2.2 mailbox full; the message will be retried for 5 days") is False
    assert bounces._final(True, "550 5.1.1 user unknown") is True


def test_a_submission_with_a_resume_never_reaches_the_scanners(monkeypatch):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "rita@acme.test", "maria@acme.test", "Candidate: Jane Doe – Backend"
    msg.set_content("Hi Maria, Jane would be great. Résumé attached.")
    msg.add_attachment(b"%PDF-1.4 " + bytes(range(256)) * 600, maintype="application", subtype="pdf",
                       filename="Jane_Doe_CV.pdf")
    assert machine.machine_signs(msg) is None
    monkeypatch.setattr(bounces, "_flufl", lambda m: pytest.fail("flufl ran on a person's submission"))
    assert bounces.detect_bounce(msg) is None


def test_scanners_on_machine_mail_see_no_attachment_bytes():
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "MAILER-DAEMON@x.test", "Undelivered Mail Returned to Sender"
    msg.set_content("could not be delivered to maria@acme.test: 550 5.1.1 user unknown")
    msg.add_attachment(b"x" * 10_000, maintype="application", subtype="octet-stream", filename="a.bin")
    light = machine.without_attachments(msg)
    assert all(len(p.get_payload()) == 0 for p in light.walk() if p.get_content_maintype() == "application")
    assert bounces.detect_bounce(msg) is not None


def test_amazon_ses_notifications_by_mail_are_read_from_their_json():
    found = bounces.detect_bounce(load("sisimai_set_of_emails/maildir/bsd/lhost-amazonses-09.eml"))
    assert found is not None and found.permanent and found.addresses == {"bounce@simulator.amazonses.com"}
    assert "550 5.1.1" in found.diagnostic


def _report_twice(tmp_path, feedback_type: str, ops: bool = True):
    config = make_config(tmp_path, extra="ops: [olga@acme.test]\n" if ops else "")
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub_id = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                                      "s1@x", (), NOW - timedelta(days=2))
        out = store.enqueue(OutgoingMail("f1", "f1@acme.test", "followup", "maria@acme.test", "manager",
                                         "mailer@acme.test", ("maria@acme.test", "mailer@acme.test"), b"x",
                                         "Re: Candidate: Jane Doe"), NOW)
        store.add_listing(out, [sub_id])
    found = bounces.Complaint(frozenset({"maria@acme.test"}), "<f1@acme.test>", feedback_type)
    for n in range(2):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "dmarc-noreply@mx.test", "mailer@acme.test", "Report"
        msg["Message-ID"] = f"<r{n}@x>"
        msg.set_content("report")
        with store.transaction():
            Effects(store, config, environment(config.templates), parse(bytes(msg)), NOW).apply(
                Verdict(Kind.COMPLAINT, "feedback report", complaint=found))
    return store


@pytest.mark.parametrize("feedback_type, objection", [
    ("abuse", True), ("fraud", True), ("opt-out", True), ("virus", True), ("other", True), ("x-unknown", True),
    ("auth-failure", False), ("not-spam", False)])
def test_only_a_recipients_objection_counts_as_a_complaint(feedback_type, objection):
    assert bounces.Complaint(frozenset(), None, feedback_type).objection is objection


def test_a_dmarc_failure_report_keeps_mailing_the_recipient_and_tells_ops_once_a_day(tmp_path):
    store = _report_twice(tmp_path, "auth-failure")
    assert "maria@acme.test" not in store.failing()
    notices = [row for row in store.outbox() if row.kind == "complaint_notice"]
    assert [n.recipients[0] for n in notices] == ["olga@acme.test"]
    text = notices[0].raw.decode("utf-8", "replace")
    assert "failed a server's authentication check" in text and "SPF and DKIM" in text
    assert "stopped mailing" not in text
    store.close()


def test_a_not_spam_report_changes_nothing_but_the_record(tmp_path):
    store = _report_twice(tmp_path, "not-spam")
    assert "maria@acme.test" not in store.failing()
    assert [row for row in store.outbox() if row.kind == "complaint_notice"] == []
    store.close()


def _notice_text(row) -> tuple[str, str]:
    from email import message_from_bytes, policy
    msg = message_from_bytes(row.raw, policy=policy.default)
    return msg["Subject"], msg.get_body(("plain",)).get_content()


def test_with_no_ops_a_dmarc_failure_report_asks_the_recruiter_to_forward_it_to_whoever_runs_the_mail_domain(
        tmp_path):
    """A recruiter cannot check SPF/DKIM records: the notice says who can (found in review). Ops are not asked."""
    for ops, recipient in ((False, "rita@acme.test"), (True, "olga@acme.test")):
        (tmp_path / recipient).mkdir()
        store = _report_twice(tmp_path / recipient, "auth-failure", ops=ops)
        [notice] = [row for row in store.outbox() if row.kind == "complaint_notice"]
        subject, text = _notice_text(notice)
        assert notice.recipients[0] == recipient
        assert subject == "My mail to maria@acme.test failed a server's authentication check"
        assert ("forward this to whoever runs the mail domain" in " ".join(text.split())) is not ops, text
        store.close()


def test_a_complaint_notice_speaks_in_the_same_voice_as_the_other(tmp_path):
    """Subjects said "My mail to … failed" and "… reported mailer's mail as unwanted": one voice, mailer's "my"."""
    store = _report_twice(tmp_path, "abuse")
    [notice] = [row for row in store.outbox() if row.kind == "complaint_notice"]
    assert _notice_text(notice)[0] == "maria@acme.test reported my mail as unwanted"
    store.close()


def test_a_report_that_is_not_a_complaint_is_recorded_as_a_feedback_report_not_a_complaint(tmp_path):
    store = _report_twice(tmp_path, "not-spam")
    recorded = [(e["kind"], e["detail"]) for e in store.events() if "not-spam" in e["detail"]]
    assert recorded and {kind for kind, _ in recorded} == {"feedback_report"}, recorded
    store.close()

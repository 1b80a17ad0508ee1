"""Bounce detection measured on the copied third-party corpus (tests/data/corpus)."""

import csv
import email
import email.policy
import re

from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.bounce import Bounce, detect_bounce
from mailer.reading.replytext import reply_text
from corpus import CORPUS, load, rows


def test_corpus_is_there():
    assert len(rows("bounce")) >= 300 and len(rows("human_reply")) >= 140


def test_no_human_reply_is_a_bounce():
    hits = [(r["path"], b.rule) for r in rows("human_reply") if (b := detect_bounce(load(r["path"])))]
    print("human replies taken for bounces:", hits)
    assert hits == []


def test_bounces_are_detected():
    labelled = rows("bounce")
    misses = [r["path"] for r in labelled if detect_bounce(load(r["path"])) is None]
    share = 1 - len(misses) / len(labelled)
    print(f"bounces detected: {len(labelled) - len(misses)}/{len(labelled)} = {share:.3f}; misses: {misses}")
    assert share >= 0.95


def test_permanence_agrees_with_flufl_expectations():
    with open(CORPUS / "flufl_bounce" / "expected.tsv", newline="", encoding="utf-8") as f:
        expected = list(csv.DictReader(f, delimiter="\t"))
    verdicts, disagree = 0, []
    for row in expected:
        found = detect_bounce(load("flufl_bounce/" + row["file"]))
        if found is None:
            continue
        verdicts += 1
        if found.permanent != (row["failure_kind"] == "permanent"):
            disagree.append((row["file"], row["failure_kind"], found.rule))
    share = 1 - len(disagree) / verdicts
    print(f"permanent/temporary agreement: {verdicts - len(disagree)}/{verdicts}; disagree: {disagree}")
    assert verdicts >= 100 and share >= 0.9


def test_delay_reports_are_temporary():
    for rel in ("flufl_bounce/dsn_05.txt", "flufl_bounce/simple_03.txt",
                "imap_tools/messages/multipart_report_emails/report_422.eml"):
        found = detect_bounce(load(rel))
        assert found is not None and found.permanent is False, (rel, found)


def test_auto_replies_and_other_reports_are_not_bounces():
    # The corpus marks no auto-reply as also being a bounce; ARF complaints, read receipts,
    # success DSNs and spam ("other") are not bounces either.
    hits = [(r["path"], b.rule) for cat in ("auto_reply", "other") for r in rows(cat)
            if (b := detect_bounce(load(r["path"])))]
    print("auto-replies / other reports taken for bounces:", hits)
    assert hits == []


def test_original_message_id_from_the_source_expectations():
    # Transcribed from INDEX.tsv's expected column (perl_bounceparser t/*.t).
    assert detect_bounce(load("perl_bounceparser/postfix.msg")).original_message_id == (
        "<20060527213404.GN13012@mta.domain-1.com>")
    assert detect_bounce(load("perl_bounceparser/postfix-malformed.msg")).original_message_id == (
        "<42@server4.example.co.uk>")
    assert detect_bounce(load("perl_bounceparser/aol.unknown.msg")).original_message_id


def test_original_message_id_matches_the_returned_message():
    checked, wrong = 0, []
    for r in rows("bounce"):
        msg = load(r["path"])
        returned = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        inner = returned[0].get_payload() if returned else None
        try:
            want = str(inner[0]["Message-ID"] or "").strip() if inner else ""
        except Exception:
            continue
        if not want:
            continue
        checked += 1
        found = detect_bounce(msg)
        got = found.original_message_id if found else None
        if got != want:
            wrong.append((r["path"], want, got))
    print(f"returned Message-IDs recovered: {checked - len(wrong)}/{checked}; wrong: {wrong}")
    assert checked >= 100 and not wrong


def test_challenge_response_is_not_a_bounce_but_an_auto_reply():
    for rel in ("perl_bounceparser/boxbe-cr.msg", "perl_bounceparser/boxbe-cr2.msg"):
        msg = load(rel)
        assert detect_bounce(msg) is None
        assert detect_auto_reply(msg) is not None


def test_bounce_is_a_frozen_value():
    found = detect_bounce(load("flufl_bounce/postfix_01.txt"))
    assert isinstance(found, Bounce) and found.permanent
    assert found.addresses == frozenset({"xxxxx@local.ie"})
    assert found.rule.startswith(("dsn:", "flufl:", "heuristic:"))


MALFORMED = [
    b"From: =?utf-8?q?bad?= <<@@>>\nTo: ;;;,,@\nSubject: =?x-unknown?b?!!!?=\n"
    b"Content-Type: text/plain; charset=\"x-nonexistent\"\nMessage-ID: <<>\nReturn-Path: <>\n\nhi\n",
    b"From: a@b\nContent-Type: multipart/report; boundary=\nContent-Transfer-Encoding: base64\n\n!!\n",
    b"Subject: =?utf-8?b?\xff\xfe?=\nFrom: \xff\xfe@\xff\nContent-Type: text/html; charset=utf-8\n\n"
    b"<html><blockquote type=cite>x</blockquote><div class=gmail_quote>",
    b"To: \"unterminated\nFrom: Foo <foo@[1.2.3\nDate: 99 Foo 9999 99:99:99\n"
    b"Content-Type: text/plain; charset*=utf-8''%ZZ\n\nx",
    b"Message-ID: [not valid]\nIn-Reply-To: (((\nContent-Type: message/rfc822\n\nFrom: x\n\n",
    b"Content-Type: message/delivery-status\n\nAction: failed\nStatus: 5.1.1\nFinal-Recipient: x\n",
    b"",
]


def test_malformed_input_never_raises():
    """Every function of the three modules, on broken messages: a verdict or None, never a crash."""
    messages = [email.message_from_bytes(raw, policy=email.policy.default) for raw in MALFORMED]
    messages += [load(r["path"]) for cat in ("malformed", "unlabelled") for r in rows(cat)]
    for msg in messages:
        bounce, rule = detect_bounce(msg), detect_auto_reply(msg)
        assert bounce is None or isinstance(bounce, Bounce)
        assert rule is None or isinstance(rule, str)
        assert isinstance(reply_text(msg), str)


def test_corrected_permanence_labels_are_met():
    # Rows whose note carries "permanence: …" (label corrections, tests/data/corpus/README.md): delay warnings
    # that a derived label called permanent, and give-up notices a file name called delayed.
    marked = [(r["path"], re.search(r"permanence: (permanent|temporary)", r["note"]).group(1))
              for r in rows("bounce") if "permanence: " in r["note"]]
    assert len(marked) == 13
    wrong = [(path, want) for path, want in marked
             if (found := detect_bounce(load(path))) is None or found.permanent != (want == "permanent")]
    assert wrong == []


def test_unlabelled_mail_inspected_as_bounces_is_caught_as_permanent():
    # Their notes say why each reads as a bounce (tests/data/corpus/README.md, "Label corrections").
    inspected = [r["path"] for r in rows("unlabelled") if "reads as: bounce" in r["note"]]
    assert len(inspected) == 5
    missed = [p for p in inspected if (found := detect_bounce(load(p))) is None or not found.permanent]
    assert missed == []

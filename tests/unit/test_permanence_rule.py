"""The label-correction rule (tests/permanence_rule.py) reads a report's own words the way the tuning corrections
were made by hand: it must reproduce each of them, and read DSNs by their Action field, not by their codes."""

import re

from corpus import CORPUS, rows
from permanence_rule import Said, carries_a_report, what_the_report_says, with_marks

DSN = """From: Mail Delivery System <MAILER-DAEMON@mx.example>
To: rita@acme.test
Subject: Delivery Status Notification
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

{words}

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example

Final-Recipient: rfc822; jane@example.org
Action: {action}
Status: {status}

--b
Content-Type: message/rfc822

From: rita@acme.test
To: jane@example.org
Subject: Backend role

{returned}
--b--
"""


def report(action: str = "failed", status: str = "5.1.1", words: str = "", returned: str = "Hello Jane") -> bytes:
    return DSN.format(action=action, status=status, words=words, returned=returned).encode()


def test_the_rule_reproduces_every_tuning_correction():
    marked = [(r["path"], re.search(r"permanence: (permanent|temporary)", r["note"]).group(1))
              for r in rows("bounce") if "permanence: " in r["note"]]
    assert len(marked) >= 13
    differ = [(path, want, said) for path, want in marked
              if (said := what_the_report_says((CORPUS / path).read_bytes())).verdict != want]
    assert differ == []


def test_every_inspected_unlabelled_bounce_carries_a_report():
    inspected = [r["path"] for r in rows("unlabelled") if "reads as: bounce" in r["note"]]
    assert len(inspected) >= 5
    assert [p for p in inspected if carries_a_report((CORPUS / p).read_bytes()) is None] == []


def test_a_give_up_is_permanent_whatever_its_code():
    assert what_the_report_says(report("failed", "4.2.2")).verdict == "permanent"


def test_a_dsn_that_only_delays_is_temporary():
    said = what_the_report_says(report("delayed", "4.4.7", "THIS IS A WARNING MESSAGE ONLY"))
    assert said == Said("temporary", "Action: delayed; ['THIS IS A WARNING MESSAGE ONLY']")


def test_without_a_dsn_the_words_decide():
    warning = b"From: MAILER-DAEMON@mx.example\nSubject: Warning\n\nDelivery attempts will continue to be made.\n"
    give_up = b"From: MAILER-DAEMON@mx.example\nSubject: Failure\n\nMessage will be deleted from queue.\n"
    silent = b"From: MAILER-DAEMON@mx.example\nSubject: Failure\n\n550 no such user\n"
    assert [what_the_report_says(m).verdict for m in (warning, give_up, silent)] == ["temporary", "permanent", None]


def test_contradicting_words_are_left_for_a_person():
    assert what_the_report_says(report("delayed", "4.0.0", "Message will be deleted from queue")).verdict is None
    both = b"From: MAILER-DAEMON@mx.example\n\nTHIS IS A WARNING MESSAGE ONLY. Giving up on one host.\n"
    assert what_the_report_says(both).verdict is None


def test_the_returned_message_is_not_the_reports_words():
    quoted = report("failed", "5.1.1", returned="THIS IS A WARNING MESSAGE ONLY, will be retried")
    assert what_the_report_says(quoted) == Said("permanent", "Action: failed")
    plain = b"From: jane@example.org\nSubject: lunch\n\nSee you at noon.\n"
    assert carries_a_report(plain) is None and carries_a_report(report()) == "DSN Action: failed"


def test_marks_are_appended_and_nothing_else_changes():
    index = "path\tcategory\tnote\na.eml\tbounce\tp5 tables\nb.eml\tbounce\t\n"
    marked = with_marks(index, [({"path": "a.eml"}, Said("temporary", "Action: delayed"))])
    assert marked == ("path\tcategory\tnote\na.eml\tbounce\tp5 tables; permanence: temporary "
                      "(label correction by rule: Action: delayed)\nb.eml\tbounce\t\n")

"""The mail and the thread the robot-sender tests judge (test_robot_signs_*.py): a reply in Jane's thread, with
invented hosts and addresses, whose From, Reply-To and recipients each test sets."""

from datetime import datetime, timedelta, timezone

from mailer.model import State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)


def mail(headers: str, to: str = "To: Rita Recruiter <rita@acme.test>\nCc: mailer@acme.test\n",
         body: str = "Interview.\n") -> bytes:
    return (headers.strip() + "\n" + to + "Subject: Re: Jane Doe – Backend Engineer\n"
            "In-Reply-To: <one@acme.test>\nReferences: <one@acme.test>\n"
            "Date: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <r1@acme.test>\n\n" + body).encode()


def in_thread(raw: bytes, config, manager: str = "maria@acme.test"):
    """The verdict on raw in Jane's thread, whose manager is `manager` (the sender, for strangers)."""
    msg = parse(raw)
    sub = Submission(1, manager, "rita@acme.test", "Jane Doe", "Backend Engineer", "Jane Doe – Backend Engineer",
                     "one@acme.test", (), NOW - timedelta(days=2), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW))

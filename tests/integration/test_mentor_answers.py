"""A mentor's answers as real mail clients send them, read from a real Dovecot through Postfix: an HTML-only
answer from Outlook with the check-in quoted below and a "Best, / Nadia" sign-off, and an answer from the
mentor's personal address. What the journal keeps, what the next check-ins quote back, what the recruiter gets."""

from datetime import datetime, timezone
from email.message import EmailMessage
import email.policy
import email.utils
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def setup(world):
    """Nadia (Berlin) mentors Rita (London) every Tuesday at 10:00 from 1 December; Rita is in every Cc."""
    world.write_config(managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nadia"), "Nadia Neumann", "Europe/Berlin")],
                       extra=f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('nadia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n")


def run(world, when: datetime) -> None:
    done = world.cli("run", "--once", "--now", when.isoformat())
    assert done.returncode == 0, done.stdout + done.stderr


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def checkins(world):
    return [m for m in world.from_mailer(world.addr("nadia")) if "check-in" in m["Subject"]]


def outlook_html_answer(world, checkin, words_html: str, when: datetime) -> None:
    """Outlook's reply: HTML only, the answer, a divider and the check-in quoted below, 'RE:' and Thread-Topic."""
    quoted = text(checkin).replace("\n", "<br>\n")
    msg = EmailMessage()
    msg["From"] = email.utils.formataddr(("Nadia Neumann", world.addr("nadia")))
    msg["To"] = world.mailer
    msg["Cc"] = world.addr("rita")
    msg["Subject"] = "RE: " + checkin["Subject"].removeprefix("Re: ")
    msg["Message-ID"] = email.utils.make_msgid(domain="outlook.test")
    msg["In-Reply-To"] = checkin["Message-ID"]
    msg["References"] = f"{checkin.get('References', '')} {checkin['Message-ID']}".strip()
    msg["Thread-Topic"] = checkin["Subject"]
    msg["Date"] = email.utils.format_datetime(when)
    msg.set_content(f'<html><body><div dir="ltr">{words_html}</div><hr style="display:inline-block">'
                    f'<div id="divRplyFwdMsg"><b>From:</b> {checkin["From"]}<br><b>Sent:</b> Tuesday<br>'
                    f'<b>Subject:</b> {checkin["Subject"]}</div><div>{quoted}</div></body></html>', subtype="html")
    world.send_raw(world.addr("nadia"), [world.mailer, world.addr("rita")], msg.as_bytes(policy=email.policy.SMTP))


def test_an_outlook_html_answer_is_kept_without_its_sign_off_and_quoted_back_once(world):
    setup(world)
    run(world, berlin(2026, 12, 1, 10, 0))
    [first] = world.wait_for(world.addr("nadia"), 1)
    outlook_html_answer(world, first, "Look for people who <b>ask good questions</b>.<br><br>Best,<br>Nadia",
                        berlin(2026, 12, 2, 9, 0))
    world.delivered(world.mailer)
    run(world, berlin(2026, 12, 2, 11, 0))
    journal = world.cli("journal", world.addr("rita"))
    assert journal.returncode == 0, journal.stderr
    assert "A: Look for people who ask good questions." in journal.stdout
    assert "Best," not in journal.stdout and "From:" not in journal.stdout

    run(world, berlin(2026, 12, 8, 10, 0))
    run(world, berlin(2026, 12, 15, 10, 0))  # Nadia did not answer the second check-in
    world.wait_for(world.addr("nadia"), 3)
    second, third = checkins(world)[1:]
    assert 'Last time you told me: "Look for people who ask good questions." Thank you' in text(second)
    assert "Last time you told me" not in text(third) and "ask good questions" not in text(third)
    assert third["In-Reply-To"] == second["Message-ID"] and first["Message-ID"] in third["References"]


def test_an_answer_from_the_mentors_personal_address_reaches_the_recruiter_once(world):
    setup(world)
    rita = world.addr("rita")
    run(world, berlin(2026, 12, 1, 10, 0))
    [first] = world.wait_for(world.addr("nadia"), 1)
    personal = f"nadia.neumann.{world.tag}@gmail.test"
    for n, words in enumerate(("Ask them what they shipped, and why it mattered.", "And what they would undo.")):
        world.send(personal, [world.mailer], subject="Re: " + first["Subject"], sender_name="Nadia Neumann",
                   body=f"{words}\n\nOn Tue, Rita wrote:\n> {first['Subject']}\n", attachment=None,
                   headers={"In-Reply-To": first["Message-ID"], "References": first["Message-ID"]},
                   date=berlin(2026, 12, 2, 9, n))
        world.delivered(world.mailer)
        run(world, berlin(2026, 12, 2, 11, n))
    told = [m for m in world.settle(rita, 2) if "may have answered" in (m["Subject"] or "")]
    assert [m["Subject"] for m in told] == [f"Nadia Neumann may have answered your check-in from {personal}"]
    assert "Ask them what they shipped, and why it mattered." in text(told[0])
    assert f"aliases: [{personal}]" in text(told[0])
    journal = world.cli("journal", rita)
    assert "no answers yet" in journal.stdout


def test_a_one_line_best_name_sign_off_is_not_kept(world):
    """Found in a team's month: Maria signed "Best, Maria" on one line, and the journal, the recruiter's digest and
    the next check-in carried it as part of her advice."""
    setup(world)
    run(world, berlin(2026, 12, 1, 10, 0))
    [first] = world.wait_for(world.addr("nadia"), 1)
    world.reply(first, world.addr("nadia"), "Bring two questions per candidate to the debrief.\n\nBest, Nadia",
                to=[world.mailer], cc=[world.addr("rita")], date=berlin(2026, 12, 2, 9, 0))
    world.delivered(world.mailer)
    run(world, berlin(2026, 12, 2, 11, 0))
    journal = world.cli("journal", world.addr("rita"))
    assert journal.returncode == 0, journal.stderr
    assert "A: Bring two questions per candidate to the debrief." in journal.stdout
    assert "Best" not in journal.stdout and "Nadia\n" not in journal.stdout.split("A: ", 1)[1]

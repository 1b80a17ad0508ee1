"""A reply naming only a mail mailer read (the manager's answer) stays in its candidate's thread, end to end on real
Dovecot + Postfix, across a restart between the answer and the reply (the link is stored state)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
SUBJECT = "Candidate: Jane Doe – Backend Engineer"


def test_the_recruiters_thanks_with_in_reply_to_alone_is_no_new_submission_and_nobody_is_nudged(world):
    rita, maria = world.addr("rita"), world.addr("maria")
    mid = world.send(rita, [maria], [world.mailer], subject=SUBJECT, date=MON, sender_name="Rita Recruiter")
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), 1)
    answer = world.send(maria, [rita], [world.mailer], subject=f"Re: {SUBJECT}", body="Interview, please.\n\nMaria\n",
                        headers={"In-Reply-To": f"<{mid}>", "References": f"<{mid}>"}, attachment=None,
                        sender_name="Maria Manager")
    world.tick(daemon, MON + timedelta(hours=1), 2)
    daemon.close()  # mailer stops between Maria's answer and Rita's thanks

    # Rita's mobile client answers Maria's mail with In-Reply-To alone: no References back to the submission.
    thanks = world.send(rita, [maria], [world.mailer], subject=f"Re: {SUBJECT}", body="Thanks Maria!\n\nRita\n",
                        headers={"In-Reply-To": f"<{answer}>"}, attachment=None, sender_name="Rita Recruiter")
    held = len(world.messages(world.mailer))
    daemon = world.daemon(MON + timedelta(hours=2))
    world.tick(daemon, MON + timedelta(hours=2), held + 1)
    world.wait_for_id(world.mailer, thanks)
    world.tick(daemon, MON + timedelta(days=10), delivered=True)  # a bogus submission would have been nudged by now
    subs = daemon.store.all_submissions()
    kind = daemon.store.db.execute("SELECT kind FROM messages WHERE message_id=?", (thanks,)).fetchone()
    daemon.close()
    assert [(s.candidate, s.state) for s in subs] == [("Jane Doe", State.ANSWERED)]
    assert kind is not None and kind["kind"] == "other_reply"
    # Rita's submission, mailer's "noted: interview" to Maria, Rita's thanks; no nudge about a second Jane Doe
    got = world.settle(maria, 3)
    assert [(m["From"].addresses[0].addr_spec, m["Subject"]) for m in got] == [
        (rita, SUBJECT), (world.mailer, f"Re: {SUBJECT}"), (rita, f"Re: {SUBJECT}")]
    assert "Jane Doe: interview" in got[1].get_body(("plain",)).get_content()

"""The mentor loop over a real SQLite store (no mail servers): a check-in's content and exactly-once queueing,
and replies in its threads read through ingest: the journal, a forward, strangers ignored."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.bank import shipped_questions
from mailer.mentoring.loop import queue_mentoring
from mailer.store import MentorshipState, Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""


def world(tmp_path):
    text = config_text(extra=PAIR)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    return config, Store(tmp_path / "s.db"), environment(config.templates)


def outbox_text(store, kind):
    rows = [r for r in store.outbox() if r.kind == kind]
    return [(r, email.message_from_bytes(r.raw, policy=email.policy.default).get_body(("plain",)).get_content())
            for r in rows]


def read(store, config, env, raw: str, uid: int, now):
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, config, env, raw.encode(), "INBOX", uid, now, report)
    return report.kinds


def test_a_checkin_carries_figures_thanks_and_overdue_candidates_and_is_queued_once(tmp_path):
    config, store, env = world(tmp_path)
    with store.transaction():  # Maria, as Rita's manager: one fast answer, one candidate nudged and still waiting
        fast = store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "s", "s1@x", (),
                                    MON - timedelta(days=20))
        store.mark_answered(fast, MON - timedelta(days=20), timedelta(hours=2), "a1")
        waiting = store.add_submission("k2", "maria@acme.test", "rita@acme.test", "Omar Haddad", "", "s", "s2@x", (),
                                       MON - timedelta(days=6))
        store.record_step(waiting, 0, None, MON - timedelta(days=3))
    assert queue_mentoring(store, config, env, MON) == ["mentor-checkin:rita@acme.test:maria@acme.test:2026-11-30"]
    assert queue_mentoring(store, config, env, MON + timedelta(minutes=5)) == []  # the slot is used: never twice
    [(row, body)] = outbox_text(store, "mentor_checkin")
    assert row.recipients[:2] == ("maria@acme.test", "rita@acme.test")
    assert shipped_questions()[0] in body
    assert "sent you 2 candidates" in body and "2 business hours (median)" in body and "thank you for being so quick" in body
    # Counted from the first of them (Tue 10 Nov), not from the 90-day window's start (Tue 01 Sep): in a
    # team's second week "since 22 Jul" read as if mailer had counted since July.
    assert "Since Tue 10 Nov I have sent you 2 candidates" in body, body
    assert "Omar Haddad is still waiting for your answer" in body and "Jane Doe" not in body
    [pair] = store.mentorships()
    assert (pair.state, pair.checkins_sent, pair.started_at) == (MentorshipState.ACTIVE, 1, MON)


def test_answers_in_the_thread_go_to_the_journal_and_reach_the_recruiter(tmp_path):
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [(row, _)] = outbox_text(store, "mentor_checkin")
    answer = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <ans1@x>\r\n"
              f"In-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n"
              f"Curiosity, every time.\r\n\r\nOn Mon, Rita wrote:\r\n> What makes a great hire?\r\n")
    assert read(store, config, env, answer, 1, MON + timedelta(hours=2)) == {"mentoring": 1}
    assert read(store, config, env, answer, 1, MON + timedelta(hours=2)) == {}  # the same mail again: nothing
    [entry] = store.journal("rita@acme.test")
    assert (entry.mentor, entry.answer, entry.question) == ("maria@acme.test", "Curiosity, every time.",
                                                            shipped_questions()[0])
    [(forward, body)] = outbox_text(store, "mentor_answer")  # Rita was not in copy: she gets it from mailer
    assert forward.recipients[0] == "rita@acme.test" and "Curiosity, every time." in body

    stranger = answer.replace("maria@acme.test", "eve@else.test").replace("ans1@x", "ans2@x")
    assert read(store, config, env, stranger, 2, MON + timedelta(hours=3)) == {"ignored": 1}
    recruiter = answer.replace("Maria Manager <maria@acme.test>", "rita@acme.test").replace("ans1@x", "ans3@x")
    assert read(store, config, env, recruiter, 3, MON + timedelta(hours=3)) == {"mentoring": 1}
    assert len(store.journal("rita@acme.test")) == 1
    assert [r.kind for r in store.outbox()].count("help") == 0  # the recruiter's words in the thread are no command

    # The next check-in recalls the answer and asks the next question, in the same thread. (The first went out
    # on its day: one still waiting in the queue would stand in for this slot too, see plan.covered_until.)
    with store.transaction():
        store.mark_sent(row.id, MON)
    queue_mentoring(store, config, env, MON + timedelta(days=7))
    (_, _), (second, body) = outbox_text(store, "mentor_checkin")
    assert 'Last time you told me: "Curiosity, every time."' in body and shipped_questions()[1] in body
    raw = email.message_from_bytes(second.raw, policy=email.policy.default)
    assert raw["In-Reply-To"] == f"<{row.message_id}>" and raw["Subject"].startswith("Re: ")


def test_an_invitation_answered_with_a_question_then_a_yes(tmp_path):
    text = config_text(extra=PAIR + "    invite: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    assert queue_mentoring(store, config, env, MON) == ["mentor-invitation:rita@acme.test:maria@acme.test"]
    assert queue_mentoring(store, config, env, MON + timedelta(hours=1)) == []  # one invitation
    [(invitation, _)] = outbox_text(store, "mentor_invitation")

    def reply(words, n):
        return (f"From: maria@acme.test\r\nTo: mailer@acme.test\r\nMessage-ID: <r{n}@x>\r\n"
                f"In-Reply-To: <{invitation.message_id}>\r\nSubject: Re: {invitation.subject}\r\n\r\n{words}\r\n")
    read(store, config, env, reply("How long would it take each time?", 1), 1, MON + timedelta(hours=2))
    [(question, body)] = outbox_text(store, "mentor_notice")
    assert question.recipients[0] == "rita@acme.test" and "How long would it take each time?" in body
    assert store.mentorships()[0].state is MentorshipState.INVITED  # a question changes nothing
    read(store, config, env, reply("Sure, happy to!", 2), 2, MON + timedelta(hours=3))
    [pair] = store.mentorships()
    assert (pair.state, pair.started_at) == (MentorshipState.ACTIVE, MON + timedelta(hours=3))
    told = [b for _, b in outbox_text(store, "mentor_notice") if "said yes" in b]
    assert told and "Check-ins start Mon 07 Dec 10:00" in told[0]  # the day after the yes, at the cadence time
    assert queue_mentoring(store, config, env, MON + timedelta(hours=4)) == []  # not the slot before the yes


def test_an_unproven_mentor_reply_is_not_acted_on_under_the_default_trust(tmp_path):
    """Anyone on a check-in's thread (the recruiter in Cc included) knows its Message-ID: a forged answer, a
    forged no, or a forged end of absence must not act when the trust method cannot prove the mentor."""
    text = config_text(extra=PAIR + "    invite: true\n", trust="dkim")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_mentoring(store, config, env, MON)
    [(invitation, _)] = outbox_text(store, "mentor_invitation")
    forged = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <forged1@x>\r\n"
              f"In-Reply-To: <{invitation.message_id}>\r\nSubject: Re: {invitation.subject}\r\n\r\n"
              f"No thanks, not interested.\r\n")
    kinds = read(store, config, env, forged, 1, MON + timedelta(hours=2))
    assert kinds == {"ignored": 1}
    assert store.mentorships()[0].state is MentorshipState.INVITED  # not declined
    assert outbox_text(store, "mentor_notice") == []  # and the recruiter is not told she said no


def test_a_question_is_an_answer_so_the_recruiter_is_never_told_the_mentor_was_silent(tmp_path):
    # Two weeks after an invitation answered with a question, Rita was told "Maria has not answered".
    text = config_text(extra=PAIR + "    invite: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    assert queue_mentoring(store, config, env, MON) == ["mentor-invitation:rita@acme.test:maria@acme.test"]
    [(invitation, _)] = outbox_text(store, "mentor_invitation")
    read(store, config, env, f"From: maria@acme.test\r\nTo: mailer@acme.test\r\nMessage-ID: <q1@x>\r\n"
                             f"In-Reply-To: <{invitation.message_id}>\r\nSubject: Re: {invitation.subject}\r\n\r\n"
                             f"What would it involve?\r\n", 1, MON + timedelta(hours=2))
    assert queue_mentoring(store, config, env, MON + timedelta(days=15)) == []
    assert [b for _, b in outbox_text(store, "mentor_notice") if "has not answered" in b] == []
    assert store.mentorships()[0].state is MentorshipState.INVITED  # a yes or no may still come
    # Without the question, the same fortnight from the invitation's sending tells her once.
    other = tmp_path / "other"
    other.mkdir()
    store2 = Store(other / "s.db")
    queue_mentoring(store2, config, env, MON)
    assert queue_mentoring(store2, config, env, MON + timedelta(days=15)) == []  # never sent: not silent yet
    [sent] = [row for row in store2.outbox() if row.kind == "mentor_invitation"]
    with store2.transaction():
        store2.mark_sent(sent.id, MON + timedelta(hours=1))
    assert queue_mentoring(store2, config, env, MON + timedelta(days=15)) == [
        "mentor-silent:rita@acme.test:maria@acme.test"]


def test_the_mentors_own_sign_off_is_not_kept_or_quoted_back_to_them(tmp_path):
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [(row, _)] = outbox_text(store, "mentor_checkin")

    def answer(words, n):
        return (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <sig{n}@x>\r\n"
                f"In-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n{words}\r\n")

    read(store, config, env, answer("Ask about a failure, always \u2713.\r\n\r\n- Maria", 1), 1, MON + timedelta(hours=2))
    [entry] = store.journal("rita@acme.test")
    assert entry.answer == "Ask about a failure, always \u2713."
    with store.transaction():
        store.mark_sent(row.id, MON)
    queue_mentoring(store, config, env, MON + timedelta(days=7))
    (_, _), (_, body) = outbox_text(store, "mentor_checkin")
    assert 'Last time you told me: "Ask about a failure, always \u2713."' in body  # no "✓. Maria"


def test_a_last_line_that_is_not_the_mentors_own_name_stays(tmp_path):
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [(row, _)] = outbox_text(store, "mentor_checkin")
    raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <sig9@x>\r\n"
           f"In-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n"
           f"The best hire I made this year:\r\nPriya\r\n")
    read(store, config, env, raw, 1, MON + timedelta(hours=2))
    [entry] = store.journal("rita@acme.test")
    assert entry.answer.endswith("Priya")  # a capitalised word, but not her name: part of the answer


def test_two_waiting_candidates_are_named_with_and(tmp_path):
    config, store, env = world(tmp_path)
    with store.transaction():
        for n, name in enumerate(("Cara Chen", "Hugo Hall", "Ivy Ito")):
            sub = store.add_submission(f"k{n}", "maria@acme.test", "rita@acme.test", name, "", "s", f"s{n}@x", (),
                                       MON - timedelta(days=6))
            store.record_step(sub, 0, None, MON - timedelta(days=3))
    queue_mentoring(store, config, env, MON)
    [(_, body)] = outbox_text(store, "mentor_checkin")
    assert "I know Cara Chen, Hugo Hall and Ivy Ito are still waiting" in body


def test_last_time_you_told_me_quotes_an_answer_once_not_in_every_later_check_in(tmp_path):
    """Nadia answered the first check-in and then never again: the second check-in thanks her for it, the
    third and later ones do not quote the same old answer back as if it were new."""
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [first] = store.checkins("rita@acme.test", "maria@acme.test")
    with store.transaction():
        store.add_journal("rita@acme.test", "maria@acme.test", first.id, first.question, "Curiosity beats credentials.",
                          MON + timedelta(days=1), "answer-1")
    for week in (1, 2, 3):  # each check-in went out on its day before the next slot
        with store.transaction():
            for row in store.outbox():
                if row.kind == "mentor_checkin" and row.state == "queued":
                    store.mark_sent(row.id, MON + timedelta(days=7 * (week - 1)))
        queue_mentoring(store, config, env, MON + timedelta(days=7 * week))
    bodies = [body for _, body in outbox_text(store, "mentor_checkin")]
    assert len(bodies) == 4
    assert "Last time you told me" not in bodies[0]
    assert 'Last time you told me: "Curiosity beats credentials."' in bodies[1]
    assert all("Curiosity beats credentials" not in b and "Last time you told me" not in b for b in bodies[2:])


def test_the_yes_notice_gives_the_first_check_in_in_the_recruiters_time_with_the_mentors_beside_it(tmp_path):
    """Rita is in London, Nate in New York: "Check-ins start Tue 08 Dec 10:00" would read as Rita's 10:00."""
    text = config_text(extra=PAIR.replace("maria@", "nate@") + "    invite: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_mentoring(store, config, env, MON + timedelta(hours=5))  # Nate's business hours
    [(invitation, _)] = outbox_text(store, "mentor_invitation")
    read(store, config, env, f"From: nate@acme.test\r\nTo: mailer@acme.test\r\nMessage-ID: <y@x>\r\nIn-Reply-To: "
                             f"<{invitation.message_id}>\r\nSubject: Re: {invitation.subject}\r\n\r\nYes, happy to.\r\n",
         1, MON + timedelta(hours=6))
    [told] = [b for _, b in outbox_text(store, "mentor_notice") if "said yes" in b]
    assert "Check-ins start Mon 07 Dec 15:00 (10:00 in America/New_York)." in told


def test_a_check_in_answered_from_the_mentors_other_address_reaches_the_recruiter_once(tmp_path):
    """Maria answers from her phone's Gmail and drops Rita from Cc: the answer is no proof it was Maria, so the
    journal does not keep it, but it must not vanish either: Rita gets the words, the address and the alias to
    add, once for that address. A colleague of another name in the thread is still just ignored."""
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [(row, _)] = outbox_text(store, "mentor_checkin")
    answer = (f"From: Maria Manager <maria.manager@gmail.com>\r\nTo: mailer@acme.test\r\nMessage-ID: <oa1@x>\r\n"
              f"In-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n"
              f"Ask what they shipped last quarter.\r\n\r\nOn Mon, Rita wrote:\r\n> What makes a great hire?\r\n")
    assert read(store, config, env, answer, 1, MON + timedelta(hours=2)) == {"ignored": 1}
    assert store.journal("rita@acme.test") == []
    [(notice, body)] = outbox_text(store, "mentor_notice")
    assert notice.recipients[0] == "rita@acme.test"
    assert notice.subject == "Maria Manager may have answered your check-in from maria.manager@gmail.com"
    assert "Ask what they shipped last quarter." in body and "wrote:" not in body
    assert "aliases: [maria.manager@gmail.com]" in body
    again = answer.replace("oa1@x", "oa2@x").replace("shipped", "built")
    assert read(store, config, env, again, 2, MON + timedelta(hours=3)) == {"ignored": 1}
    assert len(outbox_text(store, "mentor_notice")) == 1  # once for this address
    colleague = answer.replace("Maria Manager <maria.manager@gmail.com>", "Eve Other <eve@gmail.com>").replace(
        "oa1@x", "oa3@x")
    assert read(store, config, env, colleague, 3, MON + timedelta(hours=3)) == {"ignored": 1}
    assert len(outbox_text(store, "mentor_notice")) == 1


def test_a_question_back_is_not_quoted_in_the_next_check_in_as_advice_that_helped(tmp_path):
    """Nadia answered a check-in with a question for Rita ("Could we talk over coffee? When are you free?"):
    that is Rita's to answer, and 'Last time you told me: "… When are you free?" Thank you, that helped.' in
    the next check-in reads as if nobody had read it."""
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    [first] = store.checkins("rita@acme.test", "maria@acme.test")
    with store.transaction():
        store.add_journal("rita@acme.test", "maria@acme.test", first.id, first.question,
                          "Good one. Could we talk about this over coffee instead? When are you free?",
                          MON + timedelta(days=1), "answer-1")
        [row] = [r for r in store.outbox() if r.kind == "mentor_checkin"]
        store.mark_sent(row.id, MON)
    queue_mentoring(store, config, env, MON + timedelta(days=7))
    second = [body for _, body in outbox_text(store, "mentor_checkin")][1]
    assert "coffee" not in second and "Last time you told me" not in second and "that helped" not in second


def test_mailer_mentors_gives_the_next_check_in_with_its_time_zone(tmp_path):
    """Nate's check-ins are at 10:00 in New York: 'Mon 07 Dec 10:00' alone reads as the reader's 10:00 (ops in
    London), while `mailer status` beside it says 'EST'."""
    from mailer.cli.mentoring import mentors_text
    text = config_text(extra=PAIR.replace("maria@", "nate@"))
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    assert "Mon 30 Nov 10:00 EST" in mentors_text(store, config, MON)


def test_after_downtime_a_stale_slot_waits_for_the_fresher_one_due_later_that_day(tmp_path):
    """Check-ins on Mondays at 10:00; mailer was down from the first one until the Monday two weeks on, back at
    09:30. Last Monday's slot has come, this Monday's comes at 10:00: two check-ins half an hour apart was the
    result. One goes, at 10:00, and `mailer mentors` names it beforehand."""
    from mailer.cli.mentoring import mentors_text
    config, store, env = world(tmp_path)
    queue_mentoring(store, config, env, MON)
    with store.transaction():
        [row] = [r for r in store.outbox() if r.kind == "mentor_checkin"]
        store.mark_sent(row.id, MON)
    back = MON + timedelta(days=14, minutes=-30)
    assert "Mon 14 Dec 10:00 GMT" in mentors_text(store, config, back)
    assert queue_mentoring(store, config, env, back) == []
    assert queue_mentoring(store, config, env, MON + timedelta(days=14)) == [
        "mentor-checkin:rita@acme.test:maria@acme.test:2026-12-14"]
    assert queue_mentoring(store, config, env, MON + timedelta(days=14, minutes=30)) == []


def test_mailer_mentors_says_a_pair_still_to_invite_checks_in_after_a_yes_as_status_does(tmp_path):
    from mailer.cli.mentoring import mentors_text
    config = parse(config_text(extra=PAIR + "    invite: true\n"), tmp_path / "config.yaml")
    [pair_line] = [line for line in mentors_text(Store(tmp_path / "s.db"), config, MON).splitlines()
                   if line.startswith("Rita Recruiter")]
    assert "to invite" in pair_line and pair_line.rstrip().endswith("after a yes")

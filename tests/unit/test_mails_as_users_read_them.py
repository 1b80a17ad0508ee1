"""What mailer's mails say, as the people who get them read them (a user-journey review of the mails sent):

- ops who change one part of a kind (its .txt.j2 or its .html.j2) never send two parts that disagree, and
  `mailer check` says how that kind goes out (mailer/templateparts.py);
- a template that fails is said once, in ops' words (mailer/templateerror.py);
- nobody but ops is told to run a mailer command; the close/forget notice says how to have a candidate tracked
  again, and that really works;
- check-ins say how to pause or stop, in words mailer reads as such;
- the grouped nudge firms up on later rungs, examples follow the real count, waiting times round one way."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone
import email
import email.policy
import re

import pytest

from helpers import ROOT, make_config
from mailer.cli.check import sample_dues
from mailer.compose import Envelope, Thread, compose, compose_notice, environment, waited_text
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.checkinreply import read_checkin_reply
from mailer.model import NOTICE_SAMPLES, Due, DueItem
from mailer.steer import close, find
from mailer.store import Store
from mailer.templatecheck import sample_renders, template_problems
from mailer.templateset import TemplateSource

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SHIPPED = ROOT / "templates"


def parsed(mail):
    return email.message_from_bytes(mail.raw, policy=email.policy.default)


def text_and_html(mail):
    msg = parsed(mail)
    html = msg.get_body(("html",))
    return msg.get_body(("plain",)).get_content(), html.get_content() if html is not None else None


def followup(config, env, step=0):
    due = next(d for d in sample_dues(config) if not d.grouped and d.step == step)
    return compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", NOW)


def ops_folder(tmp_path, edits: dict[str, tuple[str, str]]):
    """An operator's folder holding the shipped files named in `edits`, each with one phrase replaced."""
    folder = tmp_path / "ops-templates"
    folder.mkdir()
    for name, (old, new) in edits.items():
        source = (SHIPPED / name).read_text()
        assert old in source, (name, old)
        (folder / name).write_text(source.replace(old, new))
    return folder


def with_folder(tmp_path, folder):
    return replace(make_config(tmp_path), templates=(folder, SHIPPED))


# ------------------------------------------------------------------ one part of a kind changed by ops


def test_the_text_template_alone_edited_sends_the_follow_up_as_text_only_and_check_says_so(tmp_path):
    # The reviewer's journey: ops sed'ed the shipped followup_1.txt.j2 into their folder; `mailer check` said ok,
    # and the follow-up's HTML part (what Outlook and Gmail show) still said "Just a gentle nudge".
    folder = ops_folder(tmp_path, {"followup_1.txt.j2": ("Just a gentle nudge", "Friendly reminder")})
    config = with_folder(tmp_path, folder)
    text, html = text_and_html(followup(config, environment(config.templates)))
    assert "Friendly reminder" in text and html is None
    lines = {what: detail for ok, what, detail in sample_renders(config, environment(config.templates)) if ok}
    assert "sent as text only: your followup_1.txt.j2 changes its words" in lines["template followup_1"]
    assert "followup_1.html.j2 is the shipped one" in lines["template followup_1"]
    assert "text only" not in lines["template followup_2"]  # the other kinds go as before


def test_the_html_template_alone_edited_makes_the_text_part_from_the_html(tmp_path):
    folder = ops_folder(tmp_path, {"followup_1.html.j2": ("Just a gentle nudge", "Friendly reminder")})
    config = with_folder(tmp_path, folder)
    mail = followup(config, environment(config.templates))
    text, html = text_and_html(mail)
    assert "Friendly reminder" in html and "Friendly reminder" in text and "gentle nudge" not in text
    assert mail.subject == "Re: Candidate: Jane Doe"  # the subject still comes from the shipped .txt.j2
    lines = {what: detail for ok, what, detail in sample_renders(config, environment(config.templates)) if ok}
    assert "its text part is made from the HTML" in lines["template followup_1"]


def test_both_parts_edited_or_a_file_copied_unchanged_send_both_parts_as_written(tmp_path):
    folder = ops_folder(tmp_path, {"followup_1.txt.j2": ("Just a gentle nudge", "Friendly reminder"),
                                   "followup_1.html.j2": ("Just a gentle nudge", "A friendly reminder"),
                                   "followup_2.txt.j2": ("Hi", "Hi")})  # copied as shipped: not an edit
    config = with_folder(tmp_path, folder)
    env = environment(config.templates)
    text, html = text_and_html(followup(config, env))
    assert "Friendly reminder" in text and "A friendly reminder" in html
    text, html = text_and_html(followup(config, env, step=1))
    assert html is not None and "Strong candidates" in text and "Strong candidates" in html
    assert all("text only" not in detail and "made from the HTML" not in detail
               for _ok, _what, detail in sample_renders(config, env))


def test_a_shared_text_partial_edited_alone_counts_for_every_kind_that_includes_it(tmp_path):
    folder = ops_folder(tmp_path, {"_notice_footer.txt.j2": ("an automatic message", "a robot")})
    config = with_folder(tmp_path, folder)
    env = environment(config.templates)
    envelope = Envelope(key="t:confirm", kind="confirm", manager="", audience="notice", sender_name="Acme",
                        to="rita@acme.test")
    mail = compose_notice(config, env, "confirm", envelope, {"thread_subject": "x", **NOTICE_SAMPLES["confirm"]},
                          "t", NOW)
    text, html = text_and_html(mail)
    assert "a robot" in text and html is None


def test_the_running_daemon_decides_the_same_from_its_snapshot_and_logs_it(tmp_path, caplog):
    folder = ops_folder(tmp_path, {"followup_1.txt.j2": ("Just a gentle nudge", "Friendly reminder")})
    config = with_folder(tmp_path, folder)
    with caplog.at_level("INFO", logger="mailer.templateset"):
        source = TemplateSource(config, NOW)
    assert [r.getMessage() for r in caplog.records if "text only" in r.getMessage()] == [
        "template followup_1: sent as text only: your followup_1.txt.j2 changes its words and followup_1.html.j2 is "
        "the shipped one; edit followup_1.html.j2 too to send HTML"]
    text, html = text_and_html(followup(config, source.current.env))
    assert "Friendly reminder" in text and html is None
    # Deleting the folder's file later is an edit: the shipped pair is whole again, both parts go.
    (folder / "followup_1.txt.j2").unlink()
    env = source.refresh(config, NOW + timedelta(minutes=1))
    text, html = text_and_html(followup(config, env))
    assert "gentle nudge" in text and html is not None and "gentle nudge" in html


# ------------------------------------------------------------------ a failing template, in ops' words


def test_a_misspelt_field_is_named_with_its_variable_and_the_fields_there_are_once(tmp_path):
    folder = ops_folder(tmp_path, {"followup_1.txt.j2": ("{{ item.candidate }}", "{{ item.candiate }}"),
                                   "followup_2.html.j2": ("{{ manager.first_name }}", "{{ manager.first }}")})
    config = with_folder(tmp_path, folder)
    env = environment(config.templates)
    failed = {what: detail for ok, what, detail in sample_renders(config, env) if not ok}
    one = failed["template followup_1"]
    assert one.startswith(f"{folder / 'followup_1.txt.j2'}:4: `item` has no field 'candiate' (fields: number, "
                          f"candidate, role,"), one
    assert "template followup_1" not in one and "dict object" not in one and "attribute" not in one
    # The HTML part's line is named too (render() rewrites jinja2's traceback).
    two = failed["template followup_2"]
    assert two == (f"{folder / 'followup_2.html.j2'}:4: `manager` has no field 'first' "
                   f"(fields: email, name, first_name)"), two
    # The daemon's refusal keeps naming the template, once.
    assert any(p.startswith("template followup_1: /") and p.count("template followup_1") == 1
               for p in template_problems(config, env))


# ------------------------------------------------------------------ who is told to do what


def every_notice(config, env, samples=NOTICE_SAMPLES):
    for name, variables in samples.items():
        envelope = Envelope(key=f"t:{name}", kind=name, manager="", audience="notice", sender_name="Acme",
                            to="rita@acme.test")
        yield name, compose_notice(config, env, name, envelope, {"thread_subject": "Candidate: Jane Doe",
                                                                 **variables}, "t", NOW)


# Mail for ops (a breaker, a health alert or a complaint when ops are configured, the ops digest) may name commands.
FOR_OPS = {"breaker_notice", "health_alert", "complaint_notice"}
COMMAND = re.compile(r"\bmailer (?:journal|mentors|status|close|forget|check|address|plan|report|run)\b")


def test_nobody_but_ops_is_told_to_run_a_mailer_command(tmp_path):
    config = make_config(tmp_path)
    env = environment(config.templates)
    samples = {**NOTICE_SAMPLES, "health_alert": {**NOTICE_SAMPLES["health_alert"], "to_ops": False}}
    mails = [(name, mail) for name, mail in every_notice(config, env, samples) if name not in FOR_OPS or
             name == "health_alert"]
    mails += [(due.audience, compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", NOW))
              for due in sample_dues(config)]
    for name, mail in mails:
        for part in text_and_html(mail):
            for line in (part or "").splitlines():
                if COMMAND.search(line):  # only as something to pass on to ops ("for ops: mailer mentors …")
                    assert "for ops" in line, (name, line)
    said = {name: " ".join(text_and_html(mail)[0].split()) for name, mail in mails}
    assert "Please forward this to whoever runs mailer" in said["health_alert"]
    assert "ask ops to restart the check-ins (for ops: mailer mentors --restart" in said["mentor_change"]


def test_a_declined_mentor_notice_names_the_managers_to_ask_instead_of_a_command(tmp_path):
    config = make_config(tmp_path)
    [(_, mail)] = every_notice(config, environment(config.templates), {"mentor_notice": NOTICE_SAMPLES["mentor_notice"]})
    text = " ".join(text_and_html(mail)[0].split())
    assert "ask ops to invite another manager you send many candidates to: Maria Manager, Nate Newhire." in text
    assert "`" not in text


def test_the_forwarded_mentor_answer_points_at_no_journal_command(tmp_path):
    config = make_config(tmp_path)
    [(_, mail)] = every_notice(config, environment(config.templates), {"mentor_answer": NOTICE_SAMPLES["mentor_answer"]})
    for part in text_and_html(mail):
        assert "journal" not in part and "Curiosity." in part


def test_the_close_notice_says_who_stopped_what_and_how_to_track_the_candidate_again(tmp_path):
    config = make_config(tmp_path)
    variables = {**NOTICE_SAMPLES["ops_notice"], "action": "forgotten", "by": "ops (root)"}
    [(_, mail)] = every_notice(config, environment(config.templates), {"ops_notice": variables})
    text = " ".join(text_and_html(mail)[0].split())
    assert mail.subject == "Follow-ups stopped by ops (root)"
    assert "ops (root) stopped my follow-ups about: - Jane Doe (to Maria Manager)" in text
    assert "send them to the manager again in a new mail with me (mailer@acme.test) in CC" in text
    assert "has forgotten" not in text and "undo" not in text


def test_a_forgotten_candidate_sent_again_with_mailer_in_cc_is_tracked_again(tmp_path):
    """What the close/forget notice promises: a new mail about the same candidate to the same manager."""
    config = make_config(tmp_path)
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    subject, rita, nate = "Candidate: Jane Doe – Backend Engineer", "Rita <rita@acme.test>", "Nate <nate@acme.test>"

    def submit(mid, uid, at):
        raw = (f"From: {rita}\r\nTo: {nate}\r\nCc: mailer@acme.test\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n"
               f"Date: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\nJane would be great.\r\n").encode()
        with store.transaction():
            ingest_raw(store, config, env, raw, "INBOX", uid, at, IngestReport())

    monday = datetime(2026, 11, 30, 10, tzinfo=timezone.utc)
    submit("s1@acme.test", 1, monday)
    close(store, config, env, find(store, "Jane Doe"), "ops (root)", monday + timedelta(hours=1), action="forgotten")
    assert store.open_submissions() == []
    submit("s2@acme.test", 2, monday + timedelta(days=1))
    [again] = store.open_submissions()
    assert (again.candidate, again.manager, again.message_id) == ("Jane Doe", "nate@acme.test", "s2@acme.test")
    store.close()


# ------------------------------------------------------------------ check-ins, nudges, digests, waiting times


def test_a_check_in_says_how_to_pause_or_stop_in_words_mailer_reads_so(tmp_path):
    config = make_config(tmp_path)
    [(_, mail)] = every_notice(config, environment(config.templates),
                               {"mentor_checkin": NOTICE_SAMPLES["mentor_checkin"]})
    for part in text_and_html(mail):
        flat = re.sub(r"<[^>]+>", "", part)
        assert "pause until March" in flat and "stop" in flat
    tz = config.default_calendar.tz
    assert read_checkin_reply("pause until March", NOW, tz).verb == "pause"
    assert read_checkin_reply("stop", NOW, tz).verb == "stop"


def grouped(config, step, count):
    base = next(d for d in sample_dues(config) if d.grouped)
    items = tuple(DueItem(replace(base.items[i % 2].submission, id=i + 1, candidate=f"Cand {i + 1}"), step,
                          timedelta(hours=20)) for i in range(count))
    return Due(base.audience, base.recipient, base.manager, items)


def test_the_grouped_nudges_second_rung_is_firmer_than_its_first(tmp_path):
    config = make_config(tmp_path)
    env = environment(config.templates)
    first, second = (text_and_html(compose(config, env, grouped(config, step, 2), Thread("x", ()), "t", NOW))
                     for step in (0, 1))
    assert "still waiting" in second[0] and "today" in second[0]
    assert "still waiting" not in first[0] and "today" not in first[0]
    assert "today" in second[1] and "today" not in first[1]
    assert '"1 interview, 2 pass"' in second[0] and "3 snooze" not in second[0]  # two candidates: two numbers
    three = text_and_html(compose(config, env, grouped(config, 0, 3), Thread("x", ()), "t", NOW))[0]
    assert '"1 interview, 2 pass, 3 snooze 1w"' in three


def test_the_managers_digest_example_follows_the_number_of_candidates(tmp_path):
    from mailer.report.digest import SAMPLES
    config = make_config(tmp_path)
    env = environment(config.templates)
    one_item = {**SAMPLES["digest_manager"], "items": SAMPLES["digest_manager"]["items"][:1]}
    two_items = {**SAMPLES["digest_manager"], "items": [*one_item["items"],
                                                         {**one_item["items"][0], "number": 2}]}
    said = []
    for variables in (one_item, two_items):
        [(_, mail)] = every_notice(config, env, {"digest_manager": variables})
        said.append(text_and_html(mail)[0])
    assert 'Reply "yes", "pass" or "snooze 1w"' in said[0] and "1 yes" not in said[0]
    assert '"1 yes, 2 pass"' in said[1] and "3 snooze" not in said[1]


@pytest.mark.parametrize("hours, says", [
    (0.5, "under an hour"), (1.4, "1 business hour"), (3.6, "4 business hours"), (7.6, "1 business day"),
    (15.8, "2 business days"), (16.2, "2 business days"),  # 30 minutes apart around two days: one wording
    (19.9, "2 business days"), (20.1, "3 business days"),
])
def test_waiting_times_round_to_the_nearest_hour_or_day_one_rule_for_a_whole_list(hours, says):
    assert waited_text(timedelta(hours=hours), 8.0) == says


def test_a_mentors_answer_over_an_unmarked_copy_of_that_line_stays_advice(tmp_path):
    """The check-in now says "pause until March" and "stop": a client that quotes without marks must not turn
    an answer into a pause. The line is cut as a copy of mailer's own mail (knownquote.py), alone too."""
    from mailer.reading.knownquote import known_mail, without_known_quote
    from mailer.reading.replytext import trim_reply
    config = make_config(tmp_path)
    [(_, mail)] = every_notice(config, environment(config.templates),
                               {"mentor_checkin": NOTICE_SAMPLES["mentor_checkin"]})
    line = next(x for x in text_and_html(mail)[0].splitlines() if "pause until March" in x)
    for reply in (f"Projects first, always.\n\n{line}", f"{line}\n\nProjects first, always."):
        words = without_known_quote(trim_reply(reply), known_mail(mail.raw))
        assert words.strip() == "Projects first, always.", words
        assert read_checkin_reply(words, NOW, config.default_calendar.tz) is None

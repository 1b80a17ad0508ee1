"""Mail that reads right, on every template: the text part says what the HTML part says (its footer too),
`mailer check` lists each template once, a reply's gist, a stand-in's display name, one voice per template."""

from datetime import datetime, timezone
import html
import re

from helpers import make_config
from mailer.cli.check import run_checks, sample_dues
from mailer.compose import Envelope, Thread, compose, compose_notice, environment
from mailer.model import NOTICE_SAMPLES
from mailer.reading.commands import gist
from mailer.reading.sentences import display_name

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


def parts(mail):
    import email
    import email.policy
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def footer(html_part: str) -> str:
    """The HTML part's footer paragraph as plain words."""
    last = re.findall(r'<p style="color: #888[^"]*">(.*?)</p>', html_part, re.S)[-1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", last)).split())


def every_mail(config):
    env = environment(config.templates)
    for due in sample_dues(config):
        yield compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", NOW)
    for name, variables in NOTICE_SAMPLES.items():
        envelope = Envelope(key=f"t:{name}", kind=name, manager="", audience="notice", sender_name="Acme",
                            to="someone@acme.test")
        yield compose_notice(config, env, name, envelope, {"thread_subject": "Candidate: Jane Doe", **variables}, "t", NOW)


def test_the_text_part_carries_the_footer_the_html_part_has(tmp_path):
    config = make_config(tmp_path)
    mails = list(every_mail(config))
    assert len(mails) >= 12
    for mail in mails:
        text, html_part = parts(mail)
        assert footer(html_part) in " ".join(text.split()), (mail.kind, mail.subject)


def test_one_voice_signed_by_the_recruiter_means_written_as_the_recruiter(tmp_path):
    config = make_config(tmp_path)
    for mail in every_mail(config):
        if mail.kind != "followup":
            continue
        text, _ = parts(mail)
        body, _, _ = text.partition("\n--\n")
        signer = body.strip().splitlines()[-1]
        first = signer.split()[0]
        # Signed by Rita, the mail never speaks of Rita in the third person ("let Rita know").
        assert not re.search(rf"\b(?:let|tell|ask) {re.escape(first)}\b", body), text


def test_check_lists_each_template_once(tmp_path, capsys):
    config = make_config(tmp_path)
    run_checks(config)
    lines = [line for line in capsys.readouterr().out.splitlines() if " template " in line]
    names = [line.split(" template ")[1].split(":")[0] for line in lines]
    assert names and len(names) == len(set(names)), names
    assert "followup_1" in names


def test_gist_is_the_substance_without_greeting_or_sign_off():
    assert gist("Hi Rita,\n\nNot enough Go for this team.\n\nThanks,\nMaria") == "Not enough Go for this team."
    assert gist("Hallo Rita,\nLeider kein guter Fit.\nViele Grüße\nMaria") == "Leider kein guter Fit."
    long = "She has a strong background in distributed systems and I would like to hear more about her " * 3
    short = gist(long, 80)
    assert short.endswith("…") and len(short) <= 81 and long.startswith(short[:-1])
    assert not short[:-1].endswith(" ")  # cut at a word, not inside one


def test_a_stand_ins_display_name_is_read_from_the_out_of_office():
    text = "I am away until Monday. For urgent matters please contact Dana Delegate (dana@acme.test)."
    assert display_name(text, "dana@acme.test") == "Dana Delegate"
    assert display_name("please contact dana@acme.test", "dana@acme.test") == ""


def test_the_how_to_answer_reply_says_its_instruction_once_and_the_problem_as_a_sentence(tmp_path):
    """A manager's "2 interview" to a digest listing one candidate: the answer read "I couldn't act on your
    reply: There is no candidate 2: my mail listed 1. … You can answer with one of these on the first line:"
    straight above the help's own "Reply with one of these on the first line"."""
    from mailer.reading.commands import HELP_TEXT
    config = make_config(tmp_path)
    env = environment(config.templates)
    for problem in ("There is no candidate 2: my mail listed 1.", "your mail listed 3 candidates; number them"):
        envelope = Envelope(key="t:help", kind="help", manager="", audience="notice", sender_name="Acme",
                            to="maria@acme.test")
        mail = compose_notice(config, env, "help", envelope, {"thread_subject": "Your week", "problem": problem,
                                                               "help": HELP_TEXT["manager"]}, "t", NOW)
        for part in parts(mail):
            flat = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", part)).split())
            assert flat.lower().count("with one of these on the first line") == 1, flat
            assert re.search(r"I couldn't act on your reply\. [A-Z]", flat), flat


def test_mentoring_notices_speak_in_the_first_person_like_every_other_notice(tmp_path):
    """"… in two weeks. mailer will not ask again" began a sentence in lower case and spoke of the sender in the
    third person, where the other notices say "I have paused the follow-ups"."""
    config = make_config(tmp_path)
    env = environment(config.templates)
    for outcome in ("declined", "silent", "accepted", "question"):
        envelope = Envelope(key=f"t:{outcome}", kind="mentor_notice", manager="", audience="notice", sender_name="Acme",
                            to="rita@acme.test")
        mail = compose_notice(config, env, "mentor_notice", envelope, {
            "outcome": outcome, "mentor": "Nadia Neumann", "words": "Sorry, no time.", "starts": "Tue 08 Dec 10:00",
            "invited": "Tue 01 Dec"}, "t", NOW)
        for part in parts(mail):
            body = part.split("\n--")[0] if "<html" not in part else part.split('<p style="color: #888')[0]
            assert "mailer will" not in body, (outcome, body)


def test_the_absence_notice_names_the_return_day_as_the_day_back(tmp_path):
    # "until 18 December" is read as back on Sat 19 Dec; the subject said "is away until Sat 19 Dec", one day
    # more than the manager wrote, while its body said "is back Sat 19 Dec".
    config = make_config(tmp_path)
    [notice] = [m for m in every_mail(config) if m.kind == "ooo_notice"]
    until = NOTICE_SAMPLES["ooo_notice"]["until"]
    assert notice.subject == f"Maria Manager is away, back {until}"
    assert f"is back {until}" in parts(notice)[0]

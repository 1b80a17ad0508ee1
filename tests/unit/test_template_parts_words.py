"""Only words make ops' template a change (mailer/templateparts.py): a layout restyled alone sends both parts as
written, and a shared text file edited alone names the file of the HTML that says the same words."""

from dataclasses import replace
from datetime import datetime, timezone
import email
import email.policy

from helpers import ROOT, make_config
from mailer.cli.check import sample_dues
from mailer.compose import Envelope, Thread, compose, compose_notice, environment
from mailer.model import NOTICE_SAMPLES
from mailer.templatecheck import sample_renders
from mailer.templateparts import words

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SHIPPED = ROOT / "templates"
FOOTER_KINDS = ["digest", "followup_1", "followup_2", "mentor_ask", "mentor_checkin", "mentor_invitation"]
QUESTIONS = ("{{ recruiter.first_name }} gets your answer.",
             "{{ recruiter.first_name }} gets your answer. Questions: ops@acme.example")


def ops_folder(tmp_path, edits: dict[str, tuple[str, str]]):
    folder = tmp_path / "ops-templates"
    folder.mkdir()
    for name, (old, new) in edits.items():
        source = (SHIPPED / name).read_text()
        assert old in source, (name, old)
        (folder / name).write_text(source.replace(old, new))
    return folder


def setup(tmp_path, edits):
    config = replace(make_config(tmp_path), templates=(ops_folder(tmp_path, edits), SHIPPED))
    return config, environment(config.templates)


def text_and_html(config, env):
    due = next(d for d in sample_dues(config) if not d.grouped and d.step == 0)
    msg = email.message_from_bytes(compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", NOW).raw,
                                   policy=email.policy.default)
    html = msg.get_body(("html",))
    return msg.get_body(("plain",)).get_content(), html.get_content() if html is not None else None


def said(config, env) -> dict[str, str]:
    return {what.removeprefix("template "): detail for ok, what, detail in sample_renders(config, env) if ok}


def both_as_written(config, env) -> bool:
    return all("made from the HTML" not in detail and "text only" not in detail
               for detail in said(config, env).values())


def test_a_layout_restyled_alone_sends_both_parts_as_written(tmp_path):
    # The reviewer's folder: _layout.html.j2 with a darker text colour, not one word changed.
    config, env = setup(tmp_path, {"_layout.html.j2": ("color: #222;", "color: #111;")})
    text, html = text_and_html(config, env)
    assert "color: #111" in html
    assert "\n--\n" in text.replace("\r\n", "\n")  # the .txt.j2's footer rule: written, not made from the HTML
    assert both_as_written(config, env)


def test_a_layout_whose_footer_words_changed_makes_the_text_from_the_html_and_names_the_text_footer(tmp_path):
    config, env = setup(tmp_path, {"_layout.html.j2": QUESTIONS})
    text, html = text_and_html(config, env)
    assert "Questions: ops@acme.example" in text and "Questions: ops@acme.example" in html
    assert said(config, env)["followup_1"].endswith(
        "(its text part is made from the HTML: your _layout.html.j2 changes its words and _footer.txt.j2, which says "
        "the same in text, is the shipped one; edit _footer.txt.j2 too to write the text part yourself; the same holds "
        "for digest, followup_2, mentor_ask, mentor_checkin, mentor_invitation, which share _layout.html.j2)")


def test_the_text_footer_edited_alone_names_the_layout_to_edit_and_every_kind_it_holds_back(tmp_path):
    config, env = setup(tmp_path, {"_footer.txt.j2": QUESTIONS})
    text, html = text_and_html(config, env)
    assert "Questions: ops@acme.example" in text and html is None  # never two parts that disagree
    lines = said(config, env)
    for kind in FOOTER_KINDS:
        if kind not in lines:
            continue  # a kind this config does not send
        others = ", ".join(k for k in FOOTER_KINDS if k != kind)
        assert lines[kind].endswith(
            "(sent as text only: your _footer.txt.j2 changes its words and _layout.html.j2, which says the same in "
            "HTML, is the shipped one; edit _layout.html.j2 too to send HTML; the same holds for "
            f"{others}, which share _footer.txt.j2)"), lines[kind]
    assert "text only" not in lines["confirm"]  # a notice has its own footer


def test_the_layout_edited_as_told_sends_both_parts_with_the_new_words(tmp_path):
    config, env = setup(tmp_path, {"_footer.txt.j2": QUESTIONS, "_layout.html.j2": QUESTIONS})
    text, html = text_and_html(config, env)
    assert "Questions: ops@acme.example" in text and "Questions: ops@acme.example" in html
    assert "\n--\n" in text.replace("\r\n", "\n")
    assert both_as_written(config, env)


def test_the_notice_footer_edited_alone_names_the_notice_layout(tmp_path):
    config, env = setup(tmp_path, {"_notice_footer.txt.j2": ("an automatic message", "a robot")})
    envelope = Envelope(key="t:confirm", kind="confirm", manager="", audience="notice", sender_name="Acme",
                        to="rita@acme.test")
    mail = compose_notice(config, env, "confirm", envelope, {"thread_subject": "x", **NOTICE_SAMPLES["confirm"]},
                          "t", NOW)
    assert "a robot" in mail.raw.decode()
    assert "your _notice_footer.txt.j2 changes its words and _notice.html.j2, which says the same in HTML, is the " \
           "shipped one; edit _notice.html.j2 too to send HTML" in said(config, env)["confirm"]


def test_markup_styles_spacing_and_comments_are_not_words_jinja_code_is():
    # The words compared, as a reader would tell two mails apart.
    layout = (SHIPPED / "_layout.html.j2").read_text()
    assert words("_layout.html.j2", layout) == words("_layout.html.j2", layout.replace("#222", "#111")
                                                     .replace("<p style", "\n  <p class=\"f\" style"))
    assert words("_layout.html.j2", layout) != words("_layout.html.j2",
                                                     layout.replace("recruiter.name", "recruiter.first_name"))
    link = '<p>See <a href="https://jobs.acme.example/{{ item.number }}" style="color: #06c">the role</a>.</p>'
    assert words("x.html.j2", link) == words("x.html.j2", link.replace("#06c", "#039"))
    assert words("x.html.j2", link) != words("x.html.j2", link.replace("jobs.acme", "careers.acme"))  # where it goes
    ops = (SHIPPED / "digest_ops.html.j2").read_text()
    assert words("digest_ops.html.j2", ops) != words("digest_ops.html.j2", ops.replace("per week", "each week"))
    text = (SHIPPED / "followup_1.txt.j2").read_text()
    assert words("followup_1.txt.j2", text) == words("followup_1.txt.j2", text.replace("Thanks,", "Thanks,  {# x #}"))
    assert words("followup_1.txt.j2", text) != words("followup_1.txt.j2", text.replace("Thanks,", "Thank you,"))
    assert words("x.txt.j2", "write to <ops@acme.example>") == "write to <ops@acme.example>"  # text keeps its <>


def test_the_own_text_and_the_footer_both_changed_name_the_html_and_the_layout(tmp_path):
    config, env = setup(tmp_path, {"_footer.txt.j2": QUESTIONS,
                                   "followup_1.txt.j2": ("Just a gentle nudge", "Friendly reminder")})
    assert said(config, env)["followup_1"].endswith(
        "(sent as text only: your _footer.txt.j2, followup_1.txt.j2 change their words and _layout.html.j2, "
        "followup_1.html.j2, which say the same in HTML, are the shipped ones; edit _layout.html.j2 and "
        "followup_1.html.j2 too to send HTML; the same holds for digest, followup_2, mentor_ask, mentor_checkin, "
        "mentor_invitation, which share _footer.txt.j2)")


def test_the_running_daemon_logs_nothing_for_a_restyled_layout(tmp_path, caplog):
    from mailer.templateset import TemplateSource
    config, _env = setup(tmp_path, {"_layout.html.j2": ("color: #222;", "color: #111;")})
    with caplog.at_level("INFO", logger="mailer.templateset"):
        source = TemplateSource(config, NOW)
    assert not [r for r in caplog.records if "made from the HTML" in r.getMessage()]
    text, html = text_and_html(config, source.current.env)
    assert "color: #111" in html and "\n--\n" in text.replace("\r\n", "\n")

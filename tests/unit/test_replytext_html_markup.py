"""How a person's HTML reads as text (mailer/reading/text.py): table rows, text that keeps its line breaks, an editor's
indent, Yahoo's prefixed quote class; each rule with variants of the shape and the look-alikes that must not change."""

from email.message import EmailMessage

import pytest

from mailer.reading.replytext import reply_text, trim_reply
from mailer.reading.text import html_to_text


def lines(text: str) -> list[str]:
    return [x for x in text.split("\n") if x.strip()]


def html_reply(html: str) -> str:
    msg = EmailMessage()
    msg.set_content(html, subtype="html")
    return reply_text(msg)


@pytest.mark.parametrize("row, want", [
    ("<tr><td>Mon 14 Dec</td><td>09:30</td><td>Omar</td></tr>", "Mon 14 Dec 09:30 Omar"),
    ("<tr><th>Candidate</th><th>Verdict</th></tr>", "Candidate Verdict"),
    ('<tr><td><span style="color:red">Li Wei</span></td><td><b>pass</b></td></tr>', "Li Wei pass"),
])
def test_a_table_rows_cells_read_as_one_line_with_spaces_between(row, want):
    assert html_to_text(f"<p>My picks:</p><table>{row}</table>").split("\n")[-1] == want


def test_words_split_over_inline_spans_inside_a_cell_stay_whole():
    assert html_to_text("<table><tr><td>inter<span>view</span></td></tr></table>") == "interview"


@pytest.mark.parametrize("open_tag, close_tag", [
    ("<pre>", "</pre>"),
    ('<div style="white-space:pre-wrap">', "</div>"),
    ('<div style="WHITE-SPACE: pre-line">', "</div>"),
])
def test_text_that_keeps_its_line_breaks_keeps_its_lines(open_tag, close_tag):
    text = "Interview her on Friday.\n\nRegards,\nOmar"
    assert html_to_text(f"{open_tag}{text}{close_tag}") == text
    assert html_reply(f"{open_tag}{text}{close_tag}") == text


def test_source_line_breaks_outside_pre_are_spaces():
    assert html_to_text("<div>Interview her\non Friday.</div>") == "Interview her on Friday."
    assert html_to_text('<div style="white-space:nowrap">one\ntwo</div>') == "one two"


def test_a_quoted_pre_marks_each_of_its_lines():
    html = '<div>Yes.</div><blockquote type="cite"><pre>first line\nsecond line</pre></blockquote>'
    assert html_to_text(html, mark_quotes=True).split("\n")[-2:] == ["> first line", "> second line"]


@pytest.mark.parametrize("style", ["margin:0 0 0 40px;border:none;padding:0px", "margin-left:2em; border: 0"])
def test_an_editors_indent_is_the_persons_text_not_a_quote(style):
    html = (f"<div>Pass. The brief asked for:</div><blockquote style=\"{style}\"><div>five years of Go</div>"
            "</blockquote><br><div class=\"gmail_signature\">--<br>Omar Haddad<br>Staff Engineer</div>")
    assert lines(html_reply(html)) == ["Pass. The brief asked for:", "five years of Go"]


@pytest.mark.parametrize("blockquote", [
    '<blockquote type="cite" style="border:none">',  # a client's cite quote, whatever its style
    '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border:none">',
    '<blockquote style="border-left:1px solid #ccc">',
    "<blockquote>",
])
def test_a_quote_set_off_by_a_border_a_cite_type_or_a_class_is_still_a_quote(blockquote):
    html = f"<div>Yes.</div>{blockquote}<div>Here is the CV.</div></blockquote>"
    assert html_to_text(html, mark_quotes=True).split("\n")[-1] == "> Here is the CV."


@pytest.mark.parametrize("cls", ["ydp3c2b1yahoo_quoted", "ydpd4e5f6a7yahoo_quoted", "yahoo_quoted"])
def test_yahoos_prefixed_quote_class_is_a_quote(cls):
    html = (f'<div class="{cls}"><div>On Monday, 7 December 2026, 10:12, Omar &lt;o@x.example&gt; wrote:</div>'
            "<div>Old question?</div></div><div>My answer below the quote.</div>")
    assert html_reply(html) == "My answer below the quote."


def test_a_class_that_only_looks_prefixed_is_no_quote():
    html = '<div class="ydpnotes">Interview her.</div><div class="my-yahoo_quoted-notes">Omar too.</div>'
    assert lines(html_to_text(html, mark_quotes=True)) == ["Interview her.", "Omar too."]


def alternative(plain: str, html: str) -> EmailMessage:
    msg = EmailMessage()
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg


@pytest.mark.parametrize("plain", [
    "This is an HTML message. Please use an HTML-capable reader.",
    "Your mail program cannot display HTML messages.",
    "Please view this e-mail in HTML format.",
    "Diese E-Mail ist im HTML-Format verfasst.",
    "Este mensaje está en formato HTML.",
    "Ce courriel nécessite un lecteur compatible HTML.",
])
def test_a_plain_part_that_only_asks_for_an_html_reader_gives_way_to_the_html(plain):
    html = "<div>Pass on Omar, interview Li Wei.</div><div><br></div><div>Regards,</div><div>Jo</div>"
    assert lines(reply_text(alternative(plain, html))) == ["Pass on Omar, interview Li Wei.", "Regards,", "Jo"]


@pytest.mark.parametrize("plain", [
    "Interview her. Her portfolio is plain HTML and CSS, which is what we need.",
    "Yes.\n\nShe knows HTML, CSS and React.\n\nRegards,\nJo",
    "Her CV says she wrote HTML email templates for five years at a bank, in Go and Python before that, and that "
    "she moved to London in 2024; she is free to start in March and wants a hybrid role. In HTML format, too. "
    "Interview her please, and let Omar know as well, he asked me about her last week at the offsite in Leeds.",
])
def test_a_persons_plain_text_naming_html_is_read_as_their_words(plain):
    html = "<div>A different HTML part.</div>"
    got = reply_text(alternative(plain, html))
    assert "different" not in got and got.split()[:3] == plain.split()[:3]


@pytest.mark.parametrize("body, kept", [
    ("Interview her. Her referee wrote:\n> She is the best engineer I have worked with.\n\n-- \nJo Manager\nCTO",
     "Interview her. Her referee wrote:\n> She is the best engineer I have worked with."),
    ("Pass. The brief said:\n\n> Five years of Go in production.\n> Team lead experience.\n",
     "Pass. The brief said:\n\n> Five years of Go in production.\n> Team lead experience."),
    ("可以。推荐人这样说：\n> 她是我合作过最好的工程师。\n\n--\n王芳",
     "可以。推荐人这样说：\n> 她是我合作过最好的工程师。"),
])
def test_a_quote_the_persons_own_line_announces_stays_at_the_end(body, kept):
    assert trim_reply(body) == kept


def test_a_quote_set_off_by_a_bordered_blockquote_above_the_signature_stays():
    html = ('<div>Interview her. Her referee wrote:</div><blockquote style="border-left:3px solid #ccc">She is the best '
            'engineer I have worked with.</blockquote><div>-- </div><div>Jo Manager<br>CTO</div>')
    assert lines(html_reply(html)) == ["Interview her. Her referee wrote:", "> She is the best engineer I have worked with."]


@pytest.mark.parametrize("body, kept", [
    ("Thanks, interview her.\n\n> Here is Jane's CV.\n> Rita", "Thanks, interview her."),
    ("Thanks, interview her.\n\nRita Recruiter wrote:\n> Here is Jane's CV.", "Thanks, interview her."),
    ("Yes: interview her.\n\n> Here is Jane's CV.", "Yes: interview her."),
    ("Interview her. Details:\nShe starts in May.\n\n> Here is Jane's CV.", "Interview her. Details:\nShe starts in May."),
])
def test_a_quote_that_ends_the_reply_with_no_announcing_line_is_still_the_history(body, kept):
    assert trim_reply(body) == kept

"""Real gateway banners (tests/data/banners/banners.json: M365 transport rules, Proofpoint, company, university and
government wordings in eight languages) over a manager's answer, and the rules they led to (bannerwords): a title or
tag alone on its line, the gateway's statement with no warning word, more warning words, advice only with the
gateway's reason, the banner's rules, markers and further paragraphs, and where it ends when the person's line follows
with no blank line. The command reader skips a banner the text keeps. People's own first lines that share the words
stay theirs (the table's `persons`, and the sentences here)."""

from datetime import datetime, timezone
from email import message_from_bytes
from email.message import EmailMessage
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.bannerwords import banner_lines, reads_as_banner, skip_banner
from mailer.reading.commands import parse_commands
from mailer.reading.replytext import reply_text, trim_reply

TABLE = json.loads((Path(__file__).resolve().parent.parent / "data" / "banners" / "banners.json").read_text())
QUOTE = "\n\nOn Mon, 7 Dec 2026 at 09:30, Rita <rita@acme.test> wrote:\n> Jane Doe, Backend Engineer: interview or pass?\n"
NOW = datetime(2026, 12, 7, 10, 30, tzinfo=timezone.utc)
# Rows the rules leave, each with its reason (the bench lists them too).
KNOWN = {
    "m365-not-a-business": "warns the mail is from a personal address and not to share data or log in: neither "
                           "outside nor the link-and-attachment advice",
    "fr-internet-dashes": "its second sentence ('Merci de considerer ce point en lisant ce courriel …') has none of "
                          "a banner's words and is kept, with the rule under it",
}


def verbs(text):
    return [c.verb for c in parse_commands(text, NOW, ZoneInfo("UTC")).commands]


def _banners():
    return [pytest.param(row, id=row["id"]) for row in TABLE["banners"] if row["id"] not in KNOWN]


@pytest.mark.parametrize("row", _banners())
@pytest.mark.parametrize("answer, verb", [("Interview", "interview"), ("pass", "pass"), ("snooze 3d", "snooze")])
def test_a_real_banner_is_dropped_and_the_answer_under_it_read(row, answer, verb):
    banner = row["text"].strip("\n")
    for gap in ("\n\n", "\n"):  # a blank line under it, or none (a div-per-line HTML body)
        text = trim_reply(f"{banner}{gap}{answer}{QUOTE}")
        assert text == answer
        assert verbs(text) == [verb]


@pytest.mark.parametrize("row", [pytest.param(row, id=row["id"]) for row in TABLE["persons"]])
def test_a_persons_look_alike_first_line_stays_theirs(row):
    for gap in ("\n\n", "\n"):
        own = f"{row['text']}{gap}Interview"
        assert trim_reply(own + QUOTE) == own
        assert verbs(own) == verbs(f"I read her CV this morning.{gap}Interview")


@pytest.mark.parametrize("title", [
    "CAUTION: External Email", "ATTENTION: External Sender", "*** External Mail ***", "[Caution: external e-mail]",
    "Notice: External Email", "This Message Is From an External Sender", "[SUSPICIOUS MESSAGE]",
    "** STOP. THINK. External Email **", "WARNING: External message to Globex", "External Email - Use Caution",
    "EXTERNAL SENDER: exercise caution"])
def test_a_gateways_title_alone_on_its_line_is_a_banner(title):
    assert reads_as_banner([title], 600)
    assert trim_reply(f"{title}\n\nYes, interview her.{QUOTE}") == "Yes, interview her."


@pytest.mark.parametrize("statement", [
    "This message was sent from outside Globex Corp.", "This email originated outside your company.",
    "This e-mail came from outside of the Acme network. Treat links with care.",
    "[This message is from an external sender.]", "⚠ This email comes from someone outside of Initech.",
    "此邮件来自外部发件人，请小心处理。", "Expediteur non authentifie. Verifiez avant de repondre.",
    "DO NOT click links or open attachments from unknown senders.", "This is an external email. Take care."])
def test_the_gateways_statement_without_a_warning_word_is_a_banner(statement):
    assert reads_as_banner([statement], 600)


@pytest.mark.parametrize("opening", [
    "ALERTA: este correo proviene de un remitente externo.",
    "Avertissement : ce courriel provient de l'extérieur de l'organisation.",
    "Avertissement automatisé : ce courriel provient de l’extérieur du ministère.",
    "Achtung externe E-Mail: Öffnen Sie Anhänge und Links nur, wenn sie aus einer sicheren Quelle stammen.",
    "Attention external email: open attachments and links only if you know they are safe.",
    "تحذير: هذه الرسالة مرسلة من خارج المؤسسة.",
    "Attention, ce courriel provient d'Internet.",
    "External email: use caution opening links or attachments",
    "WARNING: This email was sent from outside of Initech. Please be wary of any links or attachments.",
    "[EXTERNAL] Sender is outside the organization.", "[EXT] The sender is external.",
    "[EXT] Be careful with links.", "[EXTERNAL] Be careful with attachments in this message.",
    "[EXTERNE E-MAIL] Seien Sie vorsichtig beim Öffnen von Anhängen."])
def test_more_warning_words_and_what_they_go_on_to_say(opening):
    assert reads_as_banner([opening], 600)


@pytest.mark.parametrize("own", [
    "External candidate, worth a call.", "EXTERNAL SENDER? No, she's internal, a transfer from Ops.",
    "External email from the agency below, she looks good.", "Caution: external hire, HR signs off.",
    "This email is from outside my area, but I know her work.", "This message came late, sorry.",
    "Her email came from outside the company network.", "Alerta: ella vive fuera de la ciudad.",
    "Avertissement : elle quitte l'entreprise en mars.",
    "Warning: don't click the portfolio link in her CV, it's broken.",
    "Do not open the attachments on your phone, the PDF is huge.",
    "Caution: never open her attachments on the train, they are huge.",
    "Attention: this message is long, sorry.", "Achtung: sie ist externe Bewerberin.",
    "Warning: be careful with links in her CV.", "External email - she's great, interview her.",
    "[EXT] hire from the agency, be careful."])
def test_a_persons_line_with_the_same_words_is_no_banner(own):
    assert not reads_as_banner([own], 600)
    assert banner_lines([own, "", "Interview"]) == []


def test_the_rules_markers_and_further_paragraphs_go_with_the_banner():
    proofpoint = ["ZjQcmQRYFpfptBannerStart", "This Message Is From an External Sender",
                  "This message came from outside your organization.", "Report Suspicious",
                  "<https://report.example/x>", "ZjQcmQRYFpfptBannerEnd", "", "Interview"]
    assert banner_lines(proofpoint) == [0, 1, 2, 3, 4, 5]
    boxed = ["!---------|", "  This Message Is From an External Sender", "|---------!", "", "pass"]
    assert banner_lines(boxed) == [0, 1, 2]
    two_languages = ["-----", "CAUTION: This email originated outside the company. Do not click links.", "",
                     "ATTENTION : ce courriel provient de l'extérieur de l'entreprise. Ne cliquez pas sur les liens.",
                     "-----", "", "Interview"]
    assert banner_lines(two_languages) == [0, 1, 3, 4]
    preview = ["Sounds good, let's meet her...", "This Message Is From an External Sender",
               "This message came from outside your organization.", "", "Sounds good, let's meet her"]
    assert banner_lines(preview) == [0, 1, 2]
    further = ["[EXTERN] Diese Nachricht kommt von einem externen Absender.", "Bitte prüfen Sie Links sorgfältig.",
               "Pass, her Go is thin."]
    assert banner_lines(further) == [0, 1]


def test_a_rule_under_the_banner_goes_only_above_the_persons_text():
    lines = ["[EXTERNAL]", "", "________________________________", "From: Rita <rita@acme.test>", "Sent: Monday"]
    kinds = ["t", "e", "d", "h", "h"]
    assert banner_lines(lines, kinds) == [0]
    assert banner_lines(lines[:3] + ["", "Interview"], ["t", "e", "d", "e", "t"]) == [0, 2]


@pytest.mark.parametrize("own", ["Interview", "pass", "Pass, not enough Go.", "snooze 3d", "Hi Rita,"])
def test_the_persons_line_glued_under_a_banner_stays(own):
    for banner in ["CAUTION: This email originated from outside of the organization. Do not click links or open "
                   "attachments unless you recognize the sender and know the content is safe.",
                   "External email: Use caution opening links or attachments",
                   "This Message Is From an External Sender\nThis message came from outside your organization.",
                   "WARNING: This email originated from outside of Initech. Please be wary of\nany links or "
                   "attachments, and do not enable macros."]:
        lines = f"{banner}\n{own}".split("\n")
        assert banner_lines(lines) == list(range(len(lines) - 1))


def test_a_banner_the_text_keeps_does_not_block_the_command():
    assert skip_banner(["CAUTION: External Email", "Interview"]) == ["Interview"]
    assert verbs("CAUTION: External Email\n\nInterview") == ["interview"]
    assert verbs("This Message Is From an External Sender\nThis message came from outside your organization.\npass") \
        == ["pass"]
    assert verbs("-----\n[EXTERNAL]\n-----\nsnooze 3d") == ["snooze"]
    assert verbs("Caution: the candidate is external.\n\nInterview") == verbs("I read her CV.\n\nInterview")


HTML_QUOTE = "<div>On Mon, 7 Dec 2026 at 09:30, Rita &lt;rita@acme.test&gt; wrote:</div><blockquote>Jane Doe?</blockquote>"


@pytest.mark.parametrize("top", [
    '<table border=0 width="100%"><tr><td style="background:#ffb900"></td><td><div><span style="font-weight:bold;">'
    'Caution:</span> This is an external email and has a suspicious subject or content. Please take care when '
    'clicking links or opening attachments.</div></td></tr></table><br/>',
    "<div>CAUTION: External Email</div>",  # div per line: no blank line under it
    "<div>This Message Is From an External Sender</div><div>This message came from outside your organization.</div>",
])
def test_a_banners_html_over_an_html_only_reply(top):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "maria@acme.test", "mailer@acme.test", "Re: Jane Doe"
    msg.set_content(f"<html><body>{top}<div>Interview</div><div><br></div>{HTML_QUOTE}</body></html>", subtype="html")
    text = reply_text(message_from_bytes(msg.as_bytes()))
    assert text == "Interview"
    assert verbs(text) == ["interview"]


@pytest.mark.parametrize("line", [
    "Pass - I checked her portfolio link, weak.",
    "Interview. Check her GitHub link.",
    "Careful, her portfolio link is broken - interview anyway",
    "Yes, interview. Careful: the sender address is her old one.",
    "This email came from outside my team but pass, not enough Go.",
    "This email was sent from outside the office, on my phone. Interview.",
])
@pytest.mark.parametrize("banner", ["[EXTERNAL]", "CAUTION: External Email"])
def test_a_persons_line_under_a_banner_that_speaks_of_links_senders_or_outside_stays(banner, line):
    """Review 6: a line in a person's voice (I, her, an answer first), or "outside" with no organisation, is not
    the banner's further warning."""
    assert line in trim_reply(f"{banner}\n\n{line}\n\nNate\n")

"""One list of a gateway banner's words (mailer/reading/bannerwords.py) read by both rules that place it: the first
paragraph as the lines are classified (linekinds.drop_banner) and again after the other marks (boilerplate). A phrase
only one of the old lists held is now seen by both; a banner speaks of this very mail ("This email came from outside",
"Do not click its links"), so a person's warning about a candidate from outside, or about "her message", stays."""

import pytest

from mailer.reading.bannerwords import reads_as_banner
from mailer.reading.boilerplate import mark_boilerplate
from mailer.reading.replytext import trim_reply

ANSWER = "Yes, let's meet her on Thursday.\n\nDana"
QUOTE = "\n\nOn Tue, 8 Dec 2026 at 09:30, Rita <rita@hire.test> wrote:\n> Ana Lima for QA: interview or pass?\n"


def _kinds(text: str) -> list[str]:
    return ["e" if not line.strip() else "t" for line in text.split("\n")]


BANNERS = [
    # a warning word, then this mail came from outside (phrases each old list held alone: "external message",
    # "dall'esterno", "source externe", "buiten de organisatie", "社外")
    "WARNING: This message is an external message. Think before you reply.",
    "Caution: this e-mail came from outside your organisation.",
    "ATTENZIONE: questo messaggio arriva dall'esterno.",
    "Attention : cet e-mail provient d'une source externe.",
    "Let op: dit bericht komt van buiten de organisatie.",
    "注意：このメールは社外から届きました。",
    "Hinweis: Diese Nachricht stammt von außerhalb unserer Firma.",
    "Aviso: este mensaje viene de un remitente externo.",
    # a warning word, then its advice about links and attachments
    "EXTERNAL: Never open attachments or click links you did not expect.",
    "Uwaga: nie klikaj w linki i nie otwieraj załączników od nieznanych nadawców.",
    "Vorsicht: Öffnen Sie keine Anhänge und klicken Sie nicht auf Links unbekannter Absender.",
    "[EXT] Be careful with links in this message unless you know the sender.",
    # a tag on a line of its own, and a tag the gateway's warning follows
    "[EXTERNAL]",
    "[EXTERNAL SENDER]\nThis email comes from an external sender.",
    "[Extern] Diese E-Mail kommt von einem externen Absender.",
    # Outlook's first-contact tip
    "You don't often get email from hr@agency.test. Learn why this is important",
]

PERSONS = [
    "CAUTION: the candidate's start date moved to March.",
    "EXTERNAL candidate, please review.",
    "[External] candidate, please review her CV and her message.",
    "Warning: she's from outside the company, her message says she needs a visa.",
    "Caution: external message from the agency, their fee is 20%.",
    "Attention : le message de la candidate dit qu'elle habite à l'extérieur de Paris.",
    "Atención: su mensaje dice que vive fuera de la ciudad.",
    "Achtung: laut ihrer Nachricht wohnt sie außerhalb der Stadt.",
    "Attenzione: nel messaggio dice che ha lavorato al di fuori dell'Italia.",
    "Attention: open attachments from her mail, the portfolio is in there.",
    "Warning: clicking links in her message gave me a 404, ask her for the portfolio.",
    "Hinweis: externe Quelle, die Nachricht kam von der Agentur.",
]


@pytest.mark.parametrize("banner", BANNERS)
def test_a_gateways_banner_over_the_text_is_dropped(banner):
    assert reads_as_banner(banner.split("\n"), 600)
    assert trim_reply(f"{banner}\n\n{ANSWER}{QUOTE}") == ANSWER


@pytest.mark.parametrize("own", PERSONS)
def test_a_persons_warning_at_the_top_stays_whole(own):
    assert not reads_as_banner([own], 600)
    assert trim_reply(f"{own}\n\n{ANSWER}{QUOTE}") == f"{own}\n\n{ANSWER}"


@pytest.mark.parametrize("banner", BANNERS)
def test_boilerplate_reads_the_same_words_where_it_looks(banner):
    text = f"{banner}\n\n{ANSWER}"
    kinds = _kinds(text)
    mark_boilerplate(text.split("\n"), kinds)
    lines = len(banner.split("\n"))
    assert kinds[:lines] == ["s"] * lines
    assert "s" not in kinds[lines:]


@pytest.mark.parametrize("own", PERSONS)
def test_boilerplate_leaves_a_persons_warning_as_text(own):
    text = f"{own}\n\n{ANSWER}"
    kinds = _kinds(text)
    mark_boilerplate(text.split("\n"), kinds)
    assert kinds[0] == "t"


def test_a_banner_counts_only_at_the_top_and_only_its_own_lines():
    banner = "CAUTION: This email originated from outside of the organization. Do not click links."
    below = f"Yes.\n\n{banner}\n\nDana"
    assert trim_reply(below) == below  # the person quoting it under their answer keeps it
    own = "Yes, interview her.\nShe fits.\nTom agrees.\nFriday works.\nDana"
    # glued under the banner with no blank line (a div-per-line HTML body): the banner's line goes, the person's stay
    assert trim_reply(f"{banner}\n{own}") == own


def test_a_tag_with_the_persons_words_on_its_line_is_no_tag_alone():
    assert reads_as_banner(["[EXTERNAL]", "This email is from an external sender."], 600)
    assert not reads_as_banner(["[EXTERNAL] candidate from the agency."], 600)

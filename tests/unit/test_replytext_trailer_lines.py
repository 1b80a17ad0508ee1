"""Lines under a person's last words that are none of theirs (mailer/reading/trailerlines.py): Outlook 2000's
attachment lines, a company's registry lines, a bare name's "Title | Company" block; and the person's own lines of
the same look, which stay."""

import pytest

from mailer.reading.replytext import trim_reply
from mailer.reading.signature import name_line

OUTLOOK_2000 = ("\n\n -----Original Message-----\nFrom: \tBerg, Ola\nSent:\tTuesday, March 13, 2001 10:20 AM\n"
                "To:\tLund, Kari\nSubject:\tdraft\n\nHere is the draft.")


@pytest.mark.parametrize("attachments", [" - draft_v3.doc", " - draft_v3.doc\n - Exhibit B.xls",
                                         " - Q3 forecast (final).PDF"])
def test_outlook_2000_attachment_lines_under_the_text_go(attachments):
    assert trim_reply(f"Comments inline in red.\n\nKari\n{attachments}{OUTLOOK_2000}") == "Comments inline in red.\n\nKari"


def test_a_persons_list_of_files_stays():
    body = "I still need these from you:\n- draft_v3.doc\n- Exhibit B.xls\n\nKari"
    assert trim_reply(body) == body
    asked = "Which one is final?\n\n - draft_v3.doc or draft_v4.doc, please tell me."
    assert trim_reply(asked) == asked


GERMAN = ("Bitte senden Sie mir die Rechnung erneut zu.\n\nMit freundlichen Grüßen\n\nKarin Vogt\nVertrieb\n\n"
          "Beispiel Werkzeuge GmbH\nHafenstraße 3\n20457 Hamburg\nTel. +49 40 555 0100\nwww.werkzeuge.example\n\n")


@pytest.mark.parametrize("registry", [
    "Geschäftsführer: Jan Ober, Ute Lang\nSitz der Gesellschaft: Hamburg\nAmtsgericht Hamburg HRB 98765\n"
    "USt-IdNr.: DE987654321",
    "Registergericht: Amtsgericht Hamburg, HRB 98765\nGeschäftsführung: Jan Ober",
    "Amtsgericht Hamburg HRB 98765 | USt-IdNr. DE987654321 | Geschäftsführer: Jan Ober",
    "Firmenbuch: FN 123456a, Handelsgericht Wien\nUID: ATU12345678",
])
def test_registry_lines_under_a_long_german_signature_go(registry):
    assert trim_reply(GERMAN + registry) == ("Bitte senden Sie mir die Rechnung erneut zu.\n\nMit freundlichen "
                                             "Grüßen\n\nKarin Vogt")


@pytest.mark.parametrize("registry", [
    "Registered in England and Wales No. 01234567\nRegistered office: 1 Dock Road, London E16 1AA",
    "P.IVA 01234567890\nCapitale sociale € 100.000 i.v.",
    "KvK 12345678\nBTW NL001234567B01",
])
def test_registry_lines_in_other_countries_go(registry):
    body = f"Happy to proceed.\n\nKind regards,\nKarin Vogt\n\n{registry}"
    assert trim_reply(body) == "Happy to proceed.\n\nKind regards,\nKarin Vogt"


def test_a_vat_number_the_person_was_asked_for_stays():
    body = "Here are our details for the invoice:\nUSt-IdNr.: DE987654321\n\nGruß\nKarin"
    assert trim_reply(body) == body
    alone = "USt-IdNr.: DE987654321"
    assert trim_reply(alone) == alone


@pytest.mark.parametrize("block", [
    "Senior Engineer | Acme Corp\nPhone: +1 555 0100\nwww.acme.example",
    "Head of Talent · Nordlicht AG\nM +49 170 5550100",
    "Talent Acquisition Lead, Acme Corp\njane.doe@acme.example | +44 20 5550 0100",
])
def test_a_bare_name_over_title_and_company_and_a_contact_keeps_only_the_name(block):
    assert trim_reply(f"Looks good to me.\n\nJane Doe\n{block}") == "Looks good to me.\n\nJane Doe"


def test_a_shortlist_of_people_with_titles_stays():
    body = "Please also invite these two.\n\nMaria Lopez\nSenior Engineer | Acme Corp\nOmar Khan\nLead Designer | Acme Corp"
    assert trim_reply(body) == body


def test_a_name_and_title_with_no_contact_under_it_stays():
    body = "I spoke to her reference.\n\nJane Doe\nSenior Engineer | Acme Corp\nSays she is the best she has hired."
    assert trim_reply(body) == body


def test_registry_abbreviations_count_only_in_capitals():
    body = "Thanks, that works.\n\nbtw she also speaks Dutch\nrea ding the rest tonight"
    assert trim_reply(body) == body


@pytest.mark.parametrize("body", ["Ok.\n" + "x\n" * 40000, "Done.\n\nAnna Smith\nSenior Engineer | Acme\n" * 8000])
def test_a_long_mail_is_looked_through_for_a_titled_name_only_at_its_end(monkeypatch, body):
    # a name over "Title | Company" has at most a few contact lines under it, so only the last lines can start
    # one; trying every line (and copying the rest of the mail each time) made a long mail cost its square
    from mailer.reading import trailerlines
    calls = []
    monkeypatch.setattr(trailerlines, "name_line", lambda line: calls.append(line) or name_line(line))
    lines = body.split("\n")
    kept = trailerlines.cut_trailer_lines(lines, list(range(len(lines))))
    assert len(calls) <= 10
    assert kept[-1] >= len(lines) - 4  # the last block's name is still kept


def test_the_last_titled_name_under_a_long_mail_keeps_its_name_only():
    body = "Done.\n\n" + "More text here.\n" * 5000 + "\nAnna Smith\nSenior Engineer | Acme\nPhone: +1 555 0100"
    assert trim_reply(body).endswith("More text here.\n\nAnna Smith")


ANNA_QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("mine", [
    "Pass – notes:\n - no tests\n - only knows Node.js", "Interview.\n - anna.dev", "Interview.\n - she starts 1.Mai",
    "Files:\n - cv.pdf\n - cover.doc", "Attached:\n - cv.pdf\n - cover.doc", "Interview.\n - see README.md",
    "Anhänge：\n - Lebenslauf.pdf",
])
def test_a_persons_bullets_and_announced_files_stay(mine):
    assert trim_reply(mine + ANNA_QUOTE) == mine


@pytest.mark.parametrize("mine", [
    "Interview.\nGeschäftsführer will sie auch kennenlernen.\nVorstand ist einverstanden.",
    "Snooze 3d\nSitz der Gesellschaft is moving, so ask me later.\nVorstand meets Monday: they decide then.",
    "Interview.\nVorstand ist einverstanden.\nAmtsgericht date is Monday, sorry.",
])
def test_sentences_that_open_with_a_registry_word_stay(mine):
    assert trim_reply(mine + ANNA_QUOTE) == mine


@pytest.mark.parametrize("fields", [
    "Geschäftsführer: Max Muster\nAmtsgericht Stuttgart HRB 12345",
    "Sitz der Gesellschaft: Stuttgart\nVorstand: A. Muster, B. Beispiel",
    "Registered in England and Wales No. 1234567\nVAT number: GB 123 4567 89",
])
def test_registry_fields_under_the_text_still_go(fields):
    assert trim_reply(f"Interview.\n\n{fields}" + ANNA_QUOTE) == "Interview."

"""The rules the sign-off sweep (tests/unit/signoff_shapes.py) led to, each on its own: several variants of the shape
it cuts and the hard negatives it must leave whole (project-written sentences, not corpus text)."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Yes, let's interview her on Tuesday."
QUOTE = "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:\n> Here is Jane Doe's CV.\n"


@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━", "────────────", "══════════", "＝＝＝＝＝＝＝＝", "＊＊＊＊＊＊",
                                  "■□■□■□■□", "◆──────────◆", "~~~~~~~~~~~~", "－－－－－－－－"])
def test_a_drawn_rule_above_a_signature_ends_the_text(rule):
    block = "Maria Manager\nAcme Inc.\n+1 555 123 4567"
    assert trim_reply(f"{ANSWER}\n\nBest,\nMaria\n\n{rule}\n{block}") == f"{ANSWER}\n\nBest,\nMaria"
    assert trim_reply(f"{ANSWER}\n\n{rule}\n{block}\n{rule}\n\n{QUOTE}") == ANSWER


def test_a_code_fence_as_people_type_it_still_keeps_its_lines():
    body = "Run this:\n\n~~~\n--\nSELECT 1;\n~~~\n\nthen interview her."
    assert trim_reply(body) == body
    body = "Run this:\n\n~~~sql\n--\nSELECT 1;\n~~~"
    assert trim_reply(body) == body


@pytest.mark.parametrize("company", ["Acme Inc.", "Acme S.r.l.", "Acme Sp. z o.o.", "Acme Kft.", "Acme B.V.",
                                     "Acme S.A.", "Acme Ltd."])
def test_a_company_with_its_legal_form_is_a_signature_line(company):
    body = f"{ANSWER}\n\nKind regards,\nMaria\n\nMaria Manager\nHead of Engineering\n{company}\n+1 555 123 4567"
    assert trim_reply(body) == f"{ANSWER}\n\nKind regards,\nMaria"


@pytest.mark.parametrize("after", ["See you at 3.\nRoom 4.", "She starts 1.\nAsk H.R.", "Bring the C.V.\nAnd the I.D.",
                                   "ps. call her at 5\nShe is keen", "ps. Call her at 5\nShe is keen"])
def test_sentences_under_the_name_that_end_in_an_abbreviation_or_number_stay(after):
    body = f"{ANSWER}\n\nThanks,\nMaria\n{after}"
    assert trim_reply(body) == body


@pytest.mark.parametrize("street", ["ul. Marszałkowska 1", "ул. Тверская, д. 1", "str. Lipscani 5",
                                    "Andrássy út 1."])
def test_an_address_line_opening_with_a_street_abbreviation_is_a_signature_line(street):
    body = f"{ANSWER}\n\nPozdrawiam\nAnna\n\nAnna Kowalska\n{street}\n00-001 Warszawa\n+48 22 123 45 67"
    assert trim_reply(body) == f"{ANSWER}\n\nPozdrawiam\nAnna"


@pytest.mark.parametrize("closing, name", [("よろしくお願いいたします。", "山田"), ("以上、よろしくお願いいたします。", "山田 太郎"),
                                           ("谢谢！", "王芳"), ("祝好", "王芳"), ("감사합니다.", "김민지"),
                                           ("감사드립니다.", "김민지")])
def test_cjk_closings_and_names_keep_the_name_and_drop_the_block(closing, name):
    body = f"はい。\n\n{closing}\n{name}\n\n{name}\n人事部 部長\n株式会社アクメ\n03-1234-5678"
    assert trim_reply(body) == f"はい。\n\n{closing}\n{name}"


@pytest.mark.parametrize("after", ["追伸\n履歴書も送ってください。", "另外\n请把简历也发给我。", "추신\n이력서도 보내주세요."])
def test_a_cjk_sentence_under_the_name_stays(after):
    body = f"はい。\n\nよろしくお願いいたします。\n山田\n\n{after}"
    assert trim_reply(body) == body


@pytest.mark.parametrize("name, block", [
    ("Maria Manager", "Head of Engineering\nAcme Inc.\n+1 555 123 4567"),
    ("Karin Lindqvist", "Teknikchef\nAcme AB\n+46 8 123 456 78\nwww.acme.example"),
    ("山田 太郎", "人事部 部長\n株式会社アクメ\nTEL: 03-1234-5678"),
])
def test_a_bare_name_over_a_title_and_contact_block_keeps_the_name(name, block):
    assert trim_reply(f"{ANSWER}\n\n{name}\n{block}") == f"{ANSWER}\n\n{name}"
    assert trim_reply(f"{ANSWER}\n\n{name}\n{block}\n\n{QUOTE}") == f"{ANSWER}\n\n{name}"


@pytest.mark.parametrize("text", [
    "Yes. The interview is at our head office.\n\nAcme House\n1 Main Street, Suite 200\n+1 (555) 123-4567",
    "Interview her. Her referee:\n\nJohn Roe\nHead of Data\nInitech Ltd.\n+44 20 7946 0000",
    "Yes, and please also talk to\n\nOmar Haddad\nStaff Engineer\nomar@haddad.example",
    "面接会場は以下の通りです。\n\n本社ビル\n東京都千代田区千代田1-1\nTEL: 03-1234-5678",
    f"{ANSWER}\n\nEva\n\nJane Doe\nHead of Data\n+43 1 234 5678",
])
def test_a_venue_a_referee_or_someone_elses_block_stays(text):
    assert trim_reply(text) == text
    assert trim_reply(f"{text}\n\n{QUOTE}") == text


@pytest.mark.parametrize("footer", [
    "This email has been scanned by the Symantec Email Security.cloud service.",
    "This email has been checked for viruses by Avast antivirus software.\nwww.avast.com",
    "Virus-free.www.avast.com",
    "You received this message because you are subscribed to the Google Groups \"Hiring\" group.",
    "To unsubscribe from this group and stop receiving emails from it, send an email to x+unsubscribe@acme.example.",
    "Unsubscribe | Update your preferences",
    "Please consider the environment before printing this email.",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
])
def test_scanner_list_and_environment_footers_end_the_text(footer):
    assert trim_reply(f"{ANSWER}\n\nBest,\nMaria\n\n{footer}") == f"{ANSWER}\n\nBest,\nMaria"


@pytest.mark.parametrize("text", ["unsubscribe", "Unsubscribe me from the weekly digest please.",
                                  "This email has been sitting in my inbox, sorry: yes, interview her.",
                                  "Please consider her for the data role too."])
def test_footer_look_alikes_a_person_writes_stay(text):
    assert trim_reply(text) == text
    assert trim_reply(f"Yes.\n\n{text}") == f"Yes.\n\n{text}"


@pytest.mark.parametrize("banner", [
    "[EXTERNAL] This email originated from outside of the organization.",
    "[EXTERNAL EMAIL]",
    "CAUTION: This email originated from outside of the organization. Do not click links or open attachments\n"
    "unless you recognize the sender and know the content is safe.",
    "EXTERNAL EMAIL: Use caution when clicking on links or opening attachments.",
    "You don't often get email from rita@acme.example. Learn why this is important",
    "ACHTUNG: Diese E-Mail stammt von einem externen Absender.",
])
def test_an_external_sender_banner_above_the_text_is_dropped(banner):
    assert trim_reply(f"{banner}\n\nHi Rita,\n\n{ANSWER}") == f"Hi Rita,\n\n{ANSWER}"


@pytest.mark.parametrize("text", [
    "Attention: she is only free on Monday.",
    "Caution: external candidates need a second interview.",
    "External email: she wrote from her private address, so reply there.",
    "Warning: she asked for links to our blog and the attachments were missing.\nStill interview her.",
])
def test_a_persons_warning_at_the_top_stays(text):
    assert trim_reply(f"{text}\n\nBest,\nMaria") == f"{text}\n\nBest,\nMaria"

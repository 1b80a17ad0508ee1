"""A help desk's or app's "reply above this line" marker ends the person's text (mailer/reading/replymarkers.py,
REPLY_ABOVE_RE and REPLY_ABOVE_BARE_RE); a person's sentence naming such a line does not."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Interview Omar on Thursday.\n\nRegards,\nJo"
TICKET = "Ticket #4411 updated by Omar Haddad\n\nCan you check the candidate's availability?"


@pytest.mark.parametrize("marker", [
    "##- Reply ABOVE this line to answer -##",
    "=== Write your answer above this line ===",
    "***** please respond above the line *****",
    "– Reply above this line to add a comment to the card",
    "[---] Antworten Sie bitte oberhalb dieser Zeile [---]",
    "-- Kérjük, e sor fölé írja a válaszát --",
    "## Vă rugăm să răspundeți deasupra acestei linii ##",
    "##- Παρακαλώ απαντήστε πάνω από αυτή τη γραμμή -##",
    "##- Відповідайте над цим рядком -##",
    "--- Odpovedzte nad tento riadok ---",
    "##- 以下の内容への返信は、この行より上にご記入ください -##",
    "##- 請在此行以上回覆 -##",
])
def test_a_marker_set_off_by_marks_ends_the_text(marker):
    assert trim_reply(f"{ANSWER}\n\n{marker}\n\n{TICKET}") == ANSWER
    assert trim_reply(f"{ANSWER}\n{marker}\n{TICKET}") == ANSWER


@pytest.mark.parametrize("marker", [
    "Please reply above this line.",
    "Type your response above this line to respond",
    "Reply above this line to reach the hiring team",
    "Responda acima desta linha.",
    "Svar over denne linjen",
    "Відповідайте над цим рядком.",
    "この行より上にご返信ください。",
])
def test_a_marker_alone_on_its_line_ends_the_text(marker):
    assert trim_reply(f"{ANSWER}\n\n{marker}\n\n{TICKET}") == ANSWER


@pytest.mark.parametrize("sentence", [
    "Please reply above this line next time, the bot lost your last answer.",
    "Could you reply above this line? Then the ticket threads.",
    "Reply above this line only when you want it in the ticket; otherwise mail me.",
    "I asked them to reply above this line, not below it.",
    "Ja. Bitte oberhalb dieser Zeile antworten, sagt das System.",
    "Candidates who wrote below it instead of above this line were lost: please check.",
    "上面这行字是系统加的，请在此行上方回复是它的提示，我们不用管。",
])
def test_a_persons_sentence_naming_the_line_stays(sentence):
    body = f"Interview Omar.\n{sentence}\nAnd Li Wei too.\n\nRegards,\nJo"
    assert trim_reply(body) == body

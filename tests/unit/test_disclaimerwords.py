"""One list of a disclaimer's words (mailer/reading/disclaimerwords.py) read by the three rules that place it: a line
of its own under the text, a person's sentence given back, a paragraph whose opening is wrapped over lines. A phrase
that only one of the old lists held is now seen by all three, each with its own rule of where it counts."""

import pytest

from mailer.reading.disclaimerwords import DISCLAIMER_OPEN_RE, says_private
from mailer.reading.replytext import trim_reply

SIGNED = "Oui, on la rencontre jeudi.\n\nMarie"
QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("opening", [
    "This message, including its attachments, is confidential.",  # a comma after the noun, no verb list
    "Cet e-mail est confidentiel.",
    "La información contenida en este correo es confidencial.",
    "A informação contida neste e-mail é confidencial.",
    "Il presente messaggio è riservato.",
    "Die Informationen in dieser E-Mail sind vertraulich.",
    "Niniejsza wiadomość jest poufna.",
    "Deze e-mail is uitsluitend bestemd voor de ontvanger.",
])
def test_an_opening_once_in_one_list_ends_the_text_as_a_line_of_its_own(opening):
    assert trim_reply(f"{SIGNED}\n\n{opening}{QUOTE}") == SIGNED


@pytest.mark.parametrize("disclaimer", [
    "Der Inhalt dieser E-Mail\nist vertraulich. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte.",
    "Questa e-mail e gli eventuali\nallegati sono riservati. Se l'avete ricevuta per errore, cancellatela.",
    "The contents of this\nmessage are confidential. If you are not the intended recipient, delete it.",
    "Tato zpráva a její přílohy\njsou důvěrné. Pokud nejste adresát, zprávu smažte; je určena pouze adresátovi.",
])
def test_an_opening_wrapped_over_lines_is_read_joined_whatever_list_held_it(disclaimer):
    assert trim_reply(f"{SIGNED}\n\n{disclaimer}{QUOTE}") == SIGNED


@pytest.mark.parametrize("own", [
    "Ce message est destiné à Paul : c'est lui qui décide.",
    "Diese Mail ist bestimmt im Spam gelandet, schick sie bitte nochmal.",
    "Cet e-mail pour confirmer que j'ai réservé la salle.",
    "Este correo es para confirmar que he reservado la sala.",
    "Dit bericht is uitsluitend om te bevestigen dat ze komt.",
    "Ta wiadomość jest przeznaczona dla Toma: on zdecyduje o rozmowie.",
    "This message is intended for Tom: he decides on the interview.",
    "このメールは誤って送信しました。",
])
def test_a_persons_last_paragraph_that_shares_a_disclaimers_words_stays(own):
    body = f"Oui.\n\n{own}\n\nMarie"
    assert trim_reply(body + QUOTE) == body


@pytest.mark.parametrize("mine", [
    "Ok.\n\nThe content of this email is confidential, please don't forward it.\n\nInterview her.",
    "Ok.\n\nCet e-mail est confidentiel, ne le transfère pas.\n\nOn la voit jeudi.",
    "Ok.\n\nLa información contenida en este correo es confidencial, no la reenvíes.\n\nLa entrevistamos el jueves.",
])
def test_a_persons_confidential_sentence_above_their_text_stays_in_every_phrasing(mine):
    assert trim_reply(mine + QUOTE) == mine


def test_a_sentence_that_only_mentions_a_confidential_email_mid_paragraph_stays():
    body = "Yes, interview her.\nI forwarded this email to Tom, who keeps it confidential.\n\nDana"
    assert trim_reply(body + QUOTE) == body


@pytest.mark.parametrize("line, private", [
    ("This email is confidential.", True),
    ("This message is intended solely for the addressee.", True),
    ("Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate.", True),
    ("Dit bericht is bestemd voor Tom en mij.", False),
    ("Il presente messaggio è destinato a Tom. Solo lui decide.", False),  # "solo" is in its second sentence
])
def test_says_private_reads_the_first_sentence(line, private):
    assert DISCLAIMER_OPEN_RE.match(line)
    assert says_private(line) is private

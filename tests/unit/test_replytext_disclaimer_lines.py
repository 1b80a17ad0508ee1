"""Disclaimers in phrasings the first list did not hold (now in mailer/reading/disclaimerwords.py) end the text, and a
person's sentence about confidential data stays theirs (mailer/reading/disclaimerlines.py)."""

import pytest

from mailer.reading.replytext import trim_reply

TEXT = "Confermo il colloquio per giovedì.\n\nMarco"


@pytest.mark.parametrize("disclaimer", [
    "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate.",
    "Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e sono "
    "destinate esclusivamente alle persone sopraindicate.",
    "Questa e-mail e gli eventuali allegati contengono informazioni riservate.",
    "De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.",
    "The content of this email is confidential and intended for the recipient specified in message only.",
    "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den Adressaten bestimmt.",
    "Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.",
    "Tato zpráva je důvěrná a je určena pouze adresátovi.",
])
def test_a_disclaimer_paragraph_under_the_text_ends_it(disclaimer):
    assert trim_reply(f"{TEXT}\n\n{disclaimer}") == TEXT


def test_a_disclaimer_wrapped_over_lines_goes_whole():
    body = (f"{TEXT}\n\nQuesto messaggio e i suoi allegati sono indirizzati esclusivamente alle persone\n"
            "indicate. Se lo avete ricevuto per errore, cancellatelo e avvisate il mittente.")
    assert trim_reply(body) == TEXT


@pytest.mark.parametrize("body", [
    "Hallo,\n\ndiese E-Mail enthält vertrauliche Kundendaten, bitte nicht weiterleiten.\n"
    "Die Seriennummer ist 44-1234.\n\nGruß\nThomas",
    "Hi,\n\nthis email contains confidential salary figures, so please keep it to yourself.\n\n"
    "She asked for 85k and we can go to 80k.\n\nDana",
    "Ciao,\n\nquesto messaggio è riservato: non inoltrarlo al candidato.\n\nLo stipendio proposto è 45k lordi.\n\nMarco",
])
def test_a_persons_sentence_about_confidential_data_stays(body):
    assert trim_reply(body) == body


def test_a_short_disclaimer_line_under_the_name_still_goes():
    # no legal words, but nothing of the person's follows it: a disclaimer, as before
    body = "Yes, let's interview her.\n\nDana\n\nThis email is confidential and privileged."
    assert trim_reply(body) == "Yes, let's interview her.\n\nDana"


def test_a_persons_sentence_opening_like_the_new_phrasings_stays_above_their_text():
    body = "Questa e-mail è riservata al team, non girarla.\nIl candidato è ottimo, procediamo.\n\nMarco"
    assert trim_reply(body) == body


def test_a_short_disclaimer_over_its_legal_paragraph_still_goes():
    body = ("Yes, let's interview her.\n\nDana\n\nThis email is confidential.\n\n"
            "If you are not the intended recipient, please notify the sender and delete it.")
    assert trim_reply(body) == "Yes, let's interview her.\n\nDana"


QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("mine", [
    "Thanks.\n\nThe content of this email is confidential, please don't forward it.\n\nInterview her.",
    "Grazie.\n\nquesta email è riservata, non inoltrarla.\n\nSì, intervista.",
    "Danke.\n\nder Inhalt dieser E-Mail ist vertraulich.\n\nInterview.",
    "Thanks.\n\nThe content of this email is intended for the hiring team only.\n\n1 yes 2 pass",
    "Pass.\n\nQuesta email è riservata: non inoltrarla.\n\nSnooze 3d",
    "Ok.\n\nThe contents of this message are confidential until Friday.\n\nShe starts Monday.",
    "Ok.\n\nDeze e-mail is vertrouwelijk, niet doorsturen.\n\nPass – too junior",
])
def test_a_persons_confidential_sentence_with_their_words_under_it_stays(mine):
    assert trim_reply(mine + QUOTE) == mine


@pytest.mark.parametrize("company", ["Acme Corp", "Acme GmbH\nHafenstraße 3", "www.acme.example", "Acme Ltd.",
                                     "Acme Inc.\n12 Main St.", "Acme GmbH, Hafenstraße 3, Hamburg."])
def test_a_company_block_under_a_disclaimer_still_goes(company):
    for disclaimer in ("The content of this email is confidential.", "This message is confidential.",
                       "The content of this email is confidential and intended solely for the addressee. If you "
                       "are not the intended recipient, please delete it."):
        assert trim_reply(f"Yes.\n\n{disclaimer}\n\n{company}" + QUOTE) == "Yes."

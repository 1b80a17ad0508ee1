"""Quote headers signed with a list archive's stand-in for an address: Gmail's "2009/6/10 Ana Souza <ana at gmail.com>"
(pipermail writes "x at y", "x em y", "x en y" for "x@y"; the Portuguese Gmail of the time ended the line with no
":"), the class of the real mail in tests/data/replies/berlios_lists3, written here in our own sentences; and the
person's own lines that hold such an address, which stay."""

import pytest

from mailer.reading.archivedaddresses import as_addresses
from mailer.reading.replytext import trim_reply

QUOTE = "> Podemos ver a Joana na terça às dez?\n> Rita"


@pytest.mark.parametrize("attribution", [
    "2009/6/10 Ana Souza de Lima <ana at gmail.com>",
    "2009/6/10 Ana Souza de Lima <ana.souza em gmail.com>",
    "2010/10/4 Marco Rossi <marco.rossi at gmail.example.it>:",
    "2008/3/24 rsilva <rsilva em mail.example.com.br>:",
    "2015/11/3 Marta Gómez Ruiz <marta.gomez en uva.example.es>",
    "2012-03-02 Jan de Vries <jan at example.nl>",
])
def test_a_date_name_and_archived_address_above_the_quote_is_its_header(attribution):
    body = f"{attribution}\n\n{QUOTE}\n\nNa terça às dez está ótimo.\n\n[]'s\nPaulo\n"
    assert trim_reply(body) == "Na terça às dez está ótimo.\n\n[]'s\nPaulo"


def test_the_same_header_under_the_text_ends_it():
    body = "Sim, terça às dez.\n\n2009/6/10 Ana Souza <ana em gmail.com>\n\n" + QUOTE + "\n"
    assert trim_reply(body) == "Sim, terça às dez."


def test_an_archived_address_in_the_persons_sentence_stays():
    body = "Escreva para a Ana <ana em empresa.example.com.br>, ela marca a entrevista.\n\nAbraço,\nPaulo"
    assert trim_reply(body) == body


def test_a_dated_sentence_naming_an_archived_address_is_the_persons_text():
    # the line goes on after the address: a sentence of the person's, not a client's header
    body = ("2009/6/10 Ana Souza <ana at gmail.com> confirmou a entrevista.\n\n> Ela confirmou o horário?\n\n"
            "Sim, às dez.")
    assert trim_reply(body) == body


def test_a_log_line_with_an_archived_address_is_the_persons_text():
    body = ("O backup falhou de novo:\n\n2009/06/10 12:01:22 backup failed for <root at backup.example.org>\n\n"
            "Vou olhar amanhã.")
    assert trim_reply(body) == body


@pytest.mark.parametrize("line, read", [
    ("2009/6/10 Ana <ana at gmail.com>", "2009/6/10 Ana <ana@gmail.com>"),
    ("Em 05/10/07, Alex <alex em gmail.com> escreveu:", "Em 05/10/07, Alex <alex@gmail.com> escreveu:"),
    ("we at Acme <3 the new office", "we at Acme <3 the new office"),  # no brackets round it: no address
    ("<meeting at noon>", "<meeting at noon>"),  # no dotted domain: no address
    ("ana at gmail.com", "ana at gmail.com"),  # outside "<…>" the words are left alone
])
def test_only_a_bracketed_archived_address_is_read_back(line, read):
    assert as_addresses([line]) == [read]

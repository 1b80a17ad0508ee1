"""A person's lines that look like a pasted header block stay their words (mailer/reading/ownlookalikes.py: the last
header finder replytext asks, mail-parser-reply, must find a client's block: a sent date, an address or four
fields), while real blocks in the languages only that finder knows are still cut."""

import pytest

from mailer.reading.replytext import trim_reply


@pytest.mark.parametrize("body", [
    "Plan for the visit:\nFrom: Monday 9:00\nTo: Wednesday 17:00\nSubject: the new office layout\n\nDana",
    "Orari del colloquio:\nDa: lunedì alle 9\nA: mercoledì alle 17\n\nMarco",
    "bitte ändern Sie die Lieferadresse:\nVon: Lager Nord, Halle 3\nAn: Werk Süd, Tor 2\n\nGruß\nThomas",
    "Rozvrh:\nOd: pondělí ráno\nDo: středa večer\n\nPetr",
    "Trajet:\nDe: Gare du Nord\nÀ: La Défense\nObjet: le déménagement du bureau\n\nClaire",
])
def test_a_schedule_or_route_written_as_fields_stays(body):
    assert trim_reply(body) == body


@pytest.mark.parametrize("block", [
    ("Van: Rita Recruiter <rita@acme.example>", "Verzonden: maandag 13 maart 2006 10:20", "Aan: Dana",
     "Onderwerp: contract"),
    ("Da: Rita Recruiter", "Inviato: lunedì 13 marzo 2006 10:20", "A: Dana", "Oggetto: contratto"),
    ("Von: Rita Recruiter", "Gesendet: Montag, 13. März 2006 10:20", "An: Dana", "Betreff: Vertrag"),
])
def test_a_clients_block_is_still_history(block):
    body = "Fatto, grazie.\n\n" + "\n".join(block) + "\n\nPuoi mandarmi il contratto firmato?"
    assert trim_reply(body) == "Fatto, grazie."

"""Out-of-office notices told by their words alone (README "Out-of-office", reading/absence.py): the signs added
for what a notice says will become of the mail, and the Danish and French absences. Project-written sentences."""

import pytest

from mailer.reading.absence import says_out_of_office


@pytest.mark.parametrize("text", [
    "I am out of the office until December 7. Your message will be read when I return.",
    "I am on vacation until December 7 and will check my email periodically.",
    "Je suis en vacances jusqu'au 7 décembre. Votre message sera traité à mon retour.",
    "Je suis absente du bureau jusqu'au 7 décembre, sans accès à mes mails.",
    "Ich bin bis zum 7. Dezember nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.",
    "Jeg er på ferie indtil 7. december. Din mail bliver ikke videresendt.",
    "Jeg er på barsel og har ikke adgang til min mail.",
    "Jeg holder juleferie og besvarer din mail når jeg er tilbage.",
])
def test_notices_by_what_becomes_of_the_mail(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    # a person's own words about an absence, with what they will do: their answer
    "Jeg holder ferie i næste uge, men vi kan sagtens tage et møde mandag.",
    "Jeg holder ferie i næste uge, ring hvis det haster.",
    "I'm out of the office next week, but your message will be answered by Bob, he knows the candidate.",
    "Je suis en vacances la semaine prochaine, votre message sera transmis à Marie.",
    "Ich bin nächste Woche im Urlaub, Ihre Nachricht wird an Peter weitergeleitet.",
    "Je suis en déplacement demain mais je regarde le CV ce soir.",
])
def test_a_person_saying_as_much_is_no_notice(text):
    assert not says_out_of_office(text)

"""The blind decision sweep (tests/unit/decision_shapes_blind.py): no "yes"/"no" in seven languages is read as a
decision the manager did not make. A missed decision only leaves the answer for the recruiter to read, so misses are
counted (`python bench/decisions.py --blind`), not failed; a wrong one fails unless KNOWN_WRONG lists it with why."""

import pytest

from decision_shapes_blind import SHAPES, cases, framed, reading

_WRONG_PERSON = "a no saying the mail reached the wrong person is read as the word alone (pass), not as not mine"
_ANOTHER_MATTER = ("a yes/no is read as the word alone although the sentence after it answers something else, "
                   "acknowledges, defers or asks")
_CONDITION = "a yes/no is read as the word alone although the sentence after it makes it conditional"
_NEXT_LINE = "a yes/no alone on its line is read although the next line defers, acknowledges or asks"

# (language, line) read as a decision it does not make, each with why it is left; each must still be read wrong in
# some frame (a fix takes it off the list).
KNOWN_WRONG = {
    ('en', "No, I'm not the hiring manager for this role"): _WRONG_PERSON,
    ('en', 'No. I need more time to review.'): _ANOTHER_MATTER,
    ('en', "No, I don't know yet"): _ANOTHER_MATTER,
    ('en', 'No, can you send the CV again? The attachment is missing.'): _ANOTHER_MATTER,
    ('en', 'Yes, but I need to check with Sam first'): _ANOTHER_MATTER,
    ('en', 'No, the link is broken'): _ANOTHER_MATTER,
    ('en', 'Yes, but let me ask Sam'): _ANOTHER_MATTER,
    ('en', 'Yes, I saw it'): _ANOTHER_MATTER,
    ('en', "No, I haven't opened it"): _ANOTHER_MATTER,
    ('en', 'No, I was out last week, looking now'): _ANOTHER_MATTER,
    ('en', 'Yes, Sam forwarded it to me'): _ANOTHER_MATTER,
    ('en', "No, the PDF won't open"): _ANOTHER_MATTER,
    ('en', "No, I don't have access to the ATS"): _ANOTHER_MATTER,
    ('en', 'Yes, thanks for the reminder'): _ANOTHER_MATTER,
    ('en', 'Yes, we talked about her on Friday'): _ANOTHER_MATTER,
    ('en', "No, we haven't discussed her yet"): _ANOTHER_MATTER,
    ('en', "No, I'm still waiting for Sam's feedback"): _ANOTHER_MATTER,
    ('en', 'Yes, the team is reviewing it'): _ANOTHER_MATTER,
    ('en', "No, I'm travelling until Thursday"): _ANOTHER_MATTER,
    ('en', "Yes, I'm on it"): _ANOTHER_MATTER,
    ('en', 'No, sorry, swamped this week'): _ANOTHER_MATTER,
    ('en', 'Yes, I forwarded it to Tom'): _ANOTHER_MATTER,
    ('en', "Yes, that's the right email address"): _ANOTHER_MATTER,
    ('en', "No, I didn't get the previous mail"): _ANOTHER_MATTER,
    ('de', 'Nein, der Link funktioniert nicht'): _ANOTHER_MATTER,
    ('de', 'Ja, aber ich muss erst mit Sam sprechen'): _ANOTHER_MATTER,
    ('de', 'Ja, ich schaue es mir morgen an'): _ANOTHER_MATTER,
    ('de', 'Nein, der Anhang fehlt'): _ANOTHER_MATTER,
    ('de', 'Ja, danke für die Erinnerung'): _ANOTHER_MATTER,
    ('de', 'Nein, ich bin bis Donnerstag unterwegs'): _ANOTHER_MATTER,
    ('fr', "Non, il n'y a pas de log mysql."): _ANOTHER_MATTER,
    ('fr', 'Non, le lien ne marche pas'): _ANOTHER_MATTER,
    ('fr', 'Oui, mais je dois voir avec Sam'): _ANOTHER_MATTER,
    ('fr', 'Non, la pièce jointe manque'): _ANOTHER_MATTER,
    ('es', 'No, el enlace no funciona'): _ANOTHER_MATTER,
    ('es', 'Sí, pero tengo que consultarlo con Sam'): _ANOTHER_MATTER,
    ('es', 'No, ¿puedes reenviar el CV? Falta el adjunto.'): _ANOTHER_MATTER,
    ('es', 'No, estoy de viaje hasta el jueves'): _ANOTHER_MATTER,
    ('nl', 'Ja, ontvangen'): _ANOTHER_MATTER,
    ('nl', 'Ja, maar ik moet eerst met Sam overleggen'): _ANOTHER_MATTER,
    ('nl', 'Ja, ik kijk er morgen naar'): _ANOTHER_MATTER,
    ('it', 'No, non ho ancora avuto tempo'): _ANOTHER_MATTER,
    ('it', 'No, il link non funziona'): _ANOTHER_MATTER,
    ('it', "No, puoi rimandare il CV? Manca l'allegato."): _ANOTHER_MATTER,
    ('it', 'No, non ancora'): _ANOTHER_MATTER,
    ('en', 'Yes, if the budget is approved'): _CONDITION,
    ('en', "Yes, assuming she's still available in January"): _CONDITION,
    ('de', 'Ja, wenn sie im Mai anfangen kann'): _CONDITION,
    ('de', 'Nein, außer sie kann Go'): _CONDITION,
    ('fr', 'Non, sauf si elle connaît Go'): _CONDITION,
    ('es', 'Sí, si puede empezar en mayo'): _CONDITION,
    ('es', 'No, a menos que sepa Go'): _CONDITION,
    ('nl', 'Ja, als ze in mei kan beginnen'): _CONDITION,
    ('en', 'Yes\nbut I need to check with Sam first'): _NEXT_LINE,
    ('en', 'No.\nI need more time to review.'): _NEXT_LINE,
    ('en', 'Yes.\nGot it, will read it tonight.'): _NEXT_LINE,
    ('en', 'No\nthe attachment is missing'): _NEXT_LINE,
    ('en', "Yes\nCan you resend the CV? It didn't come through."): _NEXT_LINE,
    ('en', 'No.\nWhich candidate is this?'): _NEXT_LINE,
    ('de', 'Nein.\nIch brauche noch Zeit.'): _NEXT_LINE,
    ('de', 'Ja\naber erst mit Sam abstimmen'): _NEXT_LINE,
    ('fr', "Non.\nJe n'ai pas encore regardé."): _NEXT_LINE,
    ('fr', 'Oui\nmais je dois en parler à Sam'): _NEXT_LINE,
    ('es', 'No.\nNecesito más tiempo para revisarlo.'): _NEXT_LINE,
    ('es', 'Sí\npero primero lo hablo con Sam'): _NEXT_LINE,
    ('it', 'No.\nHo bisogno di più tempo.'): _NEXT_LINE,
}


def _framed_cases() -> list[tuple[str, str, str, str]]:
    return [(lang, text, body, want) for lang, shapes in SHAPES.items() for family, text, want in shapes
            for _, body in framed(lang, family, text)]


def _wrong(body: str, want: str) -> bool:
    return reading(body) not in (want, "none")


@pytest.mark.parametrize("lang, text, body, want", _framed_cases(), ids=lambda v: str(v)[:40])
def test_no_line_is_read_as_a_decision_it_does_not_make(lang, text, body, want):
    if (lang, text) in KNOWN_WRONG:
        return
    assert not _wrong(body, want), f"read as {reading(body)}"


def test_each_known_wrong_reading_is_still_wrong():
    still = {(lang, text) for lang, text, body, want in _framed_cases() if _wrong(body, want)}
    assert set(KNOWN_WRONG) <= still, f"fixed: take off KNOWN_WRONG: {set(KNOWN_WRONG) - still}"


def test_the_sweep_spans_what_it_claims():
    assert set(SHAPES) == {"en", "de", "fr", "es", "nl", "it", "pt"}
    assert {family for shapes in SHAPES.values() for family, _, _ in shapes} == {
        "word", "carries", "other", "hedge", "lines"}
    assert sum(len(shapes) for shapes in SHAPES.values()) >= 250
    assert sum(want == "none" for shapes in SHAPES.values() for *_, want in shapes) >= 120  # the hard negatives
    assert len(cases()) == len(_framed_cases())

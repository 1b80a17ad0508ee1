"""A company signer's short office extension alone under their name and closing ("Thanks," / "Bill" / "3-3831") is
signature (the third Enron sample of tests/data/replies; mailer/reading/signerlines.py). Sentences are this
file's own, in the shape of that mail; the hard negatives are numbers the person wrote as their text."""

import pytest

from mailer.reading.replytext import trim_reply

TEXT = "Updated interview schedule for the analyst pool.\n\nCall if anything clashes."
HISTORY = ("\n\n -----Original Message-----\nFrom:  Lee, Dana  \nSent: Wednesday, March 14, 2001 6:44 PM\n"
           "To: Hale, Tom\nSubject: analyst pool\n\nCan you send the new schedule?\n")


@pytest.mark.parametrize("closing, name, extension", [
    ("Thanks,", "Tom", "3-3831"),
    ("Regards,", "Tom Hale", "x3-3831"),
    ("Best,", "Priya", "Ext. 5-4693"),
    ("Thanks!", "Tom", "x3831"),
    ("Cheers,", "Dana Lee", "ext 31822"),
])
def test_an_extension_under_the_closing_and_name_is_signature(closing, name, extension):
    body = f"{TEXT}\n\n{closing}\n{name}\n{extension}{HISTORY}"
    assert trim_reply(body) == f"{TEXT}\n\n{closing}\n{name}"


def test_an_extension_under_a_closing_with_the_name_on_its_line_is_signature():
    body = f"{TEXT}\n\nThanks, Tom\n5-4693\n"
    assert trim_reply(body) == f"{TEXT}\n\nThanks, Tom"


def test_the_extension_goes_when_the_mail_ends_there():
    body = f"{TEXT}\n\nRegards,\nTom\n3-3831\n\n"
    assert trim_reply(body) == f"{TEXT}\n\nRegards,\nTom"


@pytest.mark.parametrize("body", [
    # a number under a name with no closing above it: the person's list of who to call
    "Who to call about the panels:\n\nTom\n3-3831\n",
    "Room bookings are in.\n\nPriya\n5-4693",
    # text under the extension: the signer goes on writing
    f"{TEXT}\n\nThanks,\nTom\n3-3831\nPS the Friday slot moved to 2pm.",
    # the extension inside a sentence, and a deal number, are text
    f"{TEXT}\n\nThanks,\nTom\n3-3831 is the number for the panel room.",
    f"{TEXT}\n\nThanks,\nTom\nQ74176.1",
    # two extensions under the name are a list the person gives, not one signer's line
    f"{TEXT}\n\nThanks,\nTom\n3-3831\n5-4693",
])
def test_numbers_the_person_writes_stay(body):
    assert trim_reply(body) == body.strip()

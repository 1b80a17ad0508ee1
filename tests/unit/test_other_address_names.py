"""Who may be the manager writing from another address (mailer/otheraddress.py): a part of the manager's name
in the stranger's name or address; case and accents do not matter; initials and short parts prove nothing."""

from mailer.otheraddress import may_be, name_parts


def test_the_managers_name_in_the_address_or_display_name_may_be_them():
    assert may_be("Maria Manager", "maria@acme.example", "", "maria@gmail.com")
    assert may_be("María Núñez", "mnunez@acme.example", "", "nunez.maria@gmx.example")  # accents folded
    assert may_be("Maria Manager", "maria@acme.example", "Maria M.", "mm1987@gmail.com")  # by display name
    assert may_be("Maria Manager", "mmanager@acme.example", "", "mmanager@gmail.com")  # by the local part


def test_another_name_or_initials_alone_are_someone_else():
    assert not may_be("Maria Manager", "maria@acme.example", "Sam Scheduler", "sam.scheduler@acme.example")
    assert not may_be("Al Bo", "al@acme.example", "Al Bo", "ab@gmail.com")  # parts under three letters
    assert not may_be("Maria Manager", "maria@acme.example", "", "m.m@gmail.com")
    assert name_parts("Jean-Luc Picard <jl@x>", "jean_luc.picard42@gmail.com") == {"jean", "luc", "picard"}

"""Who may be the manager writing from another address (mailer/otheraddress.py): the manager's full name (two
parts, either order) in the stranger's name or address, or the manager's whole local part inside the
stranger's; case and accents do not matter; particles, initials and short parts prove nothing; at the
company's own domains only the full name counts."""

from mailer.otheraddress import may_be, name_parts

OWN = frozenset({"acme.example"})


def test_the_managers_full_name_or_whole_local_part_may_be_them():
    assert may_be("Maria Manager", "maria@acme.example", "", "maria.manager@gmail.com")
    assert may_be("Maria Manager", "maria@acme.example", "", "manager.maria@gmail.com")  # either order
    assert may_be("Maria Manager", "maria@acme.example", "", "mariamanager1987@gmail.com")  # run together
    assert may_be("María Núñez", "mnunez@acme.example", "", "nunez.maria@gmx.example")  # accents folded
    assert may_be("Maria Manager", "x1@acme.example", "Maria Manager", "mm1987@gmail.com")  # by display name
    assert may_be("Maria Manager", "mmanager@acme.example", "", "mmanager@gmail.com")  # by the local part
    assert may_be("Maria Manager", "maria.manager@acme.example", "", "maria_manager.home@gmail.com")


def test_one_shared_name_word_is_a_colleague_not_the_manager():
    assert not may_be("David Kim", "dkim@acme.example", "Sarah Kim", "sarah.kim@gmail.com")
    assert not may_be("Maria Manager", "maria@acme.example", "Maria M.", "mm1987@gmail.com")  # first name only
    assert not may_be("Maria Manager", "maria@acme.example", "Sam Scheduler", "sam.scheduler@acme.example")
    assert not may_be("Al Bo", "al@acme.example", "Al Bo", "ab@gmail.com")  # parts under three letters
    assert not may_be("Maria Manager", "maria@acme.example", "", "m.m@gmail.com")


def test_name_particles_are_not_name_parts():
    assert not may_be("Anna van Dijk", "anna.vandijk@acme.example", "Piet van Houten", "piet@gmail.com")
    assert not may_be("Omar bin Khalid", "obk@acme.example", "Sami bin Omar", "sami@gmail.com")
    assert not may_be("Luis de la Cruz", "ldlc@acme.example", "Ana de la Vega", "ana.delavega@gmail.com")
    assert may_be("Anna van Dijk", "avd@acme.example", "", "dijk.anna@gmail.com")  # her parts still count
    assert name_parts("Anna van der Berg") == {"anna", "berg"}


def test_at_the_companys_own_domains_only_the_full_name_counts():
    # Maria Gonzalez at the company has "maria" in her address, as the manager's local part is "maria".
    assert not may_be("Maria Manager", "maria@acme.example", "Maria Gonzalez", "maria.gonzalez@acme.example", OWN)
    assert may_be("Maria Manager", "maria@acme.example", "Maria Gonzalez", "maria.gonzalez@gmail.com", OWN)
    assert may_be("Maria Manager", "maria@acme.example", "Maria Manager", "mm2@acme.example", OWN)  # full name


def test_name_parts_fold_and_split_addresses():
    assert name_parts("Jean-Luc Picard <jl@x>", "jean_luc.picard42@gmail.com") == {"jean", "luc", "picard"}


def test_names_in_other_scripts_are_compared_too():
    # Folding drops accents, not letters: a Cyrillic name is still a name (it once folded to nothing).
    assert may_be("Мария Иванова", "maria@acme.example", "Иванова Мария", "mi.home@mail.example")
    assert not may_be("Мария Иванова", "maria@acme.example", "Ольга Иванова", "olga@mail.example")

"""`mailer check` at a first setup against the real Dovecot: a wrong folder name is said with the key to fix and
the folders there are, not as the server's "select failed: Mailbox doesn't exist: Inbx (0.005 + 0.000 secs)"."""

import pytest

pytestmark = pytest.mark.integration


def test_a_folder_that_does_not_exist_names_imap_folder_and_the_folders_there(world):
    world.write_config(folder="Inbx")
    result = world.cli("check")
    assert result.returncode == 1, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("FAIL IMAP login")]
    assert line == "FAIL IMAP login: imap.folder: no folder 'Inbx' on the server; it has Drafts, INBOX, Junk, Sent, Trash"


def test_the_daemon_says_the_same_of_a_folder_that_does_not_exist(world):
    world.write_config(folder="Inbx")
    result = world.cli("run", "--once")
    assert result.returncode == 1
    assert "read: imap.folder: no folder 'Inbx' on the server; it has Drafts, INBOX, Junk, Sent, Trash" in result.stderr
    assert "Traceback" not in result.stderr

"""PGP clear-signed replies (mailer/reading/pgparmour.py): the armour's lines are no reply text, dash-escaped lines
are read as written, and a person's lines that only look like armour stay."""

from mailer.reading.pgparmour import clear_signed_text
from mailer.reading.replytext import trim_reply

SIGNATURE = ["-----BEGIN PGP SIGNATURE-----", "Version: GnuPG v2", "", "iQEzBAEBCAAdFiEEabc", "=AbCd",
             "-----END PGP SIGNATURE-----"]


def _body(*lines):
    return "\n".join(lines)


def test_the_hash_line_does_not_turn_a_bottom_post_into_an_inline_answer():
    body = _body("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA256", "", "On 3/4/2019 9:12, Ola Berg wrote:",
                 "> Does the importer still choke on empty rows?", "", "Not since 2.4, it skips them now.", "",
                 "Kjell", "", *SIGNATURE)
    assert trim_reply(body) == "Not since 2.4, it skips them now.\n\nKjell"


def test_a_top_post_keeps_its_text_and_loses_the_signature_block():
    body = _body("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "Ahoj,", "", "funguje to, díky.", "",
                 "Zdeněk", "", "Dne 4.3.2019 v 9:12 Ola napsal(a):", "> Funguje ti to?", *SIGNATURE)
    assert trim_reply(body) == "Ahoj,\n\nfunguje to, díky.\n\nZdeněk"


def test_a_dash_escaped_signature_delimiter_still_opens_the_signature():
    body = _body("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA512", "", "Pushed the fix to main.", "",
                 "- -- ", "Kjell Berg | https://example.org/~kjell", *SIGNATURE)
    assert trim_reply(body) == "Pushed the fix to main."


def test_a_dash_escaped_original_message_marker_still_opens_the_history():
    body = _body("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "Agreed, ship it.", "",
                 "- -----Original Message-----", "From: Ola Berg", "Sent: Monday, March 4, 2019 9:12 AM",
                 "To: Kjell Berg", "Subject: release", "", "Shall we ship 2.5 today?", *SIGNATURE)
    assert trim_reply(body) == "Agreed, ship it."


def test_several_armour_headers_go_and_the_text_under_them_stays():
    assert clear_signed_text(["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "NotDashEscaped: yes", "",
                              "Yes."]) == ["Yes."]


def test_a_persons_lines_that_look_like_armour_stay():
    # no clear-signed block: "Hash:" and a dashed bullet are the person's
    lines = ["Hash: the file's SHA1 is 3f2a, please compare.", "- first check the mirror", "- then the tarball"]
    assert clear_signed_text(lines) == lines
    assert trim_reply("\n".join(lines)) == "\n".join(lines)


def test_a_bullet_inside_signed_text_is_not_unescaped_twice():
    # RFC 4880 escapes only lines opening with "-": "- - item" is the person's "- item"
    assert clear_signed_text(["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "Steps:", "- - stop it",
                              "- - start it", *SIGNATURE]) == ["Steps:", "- stop it", "- start it"]


def test_a_quoted_clear_signed_mail_is_left_to_the_quote_rules():
    body = _body("Thanks, that explains it.", "", "Ola Berg wrote:", "> -----BEGIN PGP SIGNED MESSAGE-----",
                 "> Hash: SHA1", ">", "> The importer skips empty rows now.")
    assert clear_signed_text(body.split("\n")) == body.split("\n")
    assert trim_reply(body) == "Thanks, that explains it."


class _CountingPattern:
    """A compiled pattern that counts how many lines it was asked about (a seam for the rule's cost)."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, line):
        self.calls += 1
        return self.pattern.match(line)


def test_many_unclosed_signature_blocks_are_read_in_one_pass(monkeypatch):
    # each block opens a signature that never ends: looking for its END line from every start to the end of the
    # mail asked about every line below each start (6,000 blocks: 18 million lines, a few minutes)
    from mailer.reading import pgparmour
    counting = _CountingPattern(pgparmour._SIGNATURE_END_RE)
    monkeypatch.setattr(pgparmour, "_SIGNATURE_END_RE", counting)
    block = ["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "Yes", "-----BEGIN PGP SIGNATURE-----", "abc"]
    lines = block * 6000
    assert clear_signed_text(lines) == ["Yes", "abc"] * 6000
    assert counting.calls <= 2 * len(lines)

"""The signature block under a reply's closing and signed name: which lines of the kept text are title, company,
phone and link lines to drop (data in mailer/reading/replymarkers.py; mailer/reading/replytext.py calls it)."""

from __future__ import annotations

import re

from mailer.reading.commands import DEFAULT_WORDS
from mailer.reading.replymarkers import CLOSING_RE, CONTACT_RE, DELIM_RE, EMPTY_RE, SIGN_OFF_RE

_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
# A signed name with post-nominal letters ("John Doe, FCLS", "Jane Smith, PhD, SPHR"): it opens a signature block
# even with no closing above it.
_CREDENTIALED_RE = re.compile(
    r"^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}(?:,\s*(?:[A-Z]{2,6}(?:-[A-Z]{2,3})?|Ph\.?D\.?|M\.?D\.?|Esq\.?|MSc|BSc))+$")
# A signed name with its job title on the same line ("James Public, Lever Manager", "Jane Doe | Head of People",
# "Omar Khan – Talent Partner"): two to four capitalised words, a comma, bar or dash, then a title of capitalised
# words (with "of", "and", "&" between them).
_NAME_AND_TITLE_RE = re.compile(
    r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\s*(?:,|\||\s[-–—])\s*"
    r"[A-Z][\w&'./-]*(?:\s+(?:[A-Z][\w&'./-]*|of|and|for|&|de|du|der|für|und)){0,5}$")
_LINK_OPEN_RE = re.compile(r"(?:www\.|https?://|[\w.+-]+@)")  # "www.acme.example | Help Center" opens in lower case
_SIGNATURE_LINES = 8  # at most this many lines under a sign-off's name are taken for its signature block
# A company's legal form (the abbreviations of ISO 20275's entity legal forms people write) or a Hungarian street's
# house number ends a signature line with a full stop that ends no sentence: "Acme Inc.", "Acme S.r.l.", "Acme Sp. z
# o.o.", "Acme Kft.", "Andrássy út 1."; "Bring the C.V." or "See you at 3." under the name end sentences and stay.
_ABBREVIATION_END_RE = re.compile(
    r"(?:^|\s)(?:Inc|Ltd|Ltda|Corp|Co|LLC|Kft|Zrt|Nyrt|Bt|Pty|Plc|Cía|Cia|S\.A|S\.L|S\.r\.l|S\.p\.A|S\.R\.L|S\.A\.S|"
    r"S\.A\.C|B\.V|N\.V|A\.Ş|Α\.Ε|s\.r\.o|a\.s|z o\.o|e\.V|K\.K|AG|GmbH & Co\. KG|(?:út|utca|tér|körút|krt\.) \d{1,4})\.$")
# An address line that opens with a street's abbreviation in lower case and the street's capitalised name, and holds
# its number ("ul. Marszałkowska 1", "ул. Тверская, д. 1", "str. Lipscani 5"); "ps. call her at 5" is a sentence.
_STREET_RE = re.compile(r"^(?!p\.?s\.|n\.?b\.)[^\W\d_]{1,4}\. (?=[^\W\d_])(?![a-zà-ÿа-яёіїєґ]).*\d")
# A signed name in Chinese, Japanese or Korean: two to four Han or Hangul characters, family and given name
# sometimes apart ("王芳", "山田 太郎", "김민지"), which have no capitals to tell them by.
_CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff\uac00-\ud7af]{1,3}(?: ?[\u4e00-\u9fff\uac00-\ud7af]{1,3})?$")


def cut_signature(lines: list[str], kept: list[int]) -> list[int]:
    """Under a closing ("Best regards,", "Viele Grüße") that follows some text, keep the name line and drop
    the block of title, company, phone and link lines under it, when that block is all the rest. Only a
    block that reads as one (a contact line, or several capitalised lines) is dropped, so a command
    written under a sign-off ("Thanks\nJane is great\ninterview") stays."""
    text = [k for k in kept if not EMPTY_RE.match(lines[k])]
    for pos in range(max(1, len(text) - _SIGNATURE_LINES - 2), len(text) - 1):
        name = lines[text[pos + 1]] if pos + 1 < len(text) else ""
        if not CLOSING_RE.match(lines[text[pos]][:_LINE_PEEK]) or not name_line(name) or CLOSING_RE.match(name):
            here = lines[text[pos]]
            below = text[pos + 1:]
            announced = lines[text[pos - 1]].rstrip().endswith((":", "："))  # "Also invite this one:" / "Omar" / …
            if len(here) <= 80 and not announced and (
                    (name_line(here) and _repeats_name(here, lines, below))
                    or (_CREDENTIALED_RE.match(here.strip()) and _contact_block(lines, below))
                    or ((_NAME_AND_TITLE_RE.match(here.strip())
                         or (name_line(here) and _titled(lines, text[pos], below)))
                        and _signs_off(lines, kept, text[pos]) and _address_block(lines, below))):
                return [k for k in kept if k <= text[pos]]
            continue
        rest = [lines[k].strip() for k in text[pos + 2:]]
        if not rest:
            continue
        contact = any(CONTACT_RE.search(x) for x in rest)
        # Han, kana and Hangul have no capitals to tell a title from a sentence written without its full stop
        # ("내일" / "연락드릴게요"): lines of those alone are a signature only with a contact among them.
        caseless = not any(c.isupper() for x in rest for c in x)
        if (contact or (not caseless and (len(rest) >= 2 or _title_line(rest[0])))) \
                and all(signature_line(x) for x in rest):
            return [k for k in kept if k <= text[pos + 1]]
    return kept


_TAG_RE = re.compile(r"^\S{1,12}(?: \S{1,12})?$")  # "jm~", "-- jm", "J.M."
_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.){1,3}$")  # "J.M." ends in a full stop that ends no sentence
# A line that opens with one of the command words a manager or recruiter answers with ("Interview", "pass - too
# junior", "snooze 3d", "Yes"), after any dash or tilde: what mailer asked for, never a signature's line.
_COMMAND_OPEN_RE = re.compile(
    r"^[\s\-–—~*/]*(?:" + "|".join(sorted((re.escape(w) for ws in DEFAULT_WORDS.values() for w in ws), key=len,
                                          reverse=True)) + r")(?!\w)", re.I)
_TAG_MARK_RE = re.compile(r"~|^-")  # "jm~", "~Marta", "-- mg", "-mg": the mark says the line signs the mail


def opens_with_command(line: str) -> bool:
    """Does the line open with a command word ("Interview", "pass on Omar", "Snooze Omar 3d", "Yes")? Initials
    ("N.G.", "Y.K.") open with none."""
    return not _INITIALS_RE.match(line.strip()) and bool(_COMMAND_OPEN_RE.match(line))


def _stands_for_signer(tag: str, signer: str) -> bool:
    """Is the tag the signer's own under the separator below it: a marked tag ("jm~", "-- mg", "~Marta"), their
    initials ("mg", "M.G." over "Marta Gómez", "jm" over "J. Miguel Marin") or their first or last name?"""
    if _TAG_MARK_RE.search(tag):
        return True
    letters = "".join(re.findall(r"[^\W\d_]+", tag)).lower()
    names = [x.lower() for x in re.findall(r"[^\W\d_]+", signer)]
    if not letters or not names:
        return False
    initials = "".join(x[0] for x in names)
    return letters in (initials, names[0][0] + names[-1][0], names[0], names[-1])


def signed_above_quote(lines: list[str], kinds: list[str], kept: list[int]) -> list[int]:
    """Some webmail puts the sender's signature under the quoted history, so a reply reads: the text, its closing,
    the quote, then a short signed tag over the signature block ("Un saludo" / "> …" / "jm~" / "____" / "J. Miguel
    Marin"). When the text above the last quote has a sentence and ends with a closing, and under the quote there is
    only such a tag (one short line, no sentence, marked as a tag or standing for the signer named under the
    separator, never a command word) right above a separator, the quote and the tag are no inline answer: the kept
    lines end at the closing. An answer under a quote ("Yes, Monday." / "-- ") is a sentence, and a
    reply that opens with "Thanks!" over an inline answer has no sentence above its closing; both stay."""
    last_quote = next((x for x in range(len(kept) - 1, -1, -1) if kinds[kept[x]] == "q"), None)
    if last_quote is None:
        return kept
    tail = [k for k in kept[last_quote + 1:] if kinds[k] != "e"]
    if len(tail) != 1 or kinds[tail[0]] != "t":
        return kept
    tag = lines[tail[0]].strip()
    if not _TAG_RE.match(tag) or (re.search(r"[.!?,;:]$", tag) and not _INITIALS_RE.match(tag)):
        return kept
    below = next((k for k in range(tail[0] + 1, len(lines)) if kinds[k] != "e"), None)
    if below is None or kinds[below] != "d" or opens_with_command(tag):
        return kept  # "Interview" / "-- " is the inline answer the quote asks for
    signer = next((lines[k].strip() for k in range(below + 1, len(lines)) if kinds[k] != "e"), "")
    if not _stands_for_signer(tag, signer):
        return kept  # "Thursday" over "Dana Lee" answers the quote; only the signer's own tag signs it
    start = last_quote
    while start > 0 and kinds[kept[start - 1]] in "qe":
        start -= 1
    above = [lines[k].strip() for k in kept[:start] if kinds[k] == "t"]
    if len(above) < 2 or not (CLOSING_RE.match(above[-1][:_LINE_PEEK]) or SIGN_OFF_RE.match(above[-1][:_LINE_PEEK])):
        return kept
    if not any(re.search(r"[.!?)]$", x) for x in above[:-1]):
        return kept  # "Thanks!" over an inline answer: no text has been signed off yet
    return kept[:start]


_QUOTED_CLOSING_LINES = 3  # the quoted mail's closing and name above its own "--"
_QUOTED_SIGNATURE_LINES = 12  # its signature and the list's footer under that "--"
_CLOSING_TAIL_LINES, _CLOSING_TAIL_CHARS = 2, 40  # the person's closing under that quote: a line or two, short


def quoted_signature_above_closing(lines: list[str], kinds: list[str], kept: list[int]) -> list[int]:
    """An inline answer often runs to the end of the mail it quotes, so its last quote is that mail's closing, name,
    "--" signature and list footer, with the person's own short closing under it ("> Abraços," / "> Thiago" / "> --"
    / "> …" / "valeu..."). That quote holds nothing they answer: it goes and the closing stays. A quote with a
    sentence above its "--" ("> Can you come on Monday?"), one without a "--", or a line under it that is more than a
    short closing ("Is this your new number?") stays."""
    last = next((x for x in range(len(kept) - 1, -1, -1) if kinds[kept[x]] == "q"), None)
    if last is None:
        return kept
    tail = [lines[k].strip() for k in kept[last + 1:] if kinds[k] != "e"]
    if not 0 < len(tail) <= _CLOSING_TAIL_LINES or any(kinds[k] not in "te" for k in kept[last + 1:]) \
            or any(len(x) > _CLOSING_TAIL_CHARS or x.endswith("?") for x in tail):
        return kept
    start = last
    while start > 0 and kinds[kept[start - 1]] in "qe":
        start -= 1
    if not any(kinds[k] == "t" for k in kept[:start]):
        return kept  # no answer above it: the quote is the one being answered
    quoted = [x for x in (re.sub(r"^\s*(?:>\s?)+", "", lines[k]).strip() for k in kept[start:last + 1]) if x]
    delim = next((i for i, x in enumerate(quoted) if DELIM_RE.match(x)), None)
    if delim is None or delim > _QUOTED_CLOSING_LINES or len(quoted) - delim - 1 > _QUOTED_SIGNATURE_LINES:
        return kept
    if not all(_closing_or_name(x) for x in quoted[:delim]):
        return kept
    return kept[:start] + kept[last + 1:]


def _closing_or_name(line: str) -> bool:
    """A closing ("Abraços,", "Best,") or a name ("Thiago Arrais"): a few words that end no sentence."""
    if CLOSING_RE.match(line) or SIGN_OFF_RE.match(line):
        return True
    return len(line.split()) <= 4 and len(line) <= _CLOSING_TAIL_CHARS and not re.search(r"[.!?:;]$", line)


def _repeats_name(name: str, lines: list[str], block: list[int]) -> bool:
    """A signed first name ("Eva") above a signature block that opens with the full name and holds a contact
    ("Mag. Eva Musterfrau" / address / "Tel: …"): the block is the signature even with no closing above it."""
    rest = [lines[k].strip() for k in block]
    if not 2 <= len(rest) <= _SIGNATURE_LINES:
        return False
    first = name.strip().lstrip("-—–/~* ").split()[0]
    return first in re.findall(r"\w+", rest[0]) and any(CONTACT_RE.search(x) for x in rest[1:]) \
        and all(signature_line(x) for x in rest)


def _contact_block(lines: list[str], block: list[int]) -> bool:
    """Company, title and contact lines under a name with its post-nominal letters ("Jane Smith, SPHR" / "Acme Inc" /
    "555-941-0697"): short lines, one contact or more, and no sentence among them."""
    rest = [lines[k].strip() for k in block]
    return 0 < len(rest) <= _SIGNATURE_LINES and any(CONTACT_RE.search(x) for x in rest) and \
        all(signature_line(x) and len(x.split()) <= 6 and not re.search(r"[?!]", x) for x in rest)


def _signs_off(lines: list[str], kept: list[int], at: int) -> bool:
    """Does the line at `at` stand apart under finished text, as a signature does: a blank line above it and a full
    sentence (or a closing) ending the text above? "Please also look at" / "Omar Khan, Data Engineer" names a
    candidate, no signer."""
    above = [k for k in kept if k < at]
    if len(above) < 2 or not EMPTY_RE.match(lines[above[-1]]):
        return False
    last = next((lines[k].strip() for k in reversed(above) if not EMPTY_RE.match(lines[k])), "")
    return bool(re.search(r"[.!?)…。！？]$", last)) or bool(CLOSING_RE.match(last[:_LINE_PEEK]))


def _address_block(lines: list[str], block: list[int]) -> bool:
    """The address, phone and link lines under a signed name and title: two lines or more, a contact among them,
    none a sentence (ending in ".", "?" or "!", or opening in lower case unless with a link or address); a line of several phone numbers
    ("P: 800-555-1234 | C: 818-555-4321") may be long, a line without a contact is short."""
    rest = [lines[k].strip() for k in block]
    # a second "Name, Title" line makes it a list of people ("Maria Lopez, Backend Engineer" / "Omar Khan, …")
    return 2 <= len(rest) <= _SIGNATURE_LINES and any(CONTACT_RE.search(x) for x in rest) and all(
        not _NAME_AND_TITLE_RE.match(x) for x in rest) and all(
        signature_line(x) and (not re.search(r"[.?!]$", x) or _ABBREVIATION_END_RE.search(x))
        and (not x[:1].islower() or _LINK_OPEN_RE.match(x) or _STREET_RE.match(x))
        and (CONTACT_RE.search(x) or len(x.split()) <= 6) for x in rest)


def _titled(lines: list[str], name: int, block: list[int]) -> bool:
    """Under a bare signed name ("Maria Manager" / "Head of Engineering" / "Acme Inc." / phone), the next line, right
    under it, is a title or company, with no number: a building over its street and phone ("Acme House" / "1 Main
    Street"), the venue a person names, opens with the street instead; a block after a blank line ("Eva" / blank /
    "Jane Doe" / address) is someone else's."""
    return bool(block) and block[0] == name + 1 and not re.search(r"\d|@|www\.|https?://", lines[block[0]])


def _title_line(line: str) -> bool:
    """A title or company line of capitalised words ("Senior Recruiter", "ACME GMBH", "SOME MORE TEXT"), which
    alone under a sign-off and its name is signature; a one-word line ("Pass") may be a command and stays."""
    words = line.split()
    return len(words) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def name_line(line: str) -> bool:
    """A signed name: one to four capitalised words ("Maria Manager", "—Ryan", "J. Smith"), no digits."""
    words = line.strip().lstrip("-—–/~* ").split()
    if _CJK_NAME_RE.match(" ".join(words)) and len("".join(words)) >= 2:
        return not CLOSING_RE.match(line.strip())  # "谢谢", "以上" are closings
    return 0 < len(words) <= 4 and not re.search(r"\d|[.?!:,;]$", line.strip()) and \
        all(w[:1].isupper() or w.lower() in ("van", "de", "von", "da", "di", "le", "la", "der", "den") for w in words)


def signature_line(line: str) -> bool:
    """A line of a signature block: a contact (phone, address, link) or a short capitalised title without a
    sentence."""
    if len(line) > 80:
        return False
    if CONTACT_RE.search(line) or address_or_company_line(line):
        return True
    return len(line.split()) <= 6 and not re.search(r"[。！？、]$", line) \
        and (not re.search(r"[.?,;:]$", line) or bool(_ABBREVIATION_END_RE.search(line))) \
        and (not line[:1].islower() or bool(_STREET_RE.match(line)))


# A signature's postal address written on one line with its postcode ("12 rue de la Paix, 75002 Paris", "Avenida da
# Liberdade 1, 1250-096 Lisboa", "1 King Street, London EC2V 8AU") and a company name ending in its legal form's
# abbreviation ("ACME Lda."): lines that read like a sentence to signature_line's general tests.
#
# Postcodes as countries write them: 4-5 digits (most of Europe), "1015 CJ" (NL), "00-001" (PL), "1250-096" (PT),
# "EC2V 8AU" (UK), "〒100-0001" (JP).
_POSTCODE = (r"(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|〒\s?\d{3}-\d{4})")
# A street part with its house number, a comma, then the postcode next to a capitalised place (either order);
# Japanese addresses open with the postcode mark. A place is up to three capitalised words of letters ("Paris", "Den
# Haag"; "Q1 Planning" is none).
_PLACE = r"[^\W\d_](?:[^\W\d_]|['.-])*(?:[ -][^\W\d_a-z](?:[^\W\d_]|['.-])*){0,2}"
_ADDRESS_RE = re.compile(
    r"^\s*(?=[^,]*(?<!\d)\d{1,4}[a-zA-Z]?(?!\d))[^,?!]{3,50},\s*(?:" + _POSTCODE + r"\s+" + _PLACE + r"|" + _PLACE
    + r"\s+" + _POSTCODE + r")\s*$|^\s*〒\s?\d{3}-\d{4}\s+\S{4,40}$")
_LEGAL_FORM_END_RE = re.compile(
    r"^[^\W\d_][\w&'. -]{0,40}\s(?:Lda|Ltda|S\.à r\.l|S\.a\.r\.l|S\.C\.A|S\.N\.C|S\.L\.U|S\.A\.U|Sp\. j|Sp\. k|"
    r"S\.C|d\.o\.o|d\.d|a\.d|Oy|Ab|A/S|ApS|S\.A\.S\.U|S\.C\.S|S\.E)\.$")
_ADDRESS_MAX_WORDS = 8


def address_or_company_line(line: str) -> bool:
    """Is the line a one-line postal address with its postcode, or a company name ending in a legal form's dot?"""
    text = line.strip()
    if len(text.split()) > _ADDRESS_MAX_WORDS:
        return False
    return bool(_ADDRESS_RE.match(text) or _LEGAL_FORM_END_RE.match(text))

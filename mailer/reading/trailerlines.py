"""Lines under a person's last words that are none of theirs, beyond signature.py's block under a closing:
- Outlook 2000's attachment lines (" - contract_v2.doc"), one per attached file, under the text;
- a company's registry lines, which German, Austrian and Swiss law (and UK, French, Italian, Dutch, Spanish, Polish
  and Czech company law) put under every mail ("Geschäftsführer: …", "Amtsgericht Stuttgart HRB 123456",
  "USt-IdNr.: DE…", "Registered in England and Wales No. …", "P.IVA …", "KvK …"), which make a signature block too
  long for signature.py to read as one;
- with no closing, a signed name over a "Title | Company" line and contact lines ("John Smith" / "Senior Engineer |
  Acme Corp" / "Phone: …"), which signature.py takes for a list of people ("Maria Lopez | Backend Engineer").
The kept line indices are returned without them (the name line stays); replytext calls it before cut_signature."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import CONTACT_RE, EMPTY_RE
from mailer.reading.signature import name_line, signature_line

# the files Outlook lists: office documents, pictures, archives, mail items (not "Node.js", "anna.dev", "1.Mai")
_ATTACHMENT_RE = re.compile(
    r"^ - [^\s/\\][^/\\]{0,120}\.(?:docx?|docm|dot|xlsx?|xlsm|xlsb|csv|pptx?|pps|pdf|rtf|txt|odt|ods|odp|wpd|wps|"
    r"vsdx?|mpp|pub|xps|zip|rar|7z|gz|tgz|tar|jpe?g|png|gif|bmp|tiff?|heic|msg|eml|vcf|ics|htm|html|xml|wav|mp3|"
    r"mp4|mov|avi|wmv)\s*$", re.I)
_REGISTRY_RE = re.compile(
    r"^\W*(?:Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Vorsitzender? des Aufsichtsrat(?:e?s)?|"
    r"Aufsichtsrat(?:svorsitzender?)?|Sitz(?: der Gesellschaft)?|Registergericht|Handelsregister|Amtsgericht|"
    r"USt[.-]?\s?Id(?:[.-]?\s?Nr)?\.?|Ust\.?-?ID|Steuer-?Nr\.?|Steuernummer|Firmenbuch(?:nummer|gericht)?|"
    r"Registered (?:in|office|address|number)|Company (?:No|number|registration)|Partita IVA|Cod(?:ice)? Fisc|"
    r"Capitale sociale|Registro Mercantil|Kapitał zakładowy|Zapsán[ao]? v|"
    # the registers' abbreviations only as written, in capitals ("BTW NL…" is the Dutch VAT number, "btw" a word)
    r"(?-i:HRB|HRA|UID(?:-Nr)?\.?|FN \d|CHE-\d|WEEE-Reg|VAT (?:No|number|Reg)|SIRET|SIREN|RCS|"
    r"(?:SAS|SARL|SA) au capital|P\.?\s?IVA|C\.F\.|REA|KvK|BTW|CIF|NIF|KRS|NIP|REGON|IČO?|DIČ))"
    r"(?=[\s:.,]|$)", re.I)
_REGISTER_NUMBER_RE = re.compile(r"\d[\d .\-/]{2,}\d")  # "HRB 123456", "DE 123 456 789", "€ 10.000"
_TITLE_WORDS = re.compile(
    r"\b(?:Senior|Junior|Lead|Head|Chief|Director|Manager|Engineer|Developer|Recruiter|Partner|Officer|President|"
    r"VP|Vice|Consultant|Analyst|Specialist|Coordinator|Assistant|Associate|Executive|Founder|Co-Founder|CEO|CTO|"
    r"CFO|COO|CIO|Administrator|Architect|Designer|Counsel|Attorney|Professor|Advisor|Adviser|Scientist|"
    r"Leiter(?:in)?|Geschäftsführer(?:in)?|Responsabile|Directeur|Directrice|Gerente|Jefe)\b")
_TITLE_AND_COMPANY_RE = re.compile(r"^(?P<title>[^|·•–—,]{2,60}?)\s*(?:\||·|•|\s[–—-]\s|,)\s*\S.{0,60}$")
_CONTACT_BLOCK = 6  # contact lines under "Title | Company": a signature's few, not a page of text


def _text(lines: list[str], kept: list[int]) -> list[int]:
    return [k for k in kept if not EMPTY_RE.match(lines[k])]


def _without_tail(kept: list[int], last: int) -> list[int]:
    return [k for k in kept if k <= last]


def _cut_attachments(lines: list[str], kept: list[int]) -> list[int]:
    text = _text(lines, kept)
    end = len(text)
    while end > 1 and _ATTACHMENT_RE.match(lines[text[end - 1]]):
        end -= 1
    if end == len(text) or lines[text[end - 1]].rstrip().endswith((":", "：")):
        return kept  # "Files:" / " - cv.pdf": a list the person announced is theirs
    return _without_tail(kept, text[end - 1])


def _registry_field(line: str) -> bool:
    """Is the line a registry field: its keyword with a ":" ("Vorstand: A. Muster") or a register's number
    ("Amtsgericht Stuttgart HRB 123456")? A sentence that opens with the word ("Vorstand ist einverstanden.") is none."""
    found = _REGISTRY_RE.match(line) if len(line) <= 160 else None
    return bool(found) and (line[found.end():].lstrip(" .").startswith((":", "："))
                            or bool(_REGISTER_NUMBER_RE.search(line)))


def _cut_registry(lines: list[str], kept: list[int]) -> list[int]:
    """A trailing run of registry lines (two or more, or one naming two registers) under some text goes."""
    text = _text(lines, kept)
    end = len(text)
    while end > 1 and _registry_field(lines[text[end - 1]].strip()):
        end -= 1
    run = [lines[k] for k in text[end:]]
    two = len(run) >= 2 or (run and len(_REGISTRY_RE.findall(run[0])) + len(re.findall(r"[|·•]", run[0])) >= 2)
    return _without_tail(kept, text[end - 1]) if run and two and end >= 1 else kept


def _cut_titled_name(lines: list[str], kept: list[int]) -> list[int]:
    """Under finished text and a blank line, a bare name over "Title | Company" (a title word before the separator)
    and contact lines: the name stays, the rest goes."""
    text = _text(lines, kept)
    # only the last lines can hold a name, a title line and at most _CONTACT_BLOCK lines under it: looking no
    # further up keeps a long mail's cost linear (each position used to copy the whole rest of the text)
    for pos in range(max(1, len(text) - 2 - _CONTACT_BLOCK), len(text) - 2):
        name, title, rest = lines[text[pos]].strip(), lines[text[pos + 1]].strip(), text[pos + 2:]
        found = _TITLE_AND_COMPANY_RE.match(title)
        if not name_line(name) or not found or not _TITLE_WORDS.search(found["title"]) or CONTACT_RE.search(title):
            continue
        above = lines[text[pos - 1]].strip()
        if text[pos] - 1 == text[pos - 1] or not re.search(r"[.!?)…]$", above):
            continue  # a signature stands apart under a finished sentence
        block = [lines[k].strip() for k in rest]
        if len(block) <= _CONTACT_BLOCK and any(CONTACT_RE.search(x) for x in block) and all(signature_line(x) for x in block):
            return _without_tail(kept, text[pos])
    return kept


def cut_trailer_lines(lines: list[str], kept: list[int]) -> list[int]:
    """kept without the trailing attachment lines, registry lines and a titled name's block under the text."""
    return _cut_titled_name(lines, _cut_registry(lines, _cut_attachments(lines, kept)))

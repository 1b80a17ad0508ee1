"""Two signature-block lines that read like a sentence to the general rules of mailer/reading/signature.py: a
postal address written on one line with its postcode ("12 rue de la Paix, 75002 Paris", "Avenida da Liberdade 1,
1250-096 Lisboa", "1 King Street, London EC2V 8AU") and a company name ending in its legal form's abbreviation
("ACME Lda.", "Acme S.à r.l."). signature.signature_line asks here when its own tests fail."""

from __future__ import annotations

import re

# Postcodes as countries write them: 4-5 digits (most of Europe), "1015 CJ" (NL), "00-001" (PL), "1250-096" (PT),
# "EC2V 8AU" (UK), "〒100-0001" (JP).
_POSTCODE = (r"(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|〒\s?\d{3}-\d{4})")
# A street part with its house number, a comma, then the postcode next to a capitalised place (either order);
# Japanese addresses open with the postcode mark.
# A place: up to three capitalised words of letters ("Paris", "Den Haag"; "Q1 Planning" is none)
_PLACE = r"[^\W\d_](?:[^\W\d_]|['.-])*(?:[ -][^\W\d_a-z](?:[^\W\d_]|['.-])*){0,2}"
_ADDRESS_RE = re.compile(
    r"^\s*(?=[^,]*(?<!\d)\d{1,4}[a-zA-Z]?(?!\d))[^,?!]{3,50},\s*(?:" + _POSTCODE + r"\s+" + _PLACE + r"|" + _PLACE
    + r"\s+" + _POSTCODE + r")\s*$|^\s*〒\s?\d{3}-\d{4}\s+\S{4,40}$")
_LEGAL_FORM_END_RE = re.compile(
    r"^[^\W\d_][\w&'. -]{0,40}\s(?:Lda|Ltda|S\.à r\.l|S\.a\.r\.l|S\.C\.A|S\.N\.C|S\.L\.U|S\.A\.U|Sp\. j|Sp\. k|"
    r"S\.C|d\.o\.o|d\.d|a\.d|Oy|Ab|A/S|ApS|S\.A\.S\.U|S\.C\.S|S\.E)\.$")
_MAX_WORDS = 8


def address_or_company_line(line: str) -> bool:
    """Is the line a one-line postal address with its postcode, or a company name ending in a legal form's dot?"""
    text = line.strip()
    if len(text.split()) > _MAX_WORDS:
        return False
    return bool(_ADDRESS_RE.match(text) or _LEGAL_FORM_END_RE.match(text))

"""Reply-text extraction measured on the copied reply-parser corpora (tests/data/corpus)."""

import csv
import email
import email.policy
import time
from pathlib import Path

import pytest

from mailer.reading.replytext import reply_text, trim_reply
from mailer.reading.text import html_to_text
from corpus import CORPUS, load

DISCOURSE = CORPUS / "discourse_email_reply_trimmer"
TALON = CORPUS / "mailgun_talon"

# The share of Discourse's trimmer expectations we reach (measured: 64/64). A floor, so that a
# change which loses a case fails here instead of passing silently.
DISCOURSE_FLOOR = 1.00


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def index() -> list[dict]:
    with open(CORPUS / "INDEX.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_discourse_trimmer_expectations():
    names = sorted(p.name for p in (DISCOURSE / "emails").iterdir())
    misses = [n for n in names
              if trim_reply(read(DISCOURSE / "emails" / n)).strip()
              != read(DISCOURSE / "trimmed" / n).strip()]
    share = 1 - len(misses) / len(names)
    print(f"discourse trimmed: {len(names) - len(misses)}/{len(names)} = {share:.3f}; misses: {misses}")
    assert len(names) == 64
    assert share >= DISCOURSE_FLOOR


def github_parse_reply_rows() -> list[tuple[str, str]]:
    """The literal parse_reply / reply expectations of INDEX.tsv (github and zapier corpora)."""
    out = []
    for row in index():
        exp = row["expected"]
        if row["path"].startswith(("github_", "zapier_")) and exp.startswith(
                ("parse_reply == \"", "reply.strip() == \"")):
            literal = exp.split("== ", 1)[1].strip()[1:-1].replace("\\n", "\n")
            out.append((row["path"], literal))
    return out


@pytest.mark.parametrize("path, want", github_parse_reply_rows(), ids=lambda v: str(v)[-40:])
def test_github_parse_reply_expectations(path, want):
    assert trim_reply(read(CORPUS / path)).strip() == want


def test_github_expectation_rows_were_found():
    assert len(github_parse_reply_rows()) == 11


# Transcribed from INDEX.tsv (mail-parser-reply's own tests): text that must stay in the new
# reply, and quoted-history text that must be gone.  Its signature assertions are not carried
# over: like Discourse's trimmer we keep sign-offs such as "Med venlig hilsen\nAnders".
MPR_EXPECTATIONS = [
    ("email_danish_1.txt", ["Hej Peter,"], ["Hej Anders,"]),
    ("email_danish_2.txt", ["Jeg har modtaget filerne."], ["Her er filerne du bad om."]),
    ("email_danish_3.txt", ["Svar."], []),
    ("email_danish_4.txt", ["Svar."], ["-----Oprindelig meddelelse-----"]),
    ("email_danish_5.txt", ["Svar."], []),
    ("email_ja_1_1.txt", ["こんにちは"], []),
    ("email_ja_1_2.txt", ["お世話になっております。織田です。", "それでは 11:00 にお待ちしております。"],
     ["かしこまりました"]),
    ("email_nl_1_2.txt", ["Outlook met een antwoord"], ["Google Apps Sync Team"]),
    ("email_pl_1_1.txt", ["Czesc Anno"], []),
    ("email_pl_1_2.txt", ["Czesc Anno"], ["Dnia 28 lutego 2023"]),
    ("email_sv_anon_1.txt", ["Berättar gärna."], ["Kan inte se att det står något",
                                                 "Jag har försökt få tag"]),
    ("email_swedish_1.txt", ["Ursäkta mitt sena svar!"], ["Hej Person B,"]),
    ("email_swedish_2.txt", ["Hello Anna,"], []),
    ("email_1_7.txt", [":+1:"], ["notifications@github.com"]),
    ("email_sent_from_not_signature.txt",
     ["Here is another email\n\nSent from my desk, is much easier than my mobile phone."], []),
]


@pytest.mark.parametrize("name, present, absent", MPR_EXPECTATIONS, ids=lambda v: str(v)[:30])
def test_mail_parser_reply_expectations(name, present, absent):
    got = trim_reply(read(CORPUS / "mail_parser_reply" / name))
    for text in present:
        assert text in got
    for text in absent:
        assert text not in got


@pytest.mark.parametrize("eml", sorted((TALON / "standard_replies").glob("*.eml")), ids=lambda p: p.name)
def test_talon_standard_replies(eml):
    # talon keeps "Sent from my iPhone" and Sparrow's "-- " block in its iphone/sparrow
    # expectations; reply_text also drops signatures, so every one of the 12 is just "Hello".
    assert reply_text(load(eml)) == "Hello"


@pytest.mark.parametrize("html", sorted((TALON / "html_replies").glob("*.html")), ids=lambda p: p.name)
def test_talon_html_replies(html):
    msg = email.message.EmailMessage()
    msg.set_content(html.read_bytes().decode("utf-8", "replace"), subtype="html")
    got = reply_text(msg)
    assert "".join(got.split()) == "".join("Hi. I am fine.\n\nThanks,\nAlex".split())


def test_talon_html_specials():
    olk = read(TALON / "OLK_SRC_BODY_SECTION.html")
    assert trim_reply(html_to_text(olk, mark_quotes=True)) == "Reply"
    # talon also drops the "Bob" line above the <hr>; we keep it (it is the sender's sign-off).
    hr = trim_reply(html_to_text(read(TALON / "reply-separated-by-hr.html"), mark_quotes=True))
    assert hr.split() == ["Hi", "there", "Bob"]
    shared = reply_text(load(TALON / "reply-quotations-share-block.eml"))
    assert shared.startswith("Hi Katharine.") and "From" not in shared


def test_long_quote_and_pathological_inputs_do_not_hang():
    # A guard against catastrophic regex backtracking (which takes minutes on these inputs), not a speed target:
    # the bound is far above a loaded machine's time (tens of ms idle); speed itself is measured in bench/.
    for name, budget in (("email_long_quote.txt", 10.0), ("pathological.txt", 10.0)):
        body = read(CORPUS / "github_email_reply_parser" / name)
        start = time.perf_counter()
        got = trim_reply(body)
        elapsed = time.perf_counter() - start
        print(f"{name}: {len(body)} chars trimmed in {elapsed * 1000:.1f} ms")
        assert elapsed < budget and got


def test_html_only_mail_is_cut_at_the_client_quote_markers():
    cases = {
        "gmail": '<div dir="ltr">Sounds good</div><br><div class="gmail_quote"><div class="gmail_attr">'
                 'On Mon, Dec 7, 2020 at 9:00 AM Alex &lt;a@x.com&gt; wrote:<br></div>'
                 '<blockquote class="gmail_quote">old</blockquote></div>',
        "outlook": '<div>Sounds good</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
                   '<b>From:</b> Alex<br><b>Sent:</b> Monday<br><b>To:</b> Tom</div><div>old</div>',
        "apple": '<div>Sounds good</div><div><br><blockquote type="cite"><div>On 7 Dec 2020, at 09:00, '
                 'Alex wrote:</div>old</blockquote></div>',
        "thunderbird": '<p>Sounds good</p><div class="moz-cite-prefix">On 07/12/2020 09:00, Alex wrote:<br>'
                       '</div><blockquote type="cite">old</blockquote>',
    }
    for client, html in cases.items():
        msg = email.message.EmailMessage()
        msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
        assert reply_text(msg) == "Sounds good", client


def test_plain_text_preferred_and_empty_mail():
    msg = email.message.EmailMessage()
    msg.set_content("Yes, Tuesday works.\n\nOn Mon, Dec 7, 2020 at 9:00 AM Alex <a@x.com> wrote:\n> old\n")
    msg.add_alternative("<div>HTML version</div>", subtype="html")
    assert reply_text(msg) == "Yes, Tuesday works."
    assert reply_text(email.message.EmailMessage()) == ""
    assert trim_reply("") == ""

"""Real mail-gateway banners (tests/data/banners/banners.json) over a manager's short answer: is the banner dropped from
the reply text, and is the answer under it still read as the command? And people's own first lines that share a
banner's words: are they kept, and is the answer under them read the same?

Each banner (and each person's line) goes above four answers ("Interview", "pass", "snooze 3d", "1 yes\\n2 pass") and a
quoted recruiter mail. It is read two ways: the text alone (trim_reply, then parse_commands on what is left), and as a
whole mail on the daemon's path (parse → classify in the manager's thread: reply_text and commands), text/plain, or
multipart/alternative with the banner's HTML in the HTML part where the row gives HTML. "Read as the command" means the
same verbs as the same answer with nothing above it; under a person's line, the same verbs as under a plain sentence
of a person's ("I read her CV this morning."), since a person's first line is read like any other (a look-alike must
not be skipped as a banner, nor block more than an ordinary sentence does).

  python bench/banners.py               # this checkout's code
  python bench/banners.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/banners.py --misses      # also list each banner or person's line read wrong, with what went wrong

Before (main at 46aabf7; the bench's own commit), 74 banners × 4 answers = 296 readings per column, "dropped / read"
(banner gone and answer kept / answer read as the command):
  text (banner, blank line, answer) 132/128 of 296; glued (no blank line) 4/0 of 296: the banner's paragraph swallows
  the answer, the reply text is empty (M365, university, Italian wordings) or the banner is kept and blocks the command;
  whole mail 132/96 of 296/222 ("1 yes\n2 pass" reads nothing in a one-candidate thread: not counted on the mail
  paths); HTML-only mail 24/18 of 56/42. By family (text): Proofpoint 0/28, gateway tags ("CAUTION: External Email",
  "*** EXTERNAL EMAIL ***", "[CAUTION: External Email]") 8/40, company wordings 36/96, M365 transport rules 36/64;
  outside English: de+en 0/8, ar+en 0/4, zh 0/8, es 0/4, fr 4/24.
  People's look-alike first lines, 20 × 4 = 80: kept 76/80 on every path (lost: "Warning: don't click the portfolio
  link in her CV, it's broken; …", read as a banner's link advice).
After the rules it led to (mailer/reading/bannerwords.py; commands.py skips a kept banner): text 288/288 of 296,
glued 288/288 of 296, whole mail 288/216 of 296/222, HTML-only 52/39 of 56/42; people's lines 80/80 on every path.
The 2 rows left (8 readings each way) are tests/unit/test_banners_real.py's KNOWN list: M365's "not from a business"
warning (not outside, no link-and-attachment advice) and a French gateway's second sentence with none of a banner's
words.
"""

from __future__ import annotations

import collections
from datetime import datetime, timezone
from email.message import EmailMessage
from html import escape
import json
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests"))

from mailer.model import State, Submission  # noqa: E402
from mailer.reading.classify import Context, classify  # noqa: E402
from mailer.reading.commands import parse_commands  # noqa: E402
from mailer.reading.parse import parse  # noqa: E402
from mailer.reading.replytext import trim_reply  # noqa: E402

TABLE = json.loads((ROOT / "tests" / "data" / "banners" / "banners.json").read_text())
NOW = datetime(2026, 12, 7, 10, 30, tzinfo=timezone.utc)
ANSWERS = ["Interview", "pass", "snooze 3d", "1 yes\n2 pass"]
QUOTE_TEXT = ("On Mon, 7 Dec 2026 at 09:30, Rita <rita@acme.test> wrote:\n> Candidate: Jane Doe – Backend Engineer\n"
              "> Interview or pass?\n")
QUOTE_HTML = ('<div>On Mon, 7 Dec 2026 at 09:30, Rita &lt;rita@acme.test&gt; wrote:</div><blockquote>'
              '<div>Candidate: Jane Doe – Backend Engineer</div><div>Interview or pass?</div></blockquote>')
THREAD = Submission(1, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend Engineer",
                    "Candidate: Jane Doe – Backend Engineer", "s1@x", (), datetime(2026, 12, 1, tzinfo=timezone.utc),
                    State.OPEN)


def _config():
    from helpers import config_text
    from mailer.config.load import parse as parse_config
    path = Path(tempfile.mkdtemp()) / "config.yaml"
    path.write_text(config_text())
    return parse_config(path.read_text(), path)


CONFIG = _config()


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _verbs_text(text: str) -> list[str]:
    parsed = parse_commands(text, NOW, ZoneInfo("UTC"), items=2)
    return [c.verb for c in parsed.commands]


def _mail(top_text: str, top_html: str | None, answer: str, html_only: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Maria <maria@acme.test>"
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = "Re: Candidate: Jane Doe – Backend Engineer"
    msg["Message-ID"] = "<r1@acme.test>"
    msg["In-Reply-To"] = "<s1@x>"
    msg["References"] = "<s1@x>"
    msg["Date"] = "Mon, 07 Dec 2026 10:00:00 +0000"
    answer_html = "".join(f"<div>{escape(x)}</div>" for x in answer.split("\n"))
    if html_only:
        msg.set_content(f"<html><body>{top_html}{answer_html}<div><br></div>{QUOTE_HTML}</body></html>", subtype="html")
        return msg.as_bytes()
    body = (top_text.rstrip("\n") + "\n\n" if top_text else "") + answer + "\n\n" + QUOTE_TEXT
    msg.set_content(body)
    if top_html is not None:
        msg.add_alternative(f"<html><body>{top_html}{answer_html}<div><br></div>{QUOTE_HTML}</body></html>",
                            subtype="html")
    return msg.as_bytes()


def _read_mail(raw: bytes) -> tuple[str, list[str]]:
    verdict = classify(parse(raw), CONFIG, Context(in_thread=(THREAD,), now=NOW))
    return verdict.reply_text or "", [c.verb for c in verdict.commands]


BASE_TEXT = {a: _verbs_text(a) for a in ANSWERS}
BASE_MAIL = {a: _read_mail(_mail("", None, a))[1] for a in ANSWERS}
PLAIN_SENTENCE = "I read her CV this morning."
PERSON_TEXT = {a: _verbs_text(trim_reply(f"{PLAIN_SENTENCE}\n\n{a}\n\n{QUOTE_TEXT}")) for a in ANSWERS}
PERSON_GLUED = {a: _verbs_text(trim_reply(f"{PLAIN_SENTENCE}\n{a}\n\n{QUOTE_TEXT}")) for a in ANSWERS}
PERSON_MAIL = {a: _read_mail(_mail(PLAIN_SENTENCE, None, a))[1] for a in ANSWERS}
# The readings: (name, counted for this answer on this row?, what each returns)
COLUMNS = ("text", "glued", "mail", "html")


def _banner_gone(top: str, text: str) -> bool:
    words = [w for w in _norm(top).split() if len(w) > 3][:6]
    return not words or not all(w in _norm(text) for w in words)


def reading(row: dict, person: bool) -> dict:
    """Per answer, per column (text: banner, blank line, answer; glued: banner and answer with no blank line between,
    as a div-per-line HTML body reads; mail: the whole mail; html: an HTML-only mail, rows with HTML only):
    (text right, command right, text read) or None where the column does not apply."""
    out = {}
    for answer in ANSWERS:
        cols = {}
        for col in COLUMNS:
            if col in ("text", "glued"):
                gap = "\n\n" if col == "text" else "\n"
                got = trim_reply(row["text"].strip("\n") + gap + answer + "\n\n" + QUOTE_TEXT)
                verbs = _verbs_text(got)
                want = (PERSON_TEXT if col == "text" else PERSON_GLUED) if person else BASE_TEXT
            else:
                if col == "html" and (person or not row.get("html")):
                    cols[col] = None
                    continue
                html = row.get("html") if col == "html" or not person else None
                got, verbs = _read_mail(_mail(row["text"], html, answer, html_only=col == "html"))
                want = PERSON_MAIL if person else BASE_MAIL
                if not want[answer] and not person:
                    want = None  # "1 yes\n2 pass" reads nothing in a one-candidate thread: not counted
            kept = not _banner_gone(row["text"], got)
            right = (kept if person else not kept) and _norm(answer) in _norm(got)
            cols[col] = (right, None if want is None else verbs == want[answer], got)
        out[answer] = cols
    return out


def main() -> None:
    misses = "--misses" in sys.argv
    for part, person in (("banners", False), ("persons", True)):
        groups: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        listed = []
        for row in TABLE[part]:
            keys = ["all", f"lang {row['lang']}"] + ([] if person else [f"family {row['family']}"])
            for answer, cols in reading(row, person).items():
                wrong = []
                for col, got in cols.items():
                    if got is None:
                        continue
                    right, command, text = got
                    for key in keys:
                        groups[key].update({f"{col} n": 1, col: right})
                        if command is not None:
                            groups[key].update({f"{col} cmd n": 1, f"{col} cmd": command})
                    if not right or command is False:
                        wrong.append(f"{col}{'' if right else ' text'}{' command' if command is False else ''}"
                                     f" {text[:60]!r}")
                if wrong:
                    listed.append(f"  {row['id']} / {answer!r}: " + "; ".join(wrong))
        kept = "kept" if person else "dropped"
        print(f"[{part}] {kept} / command read, of n, per reading")
        print(f"  {'':28} " + "  ".join(f"{col:>18}" for col in COLUMNS))
        for key in sorted(groups, key=lambda k: (k != "all", k)):
            c = groups[key]
            cells = [f"{c[col]}/{c[col + ' cmd']} of {c[col + ' n']}/{c[col + ' cmd n']}" if c[col + " n"] else "-"
                     for col in COLUMNS]
            print(f"  {key:28} " + "  ".join(f"{cell:>18}" for cell in cells))
        if misses and listed:
            print(f"[{part}] misses ({len(listed)}):")
            print("\n".join(listed))


if __name__ == "__main__":
    main()

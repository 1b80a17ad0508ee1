"""How many of the HTML reply shapes of tests/unit/html_reply_shapes.py (Gmail, Outlook 2003/desktop/web/new/mobile,
Apple Mail, iOS, Thunderbird, Yahoo, Proton, Zimbra, Fastmail, Superhuman, Spark, Front, Missive, Hey, GMX, Mail.ru,
Yandex, QQ, Foxmail, 163, Naver, Zoho, Notion Mail: the person's text as <div>, <p>, <br> lines, Word paragraphs, split <span>s, &nbsp;, lists and
tables; client signatures and app footers; text parts that disagree with the HTML) and of the "reply above this line"
markers of tests/unit/reply_marker_shapes.py (help desks and hiring apps, ~15 languages; plain, HTML, quoted) come out
as the person wrote them, per client or app and per family, and how many of a person's look-alikes (family "keep …")
stay whole.

  python bench/html_replies.py               # this checkout's code
  python bench/html_replies.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/html_replies.py --misses      # also list the shapes read wrong

Shapes read wrong fail tests/unit/test_html_reply_sweep.py too (or sit on its KNOWN_MISSES, each with its reason).

Before any rule was written for it (the sweep's own commit, code of main at b869b9e): HTML replies 265/353 (every
client's quote and header markup cut in each of the 22 languages, 66/66; but table cells run together, 0/25; <pre> and
white-space:pre-wrap text run onto one line, 0/50; a text/plain placeholder for HTML readers read instead of the HTML,
6/18; Yahoo bottom-posted 0/1), people's look-alikes kept whole 12/16 (a person's blockquote right above their
signature is dropped, 0/2; a table of interview slots runs together, 0/2); reply-above markers 104/260 (Zendesk's and
Help Scout's markers outside English and German, the same sentences alone on a line, and the markers that say what
the reply does, "to post a comment", "to reply"), people's sentences naming the line kept whole 8/8.
After the rules it led to (table cells, <pre>/pre-wrap lines, an editor's border:none indent is text, Yahoo's
ydp-prefixed quote class, a text/plain placeholder gives way to the HTML, reply-above markers in ~20 languages, a
quote announced by the person's own line stays at the end), on the sweep as it grew with them (a bordered blockquote
above a signature, 2 cases; the indent cases expect the person's line without "> "; Zoho, Zoho classic, Notion Mail
and Outlook mobile's reference-message container, 40 cases): HTML replies 393/393, look-alikes 18/18; markers
260/260, look-alikes 8/8. The same sweep on main at b869b9e: HTML replies 293/393, look-alikes 10/18; markers
104/260, look-alikes 8/8.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from mailer.reading.replytext import reply_text, trim_reply  # noqa: E402
import html_reply_shapes  # noqa: E402
import reply_marker_shapes  # noqa: E402


def lines(text: str) -> list[str]:
    """The comparison of the sweep: each line with its runs of white space made one, blank lines left out."""
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


def read(message) -> str:
    return trim_reply(message) if isinstance(message, str) else reply_text(message)


def family_of(family: str) -> str:
    """The family without its variant ("markup spans" → "markup", "marker de html" → "marker")."""
    return family.split(" ")[0]


def main() -> None:
    for title, shapes in (("HTML replies", html_reply_shapes), ("reply-above markers", reply_marker_shapes)):
        per_client: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        misses = []
        for client, family, message, want in shapes.cases():
            got = read(message)
            ok = lines(got) == lines(want)
            for table, key in ((per_client, client), (per_family, family_of(family))):
                table[key][0] += ok
                table[key][1] += 1
            if not ok:
                misses.append(f"{client} / {family}\n    want {lines(want)[-3:]!r}\n    got  {lines(got)[-3:]!r}")
        print(f"== {title} (code: {CODE})")
        print("per client:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_client.items())))
        print("per family:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_family.items())))
        kept = per_family.pop("keep", [0, 0])
        hits, total = sum(v[0] for v in per_family.values()), sum(v[1] for v in per_family.values())
        print(f"{title} right: {hits}/{total}; people's look-alikes kept whole: {kept[0]}/{kept[1]}")
        if "--misses" in sys.argv:
            print("\n".join(misses))


if __name__ == "__main__":
    main()

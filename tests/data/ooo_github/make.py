"""Rebuild the .eml files here from items.py (run once by hand; nothing reads this at test time).

Each body is a public GitHub comment, verbatim, that an e-mail auto-responder (or a person) posted by
replying to a GitHub notification mail. GitHub keeps the body and the day, not the mail's headers, so
the headers are rebuilt the way such a reply looks: `Re: [owner/repo] title (#n)`, In-Reply-To the
notification, the comment's day at 12:00 with an unknown zone (-0000), and NO auto-reply headers (the
real ones are unknown): these are header-less out-of-office mails with a `Re:` subject.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.
"""

import sys
from datetime import date, datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# run as a script: items.py sits here, the shared rebuild module one folder up
sys.path[:0] = [str(HERE), str(HERE.parent)]
from items import HUMAN, ITEMS  # noqa: E402
from rebuild import Split  # noqa: E402

HELDOUT = HERE.parent / "heldout" / "ooo"


def mail(slug, url, author, day, title, body) -> bytes:
    repo = "/".join(url.split("/")[3:5])
    number = url.rstrip("/").split("/")[-1]
    when = datetime.combine(date.fromisoformat(day), datetime.min.time()).replace(hour=12, tzinfo=timezone.utc)
    stamp = format_datetime(when).replace("+0000", "-0000")
    head = [f'From: "{author}" <{author.lower()}@users.example.org>',
            f'To: "{repo}" <reply+{number}@reply.github.example>',
            f"Subject: Re: [{repo}] {title} (#{number})",
            f"Date: {stamp}",
            f"Message-ID: <{slug}@ooo-github.example>",
            f"In-Reply-To: <{repo}/issues/{number}@github.example>",
            f"References: <{repo}/issues/{number}@github.example>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(head) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


def main() -> None:
    split = Split(HERE, HELDOUT)
    for slug, url, author, day, title, lang, is_ooo, back, note, body in ITEMS:
        split.add(f"{slug}.eml", mail(slug, url, author, day, title, body),
                  "1", lang, back, "github_comments", "rebuilt", url, note)
    for slug, url, author, day, title, lang, body, *note in HUMAN:  # an optional 8th field says more than the default
        note = note[0] if note else "a person writing about an absence"
        split.add(f"human-{slug}.eml", mail(slug, url, author, day, title, body),
                  "0", lang, "", "github_comments", "rebuilt", url, note)
    split.write_labels("github.tsv")


if __name__ == "__main__":
    main()

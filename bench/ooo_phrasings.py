"""How many of the published out-of-office phrasings (tests/unit/test_ooo_phrasings.py) the rules read right, per
language: return dates, notices told by their words, people's notes that stay answers, template subjects.

  python bench/ooo_phrasings.py               # this checkout's code
  python bench/ooo_phrasings.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")

Shapes a rule reads wrong fail their unit test too; this prints the table the README's figure comes from.
"""

from __future__ import annotations

import collections
import importlib.util
import sys
from email import message_from_string
from email.policy import default
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))

from mailer.reading.absence import says_out_of_office  # noqa: E402
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date  # noqa: E402

spec = importlib.util.spec_from_file_location("phrasings", ROOT / "tests" / "unit" / "test_ooo_phrasings.py")
ph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ph)
ORDER = ["fr", "es", "it", "nl", "de", "pt", "en", "sv", "da", "nb", "fi", "pl", "cs", "ru", "ja", "zh", "ko", "labels"]


def tally() -> tuple[dict[str, list[int]], dict[str, list[int]], int]:
    dates: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    words: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])

    def count(table: dict[str, list[int]], lang: str, right: bool) -> None:
        table[lang][1] += 1
        table[lang][0] += right

    for lang, text, want in ph.PHRASINGS + ph.MORE + ph.STARTS:
        sender = ph.mail("-0500" if text in ph.US_SENDERS else "+0100")
        count(dates, lang, ooo_return_date(text, ph.SENT, sender) == want)
    summer = message_from_string("Date: Mon, 3 Aug 2026 10:00:00 +0200\nFrom: a@b.test\n\nx", policy=default)
    for lang, text, want in ph.SUMMER:
        count(dates, lang, ooo_return_date(text, ph.SUMMER_SENT, summer) == want)
    for lang, text, want in ph.EAST_ASIA:
        count(dates, lang, ooo_return_date(text, ph.SENT, ph.mail("+0900")) == want)
    for lang, text in ph.NOT_BEFORE:
        count(dates, lang, ooo_return_date(text, ph.SENT, ph.mail()) == ph.BACK)
    for text in ph.LABELS:
        count(dates, "labels", ooo_return_date(text, ph.SENT, ph.mail()) == ph.BACK)
    for lang, text in ph.NOTICES:
        count(words, lang, says_out_of_office(text))
    for text in ph.PEOPLE:
        count(words, "people's notes stay answers", not says_out_of_office(text))
    subjects = sum(detect_auto_reply(message_from_string(f"Subject: {s}\nFrom: a@b.test\n\nThanks.", policy=default))
                   is not None for s in ph.TEMPLATE_SUBJECTS)
    return dates, words, subjects


def main() -> None:
    dates, words, subjects = tally()
    print(f"code: {CODE}")
    print("return dates:", " ".join(f"{k} {dates[k][0]}/{dates[k][1]}" for k in ORDER if k in dates),
          "| all", sum(v[0] for v in dates.values()), "/", sum(v[1] for v in dates.values()))
    notices = {k: v for k, v in words.items() if not k.startswith("people")}
    print("notices by their words:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in notices.items()),
          "| all", sum(v[0] for v in notices.values()), "/", sum(v[1] for v in notices.values()))
    people = words["people's notes stay answers"]
    print(f"people's notes stay answers: {people[0]}/{people[1]}")
    print(f"template subjects: {subjects}/{len(ph.TEMPLATE_SUBJECTS)}")


if __name__ == "__main__":
    main()

"""How many of the published out-of-office phrasings (tests/unit/test_ooo_phrasings.py) the rules read right, per
language: return dates, notices told by their words, people's notes that stay answers, template subjects.

  python bench/ooo_phrasings.py               # this checkout's code
  python bench/ooo_phrasings.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")

It also counts the header-less client notices of tests/unit/test_ooo_clients.py (with the client's subject, and the
body alone under a plain "Re:"), the people's notes there, and the texts that open by calling themselves automatic.

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



def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "unit" / f"test_{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ph = _load("ooo_phrasings")
cl = _load("ooo_clients")  # header-less notices as each client words them, and people's notes in the same languages
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
    kept, alone, people, declared = clients()
    for title, table in (("client notices without headers, client's subject kept", kept),
                         ("the same bodies under a plain Re:", alone)):
        print(f"{title}:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(table.items())),
              "| all", sum(v[0] for v in table.values()), "/", sum(v[1] for v in table.values()))
    print(f"people's notes in those languages stay answers: {people[0]}/{people[1]}")
    print(f"texts that open by calling themselves automatic: {declared[0]}/{declared[1]}")
    urgent = sum(says_out_of_office(text) for _, text in cl.URGENT_CONTACT)
    print(f"whom to write when urgent, in a notice's words: {urgent}/{len(cl.URGENT_CONTACT)}")
    right = sum(ooo_return_date(text, cl.SENT, cl.mail("Re: x", text)) == want for _, text, want in cl.RETURN_DATES)
    print(f"return dates in he, ar, hi and Korean 이후: {right}/{len(cl.RETURN_DATES)}")


def clients() -> tuple[dict[str, list[int]], dict[str, list[int]], list[int], list[int]]:
    kept: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    alone: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for lang, _client, subject, body in cl.CLIENT_NOTICES:
        for table, subj in ((kept, subject), (alone, cl.ORIGINAL)):
            table[lang][0] += detect_auto_reply(cl.mail(subj, body)) is not None
            table[lang][1] += 1
    people = [sum(detect_auto_reply(cl.mail(cl.ORIGINAL, text)) is None for _, text in cl.PEOPLE), len(cl.PEOPLE)]
    declared = [sum(detect_auto_reply(cl.mail(cl.ORIGINAL, text)) is not None for _, text in cl.SELF_DECLARED),
                len(cl.SELF_DECLARED)]
    return kept, alone, people, declared


if __name__ == "__main__":
    main()

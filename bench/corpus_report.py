"""Print how the bounce, auto-reply and reply-text detectors fare on tests/data (corpus + OOO).

Usage: python bench/corpus_report.py [--misses]
Reads only tests/data/corpus and tests/data/ooo; the figures are the ones the tests assert on.
"""

import email
import email.policy
import re
import sys
import time
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tests"))
from corpus import CORPUS, OOO, load, tsv  # noqa: E402
from mailer.reading.autoreply import detect_auto_reply, ooo_delegate, ooo_return_date  # noqa: E402
from mailer.reading.bounce import detect_bounce  # noqa: E402
from mailer.reading.replytext import reply_text, trim_reply  # noqa: E402


def main() -> None:
    show = "--misses" in sys.argv
    index = tsv(CORPUS / "INDEX.tsv")
    ooo = tsv(OOO / "expected.tsv")
    lines: list[tuple[str, int, int, str]] = []  # (check, hits, total, misses)

    def add(check: str, good: list, bad: list) -> None:
        lines.append((check, len(good), len(good) + len(bad), ", ".join(map(str, bad))))

    start = time.perf_counter()
    verdicts = {}
    for row in index:
        msg = load(CORPUS / row["path"])
        verdicts[row["path"]] = (row["category"], detect_bounce(msg), detect_auto_reply(msg))
    for f in ooo:
        msg = load(OOO / f["file"])
        cat = "auto_reply" if f["auto_reply_rule"] != "(none)" else "human_reply"
        verdicts["ooo/" + f["file"]] = (cat, detect_bounce(msg), detect_auto_reply(msg))
    classify_s = time.perf_counter() - start

    def split(cat: str, ok) -> tuple[list, list]:
        items = [(p, b, a) for p, (c, b, a) in verdicts.items() if c == cat]
        return [p for p, b, a in items if ok(b, a)], [p for p, b, a in items if not ok(b, a)]

    add("human_reply: neither bounce nor auto-reply", *split("human_reply", lambda b, a: not b and not a))
    add("bounce: detected by detect_bounce", *split("bounce", lambda b, a: b is not None))
    add("auto_reply: caught by detect_auto_reply", *split("auto_reply", lambda b, a: a is not None))
    add("auto_reply: not taken for a bounce", *split("auto_reply", lambda b, a: b is None))
    add("other (ARF, MDN, success DSN, spam): not a bounce", *split("other", lambda b, a: b is None))

    good, bad = [], []
    for row in tsv(CORPUS / "flufl_bounce" / "expected.tsv"):
        found = verdicts["flufl_bounce/" + row["file"]][1]
        if found is not None:
            ok = found.permanent == (row["failure_kind"] == "permanent")
            (good if ok else bad).append(row["file"])
    add("flufl expected.tsv: permanent/temporary agrees (rows with a verdict)", good, bad)

    good, bad = [], []
    for p, (cat, found, _) in verdicts.items():
        if cat != "bounce":
            continue
        # Only bounces that return the original's Message-ID somewhere below their own headers.
        body = re.split(rb"\r?\n\r?\n|\r\r", (CORPUS / p).read_bytes(), maxsplit=1)[-1]
        if re.search(rb"(?im)^[ \t>]*Message-ID:[ \t]*\r?\n?[ \t]*<[^<>\s]+>", body):
            (good if found and found.original_message_id else bad).append(p)
    add("bounce returning a Message-ID: original_message_id found", good, bad)

    names = sorted(p.name for p in (CORPUS / "discourse_email_reply_trimmer" / "emails").iterdir())
    good, bad = [], []
    for n in names:
        got = trim_reply((CORPUS / "discourse_email_reply_trimmer" / "emails" / n).read_bytes().decode())
        want = (CORPUS / "discourse_email_reply_trimmer" / "trimmed" / n).read_bytes().decode()
        (good if got.strip() == want.strip() else bad).append(n)
    add("discourse trimmed/<name> == trim_reply(emails/<name>)", good, bad)

    good, bad = [], []
    for row in index:
        exp = row["expected"]
        if row["path"].startswith(("github_", "zapier_")) and exp.startswith(
                ('parse_reply == "', 'reply.strip() == "')):
            want = exp.split("== ", 1)[1].strip()[1:-1].replace("\\n", "\n")
            got = trim_reply((CORPUS / row["path"]).read_bytes().decode()).strip()
            (good if got == want else bad).append(row["path"].split("/")[-1])
    add("github/zapier literal parse_reply expectations", good, bad)

    good, bad = [], []
    for eml in sorted((CORPUS / "mailgun_talon" / "standard_replies").glob("*.eml")):
        (good if reply_text(load(eml)) == "Hello" else bad).append(eml.name)
    add('talon standard_replies: reply_text == "Hello"', good, bad)

    good, bad = [], []
    for html in sorted((CORPUS / "mailgun_talon" / "html_replies").glob("*.html")):
        msg = email.message.EmailMessage()
        msg.set_content(html.read_bytes().decode("utf-8", "replace"), subtype="html")
        ok = "".join(reply_text(msg).split()) == "Hi.Iamfine.Thanks,Alex"
        (good if ok else bad).append(html.name)
    add("talon html_replies: text == 'Hi. I am fine. Thanks, Alex'", good, bad)

    dates, delegates = ([], []), ([], [])
    for f in ooo:
        if f["auto_reply_rule"] == "(none)":
            continue
        msg = load(OOO / f["file"])
        text = reply_text(msg)
        sent = parsedate_to_datetime(str(msg["Date"]))
        got = ooo_return_date(str(msg["Subject"]) + "\n" + text, sent)
        want = date.fromisoformat(f["return_date"]) if f["return_date"] else None
        if got == want:
            dates[0].append(f["file"])
        else:
            dates[1].append(f"{f['file']} (got {got}, want {want})")
        got_d, want_d = ooo_delegate(text), f["delegate"] or None
        if got_d == want_d:
            delegates[0].append(f["file"])
        else:
            delegates[1].append(f"{f['file']} (got {got_d}, want {want_d})")
    add("own OOO samples: return date as expected", *dates)
    add("own OOO samples: delegate as expected", *delegates)

    body = (CORPUS / "github_email_reply_parser" / "email_long_quote.txt").read_bytes().decode()
    t0 = time.perf_counter()
    trim_reply(body)
    long_ms = (time.perf_counter() - t0) * 1000

    width = max(len(c) for c, *_ in lines)
    print(f"{'check'.ljust(width)}  {'hits':>5} {'total':>5} {'share':>6}  misses")
    for check, hits, total, misses in lines:
        share = f"{hits / total:.3f}" if total else "-"
        shown = misses if show or len(misses) <= 100 else misses[:97] + "..."
        print(f"{check.ljust(width)}  {hits:>5} {total:>5} {share:>6}  {shown}")
    print(f"\nemail_long_quote.txt ({len(body)} chars) trimmed in {long_ms:.1f} ms; "
          f"bounce+auto-reply verdicts for {len(verdicts)} messages in {classify_s:.1f} s")


if __name__ == "__main__":
    main()

"""Print how the detectors fare on real third-party mail, on the tuning set and the held-out set.

Usage: python bench/corpus_report.py [--misses | --tuning-misses | --tuning-only] [--code DIR] [--added-since REV]
  --misses   list every miss
  --tuning-misses, --tuning-only  the tuning set's figures and misses only: no held-out file is named and no
             held-out figure is printed (for rule writers before their rules are done: an aggregate read too
             early is a figure tuned on)
  --code DIR judge with the mailer package found in DIR (e.g. an export of an older commit: "before" figures)
  --added-since REV  only the out-of-office checks, on the labelled files added to tests/data since git revision REV
             (a collection round's own figures, tuning vs held-out; combine with --misses only if you may see held-out)

Tuning set: tests/data/corpus (rules were written against it) and tests/data/ooo. Held-out set:
tests/data/heldout, split off by a fixed hash of the file name before any tuning (tests/data/heldout/README.md);
no rule was written or changed by looking at it. Reply text also reads the hand-labelled halves
tests/data/replies (tuning) and tests/data/heldout/replies (held-out). Reads only tests/data.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests"))
from corpus import CORPUS, DATA, OOO, load, tsv  # noqa: E402
from mailer.model import Kind, State, Submission  # noqa: E402
from mailer.reading import autoreply, bounce, replytext  # noqa: E402
from mailer.reading.classify import Context, classify  # noqa: E402
from mailer.reading.parse import Unreadable, parse  # noqa: E402
from report_table import Table  # noqa: E402 - bench/ sits on sys.path when run as a script

HELDOUT = DATA / "heldout"
SETS = {"tuning": CORPUS, "held-out": HELDOUT}
MACHINE = ("bounce", "complaint", "auto_reply")


def detect_complaint(msg):
    found = getattr(bounce, "detect_complaint", None)  # absent before feedback reports had a kind
    return found(msg) if found else None


def is_machine_notice(row: dict) -> bool:
    """An `other` row that a machine wrote (a read receipt, a DMARC or TLS report, a service's notice): its note
    starts with "machine mail:" (tests/data/corpus/README.md). It must never be taken for an answer either."""
    return row["category"] == "other" and row["note"].startswith("machine mail:")


def source(path: str) -> str:
    return path.split("/", 1)[0]


def machine_answer(raw: bytes, config) -> str:
    """How the daemon's rules read this mail if it sits in a tracked thread of its sender: kind name."""
    try:
        msg = parse(raw)
    except Unreadable as exc:
        return f"refused ({exc})"
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     datetime(2020, 1, 1, tzinfo=timezone.utc), State.OPEN)
    ctx = Context(in_thread=(sub,), of_sender=(sub,), now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    return classify(msg, config, ctx).kind.value


def expected_permanent(row: dict, flufl: dict[str, str]) -> bool:
    """Did the mail finally not arrive, by the label? A `permanence:` mark in the note (a label correction,
    tests/data/corpus/README.md) decides; else flufl's table; else the source's own words."""
    if marked := re.search(r"permanence: (permanent|temporary)", row["note"]):
        return marked.group(1) == "permanent"
    if row["path"] in flufl:
        return flufl[row["path"]] == "permanent"
    said = (row["expected"] + " " + row["note"]).lower()
    return not re.search(r"temporar|warning|delay|transient", said)


def expected_addresses(root: Path) -> dict[str, set[str]]:
    """INDEX path -> the failed addresses the sources state, for the failed-address checks: a folder's
    expected.json (recipients with an "address": the blind-read Sisimai maildir/err pieces), flufl.bounce's test
    table (flufl_bounce/expected.tsv) and BounceParser's tests as transcribed in INDEX ("addresses=[…]"; a range
    such as "bounced1..4@" is left out)."""
    found: dict[str, set[str]] = {}
    if (root / "flufl_bounce" / "expected.tsv").exists():
        for r in tsv(root / "flufl_bounce" / "expected.tsv"):
            if r["expected_addresses"]:
                found.setdefault("flufl_bounce/" + r["file"], set()).update(
                    a.strip().lower() for a in r["expected_addresses"].split(","))
    for r in tsv(root / "INDEX.tsv"):
        if r["path"].startswith("perl_bounceparser/") and (m := re.search(r"addresses=\[([^\]]*)\]", r["expected"])):
            wanted = {a.strip().lower() for a in m.group(1).split(",") if "@" in a and ".." not in a}
            if wanted:
                found[r["path"]] = wanted
    for exp in root.glob("*/expected.json"):
        for key, entry in json.loads(exp.read_text(encoding="utf-8")).items():
            recipients = entry.get("recipients") if isinstance(entry, dict) else None
            wanted = {r["address"].lower() for r in recipients or () if r.get("address")}
            if wanted:
                found[f"{exp.parent.name}/{key}"] = wanted
    return found


_ID_LINE = re.compile(rb"^[ \t>]*(?:message-id|in-reply-to|references)[ \t]*:[ \t]*(?:\r?\n[ \t]+)?([^\r\n]*)",
                      re.I | re.M)


def identifiers(raw: bytes) -> set[str]:
    """Every `<…>` on a Message-ID, In-Reply-To or References line anywhere in the raw mail, headers or pasted
    text, lower-cased: identifiers that a failed-address reader must never report as a recipient."""
    found = set()
    for m in _ID_LINE.finditer(raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")):
        found |= {i.decode("ascii", "replace").lower() for i in re.findall(rb"<([^<>\s]+@[^<>\s]+)>", m.group(1))}
    return found


def judge_corpus(table: Table, config, show: bool) -> int:
    flufl = {"flufl_bounce/" + r["file"]: r["failure_kind"] for r in tsv(CORPUS / "flufl_bounce" / "expected.tsv")}
    count = 0
    for split, root in SETS.items():
        addresses = expected_addresses(root)
        for row in tsv(root / "INDEX.tsv"):
            cat, path = row["category"], row["path"]
            if cat in ("malformed",):
                continue
            raw = (root / path).read_bytes()
            msg = load(root / path)
            count += 1
            b, c, a = bounce.detect_bounce(msg), detect_complaint(msg), autoreply.detect_auto_reply(msg)
            src = source(path)
            if cat == "bounce":
                table.add("bounce recall", src, split, b is not None, path)
                if b is not None:
                    table.add("bounce permanent/temporary right", src, split,
                              b.permanent == expected_permanent(row, flufl), path)
                    ids = sorted({a.lower() for a in b.addresses} & identifiers(raw))
                    table.add("bounce failed addresses hold no Message-ID", src, split, not ids, f"{path} ({ids})")
                    if path in addresses:
                        got = {a.lower() for a in b.addresses}
                        table.add("bounce failed address found (where the source states it)", src, split,
                                  addresses[path] <= got, f"{path} (got {sorted(got)})")
                        table.add("bounce failed addresses exactly the stated ones", src, split,
                                  addresses[path] == got, f"{path} (got {sorted(got)}, want {sorted(addresses[path])})")
            elif cat in ("human_reply", "auto_reply", "complaint", "other"):
                table.add("bounce precision (non-bounces not taken for bounces)", src, split, b is None, path)
            if cat == "complaint":
                table.add("feedback report recall", src, split, c is not None, path)
            if cat == "human_reply":
                table.add("human mail not taken for machine mail", src, split, not (b or c or a), path)
                kind = machine_answer(raw, config)
                if not kind.startswith("refused"):  # a bare body has no headers to judge by
                    table.add("human reply counted as an answer (in a tracked thread, mail with headers)", src, split,
                              kind in (Kind.REPLY.value, Kind.COMMAND.value), f"{path} ({kind})")
            if cat == "unlabelled" and "reads as: bounce" in row["note"]:  # inspected: a bounce after all
                table.add("unlabelled mail inspected as a bounce, caught", src, split, b is not None, path)
            elif cat == "unlabelled":
                table.add("unlabelled mail not taken for a bounce (inspect misses)", src, split, b is None, path)
            if cat in MACHINE or is_machine_notice(row):
                kind = machine_answer(raw, config)
                table.add("machine mail never an answer (in a tracked thread)", src, split,
                          kind not in (Kind.REPLY.value, Kind.OTHER_REPLY.value, Kind.COMMAND.value), f"{path} ({kind})")
                table.add("machine mail judged, not refused as unreadable", src, split,
                          not kind.startswith("refused"), f"{path} ({kind})")
    return count


def judge_ooo(table: Table) -> None:
    for root, split in ((OOO, "tuning"), (HELDOUT / "ooo", "held-out")):
        if not (root / "expected.tsv").exists():
            continue
        for f in tsv(root / "expected.tsv"):
            if f["auto_reply_rule"] == "(none)" or not f["return_date"]:
                continue
            msg = load(root / f["file"])
            text = replytext.reply_text(msg)
            sent = parsedate_to_datetime(str(msg["Date"]))
            try:
                got = autoreply.ooo_return_date(str(msg["Subject"]) + "\n" + text, sent, msg)
            except TypeError:  # the return-date reader before it took the message itself
                got = autoreply.ooo_return_date(str(msg["Subject"]) + "\n" + text, sent)
            want = date.fromisoformat(f["return_date"])
            table.add("OOO return date right (where a date is stated)", f.get("language") or "?", split,
                      got == want, f"{f['file']} (got {got}, want {want})")


# ---------------------------------------------------------------- out-of-office mail collected for issue 12 item 6
# Labelled files: tests/data/ooo/third_party.tsv (real mail already in the tuning corpus), tests/data/ooo_github/github.tsv
# (tuning) and tests/data/heldout/ooo/github.tsv (held out by the fixed hash of the file name). Columns: file, is_ooo,
# language, return_date (the first day back, docs/READING.md "Return dates"; empty = none stated), source.
OOO_LABELS = {"tuning": (DATA / "ooo" / "third_party.tsv", DATA / "ooo_github" / "github.tsv",
                         DATA / "ooo_public" / "labels.tsv", DATA / "ooo_archive" / "labels.tsv",
                         DATA / "ooo_lists" / "labels.tsv", DATA / "ooo_sets" / "labels.tsv", DATA / "ooo_business" / "labels.tsv",
                         DATA / "ooo_list_notes" / "labels.tsv", DATA / "ooo_relayed" / "labels.tsv",
                         DATA / "ooo_langs" / "labels.tsv"),
              "held-out": (HELDOUT / "ooo" / "github.tsv", HELDOUT / "ooo_public" / "labels.tsv",
                           HELDOUT / "ooo_archive" / "labels.tsv", HELDOUT / "ooo_lists" / "labels.tsv",
                           HELDOUT / "ooo_sets" / "labels.tsv", HELDOUT / "ooo_business" / "labels.tsv",
                           HELDOUT / "ooo_list_notes" / "labels.tsv", HELDOUT / "ooo_relayed" / "labels.tsv",
                           HELDOUT / "ooo_langs" / "labels.tsv")}


def read_date(msg) -> date | None:
    text = replytext.reply_text(msg)
    sent = parsedate_to_datetime(str(msg["Date"]))
    try:
        return autoreply.ooo_return_date(str(msg["Subject"]) + "\n" + text, sent, msg)
    except TypeError:  # the return-date reader before it took the message itself
        return autoreply.ooo_return_date(str(msg["Subject"]) + "\n" + text, sent)


def added_since(rev: str) -> set[str]:
    """Names of the files added under tests/data since git revision `rev`: one collection round's rows."""
    out = subprocess.run(["git", "-C", str(ROOT), "diff", "--name-only", "--diff-filter=A", rev, "HEAD", "--",
                          "tests/data"], capture_output=True, text=True, check=True).stdout
    return {Path(line).name for line in out.split()}


def judge_ooo_collected(table: Table, config, only: set[str] | None = None) -> None:
    """Third-party out-of-office mail (and people writing about their own absence): recognised, never an answer,
    return date right per language and per source; tuning vs held-out. `only`: judge just these file names."""
    for split, files in OOO_LABELS.items():
        for labels in files:
            if not labels.exists():
                continue
            for row in tsv(labels):
                if only is not None and row["file"] not in only:
                    continue
                path = labels.parent / row["file"]
                msg, raw = load(path), path.read_bytes()
                label, lang, src = row["file"], row["language"] or "?", row["source"]
                rule = autoreply.detect_auto_reply(msg)
                kind = machine_answer(raw, config)
                if row["is_ooo"] == "1":
                    table.add("OOO recognised as an auto-reply", lang, split, rule is not None, label)
                    table.add("OOO never the manager's answer (in a tracked thread)", src, split,
                              kind not in (Kind.REPLY.value, Kind.OTHER_REPLY.value, Kind.COMMAND.value),
                              f"{label} ({kind})")
                    if row["return_date"]:
                        got, want = read_date(msg), date.fromisoformat(row["return_date"])
                        note = f"{label} (got {got}, want {want})"
                        table.add("OOO return date right, by language", lang, split, got == want, note)
                        table.add("OOO return date right, by source", src, split, got == want, note)
                else:
                    table.add("a person's note about an absence not taken for an auto-reply", src, split,
                              rule is None, f"{label} ({rule})")
                    if not kind.startswith("refused"):  # a From with no address is quarantined, rightly
                        table.add("a person's note about an absence stays their answer (mail with a valid From)",
                                  src, split, rule is None and kind == Kind.REPLY.value, f"{label} ({rule or kind})")


def answerable(raw: bytes) -> bool:
    """Can this person's whole mail be judged as an answer? Not when its From names no address (an export that
    removed addresses: no sender to answer for), nor when a list delivered it (list headers: a person's mail
    through a list is list traffic by design, README "Machine mail is never an answer")."""
    head = BytesHeaderParser().parsebytes(raw)
    listed = any(head.get(h) for h in ("List-Id", "List-Post", "Mailing-List", "X-Mailman-Version", "X-BeenThere"))
    return "@" in str(head.get("From", "")) and not listed \
        and str(head.get("Precedence", "")).strip().lower() not in ("list", "bulk")


def normalise(text: str) -> str:
    """Whitespace-insensitive form for the exact match: runs of spaces, tabs and newlines become one space."""
    return " ".join(text.split())


def reply_case(path: Path) -> str:
    """Our reply text of one labelled case: a bare body (.txt) is trimmed as text, a whole mail (.eml) as mail."""
    if path.suffix == ".eml":
        return replytext.reply_text(load(path))
    return replytext.trim_reply(path.read_bytes().decode("utf-8", "replace"))


def as_person_reply(body: str) -> bytes:
    """A bare reply body under the headers a person's mail client writes, so the body-reading rules (text-only
    out-of-office signs, report wording, status codes) are judged on people's own words too."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "Dana Manager <dana@acme.test>", "Rita Recruiter <rita@acme.test>"
    msg["Subject"], msg["Date"] = "Re: Jane Doe for Backend", "Mon, 06 Jan 2020 10:00:00 +0000"
    msg["Message-ID"], msg["In-Reply-To"] = "<r1@acme.test>", "<s1@x>"
    msg.set_content(body)
    return bytes(msg)


def judge_person_body(table: Table, config, group: str, split: str, body: str, label: str) -> None:
    raw = as_person_reply(body)
    msg = parse(raw)
    machine = bounce.detect_bounce(msg) or detect_complaint(msg) or autoreply.detect_auto_reply(msg)
    kind = machine_answer(raw, config)
    table.add("human reply body not taken for machine mail (under a person's headers)", group, split,
              machine is None and kind in (Kind.REPLY.value, Kind.COMMAND.value), f"{label} ({machine or kind})")


def judge_reply_text(table: Table, config) -> None:
    def both(group: str, split: str, got: str, want: str, label: str) -> None:
        table.add("reply text exact (whitespace normalised)", group, split, normalise(got) == normalise(want), label)
        ratio = difflib.SequenceMatcher(None, normalise(got), normalise(want)).ratio()
        table.add("reply text fuzzy (similarity >= 0.9)", group, split, ratio >= 0.9, label)

    langs = {r["path"]: r["language"] for r in tsv(CORPUS / "INDEX.tsv")}
    folder = CORPUS / "discourse_email_reply_trimmer"
    for n in sorted(p.name for p in (folder / "emails").iterdir()):
        body = (folder / "emails" / n).read_bytes().decode()
        got = replytext.trim_reply(body)
        lang = langs.get(f"discourse_email_reply_trimmer/emails/{n}") or "?"
        judge_person_body(table, config, "discourse", "tuning", body, n)
        both(f"discourse {lang}", "tuning", got, (folder / "trimmed" / n).read_bytes().decode(), n)
    for row in tsv(CORPUS / "INDEX.tsv"):
        exp = row["expected"]
        if row["path"].startswith(("github_", "zapier_")) and exp.startswith(('parse_reply == "', 'reply.strip() == "')):
            want = exp.split("== ", 1)[1].strip()[1:-1].replace("\\n", "\n")
            got = replytext.trim_reply((CORPUS / row["path"]).read_bytes().decode())
            both(source(row["path"]) + " " + (row["language"] or "?"), "tuning", got, want, row["path"])
    for eml in sorted((CORPUS / "mailgun_talon" / "standard_replies").glob("*.eml")):
        both("mailgun_talon en", "tuning", replytext.reply_text(load(eml)), "Hello", eml.name)
    # Hand-labelled reply-text sets (tests/data/replies and tests/data/heldout/replies, README.md in each).
    for root, split in ((DATA / "replies", "tuning"), (HELDOUT / "replies", "held-out")):
        if (root / "expected.json").exists():
            for name, case in json.loads((root / "expected.json").read_text()).items():
                raw = (root / name).read_bytes()
                if (root / name).suffix == ".txt":
                    judge_person_body(table, config, case["source"], split, raw.decode("utf-8", "replace"), name)
                elif answerable(raw):
                    kind = machine_answer(raw, config)
                    table.add("a person's whole reply mail (not through a list) counted as an answer", case["source"],
                              split, kind in (Kind.REPLY.value, Kind.COMMAND.value), f"{name} ({kind})")
                both(f"{case['source']} {case['language']}", split, reply_case(root / name), case["reply_text"], name)


def arguments() -> argparse.Namespace:
    """The options of the module docstring; an unknown one (a typo, `--help` aside) stops before any mail is
    read, so a mistyped flag never prints figures nobody asked for."""
    usage = __doc__.split("Usage: ", 1)[1].split("\n", 1)[0]
    parser = argparse.ArgumentParser(usage=usage, description=__doc__.split("\n", 1)[0], add_help=True,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n", 3)[3])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--misses", action="store_true")
    which.add_argument("--tuning-misses", action="store_true")
    which.add_argument("--tuning-only", action="store_true")
    parser.add_argument("--code", metavar="DIR")
    parser.add_argument("--added-since", metavar="REV")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    show = tuple(SETS) if args.misses else ("tuning",) if args.tuning_misses or args.tuning_only else ()
    if args.tuning_only or args.tuning_misses:
        Table.splits = ("tuning",)
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import make_config  # noqa: E402 - the tests' own config with unknown managers tracked

    table = Table()
    if args.added_since:  # one collection round's own figures, nothing else
        only = added_since(args.added_since)
        with tempfile.TemporaryDirectory() as tmp:
            judge_ooo_collected(table, make_config(Path(tmp)), only)
        print(f"code: {CODE}\nfiles added since {args.added_since}: {len(only)}\n")
        table.print(show)
        return
    with tempfile.TemporaryDirectory() as tmp:
        config = make_config(Path(tmp))
        start = time.perf_counter()
        count = judge_corpus(table, config, show)
        seconds = time.perf_counter() - start
        judge_ooo_collected(table, config)
        judge_reply_text(table, config)
    judge_ooo(table)
    print(f"code: {CODE}\n")
    table.print(show)
    print(f"\n{count} corpus messages judged (bounce, complaint, auto-reply and the daemon's rules) in {seconds:.1f} s")


if __name__ == "__main__":
    main()

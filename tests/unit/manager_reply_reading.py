"""How mailer reads a row of tests/unit/manager_reply_shapes.py on its own code path (parse → classify with the
manager's thread known → reply_text and commands), and how that reading is judged. Shared by
tests/unit/test_manager_reply_sweep.py and bench/manager_replies.py (which puts the mailer of --code DIR first).

Judgement, worst first:
- wrong: a quoted line of the earlier mail or its head kept (the recruiter's or mailer's words read as the manager's),
  a line of the manager's own words lost, a decision other than the one written, or the mail not read as the
  manager's reply at all;
- noise: signature, app line, banner, disclaimer or meeting lines kept (not the person's words; meaning unchanged);
- missed: the text right, a written decision read as none (``missed*`` when the README does not claim the language);
- cosmetic: part of the closing and signed name kept, whitespace, an inline answer's quoted question kept or not;
- right: the manager's words as written, with their closing and signed name or without both.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
import sys
import tempfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/helpers.py

from manager_reply_shapes import Row  # noqa: E402
import manager_reply_words as mw  # noqa: E402

NOW = datetime(2026, 12, 7, 10, 30, tzinfo=timezone.utc)
ORDER = ("wrong", "noise", "missed", "missed*", "cosmetic", "right")


def _config():
    from helpers import config_text
    from mailer.config.load import parse
    path = Path(tempfile.mkdtemp()) / "config.yaml"
    path.write_text(config_text())
    return parse(path.read_text(), path)


_CONFIG = []


def read(row: Row) -> tuple[str, str, str]:
    """(kind, reply text, decision) as mailer records them for this mail in the manager's thread."""
    from mailer.model import State, Submission
    from mailer.reading.classify import Context, classify
    from mailer.reading.parse import parse
    if not _CONFIG:
        _CONFIG.append(_config())
    thread = Submission(1, "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend Engineer",
                        "Candidate: Jane Doe – Backend Engineer", "s1@x", (), datetime(2026, 12, 1, tzinfo=timezone.utc),
                        State.OPEN)
    verdict = classify(parse(row.raw), _CONFIG[0], Context(in_thread=(thread,), now=NOW))
    verbs = [c.verb for c in verdict.commands]
    decision = " + ".join(verbs) if verbs else "none"
    return verdict.kind.value, verdict.reply_text or "", decision


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def judge(row: Row, kind: str, text: str, decision: str) -> tuple[str, list[str]]:
    """(category, reasons) of one reading; see the module docstring."""
    reasons: list[str] = []
    got = [_norm(x.lstrip(">").strip()) if x.lstrip().startswith(">") else _norm(x) for x in text.split("\n")]
    got = [x for x in got if x]
    whole = " ".join(got)
    own = [_norm(x) for x in row.tagged("own")]
    allowed = {_norm(x) for x in row.tagged("own", "cos", "ctx")}
    quote = {_norm(x) for x in row.tagged("quote")} - allowed
    noise = {_norm(x) for x in row.tagged("noise", "app")} - allowed - {"--"}
    if kind != "reply":
        reasons.append(f"read as {kind}, not the manager's reply")
    lost = [x for x in own if x not in whole]
    if lost:
        reasons.append(f"own words lost: {lost[0][:60]!r}")
    kept_quote = [x for x in got if x in quote or (x not in allowed and any(x in q or q in x for q in quote if
                                                                              len(q) > 12 and len(x) > 12))]
    if kept_quote:
        reasons.append(f"quoted text kept: {kept_quote[0][:60]!r}")
    if decision != row.decision and decision != "none":
        reasons.append(f"decision {decision}, written {row.decision}")
    if reasons:
        return "wrong", reasons
    kept_noise = [x for x in got if x in noise or x == "--"]
    unknown = [x for x in got if x not in allowed and x not in noise and x != "--" and x not in kept_quote]
    if unknown:  # a line that is none of the mail's own (lines run together): read it as noise, say so
        reasons.append(f"line not in the mail: {unknown[0][:60]!r}")
    if kept_noise:
        reasons.append(f"kept: {kept_noise[0][:60]!r}" + (f" (+{len(kept_noise) - 1})" if len(kept_noise) > 1 else ""))
    if reasons:
        return "noise", reasons
    if decision != row.decision:
        return ("missed" if row.lang in mw.CLAIMED else "missed*"), [f"decision none, written {row.decision}"]
    # The words as written, closing and signed name too (as replytext keeps them), or without that sign-off, the
    # sender's own (as the daemon's path keeps them: reading/ownsignoff.py knows who wrote). Part of it: cosmetic.
    if got not in ([_norm(x) for x in row.tagged("own", "cos")], [_norm(x) for x in row.tagged("own")]):
        return "cosmetic", []
    return "right", []

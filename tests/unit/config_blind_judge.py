"""Runs one blind config edit (config_blind_cases.py) through `mailer check` and through the running daemon's reload
(ConfigSource.refresh, what Daemon.tick calls each pass), and says whether each outcome is the one written down.

A refusal is right only when one of its lines names the file, a line the case expects and a key it expects
(`config.yaml:144: followups.steps[0].after: …`), with no traceback; the reload must also keep the last good config
and say why in the log exactly once over two passes."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Callable

from config_blind_edits import Accept, Case, Either, Refuse

BASE = Path(__file__).resolve().parent.parent / "data" / "config_blind" / "base.yaml"
LOCAL_SERVERS = {21: "  host: 127.0.0.1", 22: "  port: 1", 48: "  host: 127.0.0.1", 49: "  port: 1"}
ENV = {"MAILER_IMAP_PASSWORD": "imap-secret", "MAILER_SMTP_PASSWORD": "smtp-secret"}
PROBLEM = re.compile(r"(?P<file>[\w.-]+\.(?:yaml|j2)):(?P<line>\d+):\s*(?P<rest>.*)")
# What `mailer check` prints about the servers: not the config's verdict (the sweep's servers are unreachable).
SERVER_STEPS = ("IMAP login", "SMTP login", "trust", "Sent folder", "OAuth2")


def base_lines() -> list[str]:
    lines = BASE.read_text(encoding="utf-8").splitlines()
    for number, text in LOCAL_SERVERS.items():
        lines[number - 1] = text
    return lines


def write_case(case: Case, folder: Path) -> Path:
    """The edited config.yaml (and its other files) in folder."""
    lines = case.edit(base_lines()) if case.edit else base_lines()
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8")
    if case.data == b"END-STRIP":
        data = text.rstrip("\n").encode("utf-8")
    elif case.data == b"CRLF":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif case.data == b"BOM":
        data = b"\xef\xbb\xbf" + data
    elif case.data == b"CP1252":  # line 8 pasted from a Windows editor, the rest (with its 自動返信) UTF-8
        data = b"".join((ln.encode("cp1252") if n == 8 else ln.encode("utf-8")) + b"\n"
                        for n, ln in enumerate(lines, 1))
    elif case.data == b"NUL8":
        lines = base_lines()
        lines[7] = "from_name: Acme\x00Recruiting"
        data = ("\n".join(lines) + "\n").encode("utf-8")
    path = folder / "config.yaml"
    path.write_bytes(data)
    for name, body in case.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    return path


def check_subprocess(path: Path, code: Path | None = None) -> tuple[int, str, str]:
    """`mailer check` as users run it: the venv's entry point in a new process."""
    env = {**os.environ, **ENV}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    mailer = Path(sys.executable).with_name("mailer")
    done = subprocess.run([str(mailer), "check", "--config", str(path)], capture_output=True, text=True,
                          env=env, timeout=120, cwd=path.parent)
    return done.returncode, done.stdout, done.stderr


def check_in_process(path: Path) -> tuple[int, str, str]:
    """The same command through mailer.cli.main.main (tests: 300 processes would take minutes)."""
    from mailer.cli.main import main
    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in ENV}
    os.environ.update(ENV)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                rc = main(["check", "--config", str(path)])
            except SystemExit as stop:
                rc = stop.code if isinstance(stop.code, int) else 2
            except BaseException:  # noqa: BLE001 - a traceback is what the sweep counts
                import traceback
                traceback.print_exc(file=err)
                rc = 1
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return rc, out.getvalue(), err.getvalue()


def _problem_lines(rc: int, out: str, err: str) -> list[str]:
    lines = [ln.strip() for ln in err.splitlines() if ln.strip() and not ln.startswith("mailer: configuration")]
    lines += [ln for ln in out.splitlines() if ln.startswith("FAIL") and not any(s in ln for s in SERVER_STEPS)]
    return lines


def _names_key(got_key: str, text: str, wanted: str) -> bool:
    """The refusal names the wanted key: the same path, a more precise one (`dates[1]` for `dates`), the entry or
    section holding it (`managers[1]` for `managers[1].email`), or its own name quoted in the text
    (`missing required key 'address'`, `duplicate key 'host'`)."""
    if got_key == wanted or got_key.startswith((wanted + ".", wanted + "[")) or wanted.startswith(
            (got_key + ".", got_key + "[")) and got_key:
        return True
    leaf = re.split(r"[.\[]", wanted)[-1].rstrip("]")
    return f"'{leaf}'" in text


def _refusal_verdict(expect_lines, expect_keys, problems: list[str], case: Case) -> str:
    template = next((Path(name).name for name in case.files), None)
    found = [m for p in problems for m in [PROBLEM.search(p)] if m]
    if not found:
        return "wrong: refused without file:line: key"
    wanted_file = template if template else "config.yaml"
    problems_text = "\n".join(problems)
    on_line = [m for m in found if m.group("file") == wanted_file and int(m.group("line")) in expect_lines]
    if not on_line:
        return f"wrong: another line ({', '.join(m.group('file') + ':' + m.group('line') for m in found)[:120]})"
    for m in on_line:
        rest = m.group("rest")
        got_key = rest.split(": ", 1)[0].strip() if ": " in rest else ""
        if template:  # `FAIL template followup_1: /…/followup_1.txt.j2:2: unexpected '}'`: the template is the key
            if expect_keys is None or any(k and f"template {k}" in problems_text for k in expect_keys):
                return "right"
            continue
        if expect_keys is None or None in expect_keys or any(_names_key(got_key, rest, k) for k in expect_keys if k):
            return "right"
    return f"wrong: another key ({', '.join(m.group('rest').split(': ', 1)[0] for m in on_line)[:120]})"


def judge(expect, accepted: bool, problems: list[str], case: Case, config=None) -> str:
    """'right' or 'wrong: why' for one outcome."""
    if any("Traceback" in p for p in problems):
        return "wrong: traceback"
    if isinstance(expect, Accept):
        if not accepted:
            return "wrong: refused a good edit"
        if expect.holds and config is not None and not _holds(expect.holds, config):
            return "wrong: taken, but not as meant"
        return "right"
    if accepted:
        if isinstance(expect, Either) and (expect.holds is None or config is None or _holds(expect.holds, config)):
            return "right"
        return "wrong: accepted a bad edit" if isinstance(expect, Refuse) else "wrong: taken, but not as meant"
    return _refusal_verdict(expect.lines, expect.keys, problems, case)


def _holds(predicate: Callable, config) -> bool:
    try:
        return bool(predicate(config))
    except Exception:  # noqa: BLE001 - a value of another shape is "not as meant"
        return False


def judge_check(case: Case, folder: Path, run: Callable[[Path], tuple[int, str, str]], load=None) -> str:
    path = write_case(case, folder)
    rc, out, err = run(path)
    if "Traceback" in err or "Traceback" in out:
        return "wrong: traceback"
    problems = _problem_lines(rc, out, err)
    accepted = rc != 2 and "ok   config" in out and not problems
    config = load(path) if (accepted and load) else None
    return judge(case.expect, accepted, problems, case, config)


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def judge_reload(case: Case, folder: Path) -> str:
    """The daemon's path: a source on the good file, the file edited, two passes (refresh) over it."""
    from mailer.config.load import ConfigSource
    path = folder / "config.yaml"
    path.write_text("\n".join(base_lines()) + "\n", encoding="utf-8")
    source = ConfigSource(path)
    good = source.current
    # As the daemon wires it (daemon.py): a config edit is taken only with templates that render.
    from datetime import datetime, timezone
    from mailer.templateset import TemplateSource
    source.vet_templates = TemplateSource(good, datetime(2026, 12, 7, tzinfo=timezone.utc)).vet
    write_case(case, folder)
    os.utime(path, ns=(1, 1))
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    try:
        try:
            first = source.refresh()
            second = source.refresh()
        except Exception as error:  # noqa: BLE001 - the sweep counts it
            return f"wrong: traceback ({type(error).__name__}: {error})"[:160]
    finally:
        root.removeHandler(collect)
    expect = case.reload_expect or case.expect
    error = source.last_error
    accepted = not error and first is not good
    if error and (first is not good or second is not good):
        return "wrong: refused, but the last good config not kept"
    if not error and first is good:
        return "wrong: edit neither taken nor refused"
    problems = error.splitlines() if error else []
    verdict = judge(expect, accepted, problems, case, first if accepted else None)
    if verdict == "right" and error:
        said = sum(1 for m in collect.messages if problems[0] in m or problems[0].split(": ", 1)[-1] in m)
        if said != 1:
            return f"wrong: the refusal logged {said} times over two passes"
    return verdict

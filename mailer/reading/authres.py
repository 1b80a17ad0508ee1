"""Trust a reply's From only if our own mail system authenticated it (RFC 8601 Authentication-Results; pure)."""

from __future__ import annotations

import email.message
import email.utils
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

# The rules, and why:
# * Only Authentication-Results fields whose authserv-id is in `authserv_ids` (case-insensitive) count:
#   anyone can write such a field, and only ours was written by a system we trust (RFC 8601 §5, §7).
#   Fields of other ids ABOVE ours were added later, inside our own path, and say nothing about the sender.
# * The TOPMOST field with our id is our boundary's verdict. Fields lower down were already in the
#   message when it reached us, so they may be forged even when they carry our id.
# * Split fields (OpenDKIM and OpenDMARC each add one under the same id): the topmost field with our id
#   is combined with fields carrying one of our ids that sit DIRECTLY beneath it in the header block,
#   with no other field of any kind in between. One MTA's filters insert theirs side by side; anything
#   cut off from them (by a Received, a foreign Authentication-Results, any field) counts as pre-existing.
#   Within that run, a method is decided by the topmost field that reports it, so a forged copy right
#   below ours cannot overturn ours. It could only add a method ours never reported. That is why the
#   MTA should always report (OpenDKIM: AlwaysAddARHeader yes) or strip incoming copies (RFC 8601 §5).
# * dmarc=fail anywhere in the run vetoes: it is fail-closed, and a DKIM pass for some other domain
#   is exactly what a spoofer brings along.
# * Trusted when: dmarc=pass (with header.from, if given, aligned with From); or, in Microsoft's field
#   only, compauth=pass; or dkim=pass with header.d (else header.i's domain) aligned; or spf=pass with
#   smtp.mailfrom's domain aligned (old Gmail writes smtp.mail). Nothing else is trusted: not softpass,
#   not bestguesspass, not spf for HELO.
# * Alignment is DMARC's relaxed mode: same organisational domain. That domain is approximated WITHOUT the
#   Public Suffix List: the last two labels, or the last three when the TLD is a two-letter ccTLD and the
#   label before it is a well-known registry label (co.uk, com.au, co.jp, ...). The set below errs
#   towards "suffix": an unknown xx.yy suffix treated as an organisation would let evil.xx.yy align with
#   acme.xx.yy, while a spurious suffix only splits one organisation in two (fail-closed).
# * Exchange Online / Microsoft 365 writes no authserv-id ("spf=pass (sender IP is …) smtp.mailfrom=…;").
#   The special authserv_ids entry "microsoft" (MICROSOFT) accepts such id-less fields, i.e. those whose
#   first token is a method=result pair. An explicit authserv-id "microsoft" is not matched by it.

MICROSOFT = "microsoft"
_REGISTRY_LABELS = frozenset(
    "ac ad asn biz co com ed edu go gob gov govt gr gv id in int lg ltd me mil ne net nhs nic nom or org plc "
    "sch web".split())
_MAX_FIELD = 65_536  # bound the work per field; our own MTA never writes anything near this


@dataclass(frozen=True)
class AuthVerdict:
    trusted: bool
    reason: str  # short, for logs and `mailer classify`


class _Result(NamedTuple):
    method: str  # lower-case, without "/version"
    result: str  # lower-case
    props: dict[str, str]  # "header.d" → value (first occurrence wins)
    server: str  # authserv-id (lower-case) or MICROSOFT, for the reason


def check_sender(msg: email.message.Message, authserv_ids: Sequence[str], from_address: str) -> AuthVerdict:
    """Did one of `authserv_ids` authenticate `from_address`'s domain for this message? Never raises."""
    try:
        return _check(msg, authserv_ids, from_address)
    except Exception as exc:  # noqa: BLE001 - a hostile mail must yield a verdict, not a crash
        return AuthVerdict(False, f"cannot read Authentication-Results: {type(exc).__name__}")


def _check(msg: email.message.Message, authserv_ids: Sequence[str], from_address: str) -> AuthVerdict:
    if msg is None:  # Message.parsed is None when the mail was never parsed
        return AuthVerdict(False, "no message headers to check")
    ids = {str(i).strip().lower() for i in authserv_ids if str(i).strip()}
    if not ids:
        return AuthVerdict(False, "no authserv_ids configured")
    named = ", ".join(sorted(ids))
    from_domain = _domain(email.utils.parseaddr(from_address or "")[1] or from_address or "")
    if "." not in from_domain:
        return AuthVerdict(False, f"no domain in From {from_address!r}")

    def ours(server: str | None) -> bool:
        if server == "":
            return MICROSOFT in ids
        return server is not None and server != MICROSOFT and server in ids

    # raw_items keeps every field in order, unfolded by us and not RFC 2047-decoded (this is structured text).
    fields = [(index, *_parse(str(value)[:_MAX_FIELD]))
              for index, (name, value) in enumerate(msg.raw_items())
              if str(name).strip().lower() == "authentication-results"]
    run: list[tuple[int, str | None, list[_Result], bool]] = []
    for field in fields:
        if run and (field[0] != run[-1][0] + 1 or not ours(field[1])):
            break
        if ours(field[1]):
            run.append(field)
    if not run:
        others = sorted({server or MICROSOFT for _, server, _, _ in fields if server is not None})
        hint = f" (only from {', '.join(others[:3])})" if others else ""
        return AuthVerdict(False, f"no Authentication-Results from {named}{hint}")

    seen: set[str] = set()
    results: list[_Result] = []
    for _, _, field_results, _ in run:
        results += [r for r in field_results if r.method not in seen]
        seen |= {r.method for r in field_results}
    for r in (r for _, _, field_results, _ in run for r in field_results):
        if r.method == "dmarc" and r.result == "fail":
            return AuthVerdict(False, f"dmarc=fail ({r.server})")
    where = run[0][1] or MICROSOFT
    if not results:
        said_none = any(none for _, _, _, none in run)
        return AuthVerdict(False, f"{where} reported {'none' if said_none else 'no parsable result'}")
    return _judge(results, from_domain, where)


def _judge(results: list[_Result], from_domain: str, where: str) -> AuthVerdict:
    problems = []
    for method in ("dmarc", "compauth", "dkim", "spf"):
        for r in results:
            if r.method != method or r.result != "pass":
                continue
            if method == "compauth":  # Microsoft's own From-domain verdict; only its id-less field says it
                if r.server == MICROSOFT:
                    return AuthVerdict(True, f"compauth=pass ({r.server})")
                continue
            if method == "dmarc":
                label, value = "header.from", r.props.get("header.from", "")
            elif method == "dkim":  # d= is the signing domain; i= (same domain or below) only if d= is missing
                signer, agent = r.props.get("header.d", ""), r.props.get("header.i", "")
                label, value = ("i", agent) if agent and not signer else ("d", signer)
            else:
                label, value = "smtp.mailfrom", r.props.get("smtp.mailfrom", r.props.get("smtp.mail", ""))
            domain = _domain(value)
            if method == "dmarc" and not domain:  # DMARC itself is about the From domain
                return AuthVerdict(True, f"dmarc=pass ({r.server})")
            if _aligned(domain, from_domain):
                detail = "" if method == "dmarc" else f" {label}={domain}"
                return AuthVerdict(True, f"{method}=pass{detail} ({r.server})")
            problems.append(f"{method}=pass but {label}={domain or '(none)'} not aligned with From {from_domain}")
    if problems:
        return AuthVerdict(False, problems[0])
    summary = [f"{r.method}={r.result}" for r in results if r.method in ("dmarc", "compauth", "dkim", "spf")]
    if not summary:
        return AuthVerdict(False, f"no dmarc, dkim or spf result from {where}")
    return AuthVerdict(False, f"{', '.join(dict.fromkeys(summary))} ({where})")


def _parse(value: str) -> tuple[str | None, list[_Result], bool]:
    """Field body → (authserv-id, "" when id-less or None when unusable; results; said "none")."""
    segments = _segments(" ".join(value.splitlines()))
    head = segments[0]
    if not head:
        return None, [], False
    if head[0][1] > 0:  # starts with method=result: Exchange Online's id-less shape
        server, resinfos = "", segments
    else:
        server, resinfos = head[0][0].strip().lower(), segments[1:]  # the rest of head is a version
        if not server:
            return None, [], False
    results, none = [], False
    for words in resinfos:
        if not words:
            continue
        text, eq = words[0]
        if eq <= 0:  # "none", or junk such as the bare "example.com;" old Exchange inserts
            none = none or text.lower() == "none"
            continue
        props: dict[str, str] = {}
        for word, weq in words[1:]:
            if weq > 0:
                props.setdefault(word[:weq].strip().lower(), word[weq + 1:].strip())
        method = text[:eq].split("/")[0].strip().lower()
        results.append(_Result(method, text[eq + 1:].strip().lower(), props, server or MICROSOFT))
    return server, results, none


def _segments(value: str) -> list[list[tuple[str, int]]]:
    """Split at ';' into words (text, index of the first unquoted '=' or -1); comments are dropped."""
    segments: list[list[tuple[str, int]]] = [[]]
    word, eq, started, i, n = "", -1, False, 0, len(value)
    while i < n:
        c = value[i]
        if c in "();" or c.isspace():
            if started:
                segments[-1].append((word, eq))
            word, eq, started = "", -1, False
            if c == ";":
                segments.append([])
            elif c == "(":  # comments nest and may hold ';', '=' and quotes: skip them whole, they are prose
                depth = 0
                while i < n:
                    depth += {"(": 1, ")": -1}.get(value[i], 0)
                    i += 2 if value[i] == "\\" else 1
                    if depth == 0:
                        break
                continue
        elif c == '"':  # a quoted string is text: its ';', '=' and spaces are never syntax
            i += 1
            while i < n and value[i] != '"':
                i += 1 if value[i] == "\\" else 0
                word += value[i:i + 1]
                i += 1
            started = True
        else:
            eq = len(word) if c == "=" and eq < 0 else eq
            word += c
            started = True
        i += 1
    if started:
        segments[-1].append((word, eq))
    return [_join_spaced(s) for s in segments]


def _join_spaced(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """RFC 8601 allows space around '=': rejoin "dkim = pass" and "header.d= x" into one word."""
    out: list[tuple[str, int]] = []
    for text, eq in words:
        if out and out[-1][1] < 0 and eq == 0:
            out[-1] = (out[-1][0] + text, len(out[-1][0]))
        elif out and out[-1][1] == len(out[-1][0]) - 1 and eq < 0:
            out[-1] = (out[-1][0] + text, out[-1][1])
        else:
            out.append((text, eq))
    return out


def _domain(value: str) -> str:
    """'user@Acme.Example', '@acme.example', '<u@acme.example>', 'acme.example.' → 'acme.example'."""
    domain = value.strip().strip("<>").rpartition("@")[2].strip().rstrip(".").lower()
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")  # A-labels, as DNS and DKIM d= use
        except UnicodeError:
            pass
    return domain


def _org(domain: str) -> str:
    labels = domain.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _REGISTRY_LABELS else 2
    return ".".join(labels[-keep:])


def _aligned(a: str, b: str) -> bool:
    return bool(a) and bool(b) and _org(a) == _org(b)

"""What is due + templates/ → a finished EmailMessage with its Message-ID fixed before anything is sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
import email.policy
import email.utils
import hashlib
import re
from pathlib import Path

import jinja2

from mailer.config.settings import Config
from mailer.model import Due, OutgoingMail
from mailer.errors import TemplateProblem
from mailer.reading.text import html_to_text
from mailer.templateerror import Missing, describe
from mailer.templateparts import FROM_HTML, TEXT_ONLY, parts_for
from mailer.wireaddress import ascii_address


@dataclass(frozen=True)
class Thread:
    """Where the mail sits in a conversation: the Message-IDs it answers, oldest first."""

    subject: str
    ancestors: tuple[str, ...]


def environment(templates: Path | tuple[Path, ...], loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """Templates from these folders, the first that has a file winning (an operator's folder overrides the
    shipped templates one file at a time, layouts included). `loader`: the sources from elsewhere (a running
    daemon's snapshot in memory, templateset.py), these folders named in what is not found."""
    folders = (templates,) if isinstance(templates, Path) else templates
    return jinja2.Environment(
        loader=loader or jinja2.FileSystemLoader([str(folder) for folder in folders]),
        undefined=Missing,  # a typo in a template fails loudly in `mailer check`, not in a manager's inbox
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def message_id(instance: str, key: str, domain: str) -> str:
    """Deterministic per outbox key (and per database), so a recomputed mail keeps its identity."""
    digest = hashlib.sha256(f"{instance}:{key}".encode()).hexdigest()[:24]
    return f"{digest}.mailer@{domain}"


def clean(text: str) -> str:
    """No CR/LF or other control characters from input ever reach a header."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text or "").split())


# Outlook shows at most 255 characters of a subject; a display name longer than a line is no name.
SUBJECT_LIMIT = 255
NAME_LIMIT = 100


def shortened(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its words that fit followed by "…". A subject is read from
    mail (a header block may hold 256 KB): a 200 KB "Re: …" would go out to a manager as written."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut) + "…"


# A Message-ID as it can go back out: printable ASCII without spaces or angle brackets (RFC 5322 msg-id).
_SENDABLE_ID = re.compile(r"[!-;=?-~]{1,250}")


def sendable_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    """The Message-IDs read from mail that can be written into In-Reply-To and References. Anyone who writes into
    a thread chooses their Message-ID: a control character in it made every later follow-up in the thread fail
    to compose (a vertical tab) or carry a raw control byte, and a non-ASCII one was sent as an RFC 2047 word no
    mail program matches. Such an id is left out; the rest of the chain still threads the mail."""
    return tuple(mid for mid in ids if _SENDABLE_ID.fullmatch(mid))


def first_name(name: str, address: str) -> str:
    """'Maria Manager' → 'Maria'. Without a name, the address's first run of two or more letters
    ('jane.doe-42@' → 'Jane'), or 'there' when it has none ("Hi there")."""
    words = clean(name).split()
    if words:
        return words[0]
    runs = [w for w in re.split(r"[^A-Za-zÀ-ÿ]+", address.split("@")[0]) if len(w) > 1]
    return runs[0].capitalize() if runs else "there"


def waited_text(waited: timedelta, day_hours: float) -> str:
    """Business time in words, rounded to the nearest whole hour or day: 'under an hour', '3 business hours',
    '4 business days'. One rule for every line of a list: 1.97 and 2.02 business days both read "2 business
    days" (the floor with "over" for a quarter day past it made two submissions sent 30 minutes apart read
    "over 1 business day" and "2 business days" in one list)."""
    hours = waited.total_seconds() / 3600
    if hours < 1:
        return "under an hour"
    if int(hours + 0.5) < day_hours:  # half up, never Python's round-half-to-even
        whole = int(hours + 0.5)
        return f"{whole} business hour{'s' if whole != 1 else ''}"
    whole = max(1, int(hours / day_hours + 0.5))
    return f"{whole} business day{'s' if whole != 1 else ''}"


def person(config: Config, address: str, known_as: str = "") -> dict:
    """A person for templates; `known_as` is a name from mail headers for people not in the config."""
    recruiter = config.recruiters.get(address)
    manager = config.manager(address)
    name = (recruiter.name if recruiter else "") or (manager.name if manager else "") or known_as
    return {"email": address, "name": shortened(clean(name), NAME_LIMIT) or address,
            "first_name": shortened(first_name(name, address), NAME_LIMIT)}


def context(config: Config, due: Due) -> dict:
    """The variables every template sees. Listed in README.md (Deploying, "Templates live in templates/")."""
    manager_cal = config.calendar_for(due.manager)
    items = []
    for number, item in enumerate(due.items, 1):
        sub = item.submission
        items.append({
            "number": number,
            "candidate": shortened(clean(sub.candidate), NAME_LIMIT),
            "role": shortened(clean(sub.role), SUBJECT_LIMIT),
            "subject": shortened(clean(sub.subject), SUBJECT_LIMIT),
            "recruiter": person(config, sub.recruiter),
            "submitted": sub.submitted_at.astimezone(manager_cal.tz).strftime("%a %d %b %Y"),
            "waited": waited_text(item.waited, manager_cal.day_hours),
            "step": item.step + 1,
        })
    first = due.items[0].submission
    recruiter = config.recruiter(first.recruiter)
    # A mentor ask names the mentor it goes to (recruiters[].mentor, or the longest active mentorship).
    mentor = due.recipient if due.audience == "mentor" and due.recipient else (recruiter.mentor if recruiter else None)
    return {
        "items": items,
        "item": items[0],
        "grouped": due.grouped,
        "step": due.step + 1,
        "steps_total": len(config.followups.steps),
        "final": due.step == len(config.followups.steps) - 1,
        "manager": person(config, due.manager, first.manager_name),
        "recruiter": person(config, first.recruiter),
        "mentor": person(config, mentor) if mentor else None,
        "recipient": person(config, due.recipient, first.manager_name if due.recipient == due.manager else ""),
        "mailer": {"address": config.address, "name": config.from_name},
    }


def render(env: jinja2.Environment, name: str, variables: dict) -> tuple[str, str, str]:
    """(subject, text, html) of templates/<name>.txt.j2 (which sets `subject`) and <name>.html.j2; html is ''
    when the mail goes as text only (templateparts.py)."""
    try:
        text_module = env.get_template(f"{name}.txt.j2").make_module(variables)
        html = env.get_template(f"{name}.html.j2").render(variables)
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(f"template {exc.name} not found in {env.loader.searchpath[0]}") from None
    except jinja2.TemplateError as exc:
        raise TemplateProblem(describe(env, name, exc)) from None
    except UnicodeDecodeError as exc:  # an editor saved it as Latin-1 or UTF-16: say so, not a traceback
        raise TemplateProblem(f"template {name}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at "
                              f"position {exc.start}): save it as UTF-8") from None
    subject = shortened(clean(getattr(text_module, "subject", "")), SUBJECT_LIMIT)
    if not subject:
        raise TemplateProblem(f"template {name}.txt.j2 must set a subject: {{% set subject = '…' %}}")
    parts, _changed = parts_for(env, name)  # ops changed one part's words only: never two parts that disagree
    if parts == TEXT_ONLY:
        return subject, str(text_module), ""
    return subject, html_to_text(html) + "\n" if parts == FROM_HTML else str(text_module), html


def template_for(config: Config, due: Due) -> str:
    if due.grouped and due.audience == "manager":
        return config.followups.digest_template
    return config.followups.steps[due.step].template


def compose(config: Config, env: jinja2.Environment, due: Due, thread: Thread, instance: str,
            now: datetime, away_since: str = "") -> OutgoingMail:
    """`away_since`: the manager is just back from an out-of-office absence that began then ("Mon 26 Oct"; decide.py
    reads it from the stored absence): the nudge acknowledges it instead of asking for an answer "today"."""
    variables = context(config, due)
    variables["thread_subject"] = shortened(clean(thread.subject), SUBJECT_LIMIT)
    variables["away_since"] = away_since
    subject, text, html = render(env, template_for(config, due), variables)

    step = config.followups.steps[due.step]
    recruiters = list(dict.fromkeys(item.submission.recruiter for item in due.items))
    cc_roles = {"recruiter": recruiters, "manager": [due.manager],
                "mentor": [variables["mentor"]["email"]] if variables["mentor"] else []}
    cc = [a for role in step.cc for a in cc_roles[role] if a != due.recipient]
    cc = list(dict.fromkeys(cc))

    sender_name = (f"{variables['recruiter']['name']} via {config.from_name}" if len(recruiters) == 1
                   else config.from_name)
    # Reply or reply-all, the answer reaches the recruiter and mailer; mailer never poses as the recruiter.
    return _assemble(config, Envelope(
        key=due.key, kind="digest" if (due.grouped and due.audience == "manager") else "followup",
        manager=due.manager, audience=due.audience, sender_name=sender_name, to=due.recipient, cc=tuple(cc),
        to_name=variables["recipient"]["name"],
        reply_to=(*recruiters, config.address), ancestors=thread.ancestors), subject, text, html, instance, now)


@dataclass(frozen=True)
class Envelope:
    """Who a mail goes to and where it sits, apart from what it says."""

    key: str
    kind: str
    manager: str
    audience: str
    sender_name: str
    to: str
    cc: tuple[str, ...] = ()
    to_name: str = ""
    reply_to: tuple[str, ...] = ()
    ancestors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Part:
    """A file carried by a mail: an image the HTML shows by `cid:` (inline) or an attachment."""

    data: bytes
    maintype: str
    subtype: str
    filename: str
    cid: str = ""  # set: inline, related to the HTML part; empty: attached


def _assemble(config: Config, env: Envelope, subject: str, text: str, html: str, instance: str,
              now: datetime, parts: tuple[Part, ...] = ()) -> OutgoingMail:
    msg = EmailMessage()
    msg["From"] = _addr(env.sender_name, config.address)
    msg["To"] = _addr(env.to_name or person(config, env.to)["name"], env.to)
    if env.cc:
        msg["Cc"] = [_addr(person(config, a)["name"], a) for a in env.cc]
    if env.reply_to:
        msg["Reply-To"] = [_addr(config.from_name if a == config.address else person(config, a)["name"], a)
                           for a in env.reply_to]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(now)
    mid = message_id(instance, env.key, config.domain)
    msg["Message-ID"] = f"<{mid}>"
    ancestors = sendable_ids(env.ancestors)
    if ancestors:
        msg["In-Reply-To"] = f"<{ancestors[-1]}>"
        msg["References"] = " ".join(f"<{a}>" for a in ancestors[-20:])
    msg["Auto-Submitted"] = ("auto-generated" if env.kind in ("followup", "digest", "mentor_invitation",
                                                            "mentor_checkin") or env.kind.startswith("digest_")
                             else "auto-replied")
    msg["X-Auto-Response-Suppress"] = "RN, NRN"  # no read receipts; out-of-office answers are wanted (they pause)
    msg.set_content(text)
    if html:  # '': text only (ops changed the text's words alone), and a picture only the HTML shows goes too
        msg.add_alternative(html, subtype="html")
    for part in parts:
        if part.cid and html:  # multipart/related around the HTML: the picture shows without fetching anything
            msg.get_payload()[1].add_related(part.data, part.maintype, part.subtype, cid=f"<{part.cid}>",
                                             filename=part.filename)
    for part in parts:
        if part.cid:
            continue
        if part.maintype == "text":  # text goes in as text (quoted-printable), so it stays readable at the source
            msg.add_attachment(part.data.decode("utf-8"), subtype=part.subtype, filename=part.filename)
        else:
            msg.add_attachment(part.data, maintype=part.maintype, subtype=part.subtype, filename=part.filename)
    envelope = [env.to, *env.cc] + ([config.address] if config.smtp and config.smtp.copy_to_self else [])
    return OutgoingMail(key=env.key, message_id=mid, kind=env.kind, manager=env.manager, audience=env.audience,
                        envelope_from=config.address, recipients=tuple(dict.fromkeys(envelope)),
                        raw=msg.as_bytes(policy=email.policy.SMTP), subject=subject)


def compose_notice(config: Config, env: jinja2.Environment, template: str, envelope: Envelope, variables: dict,
                   instance: str, now: datetime, parts: tuple[Part, ...] = ()) -> OutgoingMail:
    """A mail to a person about something that happened: a confirmation, help, a status list, a bounce, a digest."""
    base = {"mailer": {"address": config.address, "name": config.from_name},
            "recipient": person(config, envelope.to)}
    subject, text, html = render(env, template, {**base, **variables})
    return _assemble(config, envelope, subject, text, html, instance, now, parts)


def _addr(name: str, address: str) -> HeaderAddress:
    """The field for `address` as stored (an addr-spec, a quoted local part kept quoted). Splitting it at its
    first "@" wrote `"a,b <eve@evil.test>"@acme.test` as an address at evil.test for whoever answers all."""
    name = shortened(clean(name), NAME_LIMIT)
    shown = name if name != address else ""
    address = ascii_address(address)  # an IDN domain as an RFC 2047 word inside an address reads as no domain
    try:
        return HeaderAddress(display_name=shown, addr_spec=address)
    except (ValueError, IndexError, TypeError):  # not an addr-spec the stdlib can parse: as before
        local, _, domain = address.rpartition("@")
        return HeaderAddress(display_name=shown, username=local, domain=domain)

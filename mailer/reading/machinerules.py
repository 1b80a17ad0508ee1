"""classify's rules for mail no person wrote as an answer: feedback reports, bounces, mail a filter stamped as
spam, and other machine mail (a report, a robot, a null or daemon sender) that no detector above recognised (pure).

A listed manager's or recruiter's own address (config) outranks the weaker of these signs: their mail is heard."""

from __future__ import annotations

from mailer.config.settings import Config
from mailer.model import Kind, Message
from mailer.reading import abusedesk, bounce as bounces, machine, spam as spams
from mailer.reading.parse import NULL_SENDER_DOMAIN
from mailer.reading.verdict import Context, Verdict


def bounce(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if msg.parsed is not None and listed_person(config, msg.sender.email) and machine.failure_subject_only(msg.parsed):
        return None  # a manager's or recruiter's own address, only a report's subject: "Mail delivery failed?" is theirs
    found = bounces.detect_bounce(msg.parsed) if msg.parsed is not None else None
    if found is None:
        return None
    kind = "permanent" if found.permanent else "temporary"
    return Verdict(Kind.BOUNCE, f"{kind} bounce ({found.rule})", bounce=found)


def complaint(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    found = bounces.detect_complaint(msg.parsed) if msg.parsed is not None else None
    if found is None:
        return None
    who = ", ".join(sorted(found.addresses)) or "a recipient"
    return Verdict(Kind.COMPLAINT, f"feedback report ({found.feedback_type}) about mail to {who}", complaint=found)


def machine_mail(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """Mail a machine wrote that no detector above recognised (a report, a null or daemon sender): never an
    answer, whatever its subject or thread."""
    listed = listed_person(config, msg.sender.email)
    # A listed person's own From outranks their Reply-To (a CRM's per-recipient address), a "Root" display name and
    # a root envelope (their mail host re-injected it): only what their address itself says is a sender sign.
    sign = machine.machine_signs(msg.parsed, sender_listed=listed) if msg.parsed is not None else None
    if msg.sender.email.endswith("@" + NULL_SENDER_DOMAIN):
        sign = sign or "no sender address"
    if sign in (None, "Auto-Submitted", "Precedence") or sign.startswith("X-") and sign != "X-Failed-Recipients":
        sign = abusedesk.desk_sign(msg.parsed, listed)  # an abuse desk's notice
    if sign is None:
        return None  # weaker signs only: list mail and the like may still carry a person's words
    if sign == "bounce subject" and (machine.persons_reply_about_delivery(msg.parsed) or listed) \
            and not machine.replies_to_a_failure_notice(msg.parsed):
        return None  # a person's reply in a thread under their own words about delivery ("Undeliverable message?")
    return Verdict(Kind.IGNORED, f"machine mail ({sign}) that is neither a known bounce nor an auto-reply: "
                                 f"never an answer")


def listed_person(config: Config, address: str) -> bool:
    """Is the address a manager or recruiter the config lists (an alias counts)?"""
    return config.manager(address) is not None or address.lower() in config.recruiters


def spam(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """Mail a filter on the way stamped as spam: never an answer, a command, a submission or an absence, unless
    the trust method proves its sender (a real bounce of mailer's own mail, often stamped too, was judged above).

    A filter guesses from content; a DKIM signature or the boundary's stamp proves who wrote the mail. So a proven
    manager's "interview" with a link the filter disliked still counts, and a proven recruiter's submission is not
    dropped without a word; the stamp decides only where nothing proves the sender (`trust: unauthenticated`,
    or a sender the method could not prove, which the trust rules would ignore anyway)."""
    verdict = spams.spam_verdict(msg.parsed) if msg.parsed is not None else None
    if verdict is None:
        return None
    auth = ctx.sender_auth
    if auth is not None and auth.trusted and config.trust.method != "unauthenticated":
        return None
    return Verdict(Kind.IGNORED, f"spam ({verdict}): never an answer, a command or a submission")

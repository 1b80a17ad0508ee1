"""The notices any stage may queue (ingest's effects and the delivery loop alike): a failing address, or
any other notice queued once under a key that says why it exists."""

from datetime import datetime
import logging

import jinja2

from mailer.compose import Envelope, compose_notice
from mailer.config.settings import Config
from mailer.errors import TemplateProblem
from mailer.reading.bounce import Complaint
from mailer.safety import over_daily_cap
from mailer.store import Store
from mailer.store.pauses import NO_REASON  # a report quoting no reply: what status and the log say

log = logging.getLogger(__name__)


def address_failed(store: Store, config: Config, env: jinja2.Environment, row, address: str, reason: str,
                   now: datetime) -> None:
    """Mail to `address` failed for good: no more follow-ups to it; the recruiters (and ops) are told once.
    `reason`: what the receiving server said, "" when its report quotes nothing."""
    said, reason = reason, reason or NO_REASON
    if not store.mark_failing(address, now, reason):
        return
    store.event(now, "address_failing", f"{address}: {reason}; no more follow-ups to it")
    log.warning("%s is failing (%s): follow-ups to it stop", address, reason)
    listed = store.listed((row.message_id,))
    recruiters = dict.fromkeys(s.recruiter for s in listed)
    for person in dict.fromkeys((*recruiters, *config.ops)):
        envelope = Envelope(key=f"bounce:{row.id}:{address}:{person}", kind="bounce_notice", manager=row.manager,
                            audience="notice", sender_name=config.from_name, to=person, reply_to=(config.address,))
        queue_notice(store, config, env, "bounce_notice", envelope, {
            "address": address, "mail_subject": row.subject, "reason": said,
            "manager": config.manager_name(row.manager) if row.manager else address,
            "candidates": [s.candidate for s in listed] or ["(none listed)"]}, now, [s.id for s in listed])


def address_complained(store: Store, config: Config, env: jinja2.Environment, row, address: str,
                       feedback_type: str, reporter: str, now: datetime) -> None:
    """`address` reported mailer's mail as unwanted: no more mail to it; ops are told once (no ops: the
    recruiters of that mail)."""
    if not store.mark_failing(address, now, f"reported mailer's mail as unwanted ({feedback_type} feedback report)"):
        return
    store.event(now, "address_complained", f"{address}: {feedback_type} feedback report from {reporter}; "
                                           f"no more mail to it")
    log.warning("%s reported mailer's mail (%s): no more mail to it", address, feedback_type)
    _tell_about_report(store, config, env, row, f"complaint:{address}", address, feedback_type, reporter, now)


def feedback_reported(store: Store, config: Config, env: jinja2.Environment, row, found: Complaint,
                      addresses: list[str], reporter: str, now: datetime) -> None:
    """A feedback report about mail mailer sent, naming these of its recipients. Only a recipient's objection
    stops mail to them; a DMARC failure report tells ops the domain's mail fails authentication; not-spam is
    only recorded."""
    if found.objection:
        for address in addresses:
            address_complained(store, config, env, row, address, found.feedback_type, reporter, now)
        return
    store.event(now, "feedback_report", f"{found.feedback_type} feedback report about {row.subject} to "
                                        f"{', '.join(addresses)}: not a complaint, mail to them goes on")
    if found.feedback_type == "auth-failure":
        authentication_failed(store, config, env, row, addresses, reporter, now)


def authentication_failed(store: Store, config: Config, env: jinja2.Environment, row, addresses: list[str],
                          reporter: str, now: datetime) -> None:
    """A receiving server reported that mailer's mail failed its SPF/DKIM checks (a DMARC failure report): the
    recipients did not object, but such mail may land in spam for everyone. Ops (no ops: the recruiters of that
    mail) are told at most once a day, whatever the number of reports."""
    log.warning("mail to %s failed %s's authentication checks (DMARC failure report): check the sending domain's "
                "SPF and DKIM", ", ".join(addresses), reporter)
    _tell_about_report(store, config, env, row, f"auth-failure:{now:%Y-%m-%d}", ", ".join(addresses), "auth-failure",
                       reporter, now)


def _tell_about_report(store: Store, config: Config, env: jinja2.Environment, row, key_head: str, address: str,
                       feedback_type: str, reporter: str, now: datetime) -> None:
    """Queue the complaint notice about a feedback report on `row` (under `key_head`:person, once each) to ops,
    or with no ops to the recruiters of that mail, who are then asked to pass on what only a mail domain's
    administrator can fix."""
    listed = store.listed((row.message_id,))
    for person in config.ops or tuple(dict.fromkeys(s.recruiter for s in listed)):
        envelope = Envelope(key=f"{key_head}:{person}", kind="complaint_notice", manager=row.manager,
                            audience="notice", sender_name=config.from_name, to=person, reply_to=(config.address,))
        queue_notice(store, config, env, "complaint_notice", envelope, {
            "address": address, "mail_subject": row.subject, "feedback_type": feedback_type, "reporter": reporter,
            "to_ops": bool(config.ops), "candidates": [s.candidate for s in listed] or ["(none listed)"]}, now,
            [s.id for s in listed])


def queue_notice(store: Store, config: Config, env: jinja2.Environment, template: str, envelope: Envelope,
                 variables: dict, now: datetime, listing: list[int] | None = None) -> bool:
    """Queue a notice once (its key says why it exists). If it cannot be written, say so and carry on:
    the state change it reports still counts. Past the recipient's daily cap nothing is queued (and said so).
    Returns whether it was queued now: False for a notice already queued under its key, capped or unwritable,
    so the caller never logs "told" for a mail that will not go."""
    if store.outbox_by_key(envelope.key) is not None:  # told already: not a new mail, so never "capped" either
        return False
    if over_daily_cap(store, config, envelope.to, now):
        store.event(now, "capped", f"no {template} mail to {envelope.to}: {config.limits.mails_per_person_per_day} "
                                   f"already in the last 24 hours (limits.mails_per_person_per_day)")
        log.warning("not queuing %s to %s (%s): daily cap of %d reached", template, envelope.to, envelope.key,
                    config.limits.mails_per_person_per_day)
        return False
    try:
        mail = compose_notice(config, env, template, envelope, variables, store.instance, now)
    except TemplateProblem as exc:
        log.error("could not write the %s mail to %s: %s", template, envelope.to, exc)
        store.event(now, "notice_failed", f"{template} to {envelope.to}: {exc}")
        return False
    outbox_id = store.enqueue(mail, now)
    if outbox_id is not None and listing:
        store.add_listing(outbox_id, listing)
    return outbox_id is not None

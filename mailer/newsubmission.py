"""A recruiter's submission → stored submissions, one per manager and candidate, a resent candidate kept with the
first; the addresses in To that cannot become managers told to the recruiter. Part of Effects (effects.py), inside
the same ingest transaction."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailer import faults
from mailer.model import candidate_key
from mailer.reading.candidate import candidate_and_role, named_in, strip_noise
from mailer.reading.classify import Verdict
from mailer.reading.several import named_together

if TYPE_CHECKING:
    from mailer.effects import Effects

log = logging.getLogger(__name__)


def record_submission(fx: Effects, v: Verdict) -> None:
    """One submission per manager and candidate: a mail naming several candidates (v.candidates) records each, in
    the order named, all in the mail's thread and each with its own ladder. Runs in the mail's ingest transaction,
    so a crash leaves all of them or none."""
    msg, config = fx.msg, fx.config
    if v.reading:  # the rule knew better than the subject (another candidate's résumé in a tracked thread)
        readings = [v.reading]
    else:
        readings = list(v.candidates) or [candidate_and_role(msg.subject, msg.attachments, config.candidate_patterns)]
    for manager, name in zip(v.managers, v.manager_names or ("",) * len(v.managers)):
        for index, (candidate, role) in enumerate(readings):
            if index:
                faults.point("submission_between_candidates")  # the kill test: one candidate written, not the next
            record_one(fx, v, manager, name, candidate, role, submission_key(msg.key, candidate, index))
    tell_refused(fx, v)
    if v.bcc:
        log.info("submission %s came by BCC: the manager's reply counts only if it reaches mailer (reply-all, or "
                 "the recruiter forwards it)", msg.key)


def submission_key(message_key: str, candidate: str, index: int) -> str:
    """The idempotency key of one candidate's submission from a mail (unique with the manager): the mail's own key
    for the first candidate, as for a mail naming one, and the mail's key with the candidate's folded name for each
    further one, so a mail read again after a crash finds every candidate it recorded.

    >>> submission_key("<m1@acme.example>", "Omar Haddad", 1)
    '<m1@acme.example>#omar haddad'
    """
    return message_key if index == 0 else f"{message_key}#{candidate_key(candidate)}"


def record_one(fx: Effects, v: Verdict, manager: str, name: str, candidate: str, role: str, key: str) -> None:
    """One candidate to one manager: a new submission, or kept with the same candidate's open one (a resend)."""
    msg, config = fx.msg, fx.config
    named = candidate not in (" ".join(strip_noise(msg.subject).split()), "(no subject)")  # not the subject as-is
    if named:
        earlier = fx.store.open_submission_of(manager, candidate_key(candidate))
    else:  # mail about candidates already submitted ("Interview scheduling – Jane Doe"), not a new one
        waiting = fx.store.open_submissions_of_manager(manager)
        earlier = named_in(msg.subject, waiting) or named_together(msg.subject, waiting)
    if earlier is not None:
        # Sent again (an updated CV, a reminder): one candidate, one ladder; a reply to either mail counts.
        if msg.message_id and earlier.message_id and earlier.message_id != msg.message_id:
            fx.store.add_alias(msg.message_id, earlier.message_id)
        fx.event("resent", f"{candidate} → {config.manager_name(manager, name)} again; kept with #{earlier.id}",
                 earlier.id)
        return
    sub_id = fx.store.add_submission(key, manager, v.recruiter, candidate, role, msg.subject,
                                     msg.message_id, msg.references, fx.when, name, msg.attachments)
    if sub_id is not None:
        fx.event("submission", f"{candidate} → {config.manager_name(manager, name)} (from {v.recruiter})", sub_id)
        log.info("submission #%d %s → %s from %s [%s]", sub_id, candidate, manager, v.recruiter, msg.key)


def tell_refused(fx: Effects, v: Verdict) -> None:
    """Addresses in To that cannot become managers: the recruiter is told once, for this mail."""
    if not v.refused or not v.recruiter:
        return
    tracked = [fx.config.manager_name(m, n) for m, n in zip(v.managers, v.manager_names or ("",) * len(v.managers))]
    too_many = not v.managers and len(v.refused) > fx.config.limits.managers_per_submission
    reason = (f"one submission may go to at most {fx.config.limits.managers_per_submission} managers"
              if too_many else "they are not hiring managers I know")
    shown = list(v.refused[:20]) + ([f"and {len(v.refused) - 20} more"] if len(v.refused) > 20 else [])
    fx.event("refused", f"{fx.msg.subject}: not followed up with {', '.join(v.refused[:10])}: {reason}")
    fx.notify("ignored_managers", f"refused:{fx.msg.key}", v.recruiter,
                {"addresses": shown, "reason": reason, "tracked": tracked,
                 "domains": sorted(fx.config.company_domains) if fx.config.unknown_managers == "track" else []},
                answering=True)

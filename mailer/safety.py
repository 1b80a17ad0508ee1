"""Bounds on what mailer sends, whoever asks: a daily cap per person on every answer and notice, loop
detection, and a send-rate breaker; plus the public mail domains no colleague is taken from.

Nudges keep their own daily cap (policy.py); these bounds are what an attacker or a runaway auto-responder
meets. Defaults (config `limits:`) sit far above what a team sends and far below what an attack needs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
import logging

from mailer.config.settings import Config
from mailer.store import Store

log = logging.getLogger(__name__)

DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)


@lru_cache(maxsize=1)
def public_mail_domains() -> frozenset[str]:
    text = resources.files("mailer").joinpath("data/public_mail_domains.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_public_mail_domain(domain: str) -> bool:
    return domain.lower().rstrip(".") in public_mail_domains()


def over_daily_cap(store: Store, config: Config, person: str, now: datetime) -> bool:
    """Has `person` had `limits.mails_per_person_per_day` answers and notices in the last 24 hours?"""
    return store.notices_to_since(person.lower(), now - DAY) >= config.limits.mails_per_person_per_day


def loop_suspected(store: Store, sender: str, key: str, limit: int, now: datetime) -> bool:
    """The sender's last `limit` mails (within a day) were all answered: answering again feeds a loop."""
    return store.answered_in_a_row(sender.lower(), key, now - DAY, limit) >= limit


def breaker_tripped(store: Store, config: Config, now: datetime) -> int | None:
    """The number of mails sent in the last hour when it has reached `limits.sends_per_hour`, else None."""
    sent = store.sent_since(now - HOUR)
    return sent if sent >= config.limits.sends_per_hour else None

"""A blind sweep of `mailer report` and the weekly digests: every case, from the modules that hold them by concern
(calendar, period, answers, ladder, digests; the judge and its figures in report_blind_judge.py, the history built
through mailer's public path in report_blind_world.py). bench/report_blind.py and test_report_blind.py read CASES
from here."""

import report_blind_answers  # noqa: F401 - each module registers its cases in CASES
import report_blind_calendar  # noqa: F401
import report_blind_digests  # noqa: F401
import report_blind_ladder  # noqa: F401
import report_blind_period  # noqa: F401
from report_blind_judge import CASES, Case, Check

__all__ = ["CASES", "Case", "Check"]

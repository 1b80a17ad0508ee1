"""Named crash points for the kill tests: MAILER_CRASH_AT=name[:n] kills the process at the n-th pass.

The recovery code is only trustworthy if a test can stop the process at exactly the worst line; these
points cost one dictionary lookup when the variable is unset.
"""

from __future__ import annotations

import os

_hits: dict[str, int] = {}


def point(name: str) -> None:
    spec = os.environ.get("MAILER_CRASH_AT")
    if not spec:
        return
    target, _, nth = spec.partition(":")
    if target != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(nth or 1):
        os._exit(86)  # no cleanup, no flush: as abrupt as SIGKILL

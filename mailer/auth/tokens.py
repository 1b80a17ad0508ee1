"""The token cache: one JSON file in the state directory, readable only by mailer (0600), shared by the
daemon, `mailer check` and `mailer run --once` from cron, so a token is fetched once per lifetime, not per run.

Token lifetimes are wall-clock time at the provider, not the simulated business clock of `--now`: expiry is
judged with `time.time()` (injectable for tests), never with mailer's Clock.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import logging
import os
from pathlib import Path
import time

log = logging.getLogger(__name__)

# Fetch a new token this long before the old one expires, so a connection never starts with a token that runs
# out during login (msal itself treats tokens with under 5 minutes left as expired).
REFRESH_MARGIN = 300.0


@dataclass(frozen=True)
class Token:
    access_token: str
    expires_at: float | None  # seconds since the epoch; None: unknown, so never reused from the cache

    def fresh(self, wall_now: float, margin: float = REFRESH_MARGIN) -> bool:
        """Usable for a new login now: known to live at least `margin` seconds more."""
        return self.expires_at is not None and self.expires_at - wall_now > margin


class TokenCache:
    """`key → {access_token, expires_at}` plus refresh tokens (`key → {refresh_token}`), in one file."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged cache only costs a token request
            log.warning("ignoring unreadable token cache %s: %s", self.path, exc)
            return {}

    def _write(self, data: dict) -> None:
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        # Created 0600 from the start: the token is never readable by others, not even for a moment.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def get(self, key: str) -> Token | None:
        entry = self._read().get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("access_token"), str):
            return None
        expires = entry.get("expires_at")
        return Token(entry["access_token"], float(expires) if isinstance(expires, (int, float)) else None)

    def put(self, key: str, token: Token) -> None:
        data = self._read()
        data[key] = {**data.get(key, {}), "access_token": token.access_token, "expires_at": token.expires_at}
        self._write(data)

    def forget(self, key: str) -> None:
        """Drop a token the server refused, keeping any refresh token stored under the same key."""
        data = self._read()
        entry = data.get(key)
        if isinstance(entry, dict) and "access_token" in entry:
            entry.pop("access_token", None)
            entry.pop("expires_at", None)
            self._write(data)

    def refresh_token(self, key: str) -> str | None:
        entry = self._read().get(key)
        return entry.get("refresh_token") if isinstance(entry, dict) else None

    def put_refresh_token(self, key: str, refresh_token: str) -> None:
        data = self._read()
        data[key] = {"refresh_token": refresh_token}  # a new grant: any access token from the old one goes
        self._write(data)


def wall_clock() -> float:
    return time.time()

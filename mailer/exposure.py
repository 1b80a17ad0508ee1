"""Files any user of the machine can read that hold a secret (a password or key file named in the config) or
candidates' mail (the state): one warning each, said by `mailer check` and at every start."""

from __future__ import annotations

from pathlib import Path
import stat

from mailer.config.settings import Config


def _world_readable(path: str | Path | None) -> int | None:
    """The file's permission bits when others may read it, else None (also for no file or one mailer cannot
    stat: reading it fails elsewhere, in its own words). Group bits are left alone: a secret owned by root and
    group mailer (0640) is the usual way to hand mailer a password."""
    if not path:
        return None
    try:
        mode = stat.S_IMODE(Path(path).stat().st_mode)
    except OSError:
        return None
    return mode if mode & stat.S_IROTH else None


def world_readable_warnings(config: Config) -> list[str]:
    """One line per world-readable file that holds a secret or candidates' mail, with the command to fix it.

    The config itself is not among them: an inline password is refused when it loads, so it holds none.
    """
    files = []
    for label, server in (("imap", config.imap.server), ("smtp", config.smtp.server)):
        files.append((server.password.file, f"{label}.password_file", "a password"))
        if server.oauth2 is not None:
            oauth = server.oauth2
            files += [(oauth.client_secret.file, f"{label}.oauth2.client_secret_file", "a client secret"),
                      (oauth.key_file, f"{label}.oauth2.key_file", "a service account's private key"),
                      (oauth.certificate_file, f"{label}.oauth2.certificate_file", "a certificate's private key")]
    files.append((config.state, "state", "candidates' mail"))
    lines, seen = [], set()
    for path, key, what in files:
        mode = _world_readable(path)
        if mode is None or str(path) in seen:
            continue
        seen.add(str(path))
        extra = " (and its -wal and -shm files)" if key == "state" else ""
        lines.append(f"{path} ({key}) holds {what} and any user of this machine can read it (mode {mode:04o}): "
                     f"chmod o-rwx {path}{extra}")
    return lines

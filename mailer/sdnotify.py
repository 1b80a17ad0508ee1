"""systemd's notify protocol, hand-written (one datagram to $NOTIFY_SOCKET): READY after the first pass,
WATCHDOG after each completed one (an outage's too), so `Type=notify` + `WatchdogSec=` restart a daemon that hangs,
not one waiting out an outage."""

from __future__ import annotations

import os
import socket


def notify(state: str) -> bool:
    """Send e.g. "READY=1" or "WATCHDOG=1"; False (and nothing happens) outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
        return True
    except OSError:
        return False  # a notify socket that is gone must never stop the daemon

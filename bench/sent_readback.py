"""Benchmark: what reading mailer's own mail back from Sent (smtp.read_back_sent) adds to an idle pass.

  python bench/sent_readback.py [--sent 2000] [--passes 40]

On the test Dovecot (started if needed), a mailbox whose Sent folder holds --sent mails and whose inbox has
nothing new. Floor: mailer's idle pass without the read-back, measured in the same run. Shown against it: the
idle pass with the read-back (one STATUS on Sent past its stored UID), at a tenth of the Sent size and at the
full size, what re-reading Sent's header fields every pass would cost instead, and a bare STATUS on Sent (the
one command the read-back adds; whatever it grows with the folder is Dovecot's opening of that folder's index).
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
import logging
import os
from pathlib import Path
import sys
import tempfile
import time
import uuid

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from helpers import config_text  # noqa: E402
from mailer.compose import environment  # noqa: E402
from mailer.config.load import parse as parse_config  # noqa: E402
from mailer.inbox import Inbox  # noqa: E402
from mailer.ingest import ingest  # noqa: E402
from mailer.sentcopies import FIELDS  # noqa: E402
from mailer.store import Store  # noqa: E402

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def sent_mail(i: int) -> bytes:
    return (f"From: mailer@acme.test\r\nTo: maria{i % 50}@acme.test\r\nSubject: Re: Candidate: Person {i}\r\n"
            f"Date: Wed, 25 Nov 2026 09:00:00 +0000\r\nMessage-ID: <AM0PR{i:06d}@eurprd.prod.outlook.com>\r\n\r\n"
            f"Hi, a gentle nudge about Person {i}.\r\n").encode()


def mailbox(stack, count: int) -> str:
    user = f"bench-{uuid.uuid4().hex[:8]}@acme.test"
    with IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=60) as client:
        client.login(user, stack.password)
        client.append("INBOX", b"From: rita@acme.test\r\nSubject: hello\r\nMessage-ID: <hello@x>\r\n\r\nhi\r\n")
        for i in range(count):
            client.append("Sent", sent_mail(i))
    return user


def idle_passes(stack, user: str, read_back: bool, passes: int) -> float:
    """Seconds per idle pass, after a first pass that reads everything there is (median of `passes`)."""
    tmp = Path(tempfile.mkdtemp())
    extra = "provider: microsoft365\n" if read_back else ""
    (tmp / "config.yaml").write_text(config_text(address=user, imap_port=stack.imap_port, smtp_port=stack.smtp_port,
                                                 extra=extra))
    config = parse_config((tmp / "config.yaml").read_text(), tmp / "config.yaml")
    assert config.smtp.read_back_sent is read_back
    env = environment(config.templates)
    store, inbox = Store(tmp / "state.db"), Inbox(config.imap)
    ingest(store, config, inbox, env, NOW)  # the first pass: reads the inbox, and Sent since FIRST_READ
    times = []
    for _ in range(passes):
        started = time.perf_counter()
        ingest(store, config, inbox, env, NOW)
        times.append(time.perf_counter() - started)
    inbox.close()
    store.close()
    return sorted(times)[len(times) // 2]


def rereading(stack, user: str, passes: int) -> float:
    """Seconds per pass for the naive alternative: select Sent and fetch every mail's header fields again."""
    item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(FIELDS)})]"
    with IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=60) as client:
        client.login(user, stack.password)
        times = []
        for _ in range(passes):
            started = time.perf_counter()
            client.select_folder("Sent", readonly=True)
            client.fetch(client.search("ALL"), [item])
            client.select_folder("INBOX", readonly=True)
            times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def bare_status(stack, user: str, passes: int) -> float:
    """Seconds for the one command the read-back adds to an idle pass: STATUS on Sent, by bare imapclient."""
    with IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=60) as client:
        client.login(user, stack.password)
        client.select_folder("Sent", readonly=True)  # as mailer's session has, on its first pass
        client.select_folder("INBOX", readonly=True)
        times = []
        for _ in range(passes):
            started = time.perf_counter()
            client.folder_status("Sent", [b"UIDNEXT", b"UIDVALIDITY"])
            times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def main() -> int:
    from stack.fixture import ensure_stack

    logging.basicConfig(level=logging.ERROR)
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--sent", type=int, default=2000, help="mails in the big Sent folder")
    args.add_argument("--passes", type=int, default=40)
    opts = args.parse_args()
    stack = ensure_stack()
    os.environ["MAILER_TEST_PASSWORD"] = stack.password
    small, big = mailbox(stack, max(1, opts.sent // 10)), mailbox(stack, opts.sent)
    floor = idle_passes(stack, big, False, opts.passes)
    with_small = idle_passes(stack, small, True, opts.passes)
    with_big = idle_passes(stack, big, True, opts.passes)
    naive = rereading(stack, big, max(3, opts.passes // 8))
    status_small, status_big = bare_status(stack, small, opts.passes), bare_status(stack, big, opts.passes)
    print(f"idle pass, no read-back (floor):           {floor * 1e3:7.2f} ms")
    print(f"idle pass, read-back, Sent {opts.sent // 10:>6} mails:    {with_small * 1e3:7.2f} ms = {with_small / floor:.2f}x")
    print(f"idle pass, read-back, Sent {opts.sent:>6} mails:    {with_big * 1e3:7.2f} ms = {with_big / floor:.2f}x")
    print(f"re-reading Sent's headers each pass ({opts.sent}): {naive * 1e3:7.2f} ms = {naive / floor:.1f}x")
    print(f"bare STATUS on Sent (Dovecot's own cost):  {status_small * 1e3:7.2f} ms at {opts.sent // 10}, "
          f"{status_big * 1e3:.2f} ms at {opts.sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

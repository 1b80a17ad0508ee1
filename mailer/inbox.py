"""The IMAP edge (imapclient): incremental fetch by UID, IDLE or polling, APPEND. Read-only on the inbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
import imaplib
import logging
import socket
import ssl
import threading
import time
from typing import Callable, Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailer import parts
from mailer.config.settings import ImapSettings
from mailer.serverwords import imap_problem, said
from mailer.tls import tls_context
from mailer.errors import InboxError, SignInError
from mailer.auth.signin import login_imap

log = logging.getLogger(__name__)

IDLE_RENEW_SECONDS = 240  # RFC 2177 asks clients to re-issue IDLE at least every 29 minutes; NATs are less patient


@dataclass(frozen=True)
class Batch:
    uidvalidity: int
    mails: tuple[tuple[int, bytes], ...]  # (uid, raw bytes with attachments left out: see parts.py), ascending uid
    high_uid: int                         # every uid up to here has been seen once this batch is stored
    # uid → the server's conversation id, "gm:<X-GM-THRID>", when the server offers Gmail's X-GM-EXT-1
    threads: dict = field(default_factory=dict)


def _errors(func):
    def wrapper(self, *args, **kwargs):
        try:
            return func(self, *args, **kwargs)
        except (IMAPClientError, imaplib.IMAP4.error, OSError, socket.timeout, ssl.SSLError) as exc:
            # A refused command on a live connection may be a watched folder that is not there: say which key.
            missing = _missing_folder(self, self.settings.folder) if isinstance(exc, imaplib.IMAP4.error) else None
            self.close()
            raise (InboxError(missing) if missing else _inbox_error(self.settings, exc)) from None
    return wrapper


def _inbox_error(settings: ImapSettings, exc: Exception) -> InboxError:
    """One line naming the server; a refused login also names the config keys to check."""
    server = settings.server
    where = f"IMAP {server.host}:{server.port}"
    if isinstance(exc, LoginError):
        secret = server.password
        source = (f"imap.password_env (${secret.env})" if secret.env else
                  f"imap.password_file ({secret.file})" if secret.file else "imap.password_env / imap.password_file")
        return InboxError(f"{where}: login refused for {server.username!r} ({said(exc)}): check imap.username and "
                          f"{source}")
    return InboxError(imap_problem(server, exc))


class Inbox:
    def __init__(self, settings: ImapSettings, factory: Callable[[ImapSettings], IMAPClient] | None = None):
        self.settings = settings
        self._factory = factory or _connect
        self.client: IMAPClient | None = None
        self._selected: str | None = None
        self.downloaded = 0  # bytes of message data fetched so far (logs and benchmarks)
        self._special: dict[str, str] = {}  # SPECIAL-USE flag → folder name on this server

    @_errors
    def connect(self) -> None:
        if self.client is None:
            self.client = self._factory(self.settings)
            self._selected = None

    def close(self) -> None:
        client, self.client, self._selected = self.client, None, None
        if client is not None:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - the connection is going away either way
                try:
                    client.shutdown()
                except Exception:  # noqa: BLE001
                    pass

    def _select(self, folder: str) -> dict:
        self.connect()
        # Read-only: mailer never changes flags, so the inbox's read/unread state stays the humans'.
        info = self.client.select_folder(folder, readonly=True)
        self._selected = folder
        return info

    def _status(self, folder: str) -> dict:
        """UIDVALIDITY and UIDNEXT. The first time by SELECT; then by STATUS on the still-selected folder, which
        Dovecot answers from its index header: a re-SELECT would cost time proportional to the folder (it
        looks for the first unseen mail), and the idle pass must not grow with history."""
        if self._selected != folder or self.client is None:
            return self._select(folder)
        # NOOP first: it brings this session's view of the folder up to date (STATUS on the selected folder
        # answers from that view) and makes new mail visible to the UID SEARCH and FETCH that follow.
        self.client.noop()
        return self.client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])

    def fetch_new(self, folder: str, known: tuple[int, int] | None) -> Iterator[Batch]:
        """Mail after the last stored UID, in batches (see _fetch_new). Raises InboxError, closing the connection."""
        try:
            yield from self._fetch_new(folder, known)
        except (IMAPClientError, imaplib.IMAP4.error, OSError, socket.timeout, ssl.SSLError) as exc:
            # Inside the generator: errors raised while iterating must close the dead connection too.
            self.close()
            raise _inbox_error(self.settings, exc) from None

    def _fetch_new(self, folder: str, known: tuple[int, int] | None) -> Iterator[Batch]:
        """Mail after the last stored UID, in batches. `known` is (uidvalidity, last_uid) or None.

        A changed UIDVALIDITY means the server renumbered the folder: everything is fetched again and
        the store's Message-ID keys drop what was already recorded.
        """
        info = self._status(folder)
        validity = int(info.get(b"UIDVALIDITY", 0))
        last = 0
        if known is not None:
            if known[0] == validity:
                last = known[1]
            else:
                log.warning("%s: UIDVALIDITY changed (%s → %s): re-reading the folder, duplicates are skipped",
                            folder, known[0], validity)
        elif self.settings.start_from == "new":
            last = max(0, int(info.get(b"UIDNEXT", 1)) - 1)
            log.info("%s: first run with start_from=new: mail up to UID %d is left alone", folder, last)
            yield Batch(validity, (), last)
            return
        if int(info.get(b"UIDNEXT", 0) or 0) and int(info[b"UIDNEXT"]) <= last + 1:
            return  # nothing new: the idle pass costs the same whatever the folder holds (no SEARCH at all)
        # "n:*" always matches the newest message even when its UID is below n; filter it out.
        uids = sorted(u for u in self.client.search(["UID", f"{last + 1}:*"]) if u > last)
        for start in range(0, len(uids), self.settings.batch):
            yield from self._fetch_parts(folder, validity, uids[start:start + self.settings.batch])

    def _fetch_parts(self, folder: str, validity: int, chunk: list[int]) -> Iterator[Batch]:
        """BODYSTRUCTURE and header first, then only the parts mailer reads (see parts.py), in batches that
        stay under `batch_bytes` of downloads as well as under `batch` mails."""
        # Gmail's thread id costs nothing extra in this FETCH; it is the one thread key a client cannot strip.
        gmail = b"X-GM-EXT-1" in self.client.capabilities()
        meta = self.client.fetch(chunk, ["BODYSTRUCTURE", "RFC822.SIZE", *(["X-GM-THRID"] if gmail else [])])
        plans: dict[int, parts.Plan | None] = {}
        for uid in chunk:
            if uid not in meta:
                continue
            try:
                plans[uid] = parts.plan(meta[uid][b"BODYSTRUCTURE"])
            except Exception:  # noqa: BLE001 - a structure we cannot read: fetch that mail whole rather than lose it
                plans[uid] = None
        if len(plans) < len(chunk):
            log.warning("%s: UIDs %s were expunged before they could be read", folder, sorted(set(chunk) - set(plans)))
        group: list[int] = []
        weight = 0
        for uid in chunk:
            plan = plans.get(uid)
            cost = plan.download if plan else int(meta.get(uid, {}).get(b"RFC822.SIZE", 0) or 0)
            if group and weight + cost > self.settings.batch_bytes:
                yield self._batch(validity, group, plans, meta)
                group, weight = [], 0
            group.append(uid)
            weight += cost
        if group:
            yield self._batch(validity, group, plans, meta)

    def _batch(self, validity: int, uids: list[int], plans: dict, meta: dict) -> Batch:
        mails = self._download(uids, plans, meta)
        threads = {uid: f"gm:{meta[uid][b'X-GM-THRID']}" for uid in uids if meta.get(uid, {}).get(b"X-GM-THRID")}
        return Batch(validity, mails, uids[-1], threads)

    def _download(self, uids: list[int], plans: dict, meta: dict) -> tuple[tuple[int, bytes], ...]:
        """The sparse raw bytes of each mail, one FETCH per distinct set of sections (most mails share one). A
        whole mail, for a DKIM signature that covers its attachments, is fetched on its own (`whole`)."""
        by_sections: dict[tuple[str, ...], list[int]] = {}
        for uid in uids:
            if uid in plans:
                plan = plans[uid]
                by_sections.setdefault(plan.sections if plan else ("",), []).append(uid)
        raw: dict[int, bytes] = {}
        for sections, group in by_sections.items():
            data = self.client.fetch(group, [f"BODY.PEEK[{s}]" for s in sections])
            for uid in group:
                got = data.get(uid, {})
                if sections == ("",):
                    if got.get(b"BODY[]") is not None:
                        raw[uid] = got[b"BODY[]"]
                    continue
                fetched = {s: got.get(f"BODY[{s}]".encode()) for s in sections}
                if fetched.get("HEADER") is not None:
                    raw[uid] = parts.assemble(meta[uid][b"BODYSTRUCTURE"], fetched)
                    self.downloaded += sum(len(v) for v in fetched.values() if v)
        return tuple((uid, raw[uid]) for uid in uids if uid in raw)

    @_errors
    def whole(self, folder: str, uid: int) -> bytes | None:
        """One mail as the server has it, attachments included (None if it was expunged meanwhile)."""
        if self._selected != folder:
            self._select(folder)
        data = self.client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
        self.downloaded += len(data or b"")
        return data

    @_errors
    def headers_after(self, folder: str, known: tuple[int, int] | None, fields: tuple[str, ...], since: date,
                      limit: int = 500) -> tuple[int, list[tuple[int, bytes]], int] | None:
        """Some header fields of the mail in a folder other than the inbox, after the stored (uidvalidity,
        last_uid): (uidvalidity, [(uid, header bytes)], the last UID now seen), or None when nothing is new.

        Nothing new costs one STATUS, without selecting the folder (the inbox stays selected for IDLE). On a first
        read, or after the server renumbered the folder, only mail since `since` is read (the newest `limit`)."""
        self.connect()
        status = self.client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
        validity, uidnext = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        fresh = known is None or known[0] != validity
        if not fresh and uidnext <= known[1] + 1:
            return None
        self._select(folder)
        if fresh:
            uids = sorted(self.client.search(["SINCE", since]))[-limit:]
        else:  # "n:*" always matches the newest message even when its UID is below n
            uids = sorted(u for u in self.client.search(["UID", f"{known[1] + 1}:*"]) if u > known[1])
        item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(f.upper() for f in fields)})]"
        data = self.client.fetch(uids, [item]) if uids else {}
        found = [(uid, next((v for k, v in data[uid].items() if k.startswith(b"BODY[")), b""))
                 for uid in uids if uid in data]
        return validity, found, max([uidnext - 1, *uids])

    @_errors
    def wait(self, seconds: float, stop: threading.Event) -> bool:
        """Block until new mail arrives, `seconds` pass, or `stop` is set; True when the server said mail came.

        Uses IDLE when the server offers it, plain sleeping otherwise (the next poll finds the mail)."""
        deadline = time.monotonic() + seconds
        use_idle = self.settings.idle and self.client is not None and b"IDLE" in self.client.capabilities()
        if not use_idle or self._selected is None:
            stop.wait(seconds)
            return False
        self.client.idle()
        try:
            while not stop.is_set() and time.monotonic() < deadline:
                # Short checks so a stop request is seen within a second.
                if any(r[1:2] in ((b"EXISTS",), (b"RECENT",)) for r in self.client.idle_check(timeout=1)):
                    return True
            return False
        finally:
            self.client.idle_done()

    @_errors
    def count_own(self, folder: str, domain: str) -> int:
        """How many mails in the folder are mailer's own or answer it (its Message-ID suffix in
        Message-ID or References): proof that mailer has run on this mailbox before."""
        self._select(folder)
        marker = f".mailer@{domain}"
        return len(self.client.search(["OR", "HEADER", "Message-ID", marker, "HEADER", "References", marker]))

    def newest(self, folder: str, count: int) -> list[bytes]:
        """The newest `count` mails of the folder, newest first (for `mailer check`'s trust test)."""
        self._select(folder)
        uids = sorted(self.client.search("ALL"))[-count:]
        data = self.client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return [data[u][b"BODY[]"] for u in reversed(uids) if u in data and b"BODY[]" in data[u]]

    @_errors
    def append(self, folder: str, raw: bytes, when: datetime) -> None:
        self.client.append(self.folder_named(folder), raw, flags=(rb"\Seen",), msg_time=when)

    @_errors
    def folder_named(self, folder: str) -> str:
        """`folder` as it is, or for a SPECIAL-USE flag such as "\\Sent" the folder carrying that flag (RFC 6154;
        imapclient falls back to the usual names on servers without it). "Sent Items", "Gesendete Elemente" and
        "[Gmail]/Sent Mail" are all found this way. Raises InboxError when no folder has the flag."""
        self.connect()
        if not folder.startswith("\\"):
            return folder
        if folder not in self._special:
            found = self.client.find_special_folder(folder.encode())
            if found is None:
                raise InboxError(f"IMAP {self.settings.server.host}: no folder is flagged {folder} (SPECIAL-USE); "
                                 f"name the folder in smtp.sent_folder instead")
            self._special[folder] = found
        return self._special[folder]


def _connect(settings: ImapSettings) -> IMAPClient:
    server = settings.server
    client = IMAPClient(server.host, port=server.port, ssl=server.security == "ssl",
                        ssl_context=tls_context(server) if server.security != "none" else None,
                        timeout=server.timeout)
    quiet_imaplib(client)
    try:
        if server.security == "starttls":
            client.starttls(tls_context(server))
        login_imap(client, server)
    except SignInError as exc:
        _shut(client)
        raise InboxError(str(exc)) from None
    except BaseException:
        _shut(client)  # a refused login must not leave the socket open until the next collection
        raise
    return client


def _shut(client: IMAPClient) -> None:
    """Close a connection that failed half-way. A failed STARTTLS has closed the socket already, and the
    "Bad file descriptor" of closing it again must not replace the reason (an untrusted certificate)."""
    try:
        client.shutdown()
    except (OSError, IMAPClientError, imaplib.IMAP4.error):
        pass


def _missing_folder(inbox: Inbox, folder: str) -> str | None:
    """After a failed SELECT on a live connection: the words for a folder that does not exist, with the
    folders that do (a server's own "Mailbox doesn't exist (0.005 + 0.000 secs)" names no key)."""
    try:
        names = [name for _flags, _sep, name in inbox.client.list_folders()] if inbox.client else []
    except (IMAPClientError, imaplib.IMAP4.error, OSError, socket.timeout, ssl.SSLError):
        return None
    if not names or folder in names:
        return None
    return f"imap.folder: no folder {folder!r} on the server; it has {', '.join(sorted(names))}"


def quiet_imaplib(client: IMAPClient) -> None:
    """imapclient sets imaplib's debug level to 5 and routes its messages to the `imapclient.imaplib` logger,
    so imaplib builds repr() of every response, a mail's literal included, for a debug line that is then
    dropped: about 1.5 ms of CPU per 200 KB mail downloaded, more than a bare fetch needs in all
    (docs/BENCHMARKS.md, round 4). Those lines are built only while that logger would print them."""
    imap = getattr(client, "_imap", None)  # imapclient's imaplib connection (the one it sets the level on)
    if imap is not None and not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        imap.debug = 0


def check_login(settings: ImapSettings) -> str:
    """Log in and select the folder, for `mailer check`; returns a one-line summary. Raises InboxError."""
    inbox = Inbox(settings)
    try:
        info = inbox._select(settings.folder)
        return f"{settings.folder}: {info.get(b'EXISTS', 0)} messages"
    except (IMAPClientError, imaplib.IMAP4.error, OSError, socket.timeout, ssl.SSLError) as exc:
        missing = _missing_folder(inbox, settings.folder)
        raise (InboxError(missing) if missing else _inbox_error(settings, exc)) from None
    finally:
        inbox.close()

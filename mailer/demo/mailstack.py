"""In-memory IMAP (pymap) + SMTP (aiosmtpd) server pair on 127.0.0.1 for `mailer demo`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from argparse import Namespace
from datetime import datetime, timezone

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from proxyprotocol.reader import ProxyProtocolReader
from pymap.backend.dict import Config, Identity, Login
from pymap.backend.dict.filter import FilterSet
from pymap.backend.dict.mailbox import MailboxSet
from pymap.concurrent import Subsystem
from pymap.exceptions import AuthorizationFailure, InvalidAuth
from pymap.imap import IMAPServer
from pymap.parsing.message import AppendMessage
from pymap.user import UserMetadata
from pysasl.hashing import Cleartext

__all__ = ["EmbeddedMailStack"]

# Folders every demo user gets up front, so a client may STATUS/SELECT them before the first APPEND.
_DEFAULT_FOLDERS = ("Sent",)


class _DemoConfig(Config):
    @property
    def greeting(self) -> bytes:
        # The stock greeting calls socket.getfqdn(), which can stall on hosts without DNS.
        return b"mailer demo IMAP ready"


class _AnyUserLogin(Login):
    """Any address is a valid login as long as it presents the stack's shared password."""

    def __init__(self, config: _DemoConfig, password: str) -> None:
        super().__init__(config)
        self._password = password

    async def ensure_user(self, address: str) -> str:
        # Addresses are case-insensitive for our purposes: SMTP RCPT and IMAP LOGIN must meet.
        name = address.strip().strip("<>").lower()
        if name not in self.users_dict:
            self.users_dict[name] = UserMetadata(self.config, name, password=self._password)
        if name not in self.config.set_cache:
            mailboxes = MailboxSet()
            for folder in _DEFAULT_FOLDERS:
                await mailboxes.add_mailbox(folder)
            self.config.set_cache[name] = (mailboxes, FilterSet())
        return name

    async def authenticate(self, credentials) -> Identity:
        # Verify against a throwaway identity carrying the raw authcid, so mixed case still matches.
        probe = UserMetadata(self.config, credentials.authcid, password=self._password)
        if not credentials.verify(probe):
            raise InvalidAuth()
        return Identity(await self.ensure_user(credentials.authcid), self, None, frozenset())

    async def authorize(self, authenticated, authzid: str) -> Identity:
        if authzid and authzid.strip().lower() != authenticated.name:
            raise AuthorizationFailure()
        return Identity(authenticated.name, self, None, frozenset())


class _CoalescingWriter:
    """Holds pymap's piecemeal writes until drain(), so each response leaves in one send()."""

    # pymap writes `* 1 FETCH (`, the items and `)\r\n` separately; imapclient's idle_check reads
    # a non-blocking socket and aborts ("unterminated line") when it wakes between those sends.

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._buffer = bytearray()

    def write(self, data: bytes) -> None:
        self._buffer += data

    async def drain(self) -> None:
        self._flush()
        await self._writer.drain()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write(bytes(self._buffer))
            self._buffer.clear()

    def __getattr__(self, name: str):
        return getattr(self._writer, name)


class _DeliveryHandler:
    """aiosmtpd handler: every envelope recipient (To, Cc or Bcc alike) gets its own copy."""

    def __init__(self, stack: EmbeddedMailStack) -> None:
        self._stack = stack

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        for rcpt in envelope.rcpt_tos:
            await self._stack._deliver(rcpt, envelope.content)
        return "250 Message accepted for delivery"


async def _swallow_cancel(coro) -> None:
    # 3.11's start_server done-callback calls task.exception() on a cancelled task, which raises
    # and logs "Exception in callback" at shutdown; ending normally avoids that.
    with contextlib.suppress(asyncio.CancelledError):
        await coro


def _drop_login_data_warning(record: logging.LogRecord) -> bool:
    # aiosmtpd 1.4.6 itself logs this WARNING on every successful AUTH; it is not actionable.
    return "login_data is deprecated" not in record.getMessage()


class EmbeddedMailStack:
    """pymap (IMAP) + aiosmtpd (SMTP) on 127.0.0.1, in-memory, for the demo."""

    host = "127.0.0.1"

    def __init__(self, password: str = "demo") -> None:
        self.password = password
        self.imap_port = 0
        self.smtp_port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._login: _AnyUserLogin | None = None
        # Live client connections: Server.close() in 3.11 leaves them open, so stop() closes them.
        self._writers: weakref.WeakSet = weakref.WeakSet()
        self._smtp_protocols: weakref.WeakSet = weakref.WeakSet()

    # -- public API ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        for name in ("pymap", "mail.log", "mail.debug"):  # aiosmtpd logs as mail.*
            logging.getLogger(name).setLevel(logging.WARNING)
        logging.getLogger("mail.log").addFilter(_drop_login_data_warning)  # no-op if present
        self._ready.clear()
        self._error = None
        # Daemon so a forgotten stop() never blocks interpreter exit; stop() still joins it.
        self._thread = threading.Thread(target=self._run, name="mailer-demo-mailstack", daemon=True)
        self._thread.start()
        if not self._ready.wait(15):
            self.stop()
            raise RuntimeError("embedded mail stack did not start in time")
        if self._error is not None:
            error = self._error
            self.stop()
            raise RuntimeError("embedded mail stack failed to start") from error

    def stop(self) -> None:
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        if loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # loop already closed (startup failure path)
                loop.call_soon_threadsafe(self._stopping.set)
        thread.join(timeout=10)
        self._thread = self._loop = self._stopping = self._login = None

    def __enter__(self) -> EmbeddedMailStack:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- event-loop thread -------------------------------------------------------------------
    def _run(self) -> None:
        try:
            # asyncio.run cancels leftover per-connection tasks and closes the loop on exit.
            asyncio.run(self._serve())
        except BaseException as exc:  # surfaced to start() when it happens before readiness
            self._error = exc
        finally:
            self._ready.set()

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        self._loop, self._stopping = loop, asyncio.Event()
        args = Namespace(debug=False, passlib_cfg=None, proxy_protocol=None, inherited_sockets=None)
        config = _DemoConfig(
            args, host=self.host, port=0, demo_data=False, demo_user="", demo_password="",
            tls_enabled=False,  # plain IMAP on loopback; LOGIN is allowed without STARTTLS
            reject_dnsbl=False, invalid_user_sleep=0.0,
            hash_context=Cleartext(),  # shared demo password, no hashing cost
            # Password checks stay in this loop: the default CPU subsystem is a non-daemon pool.
            subsystem=Subsystem.for_asyncio(), cpu_subsystem=Subsystem.for_asyncio())
        # Sets pymap's context variables; tasks spawned by the servers below inherit this context.
        config.apply_context()
        self._login = _AnyUserLogin(config, self.password)
        imap_cb = ProxyProtocolReader(config.proxy_protocol).get_callback(
            IMAPServer(self._login, config))

        def on_imap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
            # Plain function returning the coroutine: the writer is recorded inside connection_made,
            # so stop() can close it even if the connection task never got to run.
            self._writers.add(writer)
            return _swallow_cancel(imap_cb(reader, _CoalescingWriter(writer)))

        handler = _DeliveryHandler(self)

        def smtp_factory() -> SMTP:
            # hostname given explicitly: the default also calls socket.getfqdn().
            # SMTPUTF8 on: smtplib.send_message() needs it for non-ASCII addresses or headers.
            proto = SMTP(handler, hostname="localhost", loop=loop, enable_SMTPUTF8=True,
                         auth_require_tls=False, authenticator=self._smtp_auth)
            self._smtp_protocols.add(proto)
            return proto

        imap = await asyncio.start_server(on_imap, self.host, 0)
        smtp = await loop.create_server(smtp_factory, self.host, 0)
        try:
            self.imap_port = imap.sockets[0].getsockname()[1]
            self.smtp_port = smtp.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stopping.wait()
        finally:
            # Stop accepting, then let accepts already in flight attach their transports before
            # close(): on 3.11 a transport made after Server.close() asserts and leaks its socket.
            for sock in [*imap.sockets, *smtp.sockets]:
                loop.remove_reader(sock.fileno())
            for _ in range(3):
                await asyncio.sleep(0)
            imap.close()
            smtp.close()
            # Cancel connection tasks first (pymap then says BYE), then close whatever is left open.
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)
            for writer in list(self._writers):
                writer.close()
            for proto in list(self._smtp_protocols):
                if proto.transport is not None:
                    proto.transport.close()
            await imap.wait_closed()
            await smtp.wait_closed()
            await asyncio.sleep(0)  # let connection_lost callbacks run before the loop closes

    def _smtp_auth(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        # AUTH is optional; if a client insists, accept any user with the shared password.
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == self.password.encode()
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends the 535

    async def _deliver(self, rcpt: str, data: bytes, folder: str = "INBOX") -> None:
        assert self._login is not None
        name = await self._login.ensure_user(rcpt)
        identity = Identity(name, self._login, None, frozenset())
        async with identity.new_session() as session:
            message = AppendMessage(data, datetime.now(timezone.utc))
            await session.append_messages(folder, [message])

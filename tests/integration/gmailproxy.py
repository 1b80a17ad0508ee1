"""A loopback IMAP proxy that plays Gmail's X-GM-EXT-1 in front of the real Dovecot (tests only).

No local IMAP server offers Gmail's extension, so this one adds exactly that much and forwards every other
byte to Dovecot unchanged: mailer logs in, selects, searches and fetches real mail on a real server.

- Every CAPABILITY list (greeting, CAPABILITY answer, LOGIN's OK) gains `X-GM-EXT-1`.
- `X-GM-THRID` / `X-GM-MSGID` are taken out of a FETCH before Dovecot sees it, and each FETCH answer of that
  command gets them back, computed here. Thread ids are assigned the way Gmail's look: the thread's id is the
  64-bit message id of its first mail, the first mail being the first of References (else In-Reply-To, else the
  mail itself). `join(message_id, thread_of=other)` puts a mail in another mail's thread whatever its headers say,
  as Gmail does for a reply whose client stripped References (Gmail keeps the conversation by its own ids).
  The headers are read through a second connection to Dovecot as the same user.

What this proves is mailer's side: asking for X-GM-THRID only when offered and keying threads by it. Gmail's own
rules for when it starts a new conversation (a changed subject, over 100 mails) are not reproduced.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import socket
import threading

from imapclient import IMAPClient

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
_GM_ITEMS = re.compile(rb"\s*X-GM-(?:THRID|MSGID)\b", re.IGNORECASE)
_CAPABILITY = re.compile(rb"^(\* (?:OK \[)?CAPABILITY |\S+ OK \[CAPABILITY )([^\]\r\n]*)")


def gmail_id(message_id: str) -> int:
    """A stable 63-bit id for a Message-ID, like Gmail's X-GM-MSGID."""
    return int(hashlib.sha256(message_id.encode()).hexdigest()[:15], 16)


class GmailProxy:
    def __init__(self, host: str, port: int, user: str, password: str):
        self.target = (host, port)
        self.user, self.password = user, password
        self.joins: dict[str, str] = {}      # Message-ID → a Message-ID whose thread it belongs to
        self.answered = 0                    # X-GM-THRID values handed out (the client did ask)
        self._roots: dict[str, str] = {}     # Message-ID → its thread's first Message-ID, as assigned
        self._lock = threading.Lock()
        self._side: IMAPClient | None = None
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self._socks: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def join(self, message_id: str, thread_of: str) -> None:
        self.joins[message_id.strip("<>")] = thread_of.strip("<>")

    def thread_id(self, message_id: str) -> int:
        """The X-GM-THRID this proxy gave (or would give) the mail with this Message-ID."""
        return gmail_id(self._roots.get(message_id, message_id))

    def close(self) -> None:
        self._server.close()
        for sock in self._socks:
            try:
                sock.close()
            except OSError:
                pass
        with self._lock:
            if self._side is not None:
                try:
                    self._side.logout()
                except Exception:  # noqa: BLE001 - going away anyway
                    pass

    # ------------------------------------------------------------------ the two pumps

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, timeout=30)
            upstream.settimeout(None)  # an idle client (between passes, in IDLE) must not end the pump
            self._socks += [client, upstream]
            state = {"folder": "INBOX", "gm_tags": set()}
            threading.Thread(target=self._from_client, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._from_server, args=(upstream, client, state), daemon=True).start()

    def _from_client(self, client: socket.socket, upstream: socket.socket, state: dict) -> None:
        reader = client.makefile("rb")
        try:
            while line := reader.readline():
                command = re.match(rb"(\S+) (?:UID )?FETCH ", line, re.IGNORECASE)
                if command and _GM_ITEMS.search(line):
                    line = _GM_ITEMS.sub(b"", line).replace(b"()", b"(UID)")
                    state["gm_tags"].add(command.group(1))
                chosen = re.match(rb"\S+ (?:SELECT|EXAMINE) (.+?)\r\n", line, re.IGNORECASE)
                if chosen:
                    state["folder"] = chosen.group(1).decode().strip('"')
                upstream.sendall(line)
                literal = _LITERAL.search(line)
                if literal:  # APPEND's message, a quoted-unsafe password: forwarded as is
                    upstream.sendall(reader.read(int(literal.group(1))))
        except OSError:
            pass
        finally:
            _shut(upstream)

    def _from_server(self, upstream: socket.socket, client: socket.socket, state: dict) -> None:
        reader = upstream.makefile("rb")
        try:
            while line := reader.readline():
                chunks = [line]
                while literal := _LITERAL.search(chunks[-1]):
                    chunks += [reader.read(int(literal.group(1))), reader.readline()]
                first = chunks[0]
                if _CAPABILITY.match(first):
                    chunks[0] = _CAPABILITY.sub(rb"\1\2 X-GM-EXT-1", first, count=1)
                elif state["gm_tags"] and re.match(rb"\* \d+ FETCH \(", first):
                    uid = re.search(rb"\bUID (\d+)", first)
                    if uid:
                        thrid, msgid = self._ids(state["folder"], int(uid.group(1)))
                        chunks[0] = first.replace(b"FETCH (", b"FETCH (X-GM-THRID %d X-GM-MSGID %d " % (thrid, msgid), 1)
                else:
                    state["gm_tags"].discard(first.split(b" ", 1)[0])  # the FETCH is complete
                client.sendall(b"".join(chunks))
        except OSError:
            pass
        finally:
            _shut(client)

    # ------------------------------------------------------------------ thread ids, from the real headers

    def _ids(self, folder: str, uid: int) -> tuple[int, int]:
        with self._lock:
            if self._side is None:
                self._side = IMAPClient(*self.target, ssl=False, timeout=30)
                self._side.login(self.user, self.password)
            self._side.select_folder(folder, readonly=True)
            data = self._side.fetch([uid], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)]"])
        raw = next((v for k, v in data.get(uid, {}).items() if k.startswith(b"BODY")), b"")
        headers = email.message_from_bytes(raw, policy=email.policy.compat32)
        ids = lambda name: re.findall(r"<([^<>\s]+)>", str(headers.get(name, "")))  # noqa: E731
        own = (ids("Message-ID") or [f"uid-{folder}-{uid}"])[0]
        if own in self.joins:
            root = self._roots.get(self.joins[own], self.joins[own])
        else:
            first = (ids("References") or ids("In-Reply-To") or [own])[0]
            root = self._roots.get(first, first)
        self._roots[own] = root
        self.answered += 1
        return gmail_id(root), gmail_id(own)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass

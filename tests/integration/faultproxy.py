"""A loopback TCP proxy for tests that breaks connections on demand: pass, cut, stall or reset.

mailer connects to the proxy instead of Dovecot or Postfix. Modes (set at any time, from the test thread):
  pass   forward bytes both ways
  cut    close every open connection (FIN) and close new ones at once
  reset  the same with a TCP reset (RST: SO_LINGER 0), as a crashed middlebox does
  stall  keep connections open but forward nothing, so the client's timeout has to notice
"""

from __future__ import annotations

import select
import socket
import struct
import threading


class FaultProxy:
    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.mode = "pass"
        self.connections = 0  # accepted so far: how often the client tried
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def set(self, mode: str) -> None:
        assert mode in ("pass", "cut", "reset", "stall"), mode
        with self._lock:
            self.mode = mode
            if mode in ("cut", "reset"):
                for pair in self._pairs:
                    for sock in pair:
                        _close(sock, reset=mode == "reset")
                self._pairs.clear()

    def close(self) -> None:
        self._stop.set()
        try:  # on Linux, close() alone does not wake a thread blocked in accept(): it waited out the 5 s join
            self._server.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._server.close()
        self.set("cut")
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self.connections += 1
            with self._lock:
                mode = self.mode
            if mode in ("cut", "reset"):
                _close(client, reset=mode == "reset")
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client, reset=True)
                continue
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select(list(peers), [], [], 0.1)
                with self._lock:
                    mode = self.mode
                if mode == "stall":
                    continue  # bytes wait in the kernel; the client sees silence
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in peers:
                _close(sock, reset=False)
            with self._lock:
                if (client, upstream) in self._pairs:
                    self._pairs.remove((client, upstream))


def _close(sock: socket.socket, reset: bool) -> None:
    try:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    except OSError:
        pass

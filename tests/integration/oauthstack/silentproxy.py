"""A TCP proxy that can go quiet on its open connections without closing them."""
from __future__ import annotations

import socket
import threading


class SilentProxy:
    """TCP proxy to the IMAP server that can go quiet on the open connections without closing them: what
    Exchange Online does to an idle connection (no FIN, no RST; the client only learns by timing out)."""

    def __init__(self, upstream_port: int):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.upstream = upstream_port
        self.connections: list[dict] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            conn = {"silent": False, "sockets": (client, server)}
            self.connections.append(conn)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b, conn), daemon=True).start()

    @staticmethod
    def _pump(src, dst, conn) -> None:
        try:
            while data := src.recv(65536):
                if not conn["silent"]:
                    dst.sendall(data)
        except OSError:
            pass

    def silence_existing(self) -> None:
        for conn in self.connections:
            conn["silent"] = True

    def close(self) -> None:
        self.listener.close()
        for conn in self.connections:
            for sock in conn["sockets"]:
                sock.close()

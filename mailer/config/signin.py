"""The `oauth2:` block of imap/smtp → OAuth2 settings, each problem named file:line: key like the rest of config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mailer.config.settings import OAuth2, Secret
from mailer.config.yamlsource import BAD, Node

FLOWS = ("microsoft365", "google_service_account", "google_user", "command")
KEYS = ("flow", "tenant", "client_id", "client_secret_env", "client_secret_file", "certificate_file",
        "certificate_thumbprint", "key_file", "command", "scope", "authority", "mechanism", "ca_file")
# What each flow cannot do without (beyond its secret, checked separately).
NEEDS = {"microsoft365": ("tenant", "client_id"), "google_service_account": ("key_file",),
         "google_user": ("client_id",), "command": ("command",)}


def oauth2(node: Node, default_flow: str | None, cache: Path) -> OAuth2 | None | Any:
    """None when the block is absent; BAD (problems recorded) when it is wrong."""
    if node.value is None:
        return None
    if not node.mapping((*KEYS, "client_secret")):  # client_secret: known, so refused with advice below
        return BAD
    if "client_secret" in node.value:
        return node.child("client_secret").fail(
            "inline secrets are refused: name an environment variable with 'client_secret_env: VAR' or a file "
            "readable only by mailer with 'client_secret_file: /etc/mailer/oauth2.secret'")
    flow = node.child("flow").choice(FLOWS, default=default_flow)
    if flow is BAD:
        return BAD
    for key in NEEDS[flow]:
        if node.child(key).value in (None, ""):
            node.fail(f"flow {flow} needs '{key}'")
    env, file = node.child("client_secret_env").text(), node.child("client_secret_file").text()
    if env and file:
        node.child("client_secret_file").fail("give client_secret_env or client_secret_file, not both")
    cert = _file(node.child("certificate_file"))
    thumbprint = node.child("certificate_thumbprint").text(default="")
    if flow == "microsoft365" and not (env or file or cert):
        node.fail("flow microsoft365 needs the app's secret ('client_secret_env' or 'client_secret_file') "
                  "or its certificate ('certificate_file' with 'certificate_thumbprint')")
    if cert and not thumbprint:
        node.child("certificate_file").fail("needs 'certificate_thumbprint' too (shown next to the certificate "
                                            "in the app registration)")
    if flow == "google_user" and not (env or file):
        node.fail("flow google_user needs the OAuth client's secret ('client_secret_env' or 'client_secret_file')")
    key = "client_secret_env" if env else "client_secret_file"
    where = f"{node.reader.filename}:{node.line}: {node.path}"
    secret = Secret(env=env, file=file, where=f"{node.reader.filename}:{node.child(key).line}: {node.path}.{key}")
    values = dict(
        client_id=node.child("client_id").text(default=""), tenant=node.child("tenant").text(default=""),
        client_secret=secret, certificate_file=cert, certificate_thumbprint=thumbprint,
        key_file=_file(node.child("key_file")), command=node.child("command").text(default=""),
        scope=node.child("scope").text(default=""), authority=node.child("authority").text(default=""),
        mechanism=node.child("mechanism").choice(("auto", "xoauth2", "oauthbearer"), default="auto"),
        ca_file=_file(node.child("ca_file")))
    if any(v is BAD for v in values.values()):
        return BAD
    return OAuth2(flow=flow, cache=cache, where=where, **values)


def _file(node: Node) -> str | None | Any:
    value = node.text()
    if isinstance(value, str) and not Path(value).is_file():
        return node.fail(f"no such file: {value}")
    return value

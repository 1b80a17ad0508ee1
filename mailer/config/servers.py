"""The imap: and smtp: sections of config.yaml → ImapSettings and SmtpSettings: host, port and security with the
provider's defaults, the password (from the environment or a file, never inline) or OAuth2 sign-in, and each
edge's own keys. Problems are told through the Node, with file:line: key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from mailer.config.guards import env_name
from mailer.config.providers import PROFILES, Profile, sent_folder as sent_folder_setting
from mailer.config.settings import ImapSettings, Secret, Server, SmtpSettings
from mailer.config.signin import oauth2 as oauth2_settings
from mailer.config.yamlsource import BAD, Node


def mail_servers(root: Node, provider: Any, state_path: Path, address: Any) -> tuple[ImapSettings | None,
                                                                                    SmtpSettings | None]:
    """The imap: and smtp: sections (None where a section is missing, which the caller reports)."""
    profile = PROFILES.get(provider, PROFILES["generic"])
    cache = state_path.with_name(state_path.name + ".tokens")  # OAuth2 tokens, next to the state they serve
    imap_node = root.child("imap")
    imap = None
    if imap_node.value is not None:
        server = _server(imap_node, {"ssl": 993, "starttls": 143, "none": 143}, "imap", profile, provider, cache,
                         address)
        imap = ImapSettings(server, imap_node.child("folder").text(default="INBOX"),
                            imap_node.child("idle").flag(True),
                            imap_node.child("start_from").choice(("all", "new"), default="new"),
                            imap_node.child("batch").number(50, 1, 1000, integer=True),
                            imap_node.child("batch_bytes").number(8_000_000, 10_000, 1_000_000_000, integer=True),
                            imap_node.child("idle_renew").seconds(profile.idle_renew))
    smtp_node = root.child("smtp")
    smtp = None
    if smtp_node.value is not None:
        server = _server(smtp_node, {"ssl": 465, "starttls": 587, "none": 25}, "smtp", profile, provider, cache,
                         address)
        sent_folder = sent_folder_setting(smtp_node.child("sent_folder"), profile, provider)
        smtp = SmtpSettings(server, sent_folder,
                            smtp_node.child("copy_to_self").flag(True),
                            _resend_after(smtp_node.child("resend_after")),
                            smtp_node.child("max_per_minute").number(profile.max_per_minute, 1, 100000, integer=True)
                            if smtp_node.child("max_per_minute").value is not None else profile.max_per_minute,
                            smtp_node.child("read_back_sent").flag(profile.rewrites_message_id))
    return imap, smtp


def _server(node: Node, default_port: dict[str, int], label: str, profile: Profile = PROFILES["generic"],
            provider: str = "generic", cache: Path = Path("mailer.db.tokens"), address: Any = None) -> Server | Any:
    host_default = profile.imap_host if label == "imap" else profile.smtp_host
    node.mapping(("host", "port", "security", "username", "password", "password_env", "password_file",
                  "timeout", "ca_file", "verify_certificates", "oauth2", *_EXTRA[label]),
                 required=() if host_default else ("host",))
    if isinstance(node.value, dict) and "password" in node.value:
        node.child("password").fail(
            "inline passwords are refused: put the secret in an environment variable and name it with "
            "'password_env: MAILER_" + label.upper() + "_PASSWORD', or in a file readable only by mailer "
            "and name it with 'password_file: /etc/mailer/" + label + ".secret'")
    security_default = profile.imap_security if label == "imap" else profile.smtp_security
    security = node.child("security").choice(("ssl", "starttls", "none"), default=security_default)
    env = env_name(node.child("password_env"))
    pfile = node.child("password_file").text()
    if env and pfile:
        node.child("password_file").fail("give password_env or password_file, not both")
    where_key = "password_env" if env else "password_file"
    secret = Secret(env=env, file=pfile, where=f"{node.reader.filename}:{node.child(where_key).line}: "
                                                   f"{node.path}.{where_key}")
    oauth = oauth2_settings(node.child("oauth2"), profile.oauth2_flow, cache)
    if oauth is not None and (env or pfile):
        node.child("oauth2").fail("give a password (password_env/password_file) or oauth2, not both")
    ca_file = node.child("ca_file").text()
    if ca_file and ca_file is not BAD and not Path(ca_file).is_file():
        node.child("ca_file").fail(f"no such file: {ca_file}")
    if label == "smtp" and profile.smtp_port and node.child("security").value is None:
        default_port = {security: profile.smtp_port}
    # With OAuth2 the mailbox is the sign-in name: mailer's own address unless said otherwise.
    username_default = address if oauth is not None and isinstance(address, str) else ""
    return Server(
        host=node.child("host").text(default=host_default, required=not host_default),
        port=node.child("port").number(default_port.get(security, 0) if isinstance(security, str) else 0,
                                       1, 65535, integer=True),
        security=security,
        username=node.child("username").text(default=username_default),
        password=secret,
        timeout=node.child("timeout").seconds(30.0),
        ca_file=ca_file,
        verify=node.child("verify_certificates").flag(True),
        oauth2=oauth,
        provider=provider,
    )


_EXTRA = {
    "imap": ("folder", "idle", "start_from", "batch", "batch_bytes", "idle_renew"),
    "smtp": ("sent_folder", "copy_to_self", "resend_after", "max_per_minute", "read_back_sent"),
}


def _resend_after(node: Node) -> timedelta:
    seconds = node.seconds(600.0)
    return timedelta(seconds=seconds if isinstance(seconds, (int, float)) else 600.0)  # a bad value is told

"""A private Dovecot + Postfix pair that accepts OAuth2 bearer tokens, for the sign-in tests.

Separate from the shared stack in /tmp/mst (own directory, own free loopback ports, started and stopped by the
session fixture) and built from the same pieces (tests/integration/stack/mailstack.py: paths, TLS material,
process handling; its Postfix templates). What differs:
  - Dovecot has an `oauth2` passdb that asks the local token server's /introspect about every bearer token
    (XOAUTH2 and OAUTHBEARER); passwords ("secret") still work, but only over PLAIN/LOGIN.
  - Postfix offers SMTP AUTH through this Dovecot (the mechanisms Dovecot's auth socket offers). It still
    relays for loopback without AUTH, so tests can send as people; mailer always signs in when it has a
    username, a refused sign-in stops its mail, and the log's sasl_method= shows how it signed in.
  - The Sent folder is called "Gesendete Elemente" and carries the \\Sent SPECIAL-USE flag, as a German
    Exchange mailbox does: mailer must find it by flag.
"""
from __future__ import annotations

import os
from pathlib import Path
import socket
import subprocess
import tempfile
import time

from stack import mailstack

HOST = "127.0.0.1"
SENT_FOLDER = "Gesendete Elemente"
ARCHIVE_FOLDER = "Archiv"

DOVECOT_CONF = """\
instance_name = {instance}
base_dir = {dir}/run/dovecot
state_dir = {dir}/lib/dovecot
protocols = imap lmtp
listen = 127.0.0.1
log_path = {dir}/log/dovecot.log
info_log_path = {dir}/log/dovecot.log
auth_verbose = yes
ssl = yes
ssl_cert = <{dir}/tls/server.pem
ssl_key = <{dir}/tls/server.key
ssl_dh = <{dir}/tls/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_username_chars =
auth_username_format = %Lu
auth_failure_delay = 0 secs
# As in the shared stack: sets "nodelay" so a refused login does not slow the next test's logins down.
passdb {{
  driver = static
  args = nopassword=y noauthenticate=y nodelay=y
  result_success = continue
}}
# Passwords only over PLAIN/LOGIN: otherwise a password would also be tried as a bearer token.
passdb {{
  driver = static
  args = password=secret
  mechanisms = plain login
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/dovecot-oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid=vmail gid=vmail home={dir}/mail/%d/%n allow_all_users=yes
}}
mail_location = maildir:~/Maildir
first_valid_uid = 1
mail_fsync = never
mail_max_userip_connections = 50
mailbox_idle_check_interval = 1 secs
recipient_delimiter =
namespace inbox {{
  inbox = yes
  mailbox "{sent}" {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox "{archive}" {{
    special_use = \\Archive
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service lmtp {{
  unix_listener lmtp-postfix {{
    mode = 0666
  }}
}}
service auth {{
  unix_listener auth-postfix {{
    mode = 0666
  }}
}}
protocol lmtp {{
  postmaster_address = postmaster@localhost
}}
"""

OAUTH2_CONF = """\
introspection_mode = post
introspection_url = {token_url}/introspect
username_attribute = username
active_attribute = active
active_value = true
tls_ca_cert_file = {dir}/tls/ca.pem
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class OAuthStack:
    """Start with start(token_url); stop() ends both servers and removes the directory."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="mst-oauth-", dir="/tmp"))
        os.chmod(self.dir, 0o755)
        self.paths = mailstack.Paths(self.dir)
        self.imap_port, self.smtp_port, self.smtps_port = free_port(), free_port(), free_port()
        self.ca_file = str(self.paths.ca_pem)

    def prepare_tls(self) -> tuple[str, str]:
        """The CA and a localhost certificate; the token server needs them before Dovecot starts."""
        uid, gid = mailstack.ensure_mail_user()
        mailstack.prepare_dirs(self.paths, uid, gid)
        mailstack.ensure_tls(self.paths)
        return str(self.paths.server_pem), str(self.paths.server_key)

    def start(self, token_url: str) -> None:
        p = self.paths
        values = {"DIR": p.dir, "PASSWORD": "secret", "IMAP_PORT": self.imap_port, "IMAPS_PORT": 0,
                  "SMTP_PORT": self.smtp_port, "SMTPS_PORT": self.smtps_port, "MAX_USERIP": 50}
        main_cf = mailstack._render("postfix-main.cf.in", values)
        main_cf = main_cf.replace("syslog_name = postfix-mst", f"syslog_name = postfix-{self.dir.name}")
        rendered = {
            p.dovecot_conf: DOVECOT_CONF.format(instance=self.dir.name, dir=p.dir, imap_port=self.imap_port,
                                                sent=SENT_FOLDER, archive=ARCHIVE_FOLDER),
            p.dir / "dovecot-oauth2.conf.ext": OAUTH2_CONF.format(token_url=token_url, dir=p.dir),
            p.main_cf: main_cf,
            p.master_cf: mailstack._render("postfix-master.cf.in", values),
        }
        mailstack.write_configs(p, rendered)
        start_log = p.logs / "start.log"
        for argv in ([mailstack.DOVECOT, "-c", str(p.dovecot_conf)],
                     [mailstack.POSTFIX, "-c", str(p.postfix_conf), "start"]):
            # Output to a file, never a pipe: the daemons inherit it and would hold it open.
            if mailstack._run_logged(argv, start_log, timeout=60) != 0:
                self.stop()
                raise RuntimeError(f"{' '.join(argv)} failed:\n{mailstack._log_tails(start_log)}")
        deadline = time.monotonic() + 20
        while True:
            imap = mailstack._probe(self.imap_port, b"* OK", b"a LOGOUT\r\n")
            smtp = mailstack._probe(self.smtp_port, b"220", b"QUIT\r\n")
            if imap is None and smtp is None:
                return
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"OAuth2 test stack not up: imap {imap}, smtp {smtp}\n"
                                   f"{mailstack._log_tails(p.dovecot_log, p.postfix_log)}")
            time.sleep(0.1)

    def stop(self) -> None:
        mailstack.stop(self.paths)
        subprocess.run(["rm", "-rf", str(self.dir)], check=False)

    def log_text(self) -> str:
        try:
            return self.paths.dovecot_log.read_text(errors="replace")
        except OSError:
            return ""

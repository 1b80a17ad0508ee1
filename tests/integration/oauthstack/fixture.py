"""Session fixture `oauth_stack`: the token server and the OAuth2-accepting Dovecot + Postfix, both on
loopback, started for the session and stopped (directory removed) at its end."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from oauthstack.stack import OAuthStack, free_port
from oauthstack.tokenserver import Authority, TokenServer
from stack.fixture import MailStack


@dataclass
class OAuthEnv:
    stack: OAuthStack
    tokens: TokenServer

    @property
    def authority(self) -> Authority:
        return self.tokens.authority

    def mail_stack(self) -> MailStack:
        """The same shape as the shared stack's, so MailWorld can send and read mail on this one."""
        return MailStack(host="127.0.0.1", imap_port=self.stack.imap_port, imaps_port=0,
                         smtp_port=self.stack.smtp_port, smtps_port=self.stack.smtps_port,
                         ca_file=self.stack.ca_file, password="secret", dir=str(self.stack.dir))


@pytest.fixture(scope="session")
def oauth_stack():
    stack = OAuthStack()
    cert, key = stack.prepare_tls()
    tokens = TokenServer(free_port(), cert, key)
    try:
        stack.start(tokens.base_url)
    except RuntimeError as exc:
        tokens.stop()
        pytest.fail(str(exc), pytrace=False)
    try:
        yield OAuthEnv(stack, tokens)
    finally:
        stack.stop()
        tokens.stop()

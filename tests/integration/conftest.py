import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack.fixture import mail_stack  # noqa: E402,F401  (session fixture: the real Dovecot + Postfix)
from mailworld import MailWorld  # noqa: E402


@pytest.fixture
def world(mail_stack, tmp_path, monkeypatch) -> MailWorld:
    """Fresh addresses (so fresh mailboxes), a fresh config and database for each test."""
    monkeypatch.setenv("MAILER_TEST_PASSWORD", mail_stack.password)
    w = MailWorld(mail_stack, tmp_path)
    w.write_config()
    return w

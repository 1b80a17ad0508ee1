"""Private Dovecot + Postfix mail stack for the integration tests (see README.md)."""

"""Self-contained demo mode for mailer."""

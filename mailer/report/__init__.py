"""`mailer report` and the digests' figures: stored events → figures (pure) → charts → HTML, CSV and JSON."""

"""A private Dovecot + Postfix that accept OAuth2 bearer tokens, and a local OAuth2 server for them."""

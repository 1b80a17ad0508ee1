"""Sign-in for both mail edges: a password, or an OAuth2 bearer token from a provider (cached, refreshed)."""

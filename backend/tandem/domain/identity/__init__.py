"""Credentials: passwords, browser sessions, personal access tokens, sign-in throttling."""

"""Passwords, sessions and personal access tokens over GraphQL."""

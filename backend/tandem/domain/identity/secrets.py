"""Random secrets and their stored digests."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_PREFIX = "tdm_"


def new_secret(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret (a slow hash is needed for passwords only)."""
    return hashlib.sha256(secret.encode()).hexdigest()

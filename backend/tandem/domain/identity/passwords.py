"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from tandem.domain.errors import ErrorCode, Invalid, invalid

MIN_LENGTH = 10
MAX_LENGTH = 200
_hasher = PasswordHasher()
# A hash to verify against when the account does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("tandem-no-such-account")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; takes the same time when there is no hash."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def check_policy(
    password: str, field: str = "password", *, email: str = "", name: str = ""
) -> None:
    """Raise `Invalid` when the password is too weak."""
    if len(password) < MIN_LENGTH:
        raise invalid(field, f"Use at least {MIN_LENGTH} characters.", ErrorCode.WEAK_PASSWORD)
    if len(password) > MAX_LENGTH:
        raise invalid(field, f"Use at most {MAX_LENGTH} characters.", ErrorCode.TOO_LONG)
    if len(set(password)) < 4 or (email and password.lower() == email.lower()):
        raise invalid(field, "Choose a less guessable password.", ErrorCode.WEAK_PASSWORD)


def generate_temporary_password() -> str:
    """A random password an admin hands over; it must be changed at first sign-in."""
    return secrets.token_urlsafe(12)


__all__ = [
    "Invalid",
    "check_policy",
    "generate_temporary_password",
    "hash_password",
    "verify_password",
]

"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

import asyncio
import os
import secrets
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from tandem.domain.errors import ErrorCode, Invalid, invalid

MIN_LENGTH = 10
MAX_LENGTH = 200
_hasher = PasswordHasher()
# A hash to verify against when the account does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("tandem-no-such-account")


# argon2 is slow on purpose (and uses several cores itself): it runs off the event loop, in a
# pool this small, so a burst of sign-ins or password changes queues here instead of starving
# every other request of CPU.
HASH_THREADS = max(1, min(4, (os.cpu_count() or 2) // 2))
_pool = ThreadPoolExecutor(max_workers=HASH_THREADS, thread_name_prefix="argon2")


async def hash_password_async(password: str) -> str:
    """`hash_password` in the argon2 pool, off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(_pool, hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    """`verify_password` in the argon2 pool, off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(
        _pool, verify_password, password_hash, password
    )


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
    """Raise `Invalid` (saying why) when the password is too short, too long, or guessable:
    zxcvbn (Dropbox's estimator) must rate it at least "safely unguessable" (3 of 4), and it
    must not be built on the person's name or email."""
    if len(password) < MIN_LENGTH:
        raise invalid(field, f"Use at least {MIN_LENGTH} characters.", ErrorCode.WEAK_PASSWORD)
    if len(password) > MAX_LENGTH:
        raise invalid(field, f"Use at most {MAX_LENGTH} characters.", ErrorCode.TOO_LONG)
    personal = _personal_words(name, email)
    local = email.split("@")[0].casefold()
    if len(local) >= PERSONAL_MIN and local in password.casefold():
        raise invalid(field, "Do not build it on your email address.", ErrorCode.WEAK_PASSWORD)
    if len(_squeezed(name)) >= PERSONAL_MIN and _squeezed(name) in _squeezed(password):
        raise invalid(field, "Do not build it on your name.", ErrorCode.WEAK_PASSWORD)
    # zxcvbn refuses more than 72 characters; what comes before decides anyway.
    verdict = zxcvbn(password[:ZXCVBN_MAX], user_inputs=personal)
    if verdict["score"] < MIN_SCORE:
        feedback = verdict["feedback"]
        why = feedback.get("warning") or ""
        hint = " ".join(feedback.get("suggestions") or []) or "Add another word or two."
        message = f"This password is easy to guess. {why} {hint}".replace("  ", " ").strip()
        raise invalid(field, message, ErrorCode.WEAK_PASSWORD)


MIN_SCORE = 3
ZXCVBN_MAX = 72
# Shorter names and mailbox names are too likely inside any word to be refused on their own.
PERSONAL_MIN = 4


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _personal_words(name: str, email: str) -> list[str]:
    """What zxcvbn should treat as known to an attacker: the parts of the person's name and of
    their mailbox name."""
    local = email.casefold().partition("@")[0]
    words = [*name.casefold().split(), local, *local.replace(".", " ").split()]
    return [w for w in dict.fromkeys(words) if len(w) > 2]


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

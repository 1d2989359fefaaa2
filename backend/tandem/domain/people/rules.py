"""Pure checks of a person's fields."""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import available_timezones

from tandem.domain.errors import ErrorCode, FieldError

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@lru_cache(maxsize=1)
def timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def email_key(email: str) -> str:
    return email.strip().lower()


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_name(name: str) -> FieldError | None:
    clean = " ".join(name.split())
    if not clean:
        return FieldError("name", "Enter a name.", ErrorCode.REQUIRED)
    if len(clean) > 200:
        return FieldError("name", "Use at most 200 characters.", ErrorCode.TOO_LONG)
    return None


def check_email(email: str) -> FieldError | None:
    clean = email.strip()
    if not clean:
        return FieldError("email", "Enter an email address.", ErrorCode.REQUIRED)
    if len(clean) > 320:
        return FieldError("email", "Use at most 320 characters.", ErrorCode.TOO_LONG)
    if not EMAIL_RE.match(clean):
        return FieldError("email", "Enter a valid email address.", ErrorCode.INVALID)
    return None


def check_title(title: str) -> FieldError | None:
    if len(title.strip()) > 200:
        return FieldError("title", "Use at most 200 characters.", ErrorCode.TOO_LONG)
    return None


def check_timezone(timezone: str) -> FieldError | None:
    if timezone not in timezones():
        return FieldError("timezone", "Choose a timezone such as Europe/Berlin.", ErrorCode.INVALID)
    return None

"""Failures the domain reports. Transports map them: `Invalid` to typed payload errors, the
others to error codes. `NotFound` is also what someone outside a private object gets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an expected failure happened (mirrored by the GraphQL enum of the same name)."""

    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"
    INVALID_PASSWORD = "INVALID_PASSWORD"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    CYCLE = "CYCLE"
    SELF = "SELF"
    INACTIVE = "INACTIVE"
    TOO_LARGE = "TOO_LARGE"
    INVALID_UPDATE = "INVALID_UPDATE"
    UNKNOWN_ROOT = "UNKNOWN_ROOT"
    HARD_DELETE = "HARD_DELETE"
    FORGED_AUTHOR = "FORGED_AUTHOR"
    INVALID_ITEM = "INVALID_ITEM"
    INVALID_NOTES = "INVALID_NOTES"
    ITEM_KEY_TAKEN = "ITEM_KEY_TAKEN"
    FOREIGN_CLIENT = "FOREIGN_CLIENT"
    MISSING_DEPENDENCY = "MISSING_DEPENDENCY"
    CONFLICT = "CONFLICT"
    RATE_LIMITED = "RATE_LIMITED"


@dataclass(frozen=True)
class FieldError:
    """One problem with the input; `field` names the input field (camelCase) or is None."""

    field: str | None
    message: str
    code: ErrorCode


class DomainError(Exception):
    """Base of the failures below."""


class Invalid(DomainError):
    """The input breaks a rule; nothing was changed."""

    def __init__(self, *errors: FieldError) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)


class NotFound(DomainError):
    """No such object, or the actor may not know it exists."""


class Forbidden(DomainError):
    """The actor is known and may see the object, but may not do this."""


def invalid(field: str | None, message: str, code: ErrorCode = ErrorCode.INVALID) -> Invalid:
    return Invalid(FieldError(field, message, code))

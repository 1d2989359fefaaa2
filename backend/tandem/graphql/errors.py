"""GraphQL errors: typed payload errors for expected failures, `extensions.code` for the rest."""

from __future__ import annotations

import uuid
from enum import StrEnum

import strawberry
from graphql import GraphQLError
from strawberry.relay import GlobalID

from tandem.domain import errors as domain

ErrorCode = domain.ErrorCode
strawberry.enum(ErrorCode, description="Why an expected failure happened.")


@strawberry.type(
    description="An expected failure of a mutation, tied to an input field when there is one."
)
class UserError:
    field: str | None = strawberry.field(
        description="The input field the error is about (camelCase), or null for the whole input."
    )
    message: str = strawberry.field(description="A human-readable message, safe to show.")
    code: ErrorCode = strawberry.field(description="The machine-readable reason.")


class Code(StrEnum):
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    BAD_USER_INPUT = "BAD_USER_INPUT"
    INTERNAL = "INTERNAL"
    # A request that is no GraphQL request at all (HTTP 400), or refused by a transport limit.
    BAD_REQUEST = "BAD_REQUEST"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    # Limits on what one operation may ask for.
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"
    RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE"


def api_error(code: Code, message: str, **extensions: object) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code.value, **extensions})


HTTP_STATUS_CODES = {
    400: Code.BAD_REQUEST,
    404: Code.NOT_FOUND,
    405: Code.METHOD_NOT_ALLOWED,
    413: Code.PAYLOAD_TOO_LARGE,
}


def http_error_body(status: int, message: str) -> dict[str, object]:
    """A GraphQL-over-HTTP error answer for a request refused before any GraphQL ran."""
    code = HTTP_STATUS_CODES.get(status, Code.BAD_REQUEST)
    return {"errors": [{"message": message, "extensions": {"code": code.value}}]}


def user_errors(exc: domain.Invalid) -> list[UserError]:
    return [UserError(field=e.field, message=e.message, code=e.code) for e in exc.errors]


def decode_id(value: strawberry.ID | GlobalID | str, type_name: str, field: str) -> uuid.UUID:
    """The UUID inside a global ID of `type_name`; an `Invalid` naming `field` otherwise."""
    try:
        gid = value if isinstance(value, GlobalID) else GlobalID.from_id(str(value))
        if gid.type_name != type_name:
            raise ValueError(gid.type_name)
        return uuid.UUID(gid.node_id)
    except ValueError as exc:
        raise domain.invalid(
            field, f"This is not the ID of a {type_name}.", domain.ErrorCode.NOT_FOUND
        ) from exc

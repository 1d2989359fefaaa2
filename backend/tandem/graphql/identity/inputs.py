"""Inputs of the identity mutations."""

from __future__ import annotations

import strawberry

from tandem.graphql.identity.types import TokenScope


@strawberry.input(description="Change one's own password.")
class ChangePasswordInput:
    current_password: str = strawberry.field(description="The password in use now.")
    new_password: str = strawberry.field(description="At least 10 characters.")


@strawberry.input(description="A new personal access token.")
class CreatePersonalAccessTokenInput:
    name: str = strawberry.field(description="What the token is for.")
    scope: TokenScope = strawberry.field(description="READ or WRITE.")
    expires_in_days: int | None = strawberry.field(
        default=90, description="Days until it expires (1-365); null for never."
    )


@strawberry.input(description="Names one personal access token.")
class RevokePersonalAccessTokenInput:
    id: strawberry.ID = strawberry.field(description="The token.")

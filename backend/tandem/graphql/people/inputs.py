"""Inputs of the people mutations."""

from __future__ import annotations

import strawberry


@strawberry.input(description="A new person's account.")
class CreateUserInput:
    name: str = strawberry.field(description="Full name.")
    email: str = strawberry.field(description="Email address; unique, any case.")
    title: str = strawberry.field(default="", description="Job title.")
    timezone: str = strawberry.field(default="UTC", description="IANA timezone name.")
    manager_id: strawberry.ID | None = strawberry.field(default=None, description="Their manager.")
    is_admin: bool = strawberry.field(default=False, description="Make them an administrator.")


@strawberry.input(description="Changes to a person's account; omitted fields stay as they are.")
class UpdateUserInput:
    id: strawberry.ID = strawberry.field(description="The person.")
    name: str | None = strawberry.field(default=None, description="Full name.")
    email: str | None = strawberry.field(default=None, description="Email address.")
    title: str | None = strawberry.field(default=None, description="Job title.")
    timezone: str | None = strawberry.field(default=None, description="IANA timezone name.")
    is_admin: bool | None = strawberry.field(default=None, description="Administrator or not.")


@strawberry.input(description="A new manager for a person.")
class ChangeManagerInput:
    user_id: strawberry.ID = strawberry.field(description="The person.")
    manager_id: strawberry.ID | None = strawberry.field(
        default=None, description="The new manager, or null for none."
    )


@strawberry.input(description="Names one person.")
class UserIdInput:
    id: strawberry.ID = strawberry.field(description="The person.")

"""An admin creating an account never learns its password: the person is emailed a single-use
link to choose one (the operator's CLI may still set one)."""

from __future__ import annotations

import re

from sqlalchemy import select

from tandem.db.engine import Database
from tandem.mail.models import OutboxMessage
from tests.factories import Factory
from tests.helpers import Api, data, error_code

CREATE = """mutation($input: CreateUserInput!) { createUser(input: $input) {
    user { name email } invitationExpiresAt errors { field code } } }"""


async def invitation(db: Database, address: str) -> str:
    async with db.read() as session:
        message = (
            await session.execute(
                select(OutboxMessage).where(
                    OutboxMessage.to_address == address, OutboxMessage.kind == "WELCOME"
                )
            )
        ).scalar_one()
    found = re.search(r"/welcome#token=([A-Za-z0-9_-]+)", message.text_body)
    assert found, message.text_body
    return found.group(1)


async def test_a_new_person_chooses_their_own_password_from_an_emailed_link(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    # when an admin adds someone
    created = data(
        await api.as_user(
            admin, CREATE, input={"name": "New Hire", "email": "new.hire@example.com"}
        )
    )["createUser"]
    # then the admin learns only that an invitation went out
    assert created["errors"] == []
    assert created["user"] == {"name": "New Hire", "email": "new.hire@example.com"}
    assert created["invitationExpiresAt"] is not None
    # and no password can be had, or chosen, by the admin
    field = await api.as_user(
        admin,
        'mutation { createUser(input: {name: "X", email: "x@example.com"}) { temporaryPassword } }',
    )
    assert error_code(field) == "BAD_USER_INPUT"
    chosen = await api.as_user(
        admin,
        'mutation { createUser(input: {name: "Y", email: "y@example.com", '
        'password: "admin knows this one"}) { errors { code } } }',
    )
    assert error_code(chosen) == "BAD_USER_INPUT"
    # when the person follows the invitation
    token = await invitation(db, "new.hire@example.com")
    response = await api.http.post(
        "/auth/reset-password", json={"token": token, "password": "my own harbour light"}
    )
    assert response.status_code == 204
    # then they sign in with the password only they know, nothing else to change first
    signed_in = await api.sign_in("new.hire@example.com", "my own harbour light")
    assert signed_in.status_code == 200
    assert signed_in.json()["mustChangePassword"] is False

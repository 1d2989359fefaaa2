"""An admin's password reset emails the person a single-use, expiring link; the admin never
sees a password."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import AccountLink
from tandem.mail.models import OutboxMessage
from tests.factories import PASSWORD, Factory
from tests.helpers import Api, data, error_code, gid

RESET = """mutation($id: ID!) { resetUserPassword(input: {id: $id}) {
    user { name } linkExpiresAt errors { field code } } }"""
NEW_PASSWORD = "a quiet harbour at dawn"


async def reset_link(db: Database, address: str) -> str:
    async with db.read() as session:
        message = (
            await session.execute(
                select(OutboxMessage).where(
                    OutboxMessage.to_address == address, OutboxMessage.kind == "PASSWORD_RESET"
                )
            )
        ).scalar_one()
    found = re.search(r"/reset-password#token=([A-Za-z0-9_-]+)", message.text_body)
    assert found, message.text_body
    return found.group(1)


async def use_link(api: Api, token: str, password: str = NEW_PASSWORD) -> Any:
    return await api.http.post("/auth/reset-password", json={"token": token, "password": password})


async def test_a_reset_sends_a_link_and_shows_the_admin_no_password(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user("Forgetful", email="forgetful@example.com")
    # when
    reset = data(await api.as_user(admin, RESET, id=gid(person)))["resetUserPassword"]
    # then the admin learns only that a link went out, and until when it works
    assert reset["errors"] == []
    assert reset["user"] == {"name": "Forgetful"}
    assert reset["linkExpiresAt"] is not None
    # and no password is to be had from the API at all
    old_field = await api.as_user(
        admin,
        "mutation($id: ID!) { resetUserPassword(input: {id: $id}) { temporaryPassword } }",
        id=gid(person),
    )
    assert error_code(old_field) == "BAD_USER_INPUT"
    # and the old password no longer signs in
    assert (await api.sign_in("forgetful@example.com")).status_code == 401
    # when the person follows the link
    token = await reset_link(db, "forgetful@example.com")
    assert (await use_link(api, token)).status_code == 204
    # then their new password works, with no forced change, and the link is spent
    signed_in = await api.sign_in("forgetful@example.com", NEW_PASSWORD)
    assert signed_in.status_code == 200
    assert signed_in.json()["mustChangePassword"] is False
    again = await use_link(api, token, "another fine passphrase")
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "LINK_INVALID"


async def test_a_weak_password_keeps_the_link_usable(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user(email="weak@example.com")
    data(await api.as_user(admin, RESET, id=gid(person)))
    token = await reset_link(db, "weak@example.com")
    weak = await use_link(api, token, "short")
    assert weak.status_code == 400
    assert weak.json()["error"]["code"] == "WEAK_PASSWORD"
    assert (await use_link(api, token)).status_code == 204


async def test_an_expired_or_unknown_link_sets_nothing(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user(email="late@example.com")
    data(await api.as_user(admin, RESET, id=gid(person)))
    token = await reset_link(db, "late@example.com")
    async with db.write() as session:
        await session.execute(
            update(AccountLink).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert (await use_link(api, token)).json()["error"]["code"] == "LINK_INVALID"
    assert (await use_link(api, "made-up")).json()["error"]["code"] == "LINK_INVALID"
    malformed = await api.http.post("/auth/reset-password", json={"token": 1})
    assert malformed.status_code == 400
    assert (await api.sign_in("late@example.com", NEW_PASSWORD)).status_code == 401
    assert (await api.sign_in("late@example.com", PASSWORD)).status_code == 401


async def test_members_cannot_send_reset_links(api: Api, factory: Factory) -> None:
    member, other = await factory.user(), await factory.user()
    assert error_code(await api.as_user(member, RESET, id=gid(other))) == "FORBIDDEN"

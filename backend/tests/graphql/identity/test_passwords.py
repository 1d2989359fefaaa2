"""Passwords: an admin reset forces a change; a change keeps this session; sessions expire."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import AuthSession
from tests.factories import PASSWORD, Factory
from tests.helpers import Api, data, error_code, gid

RESET = """mutation($id: ID!) { resetUserPassword(input: {id: $id}) {
    linkExpiresAt errors { field code } } }"""
CHANGE = """mutation($current: String!, $new: String!) {
    changePassword(input: {currentPassword: $current, newPassword: $new}) {
        user { mustChangePassword } errors { field code } } }"""


async def test_admin_reset_ends_sessions_and_the_old_password(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    person = await factory.user(email="forgetful@example.com")
    await api.sign_in("forgetful@example.com")
    old_session = api.http.cookies["tandem_session"]
    # when
    reset = data(await api.as_user(admin, RESET, id=gid(person)))["resetUserPassword"]
    # then the old session is gone, and the old password too (the emailed link sets a new one)
    assert reset["errors"] == []
    api.http.cookies.set("tandem_session", old_session)
    assert error_code((await api.with_cookie("{ viewer { name } }")).json()) == "UNAUTHENTICATED"
    api.http.cookies.clear()
    assert (await api.sign_in("forgetful@example.com")).status_code == 401
    # and programs of the person keep working (they are not the person's browser)
    assert data(await api.as_user(person, "{ viewer { email } }"))["viewer"] == {
        "email": "forgetful@example.com"
    }


async def test_members_cannot_reset_passwords(api: Api, factory: Factory) -> None:
    member = await factory.user()
    other = await factory.user()
    assert error_code(await api.as_user(member, RESET, id=gid(other))) == "FORBIDDEN"


async def test_change_password_checks_the_current_one_and_the_policy(
    api: Api, factory: Factory
) -> None:
    await factory.user(email="changer@example.com")
    await api.sign_in("changer@example.com")

    async def change(current: str, new: str) -> list[dict[str, str]]:
        body = (await api.with_cookie(CHANGE, current=current, new=new)).json()
        errors: list[dict[str, str]] = body["data"]["changePassword"]["errors"]
        return errors

    assert await change("wrong-password", "a-new-password-1") == [
        {"field": "currentPassword", "code": "INVALID_PASSWORD"}
    ]
    assert await change(PASSWORD, "short") == [{"field": "newPassword", "code": "WEAK_PASSWORD"}]
    assert await change(PASSWORD, "a-new-password-1") == []
    # this session goes on; the old password no longer signs in
    assert (await api.with_cookie("{ viewer { name } }")).json()["data"]
    assert (await api.sign_in("changer@example.com")).status_code == 401
    assert (await api.sign_in("changer@example.com", "a-new-password-1")).status_code == 200


async def test_expired_and_idle_sessions_end(api: Api, factory: Factory, db: Database) -> None:
    await factory.user(email="sleepy@example.com")
    await api.sign_in("sleepy@example.com")
    assert (await api.with_cookie("{ viewer { name } }")).json()["data"]
    async with db.write() as session:
        await session.execute(
            update(AuthSession).values(last_seen_at=utcnow() - timedelta(days=30))
        )
    assert error_code((await api.with_cookie("{ viewer { name } }")).json()) == "UNAUTHENTICATED"

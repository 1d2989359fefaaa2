"""Credentials end sessions everywhere: when a session or token ends (sign-out, password change,
admin reset, revocation, expiry), its open sockets close (4401) on whichever process holds them,
and its next operation is refused even if the close event never arrived."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import timedelta

from sqlalchemy import delete, func, select, update
from websockets import ClientConnection
from websockets.exceptions import ConnectionClosed

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import AuthSession, PersonalAccessToken
from tandem.domain.identity.secrets import digest
from tandem.ids import to_global_id
from tests.auth.live import (
    MINT,
    VIEWER,
    bearer,
    closed_with,
    run,
    sign_in,
    socket,
)
from tests.factories import PASSWORD, Factory
from tests.helpers import gid
from tests.live import Servers

CREDENTIALS_ENDED = 4401
CHANGE = """mutation($c: String!, $n: String!) {
    changePassword(input: {currentPassword: $c, newPassword: $n}) { errors { code } } }"""
REVOKE = (
    """mutation($id: ID!) { revokePersonalAccessToken(input: {id: $id}) { errors { code } } }"""
)


async def test_signing_out_closes_that_sessions_sockets_and_no_other(
    servers: Servers, factory: Factory
) -> None:
    # given one person signed in in two browsers, each with a live socket
    host = await servers.start()
    await factory.user("Two Tabs", email="two@example.com")
    first, second = await sign_in(host, "two@example.com"), await sign_in(host, "two@example.com")
    async with socket(host, browser=first) as one, socket(host, browser=second) as other:
        # when the first browser signs out
        await first.sign_out()
        # then its socket closes, and the other browser's socket goes on
        assert await closed_with(one) == CREDENTIALS_ENDED
        assert (await run(other, VIEWER))["data"] == {"viewer": {"name": "Two Tabs"}}


async def test_a_password_change_closes_the_other_sessions_sockets(
    servers: Servers, factory: Factory
) -> None:
    host = await servers.start()
    await factory.user("Changer", email="changer@example.com")
    thief, owner = (
        await sign_in(host, "changer@example.com"),
        await sign_in(host, "changer@example.com"),
    )
    async with socket(host, browser=thief) as stolen, socket(host, browser=owner) as own:
        changed = await owner.gql(CHANGE, c=PASSWORD, n="a fresh passphrase 42")
        assert changed["data"]["changePassword"]["errors"] == []
        assert await closed_with(stolen) == CREDENTIALS_ENDED
        assert (await run(own, VIEWER))["data"] == {"viewer": {"name": "Changer"}}


async def test_an_admin_password_reset_closes_the_persons_sockets(
    servers: Servers, factory: Factory
) -> None:
    host = await servers.start()
    admin = await factory.admin()
    person = await factory.user(email="reset@example.com")
    browser = await sign_in(host, "reset@example.com")
    async with socket(host, browser=browser) as ws:
        reset = await bearer(
            host,
            await factory.token(admin),
            "mutation($id: ID!) { resetUserPassword(input: {id: $id}) { errors { code } } }",
            id=gid(person),
        )
        assert reset["data"]["resetUserPassword"]["errors"] == []
        assert await closed_with(ws) == CREDENTIALS_ENDED


async def test_revoking_a_token_closes_its_sockets_and_no_other(
    servers: Servers, factory: Factory, db: Database
) -> None:
    host = await servers.start()
    me = await factory.user("Programmer")
    ci, laptop = await factory.token(me), await factory.token(me)
    async with socket(host, token=ci) as ci_socket, socket(host, token=laptop) as laptop_socket:
        revoked = await bearer(host, laptop, REVOKE, id=await token_gid(db, ci))
        assert revoked["data"]["revokePersonalAccessToken"]["errors"] == []
        assert await closed_with(ci_socket) == CREDENTIALS_ENDED
        assert (await run(laptop_socket, VIEWER))["data"] == {"viewer": {"name": "Programmer"}}


async def token_gid(db: Database, secret: str) -> str:
    """The global ID of the token whose secret this is."""
    async with db.read() as session:
        token_id = (
            await session.execute(
                select(PersonalAccessToken.id).where(
                    PersonalAccessToken.secret_hash == digest(secret)
                )
            )
        ).scalar_one()
    return to_global_id("PersonalAccessToken", token_id)


async def test_a_socket_whose_session_ended_unannounced_is_refused_at_its_next_operation(
    servers: Servers, factory: Factory, db: Database
) -> None:
    # given a live socket whose session then ends without any event reaching the process
    # (the row deleted behind the app's back, as if the broadcast had dropped the message)
    host = await servers.start()
    await factory.user(email="quiet@example.com")
    browser = await sign_in(host, "quiet@example.com")
    async with socket(host, browser=browser) as ws:
        assert (await run(ws, VIEWER))["data"]
        async with db.write() as session:
            await session.execute(delete(AuthSession))
        # when the socket tries to mint a token
        code = await _try_then_close(ws, MINT)
    # then it is closed instead, and no token exists
    assert code == CREDENTIALS_ENDED
    async with db.read() as session:
        count = (await session.execute(select(func.count(PersonalAccessToken.id)))).scalar_one()
    assert count == 0


async def test_a_socket_whose_token_was_revoked_unannounced_is_refused_at_its_next_operation(
    servers: Servers, factory: Factory, db: Database
) -> None:
    host = await servers.start()
    me = await factory.user()
    token = await factory.token(me)
    async with socket(host, token=token) as ws:
        assert (await run(ws, VIEWER))["data"]
        async with db.write() as session:
            await session.execute(update(PersonalAccessToken).values(revoked_at=utcnow()))
        assert await _try_then_close(ws, VIEWER) == CREDENTIALS_ENDED


async def _try_then_close(ws: ClientConnection, query: str) -> int:
    """Send one operation; how the server closed the socket instead of answering (or before)."""
    with contextlib.suppress(ConnectionClosed):
        await ws.send(json.dumps({"id": "late", "type": "subscribe", "payload": {"query": query}}))
    return await closed_with(ws)


async def test_the_issues_attack_a_stolen_cookies_socket_keeps_nothing(
    servers: Servers, factory: Factory
) -> None:
    # given an attacker holding a socket opened with a stolen cookie, who minted a token over it
    host = await servers.start()
    await factory.user("Victim", email="victim@example.com")
    stolen, victim = (
        await sign_in(host, "victim@example.com"),
        await sign_in(host, "victim@example.com"),
    )
    async with socket(host, browser=stolen) as attacker:
        minted = (await run(attacker, MINT))["data"]["createPersonalAccessToken"]["secret"]
        assert (await bearer(host, minted, VIEWER))["data"] == {"viewer": {"name": "Victim"}}
        # and the victim's own token, made in their own browser
        own = (await victim.gql(MINT))["data"]["createPersonalAccessToken"]["secret"]
        # when the victim changes their password
        changed = await victim.gql(CHANGE, c=PASSWORD, n="locked the door 2026")
        assert changed["data"]["changePassword"]["errors"] == []
        # then the attacker's socket can do nothing more
        assert await _try_then_close(attacker, MINT) == CREDENTIALS_ENDED
    # and the token minted over the stolen session is dead, while the victim's own still works
    dead = await bearer(host, minted, VIEWER)
    assert dead["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await bearer(host, own, VIEWER))["data"] == {"viewer": {"name": "Victim"}}


async def test_sign_out_everywhere_and_an_admin_reset_kill_session_minted_tokens(
    servers: Servers, factory: Factory
) -> None:
    host = await servers.start()
    admin = await factory.admin()
    person = await factory.user(email="everywhere@example.com")
    browser = await sign_in(host, "everywhere@example.com")
    minted = (await browser.gql(MINT))["data"]["createPersonalAccessToken"]["secret"]
    program = await factory.token(person)  # made by the operator, not over a session
    ended = await browser.gql("mutation { signOutEverywhere { endedSessions } }")
    assert ended["data"]["signOutEverywhere"]["endedSessions"] == 1
    assert (await bearer(host, minted, VIEWER))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )
    assert (await bearer(host, program, VIEWER))["data"]
    # and again for an admin's reset
    browser = await sign_in(host, "everywhere@example.com")
    minted = (await browser.gql(MINT))["data"]["createPersonalAccessToken"]["secret"]
    reset = await bearer(
        host,
        await factory.token(admin),
        "mutation($id: ID!) { resetUserPassword(input: {id: $id}) { errors { code } } }",
        id=gid(person),
    )
    assert reset["data"]["resetUserPassword"]["errors"] == []
    assert (await bearer(host, minted, VIEWER))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )
    assert (await bearer(host, program, VIEWER))["data"]


async def test_a_token_minted_by_a_token_dies_with_it(
    servers: Servers, factory: Factory, db: Database
) -> None:
    host = await servers.start()
    me = await factory.user()
    stolen = await factory.token(me)
    minted = (await bearer(host, stolen, MINT))["data"]["createPersonalAccessToken"]["secret"]
    stolen_id = await token_gid(db, stolen)
    revoked = await bearer(host, await factory.token(me), REVOKE, id=stolen_id)
    assert revoked["data"]["revokePersonalAccessToken"]["errors"] == []
    assert (await bearer(host, minted, VIEWER))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )


async def test_a_socket_closes_when_its_token_expires(
    servers: Servers, factory: Factory, db: Database
) -> None:
    # given a socket whose token is then found, at its next operation, to expire in a second
    # (set after the handshake, so a slow machine cannot miss the start)
    host = await servers.start()
    me = await factory.user()
    token = await factory.token(me, expires_in_days=1)
    async with socket(host, token=token) as ws:
        async with db.write() as session:
            await session.execute(
                update(PersonalAccessToken).values(expires_at=utcnow() + timedelta(seconds=1))
            )
        # then, with nothing else happening, the server closes it at the expiry instant
        assert await _try_then_close(ws, VIEWER) == CREDENTIALS_ENDED


async def test_a_socket_closes_when_its_session_expires(
    servers: Servers, factory: Factory, db: Database
) -> None:
    host = await servers.start()
    await factory.user(email="expiring@example.com")
    browser = await sign_in(host, "expiring@example.com")
    async with socket(host, browser=browser) as ws:
        async with db.write() as session:
            await session.execute(
                update(AuthSession).values(expires_at=utcnow() + timedelta(seconds=1))
            )
        assert await _try_then_close(ws, VIEWER) == CREDENTIALS_ENDED


async def test_a_socket_whose_session_idled_out_is_refused_at_its_next_operation(
    servers: Servers, factory: Factory, db: Database
) -> None:
    host = await servers.start()
    await factory.user(email="idle@example.com")
    browser = await sign_in(host, "idle@example.com")
    async with socket(host, browser=browser) as ws:
        idle = timedelta(hours=servers.settings.session_idle_hours)
        async with db.write() as session:
            await session.execute(
                update(AuthSession).values(last_seen_at=utcnow() - idle - timedelta(seconds=1))
            )
        assert await _try_then_close(ws, VIEWER) == CREDENTIALS_ENDED


async def test_signing_out_on_one_process_closes_the_socket_on_another(
    servers: Servers, factory: Factory, db: Database
) -> None:
    # given two API processes joined by Redis, the socket on one and the sign-out on the other
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    holder, other = await servers.start(redis_url), await servers.start(redis_url)
    await factory.user(email="far@example.com")
    browser = await sign_in(holder, "far@example.com")
    me = await factory.user()
    token = await factory.token(me)
    async with socket(holder, browser=browser) as ws, socket(holder, token=token) as program:
        await type(browser)(other, browser.session, browser.csrf).sign_out()
        assert await closed_with(ws) == CREDENTIALS_ENDED
        await bearer(other, token, REVOKE, id=await token_gid(db, token))
        assert await closed_with(program) == CREDENTIALS_ENDED

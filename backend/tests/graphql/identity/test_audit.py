"""What admins and people do to accounts is recorded in the audit table: who, what, to whom,
when, and non-secret details — never a password, a token or a link."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from tandem.db.engine import Database
from tandem.domain.identity.models import AuditEvent
from tandem.ids import uuid_of
from tests.factories import PASSWORD, Factory
from tests.helpers import Api, data, gid

UPDATE = """mutation($input: UpdateUserInput!) { updateUser(input: $input) { errors { code } } }"""
CREATE_TOKEN = """mutation { createPersonalAccessToken(input: {name: "CI", scope: READ}) {
    secret token { id } errors { code } } }"""


async def audit_log(db: Database) -> list[AuditEvent]:
    async with db.read() as session:
        rows = await session.execute(select(AuditEvent).order_by(AuditEvent.id))
        return list(rows.scalars())


def summary(events: list[AuditEvent]) -> list[tuple[Any, str, Any]]:
    return [(e.actor_id, e.action, e.subject_id) for e in events]


async def test_admin_actions_on_accounts_are_recorded(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user(email="audited@example.com")
    steps: list[tuple[str, dict[str, Any]]] = [
        (UPDATE, {"input": {"id": gid(person), "email": "elsewhere@example.com"}}),
        (UPDATE, {"input": {"id": gid(person), "isAdmin": True}}),
        (UPDATE, {"input": {"id": gid(person), "isAdmin": False}}),
        (
            "mutation($id: ID!) { resetUserPassword(input: {id: $id}) { errors { code } } }",
            {"id": gid(person)},
        ),
        (
            "mutation($id: ID!) { deactivateUser(input: {id: $id}) { errors { code } } }",
            {"id": gid(person)},
        ),
        (
            "mutation($id: ID!) { reactivateUser(input: {id: $id}) { errors { code } } }",
            {"id": gid(person)},
        ),
    ]
    for query, variables in steps:
        assert "errors" not in await api.as_user(admin, query, **variables)
    # (the test client's tokens were made by the operator: no actor)
    events = [e for e in await audit_log(db) if e.actor_id is not None]
    assert summary(events) == [
        (admin.id, "email.change_requested", person.id),
        (admin.id, "admin.granted", person.id),
        (admin.id, "admin.removed", person.id),
        (admin.id, "password.reset_link_sent", person.id),
        (admin.id, "user.deactivated", person.id),
        (admin.id, "user.reactivated", person.id),
    ]
    assert events[0].details == {"from": "audited@example.com", "to": "elsewhere@example.com"}
    assert all(e.at is not None for e in events)


async def test_a_persons_own_credential_changes_are_recorded_without_secrets(
    api: Api, factory: Factory, db: Database
) -> None:
    person = await factory.user(email="self@example.com")
    created = data(await api.as_user(person, CREATE_TOKEN))["createPersonalAccessToken"]
    data(
        await api.as_user(
            person,
            "mutation($id: ID!) { revokePersonalAccessToken(input: {id: $id}) { errors { code } } }",
            id=created["token"]["id"],
        )
    )
    await api.sign_in("self@example.com")
    data(
        (
            await api.with_cookie(
                "mutation($c: String!) { changePassword(input: {currentPassword: $c, "
                'newPassword: "an entirely new phrase"}) { errors { code } } }',
                c=PASSWORD,
            )
        ).json()
    )
    data((await api.with_cookie("mutation { signOutEverywhere { endedSessions } }")).json())
    # (the test client's own token was made by the operator: no actor)
    events = [e for e in await audit_log(db) if e.actor_id == person.id]
    assert [e.action for e in events] == [
        "token.created",
        "token.revoked",
        "password.changed",
        "sessions.ended_everywhere",
    ]
    assert {e.subject_id for e in events} == {person.id}
    revoked = next(e for e in events if e.action == "token.revoked")
    assert revoked.details["token_id"] == str(
        uuid_of("PersonalAccessToken", created["token"]["id"])
    )
    text = json.dumps([e.details for e in events])
    assert created["secret"] not in text
    assert "an entirely new phrase" not in text

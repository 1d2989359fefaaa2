"""An admin's change of someone's email must be confirmed from the new address, and is told to
the old one; until then every email — mentions included — goes to the old, confirmed address."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from tandem.db.base import utcnow
from tandem.db.engine import Database
from tandem.domain.identity.models import AccountLink
from tandem.mail.models import OutboxMessage
from tests.factories import Factory
from tests.helpers import Api, create_one_on_one, data, gid, meeting_ids

UPDATE = """mutation($input: UpdateUserInput!) { updateUser(input: $input) {
    user { email pendingEmail } errors { field code } } }"""
ADD_COMMENT = """mutation($m: ID!, $b: String!) { addComment(input: {meetingId: $m, body: $b}) {
    errors { code } } }"""


async def mail_to(db: Database, address: str) -> list[OutboxMessage]:
    async with db.read() as session:
        rows = await session.execute(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.created_at)
        )
        return list(rows.scalars())


def link_token(message: OutboxMessage, path: str) -> str:
    found = re.search(rf"/{path}#token=([A-Za-z0-9_-]+)", message.text_body)
    assert found, message.text_body
    return found.group(1)


async def confirm(api: Api, token: str) -> Any:
    return await api.http.post("/auth/confirm-email", json={"token": token})


async def test_an_email_change_waits_for_confirmation_from_the_new_address(
    api: Api, factory: Factory, db: Database
) -> None:
    # given an admin, and a person in a 1:1
    admin = await factory.admin()
    person = await factory.user("Rafael Report", email="rafael@example.com")
    manager = await factory.user("Maria Manager")
    meeting = meeting_ids(await create_one_on_one(api, manager, person))[0]
    # when the admin changes the person's email to an address they control
    changed = data(
        await api.as_user(
            admin, UPDATE, input={"id": gid(person), "email": "admin-inbox@example.com"}
        )
    )["updateUser"]
    # then nothing switched yet: the change is pending
    assert changed == {
        "user": {"email": "rafael@example.com", "pendingEmail": "admin-inbox@example.com"},
        "errors": [],
    }
    # and the next @-mention (with the comment's text) still goes to the confirmed address
    assert data(await api.as_user(manager, ADD_COMMENT, m=meeting, b="@Rafael salary numbers"))
    mentions = [m for m in await mail_to(db, "rafael@example.com") if m.kind == "MENTIONED"]
    assert len(mentions) == 1
    assert [m.kind for m in await mail_to(db, "admin-inbox@example.com")] == ["EMAIL_CONFIRM"]
    # and the old address was told
    notices = [m for m in await mail_to(db, "rafael@example.com") if m.kind == "EMAIL_CHANGE"]
    assert len(notices) == 1
    assert "admin-inbox@example.com" in notices[0].text_body


async def test_confirming_switches_the_email_once(api: Api, factory: Factory, db: Database) -> None:
    admin = await factory.admin()
    person = await factory.user(email="old@example.com")
    data(await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "New@Example.com"}))
    token = link_token((await mail_to(db, "New@Example.com"))[0], "confirm-email")
    # when the link is used
    confirmed = await confirm(api, token)
    # then the email switched, and the link is spent
    assert confirmed.status_code == 200
    assert confirmed.json() == {"email": "New@Example.com"}
    viewer = data(await api.as_user(person, "{ viewer { email pendingEmail } }"))["viewer"]
    assert viewer == {"email": "New@Example.com", "pendingEmail": None}
    again = await confirm(api, token)
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "LINK_INVALID"
    assert (await api.sign_in("new@example.com")).status_code == 200


async def test_a_confirmation_link_expires_and_a_newer_change_replaces_it(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user(email="keep@example.com")
    data(await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "first@example.com"}))
    first = link_token((await mail_to(db, "first@example.com"))[0], "confirm-email")
    data(await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "second@example.com"}))
    second = link_token((await mail_to(db, "second@example.com"))[0], "confirm-email")
    assert (await confirm(api, first)).json()["error"]["code"] == "LINK_INVALID"
    async with db.write() as session:
        await session.execute(
            update(AccountLink).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert (await confirm(api, second)).json()["error"]["code"] == "LINK_INVALID"
    assert (await confirm(api, "nonsense")).json()["error"]["code"] == "LINK_INVALID"
    viewer = data(await api.as_user(person, "{ viewer { email } }"))["viewer"]
    assert viewer == {"email": "keep@example.com"}


async def test_an_address_taken_meanwhile_cannot_be_confirmed(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person = await factory.user()
    data(await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "wanted@example.com"}))
    token = link_token((await mail_to(db, "wanted@example.com"))[0], "confirm-email")
    await factory.user(email="Wanted@example.com")
    refused = await confirm(api, token)
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "DUPLICATE"


async def test_a_change_of_case_only_needs_no_confirmation(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    person = await factory.user(email="casey@example.com")
    changed = data(
        await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "Casey@Example.com"})
    )["updateUser"]
    assert changed["user"] == {"email": "Casey@Example.com", "pendingEmail": None}


async def test_only_the_person_and_admins_see_a_pending_email(
    api: Api, factory: Factory, db: Database
) -> None:
    admin = await factory.admin()
    person, colleague = await factory.user(), await factory.user()
    data(await api.as_user(admin, UPDATE, input={"id": gid(person), "email": "p@example.com"}))
    query = "query($id: ID!) { node(id: $id) { ... on User { pendingEmail } } }"
    assert data(await api.as_user(colleague, query, id=gid(person)))["node"] == {
        "pendingEmail": None
    }
    assert data(await api.as_user(admin, query, id=gid(person)))["node"] == {
        "pendingEmail": "p@example.com"
    }
    # and the link is stored only as a digest
    async with db.read() as session:
        stored = (await session.execute(select(AccountLink.secret_hash))).scalars().all()
    token = link_token((await mail_to(db, "p@example.com"))[0], "confirm-email")
    assert token not in stored

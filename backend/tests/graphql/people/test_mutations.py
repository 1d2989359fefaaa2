"""Admins manage accounts and the org chart; everyone else is refused."""

from __future__ import annotations

from tests.factories import Factory
from tests.helpers import Api, data, error_code, gid

CREATE = """mutation($input: CreateUserInput!) { createUser(input: $input) {
    user { id name email title timezone isAdmin manager { name } }
    invitationExpiresAt errors { field message code } } }"""
UPDATE = """mutation($input: UpdateUserInput!) { updateUser(input: $input) {
    user { name email title timezone isAdmin } errors { field code } } }"""
MANAGER = """mutation($input: ChangeManagerInput!) { changeManager(input: $input) {
    user { manager { name } } errors { field code } } }"""
DEACTIVATE = """mutation($id: ID!) { deactivateUser(input: {id: $id}) {
    user { isActive } errors { field code } } }"""


async def test_admin_creates_a_person_who_is_invited_by_email(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    boss = await factory.user("Boss")
    result = data(
        await api.as_user(
            admin,
            CREATE,
            input={
                "name": "  New   Hire ",
                "email": "New.Hire@Example.com",
                "title": "Engineer",
                "timezone": "Asia/Tokyo",
                "managerId": gid(boss),
            },
        )
    )["createUser"]
    assert result["errors"] == []
    assert result["user"]["name"] == "New Hire"
    assert result["user"]["manager"] == {"name": "Boss"}
    assert result["user"]["timezone"] == "Asia/Tokyo"
    assert result["invitationExpiresAt"] is not None
    # and until they choose a password with the link, nobody signs in as them
    assert (await api.sign_in("new.hire@example.com", "")).status_code in (400, 401)


async def test_create_user_reports_every_bad_field(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    taken = await factory.user(email="taken@example.com")
    result = data(
        await api.as_user(
            admin,
            CREATE,
            input={"name": " ", "email": "nope", "timezone": "Mars/Olympus"},
        )
    )["createUser"]
    assert result["user"] is None
    assert {(e["field"], e["code"]) for e in result["errors"]} == {
        ("name", "REQUIRED"),
        ("email", "INVALID"),
        ("timezone", "INVALID"),
    }
    duplicate = data(
        await api.as_user(admin, CREATE, input={"name": "Twin", "email": "TAKEN@example.com"})
    )["createUser"]
    assert duplicate["errors"] == [
        {
            "field": "email",
            "message": "Someone already has this email address.",
            "code": "DUPLICATE",
        }
    ]
    assert taken.email_key == "taken@example.com"


async def test_non_admins_cannot_manage_accounts(api: Api, factory: Factory) -> None:
    member = await factory.user()
    other = await factory.user("Other")
    assert (
        error_code(await api.as_user(member, CREATE, input={"name": "X", "email": "x@e.co"}))
        == "FORBIDDEN"
    )
    assert error_code(await api.as_user(member, DEACTIVATE, id=gid(other))) == "FORBIDDEN"
    result = await api.as_user(member, UPDATE, input={"id": gid(other), "name": "Hacked"})
    assert error_code(result) == "FORBIDDEN"
    assert data(
        await api.as_user(
            member, "query($id: ID!) { node(id: $id) { ... on User { name } } }", id=gid(other)
        )
    )["node"] == {"name": "Other"}


async def test_admin_edits_a_person(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    person = await factory.user("Old Name")
    result = data(
        await api.as_user(
            admin,
            UPDATE,
            input={
                "id": gid(person),
                "name": "New Name",
                "timezone": "Europe/Paris",
                "isAdmin": True,
            },
        )
    )["updateUser"]
    assert result["errors"] == []
    assert result["user"]["name"] == "New Name"
    assert result["user"]["timezone"] == "Europe/Paris"
    assert result["user"]["isAdmin"] is True
    self_demote = data(await api.as_user(admin, UPDATE, input={"id": gid(admin), "isAdmin": False}))
    assert self_demote["updateUser"]["errors"] == [{"field": "isAdmin", "code": "SELF"}]


async def test_change_manager_refuses_cycles_self_and_unknown(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    top = await factory.user("Top")
    middle = await factory.user("Middle", manager=top)
    bottom = await factory.user("Bottom", manager=middle)
    moved = data(
        await api.as_user(admin, MANAGER, input={"userId": gid(bottom), "managerId": gid(top)})
    )
    assert moved["changeManager"] == {"user": {"manager": {"name": "Top"}}, "errors": []}
    cycle = data(
        await api.as_user(admin, MANAGER, input={"userId": gid(top), "managerId": gid(middle)})
    )
    assert cycle["changeManager"]["errors"] == [{"field": "managerId", "code": "CYCLE"}]
    itself = data(
        await api.as_user(admin, MANAGER, input={"userId": gid(top), "managerId": gid(top)})
    )
    assert itself["changeManager"]["errors"] == [{"field": "managerId", "code": "SELF"}]
    bogus = data(await api.as_user(admin, MANAGER, input={"userId": "bogus", "managerId": None}))
    assert bogus["changeManager"]["errors"] == [{"field": "userId", "code": "NOT_FOUND"}]
    none = data(await api.as_user(admin, MANAGER, input={"userId": gid(middle), "managerId": None}))
    assert none["changeManager"] == {"user": {"manager": None}, "errors": []}


async def test_deactivation_ends_sessions_and_tokens_at_once(api: Api, factory: Factory) -> None:
    admin = await factory.admin()
    person = await factory.user(email="leaver@example.com")
    assert data(await api.as_user(person, "{ viewer { name } }"))  # token works
    assert (await api.sign_in("leaver@example.com")).status_code == 200
    assert "data" in (await api.with_cookie("{ viewer { name } }")).json()
    # when
    result = data(await api.as_user(admin, DEACTIVATE, id=gid(person)))["deactivateUser"]
    # then
    assert result == {"user": {"isActive": False}, "errors": []}
    assert error_code(await api.as_user(person, "{ viewer { name } }")) == "UNAUTHENTICATED"
    assert error_code((await api.with_cookie("{ viewer { name } }")).json()) == "UNAUTHENTICATED"
    assert (await api.sign_in("leaver@example.com")).status_code == 401
    himself = data(await api.as_user(admin, DEACTIVATE, id=gid(admin)))["deactivateUser"]
    assert himself["errors"] == [{"field": "id", "code": "SELF"}]

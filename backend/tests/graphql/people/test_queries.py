"""Reading people: viewer, directory, org chart, node look-ups — with SQL counted."""

from __future__ import annotations

from sqlalchemy import event

from tandem.db.engine import Database
from tandem.ids import to_global_id
from tests.factories import Factory
from tests.helpers import Api, data, error_code, gid


async def test_viewer_is_the_token_owner(api: Api, factory: Factory) -> None:
    # given
    boss = await factory.user("Ada Boss")
    me = await factory.user("Ben Report", manager=boss)
    # when
    result = await api.as_user(me, "{ viewer { id name manager { name } reports { totalCount } } }")
    # then
    assert data(result)["viewer"] == {
        "id": gid(me),
        "name": "Ben Report",
        "manager": {"name": "Ada Boss"},
        "reports": {"totalCount": 0},
    }


async def test_anonymous_callers_are_unauthenticated(api: Api) -> None:
    result = await api.as_user(None, "{ viewer { name } }")
    assert error_code(result) == "UNAUTHENTICATED"
    assert result["data"] is None


async def test_people_pages_by_name_with_keyset_cursors(api: Api, factory: Factory) -> None:
    # given 7 people (viewer included)
    names = ["Zoe", "adam", "Émile", "Bea", "carl", "Dana", "Yusuf"]
    users = [await factory.user(n) for n in names]
    query = """query($after: String) { people(first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }"""
    # when paging through
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        page = data(await api.as_user(users[0], query, after=after))["people"]
        assert page["totalCount"] == 7
        seen += [e["node"]["name"] for e in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    # then everyone appears once, sorted case-insensitively
    assert pages == 3
    assert seen == ["adam", "Bea", "carl", "Dana", "Yusuf", "Zoe", "Émile"]


async def test_people_search_matches_name_email_and_title(api: Api, factory: Factory) -> None:
    me = await factory.user("Searcher")
    await factory.user("Grace Hopper", title="Admiral")
    await factory.user("Alan Turing", email="alan@bletchley.example")
    await factory.user("100% Wild_card")
    query = "query($q: String) { people(search: $q) { edges { node { name } } } }"

    async def names(q: str) -> list[str]:
        return [
            e["node"]["name"] for e in data(await api.as_user(me, query, q=q))["people"]["edges"]
        ]

    assert await names("grace") == ["Grace Hopper"]
    assert await names("BLETCHLEY") == ["Alan Turing"]
    assert await names("admiral") == ["Grace Hopper"]
    assert await names("%") == ["100% Wild_card"]
    assert await names("_") == ["100% Wild_card"]
    assert await names("nobody") == []


async def test_people_refuses_bad_paging_arguments(api: Api, factory: Factory) -> None:
    me = await factory.user()
    for args in ("first: 0", "first: 101", 'after: "garbage!!"'):
        result = await api.as_user(me, f"{{ people({args}) {{ totalCount }} }}")
        assert error_code(result) == "BAD_USER_INPUT", args


async def test_deactivated_people_are_hidden_except_for_admins(api: Api, factory: Factory) -> None:
    admin = await factory.admin("Admin")
    member = await factory.user("Member")
    await factory.user("Gone", is_active=False)
    query = "{ people(includeInactive: true) { edges { node { name isActive } } } }"
    assert error_code(await api.as_user(member, query)) == "FORBIDDEN"
    everyone = data(await api.as_user(admin, query))["people"]["edges"]
    assert {"name": "Gone", "isActive": False} in [e["node"] for e in everyone]
    active = data(await api.as_user(member, "{ people { edges { node { name } } } }"))
    assert "Gone" not in [e["node"]["name"] for e in active["people"]["edges"]]


async def test_node_and_nodes_resolve_global_ids(api: Api, factory: Factory) -> None:
    me = await factory.user("Me")
    other = await factory.user("Other")
    query = """query($id: ID!, $ids: [ID!]!) {
        node(id: $id) { id ... on User { name } }
        nodes(ids: $ids) { ... on User { name } } }"""
    unknown = to_global_id("User", "00000000-0000-0000-0000-000000000000")
    result = data(
        await api.as_user(me, query, id=gid(other), ids=[gid(me), "not-an-id", unknown, gid(other)])
    )
    assert result["node"] == {"id": gid(other), "name": "Other"}
    assert result["nodes"] == [{"name": "Me"}, None, None, {"name": "Other"}]


async def test_a_token_is_not_visible_to_anyone_but_its_owner(api: Api, factory: Factory) -> None:
    owner = await factory.user()
    admin = await factory.admin()
    mine = data(
        await api.as_user(
            owner,
            'mutation { createPersonalAccessToken(input: {name: "ci", scope: READ}) '
            "{ token { id } } }",
        )
    )["createPersonalAccessToken"]["token"]["id"]
    query = "query($id: ID!) { node(id: $id) { id } }"
    assert data(await api.as_user(owner, query, id=mine))["node"] == {"id": mine}
    assert data(await api.as_user(admin, query, id=mine))["node"] is None
    other = data(
        await api.as_user(
            admin,
            "query($id: ID!) { node(id: $id) { ... on User { personalAccessTokens { id } } } }",
            id=gid(owner),
        )
    )
    assert other["node"]["personalAccessTokens"] is None


async def test_directory_with_managers_and_reports_runs_a_fixed_number_of_queries(
    api: Api, factory: Factory, db: Database
) -> None:
    # given three managers with four reports each
    for m in range(3):
        manager = await factory.user(f"Manager {m}")
        for r in range(4):
            await factory.user(f"Report {m}-{r}", manager=manager)
    viewer = await factory.user("Viewer")
    await api.as_user(viewer, "{ viewer { name } }")  # token created and cached beforehand
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        # when
        result = await api.as_user(
            viewer,
            "{ people(first: 100) { edges { node { name manager { name } "
            "reports { edges { node { name manager { name } } } } } } } }",
        )
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    # then: auth (1) + count + page + managers + reports, whatever the number of people
    edges = data(result)["people"]["edges"]
    assert len(edges) == 16
    assert len(statements) <= 6, statements

"""Introspection (`__schema`, `__type`) answers signed-in clients only, unless the settings
open it; `__typename` stays free for everyone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import Factory
from tests.helpers import Api, data

SCHEMA = "{ __schema { queryType { name } } }"
TYPE = '{ __type(name: "User") { name } }'
THROUGH_A_FRAGMENT = "{ ...F } fragment F on Query { __schema { queryType { name } } }"


@pytest.mark.parametrize("query", [SCHEMA, TYPE, THROUGH_A_FRAGMENT])
async def test_introspection_without_signing_in_is_refused(api: Api, query: str) -> None:
    answer = await api.as_user(None, query)
    assert answer["data"] is None
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert "introspection" in error["message"]


async def test_typename_stays_free(api: Api) -> None:
    assert data(await api.as_user(None, "{ __typename }")) == {"__typename": "Query"}


@pytest.mark.parametrize("query", [SCHEMA, TYPE, THROUGH_A_FRAGMENT])
async def test_a_signed_in_client_may_introspect(api: Api, factory: Factory, query: str) -> None:
    user = await factory.user()
    assert "errors" not in await api.as_user(user, query)


async def test_someone_who_must_change_their_password_may_still_introspect(
    api: Api, factory: Factory
) -> None:
    user = await factory.user(must_change_password=True)
    assert data(await api.as_user(user, SCHEMA)) == {"__schema": {"queryType": {"name": "Query"}}}


async def test_a_setting_opens_introspection_to_everyone(api: Api, settings: Any) -> None:
    settings.introspection_public = True
    assert data(await api.as_user(None, TYPE)) == {"__type": {"name": "User"}}
    # and only introspection
    answer = await api.as_user(None, '{ __type(name: "User") { name } viewer { name } }')
    assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

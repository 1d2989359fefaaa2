"""The password policy refuses guessable passwords, saying why: digits only, sequences, repeats,
common passwords, the person's own name or email."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, Factory
from tests.helpers import Api, data

CHANGE = """mutation($c: String!, $n: String!) {
    changePassword(input: {currentPassword: $c, newPassword: $n}) {
        errors { field code message } } }"""


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("12345678901", "commonly used"),
        ("aaaaaaaaaaaa", "Repeats"),
        ("abcdefghijkl", "Sequences"),
        ("password1234", "very common"),
        ("qwertyuiopas", "commonly used"),
        ("Rafaela Quintero", "your name"),
        ("rafa.q@example.com", "your email"),
    ],
)
async def test_guessable_passwords_are_refused_with_the_reason(
    api: Api, factory: Factory, password: str, why: str
) -> None:
    me = await factory.user("Rafaela Quintero", email="rafa.q@example.com")
    result = data(await api.as_user(me, CHANGE, c=PASSWORD, n=password))["changePassword"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("newPassword", "WEAK_PASSWORD")]
    assert why.lower() in result["errors"][0]["message"].lower()


async def test_a_passphrase_is_accepted(api: Api, factory: Factory) -> None:
    me = await factory.user()
    result = data(await api.as_user(me, CHANGE, c=PASSWORD, n="velvet lantern on the quay"))
    assert result["changePassword"]["errors"] == []


async def test_very_long_passwords_are_judged_without_failing(api: Api, factory: Factory) -> None:
    me = await factory.user()
    long = "velvet lantern on the quay " * 7  # 189 characters
    result = data(await api.as_user(me, CHANGE, c=PASSWORD, n=long))
    assert result["changePassword"]["errors"] == []
    too_long = data(await api.as_user(me, CHANGE, c=PASSWORD, n="x" * 201))
    assert too_long["changePassword"]["errors"][0]["code"] == "TOO_LONG"

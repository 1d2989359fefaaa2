"""changePassword cannot be used to guess a password or to stall the server: wrong current
passwords are throttled per account, and argon2 runs off the event loop, a few at a time."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Literal

import pytest
from argon2 import PasswordHasher

from tandem.domain.identity import passwords
from tests.factories import PASSWORD, Factory
from tests.helpers import Api, data

CHANGE = """mutation($c: String!, $n: String!) {
    changePassword(input: {currentPassword: $c, newPassword: $n}) {
        retryAfterSeconds errors { field code message } } }"""
CHANGE_PLAIN = """mutation($c: String!, $n: String!) {
    changePassword(input: {currentPassword: $c, newPassword: $n}) { errors { code } } }"""
# Long enough for a slow machine; a working server never comes near it.
WAIT = 30


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, counting the passwords it checks."""

    def __init__(self) -> None:
        super().__init__()
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.verified += 1
        return super().verify(hash, password)


async def test_the_sixth_wrong_password_in_the_window_is_refused_unchecked(
    api: Api, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given someone holding a session (or token) who does not know the password
    me = await factory.user()
    hasher = CountingHasher()
    monkeypatch.setattr(passwords, "_hasher", hasher)
    # when they guess five times
    for n in range(5):
        result = data(await api.as_user(me, CHANGE, c=f"guess number {n}", n="a new phrase 2026"))
        assert result["changePassword"]["errors"][0]["code"] == "INVALID_PASSWORD"
    assert hasher.verified == 5
    # then the sixth guess — even the right password — is refused without being checked
    limited = data(await api.as_user(me, CHANGE, c=PASSWORD, n="a new phrase 2026"))
    payload = limited["changePassword"]
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("currentPassword", "RATE_LIMITED")
    ]
    assert payload["retryAfterSeconds"] > 0
    assert str(payload["retryAfterSeconds"]) in payload["errors"][0]["message"]
    assert hasher.verified == 5
    # and another person is not affected
    other = await factory.user()
    ok = data(await api.as_user(other, CHANGE, c=PASSWORD, n="a new phrase 2026"))
    assert ok["changePassword"]["errors"] == []


class GatedHasher(PasswordHasher):
    """The real hasher, whose checks wait at a gate the test opens: while they wait, what else
    does the server do? Records how many run at once."""

    def __init__(self, loop: asyncio.AbstractEventLoop, expect_inside: int) -> None:
        super().__init__()
        self.loop = loop
        self.gate = threading.Event()
        self.inside = 0
        self.most_inside = 0
        self.expect_inside = expect_inside
        self.full = asyncio.Event()
        self._lock = threading.Lock()

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        with self._lock:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
            if self.inside >= self.expect_inside:
                self.loop.call_soon_threadsafe(self.full.set)
        # On the event loop (the bug), this would hold everything: give up after a while so
        # the test fails instead of hanging.
        self.gate.wait(timeout=60)
        try:
            return super().verify(hash, password)
        finally:
            with self._lock:
                self.inside -= 1


async def test_other_requests_are_served_while_passwords_are_being_checked(
    api: Api, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given password checks that wait at a gate, as slow argon2 would
    limit = passwords.HASH_THREADS
    hasher = GatedHasher(asyncio.get_running_loop(), expect_inside=limit)
    monkeypatch.setattr(passwords, "_hasher", hasher)
    people = [await factory.user() for _ in range(limit + 2)]
    bystander = await factory.user("Bystander")
    for person in [*people, bystander]:
        await api.as_user(person, "{ viewer { id } }")  # tokens made before the gate closes
    events: list[str] = []

    async def change(person: Any) -> dict[str, Any]:
        result = data(await api.as_user(person, CHANGE_PLAIN, c=PASSWORD, n="another phrase 2026"))
        events.append("password changed")
        payload: dict[str, Any] = result["changePassword"]
        return payload

    # when several people change their password at once
    changes = [asyncio.create_task(change(p)) for p in people]
    await asyncio.wait_for(hasher.full.wait(), WAIT)
    # then someone else's request is answered while the checks are still running
    answer = data(await asyncio.wait_for(api.as_user(bystander, "{ viewer { name } }"), WAIT))
    events.append("bystander answered")
    assert answer == {"viewer": {"name": "Bystander"}}
    hasher.gate.set()
    results = await asyncio.wait_for(asyncio.gather(*changes), WAIT)
    assert all(r["errors"] == [] for r in results)
    assert events[0] == "bystander answered"
    # and never more than the limit of checks ran at once
    assert hasher.most_inside == limit

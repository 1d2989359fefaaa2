"""A live connection is re-checked when its credential would expire — a timer, not a poll: a
session used meanwhile (idle expiry moved on) waits for its new instant; an ended one closes."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from tandem.realtime.connections import CLOSE_UNAUTHORIZED, Credential, LiveConnections


class Socket:
    def __init__(self) -> None:
        self.closed = asyncio.Event()
        self.code: int | None = None

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        self.code = code
        self.closed.set()


async def test_a_used_session_waits_for_its_new_expiry_and_an_ended_one_closes() -> None:
    # given a connection whose session expires now; at the first check it has been used (its
    # idle expiry moved to now again), at the second it has ended
    connections = LiveConnections()
    socket = Socket()
    user = uuid.uuid4()
    connections.add(socket, Credential(user, session_id=uuid.uuid4()))
    answers: list[datetime | bool] = [datetime.now(UTC), False]
    checks = 0

    async def recheck() -> datetime | bool | None:
        nonlocal checks
        checks += 1
        return answers.pop(0)

    # when its expiry comes
    connections.expire_at(socket, datetime.now(UTC), recheck)
    await asyncio.wait_for(socket.closed.wait(), 30)
    # then it was checked twice, and closed as ended
    assert checks == 2
    assert socket.code == CLOSE_UNAUTHORIZED
    assert connections.count(user) == 0


async def test_a_connection_that_went_away_is_left_alone_by_its_old_timer() -> None:
    connections = LiveConnections()
    socket = Socket()
    user = uuid.uuid4()
    connections.add(socket, Credential(user, token_id=uuid.uuid4()))
    checked = asyncio.Event()

    async def recheck() -> datetime | bool | None:
        checked.set()
        return False

    connections.expire_at(socket, datetime.now(UTC), recheck)
    connections.remove(socket)
    # a later timer on another socket fires: by then the removed one's would have too
    other = Socket()
    connections.add(other, Credential(user, token_id=uuid.uuid4()))
    connections.expire_at(other, datetime.now(UTC), recheck)
    await asyncio.wait_for(other.closed.wait(), 30)
    assert socket.code is None

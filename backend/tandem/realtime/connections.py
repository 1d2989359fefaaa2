"""The live WebSocket connections of this process, by person, so they can be ended at once."""

from __future__ import annotations

import contextlib
import uuid
from collections import defaultdict
from typing import Protocol

# graphql-ws close code for "the credentials of this connection are no longer valid".
CLOSE_UNAUTHORIZED = 4401


class Closable(Protocol):
    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


class LiveConnections:
    def __init__(self) -> None:
        self._by_user: defaultdict[uuid.UUID, set[Closable]] = defaultdict(set)

    def add(self, user_id: uuid.UUID, socket: Closable) -> None:
        self._by_user[user_id].add(socket)

    def remove(self, socket: Closable) -> None:
        for user_id in [u for u, socks in self._by_user.items() if socket in socks]:
            self._by_user[user_id].discard(socket)
            if not self._by_user[user_id]:
                del self._by_user[user_id]

    def count(self, user_id: uuid.UUID) -> int:
        return len(self._by_user.get(user_id, ()))

    async def close_all(self, user_id: uuid.UUID, reason: str) -> None:
        for socket in list(self._by_user.pop(user_id, ())):
            with contextlib.suppress(Exception):
                await socket.close(CLOSE_UNAUTHORIZED, reason)

"""The live WebSocket connections of this process, by person and by the credential (session or
token) that opened them, so that ending a credential closes exactly its connections, and a
connection closes by itself when its credential expires."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

log = logging.getLogger("tandem.connections")

# graphql-ws close code for "the credentials of this connection are no longer valid".
CLOSE_UNAUTHORIZED = 4401
# "Try again later" (RFC 6455): the credential could not be checked just now.
CLOSE_TRY_LATER = 1013
CREDENTIALS_ENDED = "credentials ended"


class Closable(Protocol):
    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


@dataclass(frozen=True)
class Credential:
    """What a connection authenticated with: a browser session or a personal access token."""

    user_id: uuid.UUID
    session_id: uuid.UUID | None = None
    token_id: uuid.UUID | None = None


# Called when a connection's credential may have expired: the new expiry instant when it is
# still valid (it may have been used meanwhile), False when it has ended.
Recheck = Callable[[], Awaitable[datetime | bool | None]]


class LiveConnections:
    def __init__(self) -> None:
        self._credential: dict[Closable, Credential] = {}
        self._by_user: defaultdict[uuid.UUID, set[Closable]] = defaultdict(set)
        self._by_session: defaultdict[uuid.UUID, set[Closable]] = defaultdict(set)
        self._by_token: defaultdict[uuid.UUID, set[Closable]] = defaultdict(set)
        self._timers: dict[Closable, asyncio.TimerHandle] = {}

    def add(self, socket: Closable, credential: Credential) -> None:
        self._credential[socket] = credential
        self._by_user[credential.user_id].add(socket)
        if credential.session_id is not None:
            self._by_session[credential.session_id].add(socket)
        if credential.token_id is not None:
            self._by_token[credential.token_id].add(socket)

    def remove(self, socket: Closable) -> None:
        timer = self._timers.pop(socket, None)
        if timer is not None:
            timer.cancel()
        credential = self._credential.pop(socket, None)
        if credential is None:
            return
        _discard(self._by_user, credential.user_id, socket)
        if credential.session_id is not None:
            _discard(self._by_session, credential.session_id, socket)
        if credential.token_id is not None:
            _discard(self._by_token, credential.token_id, socket)

    def count(self, user_id: uuid.UUID) -> int:
        return len(self._by_user.get(user_id, ()))

    async def close_all(self, user_id: uuid.UUID, reason: str = CREDENTIALS_ENDED) -> None:
        """Close every connection of the person (deactivated)."""
        await self._close(list(self._by_user.get(user_id, ())), reason)

    async def close_credentials(
        self,
        session_ids: Iterable[uuid.UUID],
        token_ids: Iterable[uuid.UUID],
        reason: str = CREDENTIALS_ENDED,
    ) -> None:
        """Close the connections opened with these sessions or tokens."""
        sockets = [s for i in session_ids for s in self._by_session.get(i, ())]
        sockets += [s for i in token_ids for s in self._by_token.get(i, ())]
        await self._close(sockets, reason)

    async def close(
        self, socket: Closable, reason: str = CREDENTIALS_ENDED, code: int = CLOSE_UNAUTHORIZED
    ) -> None:
        await self._close([socket], reason, code)

    def expire_at(self, socket: Closable, when: datetime | None, recheck: Recheck) -> None:
        """Re-check the connection's credential at `when` (not before: a timer, no polling);
        close it if it has ended, else wait for its new expiry."""
        timer = self._timers.pop(socket, None)
        if timer is not None:
            timer.cancel()
        if when is None or socket not in self._credential:
            return
        delay = max(0.0, (when - datetime.now(UTC)).total_seconds())
        loop = asyncio.get_running_loop()
        self._timers[socket] = loop.call_later(delay, lambda: _spawn(self._expire(socket, recheck)))

    async def _expire(self, socket: Closable, recheck: Recheck) -> None:
        self._timers.pop(socket, None)
        if socket not in self._credential:
            return
        try:
            still = await recheck()
        except Exception:
            log.exception("could not re-check a connection's credential; closing it")
            await self.close(socket, "Try again later.", code=CLOSE_TRY_LATER)
            return
        if still is False:
            await self.close(socket)
        elif isinstance(still, datetime):
            self.expire_at(socket, still, recheck)

    async def _close(
        self, sockets: list[Closable], reason: str, code: int = CLOSE_UNAUTHORIZED
    ) -> None:
        for socket in dict.fromkeys(sockets):
            self.remove(socket)
            with contextlib.suppress(Exception):
                await socket.close(code, reason)


def _discard(
    index: defaultdict[uuid.UUID, set[Closable]], key: uuid.UUID, socket: Closable
) -> None:
    sockets = index.get(key)
    if sockets is not None:
        sockets.discard(socket)
        if not sockets:
            del index[key]


_background: set[asyncio.Task[None]] = set()


def _spawn(coroutine: Awaitable[None]) -> None:
    async def run() -> None:
        await coroutine

    task = asyncio.ensure_future(run())
    _background.add(task)
    task.add_done_callback(_background.discard)

"""Publish/subscribe between the API's processes: in memory (one process) or Redis."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

QUEUE_SIZE = 1000


class Broadcast:
    """In-process publish/subscribe. Subscribers get messages published after they joined."""

    def __init__(self) -> None:
        self._subscribers: defaultdict[str, set[asyncio.Queue[str]]] = defaultdict(set)

    async def connect(self) -> None:
        return None

    async def disconnect(self) -> None:
        return None

    async def publish(self, channel: str, message: str) -> None:
        self._deliver(channel, message)

    def _deliver(self, channel: str, message: str) -> None:
        for queue in list(self._subscribers.get(channel, ())):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(message)

    @contextlib.asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[AsyncIterator[str]]:
        """Messages published on any of `channels` after this returns, in one stream."""
        queue: asyncio.Queue[str] = asyncio.Queue(QUEUE_SIZE)
        joined: list[str] = []
        try:
            for channel in dict.fromkeys(channels):
                if not self._subscribers.get(channel):
                    await self._listen(channel)
                self._subscribers[channel].add(queue)
                joined.append(channel)
            yield _drain(queue)
        finally:
            for channel in joined:
                self._subscribers[channel].discard(queue)
                if not self._subscribers[channel]:
                    del self._subscribers[channel]
                    await self._unlisten(channel)

    def subscriber_count(self, channel: str) -> int:
        """How many streams of this process follow `channel` now (each counts once it listens)."""
        return len(self._subscribers.get(channel, ()))

    async def _listen(self, channel: str) -> None:
        return None

    async def _unlisten(self, channel: str) -> None:
        return None


async def _drain(queue: asyncio.Queue[str]) -> AsyncIterator[str]:
    while True:
        yield await queue.get()


class RedisBroadcast(Broadcast):
    """Redis pub/sub: one connection listens for this process and fans out locally."""

    def __init__(self, url: str) -> None:
        super().__init__()
        import redis.asyncio as redis

        self._redis: Any = redis.Redis.from_url(url)
        self._pubsub: Any = None
        self._reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        self._pubsub = self._redis.pubsub()
        self._reader = asyncio.create_task(self._read())

    async def disconnect(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        if self._pubsub is not None:
            await self._pubsub.aclose()
        await self._redis.aclose()

    async def publish(self, channel: str, message: str) -> None:
        await self._redis.publish(channel, message)

    async def _listen(self, channel: str) -> None:
        await self._pubsub.subscribe(channel)

    async def _unlisten(self, channel: str) -> None:
        await self._pubsub.unsubscribe(channel)

    async def _read(self) -> None:
        while True:
            if not self._pubsub.subscribed:
                await asyncio.sleep(0.05)
                continue
            message = await self._pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
            if message and message["type"] == "message":
                channel = message["channel"].decode()
                self._deliver(channel, message["data"].decode())


def create_broadcast(url: str) -> Broadcast:
    if url.startswith("memory://"):
        return Broadcast()
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisBroadcast(url)
    raise ValueError(f"BROADCAST_URL must be memory:// or redis://…, not {url!r}")


@functools.lru_cache(maxsize=1024)
def decoded(raw: str) -> Any:
    """A broadcast message, parsed once for all the subscribers it fans out to (they all get
    the same string). Callers only read it."""
    return json.loads(raw)

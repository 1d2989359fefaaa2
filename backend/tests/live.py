"""Real uvicorn servers of the app on loopback and a graphql-transport-ws handshake, for tests
that need real sockets."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from typing import Any

import uvicorn
import websockets
from websockets.typing import Subprotocol

from tandem.app import create_app
from tandem.db.engine import Database
from tandem.domain.oneonones.access import access_channel
from tandem.ids import uuid_of
from tandem.settings import Settings

PROTOCOL = Subprotocol("graphql-transport-ws")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Servers:
    """Real uvicorn servers of the app on loopback, each with its own Database (as separate
    processes would have), sharing one database and one broadcast URL."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.running: list[tuple[uvicorn.Server, asyncio.Task[None], Database]] = []

    async def start(self, broadcast_url: str = "memory://") -> str:
        port = free_port()
        settings = self.settings.model_copy(
            update={"public_url": f"http://127.0.0.1:{port}", "broadcast_url": broadcast_url}
        )
        db = Database(settings.database_url)
        app = create_app(settings, db)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.02)
        self.running.append((server, task, db))
        return f"127.0.0.1:{port}"

    async def until_subscribed(self, channel: str, streams: int = 1, server: int = 0) -> None:
        """Wait until a server (the first started, by default) holds `streams` live streams of
        the broadcast `channel`: what is published from then on reaches them."""
        app: Any = self.running[server][0].config.app
        while app.state.broadcast.subscriber_count(channel) < streams:
            await asyncio.sleep(0.01)

    async def until_following(self, meeting: str, streams: int) -> None:
        """Wait until the first server holds `streams` live streams of `meeting` (a global ID)."""
        await self.until_subscribed(
            access_channel(uuid_of("Meeting", meeting) or uuid.UUID(int=0)), streams
        )

    async def stop(self) -> None:
        for server, task, db in self.running:
            server.should_exit = True
            await task
            await db.dispose()


async def init(ws: websockets.ClientConnection, payload: dict[str, object]) -> dict[str, object]:
    await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
    message: dict[str, object] = json.loads(await asyncio.wait_for(ws.recv(), 5))
    return message

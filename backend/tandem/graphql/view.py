"""The ASGI GraphQL endpoint (HTTP and graphql-transport-ws) with our context and auth."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError

from tandem.auth.viewer import BadAuthorization, Viewer, authenticate, recheck
from tandem.clock import Clock
from tandem.db.engine import Database
from tandem.graphql.context import Context
from tandem.graphql.schema import schema
from tandem.graphql.sockets import LegacyWSHandler, TransportWSHandler
from tandem.realtime.broadcast import Broadcast
from tandem.realtime.connections import Credential, LiveConnections
from tandem.settings import Settings

log = logging.getLogger("tandem.graphql")

# "Try again later" (RFC 6455): the person has too many sockets open already. Clients such as
# graphql-ws retry it with backoff (4429 would stop them for good).
CLOSE_TRY_LATER = 1013


class TandemGraphQL(GraphQL[Context, None]):
    """`/graphql`: GraphQL over HTTP (POST; GET for queries) and WebSocket."""

    graphql_transport_ws_handler_class = TransportWSHandler
    graphql_ws_handler_class = LegacyWSHandler

    def __init__(
        self,
        *,
        db: Database,
        settings: Settings,
        broadcast: Broadcast,
        connections: LiveConnections,
        clock: Clock,
    ) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql",
            allowed_origins=[settings.public_url, *settings.allowed_origins],
            multipart_uploads_enabled=False,
            max_subscriptions_per_connection=50,
        )
        self.db = db
        self.settings = settings
        self.broadcast = broadcast
        self.connections = connections
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "websocket":
            # A client that went away mid-request needs no answer (and is no server error).
            with contextlib.suppress(ClientDisconnect):
                await super().__call__(scope, receive, send)
            return
        socket = WebSocket(scope, receive=receive, send=send)
        try:
            await self.run(socket)
        finally:
            self.connections.remove(socket)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket | None = None
    ) -> Context:
        viewer: Viewer | None = None
        problem: str | None = None
        if isinstance(request, Request):
            viewer, problem = await self._authenticate(
                request.headers.get("authorization"), request.cookies
            )
        return Context(
            request=request,
            response=response,
            db=self.db,
            settings=self.settings,
            broadcast=self.broadcast,
            connections=self.connections,
            viewer=viewer,
            clock=self.clock,
            auth_problem=problem,
        )

    async def _authenticate(
        self, authorization: str | None, cookies: Mapping[str, str]
    ) -> tuple[Viewer | None, str | None]:
        try:
            viewer = await authenticate(
                self.db, self.settings, authorization=authorization, cookies=cookies
            )
        except BadAuthorization as exc:
            return None, f"Bad Authorization header: {exc}."
        if viewer is None and (authorization or cookies.get("tandem_session")):
            return None, "These credentials are not valid (expired, revoked or signed out)."
        return viewer, None

    async def on_ws_connect(self, context: Context) -> Any:
        """Authenticate the socket: `Authorization` in connection_init's payload, or the
        session cookie of the handshake. Refused sockets close with 4403. The socket is then
        known by its credential: it closes (4401) when that ends or expires."""
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        raw = params.get("Authorization") or params.get("authorization")
        socket = context.request
        assert isinstance(socket, WebSocket)
        viewer, problem = await self._authenticate(
            raw if isinstance(raw, str) else None, socket.cookies
        )
        if viewer is None:
            raise ConnectionRejectionError({"message": problem or "Sign in first."})
        cap = self.settings.max_sockets_per_user
        if self.connections.count(viewer.user_id) >= cap:
            # Checked and counted with no await between: a burst cannot slip past the cap.
            await socket.close(
                CLOSE_TRY_LATER, f"Too many open connections: at most {cap} per person."
            )
            raise ConnectionRejectionError({"message": "Too many open connections."})
        context.viewer = viewer
        self.connections.add(socket, Credential(viewer.user_id, viewer.session_id, viewer.token_id))
        self._expire_at(context, viewer)
        return None

    async def credential_still_valid(self, context: Context) -> bool:
        """Before each operation of a socket: is its credential still good? Refreshes the
        viewer (admin rights, forced password change) and the expiry timer; closes the socket
        (4401) and answers False when the credential has ended."""
        socket = context.request
        viewer = context.viewer
        if viewer is None or not isinstance(socket, WebSocket):
            return True
        try:
            fresh = await recheck(self.db, self.settings, viewer)
        except Exception:
            log.exception("could not re-check a socket's credential")
            await self.connections.close(socket, "Try again later.", code=CLOSE_TRY_LATER)
            return False
        if fresh is None:
            await self.connections.close(socket)
            return False
        context.viewer = fresh
        self._expire_at(context, fresh)
        return True

    def _expire_at(self, context: Context, viewer: Viewer) -> None:
        async def still_valid() -> datetime | bool | None:
            current = context.viewer
            fresh = await recheck(self.db, self.settings, current) if current else None
            if fresh is None:
                return False
            context.viewer = fresh
            return fresh.expires_at

        socket = context.request
        assert isinstance(socket, WebSocket)
        self.connections.expire_at(socket, viewer.expires_at, still_valid)

    async def render_graphql_ide(self, request: Request) -> Response:
        page = self.settings.spa_dir / "graphiql.html"
        if not page.is_file():
            return PlainTextResponse(
                "The GraphQL IDE is not built: run `make build`.", status_code=404
            )
        return HTMLResponse(page.read_text())

"""The ASGI GraphQL endpoint (HTTP and graphql-transport-ws) with our context and auth."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from cross_web import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError

from tandem.auth.viewer import BadAuthorization, Viewer, authenticate, recheck
from tandem.clock import Clock
from tandem.db.engine import Database
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, http_error_body
from tandem.graphql.schema import schema
from tandem.graphql.sockets import LegacyWSHandler, TransportWSHandler
from tandem.realtime.broadcast import Broadcast
from tandem.realtime.connections import Credential, LiveConnections
from tandem.settings import Settings

log = logging.getLogger("tandem.graphql")
CONNECTION_INIT_WAIT = timedelta(seconds=3)
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
            # graphql-ws's own server waits 3 s: a socket that never says who it is goes.
            connection_init_wait_timeout=CONNECTION_INIT_WAIT,
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
                await self._answer_http(scope, receive, send)
            return
        socket = WebSocket(scope, receive=receive, send=send)
        try:
            await self.run(socket)
        finally:
            self.connections.remove(socket)

    async def _answer_http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Like strawberry's, but a request refused before any GraphQL runs is answered the
        GraphQL-over-HTTP way: `{"errors": [{message, extensions: {code}}]}` with its status."""
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as exc:
            response = JSONResponse(
                http_error_body(exc.status_code, exc.reason), status_code=exc.status_code
            )
        await response(scope, receive, send)

    def parse_json(self, data: str | bytes) -> Any:
        try:
            return self.decode_json(data)
        except json.JSONDecodeError as exc:
            raise HTTPException(400, exc.msg) from exc

    def decode_json(self, data: str | bytes) -> object:
        """A request body, GET `variables`/`extensions` or a WebSocket message: strict UTF-8,
        JSON of a sane depth, an object (or a list, which the batching check refuses). Anything
        else is a JSONDecodeError: HTTP answers 400, a socket closes with 4400."""
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise json.JSONDecodeError("The body is not valid UTF-8.", "", 0) from exc
        try:
            value = json.loads(data)
        except RecursionError as exc:
            raise json.JSONDecodeError("The JSON is nested too deeply.", "", 0) from exc
        except json.JSONDecodeError as exc:
            raise json.JSONDecodeError(f"The body is not valid JSON: {exc}.", "", 0) from exc
        if not isinstance(value, dict | list):
            raise json.JSONDecodeError(
                'Send a JSON object: {"query": "…", "variables": {…}, "operationName": …}.', "", 0
            )
        return value

    def encode_json(self, data: object) -> str | bytes:
        """Every answer (an HTTP result, a socket's `next`) is capped at MAX_RESPONSE_BYTES:
        a larger one is replaced by a RESPONSE_TOO_LARGE error, never sent."""
        encoded = super().encode_json(data)
        limit = self.settings.max_response_bytes
        if len(encoded) <= limit or not isinstance(data, dict):
            return encoded
        error = {
            "message": f"The answer is {len(encoded)} bytes, over the {limit} byte limit: ask "
            "for less (fewer items or ids, smaller pages) or split the operation.",
            "extensions": {
                "code": Code.RESPONSE_TOO_LARGE.value,
                "size": len(encoded),
                "limit": limit,
            },
        }
        log.warning("an answer of %d bytes was over the %d byte limit", len(encoded), limit)
        if data.get("type") == "next":
            return super().encode_json({**data, "payload": {"data": None, "errors": [error]}})
        if "data" in data or "errors" in data:
            refused = {"data": None, "errors": [error]}
            if "extensions" in data:
                refused["extensions"] = data["extensions"]
            return super().encode_json(refused)
        return encoded

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

"""The Starlette application: /graphql, /auth/*, /healthz and the SPA, plus background work."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tandem.auth.routes import routes as auth_routes
from tandem.auth.viewer import session_policy
from tandem.clock import Clock
from tandem.db import leases
from tandem.db.engine import Database
from tandem.db.events import Event
from tandem.domain.identity.credentials import CREDENTIALS_ENDED
from tandem.domain.identity.sessions import purge_expired
from tandem.domain.oneonones.announce import Announcer
from tandem.domain.oneonones.schedule import run_schedule
from tandem.domain.oneonones.templates import ensure_builtin_templates
from tandem.domain.people.service import USER_DEACTIVATED
from tandem.graphql.errors import http_error_body
from tandem.graphql.view import TandemGraphQL
from tandem.http.calendar import routes as calendar_routes
from tandem.mail.outbox import OUTBOX_EVENT
from tandem.mail.sender import SmtpConfig, deliver_due
from tandem.realtime.broadcast import Broadcast, create_broadcast
from tandem.realtime.connections import LiveConnections
from tandem.settings import Settings, get_settings

log = logging.getLogger("tandem")
EVENTS_CHANNEL = "tandem:events"


class BodyLimit:
    """Refuse request bodies over the cap with 413, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse(
            http_error_body(413, f"The request body is over the {self.max_bytes} byte limit."),
            status_code=413,
        )
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


class SecurityHeaders:
    """Headers every response carries."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in (
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (
                        b"content-security-policy",
                        b"default-src 'self'; style-src 'self' 'unsafe-inline'; "
                        b"img-src 'self' data:; frame-ancestors 'none'",
                    ),
                ):
                    if key not in present:
                        headers.append((key, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None, db: Database | None = None) -> Starlette:
    settings = settings or get_settings()
    database = db or Database(settings.database_url)
    broadcast = create_broadcast(settings.broadcast_url)
    connections = LiveConnections()
    clock = Clock(settings.frozen_now)

    mail_due = asyncio.Event()

    async def publish(event: Event) -> None:
        if event.topic == OUTBOX_EVENT:
            mail_due.set()  # this process sends it at once; others poll
            return
        await broadcast.publish(
            event.channel or EVENTS_CHANNEL,
            json.dumps({"topic": event.topic, "payload": event.payload}),
        )

    database.publisher = publish

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            await broadcast.connect()
            stack.push_async_callback(broadcast.disconnect)
            if db is None:
                stack.push_async_callback(database.dispose)
            ready = asyncio.Event()
            follower = asyncio.create_task(_follow_events(broadcast, connections, ready))
            stack.push_async_callback(_cancel, follower)
            housekeeping = asyncio.create_task(_housekeeping(database, settings))
            stack.push_async_callback(_cancel, housekeeping)
            async with database.write() as session:
                await ensure_builtin_templates(session)
            # Close what is due and extend horizons before serving (also after downtime). A
            # failure is logged and the server starts anyway: the scheduler runs again shortly.
            try:
                await run_scheduler_once(database, clock, settings)
            except Exception:
                log.exception("the meeting scheduler failed at start-up; serving anyway")
            scheduler = asyncio.create_task(_scheduler(database, clock, settings))
            stack.push_async_callback(_cancel, scheduler)
            mail_stop = asyncio.Event()
            mailer = asyncio.create_task(_mailer(database, settings, mail_due, mail_stop))
            stack.push_async_callback(_finish_mail, mailer, mail_stop, mail_due)
            await ready.wait()
            yield

    graphql = TandemGraphQL(
        db=database, settings=settings, broadcast=broadcast, connections=connections, clock=clock
    )

    async def healthz(_: Request) -> Response:
        try:
            async with database.read() as session:
                await session.execute(text("SELECT 1"))
        except Exception:
            log.exception("health check: the database does not answer")
            return JSONResponse({"status": "unavailable", "database": "down"}, 503)
        return JSONResponse({"status": "ok"})

    routes = [
        Route("/healthz", healthz),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *auth_routes,
        *calendar_routes,
        *_spa_routes(settings),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(BodyLimit, max_bytes=settings.max_body_bytes),
        ],
    )
    app.state.db = database
    app.state.settings = settings
    app.state.broadcast = broadcast
    app.state.connections = connections
    app.state.clock = clock
    # What exists now lives as long as the process: keep it out of every later full garbage
    # collection, which then walks only what was made since (shorter pauses of the event loop).
    gc.collect()
    gc.freeze()
    return app


HOUSEKEEPING_EVERY_SECONDS = 3600
SCHEDULER_LEASE = "meeting-scheduler"
REPLICA = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def run_scheduler_once(db: Database, clock: Clock, settings: Settings) -> bool:
    """Close due meetings, keep every series' horizon, send reminders — on one replica at a
    time."""
    now = clock.now()
    if not await leases.acquire(db, SCHEDULER_LEASE, REPLICA, now, timedelta(minutes=5)):
        return False
    # Each job on its own: one failing (each isolates its meetings already) stops not the other.
    try:
        async with db.write() as session:
            await run_schedule(session, now)
    except Exception:
        log.exception("closing meetings and keeping horizons failed; it runs again shortly")
    async with db.write() as session:
        await Announcer(settings.public_url).send_reminders(session, now)
    return True


async def _scheduler(db: Database, clock: Clock, settings: Settings) -> None:
    while True:
        await asyncio.sleep(settings.job_interval_seconds)
        try:
            await run_scheduler_once(db, clock, settings)
        except Exception:
            log.exception("the meeting scheduler failed; it runs again shortly")


async def _mailer(
    db: Database, settings: Settings, wake: asyncio.Event, stop: asyncio.Event
) -> None:
    """Deliver the outbox while SMTP is configured; without it, email waits in the outbox.
    Mail runs on real time (not the settings' clock): delivery is plumbing, not business."""
    if not settings.smtp_url:
        log.info("SMTP_URL is not set: email stays queued in the outbox")
        return
    config = SmtpConfig(settings.smtp_url, settings.mail_from)
    while not stop.is_set():
        try:
            await deliver_due(db, config, datetime.now(UTC), stop)
        except Exception:
            log.exception("delivering email failed; trying again shortly")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), settings.mail_poll_seconds)
        wake.clear()


# At shutdown the mailer finishes the message at hand (and records it as sent) for this long
# before it is cancelled: a message cut off between sending and recording would go out twice.
MAIL_SHUTDOWN_GRACE_SECONDS = 15


async def _finish_mail(task: asyncio.Task[None], stop: asyncio.Event, wake: asyncio.Event) -> None:
    stop.set()
    wake.set()
    try:
        await asyncio.wait_for(asyncio.shield(task), MAIL_SHUTDOWN_GRACE_SECONDS)
    except TimeoutError:
        log.warning("the mailer did not finish in time; stopping it")
        await _cancel(task)


async def _housekeeping(db: Database, settings: Settings) -> None:
    """Forget expired sessions and old sign-in attempts, now and every hour. Idempotent, so
    replicas doing it at once is harmless."""
    while True:
        try:
            async with db.write() as session:
                await purge_expired(session, session_policy(settings))
        except Exception:
            log.exception("housekeeping failed")
        await asyncio.sleep(HOUSEKEEPING_EVERY_SECONDS)


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _follow_events(
    broadcast: Broadcast, connections: LiveConnections, ready: asyncio.Event
) -> None:
    """End live connections whose credentials ended (signed out, password changed or reset,
    token revoked) or whose person was deactivated, on whichever process holds them."""
    async with broadcast.subscribe(EVENTS_CHANNEL) as messages:
        ready.set()
        async for raw in messages:
            try:
                message = json.loads(raw)
                payload = message["payload"]
                if message["topic"] == USER_DEACTIVATED:
                    await connections.close_all(uuid.UUID(payload["user_id"]))
                elif message["topic"] == CREDENTIALS_ENDED:
                    await connections.close_credentials(
                        [uuid.UUID(i) for i in payload["session_ids"]],
                        [uuid.UUID(i) for i in payload["token_ids"]],
                    )
            except Exception:
                log.exception("could not handle event %r", raw)


def _spa_routes(settings: Settings) -> list[Route | Mount]:
    """The built SPA: hashed assets, its top-level files, and index.html for every other path
    (client-side routing)."""
    spa = settings.spa_dir.resolve()
    index = spa / "index.html"

    async def spa_page(request: Request) -> Response:
        path = request.path_params.get("path", "")
        candidate = (spa / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(spa):
            return FileResponse(candidate)
        if not index.is_file():
            return PlainTextResponse(
                "The SPA is not built: run `make run` (or `make build`).", status_code=503
            )
        return FileResponse(index, headers={"cache-control": "no-cache"})

    return [
        Mount(
            "/assets",
            StaticFiles(directory=spa / "assets", check_dir=False),
            name="assets",
        ),
        Route("/{path:path}", spa_page, methods=["GET", "HEAD"]),
    ]

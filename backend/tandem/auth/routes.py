"""`/auth/sign-in` and `/auth/sign-out` for the SPA: JSON in, session cookies out."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tandem.auth.devices import device_secret, remember_device
from tandem.auth.http import error as _error
from tandem.auth.http import json_fields
from tandem.auth.links import routes as link_routes
from tandem.auth.viewer import (
    CSRF_COOKIE,
    CSRF_HEADER,
    SESSION_COOKIE,
    BadAuthorization,
    authenticate,
    session_policy,
)
from tandem.db.engine import Database
from tandem.domain.identity import sessions, signin
from tandem.ids import to_global_id
from tandem.settings import Settings


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def sign_in(request: Request) -> Response:
    db: Database = request.app.state.db
    settings: Settings = request.app.state.settings
    body = await json_fields(request, "email", "password")
    if isinstance(body, JSONResponse):
        return body
    email = body["email"][:320]
    result = await signin.sign_in(
        db,
        session_policy(settings),
        email=email,
        password=body["password"][:1000],
        ip=client_ip(request),
        user_agent=request.headers.get("user-agent", ""),
        device_secret=device_secret(request, email),
    )
    if isinstance(result, signin.RateLimited):
        return _error(
            429,
            "RATE_LIMITED",
            f"Too many failed sign-ins. Try again in {result.retry_after_seconds} seconds.",
            **{"Retry-After": str(result.retry_after_seconds)},
        )
    if isinstance(result, signin.BadCredentials):
        return _error(401, "INVALID_CREDENTIALS", "The email or password is not right.")
    response = JSONResponse(
        {
            "user": {
                "id": to_global_id("User", result.user.id),
                "name": result.user.name,
                "email": result.user.email,
            },
            "mustChangePassword": result.user.must_change_password,
        }
    )
    max_age = settings.session_ttl_hours * 3600
    response.set_cookie(
        SESSION_COOKIE,
        result.secret,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        path="/",
    )
    response.set_cookie(
        CSRF_COOKIE,
        result.session.csrf_token,
        max_age=max_age,
        httponly=False,
        samesite="lax",
        secure=settings.secure_cookies,
        path="/",
    )
    remember_device(response, settings, result.user.email, result.device_secret)
    return response


async def sign_out(request: Request) -> Response:
    db: Database = request.app.state.db
    settings: Settings = request.app.state.settings
    try:
        viewer = await authenticate(db, settings, authorization=None, cookies=request.cookies)
    except BadAuthorization:
        viewer = None
    if viewer is not None and viewer.session_id is not None:
        if not csrf_ok(request.headers.get(CSRF_HEADER), viewer.csrf_token):
            return _error(403, "FORBIDDEN", "Missing or wrong X-CSRF-Token header.")
        async with db.write() as session:
            await sessions.sign_out(session, viewer.session_id)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")
    return response


def csrf_ok(sent: str | None, expected: str | None) -> bool:
    return bool(sent and expected and secrets.compare_digest(sent, expected))


routes = [
    Route("/auth/sign-in", sign_in, methods=["POST"]),
    Route("/auth/sign-out", sign_out, methods=["POST"]),
    *link_routes,
]

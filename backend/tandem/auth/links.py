"""The pages behind emailed links post here, signed in or not: `/auth/reset-password` sets a
new password after an admin's reset, `/auth/confirm-email` confirms a new email address. The
link's secret is the credential; each works once and expires."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tandem.auth.http import error, json_fields
from tandem.db.engine import Database
from tandem.domain.errors import Invalid
from tandem.domain.identity import accounts
from tandem.domain.identity.links import LinkInvalid
from tandem.domain.people import service as people

LINK_INVALID = (
    "This link has expired or was already used. Ask your administrator to send a new one."
)


def _invalid(exc: Invalid) -> JSONResponse:
    first = exc.errors[0]
    return error(400, first.code.value, first.message)


async def reset_password(request: Request) -> Response:
    db: Database = request.app.state.db
    body = await json_fields(request, "token", "password")
    if isinstance(body, JSONResponse):
        return body
    try:
        await accounts.reset_with_link(db, body["token"][:200], body["password"][:1000])
    except LinkInvalid:
        return error(400, "LINK_INVALID", LINK_INVALID)
    except Invalid as exc:
        return _invalid(exc)
    return Response(status_code=204)


async def confirm_email(request: Request) -> Response:
    db: Database = request.app.state.db
    body = await json_fields(request, "token")
    if isinstance(body, JSONResponse):
        return body
    try:
        async with db.write() as session:
            user = await people.confirm_email(session, body["token"][:200])
    except LinkInvalid:
        return error(400, "LINK_INVALID", LINK_INVALID)
    except Invalid as exc:
        return _invalid(exc)
    return JSONResponse({"email": user.email})


routes = [
    Route("/auth/reset-password", reset_password, methods=["POST"]),
    Route("/auth/confirm-email", confirm_email, methods=["POST"]),
]

"""Small JSON helpers of the /auth endpoints."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse


def error(status: int, code: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers=headers)


async def json_fields(request: Request, *names: str) -> dict[str, str] | JSONResponse:
    """The string fields `names` of a JSON object body, or the error answer to send."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return error(415, "UNSUPPORTED_MEDIA_TYPE", "Send JSON (application/json).")
    try:
        body: Any = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return error(400, "BAD_REQUEST", "The body is not valid JSON.")
    if not isinstance(body, dict) or not all(isinstance(body.get(n), str) for n in names):
        shape = ", ".join(f'"{n}": "…"' for n in names)
        return error(400, "BAD_REQUEST", f"Send {{{shape}}}.")
    return {n: body[n] for n in names}

"""The known-device cookie: one per account a browser signed in to, sent only to /auth."""

from __future__ import annotations

import hashlib

from starlette.requests import Request
from starlette.responses import Response

from tandem.domain.people.rules import email_key
from tandem.settings import Settings

DEVICE_COOKIE = "tandem_device"


def device_cookie_name(email: str) -> str:
    """Per account, so a browser shared by two people is a known device of both."""
    return f"{DEVICE_COOKIE}_{hashlib.sha256(email_key(email).encode()).hexdigest()[:16]}"


def device_secret(request: Request, email: str) -> str | None:
    return request.cookies.get(device_cookie_name(email))


def remember_device(response: Response, settings: Settings, email: str, secret: str) -> None:
    response.set_cookie(
        device_cookie_name(email),
        secret,
        max_age=settings.known_device_days * 86400,
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies,
        path="/auth",
    )

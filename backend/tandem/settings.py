"""Typed settings, read from the environment (and an optional `.env` file)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BACKEND_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BACKEND_DIR.parent


class Settings(BaseSettings):
    """Every setting of the API. Each one can be set by the environment variable of its name."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = Field(
        default=f"sqlite+aiosqlite:///{BACKEND_DIR / 'var' / 'tandem.db'}",
        description="SQLAlchemy URL: sqlite+aiosqlite:///path or postgresql+asyncpg://…",
    )
    broadcast_url: str = Field(
        default="memory://",
        description="memory:// (one process) or redis://host:port/db (several processes)",
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Where people reach Tandem; used for links and the allowed Origin.",
    )
    allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Extra origins allowed to open WebSockets (intranet widgets).",
    )
    spa_dir: Path = Field(
        default=REPO_DIR / "frontend" / "dist",
        description="The built SPA served at /.",
    )
    secure_cookies: bool = Field(
        default=False, description="Mark cookies Secure (set true behind HTTPS)."
    )
    session_ttl_hours: int = Field(default=24 * 14, ge=1, description="Absolute session lifetime.")
    session_idle_hours: int = Field(
        default=24 * 3, ge=1, description="A session unused this long expires."
    )
    sign_in_max_failures_per_account: int = Field(
        default=50,
        ge=1,
        description="Failed sign-ins per account from unknown browsers, any address, in the "
        "window (guessing from many addresses); known devices are never held back by it.",
    )
    sign_in_max_failures_per_ip: int = Field(default=30, ge=1)
    sign_in_window_minutes: int = Field(default=15, ge=1)
    sign_in_max_failures_per_client: int = Field(
        default=5,
        ge=1,
        description="Failed sign-ins per account and address, and per known device, in the window.",
    )
    known_device_days: int = Field(
        default=180,
        ge=1,
        description="How long a browser that signed in stays a known device of the account.",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses or networks of the proxies whose X-Forwarded-For and "
        "X-Forwarded-Proto `tandem serve` believes (comma-separated); none by default.",
    )
    max_sockets_per_user: int = Field(
        default=20,
        ge=1,
        description="Open WebSockets per person on one API process; the next is refused "
        "(close code 1013, try again later).",
    )
    password_change_max_failures: int = Field(
        default=5,
        ge=1,
        description="Wrong current passwords per account and window before changePassword "
        "refuses unchecked.",
    )
    password_reset_link_hours: int = Field(
        default=24, ge=1, le=24 * 7, description="How long a password reset link works."
    )
    invitation_link_hours: int = Field(
        default=24 * 7,
        ge=1,
        le=24 * 30,
        description="How long the link a new person gets to choose their password works.",
    )
    email_confirmation_link_hours: int = Field(
        default=72, ge=1, le=24 * 30, description="How long a new email's confirmation link works."
    )
    max_body_bytes: int = Field(default=1_000_000, ge=1024, description="Request body cap.")
    max_query_cost: int = Field(
        default=25_000,
        ge=100,
        description="The most one GraphQL operation may cost (docs/api.md: Limits).",
    )
    max_response_bytes: int = Field(
        default=10_000_000,
        ge=10_000,
        description="The largest GraphQL answer sent; a larger one is refused with an error.",
    )
    introspection_public: bool = Field(
        default=False,
        description="Answer introspection (__schema, __type) without signing in.",
    )
    log_level: str = Field(default="info")
    frozen_now: datetime | None = Field(
        default=None,
        description="Make the app believe it is always this instant (tests, demos).",
    )
    smtp_url: str | None = Field(
        default=None,
        description="smtp://user:pass@host:port (STARTTLS when offered), smtps://… (TLS), or "
        "unset: email stays queued in the outbox until it is set.",
    )
    mail_from: str = Field(
        default="Tandem <tandem@localhost>", description="The From address of Tandem's email."
    )
    mail_poll_seconds: float = Field(
        default=5, gt=0, description="How often the outbox is checked for email due."
    )
    job_interval_seconds: float = Field(
        default=60, gt=0, description="How often background jobs (meeting closing) run."
    )

    @field_validator("allowed_origins", "trusted_proxies", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()

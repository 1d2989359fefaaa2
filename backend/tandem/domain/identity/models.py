"""Browser sessions, personal access tokens, the sign-in attempt log, emailed links and the
audit table."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, new_id, new_ordered_id, utcnow


class AuthSession(Base):
    """A signed-in browser. The cookie holds a secret; only its SHA-256 is stored."""

    __tablename__ = "auth_sessions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_agent: Mapped[str] = mapped_column(String(300), default="")


class PersonalAccessToken(Base):
    """A token for programs, scoped `read` or `write`. Only its SHA-256 is stored."""

    __tablename__ = "personal_access_tokens"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(8))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The credential that created it (None: the operator's CLI). A token minted by a session or
    # a token dies with it when that credential is ended as possibly stolen (password change,
    # admin reset, sign-out everywhere, revocation): a locked-out attacker keeps nothing.
    minted_by_session_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)
    minted_by_token_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)


class SignInAttempt(Base):
    """One password check — a sign-in, or the current password of a password change — kept for
    rate limiting. Recorded as failed before the password is checked, and marked succeeded
    after, so attempts racing each other all count."""

    __tablename__ = "sign_in_attempts"
    __table_args__ = (
        Index("ix_sign_in_attempts_email_key_at", "email_key", "at"),
        Index("ix_sign_in_attempts_ip_at", "ip", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # "sign_in" or "change_password".
    purpose: Mapped[str] = mapped_column(String(16), default="sign_in", server_default="sign_in")
    email_key: Mapped[str] = mapped_column(String(320))
    ip: Mapped[str] = mapped_column(String(64))
    # The known device it came from, if any: a known device is throttled on its own.
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class KnownDevice(Base):
    """A browser that signed in to this account before (OWASP's device cookie): failed
    sign-ins elsewhere never lock it out. Its cookie holds a secret; only its SHA-256 is
    stored."""

    __tablename__ = "known_devices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class AccountLink(Base):
    """A single-use, expiring link emailed to a person: to set a new password after an
    admin's reset, or to confirm a new email address. Only its SHA-256 is stored."""

    __tablename__ = "account_links"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The address to confirm (email changes only).
    new_email: Mapped[str | None] = mapped_column(String(320), default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Used, or replaced by a newer link: either way it no longer works.
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class AuditEvent(Base):
    """Something done to an account: who (None: the operator's CLI), what, to whom, when, and
    details that are never secret."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_subject_id_at", "subject_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_ordered_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), index=True, default=None
    )
    action: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

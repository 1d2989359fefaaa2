"""Notifications, per-kind preferences, and per-person notification settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, new_id, utcnow


class NotificationKind(StrEnum):
    INVITATION = "INVITATION"
    SERIES_UPDATED = "SERIES_UPDATED"
    RESCHEDULED = "RESCHEDULED"
    CANCELLED = "CANCELLED"
    REMINDER = "REMINDER"
    AGENDA_UPDATED = "AGENDA_UPDATED"
    MENTIONED = "MENTIONED"


# What a person gets until they choose otherwise: (in app, by email).
DEFAULTS: dict[NotificationKind, tuple[bool, bool]] = {
    NotificationKind.INVITATION: (True, True),
    NotificationKind.SERIES_UPDATED: (True, True),
    NotificationKind.RESCHEDULED: (True, True),
    NotificationKind.CANCELLED: (True, True),
    NotificationKind.REMINDER: (True, True),
    NotificationKind.AGENDA_UPDATED: (True, False),
    NotificationKind.MENTIONED: (True, True),
}
DEFAULT_REMINDER_MINUTES = 24 * 60


class Notification(Base):
    """Something that happened that a person should know, shown in their notification centre."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_id_created_at", "user_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(String(2000), default="")
    # Path in the app, e.g. /meetings/<id>
    link: Mapped[str] = mapped_column(String(500), default="")
    actor_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    # Makes a notification happen once (a reminder per meeting and time, hourly batches).
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class NotificationPreference(Base):
    """A person's choice for one kind: in the app, by email, both or neither."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    in_app: Mapped[bool] = mapped_column(Boolean)
    email: Mapped[bool] = mapped_column(Boolean)


class NotificationSettings(Base):
    """Per person: how long before a meeting to remind, and the secret calendar feed token."""

    __tablename__ = "notification_settings"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    # None: no reminders.
    reminder_minutes: Mapped[int | None] = mapped_column(Integer, default=DEFAULT_REMINDER_MINUTES)
    # A capability: whoever has the feed URL reads the person's meeting times and titles.
    calendar_feed_token: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)

"""1:1 series, their participants and meetings, and talking-point templates."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, new_id, utcnow


class SeriesStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    # A participant left: nothing is scheduled any more; history stays readable by both.
    ENDED = "ENDED"


class MeetingStatus(StrEnum):
    UPCOMING = "UPCOMING"
    COMPLETED = "COMPLETED"
    MISSED = "MISSED"
    CANCELLED = "CANCELLED"


class TemplateKind(StrEnum):
    BUILTIN = "BUILTIN"
    ORGANISATION = "ORGANISATION"
    PERSONAL = "PERSONAL"


class Template(Base):
    """Talking points in sections that seed a meeting's agenda."""

    __tablename__ = "templates"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(String(1000), default="")
    kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True, default=None
    )
    one_time: Mapped[bool] = mapped_column(Boolean, default=False)
    # [{"title": str, "prompts": [str, ...]}, ...]
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class OneOnOne(Base):
    """A series of 1:1 meetings between two people, with the rule in force for its future."""

    __tablename__ = "one_on_ones"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=SeriesStatus.ACTIVE.value)
    # The rule: occurrence n starts at recurrence.local_start(anchor, n) in `timezone`.
    timezone: Mapped[str] = mapped_column(String(64))
    frequency: Mapped[str] = mapped_column(String(16))
    anchor_local: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("templates.id", ondelete="SET NULL"), default=None
    )
    # Bumped by every series edit; meetings remember the version and index they came from.
    rule_version: Mapped[int] = mapped_column(Integer, default=1)
    # Rises with every change people's calendars must hear about (iCalendar SEQUENCE).
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Highest occurrence index of the current rule that has a meeting row (-1: none yet).
    generated_through: Mapped[int] = mapped_column(Integer, default=-1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Participant(Base):
    """One of the two people of a 1:1. Rows stay after leaving: history stays readable."""

    __tablename__ = "one_on_one_participants"

    one_on_one_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("one_on_ones.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id"), primary_key=True, index=True
    )
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Meeting(Base):
    """One occurrence of a 1:1."""

    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("one_on_one_id", "rule_version", "occurrence_index"),
        Index("ix_meetings_status_ends_at", "status", "ends_at"),
        Index("ix_meetings_one_on_one_id_starts_at", "one_on_one_id", "starts_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    one_on_one_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("one_on_ones.id", ondelete="CASCADE")
    )
    rule_version: Mapped[int] = mapped_column(Integer)
    occurrence_index: Mapped[int] = mapped_column(Integer)
    # Where the rule put it (its recurrence ID); `starts_at` differs once rescheduled.
    scheduled_start: Mapped[datetime] = mapped_column(UTCDateTime)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.UPCOMING.value)
    # None: the series' title. Set when this meeting alone was retitled.
    title: Mapped[str | None] = mapped_column(String(200), default=None)
    details: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("templates.id", ondelete="SET NULL"), default=None
    )
    rescheduled: Mapped[bool] = mapped_column(Boolean, default=False)
    # When something was last written in the meeting (agenda, notes, details).
    activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

"""An action item belongs to its 1:1 (it outlives the meeting it was agreed in)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, new_ordered_id, utcnow


class ActionItem(Base):
    __tablename__ = "action_items"
    __table_args__ = (
        Index("ix_action_items_one_on_one_id_done_at", "one_on_one_id", "done_at"),
        Index("ix_action_items_assignee_id_done_at", "assignee_id", "done_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_ordered_id)
    one_on_one_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("one_on_ones.id", ondelete="CASCADE")
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="SET NULL"), default=None, index=True
    )
    talking_point_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("talking_points.id", ondelete="SET NULL"), default=None
    )
    title: Mapped[str] = mapped_column(String(500))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    done_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )

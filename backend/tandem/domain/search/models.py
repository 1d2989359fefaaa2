"""One searchable text (a talking point, the shared notes of a meeting, someone's private
notes, a comment, an action item), kept by the domain as it writes. The database's full-text
index (SQLite FTS5, PostgreSQL tsvector) is built over `body` by the migration."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, utcnow


class SearchEntry(Base):
    __tablename__ = "search_entries"
    __table_args__ = (
        UniqueConstraint("kind", "ref_id"),
        Index("ix_search_entries_one_on_one_id", "one_on_one_id"),
    )

    # An integer key: SQLite's FTS5 index refers to rows by it.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    one_on_one_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("one_on_ones.id", ondelete="CASCADE")
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="CASCADE"), default=None
    )
    # Set for what only its author may find (private notes and talking points).
    private_to: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), default=None
    )
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

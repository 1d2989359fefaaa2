"""A meeting's document (snapshot + update log) and the relational projection of its items."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from tandem.db.base import Base, UTCDateTime, new_id, utcnow
from tandem.realtime import schema

MAX_FAILURE = 500


class MeetingDocument(Base):
    """The compacted state of a meeting's document and its update counter. The counter is
    taken under this row's lock, so readers of `seq > n` never skip a late commit."""

    __tablename__ = "meeting_documents"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    snapshot: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    snapshot_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The shared notes rendered as Markdown, kept with every change (for reading and search).
    notes_markdown: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # When and why the background scheduler last failed to process this meeting (it is
    # skipped for a while, then tried again); None: processed fine.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    failure: Mapped[str | None] = mapped_column(String(MAX_FAILURE), default=None)


class DocumentClient(Base):
    """A Yjs client id of a meeting's document and the person who first wrote under it: from
    then on only they may write under it."""

    __tablename__ = "meeting_document_clients"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting_documents.meeting_id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))


class DocumentUpdate(Base):
    """One accepted update, stored before it is acknowledged."""

    __tablename__ = "meeting_document_updates"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting_documents.meeting_id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TalkingPoint(Base):
    """The projection of one agenda item, for queries, search and analytics. Its columns hold
    what the document's schema allows (`tandem.realtime.schema`); a test checks they do."""

    __tablename__ = "talking_points"
    __table_args__ = (
        Index("ix_talking_points_meeting_id_order", "meeting_id", "order_key"),
        UniqueConstraint("meeting_id", "item_key"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="CASCADE")
    )
    item_key: Mapped[str] = mapped_column(String(schema.MAX_KEY))
    text: Mapped[str] = mapped_column(String(4000), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    section: Mapped[str] = mapped_column(String(schema.MAX_SECTION), default="")
    topic: Mapped[str | None] = mapped_column(String(64), default=None)
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    order_key: Mapped[str] = mapped_column(String(schema.MAX_ORDER), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # A private talking point is its author's alone: it never enters the shared document.
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    carried_to_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )


class PrivateNote(Base):
    """One person's private notes on one meeting, seen by them alone. `version` counts saves,
    so a device writing over a newer save from another device is told instead of losing it."""

    __tablename__ = "private_notes"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

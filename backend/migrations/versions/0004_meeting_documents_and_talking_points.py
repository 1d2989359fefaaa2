"""meeting documents and talking points

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "meeting_documents",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=False),
        sa.Column("snapshot_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_documents_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_documents")),
    )
    op.create_table(
        "talking_points",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("text", sa.String(length=4000), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("section", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("order_key", sa.String(length=100), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_talking_points_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_talking_points_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talking_points")),
        sa.UniqueConstraint("meeting_id", "item_key", name=op.f("uq_talking_points_meeting_id")),
    )
    with op.batch_alter_table("talking_points", schema=None) as batch_op:
        batch_op.create_index(
            "ix_talking_points_meeting_id_order", ["meeting_id", "order_key"], unique=False
        )

    op.create_table(
        "meeting_document_updates",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_meeting_document_updates_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting_documents.meeting_id"],
            name=op.f("fk_meeting_document_updates_meeting_id_meeting_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "seq", name=op.f("pk_meeting_document_updates")),
    )


def downgrade() -> None:

    op.drop_table("meeting_document_updates")
    with op.batch_alter_table("talking_points", schema=None) as batch_op:
        batch_op.drop_index("ix_talking_points_meeting_id_order")

    op.drop_table("talking_points")
    op.drop_table("meeting_documents")

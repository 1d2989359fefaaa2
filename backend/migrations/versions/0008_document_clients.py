"""document clients

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Each Yjs client id of a meeting's document belongs to the person who first wrote under it:
nobody else may write under it, and an update may wait only for its author's own changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_document_clients",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_meeting_document_clients_author_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting_documents.meeting_id"],
            name=op.f("fk_meeting_document_clients_meeting_id_meeting_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "client_id", name=op.f("pk_meeting_document_clients")
        ),
    )


def downgrade() -> None:
    op.drop_table("meeting_document_clients")

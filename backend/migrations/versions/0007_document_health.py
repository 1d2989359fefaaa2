"""document health

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

A meeting the background scheduler could not process (e.g. a document no one can read) is
marked on its document row — when and why — and skipped for a while instead of stopping the
job for everyone.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("failure", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_documents", schema=None) as batch_op:
        batch_op.drop_column("failure")
        batch_op.drop_column("failed_at")

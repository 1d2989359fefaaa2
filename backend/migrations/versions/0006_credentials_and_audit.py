"""credentials and audit

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("personal_access_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minted_by_session_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("minted_by_token_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_personal_access_tokens_minted_by_session_id"),
            ["minted_by_session_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_personal_access_tokens_minted_by_token_id"),
            ["minted_by_token_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("personal_access_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personal_access_tokens_minted_by_token_id"))
        batch_op.drop_index(batch_op.f("ix_personal_access_tokens_minted_by_session_id"))
        batch_op.drop_column("minted_by_token_id")
        batch_op.drop_column("minted_by_session_id")

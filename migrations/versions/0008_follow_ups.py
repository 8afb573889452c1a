"""Follow-ups: what changed since a reflection that led to actions.

One new table; nothing existing changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("entry_uuid", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=True),
        sa.Column("dismissed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint("entry_uuid", name=op.f("uq_follow_ups_entry_uuid")),
    )


def downgrade() -> None:
    op.drop_table("follow_ups")

"""Names the person protects: always caught by the identifier check, with their pseudonym.

A new table only; nothing existing changes. Each row holds every spelling the person added
(one a line), the kind (child, parent, street...) and the pseudonym they chose.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "protected_names",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("pseudonym", sa.Text(), nullable=False),
        sa.Column("spellings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_protected_names")),
        sa.UniqueConstraint("uuid", name=op.f("uq_protected_names_uuid")),
    )


def downgrade() -> None:
    op.drop_table("protected_names")

"""Evidence files (certificates, handouts, letters) kept inside the encrypted journal.

Two new tables: the files' descriptions, and their bytes apart (so a list never reads
them). Nothing existing changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_files",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner_kind", sa.String(length=16), nullable=False),
        sa.Column("owner_uuid", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_evidence_files")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evidence_files_uuid")),
    )
    op.create_index(
        "ix_evidence_files_owner", "evidence_files", ["owner_kind", "owner_uuid"], unique=False
    )
    op.create_table(
        "evidence_data",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("file_pk", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_pk"],
            ["evidence_files.pk"],
            name=op.f("fk_evidence_data_file_pk_evidence_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_evidence_data")),
        sa.UniqueConstraint("file_pk", name=op.f("uq_evidence_data_file_pk")),
    )


def downgrade() -> None:
    op.drop_table("evidence_data")
    op.drop_table("evidence_files")

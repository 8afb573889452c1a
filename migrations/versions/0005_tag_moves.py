"""Moves of tags from an earlier framework version to a newer one, kept so they can be undone.

A new table only; the tags themselves keep their format (framework, code, version). Tags
saved with no version are given the version of the built-in framework they were made
against, because once a framework has two versions (the Welsh code of 2017 and of 2026) a
tag without one could no longer say which it meant.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: the only version each built-in framework had before this revision
_VERSIONS_BEFORE = {
    "kss-pl": "2018",
    "kss-ps": "2018",
    "pcf": "2018",
    "swe": "2019",
    "scw": "2017",
}


def upgrade() -> None:
    op.create_table(
        "tag_moves",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("framework_id", sa.String(length=64), nullable=False),
        sa.Column("from_version", sa.String(length=32), nullable=False),
        sa.Column("to_version", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_tag_moves")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tag_moves_uuid")),
    )
    tags = sa.table(
        "tags", sa.column("framework_id", sa.String), sa.column("framework_version", sa.String)
    )
    for framework_id, version in _VERSIONS_BEFORE.items():
        op.execute(
            tags.update()
            .where(tags.c.framework_id == framework_id, tags.c.framework_version == "")
            .values(framework_version=version)
        )


def downgrade() -> None:
    # the versions filled in stay: they were true of the tags before the upgrade too
    op.drop_table("tag_moves")

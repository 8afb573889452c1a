"""Store each reflection's word count, so lists and summaries need not read every body.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Kept here, not imported from the app: a migration must keep meaning what it meant.
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("word_count", sa.Integer(), server_default="0", nullable=False))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT pk, title, body FROM entries")).all()
    for pk, _title, body in rows:
        sections = connection.execute(
            sa.text("SELECT text FROM entry_sections WHERE entry_pk = :pk"), {"pk": pk}
        ).scalars()
        words = len(_WORD.findall(body)) + sum(len(_WORD.findall(t)) for t in sections)
        connection.execute(
            sa.text("UPDATE entries SET word_count = :n WHERE pk = :pk"), {"n": words, "pk": pk}
        )


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("word_count")

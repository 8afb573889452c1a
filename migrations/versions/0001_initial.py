"""The first journal schema: entries, sections, tags, actions, settings and search.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("template_id", sa.String(length=64), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("session_kind", sa.String(length=40), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("other_party_role", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_entries")),
        sa.UniqueConstraint("uuid", name=op.f("uq_entries_uuid")),
    )
    with op.batch_alter_table("entries") as batch:
        batch.create_index(batch.f("ix_entries_event_date"), ["event_date"], unique=False)
        batch.create_index(batch.f("ix_entries_updated_at"), ["updated_at"], unique=False)
        batch.create_index(batch.f("ix_entries_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "entry_sections",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("entry_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_pk"],
            ["entries.pk"],
            name=op.f("fk_entry_sections_entry_pk_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_entry_sections")),
    )
    op.create_index(
        "uq_entry_sections_entry_key", "entry_sections", ["entry_pk", "key"], unique=True
    )

    op.create_table(
        "tags",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("entry_pk", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.String(length=64), nullable=False),
        sa.Column("framework_version", sa.String(length=32), nullable=False),
        sa.Column("domain_code", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_pk"], ["entries.pk"], name=op.f("fk_tags_entry_pk_entries"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_tags")),
    )
    op.create_index(
        "uq_tags_entry_domain", "tags", ["entry_pk", "framework_id", "domain_code"], unique=True
    )
    op.create_index("ix_tags_domain", "tags", ["framework_id", "domain_code"], unique=False)

    op.create_table(
        "actions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("entry_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_pk"],
            ["entries.pk"],
            name=op.f("fk_actions_entry_pk_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_actions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_actions_uuid")),
    )
    with op.batch_alter_table("actions") as batch:
        batch.create_index(batch.f("ix_actions_entry_pk"), ["entry_pk"], unique=False)
        batch.create_index(batch.f("ix_actions_due_date"), ["due_date"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    # Full-text index over title, body and sections; rowid = entries.pk. remove_diacritics
    # lets "sian" find "Siân".
    op.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5("
        "title, body, sections, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE entries_fts")
    op.drop_table("settings")
    op.drop_table("actions")
    op.drop_table("tags")
    op.drop_table("entry_sections")
    op.drop_table("entries")

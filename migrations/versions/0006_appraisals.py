"""The appraisal workspace: per period, a self-assessment by domain, a development plan of
objectives (reviewed in the next period) and feedback received.

New tables only; nothing existing changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appraisals",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("framework_id", sa.String(length=64), nullable=False),
        sa.Column("appraisal_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_appraisals")),
        sa.UniqueConstraint("uuid", name=op.f("uq_appraisals_uuid")),
    )
    op.create_index("uq_appraisals_period", "appraisals", ["start_date", "end_date"], unique=True)
    op.create_table(
        "appraisal_self_assessments",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("appraisal_pk", sa.Integer(), nullable=False),
        sa.Column("domain_code", sa.String(length=16), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("to_develop", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appraisal_pk"],
            ["appraisals.pk"],
            name=op.f("fk_appraisal_self_assessments_appraisal_pk_appraisals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_appraisal_self_assessments")),
    )
    op.create_index(
        "uq_appraisal_self_assessments_domain",
        "appraisal_self_assessments",
        ["appraisal_pk", "domain_code"],
        unique=True,
    )
    op.create_table(
        "appraisal_objectives",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("appraisal_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("domain_codes", sa.Text(), nullable=False),
        sa.Column("how", sa.Text(), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("from_action_uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["appraisal_pk"],
            ["appraisals.pk"],
            name=op.f("fk_appraisal_objectives_appraisal_pk_appraisals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_appraisal_objectives")),
        sa.UniqueConstraint("uuid", name=op.f("uq_appraisal_objectives_uuid")),
    )
    op.create_index(
        op.f("ix_appraisal_objectives_appraisal_pk"), "appraisal_objectives", ["appraisal_pk"]
    )
    op.create_table(
        "appraisal_feedback",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("appraisal_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appraisal_pk"],
            ["appraisals.pk"],
            name=op.f("fk_appraisal_feedback_appraisal_pk_appraisals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_appraisal_feedback")),
        sa.UniqueConstraint("uuid", name=op.f("uq_appraisal_feedback_uuid")),
    )
    op.create_index(
        op.f("ix_appraisal_feedback_appraisal_pk"), "appraisal_feedback", ["appraisal_pk"]
    )


def downgrade() -> None:
    op.drop_table("appraisal_feedback")
    op.drop_table("appraisal_objectives")
    op.drop_table("appraisal_self_assessments")
    op.drop_table("appraisals")

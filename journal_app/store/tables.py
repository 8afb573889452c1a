"""ORM tables. Only the store sees these; everything above gets core dataclasses."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# A naming convention keeps constraint names stable, which batch migrations on SQLite need.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class EntryRow(Base):
    __tablename__ = "entries"
    # The entry list's sort orders over live reflections (see migration 0003): a page is read
    # in order from an index instead of sorting every row, text and all.
    __table_args__ = (
        Index("ix_entries_live_date", "deleted_at", "event_date", "updated_at"),
        Index("ix_entries_live_updated", "deleted_at", "updated_at"),
        Index("ix_entries_live_title", "deleted_at", "title"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[str] = mapped_column(String(64))
    event_date: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    visibility: Mapped[str] = mapped_column(String(16))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    session_kind: Mapped[str | None] = mapped_column(String(40))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    other_party_role: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="SectionRow.position"
    )
    tags: Mapped[list[TagRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="TagRow.pk"
    )
    actions: Mapped[list[ActionRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="ActionRow.position"
    )


class SectionRow(Base):
    __tablename__ = "entry_sections"
    __table_args__ = (Index("uq_entry_sections_entry_key", "entry_pk", "key", unique=True),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_pk: Mapped[int] = mapped_column(ForeignKey("entries.pk", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[EntryRow] = relationship(back_populates="sections")


class TagRow(Base):
    __tablename__ = "tags"
    __table_args__ = (
        Index("uq_tags_entry_domain", "entry_pk", "framework_id", "domain_code", unique=True),
        Index("ix_tags_domain", "framework_id", "domain_code"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_pk: Mapped[int] = mapped_column(ForeignKey("entries.pk", ondelete="CASCADE"))
    framework_id: Mapped[str] = mapped_column(String(64))
    framework_version: Mapped[str] = mapped_column(String(32))
    domain_code: Mapped[str] = mapped_column(String(16))

    entry: Mapped[EntryRow] = relationship(back_populates="tags")


class ActionRow(Base):
    __tablename__ = "actions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    entry_pk: Mapped[int] = mapped_column(ForeignKey("entries.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done_date: Mapped[date | None] = mapped_column(Date)

    entry: Mapped[EntryRow] = relationship(back_populates="actions")


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProtectedNameRow(Base):
    """A name the person protects (see core.identifiers.ProtectedTerm): only ever in here,
    inside the encrypted database, so it is in every backup and in no export."""

    __tablename__ = "protected_names"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    pseudonym: Mapped[str] = mapped_column(Text)
    # every spelling, one a line, the one first typed first
    spellings: Mapped[str] = mapped_column(Text)


class TagMoveRow(Base):
    """One move of a person's tags from an earlier framework version to a newer one, kept so
    it can be undone. ``changes`` is JSON: [entry uuid, old code, new code, merged] for each
    tag moved (merged: the reflection already had the new tag, so the old row was removed)."""

    __tablename__ = "tag_moves"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    framework_id: Mapped[str] = mapped_column(String(64))
    from_version: Mapped[str] = mapped_column(String(32))
    to_version: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AppraisalRow(Base):
    """One appraisal period's workspace: self-assessment, plan and feedback hang off it."""

    __tablename__ = "appraisals"
    __table_args__ = (Index("uq_appraisals_period", "start_date", "end_date", unique=True),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    framework_id: Mapped[str] = mapped_column(String(64))
    appraisal_date: Mapped[date | None] = mapped_column(Date)

    self_assessments: Mapped[list[SelfAssessmentRow]] = relationship(
        cascade="all, delete-orphan", order_by="SelfAssessmentRow.pk"
    )
    objectives: Mapped[list[ObjectiveRow]] = relationship(
        cascade="all, delete-orphan", order_by="ObjectiveRow.position"
    )
    feedback: Mapped[list[FeedbackRow]] = relationship(
        cascade="all, delete-orphan", order_by="FeedbackRow.position"
    )


class SelfAssessmentRow(Base):
    __tablename__ = "appraisal_self_assessments"
    __table_args__ = (
        Index("uq_appraisal_self_assessments_domain", "appraisal_pk", "domain_code", unique=True),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    appraisal_pk: Mapped[int] = mapped_column(ForeignKey("appraisals.pk", ondelete="CASCADE"))
    domain_code: Mapped[str] = mapped_column(String(16))
    strengths: Mapped[str] = mapped_column(Text, default="")
    to_develop: Mapped[str] = mapped_column(Text, default="")


class ObjectiveRow(Base):
    __tablename__ = "appraisal_objectives"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    appraisal_pk: Mapped[int] = mapped_column(
        ForeignKey("appraisals.pk", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # domain codes of the appraisal's framework, one a line
    domain_codes: Mapped[str] = mapped_column(Text, default="")
    how: Mapped[str] = mapped_column(Text, default="")
    by_when: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    from_action_uuid: Mapped[str] = mapped_column(String(36), default="")


class FeedbackRow(Base):
    __tablename__ = "appraisal_feedback"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    appraisal_pk: Mapped[int] = mapped_column(
        ForeignKey("appraisals.pk", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32))
    context: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date | None] = mapped_column(Date)


class EvidenceFileRow(Base):
    """An evidence file's description; its bytes are in :class:`EvidenceDataRow`, so listing
    files never reads them."""

    __tablename__ = "evidence_files"
    __table_args__ = (Index("ix_evidence_files_owner", "owner_kind", "owner_uuid"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_uuid: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text, default="")

    # written with the file; never loaded through here (the bytes are read on their own) and
    # deleted by the database's ON DELETE CASCADE, so removing a file never reads its bytes
    data: Mapped[EvidenceDataRow] = relationship(
        cascade="save-update, merge", uselist=False, lazy="raise", passive_deletes=True
    )


class EvidenceDataRow(Base):
    __tablename__ = "evidence_data"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_pk: Mapped[int] = mapped_column(
        ForeignKey("evidence_files.pk", ondelete="CASCADE"), unique=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FollowUpRow(Base):
    """The answer to "what changed since?" for one reflection (or that it was not wanted)."""

    __tablename__ = "follow_ups"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    written_on: Mapped[date | None] = mapped_column(Date)
    dismissed: Mapped[int] = mapped_column(Integer, default=0)


# The full-text index is an FTS5 virtual table created by the migrations (the ORM cannot
# describe it); its rowid is entries.pk and the repository keeps it in step.
FTS_TABLE = "entries_fts"

"""Reading and writing evidence files; callers get core EvidenceFile values and bytes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal_app.core.evidence import EvidenceFile, OwnerKind
from journal_app.store.database import InTransaction
from journal_app.store.tables import EvidenceDataRow, EvidenceFileRow


def _file(row: EvidenceFileRow) -> EvidenceFile:
    try:
        kind = OwnerKind(row.owner_kind)
    except ValueError:  # written by a newer app version: kept, shown with the journal's files
        kind = OwnerKind.APPRAISAL
    return EvidenceFile(
        id=row.uuid,
        owner_kind=kind,
        owner_id=row.owner_uuid,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        description=row.description,
    )


def list_files(
    session: Session, owner_kind: OwnerKind | None = None, owner_ids: Sequence[str] | None = None
) -> list[EvidenceFile]:
    """Files (all, or one kind of owner, or some owners), oldest first; bytes not read."""
    query = select(EvidenceFileRow).order_by(EvidenceFileRow.pk)
    if owner_kind is not None:
        query = query.where(EvidenceFileRow.owner_kind == owner_kind.value)
    if owner_ids is not None:
        query = query.where(EvidenceFileRow.owner_uuid.in_(list(owner_ids)))
    return [_file(row) for row in session.scalars(query)]


def total_size(session: Session) -> int:
    """Bytes of every evidence file in the journal."""
    return int(session.scalar(select(func.coalesce(func.sum(EvidenceFileRow.size), 0))) or 0)


def _row(session: Session, file_id: str) -> EvidenceFileRow | None:
    return session.scalar(select(EvidenceFileRow).where(EvidenceFileRow.uuid == file_id))


def get_file(session: Session, file_id: str) -> EvidenceFile | None:
    row = _row(session, file_id)
    return None if row is None else _file(row)


def read_data(session: Session, file_id: str) -> bytes | None:
    """A file's bytes, or None if there is no such file."""
    return session.scalar(
        select(EvidenceDataRow.data)
        .join(EvidenceFileRow, EvidenceDataRow.file_pk == EvidenceFileRow.pk)
        .where(EvidenceFileRow.uuid == file_id)
    )


def insert_file(session: Session, described: EvidenceFile, data: bytes) -> EvidenceFile:
    """Store a file (its id given by the caller) with its bytes."""
    row = EvidenceFileRow(
        uuid=described.id,
        owner_kind=described.owner_kind.value,
        owner_uuid=described.owner_id,
        file_name=described.file_name,
        media_type=described.media_type,
        size=described.size,
        sha256=described.sha256,
        added_at=described.added_at,
        description=described.description,
    )
    row.data = EvidenceDataRow(data=data)
    session.add(row)
    session.flush()
    return _file(row)


def delete_file(session: Session, file_id: str) -> bool:
    row = _row(session, file_id)
    if row is None:
        return False
    session.delete(row)
    return True


def delete_owned_by(session: Session, owner_kind: OwnerKind, owner_ids: Sequence[str]) -> int:
    """Remove every file of these owners (a reflection purged, an appraisal removed)."""
    rows = session.scalars(
        select(EvidenceFileRow).where(
            EvidenceFileRow.owner_kind == owner_kind.value,
            EvidenceFileRow.owner_uuid.in_(list(owner_ids)),
        )
    ).all()
    for row in rows:
        session.delete(row)
    return len(rows)


def writer(files: Sequence[tuple[EvidenceFile, bytes]]) -> InTransaction:
    """Work that stores ``files`` with their bytes inside another transaction (an import's)."""

    def write(session: Session) -> None:
        for described, data in files:
            insert_file(session, described, data)

    return write


def check_room(session: Session, owner_kind: OwnerKind, owner_id: str) -> tuple[int, int]:
    """``(files this owner has, bytes of every evidence file)``, to check limits before adding."""
    return len(list_files(session, owner_kind, [owner_id])), total_size(session)

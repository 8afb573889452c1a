"""Moving tags between versions of a framework, and the record that lets a move be undone."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal_app.store.tables import EntryRow, TagMoveRow, TagRow


@dataclass(frozen=True)
class TaggedAt:
    """A live reflection holding a tag of one framework version."""

    entry_id: str
    title: str
    event_date: date
    code: str


@dataclass(frozen=True)
class StoredMove:
    """A move as recorded."""

    id: str
    made_at: datetime
    framework_id: str
    from_version: str
    to_version: str
    #: (entry id, old code, new code, merged)
    changes: tuple[tuple[str, str, str, bool], ...]
    undone_at: datetime | None


def tags_at_version(session: Session, framework_id: str, version: str) -> list[TaggedAt]:
    """Tags of a framework version on reflections not in the trash, oldest reflection first."""
    rows = session.execute(
        select(EntryRow.uuid, EntryRow.title, EntryRow.event_date, TagRow.domain_code)
        .join(TagRow, TagRow.entry_pk == EntryRow.pk)
        .where(
            TagRow.framework_id == framework_id,
            TagRow.framework_version == version,
            EntryRow.deleted_at.is_(None),
        )
        .order_by(EntryRow.event_date, EntryRow.pk, TagRow.domain_code)
    )
    return [TaggedAt(r[0], r[1], r[2], r[3]) for r in rows]


def _tag_rows(session: Session, entry_id: str, framework_id: str) -> list[TagRow]:
    return list(
        session.scalars(
            select(TagRow)
            .join(EntryRow, TagRow.entry_pk == EntryRow.pk)
            .where(EntryRow.uuid == entry_id, TagRow.framework_id == framework_id)
        )
    )


def apply_move(
    session: Session,
    framework_id: str,
    from_version: str,
    to_version: str,
    moves: Sequence[tuple[str, str, str]],
    now: datetime,
) -> StoredMove:
    """Move each (entry id, old code, new code) and record what was done, in one unit."""
    changes: list[tuple[str, str, str, bool]] = []
    for entry_id, old_code, new_code in moves:
        rows = _tag_rows(session, entry_id, framework_id)
        old = next(
            (r for r in rows if r.domain_code == old_code and r.framework_version == from_version),
            None,
        )
        if old is None:
            continue  # changed since the preview: nothing to move
        clash = next((r for r in rows if r.domain_code == new_code and r is not old), None)
        if clash is not None:
            # the reflection already evidences the new domain: keep one tag, on the new version
            clash.framework_version = to_version
            session.delete(old)
            changes.append((entry_id, old_code, new_code, True))
        else:
            old.domain_code, old.framework_version = new_code, to_version
            changes.append((entry_id, old_code, new_code, False))
    row = TagMoveRow(
        uuid=str(uuid.uuid4()),
        made_at=now,
        framework_id=framework_id,
        from_version=from_version,
        to_version=to_version,
        changes=json.dumps(changes),
    )
    session.add(row)
    session.flush()
    return _stored(row)


def last_move(session: Session) -> StoredMove | None:
    """The most recent move that has not been undone."""
    row = session.scalar(
        select(TagMoveRow).where(TagMoveRow.undone_at.is_(None)).order_by(TagMoveRow.pk.desc())
    )
    return None if row is None else _stored(row)


def undo_move(session: Session, move_id: str, now: datetime) -> int:
    """Put the tags of a recorded move back; returns how many were restored.

    A tag changed by hand since the move is left as the person left it.
    """
    row = session.scalar(select(TagMoveRow).where(TagMoveRow.uuid == move_id))
    if row is None or row.undone_at is not None:
        return 0
    restored = 0
    for entry_id, old_code, new_code, merged in _stored(row).changes:
        rows = _tag_rows(session, entry_id, row.framework_id)
        moved = next(
            (
                r
                for r in rows
                if r.domain_code == new_code and r.framework_version == row.to_version
            ),
            None,
        )
        if merged:
            if moved is not None and not any(r.domain_code == old_code for r in rows):
                entry_pk = moved.entry_pk
                session.add(
                    TagRow(
                        entry_pk=entry_pk,
                        framework_id=row.framework_id,
                        framework_version=row.from_version,
                        domain_code=old_code,
                    )
                )
                restored += 1
            continue
        if moved is None or any(r.domain_code == old_code and r is not moved for r in rows):
            continue
        moved.domain_code, moved.framework_version = old_code, row.from_version
        restored += 1
    row.undone_at = now
    session.flush()
    return restored


def _stored(row: TagMoveRow) -> StoredMove:
    changes = tuple(
        (str(e), str(o), str(n), bool(m)) for e, o, n, m in json.loads(row.changes or "[]")
    )
    return StoredMove(
        row.uuid,
        row.made_at,
        row.framework_id,
        row.from_version,
        row.to_version,
        changes,
        row.undone_at,
    )

"""The text of tagged reflections, for learning how the person tags (read only).

Reads plain rows (no ORM objects) in a handful of queries, newest reflections first, so
rebuilding the in-memory model of a large journal stays quick. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal_app.store.tables import EntryRow, SectionRow, TagRow

_CHUNK = 500  # keys per query, well under SQLite's limit on bound parameters

#: (number of tags, sum of their keys, latest edit of a tagged reflection): changes whenever
#: a tag of the framework is added, removed or moved, or a tagged reflection is edited,
#: trashed or restored
TagFingerprint = tuple[int, int, datetime | None]


def tag_fingerprint(session: Session, framework_id: str) -> TagFingerprint:
    """A cheap summary of a framework's tags on live reflections (one aggregate query)."""
    row = session.execute(
        select(
            func.count(TagRow.pk),
            func.coalesce(func.sum(TagRow.pk), 0),
            func.max(EntryRow.updated_at),
        )
        .join(EntryRow, EntryRow.pk == TagRow.entry_pk)
        .where(TagRow.framework_id == framework_id, EntryRow.deleted_at.is_(None))
    ).one()
    return int(row[0]), int(row[1]), row[2]


def tagged_texts(
    session: Session, framework_id: str, limit: int
) -> list[tuple[str, tuple[str, ...]]]:
    """(text, domain codes) of the newest ``limit`` live reflections tagged in the framework.

    The text is the title, the body and every section, one per line.
    """
    codes: dict[int, list[str]] = {}
    rows = session.execute(
        select(TagRow.entry_pk, TagRow.domain_code)
        .join(EntryRow, EntryRow.pk == TagRow.entry_pk)
        .where(TagRow.framework_id == framework_id, EntryRow.deleted_at.is_(None))
        .order_by(EntryRow.event_date.desc(), EntryRow.pk.desc(), TagRow.pk)
    )
    for entry_pk, code in rows:
        if entry_pk not in codes and len(codes) >= limit:
            continue
        codes.setdefault(entry_pk, []).append(code)
    pks = list(codes)
    texts = _texts(session, pks)
    return [(texts.get(pk, ""), tuple(codes[pk])) for pk in pks]


def _texts(session: Session, pks: Sequence[int]) -> dict[int, str]:
    parts: dict[int, list[str]] = {}
    for start in range(0, len(pks), _CHUNK):
        chunk = list(pks[start : start + _CHUNK])
        for pk, title, body in session.execute(
            select(EntryRow.pk, EntryRow.title, EntryRow.body).where(EntryRow.pk.in_(chunk))
        ):
            parts.setdefault(pk, []).extend((title, body))
        for pk, text in session.execute(
            select(SectionRow.entry_pk, SectionRow.text)
            .where(SectionRow.entry_pk.in_(chunk))
            .order_by(SectionRow.entry_pk, SectionRow.position)
        ):
            parts.setdefault(pk, []).append(text)
    return {pk: "\n".join(p for p in texts if p) for pk, texts in parts.items()}

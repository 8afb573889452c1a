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

#: (number of tags, sum of their keys, latest edit of a tagged reflection, their total word
#: count): changes whenever a tag of the framework is added, removed or moved, or a tagged
#: reflection is edited (the word count catches two edits within the same second), trashed
#: or restored
TagFingerprint = tuple[int, int, datetime | None, int]


def tag_fingerprint(session: Session, framework_id: str) -> TagFingerprint:
    """A cheap summary of a framework's tags on live reflections (one aggregate query)."""
    row = session.execute(
        select(
            func.count(TagRow.pk),
            func.coalesce(func.sum(TagRow.pk), 0),
            func.max(EntryRow.updated_at),
            func.coalesce(func.sum(EntryRow.word_count), 0),
        )
        .join(EntryRow, EntryRow.pk == TagRow.entry_pk)
        .where(TagRow.framework_id == framework_id, EntryRow.deleted_at.is_(None))
    ).one()
    return int(row[0]), int(row[1]), row[2], int(row[3])


#: what tells that a reflection's text may have changed: (last edit, word count)
Version = tuple[datetime, int]


def tagged_entries(
    session: Session, framework_id: str, limit: int
) -> list[tuple[int, Version, tuple[str, ...]]]:
    """(key, version, domain codes) of the newest ``limit`` live reflections tagged in the
    framework, without their text (one query)."""
    found: dict[int, tuple[Version, list[str]]] = {}
    rows = session.execute(
        select(TagRow.entry_pk, EntryRow.updated_at, EntryRow.word_count, TagRow.domain_code)
        .join(EntryRow, EntryRow.pk == TagRow.entry_pk)
        .where(TagRow.framework_id == framework_id, EntryRow.deleted_at.is_(None))
        .order_by(EntryRow.event_date.desc(), EntryRow.pk.desc(), TagRow.pk)
    )
    for entry_pk, updated_at, words, code in rows:
        if entry_pk not in found:
            if len(found) >= limit:
                continue
            found[entry_pk] = ((updated_at, words), [])
        found[entry_pk][1].append(code)
    return [(pk, version, tuple(codes)) for pk, (version, codes) in found.items()]


def tagged_texts(
    session: Session, framework_id: str, limit: int
) -> list[tuple[str, tuple[str, ...]]]:
    """(text, domain codes) of the newest ``limit`` live reflections tagged in the framework.

    The text is the title, the body and every section, one per line.
    """
    entries = tagged_entries(session, framework_id, limit)
    found = texts(session, [pk for pk, _, _ in entries])
    return [(found.get(pk, ""), codes) for pk, _, codes in entries]


def texts(session: Session, pks: Sequence[int]) -> dict[int, str]:
    """The whole text (title, body, sections, one per line) of each of these reflections."""
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

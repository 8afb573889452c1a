"""The FTS5 full-text index, kept in step with entries inside the same transaction."""

from __future__ import annotations

from sqlalchemy import Float, Integer, String, column, select, text
from sqlalchemy.orm import Session, selectinload

from journal_app.core.models import EntryFilter, SearchHit
from journal_app.core.text import MATCH_END, MATCH_START
from journal_app.store.tables import FTS_TABLE, EntryRow

_DELETE = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :pk")
_INSERT = text(
    f"INSERT INTO {FTS_TABLE} (rowid, title, body, sections) "
    "VALUES (:pk, :title, :body, :sections)"
)


def index_entry(session: Session, row: EntryRow) -> None:
    """(Re)index one entry by its integer key, so the lookup is by rowid, not a scan."""
    sections = "\n\n".join(s.text for s in row.sections if s.text)
    session.execute(_DELETE, {"pk": row.pk})
    session.execute(
        _INSERT, {"pk": row.pk, "title": row.title, "body": row.body, "sections": sections}
    )


def remove_entry(session: Session, pk: int) -> None:
    session.execute(_DELETE, {"pk": pk})


def search(
    session: Session, fts_query: str, entry_filter: EntryFilter, limit: int = 50
) -> list[SearchHit]:
    """Ranked matches (best first, bm25 weighting titles above sections above body)."""
    # Imported here to avoid a cycle: entries imports this module to keep the index in step.
    from journal_app.store.entries import apply_filter, to_summary

    match = text(
        f"SELECT rowid AS pk, bm25({FTS_TABLE}, 5.0, 1.0, 1.5) AS rank, "
        f"snippet({FTS_TABLE}, -1, :start, :end, '…', 16) AS snippet "
        f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query ORDER BY rank"
    ).columns(column("pk", Integer), column("rank", Float), column("snippet", String))
    matched = match.subquery("matched")
    allowed = apply_filter(select(EntryRow.pk), entry_filter).subquery("allowed")
    query = (
        select(matched.c.pk, matched.c.rank, matched.c.snippet)
        .join(allowed, allowed.c.pk == matched.c.pk)
        .order_by(matched.c.rank)
        .limit(limit)
    )
    params = {"query": fts_query, "start": MATCH_START, "end": MATCH_END}
    found = session.execute(query, params).all()
    if not found:
        return []
    rows = session.scalars(
        select(EntryRow)
        .where(EntryRow.pk.in_([r.pk for r in found]))
        .options(selectinload(EntryRow.tags))
    )
    by_pk = {row.pk: row for row in rows}
    return [
        SearchHit(entry=to_summary(by_pk[r.pk]), snippet=r.snippet or "", rank=float(r.rank))
        for r in found
        if r.pk in by_pk
    ]


def rebuild(session: Session) -> int:
    """Rebuild the whole index from the entries (after an import or a repair)."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    count = 0
    for row in session.scalars(select(EntryRow).options(selectinload(EntryRow.sections))):
        index_entry(session, row)
        count += 1
    return count

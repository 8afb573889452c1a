"""The FTS5 full-text index, kept in step with entries inside the same transaction."""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Integer,
    TextClause,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, selectinload

from journal_app.core.models import EntryFilter, SearchHit
from journal_app.core.text import MATCH_END, MATCH_START, searchable
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
    indexed = {
        "title": searchable(row.title),
        "body": searchable(row.body),
        "sections": searchable(sections),
    }
    session.execute(_INSERT, {"pk": row.pk, **indexed})


def remove_entry(session: Session, pk: int) -> None:
    session.execute(_DELETE, {"pk": pk})


#: Ranking reads the positions and the length of every match it ranks: for a word found in
#: most of 100,000 reflections that alone took over 100 ms. So only the most recently written
#: matches (the highest keys), up to this many, are ranked; when there are fewer, all are.
#: A word in more than 2,000 reflections therefore shows the best of its latest 2,000
#: matches. (Past about half the journal, FTS5's bm25 gives such a word almost no weight
#: anyway, so those hits were ordered by little more than chance.)
RANK_WINDOW = 2_000

_FTS = table(FTS_TABLE, column("rowid", Integer))
_BM25 = func.bm25(literal_column(FTS_TABLE), 5.0, 1.0, 1.5)
_UNINDEXED_ROWID = literal_column(f"+{FTS_TABLE}.rowid", Integer)
_SNIPPET = func.snippet(literal_column(FTS_TABLE), -1, MATCH_START, MATCH_END, "…", 16)


def search(
    session: Session,
    fts_query: str,
    entry_filter: EntryFilter,
    limit: int = 50,
    *,
    newest_first: bool = False,
) -> list[SearchHit]:
    """Matches, best first (bm25 weighting titles above sections above body), or with
    ``newest_first`` the most recently written first (for exact phrases; see
    :func:`journal_app.core.search_query.is_exact_search`).

    Only the chosen ``limit`` get snippets (each reads and tokenizes its reflection) and
    summaries. The single query this replaces ranked every match and made a snippet for
    each: a one-word search at 100,000 reflections had a p95 of 760 ms (see docs/benchmarks).
    """
    match = text(f"{FTS_TABLE} MATCH :query").bindparams(query=fts_query)
    allowed = _allowed(entry_filter)
    if newest_first:
        # FTS5 walks its index in key order, so this stops at the ``limit``-th match.
        newest = select(_FTS.c.rowid).where(match, allowed).order_by(_FTS.c.rowid.desc())
        chosen = [(int(pk), 0.0) for pk in session.scalars(newest.limit(limit))]
    else:
        chosen = _best_ranked(session, match, allowed, limit)
    if not chosen:
        return []
    pks = [pk for pk, _score in chosen]
    # One walk over the matches between the lowest and highest chosen key, the key list
    # checked by SQLite (the "+" keeps it from FTS5, which would run the whole query again
    # for every key: for a prefix such as "useful*" at 100,000 entries, 390 ms against 10).
    snippets = dict(
        session.execute(
            select(_FTS.c.rowid, _SNIPPET).where(
                match, _FTS.c.rowid.between(min(pks), max(pks)), _UNINDEXED_ROWID.in_(pks)
            )
        ).all()
    )
    # Imported here to avoid a cycle: entries imports this module to keep the index in step.
    from journal_app.store.entries import summaries

    found = summaries(session, pks)
    return [
        SearchHit(entry=found[pk], snippet=str(snippets.get(pk) or ""), rank=score)
        for pk, score in chosen
        if pk in found
    ]


def _best_ranked(
    session: Session, match: TextClause, allowed: ColumnElement[bool], limit: int
) -> list[tuple[int, float]]:
    """The keys and bm25 scores of the best ``limit`` matches, best first.

    One pass over the matches, newest first, scores up to :data:`RANK_WINDOW` of them (FTS5
    walks its index in key order, so that needs no sort); SQLite keeps the best ``limit``.
    """
    window = (
        select(_FTS.c.rowid.label("pk"), _BM25.label("score"))
        .where(match, allowed)
        .order_by(_FTS.c.rowid.desc())
        .limit(RANK_WINDOW)
        .subquery("window")
    )
    # Lower bm25 is better; on a tie the newer reflection comes first. SQLite keeps only the
    # best ``limit`` while sorting, so just those rows reach Python.
    best = session.execute(
        select(window.c.pk, window.c.score)
        .order_by(window.c.score, window.c.pk.desc())
        .limit(limit)
    )
    return [(int(pk), float(score)) for pk, score in best]


def _allowed(entry_filter: EntryFilter) -> ColumnElement[bool]:
    """Limits matches to the reflections ``entry_filter`` lets through."""
    if entry_filter == EntryFilter():
        # The usual case: the trash is small, so excluding it beats listing all the rest.
        trashed = select(EntryRow.pk).where(EntryRow.deleted_at.is_not(None))
        return _FTS.c.rowid.not_in(trashed)
    from journal_app.store.entries import apply_filter

    return _FTS.c.rowid.in_(apply_filter(select(EntryRow.pk), entry_filter))


def rebuild(session: Session) -> int:
    """Rebuild the whole index from the entries (after an import or a repair)."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    count = 0
    for row in session.scalars(select(EntryRow).options(selectinload(EntryRow.sections))):
        index_entry(session, row)
        count += 1
    return count

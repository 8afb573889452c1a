"""Reading and writing the names the person protects; callers get core ProtectedTerms."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal_app.core.identifiers import ProtectedTerm, ProtectKind
from journal_app.store.tables import ProtectedNameRow


def _term(row: ProtectedNameRow) -> ProtectedTerm:
    try:
        kind = ProtectKind(row.kind)
    except ValueError:  # written by a newer app version: still protected, as a person
        kind = ProtectKind.OTHER
    spellings = tuple(s for s in row.spellings.split("\n") if s)
    return ProtectedTerm(spellings, kind, row.pseudonym, row.uuid)


def list_terms(session: Session) -> list[ProtectedTerm]:
    """Every protected name, in the order they were added."""
    rows = session.scalars(select(ProtectedNameRow).order_by(ProtectedNameRow.pk))
    return [_term(row) for row in rows if row.spellings.strip()]


def insert_term(session: Session, term: ProtectedTerm) -> ProtectedTerm:
    """Store a new protected name and return it with its id."""
    row = ProtectedNameRow(
        uuid=term.id or str(uuid.uuid4()),
        kind=term.kind.value,
        pseudonym=term.pseudonym,
        spellings="\n".join(term.spellings),
    )
    session.add(row)
    session.flush()
    return _term(row)


def _row(session: Session, term_id: str) -> ProtectedNameRow | None:
    return session.scalar(select(ProtectedNameRow).where(ProtectedNameRow.uuid == term_id))


def update_term(session: Session, term: ProtectedTerm) -> ProtectedTerm | None:
    """Change a stored name's spellings, kind or pseudonym; None if there is no such id."""
    row = _row(session, term.id)
    if row is None:
        return None
    row.kind = term.kind.value
    row.pseudonym = term.pseudonym
    row.spellings = "\n".join(term.spellings)
    session.flush()
    return _term(row)


def delete_term(session: Session, term_id: str) -> bool:
    """Remove a protected name; False if there was no such id."""
    row = _row(session, term_id)
    if row is None:
        return False
    session.delete(row)
    return True

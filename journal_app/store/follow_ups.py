"""Reading and writing follow-ups; callers get core FollowUp values."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from journal_app.core.follow_up import FollowUp
from journal_app.store.database import InTransaction
from journal_app.store.tables import FollowUpRow


def _follow_up(row: FollowUpRow) -> FollowUp:
    return FollowUp(row.entry_uuid, row.text, row.written_on, bool(row.dismissed))


def for_entries(session: Session, entry_ids: Sequence[str] | None = None) -> dict[str, FollowUp]:
    """The follow-ups of these reflections (or of all), by reflection id."""
    query = select(FollowUpRow)
    if entry_ids is not None:
        query = query.where(FollowUpRow.entry_uuid.in_(list(entry_ids)))
    return {row.entry_uuid: _follow_up(row) for row in session.scalars(query)}


def write(session: Session, follow_up: FollowUp) -> FollowUp:
    """Store ``follow_up``, replacing any the reflection had."""
    row = session.scalar(select(FollowUpRow).where(FollowUpRow.entry_uuid == follow_up.entry_id))
    if row is None:
        row = FollowUpRow(entry_uuid=follow_up.entry_id)
        session.add(row)
    row.text = follow_up.text
    row.written_on = follow_up.written_on
    row.dismissed = int(follow_up.dismissed)
    session.flush()
    return _follow_up(row)


def delete_for(session: Session, entry_ids: Sequence[str]) -> None:
    """Remove the follow-ups of reflections purged for good."""
    session.execute(delete(FollowUpRow).where(FollowUpRow.entry_uuid.in_(list(entry_ids))))


def writer(follow_ups: Sequence[FollowUp]) -> InTransaction:
    """Work that stores ``follow_ups`` inside another transaction (an import's)."""

    def write_all(session: Session) -> None:
        for follow_up in follow_ups:
            write(session, follow_up)

    return write_all

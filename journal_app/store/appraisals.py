"""Reading and writing appraisal workspaces; callers get core Appraisal values."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal_app.core.appraisal import (
    Appraisal,
    Feedback,
    FeedbackSource,
    Objective,
    ObjectiveOutcome,
    SelfAssessment,
)
from journal_app.core.evidence import OwnerKind
from journal_app.core.periods import Period
from journal_app.store import evidence
from journal_app.store.database import InTransaction
from journal_app.store.tables import AppraisalRow, FeedbackRow, ObjectiveRow, SelfAssessmentRow


def _outcome(value: str | None) -> ObjectiveOutcome | None:
    if value is None:
        return None
    try:
        return ObjectiveOutcome(value)
    except ValueError:  # written by a newer app version: shown as not yet reviewed
        return None


def _source(value: str) -> FeedbackSource:
    try:
        return FeedbackSource(value)
    except ValueError:
        return FeedbackSource.OTHER


def _objective(row: ObjectiveRow) -> Objective:
    return Objective(
        text=row.text,
        domain_codes=tuple(code for code in row.domain_codes.split("\n") if code),
        how=row.how,
        by_when=row.by_when,
        outcome=_outcome(row.outcome),
        outcome_note=row.outcome_note,
        from_action_id=row.from_action_uuid,
        id=row.uuid,
    )


def _appraisal(row: AppraisalRow) -> Appraisal:
    return Appraisal(
        period=Period(row.start_date, row.end_date),
        framework_id=row.framework_id,
        appraisal_date=row.appraisal_date,
        self_assessments=tuple(
            SelfAssessment(s.domain_code, s.strengths, s.to_develop) for s in row.self_assessments
        ),
        plan=tuple(_objective(o) for o in row.objectives),
        feedback=tuple(
            Feedback(f.quote, _source(f.source), f.context, f.received_on, f.uuid)
            for f in row.feedback
        ),
        id=row.uuid,
    )


def list_appraisals(session: Session) -> list[Appraisal]:
    """Every appraisal workspace, earliest period first."""
    rows = session.scalars(select(AppraisalRow).order_by(AppraisalRow.start_date))
    return [_appraisal(row) for row in rows]


def _row(session: Session, appraisal_id: str) -> AppraisalRow | None:
    return session.scalar(select(AppraisalRow).where(AppraisalRow.uuid == appraisal_id))


def get_appraisal(session: Session, appraisal_id: str) -> Appraisal | None:
    """One appraisal workspace by id, or None."""
    row = _row(session, appraisal_id)
    return None if row is None else _appraisal(row)


def find_for_period(session: Session, period: Period) -> Appraisal | None:
    """The workspace for exactly ``period``, or None."""
    row = session.scalar(
        select(AppraisalRow).where(
            AppraisalRow.start_date == period.start, AppraisalRow.end_date == period.end
        )
    )
    return None if row is None else _appraisal(row)


def previous_appraisal(session: Session, before: date) -> Appraisal | None:
    """The latest workspace whose period ended before ``before``: last year's plan."""
    row = session.scalar(
        select(AppraisalRow)
        .where(AppraisalRow.end_date < before)
        .order_by(AppraisalRow.end_date.desc())
        .limit(1)
    )
    return None if row is None else _appraisal(row)


def write_appraisal(session: Session, appraisal: Appraisal) -> Appraisal:
    """Store ``appraisal`` whole: a new one when its id is unknown, else replacing the stored
    one's fields and lists (ids of objectives and feedback are kept or made)."""
    row = _row(session, appraisal.id) if appraisal.id else None
    if row is None:
        row = AppraisalRow(uuid=appraisal.id or str(uuid.uuid4()))
        session.add(row)
    row.start_date = appraisal.period.start
    row.end_date = appraisal.period.end
    row.framework_id = appraisal.framework_id
    row.appraisal_date = appraisal.appraisal_date
    # The lists are rebuilt: the old rows must be gone before their ids and domains are
    # written again (SQLAlchemy inserts before it deletes within one flush).
    row.self_assessments = []
    row.objectives = []
    row.feedback = []
    session.flush()
    row.self_assessments = [
        SelfAssessmentRow(
            domain_code=s.domain_code, strengths=s.strengths, to_develop=s.to_develop
        )
        for s in appraisal.self_assessments
        if not s.is_empty
    ]
    row.objectives = [
        ObjectiveRow(
            uuid=o.id or str(uuid.uuid4()),
            position=position,
            text=o.text,
            domain_codes="\n".join(o.domain_codes),
            how=o.how,
            by_when=o.by_when,
            outcome=None if o.outcome is None else o.outcome.value,
            outcome_note=o.outcome_note,
            from_action_uuid=o.from_action_id,
        )
        for position, o in enumerate(appraisal.plan)
    ]
    row.feedback = [
        FeedbackRow(
            uuid=f.id or str(uuid.uuid4()),
            position=position,
            quote=f.quote,
            source=f.source.value,
            context=f.context,
            received_on=f.received_on,
        )
        for position, f in enumerate(appraisal.feedback)
    ]
    session.flush()
    return _appraisal(row)


def delete_appraisal(session: Session, appraisal_id: str) -> bool:
    """Remove a workspace and everything in it; False if there was no such id."""
    row = _row(session, appraisal_id)
    if row is None:
        return False
    evidence.delete_owned_by(session, OwnerKind.APPRAISAL, [row.uuid])
    session.delete(row)
    return True


def writer(appraisals: Sequence[Appraisal]) -> InTransaction:
    """Work that writes ``appraisals`` inside another transaction (an import's)."""

    def write(session: Session) -> None:
        for appraisal in appraisals:
            write_appraisal(session, appraisal)

    return write

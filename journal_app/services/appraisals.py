"""Preparing an appraisal: the workspace for a period, beside its reflections.

For a chosen period and framework the person writes a short self-assessment of each domain,
reviews last period's objectives (met, partly, not, and why), plans the next period's
objectives (promoting actions from their reflections where they fit) and keeps feedback
they received. Everything lives in the journal's encrypted database, so it is in every
backup; the identifier check reads it before any of it leaves the journal.

Every call validates before it writes and changes nothing when it refuses
(:class:`InvalidInputError` says why in plain words, never repeating what was written).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from journal_app.core.appraisal import (
    MAX_ASSESSMENT,
    MAX_CONTEXT,
    MAX_FEEDBACK,
    MAX_OBJECTIVE,
    MAX_OBJECTIVES,
    MAX_QUOTE,
    Appraisal,
    Feedback,
    Objective,
    ObjectiveOutcome,
    SelfAssessment,
)
from journal_app.core.errors import InvalidInputError
from journal_app.core.frameworks import Framework
from journal_app.core.messages import Message
from journal_app.core.models import Action
from journal_app.core.periods import Period
from journal_app.core.text import check_storable
from journal_app.store import appraisals as store
from journal_app.store.database import InTransaction, JournalDatabase

EARLIEST = date(1970, 1, 1)
LATEST = date(2200, 1, 1)


class FrameworkLookup(Protocol):
    """The part of the framework catalogue an appraisal needs (the catalogue has it)."""

    def framework(self, framework_id: str) -> Framework: ...


_Change = Callable[[Appraisal], Appraisal]
_Item = TypeVar("_Item", Objective, Feedback)


def _checked_text(label: Message, text: str, limit: int) -> str:
    problem = check_storable(label, text, limit)
    if problem:
        raise InvalidInputError(problem)
    return text.strip()


def _checked_date(label: Message, value: date | None) -> date | None:
    if value is not None and not EARLIEST <= value <= LATEST:
        raise InvalidInputError("workspace.date_out_of_range", field=label)
    return value


class Appraisals:
    """The appraisal workspaces of one unlocked journal."""

    def __init__(self, database: JournalDatabase, frameworks: FrameworkLookup) -> None:
        self._db = database
        self._frameworks = frameworks

    # --- reading

    def list(self) -> list[Appraisal]:
        """Every workspace, earliest period first."""
        with self._db.session() as session:
            return store.list_appraisals(session)

    def get(self, appraisal_id: str) -> Appraisal:
        """One workspace by id (InvalidInputError if there is none)."""
        with self._db.session() as session:
            found = store.get_appraisal(session, appraisal_id)
        if found is None:
            raise InvalidInputError(_NO_SUCH_APPRAISAL)
        return found

    def find(self, period: Period) -> Appraisal | None:
        """The workspace for exactly ``period``, if one was started."""
        with self._db.session() as session:
            return store.find_for_period(session, period)

    def previous(self, appraisal: Appraisal) -> Appraisal | None:
        """The workspace before ``appraisal``: its plan holds the objectives to review now."""
        with self._db.session() as session:
            return store.previous_appraisal(session, appraisal.period.start)

    # --- the workspace

    def start(self, period: Period, framework_id: str) -> Appraisal:
        """The workspace for ``period``, made (against ``framework_id``) if there is none yet."""
        self._framework(framework_id)
        self._check_period(period)
        with self._db.session() as session:
            found = store.find_for_period(session, period)
            if found is not None:
                return found
            return store.write_appraisal(session, Appraisal(period, framework_id))

    def set_details(
        self, appraisal_id: str, *, framework_id: str, appraisal_date: date | None
    ) -> Appraisal:
        """Change the workspace's framework or the date of the appraisal meeting.

        Self-assessments of domains the new framework does not have are kept (a later switch
        back finds them) but not shown against it.
        """
        self._framework(framework_id)
        _checked_date(Message("field.appraisal_date"), appraisal_date)
        return self._change(
            appraisal_id,
            lambda a: replace(a, framework_id=framework_id, appraisal_date=appraisal_date),
        )

    def delete(self, appraisal_id: str) -> None:
        """Remove a workspace and everything written in it (reflections are untouched)."""
        with self._db.session() as session:
            if not store.delete_appraisal(session, appraisal_id):
                raise InvalidInputError(_NO_SUCH_APPRAISAL)

    # --- self-assessment

    def set_self_assessment(
        self, appraisal_id: str, domain_code: str, *, strengths: str, to_develop: str
    ) -> Appraisal:
        """Write the person's view of one domain; both texts empty removes it."""
        item = SelfAssessment(
            domain_code,
            _checked_text(Message("field.strengths"), strengths, MAX_ASSESSMENT),
            _checked_text(Message("field.to_develop"), to_develop, MAX_ASSESSMENT),
        )

        def change(appraisal: Appraisal) -> Appraisal:
            self._check_domains(appraisal.framework_id, [domain_code])
            others = [s for s in appraisal.self_assessments if s.domain_code != domain_code]
            kept = [*others, item] if not item.is_empty else others
            return replace(appraisal, self_assessments=tuple(kept))

        return self._change(appraisal_id, change)

    # --- development plan

    def add_objective(self, appraisal_id: str, objective: Objective) -> Appraisal:
        """Add an objective to the period's development plan (its id is made here)."""
        return self._change(appraisal_id, self._adding(replace(objective, id="")))

    def _adding(self, objective: Objective) -> _Change:
        def change(appraisal: Appraisal) -> Appraisal:
            if len(appraisal.plan) >= MAX_OBJECTIVES:
                raise InvalidInputError("workspace.plan_full", limit=MAX_OBJECTIVES)
            checked = self._checked_objective(appraisal, objective)
            return replace(appraisal, plan=(*appraisal.plan, checked))

        return change

    def update_objective(self, appraisal_id: str, objective: Objective) -> Appraisal:
        """Change an objective of the plan (``objective.id`` says which)."""

        def change(appraisal: Appraisal) -> Appraisal:
            checked = self._checked_objective(appraisal, objective)
            return replace(appraisal, plan=_replaced(appraisal.plan, checked, _NO_SUCH_OBJECTIVE))

        return self._change(appraisal_id, change)

    def remove_objective(self, appraisal_id: str, objective_id: str) -> Appraisal:
        """Take an objective out of the plan."""

        def change(appraisal: Appraisal) -> Appraisal:
            kept = tuple(o for o in appraisal.plan if o.id != objective_id)
            if len(kept) == len(appraisal.plan):
                raise InvalidInputError(_NO_SUCH_OBJECTIVE)
            return replace(appraisal, plan=kept)

        return self._change(appraisal_id, change)

    def review_objective(
        self,
        appraisal_id: str,
        objective_id: str,
        outcome: ObjectiveOutcome | None,
        note: str = "",
    ) -> Appraisal:
        """Say what became of an objective of ``appraisal_id``'s plan (usually last period's
        workspace, reviewed in this one); ``outcome`` None marks it not reviewed again."""
        note = _checked_text(Message("field.review_note"), note, MAX_OBJECTIVE)

        def change(appraisal: Appraisal) -> Appraisal:
            current = next((o for o in appraisal.plan if o.id == objective_id), None)
            if current is None:
                raise InvalidInputError(_NO_SUCH_OBJECTIVE)
            reviewed = replace(current, outcome=outcome, outcome_note=note)
            return replace(appraisal, plan=_replaced(appraisal.plan, reviewed, ""))

        return self._change(appraisal_id, change)

    def promote_action(
        self, appraisal_id: str, action: Action, domain_codes: Sequence[str] = ()
    ) -> Appraisal:
        """Make a reflection's action or learning goal an objective of the plan, linked to it;
        its due date becomes the objective's "by when"."""
        if not action.id:
            raise InvalidInputError("workspace.action_not_saved")

        def change(appraisal: Appraisal) -> Appraisal:
            if any(o.from_action_id == action.id for o in appraisal.plan):
                raise InvalidInputError("workspace.action_in_plan")
            return add(appraisal)

        objective = Objective(
            text=action.text,
            domain_codes=tuple(domain_codes),
            by_when=action.due_date,
            from_action_id=action.id,
        )
        add = self._adding(objective)
        return self._change(appraisal_id, change)

    # --- feedback

    def add_feedback(self, appraisal_id: str, feedback: Feedback) -> Appraisal:
        """Keep a quote of feedback received (its id is made here)."""

        def change(appraisal: Appraisal) -> Appraisal:
            if len(appraisal.feedback) >= MAX_FEEDBACK:
                raise InvalidInputError("workspace.feedback_full", limit=MAX_FEEDBACK)
            checked = _checked_feedback(replace(feedback, id=""))
            return replace(appraisal, feedback=(*appraisal.feedback, checked))

        return self._change(appraisal_id, change)

    def update_feedback(self, appraisal_id: str, feedback: Feedback) -> Appraisal:
        """Change a quote of feedback (``feedback.id`` says which)."""

        def change(appraisal: Appraisal) -> Appraisal:
            checked = _checked_feedback(feedback)
            return replace(
                appraisal,
                feedback=_replaced(appraisal.feedback, checked, _NO_SUCH_FEEDBACK),
            )

        return self._change(appraisal_id, change)

    def remove_feedback(self, appraisal_id: str, feedback_id: str) -> Appraisal:
        """Remove a quote of feedback."""

        def change(appraisal: Appraisal) -> Appraisal:
            kept = tuple(f for f in appraisal.feedback if f.id != feedback_id)
            if len(kept) == len(appraisal.feedback):
                raise InvalidInputError(_NO_SUCH_FEEDBACK)
            return replace(appraisal, feedback=kept)

        return self._change(appraisal_id, change)

    # --- import

    def checked(self, appraisal: Appraisal) -> Appraisal:
        """``appraisal`` as it would be stored (every rule above applied), for an import to
        check a whole file before writing any of it."""
        self._framework(appraisal.framework_id)
        self._check_period(appraisal.period)
        _checked_date(Message("field.appraisal_date"), appraisal.appraisal_date)
        self._check_domains(
            appraisal.framework_id, [s.domain_code for s in appraisal.self_assessments]
        )
        for item in appraisal.self_assessments:
            _checked_text(Message("field.strengths"), item.strengths, MAX_ASSESSMENT)
            _checked_text(Message("field.to_develop"), item.to_develop, MAX_ASSESSMENT)
        if len(appraisal.plan) > MAX_OBJECTIVES or len(appraisal.feedback) > MAX_FEEDBACK:
            raise InvalidInputError(
                "workspace.too_much", objectives=MAX_OBJECTIVES, feedback=MAX_FEEDBACK
            )
        return replace(
            appraisal,
            plan=tuple(self._checked_objective(appraisal, o) for o in appraisal.plan),
            feedback=tuple(_checked_feedback(f) for f in appraisal.feedback),
        )

    @staticmethod
    def writer(appraisals: Sequence[Appraisal]) -> InTransaction:
        """Writes ``appraisals`` (already :meth:`checked`) as part of another change, such as
        an import's one transaction."""

        return store.writer(appraisals)

    # --- helpers

    def _change(self, appraisal_id: str, change: _Change) -> Appraisal:
        """Read, change and write one workspace in one transaction."""
        with self._db.session() as session:
            current = store.get_appraisal(session, appraisal_id)
            if current is None:
                raise InvalidInputError(_NO_SUCH_APPRAISAL)
            return store.write_appraisal(session, change(current))

    def _framework(self, framework_id: str) -> Framework:
        return self._frameworks.framework(framework_id)

    def _check_domains(self, framework_id: str, codes: Sequence[str]) -> None:
        framework = self._framework(framework_id)
        for code in codes:
            if framework.domain(code) is None:
                raise InvalidInputError(
                    "workspace.no_such_domain",
                    framework=framework.short_title,
                    code=code[:20],
                    valid=", ".join(framework.codes),
                )

    @staticmethod
    def _check_period(period: Period) -> None:
        _checked_date(Message("field.period_start"), period.start)
        _checked_date(Message("field.period_end"), period.end)
        if period.days > 3 * 366:
            raise InvalidInputError("workspace.period_too_long")

    def _checked_objective(self, appraisal: Appraisal, objective: Objective) -> Objective:
        text = " ".join(
            _checked_text(Message("field.objective"), objective.text, MAX_OBJECTIVE).split()
        )
        if not text:
            raise InvalidInputError("workspace.objective_empty")
        codes = tuple(dict.fromkeys(c.strip() for c in objective.domain_codes if c.strip()))
        self._check_domains(appraisal.framework_id, codes)
        return replace(
            objective,
            text=text,
            domain_codes=codes,
            how=_checked_text(Message("field.how"), objective.how, MAX_OBJECTIVE),
            by_when=_checked_date(Message("field.by_when"), objective.by_when),
            outcome_note=_checked_text(
                Message("field.review_note"), objective.outcome_note, MAX_OBJECTIVE
            ),
        )


def _checked_feedback(feedback: Feedback) -> Feedback:
    quote = _checked_text(Message("field.feedback"), feedback.quote, MAX_QUOTE)
    if not quote:
        raise InvalidInputError("workspace.feedback_empty")
    context = " ".join(
        _checked_text(Message("field.feedback_context"), feedback.context, MAX_CONTEXT).split()
    )
    return replace(
        feedback,
        quote=quote,
        context=context,
        received_on=_checked_date(Message("field.received_on"), feedback.received_on),
    )


def _replaced(items: tuple[_Item, ...], new: _Item, missing: str) -> tuple[_Item, ...]:
    if not any(item.id == new.id for item in items):
        raise InvalidInputError(missing)
    return tuple(new if item.id == new.id else item for item in items)


_NO_SUCH_APPRAISAL = "workspace.not_found"
_NO_SUCH_OBJECTIVE = "workspace.objective_not_found"
_NO_SUCH_FEEDBACK = "workspace.feedback_not_found"

"""What needs the person this week, worked out when they unlock the journal.

Actions and learning goals overdue or due in the next seven days, follow-ups waiting, how
many days are left to the Social Work England CPD deadline and what is still needed, and the
next appraisal meeting if one is set. All of it stays in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal_app.core.actions_due import DueAction, order_actions
from journal_app.core.cpd import CPD_TEMPLATE_ID, CpdStatus, cpd_status
from journal_app.core.follow_up import FollowUpDue
from journal_app.core.models import EntryFilter
from journal_app.core.periods import Period, registration_year
from journal_app.services.appraisals import Appraisals
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService

DAYS_AHEAD = 7


@dataclass(frozen=True)
class ThisWeek:
    """The week ahead at a glance."""

    today: date
    overdue: tuple[DueAction, ...]
    due_soon: tuple[DueAction, ...]
    follow_ups: tuple[FollowUpDue, ...]
    cpd: CpdStatus
    appraisal_date: date | None

    @property
    def nothing_to_do(self) -> bool:
        return not (self.overdue or self.due_soon or self.follow_ups)


def this_week(journal: JournalService, appraisals: Appraisals, today: date) -> ThisWeek:
    """The week ahead of ``today``: reads open actions, follow-ups, CPD records, appraisals."""
    week = Period(today, today + timedelta(days=DAYS_AHEAD - 1))
    open_actions = order_actions(journal.open_dated_actions(week.end), week, today)
    year = registration_year(today)
    records = journal.entries(
        EntryFilter(date_from=year.start, date_to=year.end, template_id=CPD_TEMPLATE_ID)
    )
    meetings = sorted(
        a.appraisal_date
        for a in appraisals.list()
        if a.appraisal_date is not None and a.appraisal_date >= today
    )
    return ThisWeek(
        today=today,
        overdue=tuple(d for d in open_actions if d.overdue),
        due_soon=tuple(d for d in open_actions if not d.overdue),
        follow_ups=tuple(FollowUps(journal).waiting(today)),
        cpd=cpd_status(records, today),
        appraisal_date=meetings[0] if meetings else None,
    )

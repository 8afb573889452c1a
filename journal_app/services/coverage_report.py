"""The coverage report: what the coverage view shows, worked out in one pass.

Domains by month for the period, gaps in words, Social Work England CPD status for the
registration year, and open or overdue actions. Pure work over the journal (no Qt), so the
view can run it on a worker thread and tests can run it directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from journal_app.core.actions_due import DueAction, actions_due
from journal_app.core.coverage import Coverage, compute_coverage, gaps_in_words
from journal_app.core.cpd import CpdStatus, WalesCpd, cpd_status, is_cpd_record, wales_cpd
from journal_app.core.frameworks import Framework
from journal_app.core.messages import Message
from journal_app.core.models import Entry
from journal_app.core.periods import Period, registration_year
from journal_app.services.journal import JournalService


@dataclass(frozen=True)
class CoverageReport:
    """Everything the coverage view shows."""

    coverage: Coverage
    gaps: Message
    cpd: CpdStatus
    actions: tuple[DueAction, ...]
    today: date
    #: CPD since the last Social Care Wales renewal, for people registered in Wales
    wales: WalesCpd | None = None


class ReportCancelled(Exception):
    """The report is no longer wanted (the view was hidden, locked or asked again)."""


def build_report(
    journal: JournalService,
    framework: Framework,
    period: Period,
    today: date,
    cancelled: Callable[[], bool] = lambda: False,
    wales_renewal: date | None = None,
    registered_in_wales: bool = False,
) -> CoverageReport:
    """Read the reflections once and hand them to the core calculations.

    One pass over the journal keeps only what each calculation looks at: the period's
    reflections, this registration year's CPD records and reflections with actions.
    ``cancelled`` is checked as it goes (raising :class:`ReportCancelled`), so locking the
    journal never waits for it. For someone registered in Wales the report also counts CPD
    records since their last renewal (``wales_renewal``, which they enter).
    """
    year = registration_year(today)
    in_period: list[Entry] = []
    cpd_records: list[Entry] = []
    all_cpd_records: list[Entry] = []
    with_actions: list[Entry] = []
    entries = journal.entries()
    try:
        for position, entry in enumerate(entries):
            if position % 50 == 0 and cancelled():
                raise ReportCancelled
            if period.contains(entry.event_date):
                in_period.append(entry)
            if is_cpd_record(entry):
                all_cpd_records.append(entry)
                if year.contains(entry.event_date):
                    cpd_records.append(entry)
            if entry.actions:
                with_actions.append(entry)
    finally:
        entries.close()  # ends the read at once, even when cancelled half way
    coverage = compute_coverage(in_period, framework, period)
    return CoverageReport(
        coverage=coverage,
        gaps=gaps_in_words(coverage),
        cpd=cpd_status(cpd_records, today),
        actions=actions_due(with_actions, period, today),
        today=today,
        wales=wales_cpd(all_cpd_records, wales_renewal, today) if registered_in_wales else None,
    )

"""The appraisal workspace: where the appraisal is prepared, not only where it is printed.

For a chosen appraisal period and framework: a self-assessment of each domain beside that
domain's reflections, last period's objectives with what became of them, the plan for the
next period, and feedback received. Everything is saved in the encrypted journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.appraisal import Appraisal
from journal_app.core.errors import JournalError
from journal_app.core.evidence import OwnerKind
from journal_app.core.periods import Period, appraisal_year
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.appraisal.common import DateField, Workspace, read_date, tr
from journal_app.ui.appraisal.feedback import FeedbackPage
from journal_app.ui.appraisal.objectives import PlanPage, ReviewPage
from journal_app.ui.appraisal.self_assessment import SelfAssessmentPage
from journal_app.ui.evidence_panel import EvidencePanel
from journal_app.ui.passphrase_fields import error_label, show_message

#: appraisal years offered: next year (to plan ahead), this year and the two before
YEARS_BACK = 2


class AppraisalView(QWidget):
    """Prepare an appraisal: self-assessment, objectives, plan and feedback for a period."""

    open_entry_requested = Signal(str)

    def __init__(
        self,
        unlocked: UnlockedJournal,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._unlocked = unlocked
        self._today = today
        self.workspace = Workspace(
            unlocked.appraisals(), unlocked.catalogue, unlocked.protected_names(), self, today
        )
        preferences = unlocked.preferences_or_defaults()
        self._start_month = preferences.appraisal_year_start_month
        self._build(preferences.default_framework_id)
        self.workspace.failed.connect(self._show_problem)
        self.workspace.changed.connect(self._show_details)
        self.refresh()

    def _build(self, framework_id: str) -> None:
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(tr("Appraisal period"))
        self._fill_periods()
        self.framework_combo = QComboBox(self)
        self.framework_combo.setAccessibleName(tr("Framework"))
        for framework in self._unlocked.catalogue.frameworks:
            self.framework_combo.addItem(framework.title, framework.id)
        self.framework_combo.setCurrentIndex(max(0, self.framework_combo.findData(framework_id)))
        self.framework_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.framework_combo.setMinimumContentsLength(20)
        self.meeting_date = DateField(self)
        self.meeting_date.setAccessibleName(tr("Date of the appraisal meeting"))
        self.meeting_date.setPlaceholderText(tr("Not set"))
        self.meeting_date.editingFinished.connect(self._save_details)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.framework_combo.currentIndexChanged.connect(lambda _i: self._save_details())
        self.problem_label = error_label(self)

        # made before its pages, so Tab reaches the tabs before what is on them
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Parts of the appraisal"))
        self.tabs.tabBar().setAccessibleName(tr("Parts of the appraisal"))
        self.self_assessment = SelfAssessmentPage(self.workspace, self._unlocked.journal, self)
        self.self_assessment.open_entry_requested.connect(self.open_entry_requested)
        self.review = ReviewPage(self.workspace, self)
        self.plan = PlanPage(self.workspace, self._unlocked.journal, self)
        self.feedback = FeedbackPage(self.workspace, self)
        self.evidence = EvidencePanel(self._unlocked.evidence, self)
        self.tabs.addTab(self.self_assessment, tr("Self-assessment"))
        self.tabs.addTab(self.review, tr("Last period's objectives"))
        self.tabs.addTab(self.plan, tr("Development plan"))
        self.tabs.addTab(self.feedback, tr("Feedback received"))
        self.tabs.addTab(self.evidence, tr("Evidence files"))

        choose = QHBoxLayout()
        for text, widget, stretch in (
            (tr("Appraisal &period"), self.period_combo, 0),
            (tr("&Framework"), self.framework_combo, 1),
            (tr("Appraisal &meeting"), self.meeting_date, 0),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            choose.addWidget(label)
            choose.addWidget(widget, stretch)
            choose.addSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(choose)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs, 1)

    def _fill_periods(self) -> None:
        """Next year, this year and the years before, plus any period with a workspace."""
        this_year = appraisal_year(self._today(), self._start_month)
        periods = [appraisal_year(this_year.end + timedelta(days=1), self._start_month)]
        period = this_year
        for _ in range(YEARS_BACK + 1):
            periods.append(period)
            period = appraisal_year(period.start - timedelta(days=1), self._start_month)
        try:
            kept = [a.period for a in self.workspace.service.list()]
        except JournalError:
            kept = []
        periods += [p for p in kept if p not in periods]
        self.period_combo.blockSignals(True)
        current = 0
        for item in sorted(periods, key=lambda p: p.start, reverse=True):
            label = item.label
            if item == this_year:
                label = tr("%1 (this year)").replace("%1", label)
                current = self.period_combo.count()
            self.period_combo.addItem(label, item)
        self.period_combo.setCurrentIndex(current)
        self.period_combo.blockSignals(False)

    # -- showing ------------------------------------------------------------------------

    def period(self) -> Period:
        chosen = self.period_combo.currentData()
        assert isinstance(chosen, Period)  # every item holds one
        return chosen

    def refresh(self) -> None:
        """Open the workspace of the chosen period (saving what was typed on the way)."""
        self.problem_label.hide()
        self.workspace.open(self.period(), str(self.framework_combo.currentData()))

    def _show_details(self) -> None:
        show_message(self.problem_label, "")  # a change went through: any earlier problem is over
        appraisal: Appraisal | None = self.workspace.appraisal
        if appraisal is None:
            return
        self.framework_combo.blockSignals(True)
        index = self.framework_combo.findData(appraisal.framework_id)
        self.framework_combo.setCurrentIndex(max(index, 0))
        self.framework_combo.blockSignals(False)
        self.meeting_date.set_value(appraisal.appraisal_date)
        self.evidence.show_files_of(OwnerKind.APPRAISAL, appraisal.id)

    def _show_problem(self, text: str) -> None:
        show_message(self.problem_label, text)

    def _save_details(self) -> None:
        appraisal = self.workspace.appraisal
        if appraisal is None:
            return
        ok, meeting = read_date(self.meeting_date, self.workspace.failed.emit)
        framework_id = str(self.framework_combo.currentData())
        if not ok or (meeting, framework_id) == (appraisal.appraisal_date, appraisal.framework_id):
            return
        self.problem_label.hide()
        self.workspace.apply(
            lambda s: s.set_details(
                appraisal.id, framework_id=framework_id, appraisal_date=meeting
            )
        )

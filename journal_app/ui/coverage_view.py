"""Coverage for appraisal: domains by month, gaps in words, CPD status and actions due.

Working it out (:mod:`journal_app.services.coverage_report`) reads the journal, so it runs
on a worker thread and the view fills in when the result arrives; the window never waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.actions_due import DueAction
from journal_app.core.cpd import CpdStatus, WalesCpd
from journal_app.core.errors import JournalError
from journal_app.core.framework_choice import coming_soon, suggest_frameworks
from journal_app.core.frameworks import Framework
from journal_app.core.messages import render
from journal_app.core.models import Tag
from journal_app.core.periods import Period, appraisal_year, format_uk_date
from journal_app.services.changes import Change
from journal_app.services.coverage_report import CoverageReport, ReportCancelled, build_report
from journal_app.services.preferences import Preferences, renewal_date
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.entries.heatmap import HeatMap
from journal_app.ui.entries.model import short_date
from journal_app.ui.entries.style import RoomyDelegate, make_muted
from journal_app.ui.journal_changes import JournalChanges
from journal_app.ui.plain_text import literal_text, plain_label

YEARS_OFFERED = 3


class _ReportSignals(QObject):
    finished = Signal(int, object)  # generation, CoverageReport
    failed = Signal(int, str)


class _ReportTask(QRunnable):
    def __init__(
        self, generation: int, work: Callable[[Callable[[], bool]], CoverageReport]
    ) -> None:
        super().__init__()
        self.signals = _ReportSignals()
        self.cancelled = threading.Event()
        self._generation = generation
        self._work = work

    def run(self) -> None:
        try:
            report = self._work(self.cancelled.is_set)
        except ReportCancelled:
            self.signals.failed.emit(self._generation, "")
        except JournalError as error:
            self.signals.failed.emit(self._generation, str(error))
        except Exception:  # never let a worker take the app down; say it plainly
            self.signals.failed.emit(
                self._generation, "Coverage could not be worked out. Try again."
            )
        else:
            self.signals.finished.emit(self._generation, report)


class CoverageView(QWidget):
    """The appraisal year at a glance for one framework."""

    open_entry_requested = Signal(str)  # an action's reflection, double-clicked
    reflections_requested = Signal(object, object)  # Tag, Period: a heat map cell, clicked

    def __init__(
        self,
        unlocked: UnlockedJournal,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._unlocked = unlocked
        self._today = today
        self._generation = 0
        self._tasks: dict[int, _ReportTask] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.report: CoverageReport | None = None
        preferences = self._preferences()
        self._preferences_now = preferences
        self._start_month = preferences.appraisal_year_start_month
        self._build(preferences.default_framework_id)
        # worked out when first shown (see showEvent), not while the journal is opening
        #: written to since the report was worked out, while hidden: worked out when shown
        self._stale = False
        self.changes = JournalChanges(unlocked.changes, self)
        self.changes.changed.connect(self._journal_changed)
        # several writes in a row (an import's, a restore's) give one new report
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)

    def _preferences(self) -> Preferences:
        return self._unlocked.preferences_or_defaults()

    # -- layout ----------------------------------------------------------------------------

    def _build(self, framework_id: str) -> None:
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Appraisal year"))
        self.framework_combo = QComboBox(self)
        self.framework_combo.setAccessibleName(self.tr("Framework"))
        for framework in self._unlocked.catalogue.frameworks:
            self.framework_combo.addItem(framework.title, framework.id)
        self.framework_combo.setCurrentIndex(max(0, self.framework_combo.findData(framework_id)))
        # A framework's full title is long ("Adult social work post-qualifying standards:
        # knowledge and skills statement for practice supervisors"): sized to it, the row
        # needed sideways scrolling at 1280x720. The combo may shrink to this many characters
        # and the title is elided.
        self.framework_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.framework_combo.setMinimumContentsLength(24)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.framework_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        # where the framework comes from and how far it was checked, and what suits the person
        self.source_label = _text_label(self)
        make_muted(self.source_label)
        self.source_label.setAccessibleName(self.tr("Source of the framework"))
        self.suggest_label = _text_label(self)
        make_muted(self.suggest_label)
        self.suggest_label.setAccessibleName(self.tr("Frameworks suggested for you"))
        self.versions_label = _text_label(self)
        self.move_button = QPushButton(self.tr("&Move tags to the new version…"), self)
        self.move_button.clicked.connect(self._move_tags)
        self.undo_move_button = QPushButton(self.tr("&Undo the last move"), self)
        self.undo_move_button.clicked.connect(self._undo_move)
        self.state_label = plain_label(QLabel(self))  # can say why something failed
        make_muted(self.state_label)
        self.state_label.hide()  # until there is something to say (see _show_state)
        self.summary_label = _text_label(self)
        self.summary_label.setAccessibleName(self.tr("Coverage summary"))
        self.heat_map = HeatMap(self)
        self.heat_map.cell_chosen.connect(self._cell_chosen)
        self.gaps_label = _text_label(self)
        self.gaps_label.setAccessibleName(self.tr("Gaps"))
        self.cpd_label = _text_label(self)
        self.cpd_label.setAccessibleName(self.tr("Social Work England CPD"))
        self.cpd_period = QLabel(self)
        make_muted(self.cpd_period)
        self.actions_tree = QTreeWidget(self)
        self.actions_tree.setAccessibleName(self.tr("Open and overdue actions"))
        self.actions_tree.setHeaderLabels([self.tr("Due"), self.tr("Action"), self.tr("From")])
        self.actions_tree.setRootIsDecorated(False)
        header = self.actions_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 220)
        self.actions_tree.setAlternatingRowColors(True)
        self.actions_tree.setWordWrap(False)
        self.actions_tree.setUniformRowHeights(True)
        self.actions_tree.setItemDelegate(RoomyDelegate(self.actions_tree))
        self.actions_tree.setMinimumHeight(self.fontMetrics().height() * 10)
        self.actions_tree.itemActivated.connect(
            lambda item, _c: self.open_entry_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.legend = QLabel(
            self.tr(
                "Each number is how many reflections evidence that domain in that month; "
                "the stronger the colour, the more there are. "
                "Dotted boxes are months still to come. Click a number to see those "
                "reflections."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        make_muted(self.legend)
        self.actions_empty = QLabel(self)
        make_muted(self.actions_empty)

        choose = QHBoxLayout()
        for text, widget in (
            (self.tr("Appraisal &year"), self.year_combo),
            (self.tr("&Framework"), self.framework_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            choose.addWidget(label)
            # the framework's title takes the room there is (and is elided without it)
            choose.addWidget(widget, 1 if widget is self.framework_combo else 0)
            choose.addSpacing(16)
        # "Working out your coverage…" goes on a line of its own: at the end of the row it
        # made the row wider than a 1280x720 window.
        self.state_label.setWordWrap(True)

        evidence = QGroupBox(self.tr("Reflections by domain and month"), self)
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.addWidget(self.summary_label)
        evidence_layout.addWidget(self.gaps_label)
        evidence_layout.addSpacing(8)
        evidence_layout.addWidget(self.heat_map)
        evidence_layout.addWidget(self.legend)
        cpd = QGroupBox(self.tr("Social Work England CPD"), self)
        self.cpd_group = cpd
        cpd_layout = QVBoxLayout(cpd)
        cpd_layout.addWidget(self.cpd_period)
        cpd_layout.addWidget(self.cpd_label)
        cpd_layout.addStretch(1)
        actions = QGroupBox(self.tr("Open and overdue actions"), self)
        actions_layout = QVBoxLayout(actions)
        actions_layout.addWidget(self.actions_empty)
        actions_layout.addWidget(self.actions_tree)
        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        lower.addWidget(cpd, 0, 0)
        lower.addWidget(actions, 0, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 2)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(16)
        column.addLayout(choose)
        column.addWidget(self.source_label)
        column.addWidget(self.suggest_label)
        versions = QHBoxLayout()
        versions.addWidget(self.versions_label, 1)
        versions.addWidget(self.move_button)
        versions.addWidget(self.undo_move_button)
        column.addLayout(versions)
        column.addWidget(self.state_label)
        column.addWidget(evidence)
        column.addLayout(lower)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the texts inside take the focus (and are scrolled into view): no nameless stop
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _cell_chosen(self, domain_code: str, period: Period) -> None:
        framework_id = str(self.framework_combo.currentData())
        self.reflections_requested.emit(Tag(framework_id, domain_code), period)

    def _show_state(self, text: str) -> None:
        """Say what the view is doing; the line takes no room when there is nothing to say."""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        chosen = max(self.year_combo.currentIndex(), 0)
        self.year_combo.clear()
        period = appraisal_year(self._today(), self._start_month)
        for index in range(YEARS_OFFERED):
            label = (
                period.label if index else self.tr("%1 (this year)").replace("%1", period.label)
            )
            self.year_combo.addItem(label, (period.start, period.end))
            period = appraisal_year(period.start - timedelta(days=1), self._start_month)
        self.year_combo.setCurrentIndex(chosen)
        self.year_combo.blockSignals(False)

    # -- working it out --------------------------------------------------------------------

    def period(self) -> Period:
        start, end = self.year_combo.currentData()
        return Period(start, end)

    def framework(self) -> Framework:
        return self._unlocked.catalogue.framework(str(self.framework_combo.currentData()))

    def _journal_changed(self, change: Change) -> None:
        """Reflections, tags, actions or settings changed through the services."""
        if not (change.entries or change.many or change.settings or change.tags):
            return
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Work out coverage again (on a worker thread) for the chosen year and framework."""
        self._stale = False
        preferences = self._preferences()
        month = preferences.appraisal_year_start_month
        if month != self._start_month:
            self._start_month = month
            self._fill_years()
        self._generation += 1
        generation = self._generation
        journal, framework, period, today = (
            self._unlocked.journal,
            self.framework(),
            self.period(),
            self._today(),
        )
        for older in self._tasks.values():
            older.cancelled.set()  # its answer would be thrown away anyway
        wales = preferences.registered_with in ("scw", "both")
        renewal = renewal_date(preferences)
        task = _ReportTask(
            generation,
            lambda cancelled: build_report(
                journal, framework, period, today, cancelled, renewal, wales
            ),
        )
        self._preferences_now = preferences
        self._show_framework(framework, preferences)
        task.setAutoDelete(False)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        self._tasks[generation] = task
        self._show_state(self.tr("Working out your coverage…"))
        self._pool.start(task)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.report is None or self._stale) and not self._tasks:
            self.refresh()  # first shown, hidden before the last answer came, or written to

    def hideEvent(self, event: QHideEvent) -> None:
        # hidden (another view, or the journal locking): stop reading reflections now, so
        # locking never waits for a year's worth of them
        for task in self._tasks.values():
            task.cancelled.set()
        super().hideEvent(event)

    def _finished(self, generation: int, report: CoverageReport) -> None:
        self._tasks.pop(generation, None)
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        self.report = report
        self._show_state("")
        self._show(report)

    def _failed(self, generation: int, message: str) -> None:
        self._tasks.pop(generation, None)
        if generation == self._generation:
            self._show_state(message)  # empty when it was only cancelled

    # -- showing it ------------------------------------------------------------------------

    def _show(self, report: CoverageReport) -> None:
        coverage = report.coverage
        framework = self.framework()
        self.summary_label.setText(
            self.tr("%n reflection(s) in this appraisal year", "", coverage.total_entries)
            + "; "
            + self.tr("%n tagged to %1.", "", coverage.tagged_entries).replace(
                "%1", framework.short_title
            )
        )
        versions = coverage.versions_in_words()
        if versions:
            self.summary_label.setText(self.summary_label.text() + " " + versions)
        self.heat_map.set_coverage(coverage, report.today)
        self.gaps_label.setText(render(report.gaps))
        registered = self._preferences_now.registered_with
        self._show_cpd(report.cpd, report.wales, registered)
        self._show_actions(report.actions)

    def _show_framework(self, framework: Framework, preferences: Preferences) -> None:
        """The source line, the suggestions for the person, and any tags left on an older
        version of this framework."""
        source = framework.source_document
        if source is None:
            self.source_label.setText(self.tr("Source: %1").replace("%1", framework.source))
        else:
            text = (
                self.tr("Source: %1 (%2, %3). Checked %4.")
                .replace("%1", source.title)
                .replace("%2", source.publisher)
                .replace("%3", source.published)
                .replace("%4", format_uk_date(source.checked_on))
            )
            if source.unconfirmed_codes:
                text += " " + self.tr(
                    "Wording not yet confirmed against the published document: %1."
                ).replace("%1", ", ".join(source.unconfirmed_codes))
            self.source_label.setText(text)
        if framework.about:  # what it is, when its title stays in English in Welsh
            self.source_label.setText(f"{framework.about} {self.source_label.text()}")
        frameworks = self._unlocked.catalogue.frameworks
        today = self._today()
        suggested = suggest_frameworks(
            frameworks, preferences.user_role, preferences.registered_with, today
        )
        lines = []
        if suggested:
            lines.append(
                self.tr("Suggested for your role and registration: %1.").replace(
                    "%1", ", ".join(f.short_title for f in suggested)
                )
            )
        if not framework.in_force_on(today) and framework.in_force_from:
            lines.append(
                self.tr("%1 applies from %2.")
                .replace("%1", framework.short_title)
                .replace("%2", format_uk_date(framework.in_force_from))
            )
        elif not framework.in_force_on(today) and framework.in_force_until:
            lines.append(
                self.tr("%1 applied until %2.")
                .replace("%1", framework.short_title)
                .replace("%2", format_uk_date(framework.in_force_until))
            )
        for coming in coming_soon(frameworks, today):
            if coming.id != framework.id:
                lines.append(
                    self.tr("Coming: %1, from %2.")
                    .replace("%1", coming.short_title)
                    .replace("%2", format_uk_date(coming.in_force_from or today))
                )
        self.suggest_label.setText(" ".join(lines))
        self.suggest_label.setVisible(bool(lines))
        self._show_versions(framework)

    def _show_versions(self, framework: Framework) -> None:
        try:
            versions = self._unlocked.tag_versions()
            offers = [o for o in versions.offers() if o.new.id == framework.id]
            last = versions.last_move()
        except JournalError:
            offers, last = [], None
        text = ""
        if offers:
            offer = offers[0]
            text = (
                self.tr("%n tag(s) still on version %1 of %2.", "", offer.tags)
                .replace("%1", offer.old.version)
                .replace("%2", framework.short_title)
            )
        self.versions_label.setText(text)
        self.versions_label.setVisible(bool(text))
        self.move_button.setVisible(bool(offers))
        self.undo_move_button.setVisible(last is not None and last.framework_id == framework.id)

    def _move_tags(self) -> None:
        from journal_app.ui.tag_move_dialog import TagMoveDialog

        try:
            dialog = TagMoveDialog(self._unlocked, self.framework().id, self)
        except JournalError as error:
            self._show_state(str(error))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _undo_move(self) -> None:
        try:
            done = self._unlocked.tag_versions().undo_last()
        except JournalError as error:
            self._show_state(str(error))
            return
        self.refresh()
        self._show_state(
            self.tr("Put back %n tag(s) on version %1.", "", done.tags).replace(
                "%1", done.from_version
            )
        )

    def _show_cpd(self, cpd: CpdStatus, wales: WalesCpd | None, registered: str) -> None:
        swe_lines = self._swe_lines(cpd) if registered in ("swe", "both") else []
        wales_lines = self._wales_lines(wales, registered == "both") if wales is not None else []
        if registered == "scw":
            self.cpd_group.setTitle(self.tr("Social Care Wales CPD"))
            self.cpd_period.setText(self.tr("Since your last renewal"))
        elif registered == "both":
            self.cpd_group.setTitle(self.tr("CPD: Social Work England and Social Care Wales"))
            self.cpd_period.setText(
                self.tr("Registration year %1").replace("%1", cpd.period.label)
            )
        else:
            self.cpd_group.setTitle(self.tr("Social Work England CPD"))
            self.cpd_period.setText(
                self.tr("Registration year %1").replace("%1", cpd.period.label)
            )
        gap = [""] if swe_lines and wales_lines else []
        self.cpd_label.setText("\n".join([*swe_lines, *gap, *wales_lines]))

    def _wales_lines(self, wales: WalesCpd, named: bool) -> list[str]:
        # named: under the Social Work England lines, say whose these are
        lines = [self.tr("Social Care Wales")] if named else []
        if wales.last_renewal is not None:
            lines.append(
                self.tr("Last renewal: %1").replace("%1", format_uk_date(wales.last_renewal))
            )
        lines += ["", render(wales.in_words)]
        return lines

    def _swe_lines(self, cpd: CpdStatus) -> list[str]:
        lines = [
            self.tr("CPD records: %1 of at least %2")
            .replace("%1", str(cpd.records))
            .replace("%2", str(cpd.required_records)),
            self.tr("With peer reflection: %1 of at least %2")
            .replace("%1", str(cpd.with_peer_reflection))
            .replace("%2", str(cpd.required_peer)),
            self.tr("Days to %1: %2")
            .replace("%1", format_uk_date(cpd.period.end))
            .replace("%2", str(cpd.days_left)),
            "",
            render(cpd.shortfall_in_words),
        ]
        if not cpd.peer_required:
            lines.pop(1)  # this year's rule asks for no peer reflection
        return lines

    def _show_actions(self, actions: tuple[DueAction, ...]) -> None:
        self.actions_tree.clear()
        overdue = sum(1 for a in actions if a.overdue)
        if actions:
            self.actions_empty.setText(
                self.tr("%n open", "", len(actions)) + ", " + self.tr("%n overdue", "", overdue)
            )
        else:
            self.actions_empty.setText(self.tr("No open actions for this year."))
        self.actions_tree.setVisible(bool(actions))
        for due in actions:
            when = short_date(due.action.due_date) if due.action.due_date else self.tr("No date")
            if due.overdue:
                when = self.tr("Overdue: %1").replace("%1", when)
            item = QTreeWidgetItem(self.actions_tree, [when, due.action.text, due.entry_title])
            item.setData(0, Qt.ItemDataRole.UserRole, due.entry_id)
            item.setToolTip(1, literal_text(due.action.text))
            if due.overdue:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)


def _text_label(parent: QWidget) -> QLabel:
    # framework and domain titles (an imported framework's among them) appear in these
    label = plain_label(QLabel(parent))
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label

"""The filters beside the list: kinds of reflection, domains of each framework, and dates.

Counts come from ``JournalService.count``; a framework's domains are only counted while the
framework is expanded, so a closed framework costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import EntryFilter, Status, Tag, Visibility
from journal_app.core.periods import Period, appraisal_year, format_uk_date
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.date_field import DateField
from journal_app.ui.entries.style import DATE_FORMAT, RoomyDelegate, from_qdate, to_qdate
from journal_app.ui.plain_text import literal_text
from journal_app.ui.tree_items import children_of, top_level_items

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

# date range choices, in the order the combo box offers them
THIS_YEAR, LAST_YEAR, ALL_DATES, CUSTOM = range(4)


class _CountSignals(QObject):
    counted = Signal(object)  # {filter key: count}


class _CountsTask(QRunnable):
    """Counts reflections for each filter off the GUI thread."""

    def __init__(self, work: Callable[[], dict[tuple[str, ...], int]]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _CountSignals()
        self._work = work

    def run(self) -> None:
        try:
            counts = self._work()
        except Exception:  # locked or closing: the counts simply stay as they were
            return
        self.signals.counted.emit(counts)


class Sidebar(QWidget):
    """Emits the filter the entry list should show whenever the user picks another one."""

    filter_changed = Signal(object)  # EntryFilter

    def __init__(
        self,
        unlocked: UnlockedJournal,
        default_framework_id: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        appraisal_start_month: int = 4,
    ) -> None:
        super().__init__(parent)
        self._journal = unlocked.journal
        self._catalogue = unlocked.catalogue
        self._today = today
        self._start_month = appraisal_start_month
        self._default_framework = default_framework_id or self._catalogue.default_framework_id
        self._tree = QTreeWidget(self)
        self._range = QComboBox(self)
        self._from = DateField(self)
        self._to = DateField(self)
        self._range_label = QLabel(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[_CountsTask] = set()
        self._build()
        self._fill_tree()
        # Connected after filling: the default framework opens expanded, and its domains are
        # counted with everything else just below.
        self._tree.itemExpanded.connect(lambda item: self._count_domains(item))
        self._apply_range_choice(THIS_YEAR, emit=False)
        # Counted once the event loop runs again, not now: the rest of the view is built
        # (and the list drawn) without a counting worker competing for the processor.
        QTimer.singleShot(0, self, self.refresh_counts)

    @property
    def tree(self) -> QTreeWidget:
        """The list of what to show (all, a domain, the trash...): the pane's first stop."""
        return self._tree

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        tree = self._tree
        tree.setColumnCount(2)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setAccessibleName(self.tr("Show reflections"))
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setIndentation(14)
        tree.setItemDelegate(RoomyDelegate(tree))
        tree.itemSelectionChanged.connect(self._emit_filter)

        self._range.setAccessibleName(self.tr("Dates shown"))
        self._range.addItems(
            [
                self.tr("This appraisal year"),
                self.tr("Last appraisal year"),
                self.tr("All dates"),
                self.tr("Choose dates…"),
            ]
        )
        self._range.activated.connect(lambda choice: self._apply_range_choice(choice))
        for edit, name in ((self._from, self.tr("From")), (self._to, self.tr("To"))):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._custom_dates_changed)
        self._range_label.setWordWrap(True)
        self._range_label.setAccessibleName(self.tr("Dates shown"))

        dates_title = QLabel(self.tr("&Dates"), self)
        dates_title.setBuddy(self._range)
        custom = QHBoxLayout()
        custom.addWidget(self._from)
        custom.addWidget(QLabel("–", self))
        custom.addWidget(self._to)
        self._custom_row = QWidget(self)
        self._custom_row.setLayout(custom)
        custom.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(tree, 1)
        layout.addWidget(dates_title)
        layout.addWidget(self._range)
        layout.addWidget(self._custom_row)
        layout.addWidget(self._range_label)

    def _fill_tree(self) -> None:
        self._tree.clear()
        for key, label in (
            ("all", self.tr("All reflections")),
            ("drafts", self.tr("Drafts")),
            ("shareable", self.tr("Shareable")),
            ("trash", self.tr("Trash")),
        ):
            item = QTreeWidgetItem(self._tree, [label, ""])
            item.setData(0, KEY_ROLE, (key,))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for framework in self._catalogue.frameworks:
            heading = QTreeWidgetItem(self._tree, [framework.short_title, ""])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setToolTip(0, literal_text(framework.title))
            heading.setData(0, KEY_ROLE, ("framework", framework.id))
            for domain in framework.domains:
                child = QTreeWidgetItem(heading, [f"{domain.code}  {domain.title}", ""])
                child.setData(0, KEY_ROLE, ("domain", framework.id, domain.code))
                child.setToolTip(0, literal_text(f"{domain.title}\n\n{domain.summary}"))
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if framework.id == self._default_framework:
                heading.setExpanded(True)
        first = self._tree.topLevelItem(0)
        if first is not None:
            self._tree.setCurrentItem(first)

    # -- dates -----------------------------------------------------------------------------

    def set_appraisal_start_month(self, month: int) -> None:
        """Follow the employer's appraisal year (preferences), 1 = January."""
        if month == self._start_month:
            return
        self._start_month = month
        self._apply_range_choice(self._range.currentIndex())

    def appraisal_period(self, years_back: int = 0) -> Period:
        today = self._today()
        period = appraisal_year(today, self._start_month)
        for _ in range(years_back):
            period = appraisal_year(period.start - timedelta(days=1), self._start_month)
        return period

    def _apply_range_choice(self, choice: int, emit: bool = True) -> None:
        self._range.setCurrentIndex(choice)
        self._custom_row.setVisible(choice == CUSTOM)
        if choice in (THIS_YEAR, LAST_YEAR):
            period = self.appraisal_period(0 if choice == THIS_YEAR else 1)
            self._set_custom_dates(period.start, period.end)
        elif choice == CUSTOM and self._from.date() > self._to.date():
            self._to.setDate(self._from.date())
        self._describe_range()
        if emit:
            self.refresh_counts()
            self._emit_filter()

    def _set_custom_dates(self, start: date, end: date) -> None:
        for edit, value in ((self._from, start), (self._to, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def _custom_dates_changed(self) -> None:
        if self._range.currentIndex() == CUSTOM:
            self._describe_range()
            self.refresh_counts()
            self._emit_filter()

    def date_range(self) -> tuple[date | None, date | None]:
        if self._range.currentIndex() == ALL_DATES:
            return None, None
        start, end = from_qdate(self._from.date()), from_qdate(self._to.date())
        return (start, end) if start <= end else (end, start)

    def _describe_range(self) -> None:
        start, end = self.date_range()
        if start is None or end is None:
            self._range_label.setText(self.tr("Showing reflections from any date."))
            return
        self._range_label.setText(
            self.tr("%1 to %2")
            .replace("%1", format_uk_date(start))
            .replace("%2", format_uk_date(end))
        )

    def show_all_dates(self) -> None:
        """Widen the range to every date (for example when opening an older reflection)."""
        self._apply_range_choice(ALL_DATES)

    # -- the filter ------------------------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        start, end = self.date_range()
        base = EntryFilter(date_from=start, date_to=end)
        item = self._tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else ("all",)
        match key:
            case ("drafts",):
                return replace(base, status=Status.DRAFT)
            case ("shareable",):
                return replace(base, visibility=Visibility.SHAREABLE)
            case ("trash",):
                return replace(base, in_trash=True)
            case ("domain", framework_id, code):
                return replace(base, tag=Tag(framework_id, code))
        return base

    def current_label(self) -> str:
        item = self._tree.currentItem()
        return item.text(0).strip() if item is not None else self.tr("All reflections")

    def select(self, key: tuple[str, ...]) -> None:
        for item in self._items():
            if item.data(0, KEY_ROLE) == key:
                self._tree.setCurrentItem(item)
                return

    def show_domain(self, tag: Tag, period: Period) -> None:
        """Show the reflections tagged to one domain between two dates (a Coverage cell)."""
        self._set_custom_dates(period.start, period.end)
        self._apply_range_choice(CUSTOM, emit=False)
        self._tree.blockSignals(True)  # one filter change below, not one per step
        try:
            self.select(("domain", tag.framework_id, tag.domain_code))
            item = self._tree.currentItem()
            parent = item.parent() if item is not None else None
            if parent is not None:
                parent.setExpanded(True)
        finally:
            self._tree.blockSignals(False)
        self.refresh_counts()
        self._emit_filter()

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    # -- counts ----------------------------------------------------------------------------

    @property
    def counting(self) -> bool:
        """Whether counts are being worked out on the worker thread now."""
        return self._pool.activeThreadCount() > 0

    def refresh_counts(self) -> None:
        """Recount the kinds of reflection and the domains of expanded frameworks.

        Counting runs on a worker thread: at 10,000 reflections the dozen counts take a
        few hundred milliseconds, which typing should never feel.
        """
        start, end = self.date_range()
        base = EntryFilter(date_from=start, date_to=end)
        filters: dict[tuple[str, ...], EntryFilter] = {
            ("all",): base,
            ("drafts",): replace(base, status=Status.DRAFT),
            ("shareable",): replace(base, visibility=Visibility.SHAREABLE),
            ("trash",): replace(base, in_trash=True),
        }
        for heading in top_level_items(self._tree):
            if heading.isExpanded():
                filters.update(self._domain_filters(heading, base))
        self._start_counting(filters)

    def _count_domains(self, heading: QTreeWidgetItem) -> None:
        start, end = self.date_range()
        self._start_counting(
            self._domain_filters(heading, EntryFilter(date_from=start, date_to=end))
        )

    def _domain_filters(
        self, heading: QTreeWidgetItem, base: EntryFilter
    ) -> dict[tuple[str, ...], EntryFilter]:
        filters: dict[tuple[str, ...], EntryFilter] = {}
        for child in children_of(heading):
            key = child.data(0, KEY_ROLE)
            _, framework_id, code = key
            filters[key] = replace(base, tag=Tag(framework_id, code))
        return filters

    def _start_counting(self, filters: dict[tuple[str, ...], EntryFilter]) -> None:
        journal = self._journal
        task = _CountsTask(lambda: {key: journal.count(f) for key, f in filters.items()})
        task.signals.counted.connect(self._show_counts)
        self._tasks.add(task)
        task.signals.counted.connect(lambda _counts, t=task: self._tasks.discard(t))
        self._pool.start(task)

    def wait_for_counts(self, msecs: int = 10_000) -> bool:
        """Block until counting is done (for tests and screenshots)."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        return done

    def _show_counts(self, counts: dict[tuple[str, ...], int]) -> None:
        items = {item.data(0, KEY_ROLE): item for item in self._items()}
        for key, count in counts.items():
            item = items.get(key)
            if item is None:
                continue
            item.setText(1, str(count))
            name = item.text(0).strip()
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1, %n reflection(s)", "", count).replace("%1", name),
            )

    def count_of(self, key: tuple[str, ...]) -> str:
        """The count shown beside a filter (for tests and the status line)."""
        for item in self._items():
            if item.data(0, KEY_ROLE) == key:
                return item.text(1)
        return ""

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for item in top_level_items(self._tree):
            found.append(item)
            found.extend(children_of(item))
        return found

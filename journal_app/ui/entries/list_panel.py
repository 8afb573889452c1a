"""The middle column: search box, "New reflection", sort order, and the list (or results).

Only layout and list behaviour live here; what a click means is decided by the journal view.
Refreshing keeps the selected reflection and the scroll position.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import EntryFilter, SearchHit
from journal_app.core.search_query import is_exact_search
from journal_app.services.journal import JournalService
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.entries.delegate import EntryDelegate
from journal_app.ui.entries.model import EntryListModel, EntryRoles
from journal_app.ui.entries.style import make_muted
from journal_app.ui.plain_text import plain_label
from journal_app.ui.search_bar import (
    SearchBar,
    SearchHitDelegate,
    SearchResultsModel,
    no_results_text,
)

LIST_PAGE, RESULTS_PAGE, EMPTY_PAGE = range(3)

# (label, sort key, newest/largest first)
SORT_CHOICES = (
    (QT_TRANSLATE_NOOP("EntryListPanel", "Newest first"), "date", True),
    (QT_TRANSLATE_NOOP("EntryListPanel", "Oldest first"), "date", False),
    (QT_TRANSLATE_NOOP("EntryListPanel", "Recently changed"), "updated", True),
    (QT_TRANSLATE_NOOP("EntryListPanel", "Title A to Z"), "title", False),
)


class EntryListPanel(QWidget):
    """The list of reflections for the sidebar's filter, or the results of a search."""

    entry_chosen = Signal(str)
    trash_requested = Signal(str)
    widen_dates_requested = Signal()

    def __init__(self, unlocked: UnlockedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal: JournalService = unlocked.journal
        self._quiet = False
        self._label = ""  # the chosen kind or domain, named in the heading
        self.searching = ""
        self.search_bar = SearchBar(self)
        self.new_button = QPushButton(self.tr("New reflection"), self)
        self.new_button.setAccessibleName(self.tr("New reflection"))
        self.new_button.setToolTip(self.tr("Write a new reflection (Ctrl+N)"))
        self.heading = plain_label(QLabel(self))  # names the chosen domain
        self.heading.setAccessibleName(self.tr("Reflections shown"))
        make_muted(self.heading)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setAccessibleName(self.tr("Sort reflections"))
        for label, _key, _descending in SORT_CHOICES:
            # PySide6 types the marker's result as object; at run time it is the text given
            self.sort_combo.addItem(self.tr(str(label)))
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)

        self.model = EntryListModel(unlocked.journal, unlocked.catalogue, self)
        self.list_view = self._make_view(self.tr("Reflections"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        template_titles = {t.id: t.title for t in unlocked.catalogue.templates}
        self.results_model = SearchResultsModel(template_titles, self)
        self.results_view = self._make_view(self.tr("Search results"))
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchHitDelegate(self.results_view))
        for view in (self.list_view, self.results_view):
            view.selectionModel().currentChanged.connect(self._current_changed)
        self._add_trash_shortcut()

        self.empty_label = plain_label(QLabel(self))  # can quote the search
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.widen_button = QPushButton(self.tr("Show all dates"), self)
        self.widen_button.clicked.connect(self.widen_dates_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.results_view)
        self.stack.addWidget(self._empty_page())
        self._layout()
        self.search_bar.search_requested.connect(self.search)

    def _make_view(self, name: str) -> QListView:
        view = QListView(self)
        view.setAccessibleName(name)
        view.setUniformItemSizes(True)  # every row is the same height: fast with 10,000
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setMouseTracking(True)
        return view

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.widen_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_bar, 1)
        top.addWidget(self.new_button)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.heading, 1)
        sort_row.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(sort_row)
        layout.addWidget(self.stack, 1)

    def _add_trash_shortcut(self) -> None:
        action = QAction(self.tr("Move to trash"), self.list_view)
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self._trash_current)
        self.list_view.addAction(action)

    def _trash_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id and not self.model.entry_filter.in_trash:
            self.trash_requested.emit(entry_id)

    # -- the list --------------------------------------------------------------------------

    def set_filter(self, entry_filter: EntryFilter, label: str) -> None:
        selected = self.current_entry_id()
        self._label = label
        self.model.set_filter(entry_filter)
        if selected:
            self.select_entry(selected)
        self._update_page()

    def _sort_chosen(self, index: int) -> None:
        _label, key, descending = SORT_CHOICES[index]
        selected = self.current_entry_id()
        self.model.set_sort(key, descending)
        if selected:
            self.select_entry(selected)

    def refresh(self) -> None:
        """Re-read the list, keeping the selection and the scroll position."""
        selected = self.current_entry_id()
        scroll = self.list_view.verticalScrollBar().value()
        self.model.refresh()
        if selected:
            self.select_entry(selected)
        self.list_view.verticalScrollBar().setValue(scroll)
        if self.searching:
            self.search(self.searching)
        self._update_page()

    def entry_saved(self, entry_id: str, created: bool) -> None:
        if created:
            self.refresh()
            self.select_entry(entry_id)
        else:
            self.model.entry_saved(entry_id)
            self._update_page()

    def select_entry(self, entry_id: str | None) -> None:
        """Highlight a reflection in the list without opening it again."""
        view = self.results_view if self.searching else self.list_view
        model = view.model()
        self._quiet = True
        try:
            row = self._row_of(entry_id) if entry_id else -1
            if row < 0:
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
                )
                return
            index = model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._quiet = False

    def _row_of(self, entry_id: str) -> int:
        if not self.searching:
            return self.model.row_of(entry_id)
        for row in range(self.results_model.rowCount()):
            hit = self.results_model.hit(row)
            if hit is not None and hit.entry.id == entry_id:
                return row
        return -1

    def current_entry_id(self) -> str | None:
        view = self.results_view if self.searching else self.list_view
        index = view.currentIndex()
        return index.data(EntryRoles.ENTRY_ID) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.entry_chosen.emit(current.data(EntryRoles.ENTRY_ID))

    def _update_page(self) -> None:
        if self.searching:
            return
        total = self.model.total
        if self.model.entry_filter == EntryFilter(
            date_from=self.model.entry_filter.date_from, date_to=self.model.entry_filter.date_to
        ):
            heading = self.tr("%n reflection(s)", "", total)
        else:
            heading = self.tr("%1: %n reflection(s)", "", total)
        self.heading.setText(heading.replace("%1", self._label))
        if total:
            self.stack.setCurrentIndex(LIST_PAGE)
            return
        entry_filter = self.model.entry_filter
        self.widen_button.setVisible(False)
        if entry_filter.in_trash:
            text = self.tr("The trash is empty.")
        elif (
            self._journal.count(EntryFilter()) == 0
            and self._journal.count(EntryFilter(in_trash=True)) == 0
        ):
            text = self.tr("No reflections yet — press Ctrl+N to write your first.")
        else:
            text = self.tr("No reflections here for these dates.")
            self.widen_button.setVisible(entry_filter.date_from is not None)
        self.empty_label.setText(text)
        self.stack.setCurrentIndex(EMPTY_PAGE)

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Show reflections matching ``text`` (all dates, not the trash), or the list again."""
        self.searching = text.strip()
        # The sort order is the list's; results come best match first (or, for an exact
        # phrase, newest first, as the heading says), so it is hidden while searching.
        self.sort_combo.setVisible(not self.searching)
        if not self.searching:
            self.results_model.set_hits([])
            self._update_page()
            return
        hits: list[SearchHit] = self._journal.search(self.searching, as_you_type=True)
        self.results_model.set_hits(hits)
        if is_exact_search(self.searching):
            # Say why the order differs from a search for words (best match first).
            heading = self.tr("Exact wording, newest first: %n found", "", len(hits))
        else:
            heading = self.tr("Search, all dates: %n found", "", len(hits))
        self.heading.setText(heading)
        if hits:
            self.stack.setCurrentIndex(RESULTS_PAGE)
        else:
            self.empty_label.setText(no_results_text(self.searching))
            self.widen_button.setVisible(False)
            self.stack.setCurrentIndex(EMPTY_PAGE)

"""The list of reflections as a Qt item model, loaded a page at a time.

Sorting happens in the database (``JournalService.list(sort=...)``), not in a proxy: a proxy
would have to pull every row in to sort it, which defeats lazy loading at 10,000 entries.
The model only ever holds light :class:`EntrySummary` values, never bodies or sections.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.core.localised import short_month_name
from journal_app.core.models import EntryFilter, EntrySummary, Status, Tag, Visibility
from journal_app.core.periods import format_uk_date
from journal_app.services.journal import JournalService
from journal_app.ui.plain_text import literal_text
from journal_app.ui.plurals import plural

PAGE_SIZE = 200

#: the sort keys JournalService.list understands, in the order a sort menu offers them
SORT_KEYS = ("date", "updated", "title")

_Index = QModelIndex | QPersistentModelIndex


class EntryRoles(IntEnum):
    """Extra data the delegate and the views read from each row."""

    SUMMARY = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2
    DATE_TEXT = Qt.ItemDataRole.UserRole + 3
    DETAILS_TEXT = Qt.ItemDataRole.UserRole + 4
    CHIPS = Qt.ItemDataRole.UserRole + 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryListModel", text)


def status_label(status: Status) -> str:
    return _tr("Draft") if status is Status.DRAFT else _tr("Final")


def visibility_label(visibility: Visibility) -> str:
    return _tr("Private") if visibility is Visibility.PRIVATE else _tr("Shareable")


def short_date(value: date) -> str:
    """A date for a crowded list row, day first with the month in letters: ``5 Nov 2026``,
    ``5 Tach 2026``."""
    return f"{value.day} {short_month_name(value.month)} {value.year}"


def chip_label(tag: Tag) -> str:
    """A short label for a domain chip, e.g. ``KSS-PL 2``."""
    return f"{tag.framework_id.upper()} {tag.domain_code}"


class EntryListModel(QAbstractListModel):
    """Reflections matching a filter, newest first by default, fetched in pages."""

    def __init__(self, journal: JournalService, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._catalogue = catalogue
        self._filter = EntryFilter()
        self._sort = "date"
        self._descending = True
        self._rows: list[EntrySummary] = []
        self._row_of: dict[str, int] = {}
        self._total = 0
        # "Schön: reflection-in-action and ..." becomes "Schön" in a crowded row
        self._template_titles = {t.id: t.title.split(":")[0] for t in catalogue.templates}

    # -- what is shown ---------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many reflections match the filter (loaded or not)."""
        return self._total

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    def set_sort(self, key: str, descending: bool = True) -> None:
        self._sort = key if key in SORT_KEYS else "date"
        self._descending = descending
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_sort(self._sort, order == Qt.SortOrder.DescendingOrder)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Start again from the first page (a new filter or sort)."""
        self.beginResetModel()
        self._total = self._journal.count(self._filter)
        self._set_rows(self._page(0, PAGE_SIZE))
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the rows already loaded, changing as little as possible.

        When the same reflections come back in the same order only their data changes, so
        the view keeps its scroll position and selection without any help.
        """
        wanted = max(len(self._rows), PAGE_SIZE)
        total = self._journal.count(self._filter)
        rows = self._page(0, wanted)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._total = total
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._total = total
        self._set_rows(rows)
        self.endResetModel()

    def entry_saved(self, entry_id: str) -> None:
        """Show a just-saved reflection: update its row in place when it cannot have moved."""
        row = self._row_of.get(entry_id)
        if row is None or self._sort != "date":
            self.refresh()
            return
        found = self._journal.list(EntryFilter(ids=(entry_id,)), limit=1)
        old = self._rows[row]
        if not found or _moves(old, found[0], self._filter):
            self.refresh()
            return
        self._rows[row] = found[0]
        self.dataChanged.emit(self.index(row), self.index(row))

    def show_unsaved_details(
        self, entry_id: str, template_id: str, status: Status, visibility: Visibility
    ) -> None:
        """Show a reflection's model, status and visibility as chosen in the editor, before
        the save a moment later brings the rest (a card saying "Free-form" after Gibbs was
        chosen looks like the choice was lost)."""
        row = self._row_of.get(entry_id)
        if row is None:
            return
        old = self._rows[row]
        new = replace(old, template_id=template_id, status=status, visibility=visibility)
        if new != old:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row), self.index(row))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = [s for s in self._page(len(self._rows), PAGE_SIZE) if s.id not in self._row_of]
        if not page:
            self._total = len(self._rows)  # entries vanished meanwhile: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        for offset, summary in enumerate(page):
            self._row_of[summary.id] = first + offset
        self._rows.extend(page)
        self.endInsertRows()

    def _page(self, offset: int, limit: int) -> list[EntrySummary]:
        try:
            return self._journal.list(
                self._filter,
                offset=offset,
                limit=limit,
                sort=self._sort,
                descending=self._descending,
            )
        except JournalError:
            return []  # a locked or closing journal shows an empty list, not a crash

    def _set_rows(self, rows: list[EntrySummary]) -> None:
        self._rows = rows
        self._row_of = {summary.id: row for row, summary in enumerate(rows)}

    # -- reading rows ----------------------------------------------------------------------

    def row_of(self, entry_id: str) -> int:
        """The row of a loaded reflection, or -1."""
        return self._row_of.get(entry_id, -1)

    def summary(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.summary(index.row()) if index.isValid() else None
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == EntryRoles.SUMMARY:
            return summary
        if role == EntryRoles.ENTRY_ID:
            return summary.id
        if role == EntryRoles.DATE_TEXT:
            return short_date(summary.event_date)
        if role == EntryRoles.DETAILS_TEXT:
            return self._details(summary)
        if role == EntryRoles.CHIPS:
            return [(chip_label(tag), self._catalogue.domain_title(tag)) for tag in summary.tags]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_text(self._tooltip(summary))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(summary)
        return None

    def template_title(self, template_id: str) -> str:
        return self._template_titles.get(template_id, template_id)

    def _details(self, summary: EntrySummary) -> str:
        return "  ·  ".join(self._detail_parts(summary))

    def _detail_parts(self, summary: EntrySummary) -> list[str]:
        parts = [
            short_date(summary.event_date),
            self.template_title(summary.template_id),
            status_label(summary.status),
            visibility_label(summary.visibility),
        ]
        if summary.word_count:
            parts.append(plural("EntryListModel", "%n word(s)", summary.word_count))
        return parts

    def _tooltip(self, summary: EntrySummary) -> str:
        if not summary.tags:
            return _tr("Not tagged to any domain yet")
        return "\n".join(
            f"{chip_label(tag)}: {self._catalogue.domain_title(tag)}" for tag in summary.tags
        )

    def _spoken(self, summary: EntrySummary) -> str:
        domains = "; ".join(self._catalogue.domain_title(tag) for tag in summary.tags)
        parts = [
            summary.title,
            format_uk_date(summary.event_date),
            *self._detail_parts(summary)[1:],
        ]
        if domains:
            parts.append(_tr("Domains: %1").replace("%1", domains))
        return ". ".join(parts)


def _moves(old: EntrySummary, new: EntrySummary, entry_filter: EntryFilter) -> bool:
    """Whether a change could move the row or take it out of the filtered list."""
    if old.event_date != new.event_date or old.deleted_at != new.deleted_at:
        return True
    if entry_filter.status is not None and old.status != new.status:
        return True
    if entry_filter.visibility is not None and old.visibility != new.visibility:
        return True
    return entry_filter.tag is not None and old.tags != new.tags

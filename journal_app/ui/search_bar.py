"""Search as you type: a search box with a short pause, and results with the matches in bold.

The search itself is the journal's full-text index (``JournalService.search``); the snippets
it returns mark each match with MATCH_START/MATCH_END, which are drawn here as bold text.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal_app.core.models import SearchHit
from journal_app.core.periods import format_uk_date
from journal_app.core.text import MATCH_END, MATCH_START
from journal_app.ui.entries.delegate import PADDING, paint_row_background
from journal_app.ui.entries.model import EntryRoles, short_date

DEBOUNCE_MS = 200
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 20

_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML, each match in bold and everything else escaped."""
    flat = " ".join(snippet.split())
    escaped = html.escape(flat, quote=False)
    return escaped.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def snippet_plain(snippet: str) -> str:
    """The snippet without match marks (for screen readers)."""
    return " ".join(snippet.replace(MATCH_START, "").replace(MATCH_END, "").split())


class SearchBar(QLineEdit):
    """A search box that asks for a search once typing pauses for ~200 ms."""

    search_requested = Signal(str)
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search reflections (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search reflections"))
        self.setAccessibleDescription(
            self.tr("Results appear as you type. Press Escape to go back to the list.")
        )
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search_requested.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.search_now)

    def search_now(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text().strip())

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.search_now()
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchResultsModel(QAbstractListModel):
    """The reflections a search found, best match first."""

    def __init__(self, template_titles: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._template_titles = template_titles

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        summary = hit.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == EntryRoles.ENTRY_ID:
            return summary.id
        if role == EntryRoles.SUMMARY:
            return summary
        if role == EntryRoles.DATE_TEXT:
            return short_date(summary.event_date)
        if role == SNIPPET_ROLE:
            return snippet_html(hit.snippet)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = format_uk_date(summary.event_date)
            return f"{summary.title}. {when}. {snippet_plain(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._template_titles.get(summary.template_id, summary.template_id)
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """The title on the first line, then the date and the snippet with matches in bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(280, 2 * PADDING + 3 * metrics.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text_colour, secondary, area = paint_row_background(self, painter, option, index)
        metrics = QFontMetrics(option.font)
        line = QRect(area.left(), area.top(), area.width(), metrics.height())

        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = QFontMetrics(bold).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            line.width(),
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setTextWidth(area.width())
        date_text = html.escape(str(index.data(EntryRoles.DATE_TEXT) or ""))
        # matches in full-strength text, the rest of the snippet in the secondary colour
        snippet = str(index.data(SNIPPET_ROLE) or "").replace(
            "<b>", f'<b style="color:{text_colour.name()}">'
        )
        document.setHtml(f"{date_text} — {snippet}")
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, secondary)
        layout = document.firstBlock().layout()
        # show two whole lines of the snippet and never a sliver of a third
        if layout is not None and layout.lineCount() >= 2:
            bottom = int(layout.lineAt(1).rect().bottom()) + 1
        else:
            bottom = 2 * metrics.lineSpacing()
        context.clip = QRectF(0, 0, area.width(), bottom)
        painter.translate(area.left(), line.bottom() + 4)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()


def no_results_text(query: str) -> str:
    return QCoreApplication.translate(
        "SearchBar", "No reflections match “%1”. Try fewer or different words."
    ).replace("%1", query)

"""A heat map of reflections per domain and month, drawn with QPainter.

Every cell carries its number, so the map never relies on colour alone; the same facts are
given as text in the accessible description and (by the coverage view) under the map.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journal_app.core.coverage import Coverage
from journal_app.core.localised import month_and_year, short_month_name
from journal_app.core.periods import Period, month_period
from journal_app.ui.entries.style import accent, blend, muted_text
from journal_app.ui.plain_text import literal_text

CELL_GAP = 3
LABEL_SHARE = 0.36  # of the width, for the domain names


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CoverageHeatMap", text, "", n)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(fill: QColor, palette: QPalette) -> QColor:
    """Whichever of the palette's text colours reads better on ``fill``."""
    candidates = (
        palette.color(QPalette.ColorRole.Text),
        palette.color(QPalette.ColorRole.HighlightedText),
    )
    return max(candidates, key=lambda colour: contrast(colour, fill))


class HeatMap(QWidget):
    """Rows are domains, columns are the months of the period, numbers in every cell.

    Clicking a cell asks for the reflections behind it: ``cell_chosen`` carries the domain's
    code and the month (or, for the Total column, the whole period).
    """

    cell_chosen = Signal(str, object)  # domain code, Period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coverage: Coverage | None = None
        self._today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Reflections per domain and month"))
        self.setMouseTracking(True)

    def set_coverage(self, coverage: Coverage | None, today: date) -> None:
        self._coverage = coverage
        self._today = today
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 14

    def sizeHint(self) -> QSize:
        rows = len(self._coverage.domains) if self._coverage else 6
        return QSize(640, (rows + 1) * (self._row_height() + CELL_GAP) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    # -- geometry --------------------------------------------------------------------------

    def _columns(self) -> tuple[int, int]:
        """Left edge of the first month and the width of one column (months + total)."""
        months = len(self._coverage.by_month) if self._coverage else 12
        left = int(self.width() * LABEL_SHARE)
        return left, max(24, (self.width() - left) // (months + 1))

    def _cell(self, row: int, column: int) -> QRect:
        left, width = self._columns()
        height = self._row_height()
        return QRect(
            left + column * width,
            (row + 1) * (height + CELL_GAP),
            width - CELL_GAP,
            height,
        )

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        coverage = self._coverage
        if coverage is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        left, _width = self._columns()
        largest = max(
            (m.counts.get(d.code, 0) for m in coverage.by_month for d in coverage.domains),
            default=0,
        )
        bold = QFont(self.font())
        bold.setBold(True)

        painter.setPen(muted_text(palette))
        for column, month in enumerate(coverage.by_month):
            header = self._cell(-1, column)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, short_month_name(month.month))
        painter.drawText(
            self._cell(-1, len(coverage.by_month)), Qt.AlignmentFlag.AlignCenter, _tr("Total")
        )

        for row, domain in enumerate(coverage.domains):
            label_rect = QRect(0, self._cell(row, 0).top(), left - 8, self._row_height())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.setFont(self.font())
            text = metrics.elidedText(
                domain.label, Qt.TextElideMode.ElideRight, label_rect.width()
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
            for column, month in enumerate(coverage.by_month):
                count = month.counts.get(domain.code, 0)
                future = (month.year, month.month) > (self._today.year, self._today.month)
                self._paint_cell(painter, self._cell(row, column), count, largest, future)
            total_rect = self._cell(row, len(coverage.by_month))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(total_rect, Qt.AlignmentFlag.AlignCenter, str(domain.entry_count))
        painter.end()

    def _paint_cell(
        self, painter: QPainter, rect: QRect, count: int, largest: int, future: bool
    ) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if count:
            fill = blend(accent(palette), base, 0.25 + 0.75 * count / max(largest, 1))
        else:
            fill = base
        border = QPen(palette.color(QPalette.ColorRole.Mid))
        if future:
            border.setStyle(Qt.PenStyle.DotLine)  # months still to come
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(self.font())
        painter.setPen(readable_on(fill, palette) if count else muted_text(palette))
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter, str(count) if count or not future else ""
        )

    # -- words -----------------------------------------------------------------------------

    def cell_text(self, row: int, column: int) -> str:
        coverage = self._coverage
        if coverage is None or not 0 <= row < len(coverage.domains):
            return ""
        if not 0 <= column < len(coverage.by_month):
            return ""
        domain = coverage.domains[row]
        month = coverage.by_month[column]
        count = month.counts.get(domain.code, 0)
        return (
            _tr("%n reflection(s) for %1 in %2", count)
            .replace("%1", domain.label)
            .replace("%2", month_and_year(month.month, month.year))
        )

    def describe(self) -> str:
        """Each domain's count for the period, as sentences (for screen readers)."""
        if self._coverage is None:
            return ""
        return " ".join(
            _tr("%1: %n reflection(s).", d.entry_count).replace("%1", d.label)
            for d in self._coverage.domains
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._text_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), literal_text(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def cell_at(self, point: QPoint) -> tuple[str, Period] | None:
        """The domain and dates of the cell under ``point`` (Total: the whole period)."""
        coverage = self._coverage
        if coverage is None:
            return None
        for row, domain in enumerate(coverage.domains):
            for column in range(len(coverage.by_month) + 1):
                if not self._cell(row, column).contains(point):
                    continue
                if column == len(coverage.by_month):
                    return domain.code, coverage.period
                month = coverage.by_month[column]
                return domain.code, month_period(month.year, month.month, coverage.period)
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        chosen = self.cell_at(event.position().toPoint())
        if chosen is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_chosen.emit(*chosen)
            return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_cell = self.cell_at(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over_cell else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)
        super().mouseMoveEvent(event)

    def _text_at(self, point: QPoint) -> str:
        if self._coverage is None:
            return ""
        for row in range(len(self._coverage.domains)):
            for column in range(len(self._coverage.by_month)):
                if self._cell(row, column).contains(point):
                    return self.cell_text(row, column)
        return ""

"""Draws one reflection in the list: title and date, then details, then domain chips.

Colours come from the palette (so light and dark themes both hold their contrast); the only
colour of our own is the palette's accent, used for the chips.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal_app.ui.entries.model import EntryRoles
from journal_app.ui.entries.style import accent, blend, muted_text

PADDING = 8
LINE_GAP = 4
CHIP_GAP = 6

_Index = QModelIndex | QPersistentModelIndex


def draw_chip(
    painter: QPainter, rect: QRect, label: str, palette: QPalette, selected: bool
) -> None:
    """A small rounded label, tinted with the accent colour."""
    text_colour = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    fill = blend(accent(palette), palette.color(QPalette.ColorRole.Base), 0.22)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(accent(palette) if not selected else text_colour)
    painter.setBrush(fill if not selected else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), rect.height() / 2, rect.height() / 2)
    painter.setPen(text_colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


def paint_row_background(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: _Index
) -> tuple[QColor, QColor, QRect]:
    """Draw a row's selection/hover panel; return its text colours and the padded text area."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette = option.palette
    text_colour = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    secondary = text_colour if selected else muted_text(palette)
    if option.state & QStyle.StateFlag.State_HasFocus:
        # the row the keyboard is on, while the list has the focus: a 2 px ring in the
        # row's text colour (4.5:1 on the row, selected or not); the selection alone looked
        # the same whether the list had the focus or not
        painter.save()
        painter.setPen(QPen(text_colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()
    area = option.rect.adjusted(PADDING + 4, PADDING, -PADDING - 4, -PADDING)
    return text_colour, secondary, area


class EntryDelegate(QStyledItemDelegate):
    """Three lines per reflection, all rows the same height (so the view can be fast).

    The title gets the whole first line; date, model and status share the second.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        small = QFontMetrics(_small_font(option.font))
        height = 2 * PADDING + 2 * metrics.height() + small.height() + 6 + 2 * LINE_GAP
        return QSize(280, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text_colour, secondary, area = paint_row_background(self, painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(option.font)

        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        top = QRect(area.left(), area.top(), area.width(), metrics.height())
        title = QFontMetrics(title_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            top.width(),
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        painter.setFont(option.font)
        painter.setPen(secondary)
        details_rect = top.translated(0, metrics.height() + LINE_GAP)
        details = metrics.elidedText(
            str(index.data(EntryRoles.DETAILS_TEXT) or ""),
            Qt.TextElideMode.ElideRight,
            details_rect.width(),
        )
        painter.drawText(
            details_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, details
        )

        chips_top = details_rect.bottom() + LINE_GAP + 1
        self._paint_chips(painter, option, index, chips_top, area, selected, secondary)
        painter.restore()

    def _paint_chips(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: _Index,
        top: int,
        area: QRect,
        selected: bool,
        secondary: QColor,
    ) -> None:
        font = _small_font(option.font)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        chips: list[tuple[str, str]] = index.data(EntryRoles.CHIPS) or []
        height = metrics.height() + 6
        if not chips:
            painter.setPen(secondary)
            rect = QRect(area.left(), top, area.width(), height)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("EntryDelegate", "No domains tagged yet"),
            )
            return
        left = area.left()
        for position, (label, _title) in enumerate(chips):
            width = metrics.horizontalAdvance(label) + 16
            remaining = len(chips) - position
            more = f"+{remaining}"
            if left + width > area.right() - metrics.horizontalAdvance(more) - 8 and remaining > 1:
                painter.setPen(secondary)
                painter.drawText(
                    QRect(left, top, area.right() - left, height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    more,
                )
                return
            draw_chip(painter, QRect(left, top, width, height), label, option.palette, selected)
            left += width + CHIP_GAP


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(size * 0.88, 7.0))
    return small

"""Small look-and-feel helpers shared by the views: palette-derived colours and Qt dates.

Colours are derived from the palette so the light and dark themes both keep their contrast;
the palette's accent is the one colour of our own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: how date edits show dates: UK order, month in words so 03/04 can never be misread
DATE_FORMAT = "d MMM yyyy"


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``first`` mixed with the rest of ``second``."""
    keep = 1.0 - amount
    return QColor(
        round(first.red() * amount + second.red() * keep),
        round(first.green() * amount + second.green() * keep),
        round(first.blue() * amount + second.blue() * keep),
    )


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: the theme's placeholder colour, chosen to stay above 4.5:1 contrast.

    Qt's default placeholder colour is translucent text; it is made opaque here by mixing it
    with the base colour, so painting it anywhere gives the same result.
    """
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    if muted.alpha() == 255:
        return muted
    opaque = QColor(muted.red(), muted.green(), muted.blue())
    return blend(opaque, palette.color(QPalette.ColorRole.Base), max(muted.alphaF(), 0.7))


def accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Accent)


def make_muted(widget: QWidget) -> None:
    """Draw a label's text in the secondary text colour.

    The colour comes from the application style sheet (``*[muted="true"]`` in app.qss), not
    from a colour copied into the widget's palette: a copied colour would stay behind when the
    theme changes (light grey text left on the dark window, 2.3:1).
    """
    widget.setProperty("muted", True)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than Qt's default, so lists are easy to read and to hit."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)

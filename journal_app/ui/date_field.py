"""A date box that is one stop for Tab: day, month and year are edited inside it.

Qt's date box moves Tab from the day to the month to the year before leaving, so a form
with a date needed three presses of Tab to get past it. Here Tab leaves at once; inside,
Left and Right move between day, month and year, Up and Down change the one the cursor is
in, and typing works as before (Alt+Down opens the calendar).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

from journal_app.ui.entries.style import DATE_FORMAT


class DateField(QDateEdit):
    """A QDateEdit that Tab leaves in one press; with a calendar to pick from."""

    def __init__(self, parent: QWidget | None = None, display_format: str = DATE_FORMAT) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        self.setAccessibleDescription(
            self.tr("Left and Right move between day, month and year; Up and Down change them")
        )

    def focusNextPrevChild(self, next: bool) -> bool:
        # straight to the next widget, not to the next part of the date
        return QWidget.focusNextPrevChild(self, next)

"""A message strip across the top of a view, with optional buttons (no modal dialogs).

Used for "Restore unsaved text?", "This reflection is in the trash" and save errors: the user
can read it and carry on typing, and nothing blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.ui.entries.style import accent

BAR_WIDTH = 4


class Banner(QFrame):
    """A tinted strip with an accent bar, a message and buttons."""

    def __init__(self, parent: QWidget | None = None, kind: str = "info") -> None:
        super().__init__(parent)
        self._kind = kind
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        if kind == "error":
            font = self.message.font()
            font.setBold(True)
            self.message.setFont(font)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(BAR_WIDTH + 12, 8, 12, 8)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.message, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def set_message(
        self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()
    ) -> None:
        """Show ``text`` with a button per (label, handler)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.message.setText(text)
        self.setAccessibleName(text)
        for label, handler in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            self._layout.addWidget(button)
            self.buttons.append(button)

    def button(self, label_part: str) -> QPushButton | None:
        """The button whose text contains ``label_part`` (ignoring the & of shortcuts)."""
        for button in self.buttons:
            if label_part.lower() in button.text().replace("&", "").lower():
                return button
        return None

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, BAR_WIDTH, self.height()), accent(self.palette()))
        painter.end()

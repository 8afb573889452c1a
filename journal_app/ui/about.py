"""Help: the keyboard shortcuts (read from the window's own actions) and About."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.theme import GRID, accent_icon, make_heading
from journal_app.versions import app_version, component_versions

__all__ = ["AboutDialog", "ShortcutsDialog", "app_version"]


class ShortcutsDialog(QDialog):
    """A two-column table: what it does, and the keys. Built from the live actions."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = [
            (action.text().replace("&", "").rstrip("…"), action.shortcut())
            for action in actions
            if not action.shortcut().isEmpty()
        ]
        rows.append((self.tr("Move between fields"), QKeySequence("Tab")))
        rows.append((self.tr("Close a dialog"), QKeySequence("Esc")))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 1, QTableWidgetItem(native))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(GRID * 60, GRID * 60)


class AboutDialog(QDialog):
    """What the app is, where the journal lives, and the licence."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Reflective Supervision Journal"))
        self.setAccessibleName(self.tr("About Reflective Supervision Journal"))
        picture = QLabel(self)
        picture.setPixmap(accent_icon("journal", 48))
        title = QLabel(self.tr("Reflective Supervision Journal"), self)
        make_heading(title, 1.4)
        version = hint_label(self.tr("Version {version}").format(version=app_version()), self)
        self.version = version
        text = QLabel(
            self.tr(
                "An encrypted journal for practice leaders and practice supervisors in "
                "children's social care: reflect after supervision and leadership moments, "
                "link reflections to the knowledge and skills statements, and prepare "
                "evidence for your appraisal.\n\n"
                "Your reflections stay on this computer, encrypted with a key protected by "
                "your passphrase. Nothing is sent over the internet."
            ),
            self,
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 4, GRID * 4, GRID * 4, GRID * 3)
        layout.setSpacing(GRID * 2)
        for widget in (picture, title, version, text):
            layout.addWidget(widget)
        if data_dir is not None:
            where = hint_label(self.tr("Journal folder: {folder}").format(folder=data_dir), self)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Free software under the MIT licence. Icons drawn for this project. "
                    "Built with Qt for Python (PySide6) and SQLCipher."
                ),
                self,
            )
        )
        # What this copy really contains (the frozen build's BUILD-INFO.json says the same):
        # what support asks first when something behaves differently on one computer.
        parts = component_versions()
        self.components = hint_label(
            self.tr(
                "Python {python}, Qt {qt} (PySide6 {pyside}), SQLCipher {sqlcipher} "
                "(SQLite {sqlite}), reportlab {reportlab}"
            ).format(
                python=parts["Python"],
                qt=parts["Qt"],
                pyside=parts["PySide6"],
                sqlcipher=parts["SQLCipher"],
                sqlite=parts["SQLite"],
                reportlab=parts["reportlab"],
            ),
            self,
        )
        self.components.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.components)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(GRID * 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than the wrapped text needs at the width it is shown at.

        Its size hint adds up each label's height at the label's preferred width; shown
        narrower, the description wraps onto more lines, and its last lines were cut off.
        """
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

"""First run: where the daily backups go, proposed outside the journal's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from journal_app.services.backup_place import is_inside
from journal_app.ui.first_run_pages import Page
from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.theme import GRID


class BackupsPage(Page):
    """Proposes a backups folder apart from the journal, and says why."""

    def __init__(self, data_dir: Path, proposal: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Where should backups go?"),
            self.tr(
                "The journal makes a checked backup every day. Keep the backups in a "
                "different folder from the journal: if both are in one place, one disk "
                "failure or one deleted folder takes both. A folder your employer syncs "
                "(OneDrive, for example) is fine: backups are encrypted like the journal "
                "and open only with your passphrase or recovery key."
            ),
            parent,
        )
        self._data_dir = data_dir
        self.apart = QRadioButton(self.tr("&In this folder (recommended):"), self)
        self.folder = QLineEdit(str(proposal), self)
        self.folder.setAccessibleName(self.tr("Backups folder"))
        self.folder.setCursorPosition(0)
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setAccessibleName(self.tr("Choose backups folder"))
        self.choose.clicked.connect(self._choose)
        self.beside = QRadioButton(self.tr("&Beside the journal, in its own folder"), self)
        self._where = QButtonGroup(self)
        for button in (self.apart, self.beside):
            self._where.addButton(button)
        self.apart.setChecked(True)
        self.apart.toggled.connect(self._update)
        self.folder.textEdited.connect(lambda _text: self.apart.setChecked(True))
        row = QHBoxLayout()
        row.setSpacing(GRID)
        row.setContentsMargins(GRID * 3, 0, 0, 0)  # under the radio button's text
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.body.addWidget(self.apart)
        self.body.addLayout(row)
        self.body.addWidget(self.beside)
        self.note = hint_label(self.tr("You can change this later in Preferences."), self)
        self.body.addWidget(self.note)
        self.body.addStretch(1)

    def _update(self) -> None:
        self.folder.setEnabled(self.apart.isChecked())
        self.choose.setEnabled(self.apart.isChecked())

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose backups folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self.folder.setCursorPosition(0)
            self.apart.setChecked(True)

    def chosen_folder(self) -> str:
        """The folder to store as the preference: empty for the usual place beside the
        journal (also when the folder typed is inside the journal's own folder)."""
        text = self.folder.text().strip()
        if not self.apart.isChecked() or not text:
            return ""
        return "" if is_inside(Path(text), self._data_dir) else text

"""Evidence files of one reflection or appraisal: add, open, save a copy, remove.

Opening a file writes a private copy for the system's viewer (see
:mod:`journal_app.services.evidence`); the copies are removed when the journal locks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.evidence import MAX_FILE_BYTES, EvidenceFile, OwnerKind, size_in_words
from journal_app.core.periods import format_uk_date
from journal_app.services.evidence import EvidenceFiles
from journal_app.ui.entries.style import RoomyDelegate, make_muted
from journal_app.ui.passphrase_fields import error_label, show_message
from journal_app.ui.plain_text import plain_label

CONTEXT = "EvidencePanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EvidencePanel(QWidget):
    """The evidence files kept with one reflection or appraisal."""

    files_changed = Signal()

    def __init__(
        self, files: EvidenceFiles, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._owner: tuple[OwnerKind, str] | None = None
        self._shown: list[EvidenceFile] = []
        self._read_only = False
        self.file_list = QListWidget(self)
        self.file_list.setAccessibleName(_tr("Evidence files"))
        self.file_list.setAccessibleDescription(_tr("Press Enter to open a file."))
        self.file_list.setItemDelegate(RoomyDelegate(self.file_list))
        self.file_list.setWordWrap(True)
        self.file_list.itemActivated.connect(lambda _item: self.open_chosen())
        if compact:  # inside the editor's page: a few rows, the page scrolls
            self.file_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.file_list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = QPushButton(_tr("&Add a file…"), self)
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button = QPushButton(_tr("&Open"), self)
        self.open_button.clicked.connect(self.open_chosen)
        self.save_button = QPushButton(_tr("Save a &copy…"), self)
        self.save_button.clicked.connect(self.save_chosen)
        self.remove_button = QPushButton(_tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.note = plain_label(QLabel(self))
        self.note.setWordWrap(True)
        make_muted(self.note)
        self.note.setText(
            _tr(
                "PDFs and pictures up to %1 are kept inside your encrypted journal. Opening "
                "one puts a private copy in your temporary folder for your viewer; it is "
                "removed when the journal locks. The identifier check cannot read inside "
                "files."
            ).replace("%1", size_in_words(MAX_FILE_BYTES))
        )
        self.problem = error_label(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_list, 1)
        if compact:  # two rows: the editor's page is narrow beside the list
            first, second = QHBoxLayout(), QHBoxLayout()
            for row, pair in (
                (first, (self.add_button, self.open_button)),
                (second, (self.save_button, self.remove_button)),
            ):
                for button in pair:
                    row.addWidget(button)
                row.addStretch(1)
                layout.addLayout(row)
        else:
            buttons = QHBoxLayout()
            for button in (self.add_button, self.open_button, self.save_button):
                buttons.addWidget(button)
            buttons.addStretch(1)
            buttons.addWidget(self.remove_button)
            layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        self._enable()

    # -- showing ------------------------------------------------------------------------

    def show_files_of(self, owner_kind: OwnerKind, owner_id: str) -> None:
        """Show (and work on) the files of one reflection or appraisal."""
        self._owner = (owner_kind, owner_id)
        self.refresh()

    def show_no_owner(self, reason: str) -> None:
        """Nothing to keep files with yet (a reflection not saved): say why in the list."""
        self._owner = None
        self._shown = []
        self.file_list.clear()
        self.file_list.addItem(reason)
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        """In the trash: files can be opened and copied, not added or removed."""
        self._read_only = read_only
        self._enable()

    def focus_order(self) -> list[QWidget]:
        """The panel's stops in page order, for the editor's Tab chain."""
        return [
            self.file_list,
            self.add_button,
            self.open_button,
            self.save_button,
            self.remove_button,
        ]

    def refresh(self) -> None:
        self.file_list.clear()
        show_message(self.problem, "")
        if self._owner is None:
            self._shown = []
        else:
            try:
                self._shown = self._files.list(self._owner[0], [self._owner[1]])
            except JournalError as error:
                self._shown = []
                show_message(self.problem, str(error))
        for described in self._shown:
            details = f"{described.kind_in_words}, {size_in_words(described.size)}, " + _tr(
                "added %1"
            ).replace("%1", format_uk_date(described.added_at.date()))
            text = f"{described.file_name}\n{details}"
            if described.description:
                text += f"\n{described.description}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, described.id)
            self.file_list.addItem(item)
        if not self._shown:
            self.file_list.addItem(_tr("No evidence files yet."))
        self._enable()

    def _chosen(self) -> EvidenceFile | None:
        row = self.file_list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.add_button.setEnabled(self._owner is not None and not self._read_only)
        for button in (self.open_button, self.save_button):
            button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self._read_only)

    # -- acting -------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Add an evidence file"),
            "",
            _tr("PDFs and pictures (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Keep the file at ``path``; False (with the reason shown) if it was refused."""
        if self._owner is None:
            return False
        try:
            self._files.add(self._owner[0], self._owner[1], path)
        except JournalError as error:
            show_message(self.problem, str(error))
            return False
        self.refresh()
        self.files_changed.emit()
        return True

    def open_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            copy = self._files.open_copy(chosen.id)
        except (JournalError, OSError) as error:
            show_message(self.problem, str(error))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            show_message(self.problem, _tr("No program on this computer opens this kind of file."))

    def save_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save a copy of the evidence file"), chosen.file_name
        )
        if not path:
            return
        try:
            self._files.save_copy(chosen.id, Path(path))
        except JournalError as error:
            show_message(self.problem, str(error))

    def remove_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            _tr("Remove evidence file"),
            _tr("Remove this file from your journal? Backups made before keep it."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._files.remove(chosen.id)
        except JournalError as error:
            show_message(self.problem, str(error))
            return
        self.refresh()
        self.files_changed.emit()

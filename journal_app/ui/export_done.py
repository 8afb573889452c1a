"""The last page of the appraisal PDF export: where it was saved, what is in it, "Open folder"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.services.exporters.registry import ExportResult
from journal_app.ui.export_support import open_folder
from journal_app.ui.plain_text import plain_label
from journal_app.ui.theme import GRID, accent_icon, make_heading, mark_primary


class ExportDonePage(QWidget):
    """The "Your appraisal PDF is saved" page: file, counts, password note and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ExportResult | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, GRID * 2, 0, 0)
        column.setSpacing(GRID * 2)
        picture = QLabel(self)
        picture.setPixmap(accent_icon("export", GRID * 8))
        self.heading = QLabel(self.tr("Your appraisal PDF is saved"), self)
        make_heading(self.heading, 1.15)
        self.details = plain_label(QLabel(self))  # quotes the file and folder names
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("What was saved"))
        row = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.close_button = QPushButton(self.tr("&Close"), self)
        mark_primary(self.close_button)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        message = QVBoxLayout()
        message.setContentsMargins(GRID * 6, 0, GRID * 6, 0)
        message.setSpacing(GRID * 2)
        for widget in (picture, self.heading, self.details):
            message.addWidget(widget)
        column.addStretch(1)
        column.addLayout(message)
        column.addStretch(2)
        column.addLayout(row)

    def show_result(self, result: ExportResult, password: bool, left_out: int) -> None:
        self.result = result
        self.details.setText("\n\n".join(self._lines(result, password, left_out)))

    def _lines(self, result: ExportResult, password: bool, left_out: int) -> list[str]:
        path = result.destination
        reflections = self.tr("%n reflection(s)", "", result.entry_count)
        pages = self.tr("%n page(s)", "", result.pages)
        lines = [
            self.tr("“{file}”, in the folder {folder}").format(file=path.name, folder=path.parent),
            self.tr("{reflections}, {pages}.").format(reflections=reflections, pages=pages),
            self.tr("Read it through before you send it to your appraiser."),
        ]
        if left_out:
            lines.append(
                self.tr("Left out because something identifying was found: %n.", "", left_out)
            )
        if password:
            lines.append(self.tr("It opens only with the password you chose."))
        else:
            lines.append(
                self.tr(
                    "It has no password: share it the way your employer asks you to share "
                    "confidential documents."
                )
            )
        return lines

    def _open_folder(self) -> None:
        if self.result is not None:
            open_folder(self.result.destination)

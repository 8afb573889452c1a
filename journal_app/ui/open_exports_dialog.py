"""Open formats: keep a copy of the journal as JSON or Markdown, and import a JSON export.

These copies are the user's own, so they hold everything (private reflections and drafts
too) and, unlike the journal, are not encrypted; the dialog says so before anything is
saved. Exports and the import run on the task runner with progress and Cancel. An import
is all or nothing: the service checks the whole file first and names what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInputError
from journal_app.core.periods import Period, appraisal_year
from journal_app.services.export_service import ExportService, ImportReport
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.services.exporters.registry import ExportResult
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.entries.style import from_qdate, to_qdate
from journal_app.ui.export_form import DATE_DISPLAY
from journal_app.ui.export_support import (
    dated_stem,
    documents_folder,
    free_name,
    open_folder,
    show_note,
    task_runner_for,
)
from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.screen_fit import keep_fitted
from journal_app.ui.tasks import Report, TaskRunner, error_text, run_with_progress
from journal_app.ui.theme import GRID, make_heading, mark_primary

JSON, MARKDOWN_FOLDER, MARKDOWN_ZIP = "json", "markdown-folder", "markdown-zip"

_Outcome = TypeVar("_Outcome")  # what a background export or import hands back


class OpenExportsDialog(QDialog):
    """JSON / Markdown folder / Markdown zip export, and JSON import."""

    def __init__(
        self,
        unlocked: UnlockedJournal,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.unlocked = unlocked
        self._today = today or date.today()
        self.service = ExportService(unlocked.journal, unlocked.catalogue, lambda: self._today)
        self.tasks, self._own_tasks = (tasks, False) if tasks else task_runner_for(parent, self)
        self.saved_to: Path | None = None
        self.import_report: ImportReport | None = None
        title = self.tr("Other formats and import")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        heading = QLabel(title, self)
        make_heading(heading, 1.3)
        layout.addWidget(heading)
        layout.addWidget(self._copy_group())
        layout.addWidget(self._import_group())
        self.message = hint_label("", self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)
        layout.addLayout(self._bottom_row())
        self.setMinimumWidth(GRID * 80)
        keep_fitted(self)  # wrapped text keeps its lines at the dialog's real width

    # -- layout ------------------------------------------------------------------------------

    def _copy_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Keep a copy of your reflections"), self)
        column = QVBoxLayout(group)
        column.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        column.setSpacing(GRID)
        warning = hint_label(
            self.tr(
                "A copy is for you to keep. It includes private reflections and drafts, and it "
                "is not encrypted: keep it somewhere safe, such as your employer's secure drive."
            ),
            group,
        )
        warning.setProperty("role", "error")
        column.addWidget(warning)
        self.whole_journal = QRadioButton(self.tr("&All my reflections"), group)
        self.only_period = QRadioButton(self.tr("Only &from"), group)
        self.whole_journal.setChecked(True)
        year = appraisal_year(self._today, self._start_month())
        self.date_from = self._date_edit(self.tr("From"), year.start, group)
        self.date_to = self._date_edit(self.tr("To"), year.end, group)
        self._which = QButtonGroup(self)
        period_row = QHBoxLayout()
        period_row.setSpacing(GRID)
        period_row.addWidget(self.only_period)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel(self.tr("to"), group))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        for button in (self.whole_journal, self.only_period):
            self._which.addButton(button)
        column.addWidget(self.whole_journal)
        column.addLayout(period_row)
        column.addSpacing(GRID)
        self.formats: dict[str, QRadioButton] = {}
        self._format_group = QButtonGroup(self)
        for key, label in (
            (JSON, self.tr("One &JSON file: it can be imported back into this app")),
            (
                MARKDOWN_FOLDER,
                self.tr("A folder of &Markdown files: one per reflection, for any text editor"),
            ),
            (MARKDOWN_ZIP, self.tr("The same Markdown files in one &zip file")),
        ):
            button = QRadioButton(label, group)
            self.formats[key] = button
            self._format_group.addButton(button)
            column.addWidget(button)
        self.formats[JSON].setChecked(True)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save a copy…"), group)
        mark_primary(self.save_button)
        self.save_button.clicked.connect(self.save_copy)
        row.addStretch(1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        return group

    def _start_month(self) -> int:
        return self.unlocked.preferences_or_defaults().appraisal_year_start_month

    def _date_edit(self, name: str, value: date, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(to_qdate(value), parent)
        edit.setDisplayFormat(DATE_DISPLAY)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self.only_period.setChecked(True))
        return edit

    def _import_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Import reflections"), self)
        column = QVBoxLayout(group)
        column.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        column.setSpacing(GRID)
        column.addWidget(
            hint_label(
                self.tr(
                    "Bring in reflections from a JSON file made by this app, for example on "
                    "another computer. The whole file is checked first: if anything in it is "
                    "wrong, nothing is imported. Reflections already in your journal stay as "
                    "they are."
                ),
                group,
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import from JSON…"), group)
        self.import_button.clicked.connect(self.import_json)
        row.addStretch(1)
        row.addWidget(self.import_button)
        column.addLayout(row)
        return group

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self._open_folder)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- saving a copy -----------------------------------------------------------------------

    def choose_format(self, kind: str) -> None:
        """Start on one format (from the File menu's "Save a copy as …")."""
        self.formats[kind].setChecked(True)
        self.save_button.setFocus()

    def chosen_format(self) -> str:
        return next(key for key, button in self.formats.items() if button.isChecked())

    def period(self) -> Period | None:
        if self.whole_journal.isChecked():
            return None
        return Period(from_qdate(self.date_from.date()), from_qdate(self.date_to.date()))

    def save_copy(self) -> None:
        """Ask where, then export in the chosen format."""
        show_note(self.message, "")
        self.open_folder_button.hide()
        try:
            period = self.period()
        except InvalidInputError as error:
            show_note(self.message, str(error), problem=True)
            return
        destination = self.ask_destination(self.chosen_format())
        if destination is None:
            return
        service = self.service
        export = service.export_json if self.chosen_format() == JSON else service.export_markdown
        self._run(
            self.tr("Saving a copy of your reflections…"),
            lambda progress, cancelled: export(destination, period, progress, cancelled),
            self._saved,
        )

    def ask_destination(self, kind: str) -> Path | None:
        stem = dated_stem(self.tr("Reflective journal"), self._today)
        if kind == MARKDOWN_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                self,
                self.tr("Choose where to put the folder of Markdown files"),
                str(documents_folder()),
            )
            return free_name(Path(folder), stem) if folder else None
        suffix, kinds = (
            (".json", self.tr("JSON files (*.json)"))
            if kind == JSON
            else (".zip", self.tr("Zip files (*.zip)"))
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of your reflections"),
            str(documents_folder() / f"{stem}{suffix}"),
            kinds,
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _saved(self, result: ExportResult) -> None:
        self.saved_to = result.destination
        text = self.tr("Saved %n reflection(s) to “%1”.", "", result.entry_count)
        show_note(self.message, text.replace("%1", str(result.destination)))
        self.open_folder_button.show()

    def _open_folder(self) -> None:
        if self.saved_to is not None:
            open_folder(self.saved_to)

    # -- importing ---------------------------------------------------------------------------

    def import_json(self) -> None:
        show_note(self.message, "")
        self.open_folder_button.hide()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import reflections from a JSON file"),
            str(documents_folder()),
            self.tr("JSON files (*.json)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        service = self.service
        self._run(
            self.tr("Checking and importing “{name}”…").format(name=source.name),
            lambda progress, cancelled: service.import_json(
                source, progress=progress, cancelled=cancelled
            ),
            lambda report: self._imported(report, source),
        )

    def _imported(self, report: ImportReport, source: Path) -> None:
        self.import_report = report
        added, skipped = len(report.imported), len(report.skipped)
        if added == 0 and skipped:
            text = self.tr(
                "Nothing new to import: every reflection in “{name}” is already in your journal."
            )
        else:
            text = self.tr("Imported %n reflection(s) from “{name}”.", "", added)
        text = text.format(name=source.name)
        if skipped and added:
            text += " " + self.tr("Already in your journal, so left as they are: %n.", "", skipped)
        differing = sum(1 for s in report.skipped if not s.same_content)
        if differing:
            text += " " + self.tr(
                "Different from your journal's copy, which was kept: %n.", "", differing
            )
        if report.appraisals_imported:
            text += " " + self.tr("Imported %n appraisal(s).", "", len(report.appraisals_imported))
        if report.appraisals_skipped:
            text += " " + self.tr(
                "Left %n appraisal(s) as they are: your journal already has one for the same "
                "period.",
                "",
                len(report.appraisals_skipped),
            )
        show_note(self.message, text)

    # -- running -----------------------------------------------------------------------------

    def _run(
        self,
        label: str,
        call: Callable[[Callable[[int, int], None], Callable[[], bool]], _Outcome],
        on_success: Callable[[_Outcome], None],
    ) -> None:
        of_text = self.tr("Reflection {done} of {total}…")

        def work(report: Report, cancelled: Callable[[], bool]) -> _Outcome:
            def progress(done: int, total: int) -> None:
                report(done * 100 // max(total, 1), of_text.format(done=done, total=total))

            return call(progress, cancelled)

        run_with_progress(
            self.tasks,
            self,
            self.windowTitle(),
            label,
            work,
            on_success,
            cancellable=True,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            show_note(self.message, self.tr("Cancelled; nothing was saved or changed."))
        else:
            show_note(self.message, error_text(error), problem=True)

    def done(self, code: int) -> None:
        if self._own_tasks:
            self.tasks.wait()
        super().done(code)

"""File > Export appraisal PDF…: choose, check for identifying details, save, done.

The flow: the form (:mod:`export_form`) with a live count of the reflections that will go
in; "Export PDF…" runs the identifier check over exactly those reflections on the task
runner; anything found is shown (:mod:`export_findings`) and the user fixes, replaces, leaves
out or accepts it; then a save dialog, and the export on the task runner with progress and
Cancel. The service builds the PDF in memory and writes it only to the chosen path, so a
cancel leaves nothing behind. Nothing here logs or stores entry text.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.identifiers import Finding
from journal_app.services.export_choices import (
    ExportChoices,
)
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf.builder import progress_stage
from journal_app.services.exporters.appraisal_pdf.exporter import AppraisalPdfExporter
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.services.exporters.registry import ExportResult
from journal_app.services.preferences import Preferences
from journal_app.services.privacy import EntryFindings, PlacedFindings, replaced_draft
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.export_done import ExportDonePage
from journal_app.ui.export_findings import FindingsChoice, FindingsDialog
from journal_app.ui.export_form import ExportForm
from journal_app.ui.export_support import (
    open_in_journal,
    reload_changed,
    show_note,
    suggested_pdf_path,
    task_runner_for,
)
from journal_app.ui.open_exports_dialog import OpenExportsDialog
from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.screen_fit import FittingScrollArea, keep_fitted
from journal_app.ui.tasks import Report, TaskRunner, error_text, run_with_progress
from journal_app.ui.theme import GRID, make_heading, mark_primary

COUNT_DELAY_MS = 150
FORM_PAGE, DONE_PAGE = 0, 1


class ExportDialog(QDialog):
    """The appraisal PDF export. The shell calls ``ExportDialog(unlocked, parent).exec()``."""

    open_entry_requested = Signal(str)  # "Fix in the journal": the reflection to open

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
        self.preferences = self._load_preferences()
        self.form = ExportForm(
            unlocked.catalogue, self.preferences, self._today, self, self._load_choices()
        )
        self.findings_dialog: FindingsDialog | None = None
        self.export_result: ExportResult | None = None
        self._options: AppraisalOptions | None = None
        self._excluded: frozenset[str] = frozenset()
        self.included_count = 0
        if parent is not None:  # the shell never reuses it: free its text when it closes
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("Export appraisal PDF")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build(title)
        self.setMinimumWidth(GRID * 100)
        keep_fitted(self)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        self.form.changed.connect(self._count_timer.start)
        self.open_entry_requested.connect(lambda entry_id: open_in_journal(parent, entry_id))
        self.update_count()

    def _load_preferences(self) -> Preferences:
        return self.unlocked.preferences_or_defaults()

    def _load_choices(self) -> ExportChoices:
        try:
            return self.unlocked.export_choices()
        except JournalError:
            return ExportChoices()

    # -- layout ------------------------------------------------------------------------------

    def _build(self, title: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        heading = QLabel(title, self)
        make_heading(heading, 1.3)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A PDF for your appraiser: what you did, what you learnt and how it maps "
                    "to your framework. It is checked for names and other details that could "
                    "identify someone before it is saved."
                ),
                self,
            )
        )
        self.pages = QStackedWidget(self)
        # the form scrolls on a short screen rather than squeezing its wrapped text
        self.pages.addWidget(FittingScrollArea(self.form, self))
        self.done_page = ExportDonePage(self)
        self.done_page.close_button.clicked.connect(self.accept)
        self.pages.addWidget(self.done_page)
        layout.addWidget(self.pages, 1)
        self.message = hint_label("", self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(GRID)
        self.other_button = QPushButton(self.tr("Other formats and import…"), self)
        self.other_button.setToolTip(
            self.tr("Keep a copy of your whole journal as JSON or Markdown, or import one")
        )
        self.other_button.clicked.connect(self.open_other_formats)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export PDF…"), self)
        mark_primary(self.export_button)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.export_button)
        return row

    # -- the live count ----------------------------------------------------------------------

    def update_count(self) -> None:
        """Say how many reflections the PDF will hold, and how many in the period stay out."""
        options = self.form.counting_options()
        if options is None:
            self.included_count = 0
            self.form.show_problem(self.tr("The period ends before it starts."))
            return
        try:
            included = self.unlocked.journal.count(options.entry_filter())
            left_out = self.service.left_out(options)
        except JournalError as error:
            self.form.show_problem(str(error))
            return
        self.included_count = included
        self.form.show_count(included, left_out)

    # -- export: check, decide, save ---------------------------------------------------------

    def start_export(self) -> None:
        """Check the choices, remember the person's details, then run the identifier check."""
        show_note(self.message, "")
        try:
            options = self.form.options()
        except InvalidInputError as error:
            show_note(self.message, str(error), problem=True)
            return
        self.update_count()
        if self.included_count == 0:
            show_note(
                self.message,
                self.tr("No reflections are included: change the choices above."),
                problem=True,
            )
            return
        self._save_person()
        self._save_choices()
        self._options = options
        self._excluded = frozenset()
        self._check(options)

    def _save_person(self) -> None:
        """Name, role and employer go back into the journal's preferences when changed."""
        wanted = self.form.preferences_with_person()
        if wanted == self.preferences:
            return
        try:
            self.preferences = self.unlocked.save_preferences(wanted)
        except JournalError:
            return  # the export still works; Preferences will show the problem
        # the window keeps its copy current from the change stream

    def _save_choices(self) -> None:
        """The frameworks, ticks and period come back next time (encrypted, in the journal)."""
        # if it cannot be stored the export still works; it starts from the defaults next time
        with suppress(JournalError):
            self.unlocked.save_export_choices(self.form.choices())

    def _check(self, options: AppraisalOptions) -> None:
        service = self.service
        run_with_progress(
            self.tasks,
            self,
            self.windowTitle(),
            self.tr("Checking for names and other identifying details…"),
            lambda _report, _cancelled: (
                service.findings_for_export(options),
                service.appraisal_findings_for_export(options),
            ),
            self._checked_all,
            on_error=self._failed,
        )

    def _checked_all(self, found: tuple[list[EntryFindings], list[PlacedFindings]]) -> None:
        """Findings in the appraisal workspace first: they are fixed in the workspace, not
        here, so the person chooses to go back or to export them as they are."""
        in_reflections, in_appraisal = found
        if in_appraisal and not self._export_appraisal_anyway(in_appraisal):
            return
        self._checked(in_reflections)

    def _export_appraisal_anyway(self, found: list[PlacedFindings]) -> bool:
        lines = [
            f"{place.place}: “{finding.text}” ({finding.reason})"
            for place in found
            for finding in place.findings
        ]
        shown = "\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else "")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Identifying details in your appraisal"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Your self-assessment, plan or feedback may identify someone. Change it in "
                "the Appraisal view, or export it as it is."
            )
        )
        box.setInformativeText(shown)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is not back

    def _checked(self, results: list[EntryFindings]) -> None:
        if not results:
            self.choose_destination()
            return
        if self.findings_dialog is not None:
            self.findings_dialog.deleteLater()
        self.findings_dialog = FindingsDialog(results, self, protect=self._protect_finding)
        self.findings_dialog.chosen.connect(lambda c: self._findings_choice(results, c))
        self.findings_dialog.open()

    def _protect_finding(self, finding: Finding) -> str | None:
        """ "Always treat this as Child A" from the findings: None, or why it was refused."""
        try:
            self.unlocked.protected_names().protect_finding(finding)
        except JournalError as error:
            return str(error)
        return None

    def _findings_choice(self, results: list[EntryFindings], choice: str) -> None:
        if choice == FindingsChoice.FIX:
            self.reject()
            self.open_entry_requested.emit(results[0].entry.id)
        elif choice == FindingsChoice.REPLACE_ALL:
            if self.confirm_replace_all(results):
                self._replace_all(results)
            else:
                self._checked(results)  # no change made: show the findings again
        elif choice == FindingsChoice.LEAVE_OUT:
            self._excluded = frozenset(r.entry.id for r in results)
            if len(self._excluded) >= self.included_count:
                show_note(
                    self.message,
                    self.tr("Every reflection had something found, so none are left to export."),
                    problem=True,
                )
                return
            self.choose_destination()
        elif choice == FindingsChoice.EXPORT_ANYWAY:
            self.choose_destination()

    def confirm_replace_all(self, results: list[EntryFindings]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace with suggestions?"))
        details = sum(r.count for r in results)
        box.setText(
            self.tr(
                "Change %n detail(s) in %1 to the suggestions? The reflections in your journal "
                "are saved with the new words, and then the PDF is made.",
                "",
                details,
            ).replace("%1", self.tr("%n reflection(s)", "", len(results)))
        )
        change = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is change

    def _replace_all(self, results: list[EntryFindings]) -> None:
        journal = self.unlocked.journal
        drafts = [(r.entry.id, replaced_draft(r)) for r in results]

        def work(_report: Report, _cancelled: Callable[[], bool]) -> list[str]:
            return [journal.update(entry_id, draft).id for entry_id, draft in drafts]

        run_with_progress(
            self.tasks,
            self,
            self.windowTitle(),
            self.tr("Replacing the details in your journal…"),
            work,
            self._replaced,
            on_error=self._failed,
        )

    def _replaced(self, entry_ids: list[str]) -> None:
        reload_changed(self, entry_ids)
        if self._options is not None:
            self._check(self._options)  # check again: what is left, if anything

    def choose_destination(self) -> None:
        """Ask where to save, then export there."""
        options = self._options
        if options is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the appraisal PDF"),
            str(suggested_pdf_path(options.period)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            show_note(self.message, self.tr("Not exported: no place to save it was chosen."))
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.run_export(options, path)

    def run_export(self, options: AppraisalOptions, path: Path) -> None:
        """Build and save the PDF on the task runner, with progress and Cancel."""
        service, catalogue, excluded = self.service, self.unlocked.catalogue, self._excluded
        laying_out = self.tr("Laying out the pages: reflection {done} of {total}…")
        saving = self.tr("Saving the PDF…")

        def work(report: Report, cancelled: Callable[[], bool]) -> ExportResult:
            def progress(done: int, total: int) -> None:
                stage, number, count = progress_stage(done, total)
                text = laying_out.format(done=number, total=count)
                report(done * 100 // max(total, 1), saving if stage == "saving" else text)

            if not excluded:
                return service.appraisal_pdf(options, path, progress, cancelled)
            # "Leave these reflections out": the same reflections, less the ones with findings
            entries = [e for e in service.appraisal_entries(options) if e.id not in excluded]
            exporter = AppraisalPdfExporter(catalogue, options, service.cpd_status_for(options))
            return exporter.export(entries, path, progress, cancelled)

        run_with_progress(
            self.tasks,
            self,
            self.windowTitle(),
            self.tr("Making your appraisal PDF…"),
            work,
            lambda result: self._exported(result, options),
            cancellable=True,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            show_note(self.message, self.tr("Export cancelled; nothing was saved."))
        else:
            show_note(self.message, error_text(error), problem=True)

    # -- done --------------------------------------------------------------------------------

    def _exported(self, result: ExportResult, options: AppraisalOptions) -> None:
        self.export_result = result
        show_note(self.message, "")
        self.done_page.show_result(result, bool(options.password), len(self._excluded))
        self.pages.setCurrentIndex(DONE_PAGE)
        for button in (self.other_button, self.cancel_button, self.export_button):
            button.hide()
        self.done_page.close_button.setFocus()

    def open_other_formats(self) -> None:
        OpenExportsDialog(self.unlocked, self, tasks=self.tasks, today=self._today).exec()

    def done(self, code: int) -> None:
        self.form.password.clear()
        self.form.password_again.clear()
        if self._own_tasks:
            self.tasks.wait()
        super().done(code)

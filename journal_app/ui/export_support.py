"""Small helpers the export, import and CPD dialogs share.

Where files go by default, opening a folder for the user, and finding the main window (by
type, through the parent chain) to share its task runner and show a reflection in its editor.
A dialog used on its own, as in the tests, works without a window.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.core.periods import Period
from journal_app.ui.plain_text import plain_label
from journal_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("export_support", text)


def documents_folder() -> Path:
    """The user's Documents folder (their home folder if the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def year_label(period: Period) -> str:
    """``2026-27`` for a period across two years, ``2026`` for one inside a year."""
    start, end = period.start.year, period.end.year
    return str(start) if start == end else f"{start}-{end % 100:02d}"


def suggested_pdf_path(period: Period) -> Path:
    """``~/Documents/Appraisal evidence 2026-27.pdf``: a name an appraiser recognises."""
    name = _tr("Appraisal evidence {years}.pdf").format(years=year_label(period))
    return documents_folder() / name


def free_name(folder: Path, stem: str, suffix: str = "") -> Path:
    """``folder/stem suffix``, or ``stem (2)``, ``stem (3)``… if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def dated_stem(text: str, today: date) -> str:
    """``text`` with today's date in figures that sort and suit a file name (UK order)."""
    return f"{text} {today.day:02d}-{today.month:02d}-{today.year}"


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` (or ``path`` itself, if a folder) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def task_runner_for(parent: QObject | None, owner: QObject) -> tuple[TaskRunner, bool]:
    """The window's task runner (one writer for the whole app), or a new one owned by
    ``owner``; the flag says whether it is new (and so must be waited for on close)."""
    from journal_app.ui.main_window import MainWindow  # here: the window imports the dialogs

    if isinstance(parent, MainWindow):
        return parent.tasks, False
    return TaskRunner(owner), True


def main_window_of(widget: QObject | None) -> MainWindow | None:
    """The main window holding ``widget`` (a dialog used on its own, as in tests: None)."""
    from journal_app.ui.main_window import MainWindow

    current = widget
    while current is not None:
        if isinstance(current, MainWindow):
            return current
        current = current.parent()
    return None


def reload_changed(widget: QWidget | None, entry_ids: Iterable[str]) -> None:
    """After reflections were changed from a dialog, show the editor the new text.

    Without this the editor would keep the old words on screen, and its next autosave would
    write them back over the change (a name put back after "Replace all"). The list, the
    counts and Coverage follow the change stream by themselves.
    """
    window = main_window_of(widget)
    if window is not None and window.journal_view is not None:
        window.journal_view.reload_entries(entry_ids)


def open_in_journal(widget: QWidget | None, entry_id: str) -> bool:
    """Bring the reflections view forward and open ``entry_id`` in the editor."""
    window = main_window_of(widget)
    if window is None or window.journal_view is None:
        return False
    window.show_reflections()
    window.journal_view.open_entry(entry_id)
    return True


def show_note(label: QLabel, text: str, *, problem: bool = False) -> None:
    """Show ``text`` under a form, in the error colour when it is a problem.

    Always as plain text: notes quote file names, paths and error messages.
    """
    plain_label(label)
    label.setProperty("role", "error" if problem else "hint")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))

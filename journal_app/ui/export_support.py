"""Small helpers the export, import and CPD dialogs share.

Where files go by default, opening a folder for the user, and telling the main window that
reflections changed. The shell only calls ``ExportDialog(unlocked, parent).exec()``, so the
dialogs find the window through their parent chain and use what it offers (``journal_view``,
``show_reflections``, ``apply_preferences``) only when it is there: a dialog used on its
own, as in the tests, works without a window.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.core.errors import JournalError
from journal_app.core.periods import Period
from journal_app.ui.plain_text import plain_label
from journal_app.ui.tasks import TaskRunner


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
    shared = getattr(parent, "tasks", None)
    if isinstance(shared, TaskRunner):
        return shared, False
    return TaskRunner(owner), True


def main_window_of(widget: QWidget | None) -> Any:
    """The nearest ancestor that holds the journal view (the main window), or ``None``."""
    current: QObject | None = widget
    while current is not None:
        if hasattr(current, "journal_view"):
            return current
        current = current.parent()
    return None


def reload_changed(widget: QWidget | None, journal: Any, entry_ids: Iterable[str]) -> None:
    """After reflections were changed from a dialog, show the window the new text.

    Without this the editor would keep the old words on screen, and its next autosave would
    write them back over the change (a name put back after "Replace all").
    """
    window = main_window_of(widget)
    view = getattr(window, "journal_view", None)
    if view is None:
        return
    editor = getattr(view, "editor", None)
    open_id = getattr(editor, "entry_id", None)
    if editor is not None and open_id is not None and open_id in set(entry_ids):
        try:
            entry = journal.get(open_id)
        except JournalError:
            entry = None
        if entry is not None:
            editor.load(entry.id, entry.to_draft(), in_trash=entry.in_trash)
            autosave = getattr(view, "autosave", None)
            if autosave is not None:
                autosave.reset()
    if hasattr(view, "refresh"):
        view.refresh()


def open_in_journal(widget: QWidget | None, entry_id: str) -> bool:
    """Bring the reflections view forward and open ``entry_id`` in the editor."""
    window = main_window_of(widget)
    view = getattr(window, "journal_view", None)
    if view is None or not hasattr(view, "open_entry"):
        return False
    if hasattr(window, "show_reflections"):
        window.show_reflections()
    view.open_entry(entry_id)
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

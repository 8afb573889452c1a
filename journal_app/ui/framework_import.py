"""File ▸ Import a framework…: add a local framework (a JSON file) to tag reflections with.

A local authority or agency may have its own practice framework. The file is checked in
full (what is wrong is named, with the field, and nothing is saved), then kept in the
journal's folder beside the built-in frameworks; see ``resources/frameworks/SCHEMA.md`` for
the format. Frameworks are not secret, so the file is stored as it is, not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from journal_app.core.errors import JournalError
from journal_app.core.frameworks import Framework
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.plain_text import inform, warn


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrameworkImport", text)


def choose_and_import(unlocked: UnlockedJournal, parent: QWidget) -> Framework | None:
    """Ask for a framework file, import it and say how it went; the framework, or None."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a framework"),
        str(Path.home()),
        _tr("Framework files (*.json)"),
    )
    if not path:
        return None
    try:
        framework = unlocked.import_framework(Path(path))
    except JournalError as error:
        # the problem quotes the file's name, and the title below is the file's own text
        warn(
            parent,
            _tr("Framework not imported"),
            _tr("{problem} Nothing was imported.").format(problem=error),
        )
        return None
    inform(
        parent,
        _tr("Framework imported"),
        _tr(
            "“{title}” ({count} domains) is ready: you can tag reflections with it, and see "
            "its coverage."
        ).format(title=framework.title, count=len(framework.domains)),
    )
    return framework

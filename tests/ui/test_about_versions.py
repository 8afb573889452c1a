"""About names the app's version and what it is built on, as running, so a support question
can be answered from it (the frozen build records the same in BUILD-INFO.json)."""

from __future__ import annotations

from importlib import metadata

import reportlab
from PySide6.QtCore import qVersion

from journal_app.ui.about import AboutDialog


def test_about_shows_the_package_version_and_the_parts(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert metadata.version("reflective-supervision-journal") in dialog.version.text()
    parts = dialog.components.text()
    assert f"Qt {qVersion()}" in parts
    assert f"reportlab {reportlab.Version}" in parts
    assert "SQLCipher 4." in parts and "Python 3." in parts

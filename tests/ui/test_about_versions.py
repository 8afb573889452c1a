"""About names the app's version and what it is built on, as running (issue: an installable
app; the frozen build records the same in BUILD-INFO.json)."""

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


def test_no_wrapped_text_in_about_is_cut_off(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    # the tests' application has the app's own theme (fonts, spacing), as people see it
    dialog = AboutDialog(tmp_path / "a folder with a fairly long name for the journal")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert wrapped

    def cut_off() -> list[str]:
        return [
            f"{label.text()[:40]!r}: {label.height()} < {label.heightForWidth(label.width())}"
            for label in wrapped
            if label.height() < label.heightForWidth(label.width())
        ]

    qtbot.waitUntil(lambda: not cut_off(), timeout=2000)  # the layout settles after show

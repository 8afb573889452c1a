"""Every string the window asks Qt to translate, recorded while every scene is opened.

Like :mod:`tests.ui.layout_run`, in a process of its own::

    python -m tests.ui.translation_run

opens each scene of :data:`tests.ui.layout_scenes.SCENES` (and Qt's own text menus and a
message box with its standard buttons) with a translator installed that records each
request and answers none, so the window looks exactly as in English. Prints one JSON object
``{"states": n, "asked": [[context, source, disambiguation, n], ...]}`` on its last line.

PySide6's ``self.tr`` asks for the object's own class first and then each base class in
turn, until one answers; the requests of one ``tr`` therefore come one after another with
the same words, which :func:`group_requests` puts back together.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tests.ui.layout_run import configure_qt

#: one request: context, source text, disambiguation ("" for none), count (-1 for none)
Request = tuple[str, str, str, int]


def group_requests(asked: Iterable[Request]) -> list[tuple[list[str], str, str, int]]:
    """Requests for the same words in a row (one ``tr`` walking up the classes) as one:
    ``(contexts asked, source, disambiguation, count)``."""
    grouped: list[tuple[list[str], str, str, int]] = []
    for context, source, disambiguation, count in asked:
        last = grouped[-1] if grouped else None
        if last is not None and (last[1], last[2], last[3]) == (source, disambiguation, count):
            if context not in last[0]:
                last[0].append(context)
            continue
        grouped.append(([context], source, disambiguation, count))
    return grouped


def _qt_own_strings() -> None:
    """Qt's own words our widgets show: a message box's buttons and details, the text
    menus of a line and of a text box."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        buttons.Ok
        | buttons.Cancel
        | buttons.Yes
        | buttons.No
        | buttons.Save
        | buttons.Discard
        | buttons.Close
        | buttons.Help,
    )
    box.setDetailedText("details")
    box.show()
    box.hide()
    line = QLineEdit("text")
    line.createStandardContextMenu()
    text = QPlainTextEdit("text")
    text.createStandardContextMenu(QPoint(0, 0))


def run(only: list[str] | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="translation-check-") as temp:
        folder = Path(temp)
        configure_qt((1280, 720), 1.0, folder)
        from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
        from PySide6.QtWidgets import QApplication

        asked: list[Request] = []

        class Recorder(QTranslator):
            """Notes each request; answers none, so Qt shows the words as written."""

            def translate(
                self,
                context: str,
                source_text: str,
                disambiguation: str | None = None,
                n: int = -1,
            ) -> str | None:
                asked.append((context, source_text, disambiguation or "", -1 if n is None else n))
                return None

            def isEmpty(self) -> bool:
                return False

        app = QApplication([sys.argv[0]])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app.setOrganizationName("ReflectiveJournalTranslationCheck")
        app.setApplicationName("Reflective Supervision Journal (translation check)")
        from journal_app.ui.plurals import install_plurals
        from journal_app.ui.theme import apply_theme
        from tests.ui.layout_scenes import SCENES, Setting

        apply_theme(app, "light")
        install_plurals(app)
        recorder = Recorder(app)
        QCoreApplication.installTranslator(recorder)  # asked before the English plurals
        states = 0
        setting = Setting(folder / "data")
        try:
            for name, scene in SCENES.items():
                if only and name not in only:
                    continue
                for _state, _window in scene(setting):
                    states += 1
            _qt_own_strings()
        finally:
            setting.close()
        return {"states": states, "asked": asked}


def main(argv: list[str] | None = None) -> int:
    only = argv if argv is not None else sys.argv[1:]
    result = run(only or None)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

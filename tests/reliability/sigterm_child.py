"""A child process for the SIGTERM harness: the real desktop app, driven like a person.

Run as ``python -m tests.reliability.sigterm_child FOLDER EXPORTS`` from the repository root,
with ``QT_QPA_PLATFORM`` set (offscreen or an X server) and ``XDG_CONFIG_HOME`` pointing at a
throw-away folder (the app's settings go there). FOLDER holds a journal made by the harness
with :data:`PASSPHRASE`. The child starts the app exactly as ``journal-app`` does
(:func:`journal_app.ui.app.run_app`) and, from a timer in its event loop, types the
passphrase into the unlock dialog, writes reflections a key at a time, saves them, and
exports the journal to EXPORTS on the app's own task runner, over and over, until the harness
sends SIGTERM. It prints one line per step (flushed), which the harness reads:

* ``stage NAME``: ``unlock`` (the unlock dialog is on screen), ``unlocked`` (the window shows
  the journal), ``typing`` (a new reflection is being typed), ``export`` (an export started);
* ``typing TITLE``: the reflection now being typed has this title (its body follows);
* ``typed TITLE``: every key of that reflection has been typed (not saved yet);
* ``saved TITLE``: the save returned successfully: a confirmed save the journal must keep;
* ``exported``: the export finished.

The process's exit code is the app's.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PASSPHRASE = "quiet meadow copper lantern"
TICK_MS = 15
KEYS_PER_TICK = 3
BODY = "Supervision notes written in a hurry before the laptop shut down for the evening. "
REFLECTIONS_BETWEEN_EXPORTS = 2


def title_for(number: int) -> str:
    return f"Interrupted reflection {number:03d}"


def say(line: str) -> None:
    print(line, flush=True)


class Driver:
    """Plays the person: unlock, type, save, export, repeat (one small step per tick)."""

    def __init__(self, exports: Path) -> None:
        self.exports = exports
        self.state = "start"
        self.number = 0
        self.typed = 0
        self.exports_done = 0

    def tick(self) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        widgets = QApplication.topLevelWidgets()
        if self.state == "start":
            dialog = _visible(widgets, "UnlockDialog")
            if dialog is not None:
                say("stage unlock")
                dialog.passphrase.setText(PASSPHRASE)
                dialog.primary.click()
                self.state = "unlocking"
        elif self.state == "unlocking":
            window = _visible(widgets, "MainWindow")
            if window is not None and window.unlocked is not None and window.journal_view:
                say("stage unlocked")
                self.state = "new"
        elif self.state == "new":
            window = _visible(widgets, "MainWindow")
            if window is None or window.tasks.busy:
                return
            self.number += 1
            self.typed = 0
            window.new_entry()
            editor = window.journal_view.editor
            # typed, as a person would (a title set in code is not an edit the editor saves)
            QTest.keyClicks(editor.title_edit, title_for(self.number))
            say("stage typing")
            say(f"typing {title_for(self.number)}")
            self.state = "typing"
        elif self.state == "typing":
            self._type_some()
        elif self.state == "export":
            self._start_export()

    def _type_some(self) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        window = _visible(QApplication.topLevelWidgets(), "MainWindow")
        if window is None or window.journal_view is None:
            return
        editor = window.journal_view.editor
        chunk = BODY[self.typed : self.typed + KEYS_PER_TICK]
        QTest.keyClicks(editor.body.edit, chunk)
        self.typed += len(chunk)
        if self.typed < len(BODY):
            return
        title = title_for(self.number)
        say(f"typed {title}")
        if window.journal_view.save_now():
            say(f"saved {title}")
        self.state = "export" if self.number % REFLECTIONS_BETWEEN_EXPORTS == 0 else "new"

    def _start_export(self) -> None:
        from PySide6.QtWidgets import QApplication

        from journal_app.services.export_service import ExportService
        from journal_app.ui.tasks import run_with_progress

        window = _visible(QApplication.topLevelWidgets(), "MainWindow")
        if window is None or window.unlocked is None or window.tasks.busy:
            return
        unlocked = window.unlocked
        service = ExportService(unlocked.journal, unlocked.catalogue)
        self.exports_done += 1
        destination = self.exports / f"export-{self.exports_done}.zip"
        self.state = "exporting"
        say("stage export")

        def done(_result: object) -> None:
            say("exported")
            self.state = "new"

        run_with_progress(
            window.tasks,
            window,
            "Export",
            "Exporting…",
            lambda report, cancelled: service.export_markdown(
                destination, progress=lambda done, total: report(-1, ""), cancelled=cancelled
            ),
            done,
            on_error=lambda _error: setattr(self, "state", "new"),
        )


def _visible(widgets: list[Any], class_name: str) -> Any:
    for widget in widgets:
        if type(widget).__name__ == class_name and widget.isVisible():
            return widget
    return None


def main(folder: Path, exports: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.app import run_app

    app = QApplication([sys.argv[0]])  # run_app uses this one
    driver = Driver(exports)
    timer = QTimer(app)
    timer.timeout.connect(driver.tick)
    timer.start(TICK_MS)
    return run_app(folder)


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))

"""Screenshots of the real app, light and dark, for docs/screenshots/.

Run under a virtual X display at 1280x800:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.tools.screenshots

With no argument it runs itself once per theme (a fresh process each, as a user would start
the app). ``--language cy`` first (before any other argument) takes the same pictures with
the window in Welsh, into docs/screenshots/cy/. ``findings`` takes only the editor with
identifier findings, on a 1920x1080 screen at 150% (1280x720 logical, a council laptop),
light and dark, with no X display:

    .venv/bin/python -m tests.tools.screenshots [--language cy] findings

Everything happens in a temporary folder that is removed afterwards: the journals,
the Qt settings and no keyring at all. The journals use the floor KDF settings so the run is
quick; nothing else differs from the app a user opens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1280, 800
THEMES = ("light", "dark")


#: the window's language for these pictures ("en" or "cy"), set by ``--language``
LANGUAGE = "en"


def out_folder() -> Path:
    """English pictures in docs/screenshots/, each other language in its own folder."""
    return OUT if LANGUAGE == "en" else OUT / LANGUAGE


def speak(app: Any) -> None:
    """The window's words as the app has them: English plural forms, or the chosen language."""
    if LANGUAGE == "en":
        from journal_app.ui.plurals import install_plurals

        install_plurals(app)  # "9 reflections", not "9 reflection(s)"
    else:
        from journal_app.ui.language import apply_language

        apply_language(app, LANGUAGE)


def main() -> int:
    global LANGUAGE
    args = sys.argv[1:]
    if args[:1] == ["--language"]:
        LANGUAGE, args = args[1], args[2:]
    again = [sys.executable, __file__, "--language", LANGUAGE]
    if args[:1] == ["findings"]:
        for screen in SCREENS:
            for theme in THEMES:
                subprocess.run([*again, "findings-shot", theme, screen], check=True)
        return 0
    if args[:1] == ["findings-shot"]:
        sys.path.insert(0, str(ROOT))
        return editor_with_findings(args[1], args[2])
    if not args:
        out_folder().mkdir(parents=True, exist_ok=True)
        for theme in THEMES:
            subprocess.run([*again, theme], check=True)
        return 0
    theme = args[0]
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="journal-screenshots-"))
    try:
        return Shooter(theme, work).run()
    finally:
        shutil.rmtree(work, ignore_errors=True)


class Shooter:
    def __init__(self, theme: str, work: Path) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from journal_app.ui.theme import apply_theme, store_theme

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        self.app = QApplication([sys.argv[0], "-platform", "xcb"])
        self.app.setOrganizationName("ReflectiveJournalScreenshots")
        self.app.setApplicationName("Reflective Supervision Journal")
        store_theme(theme)  # as if the person had chosen it in Preferences
        apply_theme(self.app, theme)
        speak(self.app)
        from journal_app.services import backup_place

        documents = work / "Documents"  # backups proposed here, never in the real Documents
        documents.mkdir()
        backup_place.documents_folder = lambda: documents  # type: ignore[assignment]
        self.theme = theme
        self.work = work
        self.backdrop = self._backdrop()

    # -- helpers -----------------------------------------------------------------------------

    def _backdrop(self):
        """A plain 'desktop' behind dialogs, so every picture is the full 1280x800."""
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QWidget

        desktop = QWidget()
        palette = desktop.palette()
        colour = "#6b7780" if self.theme == "light" else "#2a2f35"
        palette.setColor(QPalette.ColorRole.Window, QColor(colour))
        desktop.setPalette(palette)
        desktop.setAutoFillBackground(True)
        desktop.setGeometry(0, 0, WIDTH, HEIGHT)
        desktop.show()
        return desktop

    def settle(self, msecs: int = 400) -> None:
        from PySide6.QtTest import QTest

        for _ in range(5):
            self.app.processEvents()
        QTest.qWait(msecs)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 20.0) -> None:
        import time

        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the app did not reach the expected state")
            self.settle(50)

    def centre(self, widget) -> None:
        widget.adjustSize()
        size = widget.size()
        widget.move((WIDTH - size.width()) // 2, (HEIGHT - size.height()) // 2)

    def centre_on(self, widget, parent) -> None:
        widget.adjustSize()
        geometry = parent.geometry()
        widget.move(
            geometry.x() + (geometry.width() - widget.width()) // 2,
            geometry.y() + (geometry.height() - widget.height()) // 2,
        )

    def shoot(self, name: str) -> None:
        self.settle()
        picture = self.app.primaryScreen().grabWindow(0, 0, 0, WIDTH, HEIGHT)
        path = out_folder() / f"{name}-{self.theme}.png"
        picture.save(str(path))
        print(f"saved {path.relative_to(ROOT)}")

    def vault(self, folder: str):
        from journal_app.core import keywrap
        from journal_app.services.vault import Vault

        return Vault(self.work / folder, device_keys=None, kdf_params=keywrap.minimum_params)

    # -- the pictures ------------------------------------------------------------------------

    def run(self) -> int:
        self.first_run_and_unlock()
        self.demo_journal()
        return 0

    def first_run_and_unlock(self) -> None:
        from journal_app.ui.app import JournalApp
        from journal_app.ui.unlock_dialog import UnlockDialog

        vault = self.vault("new journal")
        journal_app = JournalApp(vault)
        journal_app.start()
        dialog = journal_app.dialog
        self.centre(dialog)
        self.shoot("first-run")
        dialog.next_button.click()
        dialog.passphrase.fields.first.setText("kettle orbit marigold lantern")
        dialog.passphrase.fields.second.setText("kettle orbit marigold lantern")
        self.shoot("first-run-passphrase")
        dialog.next_button.click()
        self.wait_until(lambda: dialog.current_step() == 2)
        self.shoot("first-run-recovery")
        dialog.recovery.stored.setChecked(True)
        dialog.next_button.click()
        self.shoot("first-run-device")
        dialog.next_button.click()
        self.shoot("first-run-backups")
        dialog.next_button.click()
        self.shoot("first-run-framework")
        dialog.next_button.click()
        self.wait_until(lambda: journal_app.window.unlocked is not None)
        window = journal_app.window
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        self.shoot("main-empty")
        journal_app.lock()
        self.wait_until(lambda: isinstance(journal_app.dialog, UnlockDialog))
        self.centre_on(journal_app.dialog, window)
        self.shoot("locked")
        journal_app.dialog.done(0)
        journal_app.shutdown()
        window.hide()

        # The next morning: the app starts with the unlock dialog on its own.
        journal_app = JournalApp(vault)
        journal_app.start()
        self.centre(journal_app.dialog)
        self.shoot("unlock")
        journal_app.dialog.done(0)
        journal_app.shutdown()

    def demo_journal(self) -> None:
        from journal_app.ui.app import JournalApp, prepare_demo

        journal_app = JournalApp(self.vault("demo journal"), demo=True)
        database = prepare_demo(journal_app.tasks, self.work / "demo journal", date.today())
        assert database is not None
        journal_app.open(database)
        window = journal_app.window
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        self.settle(800)
        if window.stack.currentWidget() is window.week_view:  # something due: This week first
            self.shoot("this-week")
            window.show_reflections()
        self.shoot("main")
        self.search_exact_phrase(journal_app)
        self.open_example_entry(journal_app)
        self.shoot("editor")
        window.show_coverage()
        self.shoot("coverage")
        self.preferences(journal_app)
        journal_app.shutdown()

    def preferences(self, journal_app) -> None:
        from PySide6.QtCore import QTimer

        from journal_app.ui.settings_dialog import SettingsDialog

        def shoot_and_close() -> None:
            dialog = journal_app.window.findChild(SettingsDialog)
            self.centre_on(dialog, journal_app.window)
            self.shoot("preferences")
            dialog.reject()

        QTimer.singleShot(300, shoot_and_close)
        journal_app.window.open_preferences()

    def search_exact_phrase(self, journal_app) -> None:
        """Results for a quoted phrase: the heading says they come newest first."""
        panel = journal_app.window.journal_view.entries
        for phrase in ('"team meeting"', '"reflective supervision"', '"the team"'):
            panel.search_bar.setText(phrase)
            panel.search_bar.search_now()
            if panel.results_model.rowCount() >= 3:
                break
        self.shoot("search")
        panel.search_bar.clear()
        panel.search_bar.search_now()

    def open_example_entry(self, journal_app) -> None:
        """A Gibbs reflection with tags: the editor with a template and domains."""
        unlocked = journal_app.window.unlocked
        summaries = unlocked.journal.list()
        chosen = next(
            (s for s in summaries if s.template_id == "gibbs" and len(s.tags) >= 2),
            next((s for s in summaries if s.tags), summaries[0]),
        )
        journal_app.window.journal_view.open_entry(chosen.id)


#: the two laptop screens the pictures show: 1920x1080 at 150% (1280x720 logical), 1366x768
SCREENS = {"1280x720": ((1920, 1080), 1.5), "1366x768": ((1366, 768), 1.0)}


def editor_with_findings(theme: str, screen: str = "1280x720") -> int:
    """The editor showing findings, as the layout check opens it (a reflection naming a
    child, an address and a postcode), on one of :data:`SCREENS`; the list beside it."""
    from tests.ui.layout_run import configure_qt

    work = Path(tempfile.mkdtemp(prefix="journal-screenshots-"))
    try:
        size, scale = SCREENS[screen]
        configure_qt(size, scale, work)
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        app = QApplication([sys.argv[0]])
        app.setOrganizationName("ReflectiveJournalScreenshots")
        from journal_app.ui.theme import apply_theme

        speak(app)
        from tests.ui.layout_scenes import Setting, main_window

        apply_theme(app, theme)
        setting = Setting(work / "data")
        try:
            for state, window in main_window(setting):
                if state == "editor with findings":
                    window.journal_view.editor.body.edit.setFocus()
                    app.processEvents()
                    out_folder().mkdir(parents=True, exist_ok=True)
                    path = out_folder() / f"editor-findings-{screen}-{theme}.png"
                    window.grab().save(str(path))
                    print(f"saved {path.relative_to(ROOT)}")
                    break
        finally:
            setting.close()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

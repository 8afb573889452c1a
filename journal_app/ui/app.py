"""Starting the desktop app: first run or unlock, the main window, locking and quitting.

:func:`run_app` is what ``journal-app`` with no command calls. :class:`JournalApp` holds the
one unlocked journal at a time and decides when to lock (Ctrl+L, idle) and unlock.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QListView, QMessageBox, QWidget

from journal_app.services.journal_folder import journal_in_use
from journal_app.ui import termination
from journal_app.ui.idle_lock import IdleLock
from journal_app.ui.language import (
    apply_language,
    current_language,
    effective_language,
    start_language,
    store_choice,
)
from journal_app.ui.plain_text import warn
from journal_app.ui.single_instance import bring_forward, claim, tell_in_use
from journal_app.ui.tasks import TaskRunner, run_with_progress
from journal_app.ui.theme import (
    accent_icon,
    apply_theme,
    follow_system_changes,
    store_theme,
    stored_theme,
)
from journal_app.ui.unlock_dialog import UnlockDialog, open_with_device

# Start-up shows the unlock dialog with Qt and the dialog's own modules only. The database
# layer (SQLAlchemy), the main window and the journal view are imported once the dialog has
# painted, while it waits for the passphrase (see JournalApp.prepare_behind), or when needed.
if TYPE_CHECKING:
    from journal_app.services.preferences import Preferences
    from journal_app.services.unlocked import OpenDatabase
    from journal_app.services.vault import Vault
    from journal_app.ui.first_run import FirstRunDialog
    from journal_app.ui.main_window import MainWindow

APP_NAME = "Reflective Supervision Journal"
ORGANISATION = "ReflectiveJournal"
DEMO_PASSPHRASE = "demo copper kettle meadow"
GIL_SWITCH_INTERVAL_S = 0.0005
LOCK_RETRY_MS = 250
#: after SIGTERM, how long shutdown waits for background work before saving and closing
QUIT_WAIT_MS = 2500


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalApp", text)


#: What the window needs once a journal is open that has no Qt in it: the services, the
#: database layer (SQLAlchemy) and the identifier check. Start-up imports these on the task
#: runner once the first dialog is on screen, so the dialog stays responsive; an unlock
#: started meanwhile queues behind them on the runner's one thread.
BACKGROUND_MODULES = (
    "journal_app.ui.app_context",  # no Qt: the services and the database layer
    "journal_app.services.preferences",
    "journal_app.services.backups",
    "journal_app.core.identifiers",
    # reportlab, for the export dialog: ~0.35 s that would otherwise freeze the window the
    # first time Export is chosen
    "journal_app.services.export_service",
)
#: Then, on the GUI thread, one per turn of the event loop: the window's own modules.
WINDOW_MODULES = (
    "journal_app.ui.main_window",
    "journal_app.ui.journal_view",  # the sidebar, the entry list and the editor
    "journal_app.ui.coverage_view",
    # its forms and the findings list: ~30 ms that froze the first Export as it opened
    "journal_app.ui.export_dialog",
)


def _import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        importlib.import_module(module)


def _warm_up_item_views() -> None:
    """Let Qt for Python set up what item views need, now rather than on the first unlock.

    The first time the parts of a list or tree view pass through a Python event filter (the
    idle lock has one), PySide creates its lazily loaded classes: tens of milliseconds, once
    per process. Done ahead, it no longer delays the entry list's first paint.
    """
    view = QListView()
    view.deleteLater()


class _Preparation(QObject):
    """Gets the window ready behind a dialog, once that has painted (see BACKGROUND_MODULES
    and WINDOW_MODULES); whatever is not ready when needed is simply done then."""

    def __init__(self, tasks: TaskRunner, steps: list[Callable[[], object]], parent: QObject):
        super().__init__(parent)
        self._tasks = tasks
        self._steps = steps

    def start_after_paint(self, widget: QObject) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start)  # this paint reaches the screen first
        return False

    def start(self) -> None:
        self._tasks.start(
            lambda _report, _cancelled: _import_all(BACKGROUND_MODULES),
            on_success=lambda _result: self._next(),
            on_error=lambda _error: self._next(),  # the GUI thread's imports will say why
        )

    def _next(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self, self._next)  # events are handled in between
        else:
            self.deleteLater()


class JournalApp(QObject):
    """The running app: one window, one journal, locked or unlocked.

    Dialogs are opened without blocking (``open()``, not ``exec()``): the flow continues
    from their ``finished`` signal, so the event loop, the task runner and tests keep going.

    The window is built at once, unless ``window_later`` (start-up): then it is built
    behind the first dialog while that waits for the person, or when first needed.
    """

    quit_requested = Signal()
    window_closed = Signal()

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner | None = None,
        *,
        demo: bool = False,
        today: Callable[[], date] = date.today,
        window_later: bool = False,
    ) -> None:
        super().__init__()
        # The window's own Python (list delegates, slots, the idle lock's event filter) runs
        # in many short calls, each needing the GIL; while a worker thread builds a PDF or a
        # backup, each waited up to the default 5 ms switch interval, and a repaint of the
        # window froze it for 0.1-1.4 s (measured: the export's progress dialog appearing).
        # At 0.5 ms the longest freeze was 56 ms, and the export took no longer.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self.vault = vault
        self.tasks = tasks or TaskRunner(self)
        self.demo = demo
        self.today = today
        self.dialog: QDialog | None = None  # the first-run or unlock dialog on screen
        self._window: MainWindow | None = None
        self._preparing = False
        self.idle = IdleLock(self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        if not window_later:
            self.prepare()

    # -- the window, built ahead of need -----------------------------------------------------

    @property
    def window(self) -> MainWindow:
        """The main window (built now if it was not yet)."""
        if self._window is None:
            from journal_app.ui.main_window import MainWindow

            window = MainWindow(self.tasks, demo=self.demo)
            # Queued: the lock removes widgets, which must not happen inside their own handlers.
            window.lock_requested.connect(lambda: QTimer.singleShot(0, self.lock))
            window.unlock_requested.connect(self.unlock)
            window.preferences_changed.connect(self._preferences_changed)
            window.closed.connect(self.window_closed)
            window.locked_page.set_prompting(self.dialog is not None)
            self._window = window
        return self._window

    @property
    def window_built(self) -> bool:
        """Whether the window exists yet (asking :attr:`window` would build it)."""
        return self._window is not None

    def prepare(self) -> None:
        """Import what the window and the journal view need, and build the window, now."""
        _import_all(BACKGROUND_MODULES + WINDOW_MODULES)
        _ = self.window
        _warm_up_item_views()

    def prepare_behind(self, dialog: QWidget) -> None:
        """Like :meth:`prepare`, but once ``dialog`` has painted and without freezing it."""
        if self._window is not None or self._preparing:
            return
        self._preparing = True
        steps: list[Callable[[], object]] = [
            partial(importlib.import_module, module) for module in WINDOW_MODULES
        ]
        steps += [lambda: self.window, _warm_up_item_views]
        _Preparation(self.tasks, steps, self).start_after_paint(dialog)

    def _window_visible(self) -> bool:
        return self._window is not None and self._window.isVisible()

    @property
    def unlock_hint(self) -> str:
        if not self.demo:
            return ""
        return _tr("This is the demo journal. Its passphrase is: {passphrase}").format(
            passphrase=DEMO_PASSPHRASE
        )

    def start(self) -> None:
        """First run, or unlock; the window appears once a journal is open."""
        if self.vault.exists():
            self.unlock()
            return
        from journal_app.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.vault, self.tasks, today=self.today)
        dialog.finished.connect(lambda result: self._dialog_done(dialog, result))
        dialog.language_chosen.connect(self._first_run_language)
        self._show_dialog(dialog)

    def _first_run_language(self, choice: str) -> None:
        """A language chosen on the welcome page: the dialog is built again in it.

        Nothing is typed on that page yet, so nothing is lost; a window already built
        behind the dialog (in the old language) is built again when needed.
        """
        store_choice(choice)
        language = effective_language(choice)
        old = self.dialog
        if language == current_language() or old is None:
            return
        app = QApplication.instance()
        if app is not None:
            apply_language(app, language)
        old.finished.disconnect()  # not "Cancel": it goes, and a new one comes
        old.hide()
        old.deleteLater()
        self.dialog = None
        if self._window is not None and self._window.unlocked is None:
            self._window.deleteLater()
            self._window = None
        self.start()

    def unlock(self) -> None:
        """Straight in when this device remembers the journal; otherwise ask."""
        if self.dialog is not None or (
            self._window is not None and self._window.unlocked is not None
        ):
            return
        # One copy of the app per journal: another copy holds it (e.g. opened there while this
        # window was locked), and two writers would fight over it. Say so plainly; at
        # start-up, quit.
        if journal_in_use(self.vault.data_dir):
            tell_in_use(self.window if self._window_visible() else None)
            if not self._window_visible():
                self.quit_requested.emit()
            return
        database, problem = open_with_device(self.vault)
        if database is not None:
            self.open(database)
            return
        parent = self.window if self._window_visible() else None
        dialog = UnlockDialog(self.vault, self.tasks, parent, hint=self.unlock_hint)
        if problem:
            dialog.show_error(problem)
        dialog.finished.connect(lambda result: self._dialog_done(dialog, result))
        self._show_dialog(dialog)

    def come_forward(self) -> None:
        """A second copy of the app was started: this one comes forward instead."""
        bring_forward(self.dialog if self.dialog is not None else self.window)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        if self._window is not None:
            self._window.locked_page.set_prompting(True)
        dialog.setWindowIcon(QApplication.windowIcon())
        dialog.open()
        self.prepare_behind(dialog)  # while the person reads and types

    def _dialog_done(self, dialog: FirstRunDialog | UnlockDialog, result: int) -> None:
        self.dialog = None
        self.window.locked_page.set_prompting(False)
        database = dialog.database if result == QDialog.DialogCode.Accepted else None
        recovered = isinstance(dialog, UnlockDialog) and dialog.recovered
        dialog.deleteLater()
        if database is None:
            self.quit_requested.emit()  # the person chose Quit (or Cancel on first run)
            return
        self.open(database)
        if recovered:
            self.window.show_status(
                _tr("Your new passphrase is set. Your recovery key still works: keep it safe.")
            )

    def open(self, database: OpenDatabase) -> None:
        """Show an unlocked journal in the window and start the idle countdown."""
        from journal_app.ui.app_context import UnlockedJournal

        unlocked = UnlockedJournal.open(self.vault, database)
        preferences = unlocked.preferences_or_defaults()
        self._apply_theme(preferences.theme)
        if not self.demo:
            # The journal's own choice, for the next start (e.g. after moving it to a new
            # computer); the window is already built in this start's language.
            store_choice(preferences.language)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard focus comes back after a dialog
        self.window.show_journal(unlocked, preferences)
        self.idle.set_minutes(preferences.auto_lock_minutes)
        self.idle.start()

    def lock(self, *, idle: bool = False) -> bool:
        """Lock now. An idle lock waits for background work and never discards changes."""
        if self._window is None or self._window.unlocked is None:
            return True
        if self.tasks.busy:
            # The day's backup steps aside (it is made next time); a task the person asked
            # for (an export, a passphrase change) is not thrown away.
            self.tasks.stop_background()
            if idle and self.tasks.busy_with_own_work:
                self.idle.start()  # their export is running: try again later
                return False
            self.tasks.wait()  # asked for now (Ctrl+L): their task finishes, then the lock
        if self.window.close_dialogs():
            # Their event loops unwind first; then lock for real.
            self.window.stack.setCurrentWidget(self.window.locked_page)
            QTimer.singleShot(LOCK_RETRY_MS, lambda: self.lock(idle=idle))
            return False
        if not self.window.lock_journal(ask_if_unsaved=not idle):
            self.window.show_reflections()  # still unlocked: show it as it is
            if idle:
                self.idle.start()  # saving failed and the view says why: never lose words
            return False
        self.idle.stop()
        if not self.vault.is_remembered():
            QTimer.singleShot(0, self.unlock)  # ask straight away; the locked page stays behind
        return True

    def stop_for_quit(self) -> None:
        """A SIGTERM or Ctrl+C: no more locking on idle, and background work asked to stop
        (an export is cancelled; a save already under way finishes)."""
        self.idle.stop()
        self.tasks.cancel_all()

    def shutdown(self) -> None:
        """Save and close whatever is open (closing the window normally did already)."""
        self.idle.uninstall()
        if termination.quitting():
            # asked to go by the system: what has stopped by then is all there is time for
            self.tasks.wait(QUIT_WAIT_MS)
        else:
            self.tasks.wait()  # the day's backup too: quitting is when it matters most
        if self._window is not None:
            self._window.lock_journal(ask_if_unsaved=False)

    def _preferences_changed(self, preferences: Preferences) -> None:
        self.idle.set_minutes(preferences.auto_lock_minutes)

    def _apply_theme(self, theme: str) -> None:
        """The journal's own choice wins (e.g. after moving it to a new computer)."""
        app = QApplication.instance()
        if self.demo:
            return  # a throw-away journal never changes the person's own settings
        if isinstance(app, QApplication) and app.property("journalTheme") != theme:
            apply_theme(app, theme)
            store_theme(theme)
            self.window.refresh_icons()


# -- the demo journal --------------------------------------------------------------------------


def prepare_demo(tasks: TaskRunner, folder: Path, today: date) -> OpenDatabase | None:
    """Create a throw-away journal in ``folder`` and fill it, behind a progress dialog."""
    from journal_app.services.demo import fill_demo_journal
    from journal_app.services.preferences import Preferences, save_preferences
    from journal_app.services.unlocked import UnlockedJournal
    from journal_app.services.vault import Vault

    vault = Vault(folder)
    theme = stored_theme()
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def work(report: Callable[[int, str], None], _cancelled: Callable[[], bool]) -> object:
        created = vault.create(DEMO_PASSPHRASE)
        save_preferences(created.database, Preferences(theme=theme))
        filling = UnlockedJournal.open(vault, created.database)
        fill_demo_journal(filling.journal, filling.catalogue, today)
        return created.database

    def finished(database: object) -> None:
        outcome["database"] = database
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    run_with_progress(
        tasks,
        None,
        _tr("Demo journal"),
        _tr("Writing a year of example reflections…"),
        work,
        finished,
        on_error=failed,
    )
    loop.exec()
    if "error" in outcome:
        warn(None, _tr("Demo journal"), str(outcome["error"]))
        return None
    opened: OpenDatabase | None = outcome.get("database")  # type: ignore[assignment]
    return opened


# -- process-wide setup ------------------------------------------------------------------------


def _quiet_excepthook(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Unexpected errors: the type only (a message could quote a reflection), and a notice."""
    if os.environ.get("JOURNAL_DEBUG"):
        traceback.print_exception(kind, value, tb)
    else:
        print(f"journal-app: unexpected error ({kind.__name__})", file=sys.stderr)
    if _may_show_notice(kind):
        QMessageBox.warning(
            None,
            _tr("Reflective Supervision Journal"),
            _tr(
                "Something unexpected went wrong ({kind}). Your saved reflections are safe. "
                "If it happens again, save your work and restart the app."
            ).format(kind=kind.__name__),
        )


def _may_show_notice(kind: type[BaseException]) -> bool:
    """A message box only on the GUI thread, and never while the app is quitting.

    Widgets belong to the GUI thread: a box opened from a worker hung the app, its GUI
    thread waiting for that worker at shutdown. While quitting, nobody is there to answer.
    """
    return (
        QApplication.instance() is not None
        and threading.current_thread() is threading.main_thread()
        and not issubclass(kind, KeyboardInterrupt)
        and not termination.quitting()
    )


def _quiet_thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """An error escaping a Python thread: the same quiet line (no traceback, no box)."""
    _quiet_excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def _application(language: str | None = None) -> QApplication:
    """The QApplication, speaking ``language`` (``--language``: this time only) or else the
    language chosen on this computer."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(QIcon(accent_icon("journal", 256)))
    start_language(app, language)
    apply_theme(app, stored_theme())
    follow_system_changes(app)
    return app


def run_app(
    data_dir: str | Path | None = None, demo: bool = False, language: str | None = None
) -> int:
    """Open the desktop app; returns the process exit code. ``language`` (one of
    :data:`journal_app.core.language.CHOICES`) overrides the stored choice this time."""
    from journal_app.process_hardening import harden_process

    harden_process()  # before any journal is unlocked: no crash dump holds its key or text
    if os.name == "posix":
        os.umask(0o077)  # anything the app creates is private to the user
    app = _application(language)
    sys.excepthook = _quiet_excepthook
    threading.excepthook = _quiet_thread_excepthook
    from journal_app.services.device_keys import SystemKeyring
    from journal_app.services.vault import Vault

    demo_folder: Path | None = None
    if demo:
        demo_folder = Path(tempfile.mkdtemp(prefix="reflective-journal-demo-"))
        atexit.register(shutil.rmtree, demo_folder, ignore_errors=True)
        vault = Vault(demo_folder / "journal")
    else:
        if data_dir:
            folder = Path(data_dir).expanduser()
        else:
            from journal_app.services.journal_folder import default_journal_folder

            folder = default_journal_folder()
        vault = Vault(folder, device_keys=SystemKeyring())
    journal_app = JournalApp(vault, demo=demo, window_later=True)
    # SIGTERM (log-out, shutdown, an installer) or Ctrl+C: quit properly, within seconds
    terminator = termination.Terminator(app, journal_app.stop_for_quit)
    if not demo:  # one copy per journal: a copy already open here comes forward instead
        already_open = claim(vault.data_dir, journal_app.come_forward, journal_app)
        if already_open is not None:
            return already_open
    # Dialogs come and go before the window appears: only the window's closing, or Quit in a
    # dialog, ends the app.
    app.setQuitOnLastWindowClosed(False)
    journal_app.quit_requested.connect(app.quit)
    journal_app.window_closed.connect(app.quit)
    try:
        if demo_folder is not None:
            database = prepare_demo(journal_app.tasks, vault.data_dir, date.today())
            if database is None:
                return 1
            journal_app.open(database)
        else:
            journal_app.start()
        return app.exec()
    finally:
        journal_app.shutdown()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
        terminator.finished()

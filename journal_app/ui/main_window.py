"""The main window: a shell of menus, toolbar, status bar and a stack of views.

It hosts :class:`JournalView` and :class:`CoverageView` while the journal is unlocked and a
locked page otherwise. It holds no business logic: the views and dialogs call the services.
Locking removes the views (and with them every decrypted word on screen) and then closes
the database; :class:`journal_app.ui.app.JournalApp` decides when to lock and unlock.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from journal_app.core.errors import JournalError
from journal_app.core.models import Tag
from journal_app.core.periods import Period
from journal_app.services.changes import Change
from journal_app.services.preferences import Preferences
from journal_app.ui.about import AboutDialog, ShortcutsDialog
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.backup_watch import BackupWatch
from journal_app.ui.framework_import import choose_and_import
from journal_app.ui.idle_lock import LockedPage
from journal_app.ui.journal_changes import JournalChanges
from journal_app.ui.restore_dialog import start_restore
from journal_app.ui.settings_dialog import SettingsDialog
from journal_app.ui.tasks import TaskRunner, run_with_progress
from journal_app.ui.undo_trash import UndoTrash
from journal_app.ui.window_actions import WindowActions
from journal_app.ui.window_geometry import place_window, remember_geometry

if TYPE_CHECKING:  # the views are imported when a journal is opened, not at start-up
    from journal_app.services.this_week import ThisWeek
    from journal_app.ui.appraisal.view import AppraisalView
    from journal_app.ui.coverage_view import CoverageView
    from journal_app.ui.journal_view import JournalView
    from journal_app.ui.this_week import ThisWeekView


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    preferences_changed = Signal(object)  # Preferences
    closed = Signal()

    def __init__(
        self, tasks: TaskRunner, parent: QWidget | None = None, *, demo: bool = False
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.unlocked: UnlockedJournal | None = None
        self.preferences = Preferences()
        self.journal_view: JournalView | None = None
        #: an empty stand-in until the coverage view is first shown (then built in its place)
        self.coverage_view: CoverageView | QWidget | None = None
        #: built when first shown, like Coverage
        self.appraisal_view: AppraisalView | None = None
        self.week_view: ThisWeekView | None = None
        self._changes: JournalChanges | None = None
        title = self.tr("Reflective Supervision Journal")
        self.setWindowTitle(
            self.tr("{title} – demo journal").format(title=title) if demo else title
        )
        self.setAccessibleName(title)
        self.stack = QStackedWidget(self)
        self.locked_page = LockedPage(self)
        self.locked_page.unlock_clicked.connect(self.unlock_requested)
        self.stack.addWidget(self.locked_page)
        self.setCentralWidget(self.stack)
        self.actions_ = WindowActions(self, self._handlers())
        self.actions_.build_menus(self)
        self.toolbar = self.actions_.build_toolbar(self)
        self.lock_hint = QLabel(self)
        self.lock_hint.setProperty("statusItem", True)  # a cell of its own (app.qss)
        self.backups = BackupWatch(tasks, self.statusBar())
        self.statusBar().addPermanentWidget(self.lock_hint)
        self.undo_trash = UndoTrash(
            self.actions_["undo_trash"], self.statusBar(), self._restore_trashed
        )
        self.actions_.set_unlocked(False)
        # A share of this screen, or where it was last time on it: a fixed size overflowed
        # 1366x768 laptops and 1920x1080 at 150%.
        place_window(self)

    def _handlers(self) -> dict[str, Any]:
        return {
            "new": self.new_entry,
            "save": self.save_now,
            "export": self.export,
            "copy_json": lambda: self.open_formats("json"),
            "copy_markdown": lambda: self.open_formats("markdown-folder"),
            "import_json": lambda: self.open_formats("import"),
            "backup": self.back_up,
            "undo_trash": lambda: self.undo_trash.undo(),
            "restore": self.restore_backup,
            "import_framework": self.import_framework,
            "lock": self.lock_requested.emit,
            "quit": self.close,
            "find": self.find_reflections,
            "protected_names": self.open_protected_names,
            "preferences": self.open_preferences,
            "reflections": self.show_reflections,
            "coverage": self.show_coverage,
            "appraisal": self.show_appraisal,
            "this_week": self.show_this_week,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }

    def refresh_icons(self) -> None:
        """Redraw icons in the current theme's colours (after a theme change)."""
        self.actions_.refresh_icons()
        self.locked_page.refresh_icons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The system switched light/dark or high contrast while the app was open: icons
        # drawn in the old text colour could vanish (dark on a black contrast theme).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "actions_"):
            self.refresh_icons()

    # -- unlocked and locked -----------------------------------------------------------------

    def show_journal(self, unlocked: UnlockedJournal, preferences: Preferences) -> None:
        """Put the views of a freshly unlocked journal on screen."""
        self.unlocked = unlocked
        self._changes = JournalChanges(unlocked.changes, self)
        self._changes.changed.connect(self._journal_changed)
        self.statusBar().clearMessage()  # "Locked at …" no longer applies
        self.apply_preferences(preferences)
        self._build_views(unlocked, preferences)
        self.actions_.set_unlocked(True)
        self.show_reflections()
        if preferences.open_this_week_at_unlock:
            week = self._week_ahead(unlocked)
            if week is not None and not week.nothing_to_do:
                self._open_week(week)  # shown as worked out here, not worked out again
        self.backups.start(unlocked)

    @staticmethod
    def _week_ahead(unlocked: UnlockedJournal) -> ThisWeek | None:
        """The week ahead at unlock (a bounded read: open dated actions and the last few
        months' reflections, never the whole journal), or None if it cannot be read."""
        from journal_app.services.this_week import this_week

        try:
            return this_week(unlocked.journal, unlocked.appraisals(), date.today())
        except JournalError:
            return None  # the reflections open as usual; This week shows the problem

    def _build_views(self, unlocked: UnlockedJournal, preferences: Preferences) -> None:
        from journal_app.ui.journal_view import JournalView

        self.journal_view = JournalView(
            unlocked, self, preferences=preferences, background_busy=lambda: self.tasks.busy
        )
        self.journal_view.status_message.connect(self.show_status)
        self.journal_view.trashed.connect(self.undo_trash.offer)
        # Built when first shown (Ctrl+2), not while the journal opens: an empty page keeps
        # its place in the stack until then.
        self.coverage_view = QWidget(self)
        self.stack.addWidget(self.journal_view)
        self.stack.addWidget(self.coverage_view)

    def _journal_changed(self, change: Change) -> None:
        """Settings changed through the services (a dialog saved preferences): keep the
        shell's copy current. The views follow the same stream themselves."""
        if not change.settings or self.unlocked is None:
            return
        with contextlib.suppress(JournalError):  # the dialog that saved them has said why
            self.apply_preferences(self.unlocked.preferences())

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        minutes = preferences.auto_lock_minutes
        self.lock_hint.setText(
            self.tr("Encrypted · locks after %n minute(s) without activity", "", minutes)
        )

    def _restore_trashed(self, entry_id: str) -> None:
        if self.journal_view is not None:
            self.show_reflections()
            self.journal_view.undo_trash(entry_id)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def flush(self) -> bool:
        """Save pending edits; False if that failed (the view has shown why)."""
        return self.journal_view is None or self.journal_view.flush()

    def lock_journal(self, *, ask_if_unsaved: bool = True) -> bool:
        """Save, remove the views, close the database and show the locked page."""
        if self.unlocked is None:
            return True
        saved = self.flush()
        if not saved and not (ask_if_unsaved and self._confirm_losing_changes()):
            return False
        self._drop_views()
        # A backup already running keeps its own connection and key until it finishes; the
        # watch ignores its result once the journal is locked.
        self.backups.stop()
        if self._changes is not None:
            self._changes.deleteLater()  # stops listening now (see JournalChanges)
            self._changes = None
        self.undo_trash.forget()
        unlocked, self.unlocked = self.unlocked, None
        unlocked.close()
        self.actions_.set_unlocked(False)
        now = QTime.currentTime().toString("HH:mm")
        self.statusBar().showMessage(self.tr("Locked at {time}").format(time=now))
        return True

    def close_dialogs(self) -> bool:
        """Cancel any dialog open over the window; True if there was one.

        A dialog's own event loop may have a view's method waiting under it, so the views
        can only be removed once those loops have unwound (see ``JournalApp.lock``).
        """
        open_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in open_dialogs:
            dialog.reject()
        return bool(open_dialogs)

    def _drop_views(self) -> None:
        # Deleted now, not with deleteLater(): the unlock dialog's event loop would otherwise
        # keep the widgets, and the text in them, alive behind the dialog.
        self.stack.setCurrentWidget(self.locked_page)
        views = (self.journal_view, self.coverage_view, self.appraisal_view, self.week_view)
        for view in views:
            if view is not None and shiboken6.isValid(view):
                self.stack.removeWidget(view)
                shiboken6.delete(view)
        self.journal_view = self.coverage_view = None
        self.appraisal_view = self.week_view = None

    def _confirm_losing_changes(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not saved"))
        box.setText(
            self.tr("Your latest changes could not be saved. If you go on, they will be lost.")
        )
        box.addButton(self.tr("Go on without them"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay

    def closeEvent(self, event: QCloseEvent) -> None:
        # A passphrase change, an export or the day's backup finishes first: a backup
        # stopped at every quit could be stopped every day (locking stops it; see lock()).
        self.tasks.wait()
        if self.lock_journal(ask_if_unsaved=True):
            remember_geometry(self)
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    # -- menu commands -----------------------------------------------------------------------

    def new_entry(self) -> None:
        self.show_reflections()
        if self.journal_view is not None:
            self.journal_view.new_entry()

    def save_now(self) -> None:
        if self.journal_view is not None and self.journal_view.save_now():
            self.show_status(self.tr("Saved"))

    def find_reflections(self) -> None:
        self.show_reflections()
        if self.journal_view is not None:
            self.journal_view.focus_search()

    def show_reflections(self) -> None:
        if self.journal_view is not None:
            self.actions_["reflections"].setChecked(True)
            self.stack.setCurrentWidget(self.journal_view)

    def show_domain_reflections(self, tag: Tag, period: Period) -> None:
        """The reflections behind a Coverage cell: one domain, between two dates."""
        if self.journal_view is not None:
            self.show_reflections()
            self.journal_view.sidebar.show_domain(tag, period)

    def open_reflection(self, entry_id: str) -> None:
        """Open one reflection in the editor (an action's, from Coverage)."""
        if self.journal_view is not None:
            self.show_reflections()
            self.journal_view.open_entry(entry_id)

    def show_coverage(self) -> None:
        if self.coverage_view is not None:
            self.flush()  # so coverage counts what was just written
            view = self._build_coverage()
            if view is not None:
                view.refresh()
            self.actions_["coverage"].setChecked(True)
            self.stack.setCurrentWidget(self.coverage_view)

    def show_appraisal(self) -> None:
        """The appraisal workspace: self-assessment, objectives, plan, feedback, files."""
        if self.unlocked is None:
            return
        self.flush()  # the self-assessment counts what was just written
        if self.appraisal_view is None:
            from journal_app.ui.appraisal.view import AppraisalView

            self.appraisal_view = AppraisalView(self.unlocked, self)
            self.appraisal_view.open_entry_requested.connect(self.open_reflection)
            self.stack.addWidget(self.appraisal_view)
        else:
            self.appraisal_view.refresh()
        self.actions_["appraisal"].setChecked(True)
        self.stack.setCurrentWidget(self.appraisal_view)

    def show_this_week(self) -> None:
        """The week ahead: actions due, follow-ups waiting, deadlines."""
        self._open_week(None)

    def _open_week(self, week: ThisWeek | None) -> None:
        """Show This week: ``week`` if it was just worked out, else worked out now."""
        if self.unlocked is None:
            return
        self.flush()
        if self.week_view is None:
            from journal_app.ui.this_week import ThisWeekView

            self.week_view = ThisWeekView(self.unlocked, self, week=week)
            self.week_view.open_entry_requested.connect(self.open_reflection)
            self.stack.addWidget(self.week_view)
        else:
            self.week_view.refresh(week)
        self.actions_["this_week"].setChecked(True)
        self.stack.setCurrentWidget(self.week_view)

    def _build_coverage(self) -> CoverageView | None:
        """Put the real coverage view in place of its stand-in, the first time it is shown."""
        from journal_app.ui.coverage_view import CoverageView

        if isinstance(self.coverage_view, CoverageView):
            return self.coverage_view
        stand_in = self.coverage_view
        if stand_in is None or self.unlocked is None:
            return None
        view = CoverageView(self.unlocked, self)
        # the numbers and actions lead to the reflections behind them
        view.reflections_requested.connect(self.show_domain_reflections)
        view.open_entry_requested.connect(self.open_reflection)
        self.coverage_view = view
        self.stack.insertWidget(self.stack.indexOf(stand_in), view)
        self.stack.removeWidget(stand_in)
        shiboken6.delete(stand_in)
        return view

    def export(self) -> None:
        # imported here: the export dialog loads the PDF library (half a second)
        from journal_app.ui.export_dialog import ExportDialog

        if self.unlocked is not None and self.flush():
            ExportDialog(self.unlocked, self).exec()

    def open_formats(self, start: str) -> None:
        """Save a copy as JSON or Markdown, or import a JSON file ("import"), from the File
        menu: the same dialog the PDF export offers, opened on the chosen format."""
        if self.unlocked is None or not self.flush():
            return
        from journal_app.ui.open_exports_dialog import OpenExportsDialog

        dialog = OpenExportsDialog(self.unlocked, self, tasks=self.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if start == "import":
            QTimer.singleShot(0, dialog, dialog.import_json)  # the file to import, at once
        else:
            dialog.choose_format(start)
        dialog.exec()

    def back_up(self) -> None:
        if self.unlocked is None or not self.flush():
            return
        unlocked = self.unlocked
        run_with_progress(
            self.tasks,
            self,
            self.tr("Back up now"),
            self.tr("Making a backup and checking it…"),
            lambda _report, _cancelled: unlocked.backup_now(),
            lambda info: self.show_status(
                self.tr("Backup made and checked: {path}").format(path=info.path)
            ),
        )

    def restore_backup(self) -> None:
        """Choose a backup and put it in place of the journal (see restore_dialog.py)."""
        if self.unlocked is not None and self.flush():
            start_restore(self)

    def import_framework(self) -> None:
        """File ▸ Import a framework…; the views are built again so that they offer it."""
        if self.unlocked is None or not self.flush():
            return
        if choose_and_import(self.unlocked, self) is None:
            return
        self._drop_views()
        self._build_views(self.unlocked, self.preferences)
        self.show_reflections()

    def open_protected_names(self) -> None:
        """Edit ▸ Names I protect… (the journal view owns the dialog: it checks the open
        reflection again when the list changes)."""
        if self.unlocked is not None and self.journal_view is not None:
            self.journal_view.manage_protected_names()

    def open_preferences(self) -> None:
        if self.unlocked is None:
            return
        dialog = SettingsDialog(self.unlocked, self.preferences, self.tasks, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_preferences(dialog.preferences)
        self.refresh_icons()  # the views refresh from the change stream
        self.preferences_changed.emit(dialog.preferences)

    def show_shortcuts(self) -> None:
        actions = [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]
        unique = {a.text().replace("&", ""): a for a in actions if a.text()}
        ShortcutsDialog(unique.values(), self).exec()

    def show_about(self) -> None:
        AboutDialog(self.unlocked.data_dir if self.unlocked else None, self).exec()

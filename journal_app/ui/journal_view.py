"""The main working view: filters, the list of reflections, and the editor, wired together.

This is the controller for the three columns. The widgets live in ``sidebar.py``,
``entries/`` and ``editor/``; everything they do to the journal goes through
``JournalService`` and the core modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import EntryNotFoundError, JournalError
from journal_app.core.identifiers import Finding
from journal_app.core.models import EntryDraft, Status, Visibility
from journal_app.services.changes import Change
from journal_app.services.preferences import Preferences
from journal_app.services.recovery_drafts import RecoveryDraft
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.editor.autosave import Autosave
from journal_app.ui.editor.banner import Banner
from journal_app.ui.editor.editor_widget import EntryEditor, empty_editor_page
from journal_app.ui.editor.tag_picker import LearntModelSignal
from journal_app.ui.entries.list_panel import EntryListPanel
from journal_app.ui.idle_lock import input_watch_paused
from journal_app.ui.journal_changes import JournalChanges
from journal_app.ui.panes import PaneSwitcher, mark_pane
from journal_app.ui.sidebar import Sidebar

COUNTS_DELAY_MS = 800
#: the editor is built this long after the view opens (if no reflection was opened before):
#: the list is on screen first, and the first reflection opened does not wait for it
EDITOR_AHEAD_MS = 500
#: ...but not while work runs behind the window (the daily backup, the sidebar's counts),
#: which made building it take ~110 ms instead of ~70; asked again this many times
EDITOR_AHEAD_TRIES = 20
#: the model of the person's tagging (domain suggestions) starts building this long after
#: the editor is built ahead: on its own thread, but it shares the processor with the window
LEARN_AHEAD_MS = 300
#: ...and pauses this long when a reflection is picked, so that opening it is not slowed
LEARN_ASIDE_S = 0.5


class JournalView(QWidget):
    """Sidebar, list and editor for one unlocked journal."""

    status_message = Signal(str)
    trashed = Signal(str)  # a reflection just moved to the trash (the window offers Undo)

    def __init__(
        self,
        unlocked: UnlockedJournal,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
        background_busy: Callable[[], bool] = lambda: False,
    ) -> None:
        """``preferences``: as just read from the journal (read here when not given);
        ``background_busy``: whether the window's task runner is at work (a backup)."""
        super().__init__(parent)
        self._unlocked = unlocked
        self._journal = unlocked.journal
        if preferences is None:
            preferences = self._preferences()
        self._framework_id = preferences.default_framework_id
        self.sidebar = Sidebar(
            unlocked,
            self._framework_id,
            parent=self,
            appraisal_start_month=preferences.appraisal_year_start_month,
        )
        self.entries = EntryListPanel(unlocked, self)
        # The editor is built when first needed (a reflection opened or started): until
        # then its empty page stands in, so the list is on screen sooner after unlocking.
        self._editor: EntryEditor | None = None
        #: a reflection picked while the editor was being built, loaded once it is
        self._chosen_next: str | None = None
        self._autosave: Autosave | None = None
        self._cpd_button: QPushButton | None = None
        self._background_busy = background_busy
        self._ahead_tries = 0
        self._editor_slot = QStackedWidget(self)
        self._editor_slot.addWidget(empty_editor_page(self._editor_slot))
        self.recovery_banner = Banner(self)
        self._recovery: RecoveryDraft | None = None
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.sidebar.refresh_counts)
        self._build()
        self._connect()
        self.changes = JournalChanges(unlocked.changes, self)
        self.changes.changed.connect(self._journal_changed)
        self.entries.set_filter(self.sidebar.current_filter(), self.sidebar.current_label())
        self._offer_recovery()
        QTimer.singleShot(EDITOR_AHEAD_MS, self, self._build_editor_ahead)

    # -- the editor, built on first use ----------------------------------------------------

    @property
    def editor(self) -> EntryEditor:
        if self._editor is None:
            self._build_editor()
            assert self._editor is not None
        return self._editor

    @property
    def autosave(self) -> Autosave:
        if self._autosave is None:
            self._build_editor()
            assert self._autosave is not None
        return self._autosave

    @property
    def cpd_button(self) -> QPushButton:
        if self._cpd_button is None:
            self._build_editor()
            assert self._cpd_button is not None
        return self._cpd_button

    def _build_editor(self) -> None:
        with input_watch_paused():
            editor = EntryEditor(
                self._unlocked.catalogue, self._framework_id, evidence=self._unlocked.evidence
            )
        # Suggestions learn from the person's own tagging; the model is built on the
        # suggester's thread and the picker suggests again when a newer one is ready.
        suggester = self._journal.suggester
        editor.tag_picker.suggester = suggester.suggest_ready
        learnt = LearntModelSignal()
        learnt.ready.connect(editor.tag_picker.learnt_model_ready)
        suggester.add_listener(learnt)
        self._editor = editor
        self._autosave = Autosave(editor, self._journal, self._unlocked.drafts, parent=self)
        self._autosave.saved.connect(self._saved)
        editor.changed.connect(self._show_unsaved_details)
        editor.trash_requested.connect(self._trash_current)
        editor.restore_requested.connect(self._restore_current)
        editor.purge_requested.connect(self._purge_current)
        # Names I protect: the editor's check always catches them (protected_names_dialog.py)
        from journal_app.ui.protected_names_dialog import ProtectedSource

        editor.protected_source = ProtectedSource(self._unlocked.protected_names())
        editor.protect_requested.connect(self._protect_finding)
        editor.manage_protected_requested.connect(self.manage_protected_names)
        # The CPD form view hooks in here: "Copy for Social Work England…" in the
        # editor's header, shown for reflections using the swe-cpd template (cpd_dialog.py).
        from journal_app.ui.cpd_dialog import attach_cpd_button

        self._cpd_button = attach_cpd_button(self, self._unlocked)
        stand_in = self._editor_slot.widget(0)
        self._editor_slot.addWidget(editor)
        self._editor_slot.setCurrentWidget(editor)
        if stand_in is not None:
            self._editor_slot.removeWidget(stand_in)
            stand_in.deleteLater()
        QWidget.setTabOrder(self.entries.results_view, editor.title_edit)

    def _protect_finding(self, finding: Finding) -> None:
        """ "Always treat this as Child A": the finding joins the list, and is checked again."""
        try:
            term = self._unlocked.protected_names().protect_finding(finding)
        except JournalError as error:
            self.status_message.emit(str(error))
            return
        self.status_message.emit(
            self.tr("Added to the names you protect: always written as %1.").replace(
                "%1", term.pseudonym
            )
        )
        self.protected_names_changed()

    def manage_protected_names(self) -> None:
        """Open "Names I protect"; the open reflection is checked again when it closes."""
        from journal_app.ui.protected_names_dialog import ProtectedNamesDialog

        dialog = ProtectedNamesDialog(self._unlocked.protected_names(), self)
        dialog.exec()
        self.protected_names_changed()

    def protected_names_changed(self) -> None:
        """Check the open reflection again with the list as it is now."""
        if self._editor is not None:
            self._editor.analyse_now()

    def _build_editor_ahead(self) -> None:
        if self._editor is not None:
            return
        if self._background_busy() or self.sidebar.counting:
            # Later, when the window is quiet; if it never is, the first use builds it.
            self._ahead_tries += 1
            if self._ahead_tries < EDITOR_AHEAD_TRIES:
                QTimer.singleShot(EDITOR_AHEAD_MS, self, self._build_editor_ahead)
            else:
                self._learn_again()
            return
        self._build_editor()
        QTimer.singleShot(LEARN_AHEAD_MS, self, self._learn_again)

    def _learn_again(self) -> None:
        """Have the suggestions' model of the person's tagging brought up to date, in the
        background (after unlocking, and after a save that may have changed tags)."""
        frameworks = [self._framework_id]
        if self._editor is not None:
            frameworks = self._editor.tag_picker.suggested_framework_ids()
        for framework_id in frameworks:
            self._journal.suggester.refresh(framework_id)

    def _open_entry_id(self) -> str | None:
        """The reflection in the editor, without building the editor to ask."""
        return self._editor.entry_id if self._editor is not None else None

    def _preferences(self) -> Preferences:
        return self._unlocked.preferences_or_defaults()

    def _build(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.recovery_banner)
        right_layout.addWidget(self._editor_slot, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget, minimum in ((self.sidebar, 220), (self.entries, 300), (right, 460)):
            widget.setMinimumWidth(minimum)
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([290, 370, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.entries.search_bar, self.entries.new_button)
        QWidget.setTabOrder(self.entries.new_button, self.entries.sort_combo)
        QWidget.setTabOrder(self.entries.sort_combo, self.entries.list_view)
        QWidget.setTabOrder(self.entries.list_view, self.entries.results_view)
        # the panes F6 and Shift+F6 move between, as they stand left to right
        mark_pane(self.sidebar, "filters")
        mark_pane(self.entries, "reflections")
        mark_pane(right, "editor")
        self._right = right
        self.panes = PaneSwitcher(self, self._pane_list)

    def _pane_list(self) -> list[tuple[QWidget, QWidget]]:
        """Each pane, with the widget that takes the focus on first entering it."""
        shown = self.entries.stack.currentWidget()
        panes: list[tuple[QWidget, QWidget]] = [
            (self.sidebar, self.sidebar.tree),
            (
                self.entries,
                shown if shown is not None and shown.focusPolicy() else self.entries.search_bar,
            ),
        ]
        if self._editor is not None:
            panes.append((self._right, self._editor.title_edit))
            panes.append(
                (self._editor.findings_bar, self._editor.identifier_panel.replace_all_button)
            )
        else:
            panes.append((self._right, self.recovery_banner))
        return panes

    def _connect(self) -> None:
        self.sidebar.filter_changed.connect(self._filter_changed)
        self.entries.entry_chosen.connect(self._entry_chosen)
        self.entries.new_button.clicked.connect(self.new_entry)
        self.entries.trash_requested.connect(self.trash_entry)
        self.entries.widen_dates_requested.connect(self.sidebar.show_all_dates)
        self.entries.search_bar.escape_pressed.connect(self.entries.list_view.setFocus)
        # Enter (or a double-click) on a reflection moves on to writing in it
        for view in (self.entries.list_view, self.entries.results_view):
            view.activated.connect(lambda _index: self.editor.title_edit.setFocus())

    # -- the agreed interface --------------------------------------------------------------

    def new_entry(self) -> None:
        """Start a new reflection (free-form unless the user picks a model)."""
        self._chosen_next = None
        if not self.flush():
            return
        template = self._unlocked.catalogue.templates[0]
        draft = EntryDraft(
            title="",
            event_date=date.today(),
            template_id=template.id,
            sections=template.empty_sections(),
        )
        self.entries.select_entry(None)
        self.editor.load(None, draft)
        self.autosave.reset()
        self.editor.set_save_state(self.tr("New reflection: saved as you write"))
        self.editor.title_edit.setFocus()

    def save_now(self) -> bool:
        """Save straight away (Ctrl+S), even though autosave would do it shortly."""
        saved = self.flush()
        if saved and self._editor is not None and self._editor.is_open:
            self.status_message.emit(self.tr("Reflection saved."))
        return saved

    def focus_search(self) -> None:
        self.entries.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.entries.search_bar.selectAll()

    def flush(self) -> bool:
        """Save pending edits now; on failure the error shows and the text stays."""
        if self._autosave is None:
            return True  # no editor yet: nothing was typed
        saved = self._autosave.flush()
        if not saved:
            self.status_message.emit(self.tr("Not saved: see the message above the reflection."))
        return saved

    def refresh(self) -> None:
        """Re-read the list and the counts (after an import, a restore or new preferences)."""
        self.sidebar.set_appraisal_start_month(self._preferences().appraisal_year_start_month)
        self.sidebar.refresh_counts()
        self.entries.refresh()

    def _journal_changed(self, change: Change) -> None:
        """Something was written through the services (here, in a dialog, by an import):
        the list and the counts follow. One reflection edited (the editor's autosave)
        updates its row and recounts a moment later, as typing goes on; reflections added,
        trashed, restored or deleted re-read the list (and any search) and recount at once."""
        if change.settings:
            self.refresh()
            return
        if not change.entries and not change.many:
            return
        if len(change.entries) == 1 and not (change.many or change.listed):
            (edited,) = change.entries
            self.entries.entry_saved(edited, created=False)  # its row, or the list re-read
            self._counts_timer.start()
            return
        self.entries.refresh()
        self.sidebar.refresh_counts()

    def reload_entries(self, entry_ids: Iterable[str]) -> None:
        """Show the editor the stored text if its reflection is among ``entry_ids`` (changed
        from a dialog), so that its next autosave does not write the old words back."""
        open_id = self._open_entry_id()
        if open_id is None or open_id not in set(entry_ids):
            return
        try:
            entry = self._journal.get(open_id)
        except JournalError:
            return
        self.editor.load(entry.id, entry.to_draft(), in_trash=entry.in_trash)
        self.autosave.reset()

    # -- opening and saving ----------------------------------------------------------------

    def _entry_chosen(self, entry_id: str) -> None:
        """A reflection picked in the list. If the editor is not built yet, it is built
        first and the reflection loaded just after: each takes 40-70 ms, together they
        held the window for over 100 ms."""
        self._journal.suggester.step_aside(LEARN_ASIDE_S)
        if self._editor is not None:
            self.open_entry(entry_id)
            return
        self._build_editor()
        self._chosen_next = entry_id
        QTimer.singleShot(0, self, self._open_chosen)

    def _open_chosen(self) -> None:
        entry_id, self._chosen_next = self._chosen_next, None
        if entry_id is not None:  # not overtaken by another choice meanwhile
            self.open_entry(entry_id)

    def open_entry(self, entry_id: str) -> None:
        """Show a reflection in the editor, saving the one open before (or staying on it)."""
        self._chosen_next = None
        if entry_id == self._open_entry_id():
            return
        if not self.flush():
            self.entries.select_entry(self._open_entry_id())
            return
        try:
            entry = self._journal.get(entry_id)
        except EntryNotFoundError:
            self.entries.refresh()
            return
        self.editor.load(entry.id, entry.to_draft(), in_trash=entry.in_trash)
        self.autosave.reset()
        self.editor.set_save_state(self.tr("Saved"))
        self.entries.select_entry(entry.id)

    def _show_unsaved_details(self) -> None:
        editor = self._editor
        if editor is None or editor.entry_id is None:
            return  # a new reflection has no card until its first save
        self.entries.model.show_unsaved_details(
            editor.entry_id,
            str(editor.template_combo.currentData()),
            Status(editor.status_combo.currentData()),
            Visibility(editor.visibility_combo.currentData()),
        )

    def _saved(self, entry_id: str, created: bool) -> None:
        # the list and the counts follow the change stream; a new one is also chosen in it
        if created:
            self.entries.select_entry(entry_id)
        self._learn_again()  # its tags may have changed

    def _filter_changed(self, entry_filter: object) -> None:
        self.entries.set_filter(self.sidebar.current_filter(), self.sidebar.current_label())

    def trash_entry(self, entry_id: str) -> None:
        if not entry_id:
            return
        open_here = entry_id == self._open_entry_id()
        if open_here and not self.flush():
            return
        try:
            self._journal.trash(entry_id)
        except JournalError as error:
            self.status_message.emit(str(error))
            return
        if open_here:
            self.autosave.reset()
            self.editor.show_empty()
        self.trashed.emit(entry_id)

    def undo_trash(self, entry_id: str) -> None:
        """Bring back a reflection just moved to the trash, and open it again."""
        try:
            self._journal.restore(entry_id)
        except JournalError as error:
            self.status_message.emit(str(error))
            return
        self.sidebar.refresh_counts()
        self.entries.refresh()
        self.open_entry(entry_id)
        self.entries.select_entry(entry_id)
        self.status_message.emit(self.tr("Reflection restored."))

    def _trash_current(self) -> None:
        if self.editor.entry_id is None:  # never saved: nothing to keep, just close it
            self.autosave.reset()
            self.editor.show_empty()
            return
        self.trash_entry(self.editor.entry_id)

    def _purge_current(self) -> None:
        entry_id = self.editor.entry_id
        if not entry_id or not self._confirm_purge():
            return
        try:
            self._journal.purge(entry_id)
        except JournalError as error:
            self.status_message.emit(str(error))
            return
        self.editor.show_empty()
        self.status_message.emit(self.tr("Reflection deleted for ever."))

    def _confirm_purge(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete for ever?"))
        box.setText(self.tr("This reflection will be deleted for ever. This cannot be undone."))
        delete = box.addButton(self.tr("Delete for ever"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def _restore_current(self) -> None:
        entry_id = self.editor.entry_id
        if not entry_id:
            return
        try:
            entry = self._journal.restore(entry_id)
        except JournalError as error:
            self.status_message.emit(str(error))
            return
        self.editor.load(entry.id, entry.to_draft())
        self.status_message.emit(self.tr("Reflection restored."))

    # -- text kept after a crash -----------------------------------------------------------

    def _offer_recovery(self) -> None:
        try:
            recovery = self._unlocked.drafts.pending()
        except JournalError:
            recovery = None
        self._recovery = recovery
        if recovery is None:
            return
        title = " ".join(recovery.draft.title.split()) or self.tr("a new reflection")
        self.recovery_banner.set_message(
            self.tr(
                "Restore unsaved text? The journal closed before your last changes to “%1” "
                "were saved."
            ).replace("%1", title),
            [
                (self.tr("&Restore"), self.restore_recovery),
                (self.tr("&Discard"), self.discard_recovery),
            ],
        )
        self.recovery_banner.show()

    def restore_recovery(self) -> None:
        """Put the interrupted draft back in the editor and save it."""
        recovery = self._recovery
        if recovery is None or not self.flush():
            return
        entry_id = (
            recovery.entry_id
            if recovery.entry_id and self._journal.exists(recovery.entry_id)
            else None
        )
        self.editor.load(entry_id, recovery.draft)
        self.autosave.reset()
        self.autosave.mark_changed(from_recovery=True)
        self.autosave.save(explicit=False)
        self.entries.select_entry(self.editor.entry_id)
        self._recovery = None
        self.recovery_banner.hide()
        self.status_message.emit(self.tr("Unsaved text restored."))

    def discard_recovery(self) -> None:
        self._recovery = None
        self.recovery_banner.hide()
        try:
            self._unlocked.drafts.clear()
        except JournalError as error:
            self.status_message.emit(str(error))

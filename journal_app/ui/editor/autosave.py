"""Saving while the user writes, and getting text back after a crash.

Two layers keep a kill of the app from costing more than a second or two of typing:

* the reflection is saved ~1.5 s after typing stops (and at least every few seconds while
  typing goes on), when another reflection is opened, and on :meth:`Autosave.flush`;
* between saves, and whenever a save is refused (no title yet, disk full), the unsaved draft
  is written to the journal's own settings table: inside the encrypted database, never a
  plaintext temp file. On the next open, :func:`pending_recovery` finds a draft newer than
  what was saved, and the journal view offers it back ("Restore unsaved text?").
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QElapsedTimer, QObject, QTime, QTimer, Signal

from journal_app.core.errors import JournalError
from journal_app.services.journal import JournalService
from journal_app.services.recovery_drafts import RecoveryDraft, RecoveryDrafts
from journal_app.ui.editor.editor_widget import EntryEditor

DEFAULT_DELAY_MS = 1500  # a save this long after typing stops
RECOVERY_DELAY_MS = 500  # the encrypted recovery draft is at most this far behind typing
MAX_WAIT_MS = 4000  # typing without a pause still saves this often


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- the controller -----------------------------------------------------------------------


class Autosave(QObject):
    """Saves the editor's reflection a moment after typing stops, and keeps a recovery draft."""

    saved = Signal(str, bool)  # entry id, whether it was just created
    failed = Signal(str)  # a message for a person

    def __init__(
        self,
        editor: EntryEditor,
        journal: JournalService,
        drafts: RecoveryDrafts,
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._journal = journal
        self._drafts = drafts
        self._dirty = False
        self._recovery_kept = False
        self._since_first_change = QElapsedTimer()
        self._save_timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._save_timer.timeout.connect(lambda: self.save(explicit=False))
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.keep_recovery_draft)
        editor.changed.connect(self._changed)

    @property
    def delay_ms(self) -> int:
        return self._save_timer.interval()

    @delay_ms.setter
    def delay_ms(self, value: int) -> None:
        self._save_timer.setInterval(value)

    @property
    def dirty(self) -> bool:
        """Whether the editor holds changes not yet saved."""
        return self._dirty

    def _changed(self) -> None:
        if not self._dirty:
            self._since_first_change.start()
        self._dirty = True
        self._editor.set_save_state(self.tr("Unsaved changes"))
        if not self._recovery_timer.isActive():
            self._recovery_timer.start()  # not restarted: it fires while typing goes on
        overdue = self._since_first_change.elapsed() >= MAX_WAIT_MS
        if not (overdue and self._save_timer.isActive()):
            self._save_timer.start()

    def mark_changed(self, from_recovery: bool = False) -> None:
        """Treat the editor as changed, e.g. after restoring a recovery draft into it.

        With ``from_recovery`` the stored recovery draft is cleared once this text is saved.
        """
        self._recovery_kept = self._recovery_kept or from_recovery
        self._changed()

    def reset(self) -> None:
        """Forget pending changes (a different reflection has just been loaded)."""
        self._save_timer.stop()
        self._recovery_timer.stop()
        self._dirty = False

    def flush(self) -> bool:
        """Save pending changes now; False (with the error shown) if they could not be saved."""
        return self.save(explicit=True)

    def save(self, explicit: bool = True) -> bool:
        self._save_timer.stop()
        self._recovery_timer.stop()
        editor = self._editor
        if not self._dirty or not editor.is_open or editor.in_trash:
            return True
        if editor.entry_id is None and not editor.has_words():
            self.reset()  # a blank new reflection is not worth keeping
            return True
        draft = editor.draft()
        try:
            if editor.entry_id is None:
                entry = self._journal.create(draft)
                editor.set_entry_id(entry.id)
                created = True
            else:
                entry = self._journal.update(editor.entry_id, draft)
                created = False
        except JournalError as error:
            self._save_failed(str(error), explicit)
            return False
        self._dirty = False
        editor.clear_error()
        editor.set_save_state(
            self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm"))
        )
        self._drop_recovery_draft()
        self.saved.emit(entry.id, created)
        return True

    def _save_failed(self, message: str, explicit: bool) -> None:
        self.keep_recovery_draft()
        self._editor.set_save_state(self.tr("Not saved yet: %1").replace("%1", message))
        if explicit:
            self._editor.show_error(message)
        self.failed.emit(message)

    def keep_recovery_draft(self) -> None:
        """Write the unsaved draft into the encrypted database (never to a plain file)."""
        if not self._dirty or not self._editor.is_open:
            return
        recovery = RecoveryDraft(self._editor.entry_id or "", _now(), self._editor.draft())
        try:
            self._drafts.keep(recovery)
            self._recovery_kept = True
        except JournalError:
            pass  # the save path reports storage problems; this is only a safety net

    def _drop_recovery_draft(self) -> None:
        if not self._recovery_kept:
            return
        try:
            self._drafts.clear()
            self._recovery_kept = False
        except JournalError:
            pass  # an old draft is harmless: it is only offered when newer than the entry

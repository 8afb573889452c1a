"""Preferences' key changes: a new recovery key, and "someone may know my passphrase".

Both ask for the current passphrase, do the work on the task runner behind a progress
dialog, and end on the recovery key page of first run (shown once, with the emergency kit).
The rotation gives the journal a new database key, passphrase and recovery key and
re-encrypts (or deletes) the backups; the journal stays open throughout.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import WrongPassphraseError
from journal_app.services import key_rotation
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.first_run_pages import RecoveryPage
from journal_app.ui.layout_items import widgets_in
from journal_app.ui.passphrase_fields import (
    PassphraseFields,
    error_label,
    hint_label,
    password_edit,
    show_message,
)
from journal_app.ui.tasks import Report, TaskRunner, error_text, run_with_progress
from journal_app.ui.theme import GRID, make_heading, mark_primary


def buttons_as_shown(box: QDialogButtonBox) -> list[QWidget]:
    """A button box's buttons left to right (the order differs from one desktop to another)."""
    return [w for w in widgets_in(box.layout()) if w in box.buttons()]


class _KeyDialog(QDialog):
    """Shared: a form page, then the new recovery key page."""

    def __init__(
        self, unlocked: UnlockedJournal, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.unlocked = unlocked
        self.tasks = tasks
        self.recovery_key = ""
        self.stack = QStackedWidget(self)
        self.form = QWidget(self.stack)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(GRID * 2)
        self.current = password_edit(self.tr("Current passphrase"), self.form)
        self.message = error_label(self.form)
        self.recovery = RecoveryPage(self.stack)
        self.recovery.save_kit.connect(self._save_kit)
        self.recovery.stored.toggled.connect(self._stored_toggled)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.recovery)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mark_primary(self.ok)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 4, GRID * 4, GRID * 4, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addWidget(self.stack)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(GRID * 70)

    def _heading(self, text: str, intro: str) -> None:
        heading = QLabel(text, self.form)
        make_heading(heading, 1.3)
        self.form_layout.addWidget(heading)
        self.form_layout.addWidget(hint_label(intro, self.form))

    # -- the recovery key page ---------------------------------------------------------------

    def show_recovery_key(self, key: str) -> None:
        self.recovery_key = key
        self.recovery.set_key(key)
        self.stack.setCurrentWidget(self.recovery)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.ok.setText(self.tr("Done"))
        self.ok.setEnabled(False)  # until they say the key is stored, as at first run
        self.buttons.setEnabled(True)

    def _stored_toggled(self, stored: bool) -> None:
        if self.stack.currentWidget() is self.recovery:
            self.ok.setEnabled(stored)

    def _save_kit(self) -> None:
        chosen = self.recovery.choose_kit_file()
        if chosen is not None:
            self.save_kit_to(chosen)

    def save_kit_to(self, destination: Path) -> bool:
        """Write the emergency kit PDF with the new key; the page says where or what failed."""
        return self.recovery.write_kit(
            destination, self.recovery_key, self.unlocked.data_dir, date.today()
        )

    # -- running -----------------------------------------------------------------------------

    def _ok(self) -> None:
        if self.stack.currentWidget() is self.recovery:
            self.accept()
            return
        self.start()

    def start(self) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            text = self.tr("Your current passphrase is not right. Nothing was changed.")
        else:
            text = error_text(error)
        show_message(self.message, text)
        self.current.selectAll()
        self.current.setFocus()

    def _current_or_say(self) -> str | None:
        current = self.current.text()
        if not current:
            show_message(self.message, self.tr("Type your current passphrase first."))
            return None
        return current


class NewRecoveryKeyDialog(_KeyDialog):
    """Replace the recovery key: the old one then opens nothing in the journal's folders."""

    def __init__(
        self, unlocked: UnlockedJournal, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(unlocked, tasks, parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAccessibleName(self.tr("New recovery key"))
        self._heading(
            self.tr("Make a new recovery key"),
            self.tr(
                "Do this if your recovery key was lost, or someone else may have seen it. The "
                "old key stops working, here and for your backups. Your passphrase stays the "
                "same."
            ),
        )
        label = QLabel(self.tr("&Current passphrase:"), self.form)
        label.setBuddy(self.current)
        self.form_layout.addWidget(label)
        self.form_layout.addWidget(self.current)
        self.form_layout.addWidget(self.message)
        self.form_layout.addStretch(1)
        self.ok.setText(self.tr("Make a new recovery key"))
        self.current.setFocus()

    def start(self) -> None:
        current = self._current_or_say()
        if current is None:
            return
        show_message(self.message, "")
        self.buttons.setEnabled(False)
        vault = self.unlocked.vault
        run_with_progress(
            self.tasks,
            self,
            self.tr("New recovery key"),
            self.tr("Making a new recovery key…"),
            lambda _report, _cancelled: vault.new_recovery_key(current),
            lambda key: self.show_recovery_key(str(key)),
            on_error=self._failed,
        )


class RotateKeyDialog(_KeyDialog):
    """ "Someone may know my passphrase": a new key, passphrase and recovery key."""

    def __init__(
        self, unlocked: UnlockedJournal, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(unlocked, tasks, parent)
        self.setWindowTitle(self.tr("Someone may know my passphrase"))
        self.setAccessibleName(self.tr("Someone may know my passphrase"))
        self.result_counts: key_rotation.RotationResult | None = None
        self._heading(
            self.tr("Lock out whoever knew your passphrase"),
            self.tr(
                "Your journal gets a new encryption key, a new passphrase and a new recovery "
                "key, and your backups are re-encrypted so the old passphrase and recovery "
                "key open none of them. It can take a few minutes for a large journal; you "
                "can stop the computer at any moment without losing anything.\n\n"
                "It cannot take back copies someone already made: a copy of the old files "
                "still opens with the old passphrase."
            ),
        )
        self.fields = PassphraseFields(self.form, label=self.tr("&New passphrase:"))
        self.fields.insert_row(self.tr("&Current passphrase:"), self.current)
        self.form_layout.addWidget(self.fields)
        self.delete_backups = QCheckBox(
            self.tr("&Delete the old backups instead of re-encrypting them"), self.form
        )
        self.delete_backups.setAccessibleName(
            self.tr("Delete the old backups instead of re-encrypting them")
        )
        self.form_layout.addWidget(self.delete_backups)
        self.form_layout.addWidget(self.message)
        self.ok.setText(self.tr("Change the key"))
        # the fields were made after the buttons: Tab reads the form first, then the buttons
        order = [
            self.current,
            self.fields.first,
            self.fields.second,
            self.fields.show_text,
            self.delete_backups,
            *buttons_as_shown(self.buttons),
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.current.setFocus()

    def _stage_words(self, stage: str) -> str:
        words = {
            key_rotation.STAGE_BACKUP: self.tr("Making a backup first…"),
            key_rotation.STAGE_SEAL: self.tr("Sealing the new key…"),
            key_rotation.STAGE_JOURNAL: self.tr("Re-encrypting your journal…"),
            key_rotation.STAGE_SWAP: self.tr("Putting the re-encrypted journal in place…"),
            key_rotation.STAGE_BACKUPS: (
                self.tr("Deleting the old backups…")
                if self.delete_backups.isChecked()
                else self.tr("Re-encrypting your backups…")
            ),
            key_rotation.STAGE_FINISH: self.tr("Finishing…"),
            key_rotation.STAGE_DONE: self.tr("Done."),
        }
        return words.get(stage, "")

    def start(self) -> None:
        current = self._current_or_say()
        if current is None or not self.fields.check():
            return
        new, confirmation = self.fields.passphrase(), self.fields.confirmation()
        delete = self.delete_backups.isChecked()
        show_message(self.message, "")
        self.buttons.setEnabled(False)
        unlocked = self.unlocked
        # The stage words are made here, on the GUI thread; the worker only picks one.
        words = {stage: self._stage_words(stage) for stage in _STAGES}

        def work(report: Report, _cancelled: object) -> key_rotation.RotationResult:
            return unlocked.change_key(
                current,
                new,
                confirmation,
                delete_backups=delete,
                progress=lambda fraction, stage: report(round(fraction * 100), words[stage]),
            )

        run_with_progress(
            self.tasks,
            self,
            self.tr("Changing the key"),
            self.tr("Changing your journal's key…"),
            work,
            self._rotated,
            on_error=self._failed,
        )

    def _rotated(self, result: object) -> None:
        assert isinstance(result, key_rotation.RotationResult)
        self.result_counts = result
        self.current.clear()
        self.fields.clear()
        self.show_recovery_key(result.recovery_key)


_STAGES = (
    key_rotation.STAGE_BACKUP,
    key_rotation.STAGE_SEAL,
    key_rotation.STAGE_JOURNAL,
    key_rotation.STAGE_SWAP,
    key_rotation.STAGE_BACKUPS,
    key_rotation.STAGE_FINISH,
    key_rotation.STAGE_DONE,
)

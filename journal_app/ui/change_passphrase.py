"""Change the passphrase: the current one, then the new one twice.

The database is not rewritten; its key is re-sealed under the new passphrase (a fresh
Argon2id calibration, so a second or two) on the task runner, behind a progress dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import WrongPassphraseError
from journal_app.services.vault import Vault
from journal_app.ui.passphrase_fields import (
    PassphraseFields,
    error_label,
    password_edit,
    show_message,
)
from journal_app.ui.screen_fit import keep_fitted
from journal_app.ui.tasks import TaskRunner, error_text, run_with_progress
from journal_app.ui.theme import GRID, make_heading, mark_primary


class ChangePassphraseDialog(QDialog):
    """Accepted once the new passphrase is in place."""

    def __init__(self, vault: Vault, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        heading = QLabel(self.tr("Change your passphrase"), self)
        make_heading(heading, 1.3)
        intro = QLabel(
            self.tr(
                "Your reflections are not touched; only the lock on them changes. Your "
                "recovery key keeps working."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = password_edit(self.tr("Current passphrase"), self)
        self.fields = PassphraseFields(self, label=self.tr("&New passphrase:"))
        self.fields.insert_row(self.tr("&Current passphrase:"), self.current)
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        mark_primary(ok)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 4, GRID * 4, GRID * 4, GRID * 3)
        layout.setSpacing(GRID * 2)
        for widget in (heading, intro):
            layout.addWidget(widget)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(GRID * 66)
        keep_fitted(self)  # nothing is squeezed when a message appears
        self.current.setFocus()

    def _change(self) -> None:
        old = self.current.text()
        if not old:
            show_message(self.message, self.tr("Type your current passphrase first."))
            return
        if not self.fields.check():
            return
        new, confirmation = self.fields.passphrase(), self.fields.confirmation()
        show_message(self.message, "")
        self.buttons.setEnabled(False)
        run_with_progress(
            self.tasks,
            self,
            self.tr("Changing passphrase"),
            self.tr("Changing your passphrase…"),
            lambda _report, _cancelled: self.vault.change_passphrase(old, new, confirmation),
            self._changed,
            on_error=self._failed,
        )

    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.fields.clear()
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            text = self.tr("Your current passphrase is not right. Nothing was changed.")
        else:
            text = error_text(error)
        show_message(self.message, text)
        self.current.selectAll()
        self.current.setFocus()

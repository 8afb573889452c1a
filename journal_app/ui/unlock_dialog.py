"""Unlocking: the passphrase, the way back with the recovery key, or this device's keyring.

Unlocking derives a key with Argon2id (about half a second on purpose), so it runs on the
task runner and the dialog stays responsive. A wrong passphrase is found out from the key
file alone: the dialog says so, stays open, and no file is touched.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError, WrongPassphraseError
from journal_app.ui.passphrase_fields import (
    PassphraseFields,
    error_label,
    hint_label,
    password_edit,
    show_message,
)
from journal_app.ui.screen_fit import keep_fitted
from journal_app.ui.tasks import TaskRunner, error_text
from journal_app.ui.termination import OPENING_JOURNAL
from journal_app.ui.theme import GRID, accent_icon, make_heading

if TYPE_CHECKING:  # the vault, and with it the database layer, is loaded after start-up
    from journal_app.services.unlocked import OpenDatabase
    from journal_app.services.vault import Vault


def _heading_block(
    layout: QVBoxLayout, parent: QWidget, icon: str, heading: str, intro: str
) -> None:
    picture = QLabel(parent)
    picture.setPixmap(accent_icon(icon, 40))
    title = QLabel(heading, parent)
    make_heading(title, 1.35)
    title.setWordWrap(True)
    text = QLabel(intro, parent)
    text.setWordWrap(True)
    row = QHBoxLayout()
    row.setSpacing(GRID * 2)
    row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    column.setSpacing(GRID)
    column.addWidget(title)
    column.addWidget(text)
    row.addLayout(column, 1)
    layout.addLayout(row)


class _BusyDialog(QDialog):
    """A dialog whose main button starts background work and waits for its answer."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.database: OpenDatabase | None = None
        self.busy = False
        self.setMinimumWidth(GRID * 66)
        keep_fitted(self)  # the heading keeps its room when a message appears
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(GRID * 4, GRID * 4, GRID * 4, GRID * 3)
        self.layout_.setSpacing(GRID * 2)
        self.message = error_label(self)
        self.primary = QPushButton(self)
        self.primary.setProperty("primary", True)
        self.primary.setDefault(True)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(GRID)

    def finish_layout(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel)
        self.buttons.addWidget(self.primary)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def set_tab_order(self, *widgets: QWidget) -> None:
        """Tab moves in reading order (the buttons left to right, as they stand), and
        typing starts in the first field; Enter presses the default button from anywhere."""
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)
        widgets[0].setFocus()

    def set_busy(self, busy: bool, controls: tuple[QWidget, ...]) -> None:
        self.busy = busy
        self.setProperty(OPENING_JOURNAL, busy)
        for widget in (self.primary, self.cancel, *controls):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if not self.busy:  # never walk away from a journal that is being opened
            super().reject()


class UnlockDialog(_BusyDialog):
    """Asks for the passphrase; after Accepted, :attr:`database` is open."""

    def __init__(
        self, vault: Vault, tasks: TaskRunner, parent: QWidget | None = None, *, hint: str = ""
    ) -> None:
        super().__init__(tasks, parent)
        self.vault = vault
        self.recovery: RecoveryDialog | None = None
        self.recovered = False  # True when opened with the recovery key and a new passphrase
        self.setWindowTitle(self.tr("Unlock – Reflective Supervision Journal"))
        self.setAccessibleName(self.tr("Unlock your journal"))
        _heading_block(
            self.layout_,
            self,
            "lock",
            self.tr("Your journal is locked"),
            self.tr("Type your passphrase to open it."),
        )
        self.passphrase = password_edit(self.tr("Passphrase"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.layout_.addLayout(form)
        if hint:
            self.layout_.addWidget(hint_label(hint, self))
        self.forgot = QPushButton(self.tr("&Forgot passphrase?"), self)
        self.forgot.setAccessibleName(self.tr("Forgot passphrase? Use your recovery key"))
        self.forgot.setProperty("role", "link")
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.clicked.connect(self._recover)
        self.buttons.addWidget(self.forgot)
        self.primary.setText(self.tr("&Unlock"))
        self.primary.setAccessibleName(self.tr("Unlock"))
        self.cancel.setText(self.tr("&Quit"))
        self.cancel.setAccessibleName(self.tr("Quit"))
        self.primary.clicked.connect(self._unlock)
        self.passphrase.textChanged.connect(lambda _text: show_message(self.message, ""))
        self.finish_layout()
        self.set_tab_order(self.passphrase, self.forgot, self.cancel, self.primary)

    def show_error(self, text: str) -> None:
        show_message(self.message, text)

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Type your passphrase first."))
            return
        self.set_busy(True, (self.passphrase, self.forgot))
        self.tasks.start(
            lambda _report, _cancelled: self.vault.unlock(passphrase),
            self._unlocked,
            self._failed,
        )

    def _unlocked(self, database: OpenDatabase) -> None:
        self.set_busy(False, (self.passphrase, self.forgot))
        self.passphrase.clear()
        self.database = database
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False, (self.passphrase, self.forgot))
        if isinstance(error, WrongPassphraseError):
            text = self.tr(
                "That passphrase does not open this journal. Check Caps Lock and try again. "
                "Nothing was changed."
            )
        else:
            text = error_text(error)
        self.show_error(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _recover(self) -> None:
        self.recovery = RecoveryDialog(self.vault, self.tasks, self)
        self.recovery.finished.connect(self._recovery_finished)
        self.recovery.open()

    def _recovery_finished(self, result: int) -> None:
        recovery, self.recovery = self.recovery, None
        if result == QDialog.DialogCode.Accepted and recovery is not None:
            self.database = recovery.database
            self.recovered = True
            self.accept()


class RecoveryDialog(_BusyDialog):
    """The recovery key and a new passphrase; after Accepted, :attr:`database` is open."""

    def __init__(self, vault: Vault, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Use your recovery key – Reflective Supervision Journal"))
        self.setAccessibleName(self.tr("Use your recovery key"))
        _heading_block(
            self.layout_,
            self,
            "key",
            self.tr("Use your recovery key"),
            self.tr(
                "Type the recovery key from your emergency kit, then choose a new passphrase. "
                "Your reflections stay exactly as they are."
            ),
        )
        self.key = QLineEdit(self)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        self.fields = PassphraseFields(self, label=self.tr("&New passphrase:"))
        self.fields.insert_row(self.tr("&Recovery key:"), self.key)
        self.layout_.addWidget(self.fields)
        self.primary.setText(self.tr("&Set passphrase and open"))
        self.primary.setAccessibleName(self.tr("Set passphrase and open"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.primary.clicked.connect(self._recover)
        self.key.textChanged.connect(lambda _text: show_message(self.message, ""))
        self.finish_layout()
        fields = self.fields
        self.set_tab_order(
            self.key, fields.first, fields.second, fields.show_text, self.cancel, self.primary
        )

    def _recover(self) -> None:
        key = self.key.text()
        if not key.strip():
            show_message(self.message, self.tr("Type your recovery key first."))
            return
        if not self.fields.check():
            return
        new, confirmation = self.fields.passphrase(), self.fields.confirmation()
        self.set_busy(True, (self.key, self.fields))
        self.tasks.start(
            lambda _report, _cancelled: self.vault.recover(key, new, confirmation),
            self._recovered,
            self._failed,
        )

    def _recovered(self, database: OpenDatabase) -> None:
        self.set_busy(False, (self.key, self.fields))
        self.key.clear()
        self.fields.clear()
        self.database = database
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False, (self.key, self.fields))
        show_message(self.message, error_text(error))
        self.key.setFocus()


def open_with_device(vault: Vault) -> tuple[OpenDatabase | None, str]:
    """Open with this device's keyring if it remembers the journal.

    Returns the open database, or ``None`` and, if something went wrong, why.
    """
    try:
        return vault.unlock_from_device(), ""
    except JournalError as error:
        return None, str(error)

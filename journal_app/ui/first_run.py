"""First run: welcome -> passphrase -> recovery key -> this device -> backups -> default
framework.

The journal is created when the passphrase is accepted (the recovery key only exists from
then on), so from the recovery key onwards there is no going back: the steps can only move
forward, and leaving early asks first, because the recovery key is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.services.backup_place import proposed_backups_folder
from journal_app.services.preferences import Preferences, save_preferences
from journal_app.services.vault import NewJournal, Vault
from journal_app.ui.first_run_backups import BackupsPage
from journal_app.ui.first_run_pages import (
    DevicePage,
    FrameworkPage,
    PassphrasePage,
    RecoveryPage,
    WelcomePage,
)
from journal_app.ui.language import stored_choice
from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.plain_text import inform, warn
from journal_app.ui.tasks import TaskRunner, error_text
from journal_app.ui.termination import OPENING_JOURNAL
from journal_app.ui.theme import GRID, stored_theme

WELCOME, PASSPHRASE, RECOVERY, DEVICE, BACKUPS, FRAMEWORK = range(6)

if TYPE_CHECKING:
    from journal_app.services.unlocked import OpenDatabase


class FirstRunDialog(QDialog):
    """Creates the journal; after ``exec()`` returns Accepted, :attr:`database` is open.

    :attr:`language_chosen` says the person chose a language on the welcome page; whoever
    opened the dialog builds it again in that language (see ``JournalApp``).
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.database: OpenDatabase | None = None
        self._created: NewJournal | None = None
        self._today = today
        self._busy = False
        catalogue = catalogue or Catalogue.builtin()
        self.setWindowTitle(self.tr("Set up your journal – Reflective Supervision Journal"))
        self.setAccessibleName(self.tr("Set up your journal"))
        self.setMinimumSize(GRID * 80, GRID * 60)

        self.welcome = WelcomePage(vault.data_dir, self)
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        self.device = DevicePage(vault.device_status(), self)
        self.backups = BackupsPage(vault.data_dir, proposed_backups_folder(vault.data_dir), self)
        self.framework = FrameworkPage(
            catalogue.frameworks, catalogue.default_framework_id, self, catalogue.today
        )
        self.stack = QStackedWidget(self)
        pages = (
            self.welcome,
            self.passphrase,
            self.recovery,
            self.device,
            self.backups,
            self.framework,
        )
        for page in pages:
            self.stack.addWidget(page)
        self._build_layout()

        self.welcome.language_chosen.connect(self.language_chosen)
        self.recovery.stored.toggled.connect(self._update_buttons)
        self.recovery.save_kit.connect(self._save_kit)
        self._show_step(WELCOME)

    def _build_layout(self) -> None:
        self.step_label = hint_label(parent=self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("primary", True)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button, name in (
            (self.back_button, self.tr("Back")),
            (self.cancel_button, self.tr("Cancel")),
        ):
            button.setAccessibleName(name)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        # Cancel stands at the left: Tab reaches it before Back and the step's own button
        QWidget.setTabOrder(self.next_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 4, GRID * 3, GRID * 4, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    # -- moving between steps ----------------------------------------------------------------

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_label.setText(
            self.tr("Step {step} of {total}").format(step=step + 1, total=self.stack.count())
        )
        labels = {
            PASSPHRASE: self.tr("&Create journal"),
            FRAMEWORK: self.tr("&Open my journal"),
        }
        text = labels.get(step, self.tr("&Continue"))
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text.replace("&", ""))
        self._update_buttons()
        focus = {PASSPHRASE: self.passphrase.fields.first, RECOVERY: self.recovery.save_button}
        (focus.get(step) or self.next_button).setFocus()

    def _update_buttons(self) -> None:
        step = self.current_step()
        self.back_button.setVisible(step == PASSPHRASE)
        self.cancel_button.setVisible(self._created is None)
        self.next_button.setEnabled(step != RECOVERY or self.recovery.stored.isChecked())

    def _back(self) -> None:
        if self.current_step() == PASSPHRASE:
            self._show_step(WELCOME)

    def _next(self) -> None:
        step = self.current_step()
        if step == PASSPHRASE:
            self._create()
        elif step == FRAMEWORK:
            self._finish()
        elif step != RECOVERY or self.recovery.stored.isChecked():
            self._show_step(step + 1)

    # -- creating the journal ----------------------------------------------------------------

    def _create(self) -> None:
        fields = self.passphrase.fields
        if self._created is not None or not fields.check():
            return
        passphrase, confirmation = fields.passphrase(), fields.confirmation()
        self._set_busy(True)
        self.tasks.start(
            lambda _report, _cancelled: self.vault.create(passphrase, confirmation),
            self._created_ok,
            self._created_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.setProperty(OPENING_JOURNAL, busy)
        self.passphrase.busy.setVisible(busy)
        for widget in (
            self.next_button,
            self.back_button,
            self.cancel_button,
            self.passphrase.fields,
        ):
            widget.setEnabled(not busy)

    def _created_ok(self, created: NewJournal) -> None:
        self._created = created
        self.passphrase.fields.clear()  # the passphrase is no longer needed on screen
        self._set_busy(False)
        self.recovery.set_key(created.recovery_key)
        self._show_step(RECOVERY)

    def _created_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.fields.show_error(error_text(error))

    def _save_kit(self) -> None:
        if self._created is None:
            return
        chosen = self.recovery.choose_kit_file()
        if chosen is not None:
            self.save_kit_to(chosen)

    def save_kit_to(self, destination: Path) -> bool:
        """Write the emergency kit PDF; the page says where it went or what went wrong."""
        assert self._created is not None
        return self.recovery.write_kit(
            destination, self._created.recovery_key, self.vault.data_dir, self._today()
        )

    # -- finishing ---------------------------------------------------------------------------

    def _finish(self) -> None:
        assert self._created is not None
        database = self._created.database
        try:
            save_preferences(
                database,
                Preferences(
                    default_framework_id=self.framework.chosen_id() or "kss-pl",
                    theme=stored_theme(),
                    language=stored_choice(),
                    user_role=self.framework.role_text(),
                    registered_with=self.framework.registered_with(),
                    backups_folder=self.backups.chosen_folder(),
                ),
            )
        except JournalError as error:
            warn(self, self.windowTitle(), str(error))
            return
        if self.device.remember.isChecked():
            try:
                self.vault.remember_on_device(database)
            except JournalError as error:
                inform(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "This device could not remember the journal: {reason} "
                        "You can try again in Preferences."
                    ).format(reason=str(error)),
                )
        self.database = database
        self.recovery.key.clear()
        self.accept()

    def reject(self) -> None:
        """Leaving before the end: ask first once the journal (and its key) exists."""
        if self._busy:
            return  # the journal is being created; the answer arrives in a moment
        if self._created is not None and self.database is None:
            answer = QMessageBox.question(
                self,
                self.tr("Leave setup?"),
                self.tr(
                    "Your journal has been created. If you leave now, you can open it next "
                    "time with your passphrase, but the recovery key will not be shown again.\n\n"
                    "Leave setup anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._created.database.close()
            self.recovery.key.clear()
        super().reject()

"""Restore from a backup, in the app: choose a backup, confirm, restore, reopen.

:class:`RestoreDialog` lists the verified backups in the journal's backups folder (newest
first) and offers any other ``journal-*.db`` file. :func:`start_restore` does the rest for
the main window: it locks the journal (views saved and removed, database closed), runs
:meth:`BackupService.restore` on the task runner behind a progress dialog, and opens the
journal again — the restored one, or on failure the current one, unchanged.

No entry text passes through here: only file names, dates, sizes and the service's messages.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.services.backups import BackupService, RestoredJournal
from journal_app.store.backup import BackupInfo, list_backups
from journal_app.store.database import JournalDatabase
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.tasks import error_text, run_with_progress

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_in_words(reason: str) -> str:
    words = {
        "daily": _tr("daily"),
        "manual": _tr("manual"),
        "pre-migration": _tr("before an update"),
        "pre-restore": _tr("before a restore"),
    }
    return words.get(reason, reason)


def uk_date_time(moment: datetime) -> str:
    """'07/03/2025 at 14:05', in this computer's time zone."""
    local = moment.astimezone()
    return _tr("{date} at {time}").format(
        date=local.strftime("%d/%m/%Y"), time=local.strftime("%H:%M")
    )


def size_in_words(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
    return _tr("{n} KB").format(n=max(1, round(size / 1024)))


def _backup_name(path: Path) -> str:
    """'of 07/03/2025 at 14:05' for a backup the folder lists, else its file name."""
    for backup in list_backups(path.parent):
        if backup.path == path:
            return _tr("of {when}").format(when=uk_date_time(backup.made_at))
    return path.name


def describe(backup: BackupInfo) -> str:
    return _tr("{when} · {reason} · {size}").format(
        when=uk_date_time(backup.made_at),
        reason=reason_in_words(backup.reason),
        size=size_in_words(backup.size_bytes),
    )


class RestoreDialog(QDialog):
    """Pick a backup and confirm; :attr:`chosen` is the file once the dialog is accepted."""

    def __init__(self, backups_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = backups_folder
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. Your journal will look exactly as it did "
                "when that backup was made. The journal as it is now is backed up first, so "
                "nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in list_backups(backups_folder):
            item = QListWidgetItem(describe(backup))
            item.setData(PATH_ROLE, str(backup.path))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(self.tr("No backups in {folder} yet.").format(folder=backups_folder))
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button = QPushButton(self.tr("Choose another file…"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setEnabled(self.list.isEnabled())
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button.clicked.connect(self._restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        path = item.data(PATH_ROLE) if item is not None else None
        if path:
            self.confirm_and_accept(Path(str(path)))

    def choose_other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup of your journal"),
            str(self.folder),
            self.tr("Journal backups (journal-*.db)"),
        )
        if name:
            self.confirm_and_accept(Path(name))

    def confirm_and_accept(self, path: Path) -> None:
        """Say in plain words what will happen, and go on only if the person agrees."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore this backup?"))
        box.setText(self.tr("Put this backup in place of your journal?"))
        box.setInformativeText(
            self.tr(
                "Your journal as it is now is backed up first, so you can go back to it. "
                "Then it is replaced by the backup, and anything written since the backup "
                "was made will only be in that new backup. The journal closes while this "
                "happens and opens again afterwards."
            )
        )
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is go:
            self.chosen = path
            self.accept()


def start_restore(window: MainWindow) -> None:
    """Ask which backup, then restore it in place of the open journal."""
    unlocked = window.unlocked
    if unlocked is None:
        return
    dialog = RestoreDialog(unlocked.database.backups_folder(), window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen
    dialog.deleteLater()
    if accepted and chosen is not None:
        restore_into_window(window, chosen)


def restore_into_window(window: MainWindow, path: Path) -> None:
    """Close the journal, restore ``path`` on the task runner, then open a journal again."""
    unlocked = window.unlocked
    if unlocked is None:
        return
    vault = unlocked.vault
    data_dir = unlocked.data_dir
    # Kept only until the journal is open again: the restore checks the backup with it, and
    # a failed restore reopens the journal as it was without asking for the passphrase.
    key, journal_id = unlocked.database.key, unlocked.database.journal_id
    window.tasks.stop_background()  # the daily backup, if running, stops (nothing kept)
    window.tasks.wait()
    if not window.lock_journal(ask_if_unsaved=True):  # saves, removes views, closes
        return

    def work(_report: Any, _cancelled: Any) -> RestoredJournal:
        database = JournalDatabase.open(data_dir, key, journal_id, writer=True)
        try:
            return BackupService().restore(database, path)
        except BaseException:
            database.close()  # closing twice is harmless
            raise

    def reopen(database: JournalDatabase) -> None:
        window.show_journal(UnlockedJournal.open(vault, database), window.preferences)

    def succeeded(result: RestoredJournal) -> None:
        if result.key_file_replaced:
            # The key file beside the backup came too: the secret that opened it opens it.
            result.database.close()
            QMessageBox.information(
                window,
                _tr("Backup restored"),
                _tr(
                    "The backup was restored with the key file kept beside it, so the journal "
                    "now opens with the passphrase (or recovery key) you just used for it."
                ),
            )
            window.unlock_requested.emit()
            return
        reopen(result.database)
        window.show_status(
            _tr("Restored the backup {name}. The journal as it was is kept as a backup.").format(
                name=_backup_name(path)
            )
        )

    def failed(error: BaseException) -> None:
        # The service puts everything back on failure: open the journal as it was.
        try:
            reopen(JournalDatabase.open(data_dir, key, journal_id, writer=True))
        except JournalError as reopen_error:
            QMessageBox.warning(window, _tr("Restore from a backup"), error_text(reopen_error))
            window.unlock_requested.emit()
        QMessageBox.warning(
            window,
            _tr("The backup was not restored"),
            _tr("{reason}\n\nYour journal is as it was before.").format(reason=error_text(error)),
        )

    run_with_progress(
        window.tasks,
        window,
        _tr("Restore from a backup"),
        _tr("Backing up the journal as it is, then putting the chosen backup in place…"),
        work,
        succeeded,
        on_error=failed,
    )

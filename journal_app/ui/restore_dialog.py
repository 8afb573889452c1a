"""Restore from a backup, in the app: choose a backup, confirm, restore, reopen.

:class:`RestoreDialog` lists the backups in the journal's backups folder (newest first, with
when each was last verified; one a check found damaged is shown but cannot be chosen), lists
apart the copies kept before a restore, an update or a key change (which the person may
delete, after a confirmation), and offers any other ``journal-*.db`` file.
:func:`start_restore` does the rest for the main window: it locks the journal (views saved
and removed, database closed), runs :meth:`BackupService.restore` on the task runner behind a
progress dialog, and opens the journal again — the restored one, or on failure the current
one, unchanged.

No entry text passes through here: only file names, dates, sizes and the service's messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.services.backup_checks import BackupHealth, health_of
from journal_app.services.backups import BackupService
from journal_app.services.unlocked import (
    UNVERIFIED_REASON,
    BackupInfo,
    KeptCopy,
    RestoreOutcome,
    is_kept_copy,
    list_backups,
)
from journal_app.ui.plain_text import warn
from journal_app.ui.tasks import error_text, run_with_progress

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole
#: the kept copy's name, for deleting it (a folder, for a damaged journal copied as it was)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1

Records = Mapping[str, tuple[datetime, datetime | None]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_in_words(reason: str) -> str:
    words = {
        "daily": _tr("daily"),
        "manual": _tr("manual"),
        "pre-migration": _tr("before an update"),
        "pre-restore": _tr("before a restore"),
        "pre-rotation": _tr("before a key change"),
        UNVERIFIED_REASON: _tr("a damaged journal, copied as it was before a restore"),
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


def verification_in_words(health: BackupHealth) -> str:
    """'last verified 07/03/2025 at 14:05', or that a check found it damaged."""
    if not health.usable and health.failed_at is not None:
        return _tr("damaged (found by a check on {when}): not used").format(
            when=uk_date_time(health.failed_at)
        )
    return _tr("last verified {when}").format(when=uk_date_time(health.last_verified))


def describe(backup: BackupInfo, health: BackupHealth | None = None) -> str:
    text = _tr("{when} · {reason} · {size}").format(
        when=uk_date_time(backup.made_at),
        reason=reason_in_words(backup.reason),
        size=size_in_words(backup.size_bytes),
    )
    if health is None:
        return text
    return _tr("{backup} · {checked}").format(backup=text, checked=verification_in_words(health))


def describe_unverified(copy: KeptCopy) -> str:
    return _tr("{when} · {reason} · {size} · never verified").format(
        when=uk_date_time(copy.made_at),
        reason=reason_in_words(copy.reason),
        size=size_in_words(copy.size_bytes),
    )


class RestoreDialog(QDialog):
    """Pick a backup and confirm; :attr:`chosen` is the file once the dialog is accepted.

    ``records`` is what checks found (:func:`read_records`); without it each backup counts
    as verified when it was made.
    """

    def __init__(
        self,
        backups_folder: Path,
        parent: QWidget | None = None,
        records: Records | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = backups_folder
        self.records: Records = records or {}
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
        self.kept_label = QLabel(
            self.tr(
                "Kept before a restore, an update or a key change. These hold your journal as "
                "it was then, and are kept until you delete them."
            )
        )
        self.kept_label.setWordWrap(True)
        self.kept_list = QListWidget(self)
        self.kept_list.setAccessibleName(
            self.tr("Copies kept before a restore, an update or a key change")
        )
        for each in (self.list, self.kept_list):
            each.itemDoubleClicked.connect(lambda _item: self._restore_selected())
        self.list.currentItemChanged.connect(lambda item, _old: self._picked(self.list, item))
        self.kept_list.currentItemChanged.connect(
            lambda item, _old: self._picked(self.kept_list, item)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button = QPushButton(self.tr("Choose another file…"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.delete_button = QPushButton(self.tr("Delete this kept copy…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen kept copy"))
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button.clicked.connect(self._restore_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_label, 1)
        kept_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 3)
        layout.addLayout(kept_row)
        layout.addWidget(self.kept_list, 2)
        layout.addWidget(buttons)
        self._fill()
        self.resize(680, 520)  # fits a 1280x720 screen with room to spare

    def _fill(self) -> None:
        """(Re)list the backups and the kept copies, choosing the newest usable backup."""
        self.list.clear()
        self.kept_list.clear()
        healths = health_of(list_backups(self.folder), self.records)
        for health in healths:
            if is_kept_copy(health.backup):
                continue  # listed below, apart
            item = QListWidgetItem(describe(health.backup, health))
            item.setData(PATH_ROLE, str(health.backup.path))
            if not health.usable:
                # A check found it damaged: shown, so nothing seems to vanish, but not offered.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        health_by_path = {h.backup.path: h for h in healths}
        for copy in BackupService.kept_copies(self.folder):  # newest first
            if copy.backup is not None:
                item = QListWidgetItem(describe(copy.backup, health_by_path.get(copy.path)))
                item.setData(PATH_ROLE, str(copy.path))
            else:  # a damaged journal copied as it was: restoring it checks it first
                item = QListWidgetItem(describe_unverified(copy))
                item.setData(PATH_ROLE, str(copy.path / "journal.db"))
            item.setData(NAME_ROLE, copy.name)
            self.kept_list.addItem(item)
        if self.list.count() == 0:
            placeholder = QListWidgetItem(
                self.tr("No backups in {folder} yet.").format(folder=self.folder)
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        has_kept = self.kept_list.count() > 0
        self.kept_label.setVisible(has_kept)
        self.kept_list.setVisible(has_kept)
        self.delete_button.setVisible(has_kept)
        usable = [
            row
            for row in range(self.list.count())
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if usable:
            self.list.setCurrentRow(usable[0])
        self._picked(self.list, self.list.currentItem())

    def _picked(self, chosen_list: QListWidget, item: QListWidgetItem | None) -> None:
        """One choice across both lists: picking in one clears the other."""
        if item is not None:
            other = self.kept_list if chosen_list is self.list else self.list
            other.blockSignals(True)
            other.setCurrentRow(-1)
            other.clearSelection()
            other.blockSignals(False)
        self.restore_button.setEnabled(self._selected(PATH_ROLE) is not None)
        self.delete_button.setEnabled(self._selected(NAME_ROLE) is not None)

    def _selected(self, role: Qt.ItemDataRole | int) -> str | None:
        for each in (self.list, self.kept_list):
            item = each.currentItem()
            if item is not None:  # only one list has a current item (see _picked)
                value = item.data(role)
                return str(value) if value else None
        return None

    def _restore_selected(self) -> None:
        path = self._selected(PATH_ROLE)
        if path:
            self.confirm_and_accept(Path(path))

    def _delete_selected(self) -> None:
        name = self._selected(NAME_ROLE)
        if name:
            self.confirm_and_delete(name)

    def confirm_and_delete(self, name: str) -> None:
        """Delete a kept copy, once the person has agreed that it cannot be undone."""
        item = self.kept_list.currentItem()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete this kept copy?"))
        box.setText(self.tr("Delete this copy of your journal for good?"))
        box.setInformativeText(
            self.tr(
                "{copy}\n\nIt holds your journal as it was then. Once deleted it cannot be "
                "brought back, and anything that is only in this copy is lost."
            ).format(copy=item.text() if item is not None else name)
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            BackupService.delete_kept_copy(self.folder, name)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Delete this kept copy?"), error_text(error))
        self._fill()

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
    dialog = RestoreDialog(unlocked.backups_folder(), window, unlocked.backup_records())
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
    # Taken before the journal closes: it restores into the closed journal and, if that
    # fails, opens it again as it was without asking for the passphrase.
    restorer = unlocked.restorer()
    window.tasks.stop_background()  # the daily backup, if running, stops (nothing kept)
    window.tasks.wait()
    if not window.lock_journal(ask_if_unsaved=True):  # saves, removes views, closes
        return

    def work(_report: Any, _cancelled: Any) -> RestoreOutcome:
        return restorer.restore(path)

    def succeeded(result: RestoreOutcome) -> None:
        if result.journal is None:
            # The key file beside the backup came too: the secret that opened it opens it.
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
        window.show_journal(result.journal, window.preferences)
        window.show_status(
            _tr("Restored the backup {name}. The journal as it was is kept as a backup.").format(
                name=_backup_name(path)
            )
        )

    def failed(error: BaseException) -> None:
        # The service puts everything back on failure: open the journal as it was.
        try:
            window.show_journal(restorer.reopen(), window.preferences)
        except JournalError as reopen_error:
            warn(window, _tr("Restore from a backup"), error_text(reopen_error))
            window.unlock_requested.emit()
        warn(  # the reason can name the backup file chosen
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

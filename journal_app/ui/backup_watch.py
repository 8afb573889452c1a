"""The daily automatic backup while the journal is open, and what the window says about it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from journal_app.core.messages import render
from journal_app.services.backups import age_in_words
from journal_app.services.unlocked import BackupStopped
from journal_app.ui.app_context import UnlockedJournal
from journal_app.ui.plain_text import literal_text
from journal_app.ui.tasks import TaskRunner, error_text

HOUR_MS = 60 * 60 * 1000
#: The first check waits this long after unlocking: a backup reads and re-encrypts every
#: page, and started at once it slowed what a person needs first (the list, the counts, the
#: editor built ahead; opening a reflection froze the window for over 100 ms).
FIRST_CHECK_DELAY_MS = 3_000


class BackupWatch(QObject):
    """Makes a verified backup soon after unlock and then hourly whenever one is due (once
    a day).

    The work runs on the task runner, never the GUI thread. A permanent label in the status
    bar says when the last good backup was made and warns when it is over a week old.
    """

    def __init__(self, tasks: TaskRunner, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._tasks = tasks
        self._unlocked: UnlockedJournal | None = None
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Backup status"))
        status_bar.addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(HOUR_MS)
        self._timer.timeout.connect(self.run_if_due)
        self._first_check = QTimer(self, singleShot=True, interval=FIRST_CHECK_DELAY_MS)
        self._first_check.timeout.connect(self.run_if_due)

    def start(self, unlocked: UnlockedJournal) -> None:
        """Say when the last backup was made, and make the day's a few seconds later."""
        self._unlocked = unlocked
        self._show()
        self._first_check.start()
        self._timer.start()

    def stop(self) -> None:
        """Forget the journal (on lock); the runner is waited on by the window."""
        self._first_check.stop()
        self._timer.stop()
        self._unlocked = None
        self.label.clear()

    def run_if_due(self) -> None:
        unlocked = self._unlocked
        if unlocked is None:
            return

        def work(_report: Any, cancelled: Callable[[], bool]) -> object:
            return unlocked.backup_if_due(stop=cancelled)

        self._tasks.start(
            work, on_success=lambda _info: self._show(), on_error=self._failed, background=True
        )

    def _show(self) -> None:
        if self._unlocked is None:
            return
        # With what checks recorded: a backup found damaged is not called the last one.
        status = self._unlocked.backup_status()
        if status.latest is None:
            text = self.tr("No backup yet")
        elif status.overdue:
            text = self.tr("Last backup over a week ago: File > Back up now")
        else:
            text = self.tr("Backed up {when}").format(when=render(age_in_words(status.age)))
        if status.damaged:
            text = self.tr("{status} · %n damaged backup(s) not used", "", status.damaged).format(
                status=text
            )
        self.label.setText(text)
        self.label.setToolTip(literal_text(render(status.message)))  # names the backups folder

    def _failed(self, error: BaseException) -> None:
        if self._unlocked is None:
            return  # locked meanwhile: nothing to report on
        if isinstance(error, BackupStopped):
            # It stepped aside for something the person asked for; try again shortly (the
            # retry queues behind that work).
            self._first_check.start()
            return
        self.label.setText(self.tr("Backup failed"))
        self.label.setToolTip(literal_text(error_text(error)))

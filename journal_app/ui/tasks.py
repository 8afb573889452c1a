"""Slow work off the GUI thread: one worker at a time, reporting through signals.

A task is a plain function ``work(report, cancelled) -> result``. It runs on the runner's
single thread (the journal has one writer, so two writes never race), calls ``report(percent,
message)`` to show progress (percent -1 means "busy, no estimate") and checks ``cancelled()``
between steps. Results, errors and progress reach the GUI thread as queued signals; a worker
never touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from journal_app.core.errors import JournalError
from journal_app.core.messages import render
from journal_app.ui.plain_text import plain_label, warn

log = logging.getLogger(__name__)

Report = Callable[[int, str], None]
Work = Callable[[Report, Callable[[], bool]], Any]


class TaskSignals(QObject):
    """Lives in the GUI thread, so its signals arrive there queued."""

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the GUI turns it into words
    finished = Signal()


class Task(QRunnable):
    """One unit of work with a cancel flag."""

    def __init__(self, work: Work, *, background: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive until its signals are delivered
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        #: work nobody is waiting for (the daily backup): cancelled if a person's own task
        #: is started while it runs, and queued behind theirs
        self.background = background
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        self.running = True
        try:
            result = self._work(self._report, self._cancel.is_set)
        except Exception as error:  # reported, never raised into Qt's thread
            # Only the type is logged: messages could quote what the user wrote.
            log.info("A background task failed (%s)", type(error).__name__)
            self._tell(self.signals.failed, error)
        else:
            self._tell(self.signals.succeeded, result)
        finally:
            self._tell(self.signals.finished)

    def _report(self, percent: int, message: str) -> None:
        self._tell(self.signals.progress, percent, message)

    def _tell(self, signal: Any, *args: object) -> None:
        """Emit, unless the app has already deleted the signals' object while quitting:
        then nobody is listening, and raising here (on the worker thread) would only
        reach the excepthook."""
        try:
            signal.emit(*args)
        except RuntimeError:
            log.info("A background task finished after its receiver was gone")


class TaskRunner(QObject):
    """A pool with exactly one thread: background work happens one task at a time."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def start(
        self,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        *,
        background: bool = False,
    ) -> Task:
        """Queue ``work``; callbacks run on the GUI thread.

        A ``background`` task (one nobody waits for) goes behind a person's own tasks in the
        queue, and is asked to stop (cancelled) when one is started while it runs: with one
        thread, an export asked for during the daily backup of a large journal otherwise
        waited for the whole backup (30 s at 100,000 reflections).
        """
        task = Task(work, background=background)
        if on_success is not None:
            task.signals.succeeded.connect(on_success)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda: self._forget(task))
        if not background:
            for other in self._active:
                if other.background and other.running:
                    other.cancel()
        was_busy = self.busy
        self._active.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(task, 0 if background else 1)  # a higher number runs first
        return task

    @property
    def busy_with_own_work(self) -> bool:
        """Whether a task someone asked for (not background work) is queued or running."""
        return any(not task.background for task in self._active)

    def stop_background(self) -> None:
        """Ask background work, running or queued, to stop (before locking: the day's
        backup is tried again at the next unlock, and waiting for it froze the window)."""
        for task in self._active:
            if task.background:
                task.cancel()

    def cancel_all(self) -> None:
        """Ask every task, running or queued, to stop (the app is quitting)."""
        for task in self._active:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued task is done (used when the app quits)."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.processEvents()
        return done

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        if not self._active:
            self.busy_changed.emit(False)


def error_text(error: BaseException) -> str:
    """Words for a failed task: the service's own message, or a safe general one."""
    if isinstance(error, JournalError):
        return render(error.message)
    return QCoreApplication.translate(
        "tasks",
        "Something unexpected went wrong ({kind}). Nothing further was changed; please try again.",
    ).format(kind=type(error).__name__)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    *,
    cancellable: bool = False,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run ``work`` with a modal progress dialog; errors are shown in a message box."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    for text_label in dialog.findChildren(QLabel):
        plain_label(text_label)  # progress can name a file, e.g. the one being imported
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick tasks finish without a flash of a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Cancel"))
    else:
        dialog.setCancelButton(None)

    def progress(percent: int, message: str) -> None:
        if percent < 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 100)
            dialog.setValue(percent)
        if message:
            dialog.setLabelText(message)

    def failed(error: BaseException) -> None:
        dialog.close()
        if on_error is not None:
            on_error(error)
        else:
            warn(parent, title, error_text(error))  # an error can quote a path or a value

    def succeeded(result: Any) -> None:
        dialog.close()
        on_success(result)

    task = runner.start(work, succeeded, failed, progress)
    dialog.canceled.connect(task.cancel)
    task.signals.finished.connect(dialog.deleteLater)
    return task

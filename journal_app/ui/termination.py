"""Quitting on SIGTERM or Ctrl+C at any moment: save what can be saved, then exit, promptly.

Installers, logging out and shutting down send SIGTERM, and expect the program gone within
seconds. Python runs a signal handler only when the main thread next runs Python code; the
main thread spends its time inside Qt's event loop (or waiting for a worker), so a handler
alone could wait indefinitely. Instead the signal's arrival is written by Python's C-level
handler to a socket (``signal.set_wakeup_fd``) that a small watcher thread reads at once.
The watcher then

* asks the GUI thread, through a queued Qt signal (which wakes the event loop), to quit the
  way Quit does: dialogs cancelled, background work asked to stop, the open reflection saved,
  the journal closed;
* keeps a deadline: if the process has not ended :data:`LIMIT_S` seconds later (a worker that
  will not stop, a message box opened during shutdown), it ends the process. Every confirmed
  save is already in the journal's write-ahead log by then, so nothing confirmed is lost.
  The deadline is ``faulthandler``'s watchdog, a thread of C that needs no Python lock: a
  Python thread could not act once the interpreter had started shutting down, which is
  where a wait for a worker thread hung the app.

Once the journal is saved and closed, :func:`leave_now` ends the process at once: tearing
down the Python objects that wrap Qt's can wait for a worker thread still running.

Once quitting has started, any dialog that appears is closed at once: no question can hold up
a shutdown nobody is there to answer.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

#: the longest the app takes to quit after SIGTERM before it stops itself
LIMIT_S = 5.0

_quitting = threading.Event()
#: where the watchdog's report goes when the deadline passes: nowhere (it names only source
#: files and lines, but a person has no use for it); its exit status is then 1
_watchdog_report = open(os.devnull, "w")  # noqa: SIM115 - open for the process's life


#: a dialog's Qt property, true while it opens or creates a journal (a quit waits for it)
OPENING_JOURNAL = "openingJournal"


def quitting() -> bool:
    """Whether a SIGTERM (or Ctrl+C) has asked the app to quit."""
    return _quitting.is_set()


class _DialogCloser(QObject):
    """While quitting, cancels every dialog as it is shown (a message box included)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            QTimer.singleShot(0, watched, lambda: _cancel(watched))
        return False


def _cancel(dialog: QDialog) -> None:
    with contextlib.suppress(RuntimeError):  # already deleted
        if dialog.property(OPENING_JOURNAL):
            return  # opening or creating a journal: it finishes, and shutdown closes it
        dialog.done(QDialog.DialogCode.Rejected)


class Terminator(QObject):
    """Installed once by ``run_app``; ``on_quit`` runs on the GUI thread at the first signal."""

    requested = Signal()

    def __init__(self, app: QApplication, on_quit: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._on_quit = on_quit
        self._closer = _DialogCloser(self)
        self._reader, writer = socket.socketpair()
        writer.setblocking(False)  # set_wakeup_fd requires it
        self._writer = writer
        self.requested.connect(self._quit)  # emitted by the watcher: queued to this thread
        for number in (signal.SIGTERM, signal.SIGINT):
            # Python's own handler does nothing more; the wake-up byte does the work (and
            # Ctrl+C no longer raises KeyboardInterrupt inside some Qt callback).
            signal.signal(number, lambda *_args: None)
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        threading.Thread(target=self._watch, name="quit-on-signal", daemon=True).start()

    def finished(self) -> None:
        """The app has shut down: after a signal, leave at once (see :func:`leave_now`)."""
        if _quitting.is_set():
            leave_now(0)

    def _watch(self) -> None:
        try:
            received = self._reader.recv(16)
        except OSError:
            return
        if not received:
            return
        _quitting.set()
        faulthandler.dump_traceback_later(LIMIT_S, exit=True, file=_watchdog_report)
        with contextlib.suppress(RuntimeError):  # the app object is already gone
            self.requested.emit()

    def _quit(self) -> None:
        self._app.installEventFilter(self._closer)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                _cancel(widget)
        self._on_quit()
        # exit(), not quit(): quit() first asks every window to close, and a window may
        # refuse (a dialog busy opening the journal ignores Close), which cancels the quit.
        # exit() leaves every running event loop, a dialog's included; shutdown then saves.
        QApplication.exit(0)
        # and, should this have run outside any loop (start-up), the one that starts next
        QTimer.singleShot(0, self._app, lambda: QApplication.exit(0))


def leave_now(code: int) -> None:
    """End the process now, the journal already saved and closed: flush what was written to
    the terminal and the log, and skip the interpreter's slow (and here risky) teardown."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)

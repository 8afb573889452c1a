"""One copy of the app per journal: a second copy brings the first forward and leaves.

The first copy listens on a local socket (:class:`InstanceServer`) whose name is a hash of
the data folder (the path itself never appears in it). A second copy started on the same
folder sends ``show`` (:func:`ask_running_copy_to_show`); the first raises its window and
answers ``ok``, and the second exits with code :data:`EXIT_ALREADY_OPEN`. When nobody
answers but the journal's lock is held (an older copy, or the command line), the second says
so in a message box instead (:func:`journal_in_use`, :func:`tell_in_use`).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.core.errors import JournalInUseError, StorageError
from journal_app.store.instance_lock import InstanceLock

EXIT_ALREADY_OPEN = 6
SHOW = b"show\n"
OK = b"ok\n"
ANSWER_TIMEOUT_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


def in_use_message() -> str:
    return _tr("This journal is already open in another window of the app.")


def server_name(data_dir: Path) -> str:
    """A socket name for this folder and user; a hash, so the path is never shown in clear."""
    folder = str(Path(data_dir).expanduser().resolve())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:32]
    return f"reflective-journal-{digest}"


def journal_in_use(data_dir: Path) -> bool:
    """True when another process holds the journal's lock (checked by taking it briefly)."""
    if not Path(data_dir).is_dir():
        return False
    # Here, not at the top: the store's engine module loads SQLAlchemy.
    from journal_app.store.locations import LOCK_FILE_NAME

    lock = InstanceLock(Path(data_dir) / LOCK_FILE_NAME)
    try:
        lock.acquire()
    except JournalInUseError:
        return True
    except StorageError:
        return False  # e.g. a read-only folder: opening the journal explains that
    lock.release()
    return False


def tell_in_use(parent: QWidget | None) -> None:
    QMessageBox.warning(parent, QCoreApplication.applicationName(), in_use_message())


def bring_forward(widget: QWidget) -> None:
    """Raise a window as far as the platform allows (some only flash the taskbar)."""
    widget.showNormal()
    widget.raise_()
    widget.activateWindow()


class InstanceServer(QObject):
    """The first copy's end: ``show`` from a second copy emits :attr:`show_requested`."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; call only while this process holds the journal's folder (no
        other copy answered), so a socket left by a crashed copy can be removed safely."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            self.show_requested.emit()
            socket.write(OK)
            socket.flush()
        socket.disconnectFromServer()


def ask_running_copy_to_show(name: str, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the copy listening on ``name`` to come forward; True if it answered.

    Waits in a local event loop (not ``waitFor…``), so a server in this same process, as in
    the tests, can answer meanwhile.
    """
    socket = QLocalSocket()
    loop = QEventLoop()
    answer = bytearray()

    def read() -> None:
        answer.extend(bytes(socket.readAll().data()))
        if b"\n" in answer:
            loop.quit()

    socket.connected.connect(lambda: socket.write(SHOW))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: loop.quit())
    socket.disconnected.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    socket.connectToServer(name)
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        timer.start(timeout_ms)
        loop.exec()
        timer.stop()
    socket.abort()
    return bytes(answer) == OK


def claim(data_dir: Path, on_show: Callable[[], None], parent: QObject) -> int | None:
    """At start-up: an exit code if another copy has this journal, else listen and ``None``.

    The first copy, asked to come forward, calls ``on_show``.
    """
    name = server_name(data_dir)
    if ask_running_copy_to_show(name):
        print(
            _tr("journal-app: the journal is already open; that window was brought forward."),
            file=sys.stderr,
        )
        return EXIT_ALREADY_OPEN
    if journal_in_use(data_dir):
        print(in_use_message(), file=sys.stderr)
        tell_in_use(None)
        return EXIT_ALREADY_OPEN
    server = InstanceServer(name, parent)
    server.show_requested.connect(on_show)
    server.listen()  # if it cannot listen, a second copy falls back to the message box
    return None

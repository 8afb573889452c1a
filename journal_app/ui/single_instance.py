"""One copy of the app per journal: a second copy brings the first forward and leaves.

The first copy listens on a local socket (:class:`InstanceServer`) named by a hash of the
data folder (the path itself never appears in it). A second copy started on the same folder
sends ``show`` (:func:`ask_running_copy_to_show`); the first raises its window and answers
``ok``, and the second exits with code :data:`EXIT_ALREADY_OPEN`. When nobody answers but the
journal's lock is held (an older copy, or the command line), the second says so in a message
box instead (:func:`journal_in_use`, :func:`tell_in_use`).

Nobody else's socket can make the app quit (security review). On Linux and macOS the socket
is a file in a private folder (:func:`socket_folder`: ``$XDG_RUNTIME_DIR``, else the
per-user temporary folder, else the cache folder), never the shared ``/tmp`` where anyone
could plant one at the predictable name first. The folder must be ours and closed to
everyone else (0700); if it is not, the app does without single instance rather than trust
it (the journal's lock still keeps a second copy out). Both ends also check who is at the
other end: the kernel's record of the peer's user (``SO_PEERCRED`` on Linux, ``getpeereid``
on macOS and the BSDs) must be our own, or the connection is dropped unanswered.

Windows: Qt uses a named pipe, and ``UserAccessOption`` gives it an access list for our user
only, so other users cannot connect to our copy. Not done there: checking who created a pipe
we connect to (``GetNamedPipeServerProcessId`` and the process's token); another user who
creates the pipe name first could still answer ``ok``.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import socket as pysocket
import stat
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.services.journal_folder import journal_in_use

EXIT_ALREADY_OPEN = 6
SHOW = b"show\n"
OK = b"ok\n"
ANSWER_TIMEOUT_MS = 1500
#: our folder inside the per-user base folder; it holds one socket per open journal
SOCKET_FOLDER_NAME = "reflective-journal"
#: a socket's path must fit ``sockaddr_un.sun_path`` (104 bytes on macOS, 108 on Linux)
MAX_SOCKET_PATH_BYTES = 100


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


def server_address(data_dir: Path) -> str | None:
    """Where this journal's first copy listens: a full path in :func:`socket_folder` (Linux,
    macOS), a pipe name (Windows); ``None`` when there is no private folder to use."""
    name = server_name(data_dir)
    if os.name != "posix":
        return name
    folder = socket_folder()
    if folder is None:
        return None
    # Short enough for every platform's limit, with 96 bits of the hash.
    return str(folder / f"{name.rsplit('-', 1)[1][:24]}.sock")


def _base_folders() -> Iterator[tuple[Path, bool]]:
    """The candidates in order, each with whether we may create it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime):
        yield Path(runtime), False
    yield Path(tempfile.gettempdir()), False  # per-user on macOS ($TMPDIR); /tmp is refused
    from platformdirs import user_cache_dir

    yield Path(user_cache_dir("ReflectiveJournal", appauthor=False)), True


def _own_uid() -> int:
    return os.getuid()


def _is_private(info: os.stat_result, *, closed: int) -> bool:
    """A real folder (not a link), ours, with none of the ``closed`` mode bits set."""
    return stat.S_ISDIR(info.st_mode) and info.st_uid == _own_uid() and not info.st_mode & closed


def socket_folder() -> Path | None:
    """A folder for our sockets that only this user can reach, created if need be; ``None``
    if no candidate is trustworthy (then there is no single instance, and no exit either).

    The base folder must be ours and writable by nobody else (``$XDG_RUNTIME_DIR`` is 0700 by
    specification); our folder inside it must be ours, a real folder, and 0700.
    """
    for base, may_create in _base_folders():
        try:
            if may_create:
                base.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _is_private(os.lstat(base), closed=0o022):
                continue
            folder = base / SOCKET_FOLDER_NAME
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=0o700)
            if not _is_private(os.lstat(folder), closed=0o077):
                continue
        except OSError:
            continue
        if len(os.fsencode(folder)) + 30 <= MAX_SOCKET_PATH_BYTES:
            return folder
    return None


def peer_is_ourselves(socket: QLocalSocket) -> bool:
    """Whether the process at the other end of a connected ``socket`` runs as this user.

    Linux: ``SO_PEERCRED``; macOS and the BSDs: ``getpeereid``. Windows: the pipe's access
    list already admits our user only, so True. Where the check cannot be made, False.
    """
    if os.name != "posix":
        return True
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        return _peer_uid(descriptor) == _own_uid()
    except (OSError, AttributeError, ValueError):
        return False


def _peer_uid(descriptor: int) -> int | None:
    if sys.platform.startswith("linux"):
        # fromfd works on a duplicate, so closing it leaves Qt's socket alone.
        with pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM) as duplicate:
            credentials = duplicate.getsockopt(
                pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("iII")
            )
        _pid, uid, _gid = struct.unpack("iII", credentials)
        return int(uid)
    uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.getpeereid(descriptor, ctypes.byref(uid), ctypes.byref(gid)) != 0:
        return None
    return int(uid.value)


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
            if not peer_is_ourselves(socket):
                socket.abort()  # another user's program: no answer, and nothing happens
                socket.deleteLater()
                continue
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

    Only a listener running as this user is asked (:func:`peer_is_ourselves`); any other is
    left unasked, as if nobody had answered. Waits in a local event loop (not
    ``waitFor…``), so a server in this same process, as in the tests, can answer meanwhile.
    """
    socket = QLocalSocket()
    loop = QEventLoop()
    answer = bytearray()

    def read() -> None:
        answer.extend(bytes(socket.readAll().data()))
        if b"\n" in answer:
            loop.quit()

    def connected() -> None:
        if peer_is_ourselves(socket):
            socket.write(SHOW)
        else:  # whatever it might answer is never read
            socket.abort()
            loop.quit()

    socket.connected.connect(connected)
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
    address = server_address(data_dir)
    if address is not None and ask_running_copy_to_show(address):
        print(
            _tr("journal-app: the journal is already open; that window was brought forward."),
            file=sys.stderr,
        )
        return EXIT_ALREADY_OPEN
    if journal_in_use(data_dir):
        print(in_use_message(), file=sys.stderr)
        tell_in_use(None)
        return EXIT_ALREADY_OPEN
    if address is None:
        return None  # no private folder: the journal's lock alone keeps a second copy out
    server = InstanceServer(address, parent)
    server.show_requested.connect(on_show)
    server.listen()  # if it cannot listen, a second copy falls back to the message box
    return None

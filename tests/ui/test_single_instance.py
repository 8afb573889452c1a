"""One copy of the app per journal: the second copy brings the first forward, or says why."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QMessageBox

from journal_app.store.instance_lock import InstanceLock
from journal_app.store.locations import LOCK_FILE_NAME
from journal_app.ui import single_instance
from journal_app.ui.single_instance import (
    EXIT_ALREADY_OPEN,
    InstanceServer,
    ask_running_copy_to_show,
    claim,
    in_use_message,
    journal_in_use,
    server_name,
)
from tests.ui.conftest import UI_PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix sockets (Windows: pipes)")


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private $XDG_RUNTIME_DIR (0700, ours), as a desktop session provides; the cache
    folder (the last fallback) is a temp folder too."""
    folder = tmp_path_factory.mktemp("runtime")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    return folder


class PlantedServer:
    """Someone else's socket at ``path``: answers "ok" at once to whoever connects."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connections = 0
        self._stop = threading.Event()
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._socket.bind(str(path))
        self._socket.listen()
        self._socket.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with connection, contextlib.suppress(OSError):
                connection.sendall(b"ok\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()
        self.path.unlink(missing_ok=True)


@contextlib.contextmanager
def planted(path: Path) -> Iterator[PlantedServer]:
    server = PlantedServer(path)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def test_the_socket_name_is_a_hash_never_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "My Supervision Journal"
    name = server_name(folder)
    assert "Supervision" not in name and str(tmp_path.name) not in name
    assert name == server_name(folder) != server_name(tmp_path / "another")


def test_second_copy_asks_the_first_to_come_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = single_instance.server_address(tmp_path) or server_name(tmp_path)
    name = f"{name}-{uuid.uuid4().hex[:8]}"
    first = InstanceServer(name)
    raised: list[bool] = []
    first.show_requested.connect(lambda: raised.append(True))
    assert first.listen()
    try:
        assert ask_running_copy_to_show(name, timeout_ms=5000)
        assert raised == [True]
    finally:
        first.close()
    # Nobody listening any more: the second copy carries on by itself.
    assert not ask_running_copy_to_show(name, timeout_ms=300)


def test_claim_exits_with_code_6_when_a_copy_answers(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    raised: list[bool] = []
    first = InstanceServer(single_instance.server_address(tmp_path) or "")
    first.show_requested.connect(lambda: raised.append(True))
    assert first.listen()
    try:
        assert claim(tmp_path, lambda: None, first) == EXIT_ALREADY_OPEN
    finally:
        first.close()
    assert raised == [True]
    err = capsys.readouterr().err
    assert "already open" in err and str(tmp_path) not in err


def test_a_held_journal_with_no_answer_is_explained(
    qtbot, tmp_path: Path, warnings, capsys
) -> None:  # type: ignore[no-untyped-def]
    """An older copy (no socket) holds the lock: a message box, exit code 6, no traceback."""
    lock = InstanceLock(tmp_path / LOCK_FILE_NAME)
    lock.acquire()
    try:
        assert journal_in_use(tmp_path)
        assert claim(tmp_path, lambda: None, QObject()) == EXIT_ALREADY_OPEN
    finally:
        lock.release()
    assert warnings == [in_use_message()]
    assert "already open in another window" in capsys.readouterr().err
    assert not journal_in_use(tmp_path)


def test_unlock_path_maps_journal_in_use_to_the_message(make_app, vault, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    created = vault.create(UI_PASSPHRASE)
    vault.remember_on_device(created.database)
    created.database.close()
    other_copy = InstanceLock(vault.data_dir / LOCK_FILE_NAME)
    other_copy.acquire()
    try:
        app = make_app(vault)
        with qtbot.waitSignal(app.quit_requested, timeout=2000):
            app.start()
    finally:
        other_copy.release()
    assert warnings == ["This journal is already open in another window of the app."]
    assert app.window.unlocked is None and app.dialog is None


# -- nobody else's socket can make the app quit (security review) ------------------------------


@posix_only
def test_a_socket_planted_at_the_old_shared_tmp_name_is_ignored(
    qtbot, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """Anyone can create /tmp/reflective-journal-<hash> first; answering "ok" there used to
    make the app exit. The app now listens and asks only in its private folder."""
    old_place = Path(QDir.tempPath()) / server_name(tmp_path)
    parent = QObject()
    with planted(old_place) as hostile:
        assert claim(tmp_path, lambda: None, parent) is None
    assert hostile.connections == 0
    assert "already open" not in capsys.readouterr().err
    address = single_instance.server_address(tmp_path)
    assert address is not None and Path(address).is_socket()
    assert Path(address).parent == Path(os.environ["XDG_RUNTIME_DIR"]) / "reflective-journal"
    parent.deleteLater()


def _open_to_others(runtime: Path) -> Path:
    runtime.chmod(0o777)  # e.g. XDG_RUNTIME_DIR pointing at a shared folder
    (runtime / "reflective-journal").mkdir(mode=0o700)  # someone there made it look right
    return runtime / "reflective-journal"


def _folder_open_to_others(runtime: Path) -> Path:
    folder = runtime / "reflective-journal"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    return folder


def _folder_is_a_link(runtime: Path) -> Path:
    elsewhere = runtime.parent / f"elsewhere-{uuid.uuid4().hex[:8]}"
    elsewhere.mkdir(mode=0o700)
    (runtime / "reflective-journal").symlink_to(elsewhere)
    return elsewhere


def _folder_of_someone_else(runtime: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    folder = runtime / "reflective-journal"
    folder.mkdir(mode=0o700)
    os.chown(folder, 4242, 4242)
    return folder


def _runtime_of_someone_else(runtime: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    (runtime / "reflective-journal").mkdir(mode=0o700)
    os.chown(runtime, 4242, 4242)  # e.g. XDG_RUNTIME_DIR kept from another user by su
    return runtime / "reflective-journal"


@posix_only
@pytest.mark.parametrize(
    "make_untrusted",
    [
        _open_to_others,
        _folder_open_to_others,
        _folder_is_a_link,
        _folder_of_someone_else,
        _runtime_of_someone_else,
    ],
)
def test_a_folder_we_cannot_trust_is_never_used(
    qtbot, tmp_path: Path, runtime_dir: Path, capsys, make_untrusted
) -> None:  # type: ignore[no-untyped-def]
    """A socket answering "ok" inside a runtime folder that is not ours alone: not asked,
    not used; the app falls back to its own private folder elsewhere (or to none)."""
    untrusted = make_untrusted(runtime_dir)
    hostile_path = untrusted / f"{server_name(tmp_path).rsplit('-', 1)[1][:24]}.sock"
    parent = QObject()
    with planted(hostile_path) as hostile:
        assert claim(tmp_path, lambda: None, parent) is None
        chosen = single_instance.socket_folder()
    assert hostile.connections == 0
    assert "already open" not in capsys.readouterr().err
    assert chosen is None or not chosen.resolve().is_relative_to(runtime_dir.resolve())
    assert chosen != untrusted.resolve()
    parent.deleteLater()


_NOBODYS_SERVER = """
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen()
print("listening", flush=True)
while True:
    connection, _ = server.accept()
    connection.sendall(b"ok\\n")
    connection.close()
"""


#: a Python that another user may run (the test's own may live in a folder closed to them)
SYSTEM_PYTHON = Path("/usr/bin/python3")


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
@pytest.mark.skipif(not SYSTEM_PYTHON.exists(), reason="no /usr/bin/python3 for the other user")
def test_a_listener_of_another_user_in_our_folder_is_not_asked(
    qtbot, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """Even in our folder (here root moves it in), a socket whose listening process runs as
    another user is dropped unasked: the kernel says who listens (SO_PEERCRED)."""
    address = single_instance.server_address(tmp_path)
    assert address is not None
    theirs = Path(tempfile.mkdtemp())
    os.chown(theirs, 65534, 65534)
    child = subprocess.Popen(
        [str(SYSTEM_PYTHON), "-I", "-c", _NOBODYS_SERVER, str(theirs / "s")],
        user=65534,
        group=65534,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "listening"
        os.rename(theirs / "s", address)  # the listener stays the same process
        assert not ask_running_copy_to_show(address, timeout_ms=3000)
        parent = QObject()
        assert claim(tmp_path, lambda: None, parent) is None
        parent.deleteLater()
    finally:
        child.kill()
        child.wait()
        shutil.rmtree(theirs, ignore_errors=True)
    assert "already open" not in capsys.readouterr().err


@posix_only
def test_the_first_copy_does_not_answer_another_user(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Server side: a connection from a process of another user gets no answer and raises
    nothing (simulated by changing who "we" are once the server is listening)."""
    address = single_instance.server_address(tmp_path)
    assert address is not None
    server = InstanceServer(address)
    raised: list[bool] = []
    server.show_requested.connect(lambda: raised.append(True))
    assert server.listen()

    def ask() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(address)
            client.sendall(b"show\n")
            replies: list[bytes] = []

            def receive() -> None:
                with contextlib.suppress(ConnectionResetError):
                    replies.append(client.recv(16))

            thread = threading.Thread(target=receive)
            thread.start()
            qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
            return replies[0] if replies else b""

    try:
        assert ask() == b"ok\n" and raised == [True]  # ourselves: answered
        monkeypatch.setattr(single_instance, "_own_uid", lambda: os.getuid() + 4242)
        assert ask() == b"" and raised == [True]  # someone else: dropped unanswered
    finally:
        server.close()

"""One copy of the app per journal: the second copy brings the first forward, or says why."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from journal_app.store.instance_lock import InstanceLock
from journal_app.store.locations import LOCK_FILE_NAME
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
    name = f"{server_name(tmp_path)}-{uuid.uuid4().hex[:8]}"
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
    first = InstanceServer(server_name(tmp_path))
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

"""The app's excepthook opens its notice on the GUI thread only, and never while quitting.

A message box opened from a worker thread hung the app at shutdown: the GUI thread waited for
that worker, and the worker for a box nobody could answer.
"""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from journal_app.ui import app as app_module
from journal_app.ui import termination


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", lambda *args: shown.append(str(args[2]))
    )
    return shown


def _raise_in(hook_thread: str) -> None:
    try:
        raise ValueError("fictional")
    except ValueError as error:
        if hook_thread == "gui":
            app_module._quiet_excepthook(ValueError, error, error.__traceback__)
        else:
            worker = threading.Thread(
                target=app_module._quiet_excepthook,
                args=(ValueError, error, error.__traceback__),
            )
            worker.start()
            worker.join(5)
            assert not worker.is_alive()


def test_an_error_on_the_gui_thread_gets_a_notice(qtbot: QtBot, boxes: list[str]) -> None:
    _raise_in("gui")
    assert len(boxes) == 1 and "ValueError" in boxes[0]


def test_an_error_on_a_worker_thread_opens_no_window(
    qtbot: QtBot, boxes: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _raise_in("worker")
    assert boxes == []
    assert "unexpected error (ValueError)" in capsys.readouterr().err


def test_no_notice_while_quitting(
    qtbot: QtBot, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(termination, "quitting", lambda: True)
    _raise_in("gui")
    assert boxes == []

"""The idle lock's input watch, paused while widgets are built and back afterwards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.ui.idle_lock import IdleLock, input_watch_paused


def _key(widget: QLineEdit) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget, event)


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_input_counts_again_once_the_pause_is_over(qtbot: QtBot) -> None:
    clock = FakeClock()
    lock = IdleLock(clock=clock)
    try:
        lock.set_interval_ms(60_000)
        lock.start()
        edit = QLineEdit()
        qtbot.addWidget(edit)
        _key(edit)
        assert lock.last_activity == 100.0
        clock.now += 1
        with input_watch_paused():
            _key(edit)
            assert lock.last_activity == 100.0  # not watched while paused
        clock.now += 1
        _key(edit)
        assert lock.last_activity == 102.0  # watched again
    finally:
        lock.uninstall()


def test_a_burst_of_input_restarts_the_countdown_once(qtbot: QtBot) -> None:
    clock = FakeClock()
    lock = IdleLock(clock=clock)
    try:
        lock.set_interval_ms(60_000)
        lock.start()
        edit = QLineEdit()
        qtbot.addWidget(edit)
        _key(edit)
        clock.now += 0.01  # a mouse move's worth later: not worth restarting the timer
        _key(edit)
        assert lock.last_activity == 100.0
        clock.now += 0.1
        _key(edit)
        assert lock.last_activity == clock.now
    finally:
        lock.uninstall()

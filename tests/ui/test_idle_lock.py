"""The idle lock's input watch, paused while widgets are built and back afterwards."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.ui.idle_lock import IdleLock, input_watch_paused


def _key(widget: QLineEdit) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget, event)


def test_input_counts_again_once_the_pause_is_over(qtbot: QtBot) -> None:
    lock = IdleLock()
    try:
        lock.set_interval_ms(60_000)
        lock.start()
        edit = QLineEdit()
        qtbot.addWidget(edit)
        with input_watch_paused():
            before = lock._last_restart
            time.sleep(0.06)
            _key(edit)
            assert lock._last_restart == before  # not watched while paused
        time.sleep(0.06)
        _key(edit)
        assert lock._last_restart > before  # watched again
    finally:
        lock.uninstall()

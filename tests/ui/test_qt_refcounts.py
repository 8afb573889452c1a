"""Guard against a Qt binding that leaks references to None/True/False.

PySide6 6.12.0 took one reference off ``None`` on every slot call; Python 3.11 then aborts
("none_dealloc") after a few thousand keystrokes. pyproject pins below it; this test fails
if a future upgrade brings such a leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_slot_calls_and_signals_do_not_leak_singleton_references(qapp: QApplication) -> None:
    label = QLabel()
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.changed.emit(True)
        qapp.processEvents()
    assert none_before - sys.getrefcount(None) < 200
    assert true_before - sys.getrefcount(True) < 200

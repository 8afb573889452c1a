"""Auto-lock after a period without keyboard, mouse or touch input, and the locked page.

An application-wide event filter restarts a single-shot timer whenever the person does
something, in any window of the app. When the timer runs out, :attr:`IdleLock.idle` fires and
the app locks the journal (see :meth:`journal_app.ui.app.JournalApp.lock`).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.ui.passphrase_fields import hint_label
from journal_app.ui.theme import GRID, accent_icon, icon, make_heading

DEFAULT_MINUTES = 10

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


_watching: weakref.WeakSet[IdleLock] = weakref.WeakSet()


@contextmanager
def input_watch_paused() -> Iterator[None]:
    """Leave the idle lock's event filter out while widgets are being built.

    The filter is Python, called for every event in the app; building the editor raises
    a few thousand events (none of them input), which cost it ~20-30 ms of Python calls.
    """
    app = QCoreApplication.instance()
    paused = list(_watching) if app is not None else []
    for lock in paused:
        app.removeEventFilter(lock)  # type: ignore[union-attr]
    try:
        yield
    finally:
        for lock in paused:
            if lock in _watching:  # not uninstalled meanwhile
                app.installEventFilter(lock)  # type: ignore[union-attr]


class IdleLock(QObject):
    """Emits :attr:`idle` after ``interval`` of no user input while running."""

    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._last_restart = 0.0
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            _watching.add(self)

    @property
    def last_activity(self) -> float:
        """When input last restarted the countdown (by the clock given; 0 before any)."""
        return self._last_restart

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        """The idle time in milliseconds (tests use a fraction of a second)."""
        self._timer.setInterval(max(1, msecs))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Begin watching (after unlocking)."""
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked, there is nothing to lock)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            # A mouse move arrives many times a second; restarting the timer once per
            # 50 ms is plenty for a countdown measured in minutes.
            now = self._clock()
            if now - self._last_restart > 0.05 or self._timer.interval() < 5_000:
                self._timer.start()
                self._last_restart = now
        return False

    def uninstall(self) -> None:
        _watching.discard(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()


class LockedPage(QWidget):
    """What the window shows while locked: no reflection text, just a way back in."""

    unlock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Your journal is locked"), self)
        make_heading(heading, 1.5)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail = hint_label(
            self.tr("Your reflections are hidden and the journal's key is out of memory."),
            self,
        )
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("&Unlock…"), self)
        self.button.setAccessibleName(self.tr("Unlock journal"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.unlock_clicked)
        self.content = (self.picture, heading, detail, self.button)
        self.refresh_icons()
        layout = QVBoxLayout(self)
        layout.setSpacing(GRID * 2)
        layout.addStretch(2)
        for widget in (self.picture, heading, detail):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def set_prompting(self, prompting: bool) -> None:
        """While the unlock dialog is up, the page stays quiet behind it."""
        for widget in self.content:
            widget.setVisible(not prompting)

    def refresh_icons(self) -> None:
        self.picture.setPixmap(accent_icon("lock", 64))
        self.button.setIcon(icon("unlock"))

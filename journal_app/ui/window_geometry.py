"""Where the main window opens: a share of the screen it is on, or where it was last time.

Council laptops are 1366x768 panels or 1920x1080 at 150% (1280x720 logical), less a taskbar,
so no fixed size fits them all. The first time, the window takes a share of the screen's
available area (never more than all of it) and sits in its middle. When it closes, its
geometry is remembered per screen (keyed by the screen's name and logical size, so a docked
monitor and the laptop panel each keep their own); a remembered geometry that no longer lies
on the available screen is refused. Only Qt's geometry bytes are stored in QSettings, never
anything a person wrote.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

GEOMETRY_GROUP = "window-geometry"
SHARE = 0.9  # of the available width and height, the first time
COMFORTABLE = QSize(1400, 940)  # on big screens the window starts no larger than this
# The least a first window gets when the screen has room (logical pixels): small enough for
# 1280x720 less a taskbar and a title bar.
MINIMUM = QSize(880, 520)


def geometry_key(screen: QScreen) -> str:
    """The QSettings key for the window's geometry on ``screen``."""
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", screen.name()).strip("_") or "screen"
    return f"{GEOMETRY_GROUP}/{name}-{size.width()}x{size.height()}"


def first_geometry(available: QRect, minimum: QSize = MINIMUM) -> QRect:
    """A share of ``available``, centred in it, never larger than it."""

    def length(space: int, least: int, most: int) -> int:
        return min(space, max(least, min(most, round(space * SHARE))))

    rect = QRect(
        0,
        0,
        length(available.width(), minimum.width(), COMFORTABLE.width()),
        length(available.height(), minimum.height(), COMFORTABLE.height()),
    )
    rect.moveCenter(available.center())
    return rect


def _screen_of(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def place_window(window: QWidget) -> None:
    """Give a top-level window its remembered geometry on this screen, or a first one."""
    screen = _screen_of(window)
    if screen is None:  # no screen at all: Qt's own default size will do
        return
    available = screen.availableGeometry()
    saved = QSettings().value(geometry_key(screen))
    if (
        isinstance(saved, QByteArray)
        and not saved.isEmpty()
        and window.restoreGeometry(saved)
        and available.contains(window.geometry())
    ):
        return  # where the person left it on this screen
    least = MINIMUM.expandedTo(window.minimumSizeHint())
    window.setGeometry(first_geometry(available, least))


def remember_geometry(window: QWidget) -> None:
    """Store the window's geometry for the screen it is on now."""
    screen = _screen_of(window)
    if screen is not None:
        QSettings().setValue(geometry_key(screen), window.saveGeometry())

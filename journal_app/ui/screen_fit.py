"""Windows that fit the screen, and dialogs tall enough for their wrapped text.

Qt gives a window the height its wrapped labels need only at the width it first thought of;
once the window is narrower (a minimum width, a small screen) or a message appears, the
labels are squeezed and their text is cut off. :func:`grow_to_fit` gives the window the
height its layout needs at its actual width, never more than the screen has, and a
:class:`FittingScrollArea` lets long content scroll instead of pushing buttons off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

from journal_app.ui.theme import GRID

# Room a window's title bar and borders take, which the screen's free area does not count.
FRAME_ROOM = QSize(GRID * 2, GRID * 7)


def screen_room(widget: QWidget) -> QSize:
    """The biggest a window can be on ``widget``'s screen with its frame still on screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size()
    return QSize(
        max(1, available.width() - FRAME_ROOM.width()),
        max(1, available.height() - FRAME_ROOM.height()),
    )


def size_within_screen(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where the screen is smaller."""
    return wanted.boundedTo(screen_room(widget))


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its layout at its present width (within the screen)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    height = min(need, screen_room(window).height())
    if height > window.height():
        window.resize(window.width(), height)


def fit_window(window: QWidget) -> None:
    """Called as ``window`` is shown: no bigger than the screen, tall enough for its text."""
    window.resize(size_within_screen(window, window.size()))
    grow_to_fit(window)


class _KeepFitted(QObject):
    """Fits its window as it is shown, and grows it when its layout needs more height
    (a message appearing under a field, a longer count)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Show:
                fit_window(watched)
            elif event.type() == QEvent.Type.LayoutRequest and watched.isVisible():
                # the window's layout has taken the request already (Qt hands it to the
                # layout before any event filter); only the window's size is left to do
                grow_to_fit(watched)
        return False


def keep_fitted(window: QWidget) -> None:
    """Keep ``window`` within the screen and tall enough for its wrapped text, always."""
    window.installEventFilter(_KeepFitted(window))


class FittingScrollArea(QScrollArea):
    """A frameless, vertically scrolling area that asks for all of its content's size.

    A plain QScrollArea asks for at most 24 lines, so a dialog around it opens too small
    even on a big screen; this one asks for everything, and the window is kept within the
    screen by whoever sizes it, so the content scrolls only when the screen is too small.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(0, 0, GRID, 0)  # the content's edge clear of the scroll bar
        # the fields inside take the focus (and are scrolled into view); the area itself
        # was a nameless extra stop for Tab after the last of them
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        width = hint.width() + self._bar_width() + GRID
        height = content.heightForWidth(hint.width()) if content.hasHeightForWidth() else -1
        return QSize(width, max(height, hint.height()))

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        # as narrow as the content can be; as short as a few lines, the rest scrolls
        lines = self.fontMetrics().height() * 6
        return QSize(content.minimumSizeHint().width() + self._bar_width() + GRID, lines)

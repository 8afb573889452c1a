"""Panes of a window for the keyboard: F6 and Shift+F6 move between them.

As in common desktop apps (file managers, mail programs, browsers), F6 moves the focus to
the next pane of the window and Shift+F6 to the one before, coming back to where it was in
each pane. A pane is a widget marked with :func:`mark_pane`; the tests also use the marks
to check that Tab goes through each pane in reading order.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

PANE_PROPERTY = "keyboardPane"


def mark_pane(widget: QWidget, name: str) -> QWidget:
    """Mark ``widget`` as a pane called ``name`` (for F6 and the focus-order checks)."""
    widget.setProperty(PANE_PROPERTY, name)
    return widget


def pane_of(widget: QWidget | None) -> QWidget | None:
    """The innermost marked pane holding ``widget`` (itself included), or ``None``."""
    while widget is not None:
        if widget.property(PANE_PROPERTY):
            return widget
        widget = widget.parentWidget()
    return None


def can_take_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


class PaneSwitcher(QObject):
    """F6 / Shift+F6 over panes given in screen order, each with the widget that takes
    the focus when the pane is entered for the first time.

    ``panes`` is called each time (panes come and go: the editor is built late, the
    findings bar has nothing to press when nothing was found).
    """

    def __init__(
        self,
        host: QWidget,
        panes: Callable[[], list[tuple[QWidget, QWidget]]],
    ) -> None:
        super().__init__(host)
        self._host = host
        self._panes = panes
        self._last: dict[int, QWidget] = {}  # id of the pane -> last widget focused in it
        translate = QCoreApplication.translate
        self.next_action = QAction(translate("PaneSwitcher", "Next pane"), host)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.previous_action = QAction(translate("PaneSwitcher", "Previous pane"), host)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        for action, step in ((self.next_action, 1), (self.previous_action, -1)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self.move(step))
            host.addAction(action)
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _shown_panes(self) -> list[tuple[QWidget, QWidget]]:
        return [
            (pane, first)
            for pane, first in self._panes()
            if shiboken6.isValid(pane) and pane.isVisible() and _focus_in(pane, first)
        ]

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._host) or new is None:
            return
        for pane, _first in self._panes():
            if shiboken6.isValid(pane) and _inside(pane, new) and pane_of(new) is pane:
                self._last[id(pane)] = new

    def move(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) pane."""
        panes = self._shown_panes()
        if not panes:
            return
        focused = QApplication.focusWidget()
        current = next(
            (i for i, (pane, _f) in enumerate(panes) if pane is pane_of(focused)),
            next((i for i, (pane, _f) in enumerate(panes) if _inside(pane, focused)), None),
        )
        index = 0 if current is None and step > 0 else (current or 0) + step
        pane, first = panes[index % len(panes)]
        last = self._last.get(id(pane))
        if (
            last is not None
            and shiboken6.isValid(last)
            and _inside(pane, last)
            and can_take_focus(last)
        ):
            first = last
        target = _focus_in(pane, first)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _inside(pane: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is pane or pane.isAncestorOf(widget))


def _focus_in(pane: QWidget, first: QWidget) -> QWidget | None:
    """``first`` if it can take the focus, else the first widget in the pane that can."""
    if shiboken6.isValid(first) and can_take_focus(first):
        return first
    for widget in pane.findChildren(QWidget):
        if can_take_focus(widget) and pane_of(widget) is pane:
            return widget
    return None

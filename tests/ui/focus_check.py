"""Walks the Tab chain of a window: is it in reading order, and has every stop a name?

A library for :mod:`tests.ui.focus_run` and its test (:mod:`tests.ui.test_focus_order`).

* :func:`tab_stops` follows ``QWidget.nextInFocusChain`` from the window and keeps what Tab
  can stop at (as Qt's own Tab does): visible, enabled, taking Tab focus, no focus proxy,
  in this window. The chain is a circle; it is read from the stop nearest the top left.
* :func:`order_problems`: a window is made of panes: those marked with
  :func:`journal_app.ui.panes.mark_pane` (sidebar, list, editor, findings bar) and every
  group box. Within each pane, Tab goes top to bottom and, on one line, left to right; a
  pane inside it (and a scroll area's content) counts as one step, where it stands, and is
  gone through in one go (Tab never leaves a pane and comes back to it later). Going up to
  the next column on the right is reading on.
* :func:`name_problems`: every stop has a name a screen reader can read: its accessible
  name, its own text (a button, a check box, a label) or a label that is its buddy.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QScrollArea, QWidget

from journal_app.ui.panes import PANE_PROPERTY
from tests.ui.layout_check import describe

TOLERANCE = 2  # px: widgets on one line are not always aligned to the pixel
LINE_SLACK = 8  # px: a combo box and a label on one line can start this far apart


@dataclass(frozen=True)
class FocusProblem:
    view: str
    kind: str  # "order", "pane-split" or "no-name"
    detail: str

    def __str__(self) -> str:
        return f"{self.view}: {self.kind}: {self.detail}"


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops at, in Tab order, from the one nearest the top left."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(10_000):
        if widget is window:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.window() is window
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    if not stops:
        return stops
    # the first line's stops: those within a few pixels of the top one; then the leftmost
    rects = [rect_in(stop, window) for stop in stops]
    top = min(r.top() for r in rects)
    line = [i for i, r in enumerate(rects) if r.top() <= top + LINE_SLACK]
    first = min(line, key=lambda i: rects[i].left())
    return stops[first:] + stops[:first]


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def is_pane(widget: QWidget) -> bool:
    # a scroll area is one step where it stands; what is inside it is read in its own order
    return bool(widget.property(PANE_PROPERTY)) or isinstance(widget, QGroupBox | QScrollArea)


def panes_of(widget: QWidget, window: QWidget) -> list[QWidget]:
    """The panes holding ``widget``, outermost first; the window is the outermost."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if is_pane(parent):
            path.append(parent)
        parent = parent.parentWidget()
    return [window, *reversed(path)]


def before(later: QRect, earlier: QRect) -> bool:
    """Whether ``later`` reads before ``earlier``: above it, or left of it on its line.

    Going up to the top of the next column to the right is reading on (a form in two
    columns, like a newspaper's)."""
    if later.left() >= earlier.right() - TOLERANCE:
        return False
    if later.bottom() <= earlier.top() + TOLERANCE:
        return True
    same_line = later.top() < earlier.bottom() - TOLERANCE and earlier.top() < (
        later.bottom() - TOLERANCE
    )
    return same_line and later.right() <= earlier.left() + TOLERANCE


def order_problems(view: str, window: QWidget) -> list[FocusProblem]:
    stops = tab_stops(window)
    paths = [panes_of(stop, window) for stop in stops]
    panes: list[QWidget] = []
    for path in paths:
        panes += [p for p in path if p not in panes]
    problems = []
    for pane in panes:
        steps: list[QWidget] = []  # a stop of this pane, or a pane inside it
        for stop, path in zip(stops, paths, strict=True):
            if pane not in path:
                continue
            depth = path.index(pane)
            step = stop if depth == len(path) - 1 else path[depth + 1]
            if steps and steps[-1] is step:
                continue
            if step in steps:
                problems.append(
                    FocusProblem(
                        view, "pane-split", f"Tab leaves {describe(step)} and comes back later"
                    )
                )
            steps.append(step)
        for earlier, later in itertools.pairwise(steps):
            if before(rect_in(later, window), rect_in(earlier, window)):
                problems.append(
                    FocusProblem(
                        view,
                        "order",
                        f"in {_pane_name(pane)}: Tab goes from {describe(earlier)} "
                        f"{_where(earlier, window)} to {describe(later)} {_where(later, window)}",
                    )
                )
    return problems


def _pane_name(pane: QWidget) -> str:
    name = pane.property(PANE_PROPERTY)
    if name:
        return f"pane '{name}'"
    if isinstance(pane, QGroupBox):
        return f"group '{pane.title()}'"
    if isinstance(pane, QScrollArea):
        return "a scroll area"
    return "the window"


def _where(widget: QWidget, window: QWidget) -> str:
    rect = rect_in(widget, window)
    return f"at ({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader reads for ``widget`` (as Qt builds it on Windows)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "")
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "")
    return ""


def name_problems(view: str, window: QWidget) -> list[FocusProblem]:
    return [
        FocusProblem(view, "no-name", f"{describe(stop)} {_where(stop, window)}")
        for stop in tab_stops(window)
        if not spoken_name(stop).strip()
    ]

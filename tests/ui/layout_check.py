"""Finds text that needs more room than it has, and widgets that overlap or stick out.

A library for the layout tests (:mod:`tests.ui.test_layout_fit`) and the layout script
(:mod:`tests.ui.layout_run`): :func:`check_window` walks every visible widget of one
top-level window that is shown and laid out, and returns a :class:`Problem` for

* ``clipped``: a label, button, check box, radio button or group box title whose text needs
  more room than the widget has (a wrapping label: the height its text needs at its width);
* ``line-end``: a line edit, not being typed in, whose text is too long for it and that shows
  the end of the text instead of its start;
* ``overlap``: two visible sibling widgets whose rectangles share more than one pixel;
* ``outside``: a widget that sticks out of its parent (so out of its window), or a window
  bigger than the screen it is on.

Widgets that elide or clip their text on purpose are left alone only when they say so:
``widget.setProperty(EXEMPT_PROPERTY, "why")``, or listed in :data:`EXEMPT_CLASSES`.
Qt's own parts (object names starting ``qt_``) and scroll bars are never reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSizeGrip,
    QStackedLayout,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

EXEMPT_PROPERTY = "layoutCheckExempt"
TOLERANCE = 1  # px: rounding at fractional scale factors
TASKBAR = 48  # logical px a task bar or dock takes from the screen (Windows: 48 at any scale)
OPENED_SIZE_PROPERTY = "layoutCheckOpenedSize"  # set by whoever shows the window: "WxH"
TEXT_SHOWN = 40  # characters of a widget's text in a report (all test data is fictional)

# Widget classes whose text is cut short on purpose, with the reason.
EXEMPT_CLASSES: dict[str, str] = {}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one window: what kind, which widget, and the sizes involved."""

    view: str
    kind: str
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.view}: {self.kind}: {self.widget}: {self.detail}"


def describe(widget: QWidget) -> str:
    """The widget's class, object name and (shortened) text, for a report."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = _text_of(widget)
    if text:
        short = " ".join(text.split())
        if len(short) > TEXT_SHOWN:
            short = short[: TEXT_SHOWN - 1] + "…"
        parts.append(repr(short))
    return " ".join(parts)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _is_internal(widget: QWidget) -> bool:
    """Qt's own parts (scroll bars, a spin box's or combo box's editor, a scroll area's
    corner) are not ours to fit; what we put inside a scroll area is."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QSizeGrip):
        return True
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollBar | QAbstractSpinBox | QComboBox | QTabBar):
            return True
        if parent.objectName().startswith(
            ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
        ):
            return True
        parent = parent.parentWidget()
    return False


def _exempt(widget: QWidget) -> bool:
    return bool(widget.property(EXEMPT_PROPERTY)) or type(widget).__name__ in EXEMPT_CLASSES


def visible_widgets(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` that is on screen (not hidden, not inside another window)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and not _is_internal(w)
    ]


# -- text that needs more room --------------------------------------------------------------


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    width, height = label.width(), label.height()
    if label.wordWrap():
        need = label.heightForWidth(width)
        if need > height + TOLERANCE:
            return f"wrapped text needs {need} px high at {width} px wide, has {height}"
        # a word longer than the line cannot wrap
        need_width = label.minimumSizeHint().width()
        if need_width > width + TOLERANCE:
            return f"its longest word needs {need_width} px wide, has {width}"
        return None
    hint = label.sizeHint()
    if hint.width() > width + TOLERANCE or hint.height() > height + TOLERANCE:
        return f"text needs {hint.width()}x{hint.height()} px, has {width}x{height}"
    return None


def _button_text_width(button: QAbstractButton) -> int:
    """What a button's own text and icon need, without the style's minimum button width."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = button.fontMetrics()
    width = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.rect = QRect(0, 0, width, metrics.height())
        # the padding, frame and margins the style puts around the text (from the style
        # sheet when there is one), measured on a button of exactly the text's size
        size = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, option.rect.size(), button
        )
        minimum_width = 0 if button.text() else size.width()
        return max(minimum_width, min(size.width(), width + _push_padding(button)))
    return button.sizeHint().width()


def _push_padding(button: QPushButton) -> int:
    """Horizontal room a push button's frame and padding take (style sheet: 2 × 16 px + 2)."""
    style = button.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return 2 * (margin + frame)


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    width, height = button.width(), button.height()
    if isinstance(button, QCheckBox | QRadioButton):
        need = button.sizeHint()
        if need.width() > width + TOLERANCE or need.height() > height + TOLERANCE:
            return f"text needs {need.width()}x{need.height()} px, has {width}x{height}"
        return None
    need_width = _button_text_width(button)
    need_height = button.sizeHint().height() if isinstance(button, QPushButton) else 0
    need_height = max(need_height, button.fontMetrics().height())
    if need_width > width + TOLERANCE or need_height > height + TOLERANCE:
        return f"text needs {need_width}x{need_height} px, has {width}x{height}"
    return None


def _group_problem(group: QGroupBox) -> str | None:
    if not group.title():
        return None
    title = group.title().replace("&", "")
    need = group.fontMetrics().horizontalAdvance(title) + 2 * group.fontMetrics().height()
    if need > group.width() + TOLERANCE:
        return f"title needs {need} px, box is {group.width()} px wide"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    """A long title should show its start when nobody is typing in it."""
    if edit.hasFocus() or not edit.text() or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return None
    text_width = edit.fontMetrics().horizontalAdvance(edit.text())
    room = edit.contentsRect().width() - 8  # the style's text margins
    if text_width > room and edit.cursorPosition() > 0:
        return (
            f"shows the end of a {text_width} px text in {room} px "
            f"(cursor at {edit.cursorPosition()} of {len(edit.text())})"
        )
    return None


def text_problem(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit, or None when it does (or is exempt)."""
    if _exempt(widget):
        return None
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QToolButton) and widget.parentWidget() is not None:
        # tool bar buttons move to the tool bar's extension menu instead of clipping
        return None
    if isinstance(widget, QAbstractButton):
        return _button_problem(widget)
    if isinstance(widget, QGroupBox):
        return _group_problem(widget)
    return None


# -- widgets on top of each other, or outside their window ---------------------------------


def _in_stack(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.layout(), QStackedLayout)


def _overlaps(window: QWidget, widgets: list[QWidget]) -> list[tuple[QWidget, QWidget, QRect]]:
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        if widget.parentWidget() is None or _in_stack(widget) or _exempt(widget):
            continue
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    found = []
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > TOLERANCE and shared.height() > TOLERANCE:
                    found.append((first, second, shared))
    return found


def _scrolled_content(widget: QWidget) -> bool:
    """A scroll area's content may be bigger than the viewport that shows it."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and parent is area.viewport()


def _cut_sideways(widget: QWidget) -> str | None:
    """Content wider than a scroll area that never scrolls sideways: its right edge is cut."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if not isinstance(area, QAbstractScrollArea) or viewport is None:
        return None
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return None
    if widget.width() > viewport.width() + TOLERANCE:
        return (
            f"{widget.width()} px wide in a view {viewport.width()} px wide that does not "
            f"scroll sideways ({describe(area)})"
        )
    return None


def _outside(widget: QWidget) -> str | None:
    parent = widget.parentWidget()
    if parent is not None and _scrolled_content(widget):
        return _cut_sideways(widget)
    if parent is None or _exempt(widget):
        return None
    room = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    geometry = widget.geometry()
    if not room.contains(geometry):
        return (
            f"at {_rect(geometry)} in a parent of {parent.width()}x{parent.height()} "
            f"({describe(parent)})"
        )
    return None


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def screen_room() -> QRect:
    """The screen less a task bar: where a window can be without hiding part of itself."""
    screen = QGuiApplication.primaryScreen().availableGeometry()
    return screen.adjusted(0, 0, 0, -TASKBAR)


def window_problem(view: str, window: QWidget) -> Problem | None:
    """A window that does not fit on the screen, or opened bigger than it, has parts
    nobody can reach."""
    room = screen_room()
    frame = window.frameGeometry()
    opened = str(window.property(OPENED_SIZE_PROPERTY) or "")
    margins = frame.size() - window.size()
    if opened:
        width, height = (int(n) for n in opened.split("x"))
        if width + margins.width() > room.width() or height + margins.height() > room.height():
            return Problem(
                view,
                "outside",
                describe(window),
                f"opens at {opened} (with its frame {width + margins.width()}x"
                f"{height + margins.height()}); the screen has {room.width()}x{room.height()} "
                f"above the task bar",
            )
    if frame.width() > room.width() or frame.height() > room.height():
        minimum = window.minimumSizeHint()
        return Problem(
            view,
            "outside",
            describe(window),
            f"window is {frame.width()}x{frame.height()} and cannot be smaller than "
            f"{minimum.width()}x{minimum.height()}; the screen has {room.width()}x"
            f"{room.height()} above the task bar",
        )
    return None


def settle() -> None:
    """Let Qt lay out, and delete what was deleted "later" (the running app's event loop
    does that at once; ``processEvents`` alone never does)."""
    for _ in range(2):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def check_window(view: str, window: QWidget) -> list[Problem]:
    """Every layout problem in ``window`` (shown and laid out), reported under ``view``."""
    settle()
    problems: list[Problem] = []
    too_big = window_problem(view, window)
    if too_big is not None:
        problems.append(too_big)
    widgets = visible_widgets(window)
    for widget in widgets:
        reason = text_problem(widget)
        if reason is not None:
            problems.append(Problem(view, "clipped", describe(widget), reason))
        if isinstance(widget, QLineEdit) and not _exempt(widget):
            reason = _line_edit_problem(widget)
            if reason is not None:
                problems.append(Problem(view, "line-end", describe(widget), reason))
        reason = _outside(widget)
        if reason is not None:
            problems.append(Problem(view, "outside", describe(widget), reason))
    for first, second, shared in _overlaps(window, widgets):
        problems.append(
            Problem(
                view,
                "overlap",
                f"{describe(first)} and {describe(second)}",
                f"{_rect(first.geometry())} and {_rect(second.geometry())} share {_rect(shared)}",
            )
        )
    return problems

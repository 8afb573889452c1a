"""Tab follows the screen, and every stop has a name, in every view and dialog.

Each screen configuration runs :mod:`tests.ui.focus_run` in its own process, over the same
scenes as the layout check (:mod:`tests.ui.layout_scenes`): every view and dialog in each
of its states. The checker itself is tested here too, on small windows built to be wrong,
so it cannot pass by seeing nothing.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.panes import mark_pane
from tests.ui.focus_check import name_problems, order_problems, tab_stops
from tests.ui.layout_check import settle

ROOT = Path(__file__).resolve().parents[2]


def run_focus_check(screen: str, scale: float) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    completed = subprocess.run(
        [sys.executable, "-m", "tests.ui.focus_run", "--screen", screen, "--scale", str(scale)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    lines = completed.stdout.strip().splitlines()
    assert lines, f"the focus check printed nothing:\n{completed.stderr[-3000:]}"
    result: dict[str, object] = json.loads(lines[-1])
    return result


@pytest.mark.parametrize(
    ("screen", "scale"), [("1280x720", 1.0), ("1920x1080", 1.5)], ids=["1280x720", "x1.5"]
)
def test_tab_reads_every_view_in_order_and_every_stop_has_a_name(
    screen: str, scale: float
) -> None:
    result = run_focus_check(screen, scale)
    assert result["states"] >= 30, "every scene should have been opened"  # type: ignore[operator]
    assert result["stops"] >= 250, "the windows should have had their fields"  # type: ignore[operator]
    problems = result["problems"]
    assert not problems, "\n".join(  # type: ignore[call-overload]
        f"{p['view']}: {p['kind']}: {p['detail']}"
        for p in problems  # type: ignore[attr-defined]
    )


# -- the checker finds what it should -------------------------------------------------------


def _shown(qtbot, window: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    settle()
    return window


def _form(
    qtbot, order: str, lines: tuple[str, ...] = ("ab", "cd")
) -> tuple[QWidget, dict[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Lines of fields (two lines of two); Tab set to go through them in ``order``."""
    window = QWidget()
    fields = {name: QLineEdit(window) for name in "".join(lines)}
    for name, field in fields.items():
        field.setAccessibleName(f"Field {name}")
    grid = QVBoxLayout(window)
    for names in lines:
        row = QHBoxLayout()
        for name in names:
            row.addWidget(fields[name])
        grid.addLayout(row)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(fields[first], fields[second])
    return _shown(qtbot, window), fields


def test_checker_passes_reading_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, fields = _form(qtbot, "abcd")
    assert tab_stops(window) == [fields[n] for n in "abcd"]
    assert order_problems("test", window) == []
    assert name_problems("test", window) == []


def test_checker_finds_tab_going_back_up_or_leftwards(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _fields = _form(qtbot, "acb", ("a", "b", "c"))  # down to c, back up to b
    assert [p.kind for p in order_problems("test", window)] == ["order"]
    window, _fields = _form(qtbot, "adcb")  # the second line right to left
    assert [p.kind for p in order_problems("test", window)] == ["order"]
    # the first column, then up to the top of the next one: read as a newspaper's columns
    window, _fields = _form(qtbot, "acbd")
    assert order_problems("test", window) == []


def test_checker_finds_a_pane_left_and_entered_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    column = QVBoxLayout(window)
    box = QGroupBox("Supervision", window)
    inner = QVBoxLayout(box)
    first, second = QLineEdit(box), QLineEdit(box)
    after = QPushButton("Save", window)
    for widget in (first, second):
        widget.setAccessibleName("A field")
        inner.addWidget(widget)
    column.addWidget(box)
    column.addWidget(after)
    QWidget.setTabOrder(first, after)
    QWidget.setTabOrder(after, second)
    _shown(qtbot, window)
    assert "pane-split" in [p.kind for p in order_problems("test", window)]


def test_checker_reads_marked_panes_and_scroll_areas_as_one_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    row = QHBoxLayout(window)
    left = mark_pane(QWidget(window), "list")
    left_column = QVBoxLayout(left)
    left_column.addWidget(QPushButton("New", left))
    left_column.addStretch(1)
    scroll = QScrollArea(window)
    content = QWidget()
    lines = QVBoxLayout(content)
    for number in range(30):  # taller than the window: most of it below the bottom edge
        lines.addWidget(QPushButton(f"Button {number}", content))
    scroll.setWidget(content)
    row.addWidget(left)
    row.addWidget(scroll)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _shown(qtbot, window)
    assert order_problems("test", window) == []
    assert name_problems("test", window) == []
    # a nameless stop: the scroll area itself, which takes the focus unless told not to
    scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    assert [p.kind for p in name_problems("test", window)] == ["no-name"]


def test_checker_takes_a_buddy_label_as_the_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    column = QVBoxLayout(window)
    label = QLabel("&Role", window)
    field = QLineEdit(window)
    column.addWidget(label)
    column.addWidget(field)
    _shown(qtbot, window)
    assert [p.kind for p in name_problems("test", window)] == ["no-name"]
    label.setBuddy(field)
    assert name_problems("test", window) == []

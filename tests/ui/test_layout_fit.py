"""No clipped or overlapping text, and nothing off-screen, in any view or dialog.

Each screen configuration runs :mod:`tests.ui.layout_run` in its own process (scale factor
and screen size are fixed for a Qt process): 1280x720 at scale 1.0, 1920x1080 at 1.5 (also
1280x720 logical) and 1366x768 at 1.0, light and dark; 30 states each. A run takes 3-5 s.
The checker itself is tested here too, on small windows built to be wrong, so it cannot pass
by seeing nothing. For pictures of every state: ``python -m tests.ui.layout_run --shots DIR``.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.layout_check import check_window, settle
from tests.ui.layout_scenes import COVERED_DIALOGS, SCENES

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = [
    pytest.param(screen, scale, theme, "en", id=f"{screen}-x{scale}-{theme}")
    for screen, scale in (("1280x720", 1.0), ("1920x1080", 1.5), ("1366x768", 1.0))
    for theme in ("light", "dark")
] + [
    # Welsh words run longer than English: the two smallest logical screens, in Welsh
    pytest.param(screen, scale, theme, "cy", id=f"{screen}-x{scale}-{theme}-cy")
    for screen, scale, theme in (("1920x1080", 1.5, "light"), ("1366x768", 1.0, "dark"))
]


def run_layout_check(
    screen: str, scale: float, theme: str, language: str = "en"
) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    completed = subprocess.run(
        [
            *(sys.executable, "-m", "tests.ui.layout_run"),
            *("--screen", screen, "--scale", str(scale), "--theme", theme),
            *("--language", language),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = completed.stdout.strip().splitlines()
    assert lines, f"the layout check printed nothing:\n{completed.stderr[-3000:]}"
    result: dict[str, object] = json.loads(lines[-1])
    return result


@pytest.mark.parametrize(("screen", "scale", "theme", "language"), CONFIGS)
def test_every_view_and_dialog_fits(screen: str, scale: float, theme: str, language: str) -> None:
    result = run_layout_check(screen, scale, theme, language)
    assert result["states"] >= 30, "every scene should have been opened"  # type: ignore[operator]
    problems = result["problems"]
    assert not problems, "\n".join(  # type: ignore[call-overload]
        f"{p['view']}: {p['kind']}: {p['widget']}: {p['detail']}"
        for p in problems  # type: ignore[attr-defined]
    )


def _dialog_classes() -> set[str]:
    """Every class in journal_app/ui that derives (here or via another) from QDialog."""
    bases: dict[str, set[str]] = {}
    for path in (ROOT / "journal_app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    dialogs = {"QDialog"}
    grew = True
    while grew:
        found = {name for name, parents in bases.items() if parents & dialogs}
        grew = not found <= dialogs
        dialogs |= found
    return dialogs - {"QDialog"}


def test_every_dialog_class_is_opened_by_a_scene() -> None:
    missing = _dialog_classes() - COVERED_DIALOGS
    assert not missing, f"add a scene to tests/ui/layout_scenes.py for: {sorted(missing)}"
    assert len(SCENES) >= 10


# -- the checker finds what it should -------------------------------------------------------


def _window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    return window


def test_checker_finds_a_wrapped_label_without_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    label = QLabel("Private reflections will be in the PDF. Read it before you share it.", window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 14)
    window.resize(200, 100)
    window.show()
    problems = check_window("test", window)
    assert [p.kind for p in problems] == ["clipped"]
    assert "wrapped text needs" in problems[0].detail


def test_checker_finds_short_labels_buttons_and_check_boxes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    label = QLabel("Your journal is locked", window)
    label.setGeometry(0, 0, 200, 6)
    button = QPushButton("Copy for Social Work England…", window)
    button.setGeometry(0, 20, 60, 30)
    box = QCheckBox("Also include drafts", window)
    box.setGeometry(0, 60, 200, 5)
    window.resize(300, 120)
    window.show()
    problems = check_window("test", window)
    assert sorted(p.widget.split()[0] for p in problems if p.kind == "clipped") == [
        "QCheckBox",
        "QLabel",
        "QPushButton",
    ]


def test_checker_finds_overlaps_and_widgets_outside(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    first = QLabel("One", window)
    first.setGeometry(0, 0, 100, 30)
    second = QLabel("Two", window)
    second.setGeometry(50, 10, 100, 30)
    third = QLabel("Three", window)
    third.setGeometry(150, 150, 100, 30)
    window.resize(200, 160)
    window.show()
    kinds = sorted(p.kind for p in check_window("test", window))
    assert kinds == ["outside", "overlap"]


def test_checker_finds_a_line_edit_showing_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    edit = QLineEdit(window)
    edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nobody is typing in it
    edit.setText("A very long title " * 10)
    edit.setGeometry(0, 0, 120, 30)
    window.resize(200, 60)
    window.show()
    settle()
    assert [p.kind for p in check_window("test", window)] == ["line-end"]
    edit.setCursorPosition(0)
    assert check_window("test", window) == []


def test_checker_passes_a_window_laid_out_by_qt(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    column = QVBoxLayout(window)
    label = QLabel("A summary is the opening paragraph, what you learnt and your actions.")
    label.setWordWrap(True)
    column.addWidget(label)
    row = QHBoxLayout()
    row.addWidget(QPushButton("Cancel"))
    row.addWidget(QPushButton("Export PDF…"))
    column.addLayout(row)
    window.show()
    settle()
    assert check_window("test", window) == []


def test_checker_finds_content_cut_by_a_view_that_does_not_scroll_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    from journal_app.ui.screen_fit import FittingScrollArea

    window = _window(qtbot)
    content = QWidget()
    row = QHBoxLayout(content)
    for text in ("Include drafts", "Include private reflections", "Include everything else"):
        row.addWidget(QPushButton(text))
    area = FittingScrollArea(content, window)
    column = QVBoxLayout(window)
    column.addWidget(area)
    window.setFixedWidth(200)  # narrower than the buttons need side by side
    window.show()
    settle()
    assert "does not scroll sideways" in " ".join(
        p.detail for p in check_window("test", window) if p.kind == "outside"
    )

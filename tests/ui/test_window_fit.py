"""The main window fits a work laptop's screen, and remembers where it was per screen.

Qt picks its screens and scale factor when the QApplication is made, so each screen runs the
real app (demo journal, real SQLCipher file) in its own process: tests/tools/window_fit.py,
on the offscreen platform with a configured screen. 1920x1080 at 150% is 1280x720 logical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize

from journal_app.ui.window_geometry import MINIMUM, first_geometry

ROOT = Path(__file__).resolve().parents[2]

LAPTOPS = [
    pytest.param("1920x1080", "1.5", id="1920x1080-at-150%"),
    pytest.param("1600x1000", "1.5", id="1600x1000-at-150%"),  # the screen in the report
    pytest.param("1366x768", "1", id="1366x768"),
    pytest.param("1366x728", "1", id="1366x768-less-a-taskbar"),
]


def run_app_on(screen: str, scale: str = "1", *extra: str) -> dict[str, Any]:
    env = {**os.environ, "QT_SCALE_FACTOR": scale}
    env.pop("QT_QPA_PLATFORM", None)  # the tool sets its own, with the screen
    done = subprocess.run(
        [sys.executable, "-m", "tests.tools.window_fit", screen, *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rect(values: list[int]) -> QRect:
    return QRect(*values)


@pytest.mark.parametrize(("screen", "scale"), LAPTOPS)
def test_the_window_fits_the_laptop_screen(screen: str, scale: str) -> None:
    result = run_app_on(screen, scale)
    available = _rect(result["available"])
    assert available.contains(_rect(result["frame"])), result
    assert result["lock_visible"] and result["lock_inside"], "Lock journal is off-screen"
    assert result["status_visible"] and result["status_inside"], "status bar is off-screen"
    # The layout could be made no smaller than this: it must fit too.
    least = QSize(*result["minimum_hint"]).expandedTo(QSize(*result["minimum"]))
    assert least.width() <= min(1000, available.width()), least
    assert least.height() <= min(600, available.height()), least
    # Coverage reads top to bottom: nothing wider than the window.
    assert result["coverage_ready"], "coverage was never worked out"
    assert not result["coverage_sideways_scroll"]
    assert result["coverage_content_min_width"] <= result["coverage_viewport_width"]
    # Even with the window at its smallest (less a vertical scroll bar), no sideways scroll.
    assert result["coverage_content_min_width"] <= least.width() - 40
    # Only the geometry is remembered in QSettings, keyed by the screen.
    assert [k for k in result["saved_keys"] if k.startswith("window-geometry/")] == [
        f"window-geometry/Laptop-{available.width()}x{available.height()}"
    ]


def test_a_remembered_geometry_is_used_on_the_same_screen() -> None:
    first = run_app_on("1366x768", "1", "--place", "100,60,1000,600")
    again = run_app_on("1366x768", "1", "--remembered", first["saved_geometry"])
    assert _rect(again["geometry"]) == QRect(100, 60, 1000, 600)


def test_a_remembered_geometry_off_the_screen_is_refused() -> None:
    """Saved on a big monitor, then the laptop's own panel has that key: not used."""
    big = run_app_on("2560x1440", "1", "--place", "40,30,2400,1350")
    laptop = run_app_on("1366x768", "1", "--remembered", big["saved_geometry"])
    available = _rect(laptop["available"])
    assert available.contains(_rect(laptop["frame"]))
    assert _rect(laptop["geometry"]) != _rect(big["geometry"])


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1280, 672),
        QRect(0, 0, 1366, 728),
        QRect(0, 0, 3840, 2080),
        QRect(0, 0, 800, 500),
    ],
)
def test_first_geometry_is_a_centred_share_never_larger_than_the_screen(available: QRect) -> None:
    rect = first_geometry(available, MINIMUM)
    assert available.contains(rect)
    assert abs(rect.center().x() - available.center().x()) <= 1
    assert abs(rect.center().y() - available.center().y()) <= 1
    if available.width() >= MINIMUM.width():
        assert rect.width() >= MINIMUM.width()
    assert rect.width() <= 1400  # a 4K screen does not get a 3,800 px wide journal

"""Open the real app with the demo journal on a pretend laptop screen and report how it fits.

One process per screen, because Qt chooses its screens (and its scale factor) when the
QApplication is made. The screen comes from the offscreen platform's config file, e.g.

    QT_SCALE_FACTOR=1.5 .venv/bin/python -m tests.tools.window_fit 1920x1080 --theme dark \
        --shot docs/screenshots/main-1280x720-dark.png

prints one line of JSON (logical pixels) and, with ``--shot``, saves pictures of the main
window with the reflections and with coverage (``…-coverage.png`` beside it). Everything
happens in a temporary folder that is removed afterwards: the journal, the Qt settings and
no keyring. tests/ui/test_window_fit.py runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("screen", help="physical screen size, e.g. 1366x768")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--shot", help="save a picture of the window here (PNG)")
    parser.add_argument(
        "--remembered", help="a saved geometry (hex) to store for this screen before opening"
    )
    parser.add_argument("--place", help="x,y,w,h: move the window there before it closes")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="journal-window-fit-"))
    try:
        config = work / "screen.json"
        screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(work, args.theme, args.shot, args.remembered, args.place)))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rect(rect: Any) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def measure(
    work: Path, theme: str, shot: str | None, remembered: str | None, place: str | None
) -> dict[str, Any]:
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from journal_app.core import keywrap
    from journal_app.services.demo import fill_demo_journal
    from journal_app.services.vault import Vault
    from journal_app.ui.app import JournalApp
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.theme import apply_theme
    from journal_app.ui.window_geometry import geometry_key

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("ReflectiveJournalWindowFit")
    app.setApplicationName("Reflective Supervision Journal")
    apply_theme(app, theme, high_contrast=False)
    from journal_app.ui.plurals import install_plurals

    install_plurals(app)  # English plural forms, as the app has
    screen = app.primaryScreen()
    if remembered:
        QSettings().setValue(geometry_key(screen), QByteArray.fromHex(remembered.encode()))

    vault = Vault(work / "journal", device_keys=None, kdf_params=keywrap.minimum_params)
    passphrase = "tidy harbour lantern seventeen"
    created = vault.create(passphrase, passphrase)
    filler = UnlockedJournal.open(vault, created.database)
    fill_demo_journal(filler.journal, filler.catalogue, date(2026, 10, 1))
    filler.close()
    journal_app = JournalApp(vault, demo=True)
    journal_app.open(vault.unlock(passphrase))
    window = journal_app.window

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    settle()
    lock_button = window.toolbar.widgetForAction(window.actions_["lock"])
    result: dict[str, Any] = {
        "available": _rect(screen.availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "geometry": _rect(window.geometry()),
        "minimum": [window.minimumSize().width(), window.minimumSize().height()],
        "minimum_hint": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "lock_visible": bool(lock_button is not None and lock_button.isVisible()),
        "lock_inside": bool(
            lock_button is not None
            and window.rect().contains(lock_button.mapTo(window, lock_button.rect().bottomRight()))
        ),
        "status_visible": window.statusBar().isVisible(),
        "status_inside": window.rect().contains(window.statusBar().geometry()),
    }
    if shot:
        window.grab().save(shot)
    window.show_coverage()
    coverage = window.coverage_view
    deadline = time.monotonic() + 60  # the report is worked out on a worker thread
    while coverage.state_label.isVisible() and time.monotonic() < deadline:
        settle()
        time.sleep(0.02)
    settle()
    result["coverage_ready"] = not coverage.state_label.isVisible()
    scroll = coverage.findChild(QScrollArea)
    result["coverage_min_width"] = coverage.minimumSizeHint().width()
    result["coverage_content_min_width"] = scroll.widget().minimumSizeHint().width()
    result["coverage_viewport_width"] = scroll.viewport().width()
    result["coverage_sideways_scroll"] = scroll.horizontalScrollBar().maximum() > 0
    if shot:
        window.grab().save(shot.replace(".png", "-coverage.png"))
        _shoot_export_dialog(window, shot.replace(".png", "-export.png"), settle)
    if place:
        window.setGeometry(*(int(n) for n in place.split(",")))
        settle()
    window.close()
    screen = app.primaryScreen()  # asked again: a dialog shown since can drop the old wrapper
    result["saved_keys"] = sorted(QSettings().allKeys())
    saved = QSettings().value(geometry_key(screen))
    result["saved_geometry"] = bytes(saved.toHex()).decode() if saved is not None else ""
    journal_app.shutdown()
    return result


def _shoot_export_dialog(window: Any, path: str, settle: Any) -> None:
    """The appraisal PDF export as a first-time user opens it over the window."""
    from journal_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.unlocked, window, tasks=window.tasks)
    dialog.show()
    settle()
    dialog.update_count()
    settle()
    dialog.grab().save(path)
    dialog.reject()
    settle()


if __name__ == "__main__":
    raise SystemExit(main())

"""Run the layout check over every scene for one screen, scale and theme, in this process.

Screen size and scale factor are fixed for a whole Qt process, so each configuration runs
as its own process::

    python -m tests.ui.layout_run --screen 1920x1080 --scale 1.5 --theme dark [--language cy]

prints one JSON object ``{"config": ..., "states": n, "problems": [...]}`` on its last line
and exits 1 when there are problems. ``--shots DIR`` also saves a picture of every state.
The offscreen platform takes its screen from a JSON file (``offscreen:configfile=``); the
journal is a real encrypted one in a temporary folder, with fictional reflections.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path


def configure_qt(screen: tuple[int, int], scale: float, folder: Path) -> None:
    """Before the QApplication exists: an offscreen screen of ``screen`` pixels at ``scale``."""
    config = folder / "offscreen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "layout-check", "x": 0, "y": 0, "width": width, "height": height}
                ]
            }
        ),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)


def run(
    screen: tuple[int, int],
    scale: float,
    theme: str,
    only: list[str] | None = None,
    shots: Path | None = None,
    language: str = "en",
) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="layout-check-") as temp:
        folder = Path(temp)
        configure_qt(screen, scale, folder)
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app.setOrganizationName("ReflectiveJournalLayoutCheck")
        app.setApplicationName("Reflective Supervision Journal (layout check)")

        from journal_app.ui.theme import apply_theme
        from tests.ui.layout_check import check_window
        from tests.ui.layout_scenes import SCENES, Setting

        apply_theme(app, theme)
        if language == "en":
            from journal_app.ui.plurals import install_plurals

            install_plurals(app)  # English plural forms, as the app has
        else:
            from journal_app.ui.language import apply_language

            apply_language(app, language)  # the window's words, as the app speaks them
        logical = QGuiApplication.primaryScreen().availableGeometry()
        config = f"{logical.width()}x{logical.height()} at {scale:g} ({theme}, {language})"
        problems = []
        states = 0
        setting = Setting(folder / "data")
        try:
            for name, scene in SCENES.items():
                if only and name not in only:
                    continue
                for state, window in scene(setting):
                    view = f"{name} ({state})"
                    states += 1
                    problems += [
                        asdict(p) | {"config": config} for p in check_window(view, window)
                    ]
                    if shots is not None:
                        shots.mkdir(parents=True, exist_ok=True)
                        file = f"{name}-{state}-{theme}-{scale:g}-{language}.png"
                        file = file.replace(" ", "_")
                        window.grab().save(str(shots / file))
        finally:
            setting.close()
        return {"config": config, "states": states, "problems": problems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", default="1280x720", help="physical screen, WxH")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--scene", action="append", help="only these scenes (repeatable)")
    parser.add_argument("--shots", type=Path, help="save a picture of every state here")
    parser.add_argument("--language", choices=("en", "cy"), default="en")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.lower().split("x"))
    result = run((width, height), args.scale, args.theme, args.scene, args.shots, args.language)
    for problem in result["problems"]:  # type: ignore[attr-defined]
        print(
            f"{problem['config']}: {problem['view']}: {problem['kind']}: "
            f"{problem['widget']}: {problem['detail']}",
            file=sys.stderr,
        )
    print(json.dumps(result))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())

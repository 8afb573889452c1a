"""Run the focus checks (reading order, a name for every stop) over every scene.

Like :mod:`tests.ui.layout_run`, one screen configuration per process::

    python -m tests.ui.focus_run --screen 1280x720 --scale 1.0

prints one JSON object ``{"config": ..., "states": n, "stops": n, "problems": [...]}`` on
its last line and exits 1 when there are problems.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests.ui.layout_run import configure_qt


def run(screen: tuple[int, int], scale: float, only: list[str] | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="focus-check-") as temp:
        folder = Path(temp)
        configure_qt(screen, scale, folder)
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app.setOrganizationName("ReflectiveJournalFocusCheck")
        app.setApplicationName("Reflective Supervision Journal (focus check)")

        from journal_app.ui.theme import apply_theme
        from tests.ui.focus_check import name_problems, order_problems, tab_stops
        from tests.ui.layout_scenes import SCENES, Setting

        apply_theme(app, "light")
        problems = []
        states = stops = 0
        setting = Setting(folder / "data")
        try:
            for name, scene in SCENES.items():
                if only and name not in only:
                    continue
                for state, window in scene(setting):
                    view = f"{name} ({state})"
                    states += 1
                    stops += len(tab_stops(window))
                    problems += [asdict(p) for p in order_problems(view, window)]
                    problems += [asdict(p) for p in name_problems(view, window)]
        finally:
            setting.close()
        return {
            "config": f"{screen[0]}x{screen[1]} at {scale:g}",
            "states": states,
            "stops": stops,
            "problems": problems,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", default="1280x720", help="physical screen, WxH")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--scene", action="append", help="only these scenes (repeatable)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.lower().split("x"))
    result = run((width, height), args.scale, args.scene)
    for problem in result["problems"]:  # type: ignore[attr-defined]
        print(f"{problem['view']}: {problem['kind']}: {problem['detail']}", file=sys.stderr)
    print(json.dumps(result))
    sys.stdout.flush()
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())

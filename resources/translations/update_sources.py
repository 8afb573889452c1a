"""Bring the Welsh translation sources (.ts) up to date with the window's strings.

Run from the repository root: ``python resources/translations/update_sources.py``.

The window's strings are split into areas, one ``.ts`` file each under
``resources/translations/cy/``, so that several translators (or reviewers) can work on
different parts without editing the same file. ``pyside6-lupdate`` keeps every translation
already made, adds new strings as unfinished and drops strings the code no longer has
(``-no-obsolete``). ``qt_standard.ts`` holds Qt's own buttons and menus, which Qt ships no
Welsh for; it is written by hand and not touched here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "journal_app" / "ui"
OUT = ROOT / "resources" / "translations" / "cy"

#: area -> the window's modules it holds (paths relative to journal_app/ui)
AREAS: dict[str, tuple[str, ...]] = {
    "window": (
        "main_window.py",
        "window_actions.py",
        "sidebar.py",
        "journal_view.py",
        "coverage_view.py",
        "this_week.py",
        "search_bar.py",
        "panes.py",
        "app.py",
        "single_instance.py",
        "backup_watch.py",
        "plurals.py",
        "theme.py",
        "idle_lock.py",
        "undo_trash.py",
        "tasks.py",
        "date_field.py",
        "export_support.py",
        "cpd_dialog.py",
        "tag_move_dialog.py",
        "framework_import.py",
        "about.py",
        "evidence_panel.py",
        "entries/",
    ),
    "export": (
        "settings_dialog.py",
        "export_form.py",
        "export_findings.py",
        "export_dialog.py",
        "export_done.py",
        "open_exports_dialog.py",
        "restore_dialog.py",
    ),
    "keys": (
        "protected_names_dialog.py",
        "first_run.py",
        "first_run_pages.py",
        "first_run_backups.py",
        "key_dialogs.py",
        "unlock_dialog.py",
        "passphrase_fields.py",
        "emergency_kit.py",
        "change_passphrase.py",
    ),
    "editor": ("editor/", "appraisal/"),
}


def area_files(area: str) -> list[Path]:
    """The Python files of one area, in a stable order."""
    files: list[Path] = []
    for item in AREAS[area]:
        path = UI / item
        files.extend(sorted(path.glob("*.py")) if item.endswith("/") else [path])
    return files


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    OUT.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        files = [str(path.relative_to(ROOT)) for path in area_files(area)]
        target = OUT / f"{area}.ts"
        subprocess.run(
            [
                lupdate,
                *files,
                "-target-language",
                "cy_GB",
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

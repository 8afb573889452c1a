"""Bring the Welsh translation sources (.ts) up to date with the window's strings.

Run from the repository root: ``python resources/translations/update_sources.py``.

The window's strings are split into areas, one ``.ts`` file each under
``resources/translations/cy/``, so that several translators (or reviewers) can work on
different parts without editing the same file. The strings are read from the code by
:mod:`window_strings` (which knows the window's translating helpers, where lupdate alone
would miss or misfile them) and handed to ``pyside6-lupdate``, which keeps every
translation already made, adds new strings as unfinished, drops strings the code no longer
has (``-no-obsolete``) and offers the translation of the same words in another context as
an unfinished suggestion. ``qt_standard.ts`` holds Qt's own buttons and menus, which Qt
ships no Welsh for; it is written by hand and not touched here.

``tests/test_translations.py`` runs the same steps into a copy and fails when a committed
``.ts`` is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import window_strings  # noqa: E402

ROOT = HERE.parents[1]
UI = ROOT / "journal_app" / "ui"
OUT = ROOT / "resources" / "translations" / "cy"
#: the Welsh the .ts files are for (Qt's name: it decides the number of plural forms)
TARGET_LANGUAGE = "cy_GB"

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
        "finding_words.py",
        "language.py",
        "translations.py",
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


def ui_files() -> list[Path]:
    """Every Python file of the window."""
    return list(window_strings.iter_python_files(UI))


def unassigned_files() -> list[Path]:
    """The window's files that ask Qt to translate something but belong to no area."""
    assigned = {path for area in AREAS for path in area_files(area)}
    modules = window_strings.read_modules(ui_files(), ROOT)
    return [
        path
        for path in ui_files()
        if path not in assigned and window_strings.window_strings([path], modules, ROOT)
    ]


def area_strings() -> dict[str, set[window_strings.WindowString]]:
    """Each area's strings, read from its files."""
    modules = window_strings.read_modules(ui_files(), ROOT)
    return {area: window_strings.window_strings(area_files(area), modules, ROOT) for area in AREAS}


def lupdate_program() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def update(folder: Path, *, quiet: bool = False) -> None:
    """Update ``<folder>/<area>.ts`` for every area from the code."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="window-strings-") as temp:
        for area, strings in area_strings().items():
            calls = Path(temp) / f"{area}_strings.py"
            calls.write_text(window_strings.written_calls(strings), encoding="utf-8")
            subprocess.run(
                [
                    lupdate_program(),
                    str(calls),
                    "-target-language",
                    TARGET_LANGUAGE,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-ts",
                    str(folder / f"{area}.ts"),
                ],
                check=True,
                capture_output=quiet,
            )


def main() -> int:
    stray = unassigned_files()
    if stray:
        names = ", ".join(str(path.relative_to(UI)) for path in stray)
        print(f"update_sources: add these to an area in AREAS: {names}", file=sys.stderr)
        return 1
    update(OUT)
    modules = window_strings.read_modules(ui_files(), ROOT)
    variables = window_strings.variable_calls(ui_files(), modules, ROOT)
    if variables:
        print("Translated from a variable (mark each value with QT_TRANSLATE_NOOP):")
        for call in variables:
            print(f"  {call.path}:{call.line}: {call.code}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The UI is a thin client of the services: it imports nothing from the store, and finds its
views and services by type, never by asking an object what attributes it happens to have.

(The import-linter contracts in pyproject.toml say the same about the store; this reads the
files directly, including imports by name, and names the line.)
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "journal_app" / "ui"

#: hasattr/getattr the UI may use, as (file, object, attribute): each asks about the
#: platform or the Qt version, not about a view or a service.
ALLOWED_ATTRIBUTE_CHECKS = {
    ("theme.py", "hints", "accessibility"): "QStyleHints.accessibility() is Qt 6.10+",
    ("theme.py", "hints", "unsetColorScheme"): "QStyleHints.unsetColorScheme() is Qt 6.8+",
    ("single_instance.py", "os", "getuid"): "POSIX only: Windows has no numeric user id",
    ("main_window.py", "self", "actions_"): (
        "changeEvent can arrive from QMainWindow.__init__, before the window's actions exist"
    ),
}


def _ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "journal_app":  # from journal_app import store
                found += [(node.lineno, f"journal_app.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def test_the_ui_imports_nothing_from_the_store() -> None:
    offenders = [
        f"{path.relative_to(UI.parent)}:{line} imports {name}"
        for path in _ui_files()
        for line, name in _imported_names(ast.parse(path.read_text(encoding="utf-8")))
        if name == "journal_app.store" or name.startswith("journal_app.store.")
    ]
    assert not offenders, "the UI goes through the services:\n" + "\n".join(offenders)


def _attribute_checks(path: Path) -> list[tuple[int, str, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"hasattr", "getattr"}
        ):
            subject = ast.unparse(node.args[0]) if node.args else ""
            name = node.args[1] if len(node.args) > 1 else None
            attribute = name.value if isinstance(name, ast.Constant) else "<computed>"
            found.append((node.lineno, subject, str(attribute)))
    return found


def test_views_and_services_are_found_by_type_not_by_attribute() -> None:
    offenders = []
    used = set()
    for path in _ui_files():
        for line, subject, attribute in _attribute_checks(path):
            key = (path.name, subject, attribute)
            used.add(key)
            if key not in ALLOWED_ATTRIBUTE_CHECKS:
                offenders.append(f"{path.relative_to(UI.parent)}:{line} {subject}.{attribute}")
    assert not offenders, (
        "give the object a type (or add a reasoned entry to ALLOWED_ATTRIBUTE_CHECKS):\n"
        + "\n".join(offenders)
    )
    assert used >= set(ALLOWED_ATTRIBUTE_CHECKS), "an allowed check is gone: drop its entry"


def test_the_ui_does_not_reach_through_a_service_for_the_database() -> None:
    """The unlocked journal keeps its database private; ``journal.database`` is for the
    services kept beside the journal service, not for views."""
    offenders = []
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute):
                continue
            through_service = (
                node.attr == "database"
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in {"journal", "_journal", "unlocked", "_unlocked"}
            )
            if through_service or node.attr == "_database":
                offenders.append(
                    f"{path.relative_to(UI.parent)}:{node.lineno} {ast.unparse(node)}"
                )
    assert not offenders, "ask the unlocked journal's services instead:\n" + "\n".join(offenders)

"""``journal-app self-test``: is everything the app loads by name really in this build?

Hidden from ``--help``: it is for the frozen build (resources/packaging/build.py and
smoke_test.py), not for people. Parts of the app are looked up by name rather than imported
(the command modules, reportlab's C accelerator, Alembic's migration scripts, keyring's
backends). From source they are always there; a frozen build that left one out would lose a
menu item or slow down silently. The build script passes every module of the source tree
(the app package, never tests/) and fails the build unless each imports here.

Prints one JSON object (the app's version, the versions of its parts, any problems) and
exits 0 when there are none, 1 otherwise. Problems name modules and files, never content.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Sequence

#: Third-party modules loaded by name (so PyInstaller cannot see them) or optional (so a
#: missing one only shows as something quietly slower or absent).
REQUIRED_BY_NAME = (
    "_rl_accel",  # reportlab's C accelerator, imported inside exec(); pure Python otherwise
    "PIL.Image",  # reportlab draws images with Pillow
    "sqlcipher3.dbapi2",
    "argon2.low_level",
    "zxcvbn",
    "pypdf",
    "keyring.backends.SecretService",
    "keyring.backends.chainer",
)


def _check_imports(modules: Sequence[str], problems: list[str]) -> None:
    for name in (*modules, *REQUIRED_BY_NAME):
        try:
            importlib.import_module(name)
        except Exception as error:  # any failure to import is the build's fault
            problems.append(f"module {name} does not import ({type(error).__name__}: {error})")


def _check_version(problems: list[str]) -> None:
    from journal_app.versions import UNKNOWN, app_version

    if app_version() == UNKNOWN:
        problems.append("the package metadata (the app's version) is missing")


def _check_keyring_backends(problems: list[str]) -> None:
    from importlib import metadata

    # keyring finds its backends through entry points: without keyring's metadata it finds
    # none and "remember on this device" would be unavailable for no visible reason.
    if not list(metadata.entry_points(group="keyring.backends")):
        problems.append("keyring's backends are not registered (its metadata is missing)")


def _check_migrations(problems: list[str]) -> None:
    from journal_app.core.resources import migrations_path
    from journal_app.store import migrate, schema_version

    folder = migrations_path()
    if not (folder / "env.py").is_file() or not list((folder / "versions").glob("0*.py")):
        problems.append(f"the migration scripts are not files in {folder}")
        return
    if migrate.head_revision() != schema_version.SCHEMA_HEAD:
        problems.append("the migration scripts do not reach the schema this app expects")


def _check_resources(problems: list[str]) -> None:
    from journal_app.core.resources import resource_path

    for folder, pattern in (
        ("fonts", "DejaVuSans*.ttf"),
        ("icons", "*.svg"),
        ("frameworks", "*.json"),
        ("templates", "*.json"),
        ("demo/reflections", "*.md"),
    ):
        if not list(resource_path(folder).glob(pattern)):
            problems.append(f"no {pattern} in the app's {folder} folder")


def _check_languages(problems: list[str]) -> None:
    """Babel's data for each language: plural forms and dates in its own words."""
    from datetime import date

    from journal_app.core.language import LANGUAGES
    from journal_app.core.localised import long_date
    from journal_app.core.messages import plural_category

    if plural_category(2, "cy") != "two":
        problems.append("Babel's plural rules for Welsh are missing")
    english = long_date(date(2026, 12, 2), "en")
    for language in LANGUAGES:
        if language != "en" and long_date(date(2026, 12, 2), language) == english:
            problems.append(f"Babel's dates for '{language}' are missing (they show in English)")


CHECKS: tuple[Callable[[list[str]], None], ...] = (
    _check_version,
    _check_keyring_backends,
    _check_migrations,
    _check_resources,
    _check_languages,
)


def run_self_test(modules: Sequence[str]) -> int:
    """Import ``modules`` and what the app loads by name, check the shipped files; report."""
    from journal_app.versions import app_version, component_versions

    problems: list[str] = []
    _check_imports(modules, problems)
    for check in CHECKS:
        try:
            check(problems)
        except Exception as error:
            problems.append(f"{check.__name__} failed ({type(error).__name__}: {error})")
    report = {
        "version": app_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "components": component_versions(),
        "modules_imported": len(modules),
        "problems": problems,
    }
    print(json.dumps(report, indent=2))
    return 1 if problems else 0

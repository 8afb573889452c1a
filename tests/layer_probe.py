"""Run in a fresh interpreter by tests/test_layering.py: import the app's modules and report
every import they make, as JSON on stdout.

import-linter reads import statements; it cannot see a module loaded by name
(``importlib.import_module("PySide6.QtGui")``, ``__import__``). This probe watches both at
run time: it wraps ``builtins.__import__`` (every import statement, even of a module already
loaded) and ``importlib.import_module`` before anything of the app is imported, and notes
(importer, imported) whenever the importer is one of the app's modules. It also reports the
third-party top-level packages that importing the chosen layers pulled into ``sys.modules``,
whoever asked for them (a chain through another layer, an ``exec``).

Usage: ``python tests/layer_probe.py ROOT LAYER...`` where ROOT holds the ``journal_app``
folder to inspect and each LAYER is a sub-package name (``core``, ``store``, ...).
"""

from __future__ import annotations

import builtins
import importlib
import importlib.util
import json
import pkgutil
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
from typing import Any

PACKAGE = "journal_app"

imports: set[tuple[str, str]] = set()
_real_import = builtins.__import__
_real_import_module = importlib.import_module


def _note(importer: str, name: str, fromlist: Sequence[str] = ()) -> None:
    if importer != PACKAGE and not importer.startswith(PACKAGE + "."):
        return
    imports.add((importer, name))
    for item in fromlist or ():
        if item != "*":  # a name may be a submodule or an attribute: both are "under" name
            imports.add((importer, f"{name}.{item}"))


def _absolute(name: str, globals_: dict[str, Any] | None, level: int) -> str:
    if level == 0:
        return name
    package = (globals_ or {}).get("__package__") or ""
    return importlib.util.resolve_name("." * level + name, package)


def _recording_import(
    name: str,
    globals: dict[str, Any] | None = None,  # the signature of __import__
    locals: dict[str, Any] | None = None,
    fromlist: Sequence[str] = (),
    level: int = 0,
) -> ModuleType:
    importer = (globals or {}).get("__name__", "")
    _note(importer, _absolute(name, globals, level), fromlist)
    return _real_import(name, globals, locals, fromlist, level)


def _recording_import_module(name: str, package: str | None = None) -> ModuleType:
    importer = sys._getframe(1).f_globals.get("__name__", "")
    absolute = importlib.util.resolve_name(name, package) if name.startswith(".") else name
    _note(importer, absolute)
    return _real_import_module(name, package)


def _modules_of(layer: str) -> list[str]:
    package = _real_import_module(f"{PACKAGE}.{layer}")
    found = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.name.endswith("__main__"):  # running it would start the app
            found.append(info.name)
    return found


def main(root: str, layers: Sequence[str]) -> int:
    sys.path.insert(0, root)
    builtins.__import__ = _recording_import
    importlib.import_module = _recording_import_module
    failures: list[str] = []
    for layer in layers:
        try:
            names = _modules_of(layer)
        except Exception:  # a broken package is reported, not a crash of the probe
            failures.append(traceback.format_exc(limit=3))
            continue
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:
                failures.append(traceback.format_exc(limit=3))
    loaded = sorted({name.split(".")[0] for name in sys.modules})
    print(json.dumps({"imports": sorted(imports), "loaded": loaded, "failures": failures}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))

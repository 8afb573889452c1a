"""The layers, checked two ways: import-linter reads every import statement against the
contracts in pyproject.toml ([tool.importlinter]); tests/layer_probe.py imports the modules in
a fresh interpreter and checks the same contracts against what really gets imported, which
catches modules loaded by name (``importlib.import_module``) that no static reading sees.

The planted tests copy the package, break one rule in the copy and show the checks fail.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journal_app"
PROBE = Path(__file__).resolve().with_name("layer_probe.py")
LAYERS_BELOW_UI = ("core", "store", "services", "cli")
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    """One contract read as "modules under ``source`` may not import ``forbidden``"."""

    contract: str
    source: str
    forbidden: str
    ignored: frozenset[tuple[str, str]] = frozenset()

    def broken_by(self, importer: str, imported: str) -> bool:
        if not (_under(importer, self.source) and _under(imported, self.forbidden)):
            return False
        return not any(importer == a and _under(imported, b) for a, b in self.ignored)


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def contract_rules(root: Path) -> list[Rule]:
    """The import-linter contracts of ``root``'s pyproject.toml as direct-import rules."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    rules: list[Rule] = []
    for contract in config["tool"]["importlinter"]["contracts"]:
        ignored = frozenset(
            tuple(part.strip() for part in line.split("->"))
            for line in contract.get("ignore_imports", [])
        )
        if contract["type"] == "layers":
            layers = contract["layers"]  # highest first: each may not import those above
            for lower, layer in enumerate(layers):
                for higher in layers[:lower]:
                    rules.append(Rule(contract["name"], layer, higher, ignored))
        elif contract["type"] == "forbidden":
            for source in contract["source_modules"]:
                for forbidden in contract["forbidden_modules"]:
                    rules.append(Rule(contract["name"], source, forbidden, ignored))
        else:
            raise AssertionError(f"teach this test the {contract['type']} contract")
    return rules


def run_import_linter(root: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def probe(root: Path, layers: tuple[str, ...]) -> dict[str, list]:
    done = subprocess.run(
        [sys.executable, str(PROBE), str(root), *layers],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def runtime_violations(root: Path) -> list[str]:
    """What a fresh interpreter sees: contracts broken by imports made at run time (import
    statements and imports by name alike), Qt loaded at all by the layers below the UI, and
    modules that failed to import."""
    rules = contract_rules(root)
    found: list[str] = []
    below = probe(root, LAYERS_BELOW_UI)
    found += [
        f"{name} is loaded by the layers {LAYERS_BELOW_UI}"
        for name in QT
        if name in below["loaded"]
    ]
    everything = probe(root, (*LAYERS_BELOW_UI, "ui"))
    for report in (below, everything):
        found += [f"import failed: {failure}" for failure in report["failures"]]
    broken: dict[tuple[str, str], str] = {}
    for importer, imported in sorted(
        {(a, b) for a, b in everything["imports"] + below["imports"]}
    ):
        # "from x.y import z" is noted as x.y and x.y.z: name the module once
        if any((importer, parent) in broken for parent in _parents(imported)):
            continue
        for rule in rules:
            if rule.broken_by(importer, imported):
                broken[importer, imported] = rule.contract
    found += [f"{a} imports {b} ({contract})" for (a, b), contract in broken.items()]
    return sorted(set(found))


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def test_import_contracts_are_kept() -> None:
    done = run_import_linter(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_modules_imported_at_run_time_keep_the_contracts() -> None:
    assert runtime_violations(ROOT) == []


# -- the checks catch what they are for: each rule broken in a copy ---------------------------

PLANTS = {
    "core imports the store": ("core/coverage.py", "import journal_app.store.locations\n"),
    "services import the UI theme (and so Qt)": (
        "services/coverage_report.py",
        "from journal_app.ui import theme as _theme\n",
    ),
    "the store loads Qt by name": (
        "store/locations.py",
        'import importlib as _importlib\n_importlib.import_module("PySide6.QtGui")\n',
    ),
    "the UI imports SQLAlchemy": ("ui/plain_text.py", "import sqlalchemy.orm\n"),
}


def planted_copy(tmp_path: Path, module: str, line: str) -> Path:
    root = tmp_path / "copy"
    shutil.copytree(
        PACKAGE, root / "journal_app", ignore=shutil.ignore_patterns("__pycache__", "bench")
    )
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    target = root / "journal_app" / module
    target.write_text(target.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    return root


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_break_fails_the_checks(plant: str, tmp_path: Path) -> None:
    module, line = PLANTS[plant]
    root = planted_copy(tmp_path, module, line)
    linted = run_import_linter(root)
    at_run_time = runtime_violations(root)
    print(f"--- {plant}: lint-imports exit {linted.returncode}")
    print(linted.stdout[linted.stdout.find("Broken contracts") :] or linted.stdout[-300:])
    print(f"--- {plant}: run-time check")
    print("\n".join(at_run_time) or "(nothing found)")
    importer = "journal_app." + module.removesuffix(".py").replace("/", ".")
    assert any(finding.startswith(importer + " imports") for finding in at_run_time)
    if "by name" in plant:
        # import-linter cannot see an import by name: the run-time probe is what catches it
        assert any("PySide6 is loaded" in finding for finding in at_run_time)
    else:
        assert linted.returncode != 0
        assert importer in linted.stdout


def test_every_package_is_listed_for_installation() -> None:
    """pyproject lists packages by hand (two are mapped from top-level folders): keep it whole."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"

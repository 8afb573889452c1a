"""``journal-app --version`` and the hidden ``self-test`` the frozen build is checked with."""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

import pytest

from journal_app import versions
from journal_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "packaging"))
import build_config


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    expected = metadata.version("reflective-supervision-journal")
    assert capsys.readouterr().out.strip() == f"journal-app {expected}"


def test_self_test_passes_for_every_module_of_the_source_tree(
    capsys: pytest.CaptureFixture[str],
) -> None:
    modules = build_config.app_modules()
    assert main(["self-test", *modules]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["problems"] == []
    assert report["modules_imported"] == len(modules)
    assert set(report["components"]) >= {"Python", "Qt", "SQLCipher", "reportlab"}


def test_self_test_fails_on_a_module_missing_from_the_build(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["self-test", "journal_app.ui.export_dialog", "journal_app.ui.not_built"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert len(problems) == 1 and "journal_app.ui.not_built" in problems[0]


def test_self_test_fails_without_the_package_metadata(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(_name: str) -> str:
        raise metadata.PackageNotFoundError(_name)

    monkeypatch.setattr(versions.metadata, "version", missing)
    assert main(["self-test"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert any("metadata" in problem for problem in problems)


def test_self_test_is_not_offered_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "self-test" not in capsys.readouterr().out

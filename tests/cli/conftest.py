"""The ``cli`` fixture: run a command of the real CLI in-process on a fresh journal folder.

Test modules with other needs (a journal made first, extra environment) define their own.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run

"""The command line refuses a weak new passphrase with the same advice as the app."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from tests.conftest import PASSPHRASE


def test_init_and_passwd_refuse_a_weak_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "journal"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "P@ssw0rd123")
    assert main(["--data-dir", str(data), "init"]) == 2
    err = capsys.readouterr().err
    assert "too easy to guess" in err and "look-alikes" in err
    assert "P@ssw0rd123" not in err and "Traceback" not in err
    assert not data.exists()

    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data), "init"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "Liverpool1!")
    assert main(["--data-dir", str(data), "passwd"]) == 2
    assert "close to a password many people use" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "list"]) == 0  # the old passphrase still opens it

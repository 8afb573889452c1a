"""The command line says exactly what it said before its words moved to the message
catalogue, with the same exit codes (the words were taken from the code before the move)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from tests.conftest import PASSPHRASE


def test_errors_read_and_exit_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "journal"
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)

    def said(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = main(["--data-dir", str(data), *args])
        return code, capsys.readouterr().err.replace(str(data), "<DIR>")

    assert said("list") == (
        4,
        "journal-app: There is no journal in <DIR>. Create one first (open the app, or run "
        "'journal-app init').\n",
    )
    assert said("init")[0] == 0
    assert said("init") == (4, "journal-app: There is already a journal in <DIR>.\n")
    assert said("show", "0123456789abcdef") == (
        8,
        "journal-app: No reflection has the id '0123456789abcdef'.\n",
    )
    assert said("add", "--title", "T", "--date", "31 Febtember 2026") == (
        2,
        'journal-app: "Febtember" is not a month name.\n',
    )
    assert said("add", "--title", "T", "--tag", "nonsense") == (
        2,
        "journal-app: 'nonsense' is not a domain tag. Write the framework and the domain code "
        "with a colon between them, for example kss-pl:5.\n",
    )
    assert said("restore", "no-such-backup.db") == (
        2,
        "journal-app: There is no backup file at <DIR>/backups/no-such-backup.db. Nothing was "
        "changed.\n",
    )
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "wrong " + PASSPHRASE)
    assert said("list") == (
        3,
        "journal-app: Wrong passphrase. Nothing was changed. (If you are sure it is right, the "
        "key file may be damaged: restore the journal from a backup.)\n",
    )

"""--passphrase-file, --new-passphrase-file and --recovery-key-file read the FIRST line only,
as ``journal-app --help`` says, and refuse an empty first line instead of using ""."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOURNAL_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOURNAL_RECOVERY_KEY", raising=False)
    data = tmp_path / "journal"

    def go(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def _file(tmp_path: Path, name: str, content: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


def test_only_the_first_line_of_a_passphrase_file_is_the_passphrase(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a note after the passphrase (or a second copy) is not part of it
    created = _file(tmp_path, "new.txt", PASSPHRASE.encode() + b"\nmy journal passphrase\n")
    code, _, err = run("init", "--new-passphrase-file", created)
    assert code == 0, err
    for content in (
        PASSPHRASE.encode() + b"\n",
        PASSPHRASE.encode() + b"\r\nsecond line\r\n",
        PASSPHRASE.encode() + b"\nanother line",
        PASSPHRASE.encode(),
    ):
        given = _file(tmp_path, "pass.txt", content)
        code, _, err = run("--passphrase-file", given, "list")
        assert code == 0, (content, err)
    # the rest of the line is kept as it is: trailing spaces are part of a passphrase
    wrong = _file(tmp_path, "wrong.txt", PASSPHRASE.encode() + b" \n")
    assert run("--passphrase-file", wrong, "list")[0] == 3


def test_recovery_key_file_first_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = _file(tmp_path, "new.txt", PASSPHRASE.encode() + b"\n")
    code, recovery, _ = run("init", "--new-passphrase-file", created)
    assert code == 0
    key_file = _file(tmp_path, "key.txt", recovery.strip().encode() + b"\nwritten 2 Dec\n")
    new_file = _file(tmp_path, "next.txt", b"walrus lantern quietly orbit\nignored\n")
    code, _, err = run(
        "recover", "--recovery-key-file", key_file, "--new-passphrase-file", new_file
    )
    assert code == 0, err
    opened = _file(tmp_path, "open.txt", b"walrus lantern quietly orbit\n")
    assert run("--passphrase-file", opened, "list")[0] == 0


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n", b"\nthe passphrase on line two\n"])
def test_an_empty_first_line_is_refused_not_used(run, tmp_path: Path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    given = _file(tmp_path, "pass.txt", content)
    code, _, err = run("init", "--new-passphrase-file", given)
    assert code == 2
    assert "first line" in err and "empty" in err and "Traceback" not in err
    assert not (tmp_path / "journal" / "journal.key").exists()
    good = _file(tmp_path, "good.txt", PASSPHRASE.encode())
    assert run("init", "--new-passphrase-file", good)[0] == 0
    code, _, err = run("--passphrase-file", given, "list")
    assert code == 2 and "first line" in err

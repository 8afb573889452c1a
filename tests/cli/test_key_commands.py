"""The key commands: passwd (one at a time), new-recovery-key, rotate-key; malformed key
files are exit 5 with words, never a traceback."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from journal_app.store import keyfile
from tests.conftest import PASSPHRASE

NEW = "the passphrase after the change"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        try:
            code = main(["--data-dir", str(data), *args])
        finally:
            for name in env or {}:
                monkeypatch.delenv(name, raising=False)
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run


def _malform(path: Path, how: str) -> None:
    if how == "deep":
        path.write_bytes(b"[" * 200_000 + b"]" * 200_000)
        return
    data = json.loads(path.read_text())
    data["passphrase_seal"]["nonce"] = base64.b64encode(b"n" * 11).decode()
    data["checksum"] = keyfile._checksum(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize("how", ["nonce", "deep"])
@pytest.mark.parametrize("command", ["passwd", "list", "new-recovery-key"])
def test_a_malformed_key_file_is_exit_5_with_words(cli, how: str, command: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    _malform(cli.data / "journal.key", how)
    code, _out, err = cli(command, env={"JOURNAL_NEW_PASSPHRASE": NEW})
    assert code == 5, err
    assert "damaged" in err and "Traceback" not in err and "unexpected" not in err


def test_new_recovery_key_replaces_the_old_one(cli) -> None:  # type: ignore[no-untyped-def]
    old_recovery = cli("init")[1].strip()
    code, out, err = cli("new-recovery-key")
    assert code == 0 and "shown only this once" in err
    new_recovery = out.strip()
    assert len(new_recovery.replace("-", "")) == 32 and new_recovery != old_recovery
    code, _, err = cli("recover", env={"JOURNAL_RECOVERY_KEY": old_recovery, **_new()})
    assert code == 3 and "recovery key does not unlock" in err
    assert cli("recover", env={"JOURNAL_RECOVERY_KEY": new_recovery, **_new()})[0] == 0


def _new() -> dict[str, str]:
    return {"JOURNAL_NEW_PASSPHRASE": NEW}


@pytest.mark.parametrize("delete", [False, True])
def test_rotate_key_prints_a_new_recovery_key_and_the_old_passphrase_stops(
    cli, delete: bool
) -> None:  # type: ignore[no-untyped-def]
    old_recovery = cli("init")[1].strip()
    entry = cli("add", "--title", "Before the rotation", "--no-body")[1].strip()
    assert cli("backup")[0] == 0
    args = ["rotate-key", *(["--delete-backups"] if delete else [])]
    code, out, err = cli(*args, env=_new())
    assert code == 0, err
    assert ("deleted" if delete else "re-encrypted") in err
    new_recovery = out.strip()
    assert len(new_recovery.replace("-", "")) == 32 and new_recovery != old_recovery
    assert cli("list")[0] == 3  # the old passphrase, from JOURNAL_PASSPHRASE
    code, out, _ = cli("list", env={"JOURNAL_PASSPHRASE": NEW})
    assert code == 0 and entry[:8] in out
    code, out, _ = cli("backups", env={"JOURNAL_PASSPHRASE": NEW})
    assert code == 0 and ("pre-rotation" in out) != delete


def test_two_passwd_commands_at_once_exactly_one_wins(tmp_path: Path) -> None:
    """Two real processes started together: one changes the passphrase, the other is told
    it lost (or, if it started after the change, that the passphrase is wrong)."""
    data = tmp_path / "j"
    env = {**os.environ, "JOURNAL_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "journal_app", "--data-dir", str(data)]
    subprocess.run([*command, "init"], env=env, capture_output=True, check=True)
    wanted = ("first of two new passphrases", "second of two new passphrases")
    children = [
        subprocess.Popen(
            [*command, "passwd"],
            env={**env, "JOURNAL_NEW_PASSPHRASE": new},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for new in wanted
    ]
    done = [(child.wait(timeout=120), child.communicate()[1]) for child in children]
    codes = [code for code, _ in done]
    assert sorted(codes) in ([0, 6], [0, 3]), done
    winner = wanted[codes.index(0)]
    loser_code, loser_says = done[1 - codes.index(0)]
    assert "Passphrase changed." not in loser_says and "Traceback" not in loser_says
    if loser_code == 6:
        assert "yours was not set" in loser_says
    for passphrase, expected in (
        (winner, 0),
        (PASSPHRASE, 3),
        (wanted[1 - wanted.index(winner)], 3),
    ):
        check = subprocess.run(
            [*command, "list"],
            env={**env, "JOURNAL_PASSPHRASE": passphrase},
            capture_output=True,
            text=True,
        )
        assert check.returncode == expected, (passphrase == winner, check.stderr)

"""The backup commands a person relies on after something went wrong: the copy a restore
keeps is never rotated away, kept copies are listed apart and deleted only on request, and
``check`` verifies backups again and names one that rotted after it was made."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main, parser
from journal_app.store.backup import list_backups
from tests.conftest import PASSPHRASE


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    if "backup_commands" not in parser._COMMAND_MODULES:
        monkeypatch.setattr(
            parser, "_COMMAND_MODULES", (*parser._COMMAND_MODULES, "backup_commands")
        )
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    run.folder = data / "backups"  # type: ignore[attr-defined]
    return run


def _add(cli, title: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("add", "--title", title, stdin=f"Notes for {title}.")
    assert code == 0, err


def _titles(cli) -> str:  # type: ignore[no-untyped-def]
    code, out, err = cli("list")
    assert code == 0, err
    return out


def _flip_a_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    path.write_bytes(bytes(raw))


def _restore_keeping_newer(cli) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """OLD, backup B1, NEWER, restore B1: the pre-restore copy the restore names, and what
    the restore printed."""
    cli("init")
    _add(cli, "OLD supervision notes")
    assert cli("backup")[0] == 0
    b1 = next(b for b in list_backups(cli.folder) if b.reason == "manual")
    _add(cli, "NEWER supervision notes")
    code, out, err = cli("restore", b1.path.name)
    assert code == 0, err
    kept = [b.path for b in list_backups(cli.folder) if b.reason == "pre-restore"]
    assert len(kept) == 1 and str(kept[0]) in out
    return kept[0], out


def test_the_copy_a_restore_keeps_survives_any_number_of_backups(cli) -> None:  # type: ignore[no-untyped-def]
    kept, _ = _restore_keeping_newer(cli)
    assert "NEWER" not in _titles(cli)
    for _ in range(3):  # the same day: rotation keeps only the newest three and today's last
        assert cli("backup")[0] == 0
    assert kept.exists(), "the pre-restore copy was rotated away"
    code, _, err = cli("restore", kept.name)
    assert code == 0, err
    titles = _titles(cli)
    assert "NEWER supervision notes" in titles and "OLD supervision notes" in titles


def test_kept_copies_are_listed_apart_and_deleted_only_when_asked(cli) -> None:  # type: ignore[no-untyped-def]
    kept, said = _restore_keeping_newer(cli)
    assert f"kept until you delete it: 'journal-app delete-backup {kept.name}'" in said
    code, out, _ = cli("backups")
    assert code == 0
    rotating, _, kept_part = out.partition("Kept until you delete them")
    assert kept_part, out
    assert kept.name in kept_part and kept.name not in rotating
    daily = next(b.path for b in list_backups(cli.folder) if b.reason == "daily")
    assert daily.name in rotating and "delete-backup" in kept_part

    code, _, err = cli("delete-backup", daily.name, "--yes")
    assert code == 2 and "Nothing was deleted" in err and err.count("\n") == 1
    assert daily.exists()
    code, _, err = cli("delete-backup", "../journal.db", "--yes")
    assert code == 2 and (cli.data / "journal.db").exists()
    code, _, err = cli("delete-backup", kept.name)  # not a terminal, no --yes: refused
    assert code == 2 and "--yes" in err and kept.exists()

    code, out, err = cli("delete-backup", kept.name, "--yes")
    assert code == 0, err
    assert not kept.exists() and kept.name in out
    assert daily.exists()
    assert "Kept until you delete them" not in cli("backups")[1]


def test_check_names_a_backup_that_rotted_and_a_new_one_is_made(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    assert cli("backup")[0] == 0
    (made,) = list_backups(cli.folder)
    code, out, _ = cli("check")
    assert code == 0
    assert made.path.name in out and "verified now" in out

    _flip_a_byte(made.path)
    code, out, err = cli("check")
    assert code == 5
    assert "Integrity check: passed" in out  # the journal itself is fine
    assert made.path.name in out and "FAILED its check now" in out
    assert made.path.name in err and "damaged" in err and "journal-app backup" in err
    assert err.count("\n") == 1

    # It no longer counts as today's good backup: the next writer open makes a new one.
    _add(cli, "Written after the check")
    dailies = [b for b in list_backups(cli.folder) if b.reason == "daily"]
    assert len(dailies) == 1
    code, out, err = cli("check")
    assert code == 5  # the damaged file is still there, and still says so
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  journal-")}
    assert "verified now" in lines[dailies[0].path.name]
    assert "FAILED" in lines[made.path.name]

    made.path.unlink()
    code, out, err = cli("check")
    assert code == 0, err
    assert "FAILED" not in out and "Last good backup" in out


def test_check_while_the_app_holds_the_journal_verifies_but_records_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    from journal_app.store.instance_lock import InstanceLock

    cli("init")
    assert cli("backup")[0] == 0
    (made,) = list_backups(cli.folder)
    _flip_a_byte(made.path)
    app_window = InstanceLock(cli.data / "journal.lock")
    app_window.acquire()  # as the desktop app does while the journal is open
    try:
        code, out, err = cli("check")
        assert code == 5 and made.path.name in err
        assert "FAILED its check now" in out and "were not recorded" in out
        line = next(x for x in cli("backups")[1].splitlines() if made.path.name in x)
        assert "last verified" in line and "FAILED" not in line
    finally:
        app_window.release()
    assert cli("check")[0] == 5
    line = next(x for x in cli("backups")[1].splitlines() if made.path.name in x)
    assert "FAILED a check on" in line

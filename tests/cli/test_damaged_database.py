"""A journal.db that is empty, too short, random, plain SQLite or text is named as damage
(exit 5) with the way to restore, and no command (least of all a read-only one) changes a
byte of it: opening used to switch an empty file to WAL, growing it to a fresh database."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app.cli import main
from journal_app.services.vault import Vault
from journal_app.store.engine import make_engine
from tests.conftest import PASSPHRASE

READ_ONLY = (
    ("list",),
    ("list", "--json"),
    ("check",),
    ("search", "supervision"),
    ("show", "0123456789abcdef"),
    ("export", "json", "-o", "{out}"),
)
WRITERS = (("backup",), ("add", "--title", "New", "--no-body"))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random_page(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE notes (text TEXT)")
        plain.execute("INSERT INTO notes VALUES ('fictional')")
    plain.close()


def _text(path: Path) -> None:
    path.write_text("These are my notes, saved over the journal by mistake.\n" * 3)


def _empty_but_encrypted(path: Path) -> None:
    """What an older version left behind after opening an empty file: one valid SQLCipher
    page with this journal's key and no tables at all."""
    database = Vault(path.parent).unlock(PASSPHRASE, writer=False)
    key = database.key
    database.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(path, key)
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    engine.dispose()
    assert path.stat().st_size == 4096


DAMAGE: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "random": _random_page,
    "plain-sqlite": _plain_sqlite,
    "text": _text,
    "empty-but-encrypted": _empty_but_encrypted,
}


@pytest.fixture
def journal_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"
    monkeypatch.setattr(sys, "stdin", io.StringIO("A fictional reflection on supervision."))
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "add", "--title", "Supervision"]) == 0
    return data


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_database_is_named_and_left_alone(
    journal_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    db = journal_dir / "journal.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    DAMAGE[damage](db)
    os.utime(db, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = _state(db)
    capsys.readouterr()
    for command in (*READ_ONLY, *WRITERS):
        args = [part.format(out=tmp_path / "out.json") for part in command]
        code = main(["--data-dir", str(journal_dir), *args])
        _, err = capsys.readouterr()
        assert code == 5, (command, err)
        assert "damaged" in err and "restore" in err.lower(), (command, err)
        assert "journal-app restore" in err, (command, err)
        assert "Traceback" not in err and err.count("\n") == 1, (command, err)
        assert _state(db) == before, f"{command} changed journal.db"
    assert not (tmp_path / "out.json").exists()


def test_a_real_process_on_an_empty_file(journal_dir: Path) -> None:
    db = journal_dir / "journal.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"")
    env = {**os.environ, "JOURNAL_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "journal_app", "--data-dir", str(journal_dir), "list"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 5, done.stderr
    assert "Traceback" not in done.stderr and "damaged" in done.stderr
    assert db.stat().st_size == 0


def test_read_only_commands_leave_a_healthy_journal_byte_for_byte(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = journal_dir / "journal.db"
    before = _state(db)
    # 'check' is left out here: on a healthy journal it records when each backup was last
    # verified (in the journal's encrypted settings), so it opens the journal as the writer.
    for command in (c for c in READ_ONLY if c != ("check",)):
        args = [part.format(out=tmp_path / "out.json") for part in command]
        code = main(["--data-dir", str(journal_dir), *args])
        assert code in (0, 8), (command, capsys.readouterr().err)
        assert _state(db) == before, f"{command} changed journal.db"

"""Read-only commands on a journal written by an older version of the app.

After an update that adds a migration, the first command may well be a reader (``list``,
``search``, ``check``). It must bring the journal up to date the same safe way a writer does
(a verified pre-migration backup first), or say in words that the journal needs updating and
how: never fail on a missing column.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from journal_app.store import schema_version
from journal_app.store.backup import list_backups
from journal_app.store.engine import make_engine
from journal_app.store.locations import LOCK_FILE_NAME
from tests.conftest import PASSPHRASE
from tests.store.first_revision import journal_at_revision


def _first_release_journal(data_dir: Path) -> bytes:
    """A journal as the first release left it (revision 0001), holding one reflection."""
    engine, database_key = journal_at_revision(data_dir, "0001")
    engine.dispose()
    return database_key


def _revision(data_dir: Path, database_key: bytes) -> str | None:
    """The stored revision, read straight from the file (opening it would upgrade it)."""
    engine = make_engine(data_dir / "journal.db", database_key)
    try:
        return schema_version.stored_revision(engine)
    finally:
        engine.dispose()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)

    def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("list",), "Before the upgrade"),
        (("search", "upgrade"), "e-1"),
        (("show", "e-1"), "Before the upgrade"),
        (("check",), ""),
    ],
)
def test_a_reader_upgrades_an_older_journal_after_a_backup(  # type: ignore[no-untyped-def]
    tmp_path: Path, cli, args: tuple[str, ...], expected: str
) -> None:
    data_dir = tmp_path / "journal"
    database_key = _first_release_journal(data_dir)

    code, out, err = cli(data_dir, *args)

    assert code == 0, err
    assert expected in out
    assert "Traceback" not in err
    assert _revision(data_dir, database_key) == schema_version.SCHEMA_HEAD
    backups = list_backups(data_dir / "backups")
    assert [b.reason for b in backups] == ["pre-migration"]


def test_a_reader_says_in_words_when_the_app_holds_an_older_journal_open(  # type: ignore[no-untyped-def]
    tmp_path: Path, cli
) -> None:
    """Another process (an older app still running) holds the writer lock: nothing changes
    and the message says the journal needs updating and what to do."""
    data_dir = tmp_path / "journal"
    database_key = _first_release_journal(data_dir)
    holder = _hold_lock_elsewhere(data_dir)
    try:
        code, out, err = cli(data_dir, "list")
    finally:
        holder.kill()
        holder.wait()
    assert code != 0 and out == ""
    assert "Traceback" not in err and "no such column" not in err
    assert "needs updating" in err and "close" in err.lower()
    assert _revision(data_dir, database_key) == "0001"
    assert list_backups(data_dir / "backups") == []


def _hold_lock_elsewhere(data_dir: Path):  # type: ignore[no-untyped-def]
    """A separate process holding the journal's one-writer lock until killed."""
    import subprocess

    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from journal_app.store.instance_lock import InstanceLock\n"
        "lock = InstanceLock(Path(sys.argv[1]))\n"
        "lock.acquire()\n"
        "print('held', flush=True)\n"
        "time.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(data_dir / LOCK_FILE_NAME)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder

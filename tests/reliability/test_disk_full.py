"""A full disk or a read-only folder: the save fails with a clear message, nothing is lost.

The full disk is a real one where possible: a small tmpfs mounted for the test (needs root,
as in CI). Everywhere else on POSIX the same save runs in a child process whose largest
file is capped with ``RLIMIT_FSIZE`` (SIGXFSZ ignored, so the write fails with EFBIG rather
than killing it). The read-only folder is a tmpfs remounted read-only (root), or a folder
with mode 0500 (not root: root ignores permission bits); otherwise the test is skipped
with the reason printed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal_app.core.errors import StorageError
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.backup import list_backups
from journal_app.store.database import JournalDatabase
from tests.reliability._support import fast_kdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX filesystems only")

PASSPHRASE = "disk full walrus lantern"
KEPT = [
    EntryDraft(title=f"Kept reflection {n}", body=f"Words that must survive {n}. " * 40)
    for n in range(5)
]
BIG = EntryDraft(title="Too big for the disk", body="A long reflection. " * 60_000)


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def _tmpfs(path: Path, size: str) -> Iterator[Path | None]:
    """A small filesystem of its own at ``path``, or ``None`` where it cannot be mounted."""
    path.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)):
        yield None
        return
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill(folder: Path) -> Path:
    """Write a filler file until the filesystem refuses another byte."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        for chunk in (1 << 20, 1 << 16, 4096, 512, 1):
            block = b"\xa5" * chunk
            while True:
                try:
                    handle.write(block)
                except OSError as exc:
                    assert exc.errno in (errno.ENOSPC, errno.EFBIG)
                    break
    return filler


def _new_journal(data_dir: Path) -> tuple[Vault, dict[str, EntryDraft]]:
    vault = Vault(data_dir, kdf_params=fast_kdf)
    database = vault.create(PASSPHRASE).database
    journal = JournalService(database)
    saved = {journal.create(draft).id: draft for draft in KEPT}
    database.close()  # closing checkpoints: the WAL starts empty, so a save needs new space
    return vault, saved


def _assert_intact(database: JournalDatabase, saved: dict[str, EntryDraft]) -> None:
    journal = JournalService(database)
    for entry_id, draft in saved.items():
        entry = journal.get(entry_id)
        assert (entry.title, entry.body) == (draft.title, draft.body)
    assert journal.count() == len(saved)
    assert database.integrity_problems() == []


def test_a_full_disk_refuses_the_save_clearly_and_loses_nothing(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "small-disk", "6m") as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here (needs root); the RLIMIT_FSIZE test covers it")
        vault, saved = _new_journal(disk / "journal")
        database = vault.unlock(PASSPHRASE)
        key_before = (disk / "journal" / "journal.key").read_bytes()
        filler = _fill(disk)
        try:
            journal = JournalService(database)
            with pytest.raises(StorageError, match="disk is full") as full:
                journal.create(BIG)
            assert "not saved" in str(full.value) and "Free some space" in str(full.value)
            first = next(iter(saved))
            with pytest.raises(StorageError):
                journal.update(first, BIG)
            with pytest.raises(StorageError, match="Nothing was changed"):
                vault.change_passphrase(PASSPHRASE, "later copper meadow violin")
            assert (disk / "journal" / "journal.key").read_bytes() == key_before
            with pytest.raises(StorageError, match="backup could not be written"):
                database.backup("manual")
            assert list_backups(database.backups_folder()) == []
            assert not [p for p in (disk / "journal").rglob("*") if "partial" in p.name]
            _assert_intact(database, saved)  # everything stored reads back while still full
        finally:
            filler.unlink()
            database.close()
        database = vault.unlock(PASSPHRASE)
        try:
            _assert_intact(database, saved)
            assert JournalService(database).search("long reflection") == []  # nothing half-saved
            JournalService(database).create(EntryDraft(title="Saved once there was room"))
        finally:
            database.close()


_CAPPED_SAVE = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from journal_app.core.errors import JournalError
    from journal_app.core.models import EntryDraft
    from journal_app.services.journal import JournalService
    from journal_app.store.database import JournalDatabase

    data_dir, key_hex, journal_id, cap = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    database = JournalDatabase.open(Path(data_dir), bytes.fromhex(key_hex), journal_id)
    resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))
    result = {}
    try:
        big = EntryDraft(title="Too big", body="A long reflection. " * 60_000)
        JournalService(database).create(big)
        result["saved"] = True
    except JournalError as error:
        result = {"error": type(error).__name__, "message": str(error)}
    database.close()
    print(json.dumps(result))
    """
)


def test_a_file_size_limit_refuses_the_save_clearly_and_loses_nothing(tmp_path: Path) -> None:
    vault, saved = _new_journal(tmp_path / "journal")
    database = vault.unlock(PASSPHRASE)
    key, journal_id = database.key, database.journal_id
    database.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cap = max(p.stat().st_size for p in (tmp_path / "journal").iterdir()) + 256 * 1024
    command = [sys.executable, "-c", _CAPPED_SAVE, str(tmp_path / "journal"), key.hex()]
    done = subprocess.run(
        [*command, journal_id, str(cap)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.get("error") == "StorageError", result
    assert "nothing was saved" in result["message"].lower() or "not saved" in result["message"]
    assert "Traceback" not in done.stderr
    database = vault.unlock(PASSPHRASE)
    try:
        _assert_intact(database, saved)
        assert JournalService(database).search("long reflection") == []
    finally:
        database.close()


_ReadOnly = tuple[Path, Vault, dict[str, EntryDraft], Callable[[], None]]


@contextlib.contextmanager
def _read_only_folder(tmp_path: Path) -> Iterator[_ReadOnly]:
    """A journal in a read-only folder, and how to make it writable again."""
    with _tmpfs(tmp_path / "ro-disk", "16m") as disk:
        if disk is not None:
            vault, saved = _new_journal(disk / "journal")
            if not _mount("-o", "remount,ro", str(disk)):
                pytest.skip("could not remount the tmpfs read-only")
            try:
                yield disk / "journal", vault, saved, lambda: _remount_rw(disk)
            finally:
                _remount_rw(disk)
            return
    if os.geteuid() == 0:
        print("SKIPPED: as root without mount, chmod cannot make a folder read-only")
        pytest.skip("root without mount(8): permission bits do not stop root writing")
    vault, saved = _new_journal(tmp_path / "journal")
    folder = tmp_path / "journal"
    modes = {p: p.stat().st_mode for p in folder.iterdir()}
    for path in modes:
        path.chmod(0o400)
    folder.chmod(0o500)

    def writable() -> None:
        folder.chmod(0o700)
        for path, mode in modes.items():
            path.chmod(mode)

    try:
        yield folder, vault, saved, writable
    finally:
        writable()


def _remount_rw(disk: Path) -> None:
    _mount("-o", "remount,rw", str(disk))


def test_a_read_only_folder_is_named_plainly_not_called_damage(tmp_path: Path) -> None:
    with _read_only_folder(tmp_path) as (folder, vault, saved, make_writable):
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        for writer in (True, False):
            with pytest.raises(StorageError, match="read-only") as raised:
                vault.unlock(PASSPHRASE, writer=writer)
            message = str(raised.value)
            assert "damaged" not in message and "Restore" not in message
            assert "Nothing was changed" in message
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        make_writable()
        database = vault.unlock(PASSPHRASE)
        try:
            _assert_intact(database, saved)
        finally:
            database.close()

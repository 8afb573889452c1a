"""Encrypted backups: made with ``VACUUM INTO``, verified before they count, rotated.

A backup is the database copied under the same key, so the journal's current key file opens
it; one copy of that key file, ``journal.key``, is kept in step in the backups folder (for a
restore on a new computer). Backups no longer carry a key file of their own: one sealed with
an old passphrase would open the current journal with it. A backup only counts once both
``integrity_check`` and ``cipher_integrity_check`` pass on the copy.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from journal_app.core.errors import DamagedJournalError, JournalError, StorageError
from journal_app.core.messages import Message
from journal_app.store.files import (
    create_private_file,
    ensure_private_dir,
    fsync_dir,
)

_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.db$")
# What a backup killed part-way leaves: its unfinished copy (and SQLite's companions of it
# from the verification), or a key file copied before the copy got its final name.
_PARTIAL = re.compile(r"^\.journal-\d{8}T\d{6}\d{6}Z-[a-z-]+\.db\.partial(-wal|-shm|-journal)?$")
_KEY_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.key$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_NEWEST = 7, 4, 12, 3
#: backups whose reason starts so ("pre-restore", "pre-migration", "pre-rotation") hold the
#: journal as it was just before something replaced or re-keyed it as a whole: the only
#: copy of what it held then. Rotation never removes them; the person deletes them.
KEPT_REASON_PREFIX = "pre-"
#: the folders a restore copies a damaged journal into, byte for byte (also kept for good)
UNVERIFIED_COPY_PREFIX = "unverified-before-restore-"
#: leftovers younger than this are left alone, in case another process is still writing them
#: (only the writer makes backups, so in practice they are always a crash's leftovers)
STALE_AFTER_SECONDS = 600
#: how many SQLite steps run between two looks at whether a backup should stop: often
#: enough to stop within a few milliseconds, rarely enough to cost nothing measurable
_STEPS_BETWEEN_LOOKS = 200_000


class BackupStopped(JournalError):
    """A backup stopped part-way when asked to (to let other work go first); nothing of it
    was kept, and the next one starts afresh."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup on disk."""

    path: Path
    #: the key file that opens it: the backups folder's copy of the current one (or, for a
    #: backup made by an older version, its own)
    key_path: Path
    made_at: datetime
    reason: str
    size_bytes: int


@contextlib.contextmanager
def _stoppable(connection: Any, stop: Callable[[], bool] | None) -> Iterator[None]:
    """While inside, a statement on ``connection`` ends with SQLite's "interrupted" error
    soon after ``stop()`` turns true (SQLite asks between steps)."""
    if stop is None:
        yield
        return
    connection.set_progress_handler(lambda: 1 if stop() else 0, _STEPS_BETWEEN_LOOKS)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)


def verify_database(
    path: Path, key: bytes, stop: Callable[[], bool] | None = None
) -> list[Message]:
    """Problems found by SQLite's and SQLCipher's integrity checks (empty means healthy).

    With ``stop``, the checks end early once it returns true (:class:`BackupStopped`).
    """
    try:
        connection = sqlcipher3.connect(str(path))
    except Exception:
        return [Message("check.not_opened")]
    try:
        with _stoppable(connection, stop):
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            connection.execute("PRAGMA cipher_log_level = NONE")
            cipher = [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check")]
            if cipher:
                return [Message("check.pages_failed", count=len(cipher))]
            sqlite_rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check")]
            if sqlite_rows != ["ok"]:
                return [Message("check.structure_problems", count=len(sqlite_rows))]
            return []
    except Exception:
        if stop is not None and stop():
            raise BackupStopped("backup.stopped_before_check") from None
        # The driver's message can quote the file's contents; keep only our own words.
        return [Message("check.not_readable_with_key")]
    finally:
        connection.close()


def make_backup(
    engine: Engine,
    key: bytes,
    key_file: Path,
    folder: Path,
    reason: str,
    made_at: datetime | None = None,
    stop: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Copy the journal into ``folder``, verify the copy, and only then give it its name.

    ``made_at`` (default now; a naive time is taken as UTC) is the time its name records.
    With ``stop``, the copy and its check end early once it returns true: nothing is kept
    and :class:`BackupStopped` is raised.
    """
    if stop is not None and stop():
        raise BackupStopped("backup.stopped_before_start")
    ensure_private_dir(folder)
    remove_partial_copies(folder)
    made_at = _as_utc(made_at or datetime.now(UTC))
    stamp = made_at.strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"journal-{stamp}-{reason}.db"
    partial = folder / f".{final.name}.partial"
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        create_private_file(partial)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            with _stoppable(raw, stop):
                connection.exec_driver_sql(f"VACUUM INTO '{_sql_path(partial)}'")
        problems = verify_database(partial, key, stop)
        if problems:
            raise DamagedJournalError("backup.not_verified", problems=tuple(problems))
        _fsync_file(partial)
        _publish_key_file(key_file, folder, engine)
        # Only now does the backup get a name list_backups() counts: durable before it does.
        os.replace(partial, final)
        fsync_dir(folder)
    except OSError as exc:
        raise StorageError(
            "backup.not_written_because", folder=folder, reason=exc.strerror or exc
        ) from None
    except Exception as exc:
        if isinstance(exc, DamagedJournalError | BackupStopped):
            raise
        if stop is not None and stop():
            raise BackupStopped("backup.stopped_part_way") from None
        if _reads_as_damage(exc):
            # Copying reads every page: this is how damage shows up in the daily backup.
            raise DamagedJournalError("backup.journal_damaged") from None
        if "full" in str(exc).lower():
            raise StorageError("backup.disk_full", folder=folder) from None
        raise StorageError("backup.not_written", folder=folder) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return _info(final)


def _publish_key_file(key_file: Path, folder: Path, engine: Engine) -> None:
    """The current key file's copy in the backups folder (under the key lock, so a
    passphrase changed meanwhile cannot be undone by an older copy)."""
    from journal_app.store.key_copies import publish_key_file
    from journal_app.store.key_lock import key_file_lock

    with engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT value FROM settings WHERE key = 'journal_id'"
        ).first()
    if row is None:
        return
    with key_file_lock(key_file.parent):
        publish_key_file(key_file, folder, str(row[0]))


def _reads_as_damage(exc: BaseException) -> bool:
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message or "hmac" in message


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first. Files that are not ours are ignored."""
    if not folder.is_dir():
        return []
    found = [_info(p) for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    assert match is not None
    made_at = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    own_key = path.with_suffix(".key")  # only backups made by older versions have one
    key_path = own_key if own_key.exists() else path.parent / "journal.key"
    return BackupInfo(path, key_path, made_at, match.group(2), path.stat().st_size)


def is_kept_copy(backup: BackupInfo) -> bool:
    """Whether ``backup`` was made just before a restore, an upgrade or a key change: kept
    until the person deletes it, outside the daily/weekly/monthly set."""
    return backup.reason.startswith(KEPT_REASON_PREFIX)


def backups_to_keep(backups: Iterable[BackupInfo]) -> set[Path]:
    """Grandfather-father-son rotation: newest per day (7), per week (4), per month (12).

    Kept copies (:func:`is_kept_copy`) are always kept and take none of those places.
    """
    backups = list(backups)
    keep = {b.path for b in backups if is_kept_copy(b)}
    rotating = [b for b in backups if not is_kept_copy(b)]
    ordered = sorted(rotating, key=lambda b: b.made_at, reverse=True)
    keep.update(b.path for b in ordered[:KEEP_NEWEST])
    buckets = (
        (KEEP_DAILY, lambda d: d.strftime("%Y-%m-%d")),
        (KEEP_WEEKLY, lambda d: "{}-W{}".format(*d.isocalendar()[:2])),
        (KEEP_MONTHLY, lambda d: d.strftime("%Y-%m")),
    )
    for limit, bucket_of in buckets:
        seen: set[str] = set()
        for backup in ordered:
            bucket = bucket_of(backup.made_at)
            if bucket not in seen and len(seen) < limit:
                seen.add(bucket)
                keep.add(backup.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete backups the rotation no longer needs, and leftovers of backups that a crash
    interrupted; returns the backups removed."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            with contextlib.suppress(FileNotFoundError):
                backup.path.with_suffix(".key").unlink()  # an older version's own key file
            removed.append(backup.path)
    remove_leftovers(folder)
    return removed


def remove_partial_copies(folder: Path) -> list[Path]:
    """Remove every unfinished backup copy in ``folder`` (and SQLite's companions of it).

    Called as a backup starts. Only the journal's one writer (it holds ``journal.lock``)
    makes backups, one at a time, so an unfinished copy found then is always what an earlier
    backup left when a crash, a full disk or a stop interrupted it: waiting for it to age
    would only leave an encrypted copy of the journal lying about.
    """
    try:
        leftovers = [p for p in folder.iterdir() if _PARTIAL.match(p.name)]
    except OSError:
        return []  # the copy that follows names the folder's trouble in plain words
    removed = []
    for path in leftovers:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def protect_backups(folder: Path) -> None:
    """Owner-only permissions (POSIX) on the backups folder and on every file of ours in it:
    backups, their key files, unfinished copies and the copies a restore keeps.

    Files that are not ours (a folder the person chose may hold their own) are left alone,
    and so are symbolic links (a chmod would follow them out of the folder). A chmod that
    fails (a file owned by someone else, a read-only disk) is skipped: this never fails.
    """
    if os.name != "posix" or not folder.is_dir() or folder.is_symlink():
        return
    _chmod_quietly(folder, 0o700)
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if not path.name.startswith(("journal", ".journal", UNVERIFIED_COPY_PREFIX)):
                continue
            if path.is_symlink():
                continue
            if path.is_dir():
                if path.name.startswith(UNVERIFIED_COPY_PREFIX):
                    _chmod_quietly(path, 0o700)
                    with contextlib.suppress(OSError):
                        for inner in path.iterdir():
                            if inner.is_file() and not inner.is_symlink():
                                _chmod_quietly(inner, 0o600)
            elif path.is_file():
                _chmod_quietly(path, 0o600)


def _chmod_quietly(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def remove_leftovers(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove unfinished backup copies and key files whose backup never got its name.

    Neither ever counted as a backup (list_backups ignores them); they are what a backup
    interrupted by a crash or a full disk leaves behind.
    """
    if not folder.is_dir():
        return []
    cutoff = time.time() - older_than
    removed = []
    for path in folder.iterdir():
        orphan_key = _KEY_NAME.match(path.name) and not path.with_suffix(".db").exists()
        if not (_PARTIAL.match(path.name) or orphan_key):
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed

"""Encrypted backups: made with ``VACUUM INTO``, verified before they count, rotated.

A backup is the database copied under the same key plus a copy of the key file, so it opens
with the passphrase or recovery key of the day it was made. A backup only counts once both
``integrity_check`` and ``cipher_integrity_check`` pass on the copy.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from journal_app.core.errors import DamagedJournalError, StorageError
from journal_app.store.files import create_private_file, ensure_private_dir, make_private

_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_NEWEST = 7, 4, 12, 3


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup on disk."""

    path: Path
    key_path: Path
    made_at: datetime
    reason: str
    size_bytes: int


def verify_database(path: Path, key: bytes) -> list[str]:
    """Problems found by SQLite's and SQLCipher's integrity checks (empty means healthy)."""
    try:
        connection = sqlcipher3.connect(str(path))
    except Exception:
        return ["the file could not be opened"]
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA cipher_log_level = NONE")
        cipher = [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check")]
        if cipher:
            return [f"{len(cipher)} encrypted page(s) failed their authentication check"]
        sqlite_rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check")]
        if sqlite_rows != ["ok"]:
            return [f"the database structure check found {len(sqlite_rows)} problem(s)"]
        return []
    except Exception:
        # The driver's message can quote the file's contents; keep only our own words.
        return ["the file is not a readable journal for this key"]
    finally:
        connection.close()


def make_backup(
    engine: Engine, key: bytes, key_file: Path, folder: Path, reason: str
) -> BackupInfo:
    """Copy the journal into ``folder``, verify the copy, and only then give it its name."""
    ensure_private_dir(folder)
    made_at = datetime.now(UTC)
    stamp = made_at.strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"journal-{stamp}-{reason}.db"
    partial = folder / f".{final.name}.partial"
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        create_private_file(partial)
        with engine.connect() as connection:
            connection.exec_driver_sql(f"VACUUM INTO '{_sql_path(partial)}'")
        problems = verify_database(partial, key)
        if problems:
            raise DamagedJournalError(
                "The backup could not be verified (" + "; ".join(problems) + "). "
                "The journal itself may be damaged: run a check."
            )
        key_copy = final.with_suffix(".key")
        shutil.copyfile(key_file, key_copy)
        make_private(key_copy)
        os.replace(partial, final)
    except OSError as exc:
        raise StorageError(
            f"The backup could not be written to {folder}: {exc.strerror or exc}."
        ) from None
    except Exception as exc:
        if isinstance(exc, DamagedJournalError):
            raise
        raise StorageError(f"The backup could not be written to {folder}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return _info(final)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


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
    return BackupInfo(path, path.with_suffix(".key"), made_at, match.group(2), path.stat().st_size)


def backups_to_keep(backups: Iterable[BackupInfo]) -> set[Path]:
    """Grandfather-father-son rotation: newest per day (7), per week (4), per month (12)."""
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep = {b.path for b in ordered[:KEEP_NEWEST]}
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
    """Delete backups the rotation no longer needs; returns what was removed."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                backup.key_path.unlink()
            removed.append(backup.path)
    return removed

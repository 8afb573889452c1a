"""One writer: an OS-level lock on a file beside the database.

The operating system releases the lock when the process ends, however it ends, so a lock left
by a crash is never "stale" for long: the next start simply takes it.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from journal_app.core.errors import JournalInUseError, StorageError
from journal_app.core.messages import Message
from journal_app.store.files import FILE_MODE


class InstanceLock:
    """Held while a process may write to the journal."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`JournalInUseError` naming the other process."""
        if self._handle is not None:
            return
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StorageError(read_only_message(self._path.parent)) from None
            raise StorageError("journal.lock_file_unopenable", reason=exc.strerror) from None
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            other = handle.read().strip() or "unknown"
            handle.close()
            raise JournalInUseError("journal.in_use", process=other)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def read_only_message(folder: Path) -> Message:
    return Message("journal.folder_read_only", folder=folder)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

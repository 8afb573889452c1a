"""Owner-only files and folders, and atomic writes.

Everything the journal writes is private to the user's account on POSIX (0600 / 0700). On
Windows and macOS the data folder lives in the user's profile, which the OS already restricts.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from journal_app.core.errors import StorageError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if os.name == "posix":
            os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise StorageError("files.folder_not_created", folder=path, reason=exc.strerror) from None
    return path


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file (so SQLite's companions inherit the mode)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise StorageError("files.not_created", name=path.name, reason=exc.strerror) from None


def fsync_dir(path: Path) -> None:
    """Make a rename durable on POSIX; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old file or the new one.

    The temporary file is created beside the target (same filesystem, so ``os.replace`` is
    atomic), owner-only, flushed and fsynced before the rename.
    """
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
        fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError("files.not_saved", name=path.name, reason=exc.strerror or exc) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def make_private(path: Path) -> None:
    """Set owner-only permissions on an existing file (no-op where unsupported)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, FILE_MODE)

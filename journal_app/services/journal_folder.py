"""The journal's folder, as the desktop app needs it before any journal is open.

Light on purpose: the app imports this while the unlock dialog is on screen, before the
database layer (SQLAlchemy) loads.
"""

from __future__ import annotations

from pathlib import Path

from journal_app.core.errors import JournalInUseError, StorageError
from journal_app.store.files import write_atomic
from journal_app.store.instance_lock import InstanceLock
from journal_app.store.locations import LOCK_FILE_NAME, default_data_dir


def default_journal_folder() -> Path:
    """Where the journal lives when no folder is given (the platform's data folder)."""
    return default_data_dir()


def journal_in_use(data_dir: Path) -> bool:
    """True when another process holds the journal's lock (checked by taking it briefly)."""
    if not Path(data_dir).is_dir():
        return False
    lock = InstanceLock(Path(data_dir) / LOCK_FILE_NAME)
    try:
        lock.acquire()
    except JournalInUseError:
        return True
    except StorageError:
        return False  # e.g. a read-only folder: opening the journal explains that
    lock.release()
    return False


def save_private_file(destination: Path, data: bytes) -> None:
    """Write ``data`` to ``destination`` atomically, readable only by this user.

    Raises :class:`~journal_app.core.errors.StorageError` if the disk refuses it.
    """
    write_atomic(destination, data)

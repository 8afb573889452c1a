"""Copies of the key file outside the data folder, kept in step with the key file itself.

Backups are copies of the database under the same database key, so the journal's current key
file opens them. One copy of it, ``journal.key`` in the backups folder, makes a restore on a
new computer possible (the backups folder is often the one thing that was saved). It is
rewritten whenever the key file changes, so it never opens with a passphrase that is no
longer the journal's.

Older versions of the app put a key file beside every backup, sealed with the passphrase of
that day: with the old passphrase, any of them opened the *current* journal (same database
key). Those of this journal are removed; other journals' key files are left alone (they do
not open this journal). A journal copied "as it was" before a restore
(``unverified-before-restore-*``) gets the current key file in place of its old one.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from journal_app.core.errors import DamagedJournalError, JournalError
from journal_app.store.files import write_atomic
from journal_app.store.keyfile import parse_key_file
from journal_app.store.locations import KEY_FILE_NAME

#: the copy of the current key file in the backups folder
BACKUPS_KEY_COPY_NAME = KEY_FILE_NAME
_LEGACY_BACKUP_KEY = re.compile(r"^journal-\d{8}T\d{12}Z-[a-z-]+\.key$")
_AS_IT_WAS = "unverified-before-restore-*"


def _journal_id_of(path: Path) -> str | None:
    try:
        return parse_key_file(path.read_bytes(), path.name).journal_id
    except (OSError, DamagedJournalError):
        return None


def publish_key_file(key_file_path: Path, backups_folder: Path, journal_id: str) -> None:
    """Bring every copy of this journal's key file in ``backups_folder`` (and in the usual
    backups folder beside the journal, which holds the copies made before the backups were
    moved) in step with ``key_file_path``. Call it holding the key lock, after every change
    to the key file.

    A folder that does not exist is skipped (no backup to restore there yet; the first
    backup writes the copy). Best effort beyond the main copy: a file that cannot be
    removed is left (the next change or the next open tries again).
    """
    current = key_file_path.read_bytes()
    usual = key_file_path.parent / "backups"
    for folder in dict.fromkeys((backups_folder, usual)):
        if folder.is_dir():
            _publish_in(folder, current, journal_id)


def _publish_in(backups_folder: Path, current: bytes, journal_id: str) -> None:
    copy = backups_folder / BACKUPS_KEY_COPY_NAME
    try:
        unchanged = copy.read_bytes() == current
    except OSError:
        unchanged = False
    if not unchanged:
        write_atomic(copy, current)
    for path in backups_folder.iterdir():
        if _LEGACY_BACKUP_KEY.match(path.name) and _journal_id_of(path) == journal_id:
            with contextlib.suppress(OSError):
                path.unlink()
    for folder in backups_folder.glob(_AS_IT_WAS):
        kept = folder / KEY_FILE_NAME
        if kept.is_file() and _journal_id_of(kept) == journal_id:
            with contextlib.suppress(JournalError):
                write_atomic(kept, current)


def backups_folder_of(data_dir: Path, database_path: Path, key: bytes) -> Path:
    """The journal's backups folder, read from its settings with ``key`` (the default one
    when the setting cannot be read). Works while the app has the journal open."""
    from journal_app.store.cipher import read_setting  # sqlcipher3 only when needed

    stored = read_setting(database_path, key, "backups_folder")
    return Path(stored) if stored else data_dir / "backups"

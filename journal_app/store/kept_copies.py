"""Copies kept until the person deletes them, apart from the rotating backups.

Two kinds, both holding the journal as it was just before something replaced or re-keyed it:

* backups whose reason starts with ``pre-`` (``pre-restore``, ``pre-migration``,
  ``pre-rotation``): verified backups like any other, which rotation never removes;
* ``unverified-before-restore-<stamp>`` folders: a damaged journal copied byte for byte
  (still encrypted) before a restore replaced it.

:func:`delete_kept_copy` is the only code that removes either, and only when asked to by
name: it refuses anything else, so a mistyped name cannot delete a rotating backup or a
file of the person's own.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.errors import InvalidInputError, StorageError
from journal_app.store.backup import (
    UNVERIFIED_COPY_PREFIX,
    BackupInfo,
    is_kept_copy,
    list_backups,
)
from journal_app.store.files import fsync_dir

#: the reason given to a damaged journal's byte-for-byte copy
UNVERIFIED_REASON = "unverified-before-restore"
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class KeptCopy:
    """A copy kept until the person deletes it."""

    #: the backup file, or the folder of an unverified copy
    path: Path
    made_at: datetime
    #: "pre-restore", "pre-migration", "pre-rotation", ... or :data:`UNVERIFIED_REASON`
    reason: str
    size_bytes: int
    #: False for a damaged journal copied as it was (never checked, perhaps unreadable)
    verified: bool
    #: the backup itself, for a verified copy (None for an unverified folder)
    backup: BackupInfo | None = None

    @property
    def name(self) -> str:
        return self.path.name


def list_kept_copies(folder: Path) -> list[KeptCopy]:
    """The kept copies in ``folder``, newest first."""
    found = [
        KeptCopy(b.path, b.made_at, b.reason, b.size_bytes, True, b)
        for b in list_backups(folder)
        if is_kept_copy(b)
    ]
    found.extend(_unverified_copies(folder))
    return sorted(found, key=lambda c: c.made_at, reverse=True)


def _unverified_copies(folder: Path) -> list[KeptCopy]:
    if not folder.is_dir():
        return []
    copies = []
    for path in folder.iterdir():
        made_at = _unverified_stamp(path)
        if made_at is None:
            continue
        size = 0
        with contextlib.suppress(OSError):
            size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        copies.append(KeptCopy(path, made_at, UNVERIFIED_REASON, size, False))
    return copies


def _unverified_stamp(path: Path) -> datetime | None:
    """When an unverified copy was made, from its folder's name (``None``: not one)."""
    if not path.name.startswith(UNVERIFIED_COPY_PREFIX) or path.is_symlink():
        return None
    if not path.is_dir():
        return None
    try:
        stamp = datetime.strptime(path.name[len(UNVERIFIED_COPY_PREFIX) :], _STAMP)
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC)


def delete_kept_copy(folder: Path, name: str) -> KeptCopy:
    """Delete the kept copy called ``name`` in ``folder`` (and its companions); returns it.

    Refuses (:class:`InvalidInputError`, nothing deleted) a name that is not a kept copy in
    ``folder``: a rotating backup, a file of the person's own, a path elsewhere.
    """
    match = next((c for c in list_kept_copies(folder) if c.name == name), None)
    if match is None or Path(name).name != name:
        raise InvalidInputError("kept_copy.not_one", name=name, folder=folder)
    try:
        if match.backup is not None:
            companions = [match.path, *(Path(f"{match.path}{s}") for s in ("-wal", "-shm"))]
            # Its own key file, where backups still carry one (older backups do).
            companions.append(match.path.with_suffix(".key"))
            for path in companions:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        else:
            shutil.rmtree(match.path)
        fsync_dir(folder)
    except OSError as exc:
        raise StorageError(
            "kept_copy.not_deleted", name=name, reason=exc.strerror or exc, folder=folder
        ) from None
    return match

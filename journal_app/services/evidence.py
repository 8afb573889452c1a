"""Evidence files kept with a reflection or an appraisal, inside the encrypted journal.

Adding a file reads it once into the journal; nothing of it is kept beside the journal. To
look at one, the app writes a private copy (owner-only, in a folder of its own in the
temporary folder) for the system's viewer and removes it when the journal is locked or the
app closes: while it is open that copy is readable by anything running as the person, which
the README says. Saving a copy elsewhere is the person's own choice of place.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from journal_app.core.errors import InvalidInputError, StorageError
from journal_app.core.evidence import (
    MAX_DESCRIPTION,
    MAX_FILE_BYTES,
    MAX_FILES_PER_OWNER,
    MAX_TOTAL_BYTES,
    EvidenceFile,
    OwnerKind,
    media_type_of,
    size_in_words,
    tidy_file_name,
)
from journal_app.core.messages import Message
from journal_app.core.text import check_storable
from journal_app.store import evidence as store
from journal_app.store.database import InTransaction, JournalDatabase
from journal_app.store.files import write_atomic


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _too_big(size: int) -> InvalidInputError:
    return InvalidInputError(
        "evidence.too_big", size=size_in_words(size), limit=size_in_words(MAX_FILE_BYTES)
    )


def checked_file(file_name: str, data: bytes, description: str = "") -> tuple[str, str, str]:
    """``(file name, media type, description)`` for ``data``, or InvalidInputError saying
    why it cannot be kept (too big, not a PDF or picture, an unstorable description)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    if not data:
        raise InvalidInputError("evidence.empty")
    media_type = media_type_of(data)
    if media_type is None:
        raise InvalidInputError("evidence.not_pdf_or_picture")
    problem = check_storable(Message("field.evidence_description"), description, MAX_DESCRIPTION)
    if problem:
        raise InvalidInputError(problem)
    return tidy_file_name(file_name), media_type, " ".join(description.split())


class EvidenceFiles:
    """The evidence files of one unlocked journal."""

    def __init__(self, database: JournalDatabase, clock: Callable[[], datetime] = _now) -> None:
        self._db = database
        self._clock = clock
        self._copies: Path | None = None

    def list(
        self, owner_kind: OwnerKind | None = None, owner_ids: Sequence[str] | None = None
    ) -> list[EvidenceFile]:
        """Files of these owners (or all), oldest first."""
        with self._db.session() as session:
            return store.list_files(session, owner_kind, owner_ids)

    def add(
        self, owner_kind: OwnerKind, owner_id: str, source: Path, description: str = ""
    ) -> EvidenceFile:
        """Keep the file at ``source`` with a reflection or appraisal. The file is read once;
        the original is left where it is (the person may delete it)."""
        try:
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:  # said before reading any of it
                raise _too_big(size)
            with source.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise InvalidInputError(
                "evidence.unreadable", reason=exc.strerror or exc.__class__.__name__
            ) from None
        return self.add_bytes(owner_kind, owner_id, source.name, data, description)

    def add_bytes(
        self,
        owner_kind: OwnerKind,
        owner_id: str,
        file_name: str,
        data: bytes,
        description: str = "",
        file_id: str = "",
        added_at: datetime | None = None,
    ) -> EvidenceFile:
        """Keep ``data`` as an evidence file (an import passes its id and time)."""
        name, media_type, description = checked_file(file_name, data, description)
        with self._db.session() as session:
            owned, total = store.check_room(session, owner_kind, owner_id)
            _check_room(owned, total + len(data))
            described = EvidenceFile(
                id=file_id or str(uuid.uuid4()),
                owner_kind=owner_kind,
                owner_id=owner_id,
                file_name=name,
                media_type=media_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                added_at=added_at or self._clock(),
                description=description,
            )
            return store.insert_file(session, described, data)

    def check_room_for(self, files: Sequence[ImportedFileLike]) -> None:
        """Refuse (InvalidInputError) files that would take the journal over its total."""
        adding = sum(item.file.size for item in files)
        with self._db.session() as session:
            if adding and store.total_size(session) + adding > MAX_TOTAL_BYTES:
                raise InvalidInputError(
                    "evidence.import_over_total", limit=size_in_words(MAX_TOTAL_BYTES)
                )

    @staticmethod
    def writer(files: Sequence[ImportedFileLike]) -> InTransaction:
        """Writes already checked ``files`` as part of another change (an import's one
        transaction)."""

        return store.writer([(item.file, item.data) for item in files])

    def data(self, file_id: str) -> bytes:
        """A file's bytes (InvalidInputError if it is not in the journal)."""
        with self._db.session() as session:
            data = store.read_data(session, file_id)
        if data is None:
            raise InvalidInputError(_NO_SUCH_FILE)
        return data

    def get(self, file_id: str) -> EvidenceFile:
        with self._db.session() as session:
            found = store.get_file(session, file_id)
        if found is None:
            raise InvalidInputError(_NO_SUCH_FILE)
        return found

    def remove(self, file_id: str) -> None:
        """Take a file out of the journal (backups made before keep it until they rotate)."""
        with self._db.session() as session:
            if not store.delete_file(session, file_id):
                raise InvalidInputError(_NO_SUCH_FILE)

    def save_copy(self, file_id: str, destination: Path) -> Path:
        """Write the file to a place the person chose (owner-only, atomically)."""
        data = self.data(file_id)
        try:
            write_atomic(destination, data)
        except OSError as exc:
            raise StorageError(
                "evidence.copy_not_saved", reason=exc.strerror or exc.__class__.__name__
            ) from None
        return destination

    def open_copy(self, file_id: str) -> Path:
        """A private copy for the system's viewer: owner-only, in a folder of the app's own
        in the temporary folder, removed by :meth:`remove_copies`."""
        described = self.get(file_id)
        data = self.data(file_id)
        if self._copies is None or not self._copies.exists():
            self._copies = Path(tempfile.mkdtemp(prefix=self._copies_prefix()))  # mode 0700
        # each copy in a folder of its own, so two files of the same name never clash
        folder = Path(tempfile.mkdtemp(dir=self._copies))
        path = folder / described.file_name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        return path

    def _copies_prefix(self) -> str:
        # one journal's copies are told apart from another's (each journal has one app)
        return f"journal-evidence-{self._db.journal_id[:8]}-"

    def remove_left_over_copies(self) -> int:
        """Remove copies an earlier session of this journal left behind (the app was killed
        or the computer lost power while a file was open); returns how many folders."""
        removed = 0
        prefix = self._copies_prefix()
        try:
            found = [p for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith(prefix)]
        except OSError:
            return 0
        for folder in found:
            if folder != self._copies and folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed

    def remove_copies(self) -> None:
        """Remove every private copy made for viewing (at lock and at quit)."""
        if self._copies is not None:
            shutil.rmtree(self._copies, ignore_errors=True)
            self._copies = None

    def remove_owned_by(self, owner_kind: OwnerKind, owner_ids: Sequence[str]) -> int:
        """Remove the files of reflections purged or an appraisal removed."""
        with self._db.session() as session:
            return store.delete_owned_by(session, owner_kind, owner_ids)


def _check_room(owned: int, total: int) -> None:
    if owned >= MAX_FILES_PER_OWNER:
        raise InvalidInputError("evidence.too_many", limit=MAX_FILES_PER_OWNER)
    if total > MAX_TOTAL_BYTES:
        raise InvalidInputError("evidence.over_total", limit=size_in_words(MAX_TOTAL_BYTES))


class ImportedFileLike(Protocol):
    """An evidence file read from an import, with its bytes."""

    @property
    def file(self) -> EvidenceFile: ...

    @property
    def data(self) -> bytes: ...


_NO_SUCH_FILE = "evidence.not_found"

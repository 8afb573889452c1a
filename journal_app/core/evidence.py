"""Evidence files: certificates, handouts and letters kept with a reflection or an appraisal.

A file is stored whole inside the encrypted journal (never beside it). Only PDFs and
pictures are taken, recognised by their first bytes rather than their name, because those
are what certificates and scans are and what every appraiser can open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

#: A certificate, a scanned letter or a phone photo is 0.1-8 MB. The journal is copied whole
#: into every backup (seven are kept), so each stored megabyte costs about eight on disk:
#: 20 MB a file and 250 MB in all keep backups small enough for a laptop or a synced folder.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 250 * 1024 * 1024
MAX_FILES_PER_OWNER = 50
MAX_FILE_NAME = 120
MAX_DESCRIPTION = 300

#: the first bytes of each kind of file taken, and its media type
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
MEDIA_WORDS = {
    "application/pdf": "PDF",
    "image/png": "PNG picture",
    "image/jpeg": "JPEG picture",
    "image/gif": "GIF picture",
    "image/webp": "WebP picture",
}


class OwnerKind(StrEnum):
    """What an evidence file belongs to."""

    REFLECTION = "reflection"
    APPRAISAL = "appraisal"


@dataclass(frozen=True)
class EvidenceFile:
    """One stored file, described (its bytes are read only when needed)."""

    id: str
    owner_kind: OwnerKind
    owner_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    description: str = ""

    @property
    def kind_in_words(self) -> str:
        return MEDIA_WORDS.get(self.media_type, self.media_type)


def media_type_of(data: bytes) -> str | None:
    """The media type of ``data`` by its first bytes, or None when it is not a PDF or picture."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def size_in_words(size: int) -> str:
    """``2.4 MB``, ``310 KB``, ``12 bytes``: how big a file is, as people say it."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{round(size / 1024)} KB"
    return "1 byte" if size == 1 else f"{size} bytes"


def tidy_file_name(name: str) -> str:
    """A file name safe to show and to write anywhere: no folders, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    cleaned = " ".join(cleaned.split()).strip(". ")
    if len(cleaned) > MAX_FILE_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (
            (stem[: MAX_FILE_NAME - len(ext) - 1] + dot + ext) if dot else cleaned[:MAX_FILE_NAME]
        )
    return cleaned or "evidence"

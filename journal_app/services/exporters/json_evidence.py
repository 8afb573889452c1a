"""Evidence files in the JSON export, and read back from it.

Each file is an object with ``id``, ``owner_kind`` (``reflection`` or ``appraisal``),
``owner_id``, ``file_name``, ``media_type``, ``added_at`` (UTC), ``description``, ``sha256``
and ``data`` (the bytes, base64). Every key is always present, in this order. On import the
bytes must match their ``sha256`` and be a PDF or picture within the size limit.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from journal_app.core.evidence import (
    MAX_DESCRIPTION,
    MAX_FILE_BYTES,
    EvidenceFile,
    OwnerKind,
    media_type_of,
)
from journal_app.services.evidence import tidy_file_name
from journal_app.services.exporters import json_fields as f

EVIDENCE_KEYS = (
    "id",
    "owner_kind",
    "owner_id",
    "file_name",
    "media_type",
    "added_at",
    "description",
    "sha256",
    "data",
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_ID_HINT = "letters, digits, hyphens and underscores"


@dataclass(frozen=True)
class ImportedFile:
    """An evidence file from an import file, checked, with its bytes."""

    file: EvidenceFile
    data: bytes


def evidence_to_json(described: EvidenceFile, data: bytes) -> dict[str, Any]:
    """One evidence file as JSON-ready data, keys in the documented order."""
    return {
        "id": described.id,
        "owner_kind": described.owner_kind.value,
        "owner_id": described.owner_id,
        "file_name": described.file_name,
        "media_type": described.media_type,
        "added_at": described.added_at.replace(microsecond=0).isoformat() + "Z",
        "description": described.description,
        "sha256": described.sha256,
        "data": base64.b64encode(data).decode("ascii"),
    }


def evidence_from_json(value: object, path: str) -> ImportedFile:
    """One evidence file from an import file, checked (:class:`FieldFault` names the field)."""
    e = f.obj(value, path, EVIDENCE_KEYS)
    encoded = e["data"]
    if not isinstance(encoded, str):
        f.fail(f"{path}.data", "expected the file's bytes as base64 text")
    if len(encoded) > (MAX_FILE_BYTES + 2) // 3 * 4 + 4:
        f.fail(f"{path}.data", "the file is larger than evidence files can be (20 MB)")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        f.fail(f"{path}.data", "is not valid base64")
    digest = f.pattern(e["sha256"], f"{path}.sha256", _SHA256, "64 lowercase hex digits")
    if hashlib.sha256(data).hexdigest() != digest:
        f.fail(f"{path}.data", "does not match its sha256: the file was changed or cut short")
    media_type = media_type_of(data)
    if media_type is None or media_type != e["media_type"]:
        f.fail(f"{path}.media_type", "the bytes are not a PDF or picture of this type")
    name = f.text(e["file_name"], f"{path}.file_name", "file name", 200, required=True)
    if tidy_file_name(name) != name:
        f.fail(f"{path}.file_name", "is not a plain file name")
    described = EvidenceFile(
        id=f.pattern(e["id"], f"{path}.id", _ID, _ID_HINT),
        owner_kind=f.choice(e["owner_kind"], f"{path}.owner_kind", OwnerKind),
        owner_id=f.pattern(e["owner_id"], f"{path}.owner_id", _ID, _ID_HINT),
        file_name=name,
        media_type=media_type,
        size=len(data),
        sha256=digest,
        added_at=f.utc_time(e["added_at"], f"{path}.added_at"),
        description=f.text(e["description"], f"{path}.description", "text", MAX_DESCRIPTION),
    )
    return ImportedFile(described, data)

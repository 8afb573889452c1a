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
    tidy_file_name,
)
from journal_app.core.fields import FieldReader
from journal_app.core.messages import Message
from journal_app.core.reflection_json import ID_FORM, ID_HINT, utc_time

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
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)


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
        "added_at": utc_time(described.added_at),
        "description": described.description,
        "sha256": described.sha256,
        "data": base64.b64encode(data).decode("ascii"),
    }


def evidence_from_json(reader: FieldReader, value: object, path: str) -> ImportedFile:
    """One evidence file from an import file, checked (the reader stops at the first fault,
    naming its field)."""
    e = reader.fields(value, path, EVIDENCE_KEYS)
    encoded = e["data"]
    if not isinstance(encoded, str):
        reader.fail(f"{path}.data", Message("import.evidence.not_base64_text"))
    if len(encoded) > (MAX_FILE_BYTES + 2) // 3 * 4 + 4:
        reader.fail(f"{path}.data", Message("import.evidence.too_big"))
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        reader.fail(f"{path}.data", Message("import.evidence.bad_base64"))
    digest = reader.matching(e["sha256"], f"{path}.sha256", _SHA256, Message("import.hint.sha256"))
    if hashlib.sha256(data).hexdigest() != digest:
        reader.fail(f"{path}.data", Message("import.evidence.digest_differs"))
    media_type = media_type_of(data)
    if media_type is None or media_type != e["media_type"]:
        reader.fail(f"{path}.media_type", Message("import.evidence.wrong_type"))
    name = reader.exact_text(
        e["file_name"], f"{path}.file_name", Message("field.file_name"), 200, required=True
    )
    if tidy_file_name(name) != name:
        reader.fail(f"{path}.file_name", Message("import.evidence.not_plain_name"))
    described = EvidenceFile(
        id=reader.matching(e["id"], f"{path}.id", ID_FORM, ID_HINT),
        owner_kind=reader.choice(e["owner_kind"], f"{path}.owner_kind", OwnerKind),
        owner_id=reader.matching(e["owner_id"], f"{path}.owner_id", ID_FORM, ID_HINT),
        file_name=name,
        media_type=media_type,
        size=len(data),
        sha256=digest,
        added_at=reader.utc_time(e["added_at"], f"{path}.added_at"),
        description=reader.exact_text(
            e["description"], f"{path}.description", Message("field.text"), MAX_DESCRIPTION
        ),
    )
    return ImportedFile(described, data)

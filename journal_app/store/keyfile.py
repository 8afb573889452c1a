"""The key file beside the database: a small, versioned JSON document.

It holds the journal id, the Argon2id parameters and salt, and the database key sealed twice
(by the passphrase and by the recovery key; in format 2 through a file key, see
:mod:`journal_app.core.keywrap`). It holds nothing that helps an attacker beyond
what they must already brute-force. A SHA-256 checksum over the rest tells accidental damage
(a flipped byte on a failing disk) apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from journal_app.core.errors import DamagedJournalError, JournalError, JournalNotFoundError
from journal_app.core.keywrap import (
    DATABASE_KEY_BYTES,
    FORMAT_NAME,
    MAX_KEYS_IN_SET,
    NONCE_BYTES,
    TAG_BYTES,
    KdfParams,
    Seal,
    b64encode,
)
from journal_app.core.messages import Message
from journal_app.store.files import write_atomic

#: what this app writes; format 1 (the database key sealed directly) is still read
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

#: a key file is a few hundred bytes; anything far larger is not one (and is not parsed)
_MAX_BYTES = 64 * 1024
_SALT_BYTES = range(16, 65)


@dataclass(frozen=True)
class KeyFile:
    """Everything stored in the key file.

    Format 1: both seals hold the database key itself (``key_set`` is ``None``).
    Format 2: both seals hold the file key, and ``key_set`` holds the database keys sealed
    under it (see :mod:`journal_app.core.keywrap`).
    """

    journal_id: str
    kdf: KdfParams
    passphrase_seal: Seal
    recovery_salt: bytes
    recovery_seal: Seal
    version: int = 1
    key_set: Seal | None = None

    def with_passphrase_seal(self, kdf: KdfParams, sealed: Seal) -> KeyFile:
        return replace(self, kdf=kdf, passphrase_seal=sealed)

    def with_key_set(self, sealed: Seal) -> KeyFile:
        return replace(self, key_set=sealed)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": self.version,
            "journal_id": self.journal_id,
            "kdf": self.kdf.as_json(),
            "passphrase_seal": _seal_json(self.passphrase_seal),
            "recovery_seal": {
                "kdf": "hkdf-sha256",
                "salt": b64encode(self.recovery_salt),
                **_seal_json(self.recovery_seal),
            },
        }
        if self.key_set is not None:
            body["key_set"] = _seal_json(self.key_set)
        body["checksum"] = _checksum(body)
        return body

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def _seal_json(sealed: Seal) -> dict[str, str]:
    return {
        "alg": "aes-256-gcm",
        "nonce": b64encode(sealed.nonce),
        "ciphertext": b64encode(sealed.ciphertext),
    }


def _checksum(body: dict[str, Any]) -> str:
    content = {k: v for k, v in body.items() if k != "checksum"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write atomically: a crash leaves the old key file or the new one, never half."""
    write_atomic(path, key_file.to_bytes())


def read_key_file(path: Path) -> KeyFile:
    """Read and validate the key file, naming what is wrong in plain words."""
    return parse_key_file(read_key_file_bytes(path), path.name)


def read_key_file_bytes(path: Path) -> bytes:
    """The key file's bytes (missing: :class:`JournalNotFoundError`; unreadable: damage)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise JournalNotFoundError("keyfile.missing", name=path.name, folder=path.parent) from None
    except OSError as exc:
        raise _damaged(path.name, Message("keyfile.why.unreadable", reason=exc.strerror)) from None


def parse_key_file(raw: bytes, name: str = "journal.key") -> KeyFile:
    """Parse key file bytes; any problem at all is a :class:`DamagedJournalError`.

    Whatever the bytes are (deeply nested JSON, numbers with thousands of digits, fields of
    the wrong type or length), the answer is "damaged", never a Python error.
    """
    try:
        return _parse(raw, name)
    except JournalError:
        raise
    except Exception:  # RecursionError, TypeError, KeyError...: a shape we never write
        raise _damaged(name, Message("keyfile.why.malformed")) from None


def _parse(raw: bytes, name: str) -> KeyFile:
    if len(raw) > _MAX_BYTES:
        raise _damaged(name, Message("keyfile.why.too_large"))
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(name, Message("keyfile.why.not_readable")) from None
    if data.get("format") != FORMAT_NAME:
        raise _damaged(name, Message("keyfile.why.not_a_key_file"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _damaged(name, Message("keyfile.why.format_unreadable"))
    if version not in READABLE_VERSIONS:
        if version > FORMAT_VERSION:
            raise DamagedJournalError("keyfile.newer_format", version=version)
        raise _damaged(name, Message("keyfile.why.format_unknown"))
    if data.get("checksum") != _checksum(data):
        raise _damaged(name, Message("keyfile.why.checksum"))
    return _from_json(data, version)


def _damaged(name: str, why: Message) -> DamagedJournalError:
    return DamagedJournalError("keyfile.damaged_because", name=name, why=why)


def _b64(value: Any, sizes: range) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * (sizes.stop + 2) // 3 + 4:
        raise TypeError("expected base64 text")
    decoded = base64.b64decode(value, validate=True)
    if len(decoded) not in sizes:
        raise ValueError("wrong length")
    return decoded


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    if not 0 < value < 2**32:
        raise ValueError("out of range")
    return value


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("expected an object")
    return value


def _from_json(data: dict[str, Any], version: int) -> KeyFile:
    kdf = _object(data["kdf"])
    if kdf["name"] != "argon2id" or kdf["version"] != 19:
        raise ValueError("unknown kdf")
    params = KdfParams(
        time_cost=_int(kdf["time_cost"]),
        memory_kib=_int(kdf["memory_kib"]),
        parallelism=_int(kdf["parallelism"]),
        salt=_b64(kdf["salt"], _SALT_BYTES),
    )
    recovery = _object(data["recovery_seal"])
    if recovery["kdf"] != "hkdf-sha256":
        raise ValueError("unknown recovery kdf")
    journal_id = data["journal_id"]
    if not isinstance(journal_id, str) or not 0 < len(journal_id) <= 100:
        raise ValueError("journal id")
    # Format 1 seals the database key, format 2 the file key: both 32 bytes plus the tag.
    one_key = range(DATABASE_KEY_BYTES + TAG_BYTES, DATABASE_KEY_BYTES + TAG_BYTES + 1)
    key_set = None
    if version >= 2:
        most = MAX_KEYS_IN_SET * DATABASE_KEY_BYTES + TAG_BYTES
        key_set = _seal_from(data["key_set"], range(DATABASE_KEY_BYTES + TAG_BYTES, most + 1))
    elif "key_set" in data:
        raise ValueError("a format 1 file has no key set")
    return KeyFile(
        journal_id=journal_id,
        kdf=params,
        passphrase_seal=_seal_from(data["passphrase_seal"], one_key),
        recovery_salt=_b64(recovery["salt"], _SALT_BYTES),
        recovery_seal=_seal_from(recovery, one_key),
        version=version,
        key_set=key_set,
    )


def _seal_from(value: Any, sizes: range) -> Seal:
    data = _object(value)
    if data["alg"] != "aes-256-gcm":
        raise ValueError("unknown seal")
    return Seal(
        nonce=_b64(data["nonce"], range(NONCE_BYTES, NONCE_BYTES + 1)),
        ciphertext=_b64(data["ciphertext"], sizes),
    )

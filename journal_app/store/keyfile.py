"""The key file beside the database: a small, versioned JSON document.

It holds the journal id, the Argon2id parameters and salt, and the database key sealed twice
(by the passphrase and by the recovery key). It holds nothing that helps an attacker beyond
what they must already brute-force. A SHA-256 checksum over the rest tells accidental damage
(a flipped byte on a failing disk) apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from journal_app.core.errors import DamagedJournalError, JournalNotFoundError
from journal_app.core.keywrap import FORMAT_NAME, KdfParams, Seal, b64encode
from journal_app.store.files import write_atomic

FORMAT_VERSION = 1

_DAMAGED = "The journal's key file ({name}) is damaged: {why}. Restore the journal from a backup."


@dataclass(frozen=True)
class KeyFile:
    """Everything stored in the key file."""

    journal_id: str
    kdf: KdfParams
    passphrase_seal: Seal
    recovery_salt: bytes
    recovery_seal: Seal

    def with_passphrase_seal(self, kdf: KdfParams, sealed: Seal) -> KeyFile:
        return replace(self, kdf=kdf, passphrase_seal=sealed)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "journal_id": self.journal_id,
            "kdf": self.kdf.as_json(),
            "passphrase_seal": _seal_json(self.passphrase_seal),
            "recovery_seal": {
                "kdf": "hkdf-sha256",
                "salt": b64encode(self.recovery_salt),
                **_seal_json(self.recovery_seal),
            },
        }
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
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JournalNotFoundError(
            f"The journal's key file ({path.name}) is missing from {path.parent}. Without it "
            "the journal cannot be opened: restore the folder from a backup."
        ) from None
    except OSError as exc:
        raise DamagedJournalError(_DAMAGED.format(name=path.name, why=exc.strerror)) from None
    return parse_key_file(raw, path.name)


def parse_key_file(raw: bytes, name: str = "journal.key") -> KeyFile:
    """Parse key file bytes; any problem is a :class:`DamagedJournalError`."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (UnicodeDecodeError, ValueError):
        raise DamagedJournalError(_DAMAGED.format(name=name, why="it is not readable")) from None
    if data.get("format") != FORMAT_NAME:
        raise DamagedJournalError(_DAMAGED.format(name=name, why="it is not a journal key file"))
    if data.get("version") != FORMAT_VERSION:
        raise DamagedJournalError(
            f"The key file was written by a newer version of the app (format "
            f"{data.get('version')!r}). Update the app to open this journal."
        )
    if data.get("checksum") != _checksum(data):
        raise DamagedJournalError(_DAMAGED.format(name=name, why="its checksum does not match"))
    try:
        return _from_json(data)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise DamagedJournalError(
            _DAMAGED.format(name=name, why="a field is missing or malformed")
        ) from None


def _b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(value, validate=True)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    return value


def _from_json(data: dict[str, Any]) -> KeyFile:
    kdf = data["kdf"]
    if kdf["name"] != "argon2id" or kdf["version"] != 19:
        raise ValueError("unknown kdf")
    params = KdfParams(
        time_cost=_int(kdf["time_cost"]),
        memory_kib=_int(kdf["memory_kib"]),
        parallelism=_int(kdf["parallelism"]),
        salt=_b64(kdf["salt"]),
    )
    recovery = data["recovery_seal"]
    journal_id = data["journal_id"]
    if not isinstance(journal_id, str) or not journal_id:
        raise ValueError("journal id")
    return KeyFile(
        journal_id=journal_id,
        kdf=params,
        passphrase_seal=_seal_from(data["passphrase_seal"]),
        recovery_salt=_b64(recovery["salt"]),
        recovery_seal=_seal_from(recovery),
    )


def _seal_from(data: dict[str, Any]) -> Seal:
    if data["alg"] != "aes-256-gcm":
        raise ValueError("unknown seal")
    return Seal(nonce=_b64(data["nonce"]), ciphertext=_b64(data["ciphertext"]))

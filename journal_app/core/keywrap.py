"""Key wrapping: the database key, sealed by a passphrase and by a recovery key.

The database is encrypted with 32 random bytes that never change. That key is stored twice in
the key file, each time sealed with AES-256-GCM:

* under a key derived from the passphrase with Argon2id (slow on purpose, calibrated at
  creation, never below 64 MiB and 3 passes), and
* under a key derived from the recovery key with HKDF-SHA256 (the recovery key is already
  160 random bits, so a slow KDF adds nothing).

The associated data of each seal names the file format, the journal id, the purpose and the
KDF parameters, so a header that was edited (weaker parameters, another journal's seal) fails
to open instead of silently weakening the journal. Changing the passphrase re-seals the key;
the database itself is untouched.

Key file format 2 adds one level: the passphrase and the recovery key each seal a random
*file key*, and the file key seals the *key set*: the journal's current database key first,
then any older one that files may still be under while a key rotation is finishing. The
key set can then be rewritten (when a rotation ends) without asking for either secret, and a
rotation changes the file key too, so nothing sealed before it helps open what is sealed
after it.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.core.errors import DamagedJournalError, WrongPassphraseError

DATABASE_KEY_BYTES = 32
FILE_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
#: a key set holds the current key and, only during a rotation, the one it replaces
MAX_KEYS_IN_SET = 4
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, 8 groups of 4
FORMAT_NAME = "reflective-journal-key"

# Floors: a key file asking for less than this was tampered with or is from a broken build.
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
TARGET_SECONDS = 0.5

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Characters people confuse when copying by hand, mapped to what base32 means.
_TYPO_MAP = str.maketrans({"0": "O", "1": "I", "8": "B"})


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the key file and bound into every seal."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def check_floor(self) -> None:
        """Refuse parameters below the floor or absurdly high (a tampered header)."""
        if self.memory_kib < MIN_MEMORY_KIB or self.time_cost < MIN_TIME_COST:
            raise DamagedJournalError("keyfile.weaker_than_floor")
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.time_cost > MAX_TIME_COST
            or not 1 <= self.parallelism <= 16
            or len(self.salt) < 16
        ):
            raise DamagedJournalError("keyfile.settings_unknown")

    def as_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "version": 19,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": b64encode(self.salt),
        }


@dataclass(frozen=True)
class Seal:
    """A key sealed with AES-256-GCM."""

    nonce: bytes
    ciphertext: bytes


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same words typed on different systems give the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    """Argon2id: the slow step an attacker with a copy of the disk must repeat per guess."""
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Choose Argon2id parameters taking about ``target_seconds`` on this machine.

    Memory stays at the 64 MiB floor (councils' laptops are modest) and passes rise until
    one derivation takes about the target; the floor of 3 passes always holds.
    """
    params = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, 1, new_salt())
    started = time.perf_counter()
    derive_passphrase_key("calibration", params)
    per_pass = (time.perf_counter() - started) / MIN_TIME_COST
    passes = max(MIN_TIME_COST, min(MAX_TIME_COST, round(target_seconds / max(per_pass, 1e-4))))
    return KdfParams(passes, MIN_MEMORY_KIB, 1, new_salt())


def minimum_params() -> KdfParams:
    """The floor parameters (used by tests and the benchmark to keep runs short)."""
    return KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, 1, new_salt())


def associated_data(
    journal_id: str, purpose: str, kdf: dict[str, object], version: int = 1
) -> bytes:
    """Canonical bytes binding a seal to its journal, its purpose, its KDF settings and (from
    format 2 on) the key file's format version, so a seal cannot be moved between formats."""
    header: dict[str, object] = {
        "format": FORMAT_NAME,
        "journal_id": journal_id,
        "purpose": purpose,
        "kdf": kdf,
    }
    if version >= 2:  # format 1 files were sealed without it and must keep opening
        header["version"] = version
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


_DAMAGED_KEY_FILE = "keyfile.damaged"


def seal(wrapping_key: bytes, database_key: bytes, aad: bytes) -> Seal:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Seal(nonce, AESGCM(wrapping_key).encrypt(nonce, database_key, aad))


def _decrypt(wrapping_key: bytes, sealed: Seal, aad: bytes, error: Exception) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except InvalidTag:
        raise error from None
    except (ValueError, TypeError, OverflowError):  # a nonce or key of the wrong shape
        raise DamagedJournalError(_DAMAGED_KEY_FILE) from None


def unseal(wrapping_key: bytes, sealed: Seal, aad: bytes, error: Exception) -> bytes:
    """Open a seal, raising ``error`` (the caller's words for it) when it does not open.

    AES-GCM cannot tell a wrong secret from a sealed key whose bytes were changed: both fail
    the same authentication check, so both come out as ``error``.
    """
    key = _decrypt(wrapping_key, sealed, aad, error)
    if len(key) != DATABASE_KEY_BYTES:
        raise DamagedJournalError(_DAMAGED_KEY_FILE)
    return key


def new_file_key() -> bytes:
    return secrets.token_bytes(FILE_KEY_BYTES)


def seal_key_set(file_key: bytes, keys: tuple[bytes, ...], aad: bytes) -> Seal:
    """Seal the key set (current key first) under the file key."""
    if not 1 <= len(keys) <= MAX_KEYS_IN_SET or any(len(k) != DATABASE_KEY_BYTES for k in keys):
        raise ValueError("a key set holds one to four 32-byte keys")
    return seal(file_key, b"".join(keys), aad)


def unseal_key_set(file_key: bytes, sealed: Seal, aad: bytes) -> tuple[bytes, ...]:
    """Open the key set. The file key came out of an authenticated seal, so a key set that
    does not open with it has been damaged or edited: that is damage, not a wrong secret."""
    plain = _decrypt(file_key, sealed, aad, DamagedJournalError(_DAMAGED_KEY_FILE))
    count, rest = divmod(len(plain), DATABASE_KEY_BYTES)
    if rest or not 1 <= count <= MAX_KEYS_IN_SET:
        raise DamagedJournalError(_DAMAGED_KEY_FILE)
    return tuple(
        plain[i * DATABASE_KEY_BYTES : (i + 1) * DATABASE_KEY_BYTES] for i in range(count)
    )


def recovery_kdf(salt: bytes) -> dict[str, object]:
    """The recovery seal's KDF description (bound into its associated data)."""
    return {"name": "hkdf-sha256", "salt": b64encode(salt)}


def derive_recovery_wrapping_key(recovery_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"journal recovery key")
    return hkdf.derive(recovery_key)


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """Groups of four base32 characters, e.g. ``ABCD-EFGH-...``, easy to copy by hand."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as a person typed it: any case, spaces or dashes, 0/O and 1/I."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_TYPO_MAP)
    expected = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))
    if len(cleaned) != expected or any(ch not in _BASE32 for ch in cleaned):
        raise WrongPassphraseError("recovery_key.malformed", length=expected)
    padded = cleaned + "=" * (-len(cleaned) % 8)
    return base64.b32decode(padded)

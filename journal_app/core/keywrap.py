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
            raise DamagedJournalError(
                "The key file asks for weaker protection than this app ever uses: it may "
                "have been tampered with. Restore the journal from a backup."
            )
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.time_cost > MAX_TIME_COST
            or not 1 <= self.parallelism <= 16
            or len(self.salt) < 16
        ):
            raise DamagedJournalError(
                "The key file's settings are not ones this app writes: it is damaged. "
                "Restore the journal from a backup."
            )

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


def associated_data(journal_id: str, purpose: str, kdf: dict[str, object]) -> bytes:
    """Canonical bytes binding a seal to its journal, its purpose and its KDF settings."""
    header = {"format": FORMAT_NAME, "journal_id": journal_id, "purpose": purpose, "kdf": kdf}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(wrapping_key: bytes, database_key: bytes, aad: bytes) -> Seal:
    nonce = secrets.token_bytes(12)
    return Seal(nonce, AESGCM(wrapping_key).encrypt(nonce, database_key, aad))


def unseal(wrapping_key: bytes, sealed: Seal, aad: bytes, error: Exception) -> bytes:
    """Open a seal, raising ``error`` (the caller's words for it) when it does not open."""
    try:
        key = AESGCM(wrapping_key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except InvalidTag:
        raise error from None
    if len(key) != DATABASE_KEY_BYTES:
        raise DamagedJournalError("The key file is damaged. Restore the journal from a backup.")
    return key


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
        raise WrongPassphraseError(
            f"That is not a recovery key: it should be {expected} letters and digits "
            "in groups of four, as printed on your emergency kit."
        )
    padded = cleaned + "=" * (-len(cleaned) % 8)
    return base64.b32decode(padded)

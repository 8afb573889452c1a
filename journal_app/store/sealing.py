"""Opening and re-sealing a key file with a passphrase or a recovery key.

One place that knows both key file formats, so the vault, restore and the test harnesses
open a key file the same way:

* format 1: each seal holds the database key itself;
* format 2: each seal holds a random file key, which seals the key set (the current database
  key first, then any older one a rotation has not finished with).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from journal_app.core import keywrap
from journal_app.core.errors import WrongPassphraseError
from journal_app.store.keyfile import FORMAT_VERSION, KeyFile


@dataclass(frozen=True)
class OpenedKeys:
    """A key file opened with one of its secrets: the database keys it holds."""

    key_file: KeyFile
    #: the current database key first, then any older one (only during a rotation)
    keys: tuple[bytes, ...]
    #: format 2 only: the key that seals the key set
    file_key: bytes | None

    @property
    def current(self) -> bytes:
        return self.keys[0]

    @property
    def rotation_unfinished(self) -> bool:
        """More than one key: a key rotation was interrupted and must be finished."""
        return len(self.keys) > 1


def _passphrase_aad(key_file: KeyFile, kdf: keywrap.KdfParams) -> bytes:
    return keywrap.associated_data(
        key_file.journal_id, "passphrase", kdf.as_json(), key_file.version
    )


def _recovery_aad(journal_id: str, salt: bytes, version: int) -> bytes:
    return keywrap.associated_data(journal_id, "recovery", keywrap.recovery_kdf(salt), version)


def _key_set_aad(journal_id: str) -> bytes:
    return keywrap.associated_data(journal_id, "key-set", {}, FORMAT_VERSION)


def _opened(key_file: KeyFile, inner: bytes) -> OpenedKeys:
    if key_file.version == 1 or key_file.key_set is None:
        return OpenedKeys(key_file, (inner,), None)
    keys = keywrap.unseal_key_set(inner, key_file.key_set, _key_set_aad(key_file.journal_id))
    return OpenedKeys(key_file, keys, inner)


def open_with_passphrase(
    key_file: KeyFile, passphrase: str, error: Exception | None = None
) -> OpenedKeys:
    """The keys sealed in ``key_file``; ``error`` (default: wrong passphrase) if it does not
    open. Parameters below the floor are refused as damage before any work is done."""
    key_file.kdf.check_floor()
    wrapping = keywrap.derive_passphrase_key(passphrase, key_file.kdf)
    inner = keywrap.unseal(
        wrapping,
        key_file.passphrase_seal,
        _passphrase_aad(key_file, key_file.kdf),
        error or WrongPassphraseError(),
    )
    return _opened(key_file, inner)


def open_with_recovery_key(key_file: KeyFile, recovery_key: str, error: Exception) -> OpenedKeys:
    """The keys sealed in ``key_file``, opened with a recovery key as a person typed it."""
    return open_with_recovery(key_file, keywrap.parse_recovery_key(recovery_key), error)


def open_with_recovery(key_file: KeyFile, recovery_raw: bytes, error: Exception) -> OpenedKeys:
    """The keys sealed in ``key_file``, opened with the recovery key's raw bytes."""
    wrapping = keywrap.derive_recovery_wrapping_key(recovery_raw, key_file.recovery_salt)
    aad = _recovery_aad(key_file.journal_id, key_file.recovery_salt, key_file.version)
    inner = keywrap.unseal(wrapping, key_file.recovery_seal, aad, error)
    return _opened(key_file, inner)


def seal_new(
    journal_id: str,
    keys: tuple[bytes, ...],
    passphrase: str,
    params: keywrap.KdfParams,
    recovery_raw: bytes,
) -> OpenedKeys:
    """A format 2 key file with a fresh file key, sealing ``keys`` under both secrets."""
    file_key = keywrap.new_file_key()
    recovery_salt = keywrap.new_salt()
    recovery_wrapping = keywrap.derive_recovery_wrapping_key(recovery_raw, recovery_salt)
    draft = KeyFile(
        journal_id=journal_id,
        kdf=params,
        passphrase_seal=keywrap.Seal(b"", b""),
        recovery_salt=recovery_salt,
        recovery_seal=keywrap.seal(
            recovery_wrapping, file_key, _recovery_aad(journal_id, recovery_salt, FORMAT_VERSION)
        ),
        version=FORMAT_VERSION,
        key_set=keywrap.seal_key_set(file_key, keys, _key_set_aad(journal_id)),
    )
    opened = OpenedKeys(draft, keys, file_key)
    return OpenedKeys(reseal_passphrase(opened, passphrase, params), keys, file_key)


def reseal_passphrase(opened: OpenedKeys, passphrase: str, params: keywrap.KdfParams) -> KeyFile:
    """The same key file with its passphrase seal made afresh for ``passphrase``.

    The recovery seal is untouched (it is bound to its own salt). What the passphrase seals
    is what it sealed before: the database key (format 1) or the file key (format 2).
    """
    key_file = opened.key_file
    inner = opened.current if opened.file_key is None else opened.file_key
    wrapping = keywrap.derive_passphrase_key(passphrase, params)
    sealed = keywrap.seal(wrapping, inner, _passphrase_aad(key_file, params))
    return key_file.with_passphrase_seal(params, sealed)


def reseal_key_set(opened: OpenedKeys, keys: tuple[bytes, ...]) -> OpenedKeys:
    """The same format 2 key file holding ``keys`` instead (no secret needed)."""
    if opened.file_key is None:
        raise ValueError("a format 1 key file has no key set")
    sealed = keywrap.seal_key_set(opened.file_key, keys, _key_set_aad(opened.key_file.journal_id))
    return replace(opened, key_file=opened.key_file.with_key_set(sealed), keys=keys)

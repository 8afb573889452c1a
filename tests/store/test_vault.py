"""The vault: creating, unlocking, recovering and re-keying; damage and tampering named plainly."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalExistsError,
    JournalInUseError,
    JournalNotFoundError,
    WrongPassphraseError,
)
from journal_app.core.keywrap import calibrate as real_calibrate  # before the fixture patches it
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.keyfile import parse_key_file
from tests.conftest import PASSPHRASE, snapshot


def _new_journal(vault: Vault) -> str:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="Reflecting on a hard week"))
    created.database.close()
    return created.recovery_key


def test_database_file_is_encrypted_and_private(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    header = (data_dir / "journal.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    if os.name == "posix":
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for path in data_dir.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_unlock_with_passphrase_reads_back_entries(vault: Vault) -> None:
    _new_journal(vault)
    database = vault.unlock(PASSPHRASE)
    try:
        titles = [s.title for s in JournalService(database).list()]
    finally:
        database.close()
    assert titles == ["Reflecting on a hard week"]


def test_wrong_passphrase_changes_no_byte_and_says_wrong_passphrase(
    vault: Vault, data_dir: Path
) -> None:
    _new_journal(vault)
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphraseError) as raised:
        vault.unlock("not the passphrase at all")
    assert "wrong passphrase" in str(raised.value).lower()
    assert "corrupt" not in str(raised.value).lower()
    assert snapshot(data_dir) == before


def test_recovery_key_sets_a_new_passphrase(vault: Vault) -> None:
    recovery = _new_journal(vault)
    assert len(recovery.replace("-", "")) == 32  # 160 bits in base32
    # People copy keys by hand: lower case, spaces and 0-for-O must still work.
    typed = recovery.lower().replace("-", " ").replace("o", "0")
    vault.recover(typed, "pebble orchard violin summit").close()
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock("pebble orchard violin summit").close()
    # The recovery key keeps working after a passphrase change.
    vault.recover(recovery, "yet another teapot ribbon").close()


def test_wrong_recovery_key_changes_nothing(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    before = snapshot(data_dir)
    wrong = keywrap.format_recovery_key(keywrap.new_recovery_key())
    with pytest.raises(WrongPassphraseError):
        vault.recover(wrong, "pebble orchard violin summit")
    with pytest.raises(WrongPassphraseError):
        vault.recover("not a key", "pebble orchard violin summit")
    assert snapshot(data_dir) == before


def test_change_passphrase_rewraps_only_the_key_file(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    database_before = (data_dir / "journal.db").read_bytes()
    vault.change_passphrase(
        PASSPHRASE, "the new copper lantern orchard", "the new copper lantern orchard"
    )
    assert (data_dir / "journal.db").read_bytes() == database_before
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock("the new copper lantern orchard").close()
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_short_passphrase_refused_and_nothing_created(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(InvalidInputError, match="at least 10"):
        vault.create("short")
    assert not data_dir.exists()
    with pytest.raises(InvalidInputError, match="not the same"):
        vault.create("long enough velvet anchor harbour", "long enough velvet anchor harbouR")


def test_create_refuses_an_existing_journal(vault: Vault) -> None:
    _new_journal(vault)
    with pytest.raises(JournalExistsError):
        vault.create("another teapot galaxy ribbon")


def test_missing_journal_and_missing_key_file_are_named(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(JournalNotFoundError, match="no journal"):
        vault.unlock(PASSPHRASE)
    _new_journal(vault)
    (data_dir / "journal.key").unlink()
    with pytest.raises(JournalNotFoundError, match="key file"):
        vault.unlock(PASSPHRASE)


def _edit_key_file(data_dir: Path, change: object, *, keep_checksum_valid: bool) -> None:
    from journal_app.store import keyfile

    path = data_dir / "journal.key"
    data = json.loads(path.read_text())
    change(data)  # type: ignore[operator]
    if keep_checksum_valid:
        data["checksum"] = keyfile._checksum(data)
    path.write_text(json.dumps(data))


def test_flipped_byte_in_key_file_is_damage_not_wrong_passphrase(
    vault: Vault, data_dir: Path
) -> None:
    _new_journal(vault)
    path = data_dir / "journal.key"
    raw = bytearray(path.read_bytes())
    position = raw.index(b'"ciphertext"') + 20
    raw[position] = ord("A") if raw[position] != ord("A") else ord("B")
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedJournalError, match="damaged"):
        vault.unlock(PASSPHRASE)


def test_lowered_kdf_parameters_are_refused_as_tampering(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)

    def weaken(data: dict) -> None:  # type: ignore[type-arg]
        data["kdf"]["memory_kib"] = 1024
        data["kdf"]["time_cost"] = 1

    _edit_key_file(data_dir, weaken, keep_checksum_valid=True)
    with pytest.raises(DamagedJournalError, match="tampered"):
        vault.unlock(PASSPHRASE)


def test_raised_or_swapped_kdf_settings_fail_the_seal(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)

    def swap_salt(data: dict) -> None:  # type: ignore[type-arg]
        data["kdf"]["salt"] = keywrap.b64encode(keywrap.new_salt())

    _edit_key_file(data_dir, swap_salt, keep_checksum_valid=True)
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)


def test_another_journals_key_file_is_refused(tmp_path: Path) -> None:
    first = Vault(tmp_path / "a", kdf_params=keywrap.minimum_params)
    second = Vault(tmp_path / "b", kdf_params=keywrap.minimum_params)
    _new_journal(first)
    _new_journal(second)
    # The whole key file of another journal: its key opens nothing here.
    (tmp_path / "a" / "journal.key").write_bytes((tmp_path / "b" / "journal.key").read_bytes())
    with pytest.raises(DamagedJournalError, match=r"does not belong|different journal"):
        first.unlock(PASSPHRASE)

    # Only the sealed key swapped in: the seal is bound to the other journal's id.
    def take_seal(data: dict) -> None:  # type: ignore[type-arg]
        other = json.loads((tmp_path / "b" / "journal.key").read_text())
        data["passphrase_seal"] = other["passphrase_seal"]
        data["kdf"] = other["kdf"]

    _new_journal(Vault(tmp_path / "c", kdf_params=keywrap.minimum_params))
    _edit_key_file(tmp_path / "c", take_seal, keep_checksum_valid=True)
    with pytest.raises(WrongPassphraseError):
        Vault(tmp_path / "c").unlock(PASSPHRASE)


def test_flipped_byte_in_database_is_reported_as_damage(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    path = data_dir / "journal.db"
    raw = bytearray(path.read_bytes())
    raw[100] ^= 0x01  # inside page 1, after the salt
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedJournalError, match="damaged"):
        vault.unlock(PASSPHRASE)


def test_flipped_byte_in_a_later_page_is_found_by_the_integrity_check(
    vault: Vault, data_dir: Path
) -> None:
    created = vault.create(PASSPHRASE)
    service = JournalService(created.database)
    for number in range(40):
        service.create(EntryDraft(title=f"Reflection {number}", body="word " * 300))
    created.database.close()
    path = data_dir / "journal.db"
    raw = bytearray(path.read_bytes())
    raw[len(raw) - 2000] ^= 0x40
    path.write_bytes(bytes(raw))
    database = vault.unlock(PASSPHRASE, writer=False)
    try:
        assert database.integrity_problems()
    finally:
        database.close()


def test_key_file_format_is_versioned_json(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    data = json.loads((data_dir / "journal.key").read_text())
    assert data["format"] == "reflective-journal-key" and data["version"] == 2
    assert set(data["key_set"]) == {"alg", "nonce", "ciphertext"}
    assert data["kdf"]["name"] == "argon2id"
    assert data["kdf"]["memory_kib"] >= 64 * 1024 and data["kdf"]["time_cost"] >= 3
    key_file = parse_key_file((data_dir / "journal.key").read_bytes())
    assert key_file.journal_id == data["journal_id"]


def test_newer_key_file_version_asks_for_an_update(vault: Vault, data_dir: Path) -> None:
    _new_journal(vault)
    _edit_key_file(data_dir, lambda d: d.update(version=3), keep_checksum_valid=True)
    with pytest.raises(DamagedJournalError, match="newer version"):
        vault.unlock(PASSPHRASE)


def test_one_writer_at_a_time(vault: Vault) -> None:
    _new_journal(vault)
    first = vault.unlock(PASSPHRASE)
    try:
        with pytest.raises(JournalInUseError, match="already open"):
            vault.unlock(PASSPHRASE)
        vault.unlock(PASSPHRASE, writer=False).close()  # readers are fine
    finally:
        first.close()
    vault.unlock(PASSPHRASE).close()  # released on close


def test_calibration_respects_the_floor() -> None:
    params = real_calibrate(target_seconds=0.2)
    params.check_floor()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3
    assert len(params.salt) == 16

"""Key rotation ("someone may know my passphrase"): a new database key, passphrase and
recovery key; backups re-encrypted or deleted; an interrupted rotation finishes at the next
open; nothing left anywhere opens with the old key or the old secrets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from journal_app.core import keywrap
from journal_app.core.errors import JournalError, StorageError, WrongPassphraseError
from journal_app.core.models import EntryDraft
from journal_app.services import key_rotation
from journal_app.services.device_keys import SystemKeyring
from journal_app.services.journal import JournalService
from journal_app.services.key_rotation import rotate_key
from journal_app.services.vault import Vault
from journal_app.store import migrate, rekey, sealing
from journal_app.store.backup import list_backups
from journal_app.store.keyfile import read_key_file
from tests.conftest import PASSPHRASE, MemoryKeyring, snapshot

OLD = PASSPHRASE
NEW = "a passphrase nobody else knows"


def _journal(tmp_path: Path, keyring: MemoryKeyring | None = None) -> tuple[Vault, str, bytes]:
    """A journal with three reflections and two backups; returns vault, recovery key, key."""
    devices = None if keyring is None else SystemKeyring(keyring, also_secure=[MemoryKeyring])
    vault = Vault(tmp_path / "journal", device_keys=devices, kdf_params=keywrap.minimum_params)
    created = vault.create(OLD)
    journal = JournalService(created.database)
    for title, body in (
        ("Supervision with a new team", "We talked about curiosity and drift."),
        ("A hard home visit", "Safety planning with the family."),
        ("Group reflection", "Hypothesis testing in practice."),
    ):
        journal.create(EntryDraft(title=title, body=body))
    created.database.backup("manual")
    created.database.backup("daily")
    if keyring is not None:
        vault.remember_on_device(created.database)
    key = created.database.key
    created.database.close()
    return vault, created.recovery_key, key


def _database_files(vault: Vault) -> list[Path]:
    folders = (vault.data_dir, vault.data_dir / "backups")
    return [p for f in folders for p in sorted(f.glob("*.db")) if p.is_file()]


def test_rotation_gives_new_keys_and_keeps_every_reflection(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    vault, old_recovery, old_key = _journal(tmp_path, keyring)
    database = vault.unlock(OLD)
    revision = migrate.current_revision(database.engine)
    stages: list[tuple[float, str]] = []
    try:
        result = rotate_key(
            vault, database, OLD, NEW, NEW, progress=lambda f, s: stages.append((f, s))
        )
        # Still open and usable, under the new key: search (FTS5) included.
        assert database.key != old_key
        journal = JournalService(database)
        assert [h.entry.title for h in journal.search("drift")] == ["Supervision with a new team"]
        journal.create(EntryDraft(title="After the rotation", body="New words."))
        assert migrate.current_revision(database.engine) == revision
        new_key = database.key
    finally:
        database.close()
    assert stages[0][0] == 0.0 and stages[-1] == (1.0, key_rotation.STAGE_DONE)
    assert [f for f, _ in stages] == sorted(f for f, _ in stages)
    assert result.backups_reencrypted == 3  # two backups and the pre-rotation one
    assert result.backups_failed == 0
    reasons = sorted(b.reason for b in list_backups(vault.data_dir / "backups"))
    assert reasons == ["daily", "manual", "pre-rotation"]

    with pytest.raises(WrongPassphraseError):
        vault.unlock(OLD)
    with pytest.raises(WrongPassphraseError):
        vault.recover(old_recovery, "third lantern quietly orbits")
    reopened = vault.unlock(NEW)
    try:
        assert len(JournalService(reopened).list()) == 4
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
    vault.recover(result.recovery_key, "third lantern quietly orbits").close()

    opened = sealing.open_with_passphrase(
        read_key_file(vault.key_file_path), "third lantern quietly orbits"
    )
    assert opened.keys == (new_key,)
    for path in _database_files(vault):
        assert not rekey.is_under(path, old_key), path
        assert rekey.opens_as(path, new_key, opened.key_file.journal_id), path
    # The key this device remembered was the old one: it now remembers the new one.
    assert (
        SystemKeyring(keyring, also_secure=[MemoryKeyring]).load(opened.key_file.journal_id)
        == new_key
    )


def test_rotation_can_delete_the_old_backups_instead(tmp_path: Path) -> None:
    vault, _recovery, old_key = _journal(tmp_path)
    database = vault.unlock(OLD)
    try:
        result = rotate_key(vault, database, OLD, NEW, delete_backups=True)
    finally:
        database.close()
    assert result.backups_deleted == 3 and result.backups_reencrypted == 0
    assert list_backups(vault.data_dir / "backups") == []
    assert not any(rekey.is_under(p, old_key) for p in _database_files(vault))
    vault.unlock(NEW).close()


def test_a_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    vault, _recovery, _key = _journal(tmp_path)
    database = vault.unlock(OLD)
    try:
        before = {k: v for k, v in snapshot(vault.data_dir).items() if "journal.db" not in k}
        with pytest.raises(WrongPassphraseError):
            rotate_key(vault, database, "not the passphrase at all", NEW)
        after = {k: v for k, v in snapshot(vault.data_dir).items() if "journal.db" not in k}
        assert after == before
    finally:
        database.close()
    vault.unlock(OLD).close()


class _Stop(BaseException):
    """As abrupt as it gets inside Python (not caught by ``except Exception``)."""


def test_a_rotation_stopped_part_way_finishes_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _recovery, old_key = _journal(tmp_path)
    real_rekey_copy = rekey.rekey_copy
    calls = 0

    def stops_at_the_first_backup(path: Path, old: bytes, new: bytes, journal_id: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # the journal itself is done; the backups are not
            raise _Stop
        real_rekey_copy(path, old, new, journal_id)

    monkeypatch.setattr(rekey, "rekey_copy", stops_at_the_first_backup)
    database = vault.unlock(OLD)
    try:
        with pytest.raises(_Stop):
            rotate_key(vault, database, OLD, NEW)
    finally:
        database.close()
    monkeypatch.undo()
    key_file = read_key_file(vault.key_file_path)
    assert len(sealing.open_with_passphrase(key_file, NEW).keys) == 2
    assert any(rekey.is_under(p, old_key) for p in _database_files(vault))
    with pytest.raises(WrongPassphraseError):
        vault.unlock(OLD)

    reader = vault.unlock(NEW, writer=False)  # a reader opens, and leaves it to the writer
    reader.close()
    database = vault.unlock(NEW)  # the writer finishes the rotation
    try:
        assert len(JournalService(database).list()) == 3
        new_key = database.key
    finally:
        database.close()
    opened = sealing.open_with_passphrase(read_key_file(vault.key_file_path), NEW)
    assert opened.keys == (new_key,)
    assert not any(rekey.is_under(p, old_key) for p in _database_files(vault))


def test_a_rotation_stopped_before_the_new_key_file_leaves_the_old_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _recovery, _key = _journal(tmp_path)

    def stops(*_args: object, **_kwargs: object) -> object:
        raise _Stop

    monkeypatch.setattr(key_rotation.sealing, "seal_new", stops)
    database = vault.unlock(OLD)
    try:
        with pytest.raises(_Stop):
            rotate_key(vault, database, OLD, NEW)
    finally:
        database.close()
    monkeypatch.undo()
    vault.unlock(OLD).close()
    with pytest.raises(JournalError):
        vault.unlock(NEW)
    assert json.loads(vault.key_file_path.read_text())["version"] == 2


def test_a_rotation_that_fails_after_the_new_passphrase_says_which_passphrase_to_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _recovery, _key = _journal(tmp_path)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("storage.disk_full")

    monkeypatch.setattr(rekey, "snapshot_live", disk_full)
    database = vault.unlock(OLD)
    try:
        with pytest.raises(StorageError, match="new passphrase is already set"):
            rotate_key(vault, database, OLD, NEW)
    finally:
        database.close()
    monkeypatch.undo()
    vault.unlock(NEW).close()  # and this open finished the rotation
    opened = sealing.open_with_passphrase(read_key_file(vault.key_file_path), NEW)
    assert len(opened.keys) == 1


def test_a_journal_copied_as_it_was_before_a_restore_is_re_encrypted_too(
    tmp_path: Path,
) -> None:
    vault, _recovery, old_key = _journal(tmp_path)
    as_it_was = vault.data_dir / "backups" / "unverified-before-restore-20260101T090000000000"
    as_it_was.mkdir()
    database = vault.unlock(OLD)
    JournalService(database).create(EntryDraft(title="Only in the write-ahead log"))
    for name in ("journal.db", "journal.db-wal"):  # as the restore copies them, log and all
        shutil.copyfile(vault.data_dir / name, as_it_was / name)
    assert (as_it_was / "journal.db-wal").stat().st_size > 0
    try:
        result = rotate_key(vault, database, OLD, NEW)
        new_key, journal_id = database.key, database.journal_id
    finally:
        database.close()
    assert result.backups_reencrypted == 4 and result.backups_failed == 0
    assert rekey.opens_as(as_it_was / "journal.db", new_key, journal_id)
    assert not rekey.is_under(as_it_was / "journal.db", old_key)
    assert not (as_it_was / "journal.db-wal").exists()
    copy = Vault(as_it_was, kdf_params=keywrap.minimum_params)
    shutil.copyfile(vault.key_file_path, as_it_was / "journal.key")
    opened = copy.unlock(NEW, writer=False)
    try:
        titles = [s.title for s in JournalService(opened).list()]
    finally:
        opened.close()
    assert "Only in the write-ahead log" in titles

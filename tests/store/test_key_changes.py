"""Changing the passphrase or the recovery key locks out whoever knew the old one, two changes
at once never both "succeed", and a malformed key file is always named as damage."""

from __future__ import annotations

import base64
import json
import multiprocessing
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    JournalError,
    JournalInUseError,
    WrongPassphraseError,
)
from journal_app.core.models import EntryDraft
from journal_app.services import restore as restore_module
from journal_app.services import vault as vault_module
from journal_app.services.backups import BackupService
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store import keyfile
from journal_app.store.keyfile import KeyFile, parse_key_file
from tests.conftest import PASSPHRASE

OLD = PASSPHRASE
NEW = "a passphrase for after the review"
THIRD = "yet another passphrase to try"


def _vault(folder: Path) -> Vault:
    return Vault(folder, kdf_params=keywrap.minimum_params)


def _titles(vault: Vault, passphrase: str) -> list[str]:
    database = vault.unlock(passphrase, writer=False)
    try:
        return sorted(s.title for s in JournalService(database).list())
    finally:
        database.close()


def _every_key_file(*folders: Path) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.rglob("*.key") if p.is_file()]
    return sorted(found)


def _opens_with(
    key_file: Path, database: Path, passphrase: str, where: Path, recovery: str | None = None
) -> bool:
    """Copy ``database`` with ``key_file`` (as journal.key) into ``where``: does it open?"""
    where.mkdir(parents=True)
    shutil.copyfile(database, where / "journal.db")
    shutil.copyfile(key_file, where / "journal.key")
    try:
        if recovery is not None:
            _vault(where).recover(recovery, THIRD).close()
        else:
            _vault(where).unlock(passphrase, writer=False).close()
    except JournalError:
        return False
    return True


def _add(vault: Vault, passphrase: str, title: str) -> None:
    database = vault.unlock(passphrase)
    try:
        JournalService(database).create(EntryDraft(title=title, body="Fictional words."))
    finally:
        database.close()


# -- the review's repro ----------------------------------------------------------------------


def test_after_passwd_no_key_file_anywhere_opens_the_journal_with_the_old_passphrase(
    tmp_path: Path,
) -> None:
    """init with the old passphrase, backup, passwd, add an entry; then every *.key file
    under the data and backups folders, copied with the live journal.db into a new folder
    as journal.key: the old passphrase opens none of them."""
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    JournalService(created.database).create(EntryDraft(title="Before the change"))
    created.database.backup("manual")
    created.database.close()
    vault.change_passphrase(OLD, NEW)
    _add(vault, NEW, "Written after the change")

    key_files = _every_key_file(data, data / "backups")
    assert key_files, "there are key files to try"
    for number, key_file in enumerate(key_files):
        tried = tmp_path / f"attempt-{number}"
        assert not _opens_with(key_file, data / "journal.db", OLD, tried), key_file
    # The copy kept in the backups folder is the current key file: a restore on a new
    # computer still works, with the new passphrase.
    assert (data / "backups" / "journal.key").read_bytes() == (data / "journal.key").read_bytes()
    assert _opens_with(data / "backups" / "journal.key", data / "journal.db", NEW, tmp_path / "n")


def test_an_older_versions_key_files_beside_backups_are_removed_at_passwd_and_at_open(
    tmp_path: Path,
) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    backup = created.database.backup("manual")
    created.database.close()
    # What older versions left: this journal's key file beside its backup, and one of
    # another journal (which opens nothing here and is not ours to delete).
    legacy = backup.path.with_suffix(".key")
    shutil.copyfile(data / "journal.key", legacy)
    other = _vault(tmp_path / "other")
    other.create(OLD).database.close()
    foreign = data / "backups" / "journal-20250101T090000000000Z-daily.key"
    shutil.copyfile(tmp_path / "other" / "journal.key", foreign)
    # A journal copied "as it was" before a restore, with its key file.
    as_it_was = data / "backups" / "unverified-before-restore-20250101T090000000000"
    as_it_was.mkdir()
    shutil.copyfile(data / "journal.key", as_it_was / "journal.key")

    vault.change_passphrase(OLD, NEW)
    assert not legacy.exists()
    assert foreign.exists()
    assert (as_it_was / "journal.key").read_bytes() == (data / "journal.key").read_bytes()

    shutil.copyfile(data / "journal.key", legacy)  # an older version made another backup
    vault.unlock(NEW).close()  # a writer open tidies them too
    assert not legacy.exists() and foreign.exists()


def test_restoring_a_backup_of_the_same_journal_sets_no_copy_of_the_key_file_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    backup = created.database.backup("manual")
    created.database.close()
    seen: list[str] = []
    real_put_in_place = restore_module._put_in_place

    def look_then_put(staged: Path, data_dir: Path, chosen: Any) -> None:
        seen.extend(p.name for p in data_dir.iterdir())  # what a kill here would leave
        real_put_in_place(staged, data_dir, chosen)

    monkeypatch.setattr(restore_module, "_put_in_place", look_then_put)
    BackupService().restore(vault, backup.path, passphrase=OLD).database.close()
    assert ".restore-journal.db" in seen
    assert ".restore-journal.key" not in seen


def test_backups_open_with_the_current_key_file_after_passwd(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    JournalService(created.database).create(EntryDraft(title="In the backup"))
    backup = created.database.backup("manual")
    created.database.close()
    vault.change_passphrase(OLD, NEW)
    assert not backup.path.with_suffix(".key").exists()
    assert _opens_with(data / "journal.key", backup.path, NEW, tmp_path / "a")
    assert not _opens_with(data / "journal.key", backup.path, OLD, tmp_path / "b")


# -- two changes at once -------------------------------------------------------------------


def _change_in_child(
    folder: str, new: str, barrier: Any, results: Any
) -> None:  # pragma: no cover - runs in a child process
    def params_after_both_have_read() -> keywrap.KdfParams:
        barrier.wait(timeout=60)  # both have read the key file and checked the passphrase
        return keywrap.minimum_params()

    vault = Vault(Path(folder), kdf_params=params_after_both_have_read)
    try:
        vault.change_passphrase(OLD, new)
        results.put((new, "changed", ""))
    except JournalError as error:
        results.put((new, type(error).__name__, str(error)))


def test_two_passphrase_changes_at_once_one_wins_and_the_other_is_told(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    _vault(data).create(OLD).database.close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    children = [
        context.Process(target=_change_in_child, args=(str(data), new, barrier, results))
        for new in (NEW, THIRD)
    ]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=60)
    winners = [o for o in outcomes if o[1] == "changed"]
    losers = [o for o in outcomes if o[1] != "changed"]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0][1] == JournalInUseError.__name__ and losers[0][2] == str(
        vault_module.LOST_RACE
    )
    winner, loser = winners[0][0], losers[0][0]
    vault = _vault(data)
    vault.unlock(winner, writer=False).close()
    for passphrase in (OLD, loser):
        with pytest.raises(WrongPassphraseError):
            vault.unlock(passphrase, writer=False)


def test_a_change_made_meanwhile_is_never_overwritten(tmp_path: Path) -> None:
    """In one process: the key file changes between reading it and writing it."""
    data = tmp_path / "journal"
    _vault(data).create(OLD).database.close()

    def change_meanwhile() -> keywrap.KdfParams:
        _vault(data).change_passphrase(OLD, THIRD)
        return keywrap.minimum_params()

    with pytest.raises(JournalInUseError, match="yours was not set"):
        Vault(data, kdf_params=change_meanwhile).change_passphrase(OLD, NEW)
    _vault(data).unlock(THIRD, writer=False).close()


# -- a new recovery key ----------------------------------------------------------------------


def test_a_new_recovery_key_replaces_the_old_one_everywhere(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    created.database.backup("manual")
    created.database.close()
    old_recovery = created.recovery_key
    new_recovery = vault.new_recovery_key(OLD)
    assert new_recovery != old_recovery
    assert len(new_recovery.replace("-", "")) == 32
    with pytest.raises(WrongPassphraseError):
        vault.new_recovery_key("not the passphrase at all")
    for number, key_file in enumerate(_every_key_file(data, data / "backups")):
        where = tmp_path / f"old-{number}"
        assert not _opens_with(key_file, data / "journal.db", "", where, old_recovery), key_file
    assert _titles(vault, OLD) == []  # the passphrase is unchanged
    vault.recover(new_recovery, NEW).close()
    assert _titles(vault, NEW) == []


# -- format 1 key files keep working ------------------------------------------------------


def _as_format_1(data: Path, passphrase: str, recovery: str) -> None:
    """Rewrite the key file as the previous version of the app wrote it."""
    opened = _vault(data).unlock(passphrase, writer=False)
    key, journal_id = opened.key, opened.journal_id
    opened.close()
    params = keywrap.minimum_params()
    wrapping = keywrap.derive_passphrase_key(passphrase, params)
    salt = keywrap.new_salt()
    old_style = KeyFile(
        journal_id=journal_id,
        kdf=params,
        passphrase_seal=keywrap.seal(
            wrapping, key, keywrap.associated_data(journal_id, "passphrase", params.as_json())
        ),
        recovery_salt=salt,
        recovery_seal=keywrap.seal(
            keywrap.derive_recovery_wrapping_key(keywrap.parse_recovery_key(recovery), salt),
            key,
            keywrap.associated_data(journal_id, "recovery", keywrap.recovery_kdf(salt)),
        ),
    )
    keyfile.write_key_file(data / "journal.key", old_style)


def test_a_format_1_key_file_opens_changes_and_recovers(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    created = vault.create(OLD)
    created.database.close()
    _as_format_1(data, OLD, created.recovery_key)
    assert json.loads((data / "journal.key").read_text())["version"] == 1
    _add(vault, OLD, "Kept across formats")
    vault.change_passphrase(OLD, NEW)
    assert json.loads((data / "journal.key").read_text())["version"] == 1
    vault.recover(created.recovery_key, THIRD).close()
    # A new recovery key needs both secrets sealed afresh: the file becomes format 2.
    vault.new_recovery_key(THIRD)
    assert json.loads((data / "journal.key").read_text())["version"] == 2
    assert _titles(vault, THIRD) == ["Kept across formats"]


# -- malformed key files -------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _edit(data: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> bytes:
    change(data)
    data["checksum"] = keyfile._checksum(data)
    return json.dumps(data).encode("utf-8")


_SHAPES: dict[str, Callable[[dict[str, Any]], None]] = {
    "nonce of 11 bytes": lambda d: d["passphrase_seal"].update(nonce=_b64(b"n" * 11)),
    "nonce of 64 bytes": lambda d: d["recovery_seal"].update(nonce=_b64(b"n" * 64)),
    "salt of 4 bytes": lambda d: d["kdf"].update(salt=_b64(b"salt")),
    "sealed key too short": lambda d: d["passphrase_seal"].update(ciphertext=_b64(b"c" * 20)),
    "key set too long": lambda d: d["key_set"].update(ciphertext=_b64(b"c" * 400)),
    "key set missing": lambda d: d.pop("key_set"),
    "kdf is a list": lambda d: d.update(kdf=[1, 2, 3]),
    "seal is text": lambda d: d.update(passphrase_seal="sealed"),
    "recovery seal is null": lambda d: d.update(recovery_seal=None),
    "journal id is a number": lambda d: d.update(journal_id=42),
    "huge time cost": lambda d: d["kdf"].update(time_cost=10**4000),
    "huge memory": lambda d: d["kdf"].update(memory_kib=2**70),
    "float parallelism": lambda d: d["kdf"].update(parallelism=1.5),
    "version as text": lambda d: d.update(version="2"),
    "version as true": lambda d: d.update(version=True),
    "version zero": lambda d: d.update(version=0),
    "nonce not base64": lambda d: d["passphrase_seal"].update(nonce="%%%%"),
    "nonce a nested list": lambda d: d["passphrase_seal"].update(nonce=[[[[]]]]),
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_every_malformed_key_file_is_damage(tmp_path: Path, shape: str) -> None:
    data = tmp_path / "journal"
    vault = _vault(data)
    vault.create(OLD).database.close()
    path = data / "journal.key"
    path.write_bytes(_edit(json.loads(path.read_text()), _SHAPES[shape]))
    with pytest.raises(DamagedJournalError):
        vault.unlock(OLD)
    with pytest.raises(DamagedJournalError):
        vault.change_passphrase(OLD, NEW)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 200_000 + b"]" * 200_000,
        b'{"format": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
        b'{"version": 1' + b"0" * 5000 + b"}",
        b"{" + b" " * 100_000 + b"}",
        b"\xff\xfe not text",
    ],
    ids=["deep list", "deep field", "number of 5000 digits", "far too large", "not utf-8"],
)
def test_unreadable_key_file_bytes_are_damage(raw: bytes) -> None:
    with pytest.raises(DamagedJournalError):
        parse_key_file(raw)


def test_a_flipped_seal_reads_as_a_wrong_passphrase_that_mentions_damage(
    tmp_path: Path,
) -> None:
    """AES-GCM cannot tell a changed seal from a wrong passphrase; the words say both."""
    data = tmp_path / "journal"
    vault = _vault(data)
    vault.create(OLD).database.close()
    path = data / "journal.key"

    def flip(d: dict[str, Any]) -> None:
        sealed = bytearray(base64.b64decode(d["passphrase_seal"]["ciphertext"]))
        sealed[3] ^= 0x01
        d["passphrase_seal"]["ciphertext"] = _b64(bytes(sealed))

    path.write_bytes(_edit(json.loads(path.read_text()), flip))
    with pytest.raises(WrongPassphraseError) as raised:
        vault.unlock(OLD)
    message = str(raised.value)
    assert message.startswith("Wrong passphrase.") and "key file may be damaged" in message


# -- the key lock ----------------------------------------------------------------------------


def _passwd_while_locked(folder: str, results: Any) -> None:  # pragma: no cover - a child
    from journal_app.store import key_lock

    key_lock.DEFAULT_WAIT_SECONDS = 0.5
    try:
        _vault(Path(folder)).change_passphrase(OLD, NEW)
        results.put("changed")
    except JournalError as error:
        results.put(str(error))


def test_a_change_waits_for_the_key_lock_and_then_says_the_keys_are_busy(
    tmp_path: Path,
) -> None:
    """While a rotation holds the key lock, a passphrase change elsewhere is refused."""
    from journal_app.store.key_lock import BUSY_MESSAGE, key_file_lock

    data = tmp_path / "journal"
    _vault(data).create(OLD).database.close()
    before = (data / "journal.key").read_bytes()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    with key_file_lock(data), key_file_lock(data):  # re-entrant on this thread
        child = context.Process(target=_passwd_while_locked, args=(str(data), results))
        child.start()
        said = results.get(timeout=120)
        child.join(timeout=60)
    assert said == str(BUSY_MESSAGE)
    assert (data / "journal.key").read_bytes() == before
    _vault(data).change_passphrase(OLD, NEW)  # free again once released


def test_after_the_backups_folder_moved_the_old_usual_folder_is_kept_in_step(
    tmp_path: Path,
) -> None:
    data, elsewhere = tmp_path / "journal", tmp_path / "usb-drive" / "journal backups"
    vault = _vault(data)
    created = vault.create(OLD)
    created.database.backup("manual")  # in the usual folder, with its journal.key copy
    created.database.set_setting("backups_folder", str(elsewhere))
    created.database.backup("manual")
    created.database.close()
    vault.change_passphrase(OLD, NEW)
    key_files = _every_key_file(data, elsewhere)
    assert {p.parent for p in key_files} == {data, data / "backups", elsewhere}
    for number, key_file in enumerate(key_files):
        assert not _opens_with(key_file, data / "journal.db", OLD, tmp_path / f"t{number}")

"""Remember on this device: the key in a secure keyring, never in a plaintext one."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail, null

from journal_app.core.errors import KeyringUnavailableError
from journal_app.core.models import EntryDraft
from journal_app.services.device_keys import SERVICE_NAME, SystemKeyring
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE, MemoryKeyring


def _plaintext_backend() -> object:
    """Stands for keyrings.alt's file backend, which must not be a dependency."""
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    return cls()


class _Chain(MemoryKeyring):
    """Shaped like keyring's ChainerBackend: acceptable only if every member is."""

    def __init__(self, backends: list[object]) -> None:
        super().__init__()
        self.backends = backends


def test_remember_and_open_without_passphrase(vault: Vault, memory_keyring: MemoryKeyring) -> None:
    created = vault.create(PASSPHRASE)
    JournalService(created.database).create(EntryDraft(title="Remembered"))
    assert not vault.is_remembered()  # off by default
    vault.remember_on_device(created.database)
    created.database.close()
    stored = list(memory_keyring.items)
    assert stored and stored[0][0] == SERVICE_NAME
    assert vault.is_remembered()
    database = vault.unlock_from_device()
    assert database is not None
    assert JournalService(database).list()[0].title == "Remembered"
    database.close()
    vault.forget_on_device()
    assert vault.unlock_from_device() is None
    assert memory_keyring.items == {}


def test_a_stale_remembered_key_is_forgotten(vault: Vault, memory_keyring: MemoryKeyring) -> None:
    created = vault.create(PASSPHRASE)
    vault.remember_on_device(created.database)
    created.database.close()
    key = next(iter(memory_keyring.items))
    memory_keyring.items[key] = "00" * 32
    assert vault.unlock_from_device() is None
    assert memory_keyring.items == {}
    vault.unlock(PASSPHRASE).close()  # the passphrase still works


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "No secure keyring"),
        (null.Keyring(), "No secure keyring"),
        (_plaintext_backend(), "plain file"),
        (_Chain([MemoryKeyring(), _plaintext_backend()]), "plain file"),
        (_Chain([]), "No secure keyring"),
    ],
)
def test_insecure_backends_are_refused(tmp_path: Path, backend: object, reason: str) -> None:
    store = SystemKeyring(backend)
    status = store.status()
    assert not status.available
    assert reason in status.reason
    vault = Vault(tmp_path / "j", device_keys=store)
    created = vault.create(PASSPHRASE)
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_device(created.database)
    created.database.close()
    assert vault.unlock_from_device() is None
    vault.unlock(PASSPHRASE).close()  # the passphrase always works


def test_a_locked_keyring_says_so() -> None:
    from keyring.errors import KeyringLocked

    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("locked")

    status = SystemKeyring(Locked()).status()
    assert not status.available and "locked" in status.reason

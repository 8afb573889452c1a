"""Remember on this device: the key in a secure keyring, never in a plaintext one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends import SecretService, chainer, fail, kwallet, null

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


def _chain(monkeypatch: pytest.MonkeyPatch, members: list[object]) -> object:
    """keyring's own ChainerBackend, its members fixed (it normally finds every viable one)."""
    monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
    return chainer.ChainerBackend()


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
        ([MemoryKeyring(), _plaintext_backend()], "plain file"),  # a chain
        ([], "No secure keyring"),  # a chain with nothing in it
    ],
)
def test_insecure_backends_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: object, reason: str
) -> None:
    if isinstance(backend, list):
        backend = _chain(monkeypatch, backend)
    # Even with the test double vouched for, its plaintext subclass is refused.
    store = SystemKeyring(backend, also_secure=[MemoryKeyring])
    status = store.status()
    assert not status.available
    assert reason in str(status.reason)
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

    status = SystemKeyring(Locked(), also_secure=[Locked]).status()
    assert not status.available and "locked" in str(status.reason)


def test_only_the_exact_secure_classes_are_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The allow-list is by class, not by name or family: look-alikes and subclasses fail."""
    from journal_app.services.device_keys import refusal_reason

    assert refusal_reason(SecretService.Keyring()) is None
    assert refusal_reason(kwallet.DBusKeyring()) is None

    class Subclass(SecretService.Keyring):  # e.g. one that also writes to a file
        priority = -1  # never chosen by keyring itself in this test process

    look_alike = type(
        "Keyring", (MemoryKeyring,), {"__module__": "keyring.backends.SecretService"}
    )
    for backend in (Subclass(), look_alike()):
        assert "not one of the secure keyrings" in str(refusal_reason(backend))
    # The chainer: trusted when every member is, refused when one is not.
    assert refusal_reason(_chain(monkeypatch, [SecretService.Keyring()])) is None
    mixed = _chain(monkeypatch, [SecretService.Keyring(), Subclass()])
    assert "Subclass" in str(refusal_reason(mixed))
    # The test double counts only where a test vouches for it, and only as exactly that class.
    assert "(tests.conftest.MemoryKeyring)" in str(refusal_reason(MemoryKeyring()))
    assert refusal_reason(MemoryKeyring(), [MemoryKeyring]) is None
    assert refusal_reason(_plaintext_backend(), [MemoryKeyring]) is not None


_PLAINTEXT_MODULE = """
import json, os
from keyring.backend import KeyringBackend
from keyring.backends import SecretService

STORE = os.environ["PLAINTEXT_STORE"]


class FileStore:
    def get_password(self, service, username):
        if not os.path.exists(STORE):
            return None
        with open(STORE) as f:
            return json.load(f).get(service + "/" + username)

    def set_password(self, service, username, password):
        with open(STORE, "w") as f:
            json.dump({service + "/" + username: password}, f)

    def delete_password(self, service, username):
        pass


class PlaintextKeyring(FileStore, KeyringBackend):
    priority = 1


class SecretServiceLookAlike(FileStore, SecretService.Keyring):
    priority = 1
"""

_CHILD = """
import json
from journal_app.core.errors import KeyringUnavailableError
from journal_app.services.device_keys import SystemKeyring
store = SystemKeyring()  # the system's choice, as the product makes it
status = store.status()
try:
    store.save("journal-id", bytes(range(32)))
    saved = True
except KeyringUnavailableError:
    saved = False
print(json.dumps({"available": status.available, "reason": str(status.reason), "saved": saved}))
"""


@pytest.mark.parametrize("name", ["PlaintextKeyring", "SecretServiceLookAlike"])
def test_a_custom_keyring_named_in_the_environment_is_refused(tmp_path: Path, name: str) -> None:
    """PYTHON_KEYRING_BACKEND pointing at a class of someone else's: no key is stored."""
    (tmp_path / "plainring.py").write_text(textwrap.dedent(_PLAINTEXT_MODULE), encoding="utf-8")
    store = tmp_path / "keys.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": f"plainring.{name}",
        "PLAINTEXT_STORE": str(store),
        "HOME": str(tmp_path),  # no keyringrc.cfg of the person running the tests
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    finished = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout)
    assert report["available"] is False
    assert f"plainring.{name}" in report["reason"]
    assert report["saved"] is False
    assert not store.exists()  # the key never reached the plaintext file

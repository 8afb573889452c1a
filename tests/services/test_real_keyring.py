"""The real OS keyring (Secret Service via gnome-keyring), run by .ci/run in dbus-run-session."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.services.device_keys import SystemKeyring
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.keyring


def test_secret_service_keyring_remembers_the_journal(tmp_path: Path) -> None:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    assert "SecretService" in name, f"expected the Secret Service backend, got {name}"
    store = SystemKeyring()  # the system's own choice, as the product uses it
    status = store.status()
    assert status.available, status.reason
    vault = Vault(tmp_path / "j", device_keys=store)
    created = vault.create(PASSPHRASE)
    vault.remember_on_device(created.database)
    created.database.close()
    database = vault.unlock_from_device()
    assert database is not None
    database.close()
    vault.forget_on_device()
    assert not vault.is_remembered()

"""Fixtures shared by every test: a fast KDF, temp journals and an in-memory keyring double."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core import keywrap
from journal_app.services.device_keys import SystemKeyring
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase

PASSPHRASE = "correct horse battery staple"

# The suite reads the app's English words: a Welsh locale on the machine running it must not
# change them (journal-app and the window follow LANGUAGE first; the language tests set the
# locale they need themselves).
os.environ["LANGUAGE"] = "en"


class MemoryKeyring:
    """A keyring double for tests only: secrets live in a dict and vanish with the test.

    Deliberately not a ``keyring.backend.KeyringBackend`` subclass: subclasses register
    themselves with ``keyring`` and would join the real backend chain in the same process.
    """

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at the floor (64 MiB, 3 passes) instead of calibrating to 0.5 s per test."""
    monkeypatch.setattr(keywrap, "calibrate", lambda *a, **k: keywrap.minimum_params())


@pytest.fixture(autouse=True)
def documents_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The first run proposes backups in Documents: a temp folder here, never the real one."""
    from journal_app.services import backup_place

    folder = tmp_path_factory.mktemp("Documents")
    monkeypatch.setattr(backup_place, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def vault(data_dir: Path, memory_keyring: MemoryKeyring) -> Vault:
    return Vault(
        data_dir,
        # the double is trusted only because the test says so (the product never does)
        device_keys=SystemKeyring(memory_keyring, also_secure=[type(memory_keyring)]),
        kdf_params=keywrap.minimum_params,
    )


@pytest.fixture
def database(vault: Vault) -> Iterator[JournalDatabase]:
    created = vault.create(PASSPHRASE)
    yield created.database
    created.database.close()


@pytest.fixture
def journal(database: JournalDatabase) -> JournalService:
    from journal_app.core.catalogue import Catalogue

    return JournalService(database, Catalogue.builtin())


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under ``folder`` (to prove something changed nothing)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


#: the message catalogues of this checkout (a test reads these, not an installed copy's)
MESSAGES_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "messages"


@pytest.fixture
def checkout_catalogues() -> Iterator[None]:
    """This checkout's catalogues, and English again after the test (--language sets it)."""
    from journal_app.core import messages

    messages.use_folder(MESSAGES_FOLDER)
    try:
        yield
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)

"""UI test fixtures: one QApplication per session (pytest-qt), offscreen, no real OS services.

* ``QT_QPA_PLATFORM=offscreen`` is set before Qt creates the application.
* QSettings write to a temporary folder, never to the user's real settings.
* The keyring is an in-memory double implementing ``keyring.backend.KeyringBackend``.
* Vaults use the floor KDF parameters so unlocking takes a fraction of a second.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything creates a QApplication

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from journal_app.core import keywrap
from journal_app.services.device_keys import SystemKeyring
from journal_app.services.vault import Vault
from journal_app.ui.app import JournalApp
from journal_app.ui.plurals import install_plurals
from journal_app.ui.tasks import TaskRunner
from journal_app.ui.theme import apply_theme

UI_PASSPHRASE = "kettle orbit marigold lantern"


class InMemoryKeyring(KeyringBackend):
    """A keyring double: secrets live in a dict and vanish with the test.

    Its ``priority`` raises, so ``keyring`` never picks it for the process on its own (a
    ``KeyringBackend`` subclass is registered with ``keyring`` as soon as it is defined); tests
    hand it to :class:`SystemKeyring` explicitly.
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test double: only used when passed in explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not stored")
        del self.items[(service, username)]


@pytest.fixture(scope="session", autouse=True)
def ui_application(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """The session's QApplication, named, themed, with settings in a temp folder."""
    settings_dir = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    qapp.setOrganizationName("ReflectiveJournalTests")
    qapp.setApplicationName("Reflective Supervision Journal (tests)")
    apply_theme(qapp, "light")
    install_plurals(qapp)
    return qapp


@pytest.fixture
def keyring_double() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def memory_keyring(keyring_double: InMemoryKeyring) -> InMemoryKeyring:
    """Overrides the shared fixture so the shared ``vault`` uses the KeyringBackend double."""
    return keyring_double


@pytest.fixture
def make_vault(data_dir: Path) -> Callable[..., Vault]:
    """A vault on the temp data folder with a chosen keyring (``None``: the double)."""

    def make(backend: object | None = None) -> Vault:
        store = SystemKeyring(
            backend if backend is not None else InMemoryKeyring(), also_secure=[InMemoryKeyring]
        )
        return Vault(data_dir, device_keys=store, kdf_params=keywrap.minimum_params)

    return make


@pytest.fixture
def vault_without_keyring(make_vault: Callable[..., Vault]) -> Vault:
    """A vault on a device whose only keyring is the ``fail`` backend (no secure keyring)."""
    return make_vault(fail.Keyring())


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def make_app(tasks: TaskRunner, qtbot) -> Iterator[Callable[[Vault], JournalApp]]:
    """Build the real app around a test vault; everything is closed afterwards."""
    made: list[JournalApp] = []

    def make(vault: Vault) -> JournalApp:
        journal_app = JournalApp(vault, tasks)
        qtbot.addWidget(journal_app.window)
        made.append(journal_app)
        return journal_app

    yield make
    for journal_app in made:
        if journal_app.dialog is not None:
            journal_app.dialog.done(0)
        journal_app.shutdown()
        journal_app.window.close()

"""Small encrypted journals in a folder of their own, for service and CLI tests.

The shared ``conftest.py`` fixtures give each test one journal; these functions make more
(a second journal to import into, or one a CLI test fills, closes and reopens by folder).
The vault has the fastest KDF and no device keys, and the passphrase is :data:`PASSPHRASE`,
the one ``JOURNAL_PASSPHRASE`` is set to for the CLI.
"""

from __future__ import annotations

from pathlib import Path

from journal_app.core import keywrap
from journal_app.core.catalogue import Catalogue
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase
from tests.conftest import PASSPHRASE

__all__ = ["PASSPHRASE", "new_journal", "reopen_journal"]


def _vault(folder: Path) -> Vault:
    return Vault(folder, kdf_params=keywrap.minimum_params)


def new_journal(folder: Path) -> tuple[JournalService, JournalDatabase]:
    """A brand-new journal in ``folder``, open, with the built-in catalogue; close the
    database when done."""
    database = _vault(folder).create(PASSPHRASE).database
    return JournalService(database, Catalogue.builtin()), database


def reopen_journal(folder: Path) -> tuple[JournalService, JournalDatabase]:
    """The journal in ``folder`` unlocked again with :data:`PASSPHRASE`; close the database
    when done."""
    database = _vault(folder).unlock(PASSPHRASE)
    return JournalService(database, Catalogue.builtin()), database

"""What the UI holds while a journal is unlocked: the services, nothing else.

Dropping the :class:`UnlockedJournal` (on lock) closes the database and forgets the key; the
views must hold no entry text of their own beyond what is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.catalogue import Catalogue
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase
from journal_app.store.locations import USER_FRAMEWORKS_FOLDER


@dataclass
class UnlockedJournal:
    """The services of one unlocked journal, shared by every view."""

    vault: Vault
    database: JournalDatabase
    journal: JournalService
    catalogue: Catalogue
    _evidence: EvidenceFiles | None = field(default=None, repr=False)

    @property
    def evidence(self) -> EvidenceFiles:
        """The evidence files, one service for the whole window, so the private copies
        made for viewing are all removed when the journal locks."""
        if self._evidence is None:
            self._evidence = EvidenceFiles(self.database)
            self._evidence.remove_left_over_copies()
        return self._evidence

    @property
    def data_dir(self) -> Path:
        return self.vault.data_dir

    @classmethod
    def open(cls, vault: Vault, database: JournalDatabase) -> UnlockedJournal:
        catalogue = Catalogue.builtin(vault.data_dir / USER_FRAMEWORKS_FOLDER)
        return cls(vault, database, JournalService(database, catalogue), catalogue)

    def close(self) -> None:
        # first: a model of the person's tagging is text kept in memory, and its build
        # must not read the journal while it closes
        self.journal.suggester.forget()
        if self._evidence is not None:
            self._evidence.remove_copies()
        self.database.close()

"""One unlocked journal, as the desktop app holds it: its services, never its database.

The vault hands over an open database (:meth:`Vault.unlock` and friends); the app wraps it
at once in an :class:`UnlockedJournal` and from then on asks it: reflections (``journal``),
the catalogue, preferences, protected names, unsaved drafts, backups, a key change and a
restore. Dropping it (:meth:`close`, on lock) closes the database and forgets the key.

Every write made through these services is announced on :attr:`UnlockedJournal.changes`
(see :mod:`journal_app.services.changes`), which the views follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import JournalError
from journal_app.core.frameworks import Framework
from journal_app.services.appraisals import Appraisals
from journal_app.services.backup_checks import read_records
from journal_app.services.backups import BackupService, BackupStatus
from journal_app.services.changes import Change, ChangeStream
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.export_choices import (
    ExportChoices,
    load_export_choices,
    save_export_choices,
)
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService
from journal_app.services.key_rotation import Progress, RotationResult, rotate_key
from journal_app.services.preferences import Preferences, load_preferences, save_preferences
from journal_app.services.protected_names import ProtectedNames
from journal_app.services.recovery_drafts import RecoveryDrafts
from journal_app.services.tag_versions import TagVersions
from journal_app.services.vault import Vault

# What a backup is, as the app lists them and reports on them: passed through, unchanged.
from journal_app.store.backup import BackupInfo as BackupInfo
from journal_app.store.backup import BackupStopped as BackupStopped
from journal_app.store.backup import is_kept_copy as is_kept_copy
from journal_app.store.backup import list_backups as list_backups
from journal_app.store.database import JournalDatabase
from journal_app.store.kept_copies import UNVERIFIED_REASON as UNVERIFIED_REASON
from journal_app.store.kept_copies import KeptCopy as KeptCopy
from journal_app.store.locations import USER_FRAMEWORKS_FOLDER

#: What the vault hands over when it opens a journal: the app passes it, untouched, to
#: :meth:`UnlockedJournal.open` (or closes it).
OpenDatabase: TypeAlias = JournalDatabase


class UnlockedJournal:
    """The services of one unlocked journal, shared by every view."""

    def __init__(self, vault: Vault, database: JournalDatabase) -> None:
        self.vault = vault
        self._database = database
        self.changes = ChangeStream()
        self.catalogue = Catalogue.builtin(vault.data_dir / USER_FRAMEWORKS_FOLDER)
        self.journal = JournalService(database, self.catalogue, changes=self.changes)
        self.drafts = RecoveryDrafts(database, self.journal)
        self._backups = BackupService()
        self._evidence: EvidenceFiles | None = None

    @classmethod
    def open(cls, vault: Vault, database: OpenDatabase) -> UnlockedJournal:
        return cls(vault, database)

    @property
    def data_dir(self) -> Path:
        return self.vault.data_dir

    def close(self) -> None:
        """Close the database and forget the key (the journal is locked)."""
        # first: a model of the person's tagging is text kept in memory, and its build
        # must not read the journal while it closes
        self.journal.suggester.forget()
        if self._evidence is not None:
            self._evidence.remove_copies()
        self._database.close()

    # -- the appraisal ----------------------------------------------------------------------

    def appraisals(self) -> Appraisals:
        """The appraisal workspaces (self-assessment, objectives, plan, feedback)."""
        return Appraisals(self._database, self.catalogue)

    def follow_ups(self) -> FollowUps:
        """What changed since a reflection with actions."""
        return FollowUps(self.journal)

    @property
    def evidence(self) -> EvidenceFiles:
        """The evidence files: one service for the whole window, so every private copy made
        for viewing is removed when the journal locks (and those a killed session left, at
        the first use after unlocking)."""
        if self._evidence is None:
            self._evidence = EvidenceFiles(self._database)
            self._evidence.remove_left_over_copies()
        return self._evidence

    # -- settings ---------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The stored preferences (defaults for anything missing or unreadable)."""
        return load_preferences(self._database)

    def preferences_or_defaults(self) -> Preferences:
        """The stored preferences, or the defaults when the journal cannot be read just now:
        a view still opens (and says what failed when it next reads) rather than not at all."""
        try:
            return self.preferences()
        except JournalError:
            return Preferences()

    def save_preferences(self, preferences: Preferences) -> Preferences:
        """Check and store ``preferences``; raises InvalidInputError (nothing stored)."""
        saved = save_preferences(self._database, preferences)
        self.changes.announce(Change(settings=True))
        return saved

    def tag_versions(self) -> TagVersions:
        """Moving tags between a framework's versions (moves are announced as changes)."""
        return TagVersions(self._database, self.catalogue, changes=self.changes)

    def export_choices(self) -> ExportChoices:
        """The appraisal export's choices the person made last time (defaults if none)."""
        return load_export_choices(self._database)

    def save_export_choices(self, choices: ExportChoices) -> None:
        """Remember the appraisal export's choices for next time (inside the journal)."""
        save_export_choices(self._database, choices)

    def protected_names(self) -> ProtectedNames:
        """The names and places the person has asked to keep out of exports."""
        return ProtectedNames(self._database)

    def remember_on_device(self) -> None:
        """Keep the key in this device's keyring, so the journal opens without a passphrase."""
        self.vault.remember_on_device(self._database)

    # -- backups and keys -------------------------------------------------------------------

    def backup_now(self) -> BackupInfo:
        """A verified backup made now, at the person's request."""
        return self._database.backup("manual")

    def backup_if_due(self, stop: Callable[[], bool] | None = None) -> BackupInfo | None:
        """The day's backup, if none was made today; ``stop`` asks it to step aside."""
        return self._backups.backup_if_due(self._database, stop=stop)

    def backup_status(self) -> BackupStatus:
        """When the last good backup was made, with what checks found."""
        return self._backups.status_of(self._database)

    def backups_folder(self) -> Path:
        return self._database.backups_folder()

    def backup_records(self) -> dict[str, tuple[datetime, datetime | None]]:
        """What checks found, by backup file name: (last verified, failed at)."""
        return read_records(self._database)

    def import_framework(self, source: Path) -> Framework:
        """Add the framework in ``source`` to this journal's catalogue (a copy is kept in
        the journal's folder); raises JournalError, importing nothing, if it is not one."""
        framework = self.catalogue.import_framework(source, self.data_dir / USER_FRAMEWORKS_FOLDER)
        self.changes.announce(Change(tags=True, settings=True))
        return framework

    def change_key(
        self,
        current_passphrase: str,
        new_passphrase: str,
        confirmation: str | None = None,
        *,
        delete_backups: bool = False,
        progress: Progress | None = None,
    ) -> RotationResult:
        """A new database key, passphrase and recovery key (see :func:`rotate_key`)."""
        return rotate_key(
            self.vault,
            self._database,
            current_passphrase,
            new_passphrase,
            confirmation,
            delete_backups=delete_backups,
            progress=progress,
        )

    def restorer(self) -> JournalRestorer:
        """What a restore needs once this journal is closed: call before locking it."""
        return JournalRestorer(self.vault, self._database.key, self._database.journal_id)


@dataclass(frozen=True)
class RestoreOutcome:
    """A restore that succeeded. ``journal`` is the journal open again, as the backup had
    it; None when the backup's key file came too, so the person must unlock it afresh."""

    journal: UnlockedJournal | None
    restored_from: Path


class JournalRestorer:
    """Restore a backup in place of a journal that has been closed, then open it again.

    Holds the closed journal's key only until the journal is open again: the restore checks
    the backup with it, and a failed restore reopens the journal as it was without asking
    for the passphrase.
    """

    def __init__(self, vault: Vault, key: bytes, journal_id: str) -> None:
        self._vault = vault
        self._key = key
        self._journal_id = journal_id

    def restore(self, backup: Path) -> RestoreOutcome:
        """Put ``backup`` in place (the journal as it was is backed up first). On failure
        everything is put back and the error raised; :meth:`reopen` then opens it."""
        database = self._open()
        try:
            result = BackupService().restore(database, backup)
        except BaseException:
            database.close()  # closing twice is harmless
            raise
        if result.key_file_replaced:
            result.database.close()
            return RestoreOutcome(None, result.restored_from)
        return RestoreOutcome(UnlockedJournal(self._vault, result.database), backup)

    def reopen(self) -> UnlockedJournal:
        """The journal as it is, open again (after a restore that failed)."""
        return UnlockedJournal(self._vault, self._open())

    def _open(self) -> JournalDatabase:
        return JournalDatabase.open(self._vault.data_dir, self._key, self._journal_id, writer=True)

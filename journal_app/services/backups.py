"""Backups nobody has to remember, and putting one back.

* :meth:`BackupService.backup_if_due` makes the daily automatic backup: call it when the
  journal is opened and now and then while it is in use (an hourly timer is plenty). It only
  copies when the newest verified backup is 24 hours old or more, so calling it often is cheap.
* :meth:`BackupService.restore` puts a chosen backup in place of the journal, leaving the
  journal exactly as it was if anything fails; how is :mod:`journal_app.services.restore`.
* :meth:`BackupService.status` says how old the last good backup is and whether to warn.
* :meth:`BackupService.check_backups` verifies the newest backup again, and a rotating
  sample of older ones, and records when each was last verified (so a backup that rots after
  it was made stops counting as good).
* Copies made just before a restore, an update or a key change are kept until the person
  deletes them (:meth:`BackupService.kept_copies`, :meth:`BackupService.delete_kept_copy`);
  they are not part of the daily/weekly/monthly set and never count as its last backup.

Backups themselves (``VACUUM INTO``, verification, rotation) live in
:mod:`journal_app.store.backup`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.core.messages import Message
from journal_app.services.backup_checks import (
    BackupHealth,
    damaged_in,
    failed_names,
    health_of,
    read_records,
    write_records,
)
from journal_app.services.restore import RestoredJournal, restore_backup
from journal_app.services.vault import Vault
from journal_app.store import rekey
from journal_app.store.backup import (
    BackupInfo,
    is_kept_copy,
    list_backups,
    make_backup,
    rotate,
)
from journal_app.store.database import JournalDatabase
from journal_app.store.kept_copies import KeptCopy, delete_kept_copy, list_kept_copies

#: a new automatic backup is made once the newest verified one is this old
DAILY = timedelta(hours=24)
#: the app warns when the newest verified backup is older than this
WARN_AFTER = timedelta(days=7)
#: a backup dated further ahead than this (the clock was wrong) does not count as recent
_CLOCK_SLACK = timedelta(hours=1)
#: how many older backups each check verifies again besides the newest (those verified least
#: recently), so that over a few checks every backup is looked at again
CHECK_SAMPLE = 2
#: reasons of backups made under a database key the journal no longer uses: today's key
#: cannot verify them, and failing them would be a false alarm
_OTHER_KEY_REASONS = frozenset({"pre-rotation"})


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupStatus:
    """What the app says about backups: the last good one, its age, and whether to warn."""

    latest: BackupInfo | None
    age: timedelta | None
    overdue: bool
    #: what to tell the person, in full (the window's tooltip, the CLI's status line)
    message: Message
    #: how many backups a check found damaged (they are not counted as good)
    damaged: int = 0


class BackupService:
    """Automatic backups, the last-backup status, and restore."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock

    # -- the daily automatic backup --------------------------------------------------------

    def backup_if_due(
        self,
        database: JournalDatabase,
        now: datetime | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> BackupInfo | None:
        """Make a verified backup if the newest one is 24 hours old or more (or there is none).

        Returns the new backup, or ``None`` when none was due. Raises :class:`StorageError`
        or :class:`DamagedJournalError` when the backup could not be made; the journal itself
        is untouched either way, so callers may carry on and show the message. With
        ``stop``, the backup ends early once it returns true (:class:`BackupStopped`,
        nothing kept), so a person's own work need not wait for it.
        """
        moment = _aware(now or self._clock())
        folder = database.backups_folder()
        age = self.last_backup_age(folder, moment, unusable=failed_names(database))
        if age is not None and age < DAILY:
            return None
        info = make_backup(
            database.engine,
            database.key,
            database.key_file,
            folder,
            "daily",
            made_at=moment,
            stop=stop,
        )
        rotate(folder)
        return info

    def last_backup_age(
        self, folder: Path, now: datetime | None = None, unusable: Collection[str] = ()
    ) -> timedelta | None:
        """How old the newest good backup in ``folder`` is; ``None`` if there is none.

        Backups dated in the future (a clock that was wrong when they were made) are ignored,
        so a wrong clock cannot stop the daily backup for good; so are kept copies (they hold
        the journal as it was before a restore or a key change, not as it is) and backups
        named in ``unusable`` (a check found them damaged), so a new one is made.
        """
        latest = self._latest(folder, _aware(now or self._clock()), unusable)
        if latest is None:
            return None
        return max(timedelta(0), _aware(now or self._clock()) - latest.made_at)

    def status(
        self,
        folder: Path,
        now: datetime | None = None,
        records: Mapping[str, tuple[datetime, datetime | None]] | None = None,
    ) -> BackupStatus:
        """The last good backup in words, with when it was last verified, and a warning when
        it is over a week old. ``records``: what checks found (:func:`read_records`)."""
        moment = _aware(now or self._clock())
        records = records or {}
        unusable = damaged_in(records)
        latest = self._latest(folder, moment, unusable)
        damaged_count = len(unusable & {b.path.name for b in list_backups(folder)})
        damaged = Message("backup.damaged_count", count=damaged_count)
        # the wordings with damaged backups end with how many (and say to run a check)
        with_damaged = "_with_damaged" if damaged_count else ""
        if latest is None:
            message = (
                Message("backup.status.none_with_damaged", damaged=damaged)
                if damaged_count
                else Message("backup.status.none")
            )
            return BackupStatus(None, None, True, message, damaged_count)
        age = max(timedelta(0), moment - latest.made_at)
        verified = health_of([latest], records)[0].last_verified
        when = Message("backup.when", made=latest.made_at, age=age_in_words(age))
        checked = Message("backup.last_verified", verified=verified)
        overdue = age > WARN_AFTER
        kind = "overdue" if overdue else "good"
        details = {"damaged": damaged} if damaged_count else {}
        message = Message(
            f"backup.status.{kind}{with_damaged}", when=when, checked=checked, **details
        )
        return BackupStatus(latest, age, overdue, message, damaged_count)

    def status_of(self, database: JournalDatabase, now: datetime | None = None) -> BackupStatus:
        """:meth:`status` for an open journal, with what its checks recorded."""
        return self.status(database.backups_folder(), now, read_records(database))

    def last_good_backup(
        self, folder: Path, now: datetime | None = None, unusable: Collection[str] = ()
    ) -> BackupInfo | None:
        """The newest backup of the daily/weekly/monthly set that is not dated in the future
        and not named in ``unusable`` (found damaged by a check); ``None`` if there is none."""
        return self._latest(folder, _aware(now or self._clock()), unusable)

    @staticmethod
    def _latest(
        folder: Path, moment: datetime, unusable: Collection[str] = ()
    ) -> BackupInfo | None:
        for backup in list_backups(folder):  # newest first; only verified backups have names
            if is_kept_copy(backup) or backup.path.name in unusable:
                continue
            if backup.made_at <= moment + _CLOCK_SLACK:
                return backup
        return None

    # -- checking backups again --------------------------------------------------------------

    def check_backups(
        self,
        database: JournalDatabase,
        now: datetime | None = None,
        *,
        sample: int = CHECK_SAMPLE,
        record: bool = True,
    ) -> list[BackupHealth]:
        """Verify the newest backup again, and the ``sample`` older ones verified least
        recently, with the journal's key; returns every backup's health, newest first.

        With ``record`` (the journal's writer only), when each was verified, or found
        damaged, is stored in the journal's encrypted settings: a damaged backup then no
        longer counts as the last good one, so the daily backup makes a new one.
        """
        moment = _aware(now or self._clock())
        backups = list_backups(database.backups_folder())
        healths = health_of(backups, read_records(database))
        checkable = [h for h in healths if h.backup.reason not in _OTHER_KEY_REASONS]
        chosen = (
            checkable[:1]
            + sorted(checkable[1:], key=lambda h: (h.last_checked, h.backup.made_at))[
                : max(0, sample)
            ]
        )
        chosen_paths = {h.backup.path for h in chosen}
        result = []
        for health in healths:
            if health.backup.path in chosen_paths:
                if rekey.opens_as(health.backup.path, database.key, database.journal_id):
                    health = BackupHealth(health.backup, moment, None, checked_now=True)
                else:
                    health = BackupHealth(
                        health.backup, health.last_verified, moment, checked_now=True
                    )
            result.append(health)
        if record:
            write_records(database, result)
        return result

    # -- copies kept until the person deletes them -------------------------------------------

    @staticmethod
    def kept_copies(folder: Path) -> list[KeptCopy]:
        """Copies made just before a restore, an update or a key change (and damaged journals
        copied as they were), newest first: never rotated away, listed apart."""
        return list_kept_copies(folder)

    @staticmethod
    def delete_kept_copy(folder: Path, name: str) -> KeptCopy:
        """Delete one kept copy by its name, when the person asks; refuses anything else
        (:class:`InvalidInputError`, nothing deleted)."""
        return delete_kept_copy(folder, name)

    # -- restore ---------------------------------------------------------------------------

    def restore(
        self,
        target: JournalDatabase | Vault,
        backup_path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
    ) -> RestoredJournal:
        """Put the backup at ``backup_path`` in place of the journal and open it (see
        :func:`journal_app.services.restore.restore_backup`)."""
        return restore_backup(
            target,
            backup_path,
            passphrase=passphrase,
            recovery_key=recovery_key,
            clock=self._clock,
        )


def age_in_words(age: timedelta | None) -> Message:
    """'today', '1 day ago', '10 days ago' (no age reads as today)."""
    days = age.days if age is not None else 0
    if days <= 0:
        return Message("backup.age.today")
    return Message("backup.age.days_ago", count=days)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

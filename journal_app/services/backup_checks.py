"""When each backup was last verified, and whether a later check found it damaged.

A backup is verified once when it is made (it only gets its name after both integrity
checks pass), but a file can rot afterwards. ``journal-app check`` verifies backups again
(:meth:`journal_app.services.backups.BackupService.check_backups`) and records the outcome
here, so the app never calls a backup good on the strength of a check made long ago, and a
backup a check found damaged no longer counts as the last good one.

The record lives in the journal's own settings table, so it is encrypted with everything
else and says nothing to someone looking at the files. It holds file names and times only,
and one entry per backup still on disk.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from journal_app.store.backup import BackupInfo
from journal_app.store.database import JournalDatabase

#: the settings key: JSON {backup file name: {"verified": ISO time, "failed": ISO time|null}}
CHECKS_SETTING = "backup_checks"


@dataclass(frozen=True)
class BackupHealth:
    """What is known about one backup's health."""

    backup: BackupInfo
    #: when it last passed both integrity checks (when it was made, until checked again)
    last_verified: datetime
    #: when a check last found it damaged, if none has passed since (None: not known bad)
    failed_at: datetime | None = None
    #: True when this run of the check verified it (or found it damaged)
    checked_now: bool = False

    @property
    def usable(self) -> bool:
        """False once a check found it damaged: it no longer counts as a good backup."""
        return self.failed_at is None

    @property
    def last_checked(self) -> datetime:
        return max(self.last_verified, self.failed_at or self.last_verified)


def read_records(database: JournalDatabase) -> dict[str, tuple[datetime, datetime | None]]:
    """The stored record: file name -> (last verified, failed at). Unreadable: empty (every
    backup then counts as verified when it was made, as before any check)."""
    raw = database.get_setting(CHECKS_SETTING)
    if not raw:
        return {}
    try:
        stored = json.loads(raw)
        return {
            str(name): (_parse(entry["verified"]), _parse_optional(entry.get("failed")))
            for name, entry in stored.items()
        }
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def health_of(
    backups: Iterable[BackupInfo], records: Mapping[str, tuple[datetime, datetime | None]]
) -> list[BackupHealth]:
    """Each backup with its last verification (its own making when no check is recorded)."""
    healths = []
    for backup in backups:
        verified, failed = records.get(backup.path.name, (backup.made_at, None))
        verified = max(verified, backup.made_at)
        if failed is not None and failed < verified:
            failed = None  # it passed a check after the one that failed
        healths.append(BackupHealth(backup, verified, failed))
    return healths


def damaged_in(records: Mapping[str, tuple[datetime, datetime | None]]) -> set[str]:
    """File names of the backups a check found damaged (and none has passed since)."""
    return {
        name
        for name, (verified, failed) in records.items()
        if failed is not None and failed >= verified
    }


def failed_names(database: JournalDatabase) -> set[str]:
    """:func:`damaged_in` the journal's stored record."""
    return damaged_in(read_records(database))


def write_records(database: JournalDatabase, healths: Iterable[BackupHealth]) -> None:
    """Store the outcome for these backups (only these: entries for backups no longer on
    disk are dropped, so the record never grows past the backups folder)."""
    value = {
        h.backup.path.name: {
            "verified": h.last_verified.isoformat(),
            "failed": None if h.failed_at is None else h.failed_at.isoformat(),
        }
        for h in healths
    }
    database.set_setting(CHECKS_SETTING, json.dumps(value, sort_keys=True))


def _parse(text: object) -> datetime:
    moment = datetime.fromisoformat(str(text))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_optional(text: object) -> datetime | None:
    return None if text is None else _parse(text)

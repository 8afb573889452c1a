"""How the CLI prints backups: one line each, with when it was last verified, the rotating
set and the copies kept until the person deletes them listed apart.

Shared by ``journal-app backups`` and ``journal-app check``. Only file names, dates, sizes
and reasons are printed: nothing of what the backups hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.messages import Message, render
from journal_app.services.backup_checks import BackupHealth
from journal_app.services.backups import age_in_words
from journal_app.store.backup import is_kept_copy
from journal_app.store.kept_copies import KeptCopy

KEPT_HEADING = (
    "Kept until you delete them (the journal as it was before a restore, an update or a "
    "key change):"
)
DELETE_HINT = "Delete a kept copy you no longer need with 'journal-app delete-backup NAME'."


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def verification(health: BackupHealth) -> str:
    """'verified now', 'last verified 2026-03-01 09:00 UTC', or the failure."""
    if health.checked_now:
        if health.usable:
            return "verified now"
        return "FAILED its check now: damaged, not counted as a good backup"
    if not health.usable and health.failed_at is not None:
        return (
            f"FAILED a check on {_when(health.failed_at)}: damaged, not counted as a good backup"
        )
    return f"last verified {_when(health.last_verified)}"


def backup_line(health: BackupHealth, now: datetime) -> str:
    backup = health.backup
    age = render(age_in_words(now - backup.made_at))
    size = f"{backup.size_bytes / 1024:,.0f} KB"
    key = "" if backup.key_path.exists() else "   (its key file is missing)"
    return (
        f"  {backup.path.name}  {_when(backup.made_at)}  {age:<12} {backup.reason:<13} "
        f"{size:>10}  {verification(health)}{key}"
    )


def unverified_line(copy: KeptCopy, now: datetime) -> str:
    age = render(age_in_words(now - copy.made_at))
    size = f"{copy.size_bytes / 1024:,.0f} KB"
    return (
        f"  {copy.name}  {_when(copy.made_at)}  {age:<12} {size:>10}  a damaged journal "
        "copied as it was before a restore (never verified)"
    )


def print_backups(
    healths: Sequence[BackupHealth],
    unverified: Sequence[KeptCopy],
    folder: Path,
    now: datetime | None = None,
) -> None:
    """The rotating backups, newest first, then the kept copies under their own heading."""
    now = now or datetime.now(UTC)
    rotating = [h for h in healths if not is_kept_copy(h.backup)]
    kept = [h for h in healths if is_kept_copy(h.backup)]
    if rotating:
        print(f"Backups in {folder}, newest first:")
        for health in rotating:
            print(backup_line(health, now))
    else:
        print(f"No daily or manual backups in {folder}.")
    if kept or unverified:
        print(KEPT_HEADING)
        lines = [(h.backup.made_at, backup_line(h, now)) for h in kept]
        lines += [(c.made_at, unverified_line(c, now)) for c in unverified]
        for _made, line in sorted(lines, key=lambda pair: pair[0], reverse=True):
            print(line)
        print(DELETE_HINT)


def damage_message(damaged: Sequence[BackupHealth], folder: Path) -> Message:
    """One paragraph: which backups are damaged, that they will not count, what to do."""
    names = ", ".join(h.backup.path.name for h in damaged)
    return Message("cli.backups_damaged", count=len(damaged), names=names, folder=folder)

"""How the CLI prints backups: one line each, with when it was last verified, the rotating
set and the copies kept until the person deletes them listed apart.

Shared by ``journal-app backups`` and ``journal-app check``. Only file names, dates, sizes
and reasons are printed: nothing of what the backups hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.messages import Message, render, text
from journal_app.services.backup_checks import BackupHealth
from journal_app.services.backups import age_in_words
from journal_app.store.backup import is_kept_copy
from journal_app.store.kept_copies import KeptCopy


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def verification(health: BackupHealth) -> str:
    """'verified now', 'last verified 2026-03-01 09:00 UTC', or the failure."""
    if health.checked_now:
        if health.usable:
            return text("cli.backups.verified_now")
        return text("cli.backups.failed_now")
    if not health.usable and health.failed_at is not None:
        return text("cli.backups.failed_on", when=health.failed_at)
    return text("backup.last_verified", verified=health.last_verified)


def backup_line(health: BackupHealth, now: datetime) -> str:
    backup = health.backup
    age = render(age_in_words(now - backup.made_at))
    size = f"{backup.size_bytes / 1024:,.0f} KB"
    key = "" if backup.key_path.exists() else f"   {text('cli.backups.key_missing')}"
    return (
        f"  {backup.path.name}  {_when(backup.made_at)}  {age:<12} {backup.reason:<13} "
        f"{size:>10}  {verification(health)}{key}"
    )


def unverified_line(copy: KeptCopy, now: datetime) -> str:
    age = render(age_in_words(now - copy.made_at))
    size = f"{copy.size_bytes / 1024:,.0f} KB"
    never = text("cli.backups.never_verified")
    return f"  {copy.name}  {_when(copy.made_at)}  {age:<12} {size:>10}  {never}"


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
        print(text("cli.backups.heading", folder=folder))
        for health in rotating:
            print(backup_line(health, now))
    else:
        print(text("cli.backups.no_rotating", folder=folder))
    if kept or unverified:
        print(text("cli.backups.kept_heading"))
        lines = [(h.backup.made_at, backup_line(h, now)) for h in kept]
        lines += [(c.made_at, unverified_line(c, now)) for c in unverified]
        for _made, line in sorted(lines, key=lambda pair: pair[0], reverse=True):
            print(line)
        print(text("cli.backups.delete_hint"))


def damage_message(damaged: Sequence[BackupHealth], folder: Path) -> Message:
    """One paragraph: which backups are damaged, that they will not count, what to do."""
    names = ", ".join(h.backup.path.name for h in damaged)
    return Message("cli.backups_damaged", count=len(damaged), names=names, folder=folder)

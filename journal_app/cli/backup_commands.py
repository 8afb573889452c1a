"""Backup commands: ``backups`` lists them with their ages, ``restore FILE`` puts one back.

Register with ``register(add)`` (module name ``backup_commands`` in the parser's list).
:func:`daily_backup_on_open` is the hook for writer opens: it makes the daily automatic
backup when one is due and only warns if that fails, so the command itself still runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from journal_app.cli import context
from journal_app.cli.parser import AddCommand
from journal_app.core.errors import DamagedJournalError, JournalError, JournalNotFoundError
from journal_app.services.backups import BackupService, age_in_words
from journal_app.store.backup import list_backups
from journal_app.store.database import JournalDatabase


def register(add: AddCommand) -> None:
    listing = add("backups", cmd_backups, "list the verified backups, newest first, with ages")
    listing.add_argument(
        "--folder", metavar="DIR", help="list this folder (default: the journal's backups folder)"
    )
    restore = add(
        "restore",
        cmd_restore,
        "replace the journal with a backup (the journal as it is now is backed up first)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup's .db file (or its name)")
    restore.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="open the backup's key file with the recovery key instead of a passphrase",
    )


def daily_backup_on_open(database: JournalDatabase) -> None:
    """Make the daily automatic backup if one is due; warn (never fail) if it cannot."""
    # Success is silent: the daily backup is routine, and scripts read stderr for errors.
    try:
        BackupService().backup_if_due(database)
    except JournalError as error:
        print(f"journal-app: warning: the daily backup was not made: {error}", file=sys.stderr)


def _folder(args: argparse.Namespace) -> Path:
    if args.folder:
        return Path(args.folder).expanduser()
    try:
        with context.open_journal(args, writer=False) as database:
            return database.backups_folder()
    except (DamagedJournalError, JournalNotFoundError) as error:
        folder = context.data_dir(args) / "backups"
        print(f"journal-app: {error}", file=sys.stderr)
        print(f"Listing the usual backups folder, {folder}.", file=sys.stderr)
        return folder


def cmd_backups(args: argparse.Namespace) -> int:
    folder = _folder(args)
    backups = list_backups(folder)
    if not backups:
        print(f"No verified backups in {folder}.")
        return 0
    now = datetime.now(UTC)
    print(f"Verified backups in {folder}, newest first:")
    for backup in backups:
        age = age_in_words(now - backup.made_at)
        size = f"{backup.size_bytes / 1024:,.0f} KB"
        key = "" if backup.key_path.exists() else "   (its key file is missing)"
        print(
            f"  {backup.path.name}  {backup.made_at:%Y-%m-%d %H:%M} UTC  {age:<12} "
            f"{backup.reason:<13} {size:>10}{key}"
        )
    latest = backups[0]
    if (now - latest.made_at).days > 7:
        print("Warning: the last backup is more than a week old. Run 'journal-app backup'.")
    return 0


def _backup_file(args: argparse.Namespace) -> Path:
    given = Path(args.file).expanduser()
    if given.exists() or given.parent != Path("."):
        return given
    # a bare name, as 'journal-app backups' prints it: look in the usual backups folder
    return context.data_dir(args) / "backups" / given.name


def cmd_restore(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    backup = _backup_file(args)
    recovery = context.read_secret_file(args.recovery_key_file) if args.recovery_key_file else None
    passphrase = None if recovery else context.passphrase(args)
    restored = BackupService().restore(vault, backup, passphrase=passphrase, recovery_key=recovery)
    restored.database.close()
    print(f"Restored the journal from {backup.name}; it passed both integrity checks.")
    if restored.safety_backup is not None:
        kind = "backed up" if restored.safety_backup_verified else "copied as it was"
        print(f"The journal as it was before is {kind} in {restored.safety_backup}.")
    if restored.key_file_replaced:
        print(
            "The key file beside the backup came with it: open the journal with the passphrase "
            "(or recovery key) you just used for it."
        )
    return 0

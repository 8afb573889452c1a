"""Backup commands: ``backups`` lists them with their ages, ``restore FILE`` puts one back,
``delete-backup NAME`` deletes a copy kept before a restore, an update or a key change.

Register with ``register(add)`` (module name ``backup_commands`` in the parser's list).
:func:`daily_backup_on_open` is the hook for writer opens: it makes the daily automatic
backup when one is due and only warns if that fails, so the command itself still runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import context
from journal_app.cli.parser import AddCommand
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalError,
    JournalNotFoundError,
)
from journal_app.core.messages import text

# The services and the database layer are imported when a command runs, not when the
# grammar is built (that imports every command module): --help stays quick.
if TYPE_CHECKING:
    from journal_app.store.database import JournalDatabase

#: what a check recorded: backup file name -> (last verified, failed at)
_Records = dict[str, tuple[datetime, datetime | None]]


def register(add: AddCommand) -> None:
    listing = add(
        "backups",
        cmd_backups,
        text("cli.help.backups"),
    )
    listing.add_argument("--folder", metavar="DIR", help=text("cli.help.backups_folder"))
    delete = add(
        "delete-backup",
        cmd_delete_backup,
        text("cli.help.delete_backup"),
    )
    delete.add_argument("name", metavar="NAME", help=text("cli.help.delete_backup_name"))
    delete.add_argument(
        "--folder",
        metavar="DIR",
        help=text("cli.help.delete_backup_folder"),
    )
    delete.add_argument("--yes", action="store_true", help=text("cli.help.delete_backup_yes"))
    restore = add(
        "restore",
        cmd_restore,
        text("cli.help.restore"),
    )
    restore.add_argument("file", metavar="FILE", help=text("cli.help.restore_file"))
    restore.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=text("cli.help.restore_recovery_key_file"),
    )


def daily_backup_on_open(database: JournalDatabase) -> None:
    """Make the daily automatic backup if one is due; warn (never fail) if it cannot."""
    from journal_app.services.backups import BackupService

    # Success is silent: the daily backup is routine, and scripts read stderr for errors.
    try:
        BackupService().backup_if_due(database)
    except JournalError as error:
        print(text("cli.backups.daily_failed", error=str(error)), file=sys.stderr)


def _folder(args: argparse.Namespace) -> tuple[Path, _Records]:
    """The backups folder, and what checks recorded about its backups (nothing known when
    the folder is given or the journal cannot be opened: each then counts as verified when
    it was made)."""
    from journal_app.services.backup_checks import read_records

    if args.folder:
        return Path(args.folder).expanduser(), {}
    try:
        with context.open_journal(args, writer=False) as database:
            return database.backups_folder(), read_records(database)
    except (DamagedJournalError, JournalNotFoundError) as error:
        folder = context.data_dir(args) / "backups"
        print(f"journal-app: {error}", file=sys.stderr)
        print(text("cli.backups.listing_usual", folder=folder), file=sys.stderr)
        return folder, {}


def cmd_backups(args: argparse.Namespace) -> int:
    from journal_app.cli import backup_report
    from journal_app.services.backup_checks import health_of
    from journal_app.services.backups import BackupService
    from journal_app.store.backup import is_kept_copy, list_backups

    folder, records = _folder(args)
    healths = health_of(list_backups(folder), records)
    unverified = [c for c in BackupService.kept_copies(folder) if not c.verified]
    if not healths and not unverified:
        print(text("cli.backups.none_in", folder=folder))
        return 0
    now = datetime.now(UTC)
    backup_report.print_backups(healths, unverified, folder, now)
    rotating = [h for h in healths if not is_kept_copy(h.backup)]
    if rotating and (now - rotating[0].backup.made_at).days > 7:
        print(text("cli.backups.week_old"))
    return 0


def cmd_delete_backup(args: argparse.Namespace) -> int:
    folder, _records = _folder(args)
    given = Path(args.name).expanduser()
    # a full path into the backups folder (as 'restore' prints it) names the same copy
    name = given.name if given.parent.resolve() == folder.resolve() else args.name
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInputError("cli.delete_needs_yes", name=name)
        word = text("cli.prompt.yes")
        answer = input(text("cli.prompt.delete_backup", name=name, answer=word))
        if answer.strip().lower() not in {"yes", word.lower()}:
            print(text("cli.backups.nothing_deleted"))
            return 0
    from journal_app.services.backups import BackupService

    deleted = BackupService.delete_kept_copy(folder, name)
    print(text("cli.backups.deleted", name=deleted.name, folder=folder))
    return 0


def _backup_file(args: argparse.Namespace) -> Path:
    given = Path(args.file).expanduser()
    if given.exists() or given.parent != Path("."):
        return given
    # a bare name, as 'journal-app backups' prints it: look in the usual backups folder
    return context.data_dir(args) / "backups" / given.name


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.services.backups import BackupService

    vault = context.vault(args)
    backup = _backup_file(args)
    recovery = context.read_secret_file(args.recovery_key_file) if args.recovery_key_file else None
    passphrase = None if recovery else context.passphrase(args)
    restored = BackupService().restore(vault, backup, passphrase=passphrase, recovery_key=recovery)
    restored.database.close()
    print(text("cli.backups.restored", name=backup.name))
    safety = restored.safety_backup
    if safety is not None:
        if restored.safety_backup_verified:
            print(text("cli.backups.before_backed_up", path=safety))
        else:
            print(text("cli.backups.before_copied", path=safety))
        print(text("cli.backups.kept_until_deleted", name=safety.name))
    if restored.key_file_replaced:
        print(text("cli.backups.key_file_came"))
    return 0

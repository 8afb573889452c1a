"""Commands that manage the journal itself: init, passwd, recover, check, backup, remember."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import UTC, datetime

from journal_app.cli import backup_report, context
from journal_app.core.errors import DamagedJournalError, JournalInUseError
from journal_app.services.backups import BackupService, age_in_words


def cmd_init(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    if context.has_supplied_passphrase(args):
        first = second = context.passphrase(args)
    else:
        first, second = context.new_passphrase(args, env=context.PASSPHRASE_ENV)
    created = vault.create(first, second)
    created.database.close()
    print(f"Created a new encrypted journal in {vault.data_dir}", file=sys.stderr)
    print(
        "Your recovery key is below. It is shown only this once: write it down or print it, "
        "and keep it somewhere safe away from this computer. It opens the journal if you "
        "forget your passphrase.",
        file=sys.stderr,
    )
    print(created.recovery_key)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    old = context.passphrase(args)
    new, confirmation = context.new_passphrase(args)
    vault.change_passphrase(old, new, confirmation)
    print("Passphrase changed.", file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    recovery = context.recovery_key(args)
    new, confirmation = context.new_passphrase(args)
    vault.recover(recovery, new, confirmation).close()
    print("A new passphrase is set. Your recovery key still works.", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Both integrity checks on the journal, then the newest backup and a rotating sample
    of older ones verified again; exit code 5 if the journal or any backup is damaged."""
    service = BackupService()
    recorded = True
    with contextlib.ExitStack() as stack:
        try:
            # As the writer, so that what the backup checks find is recorded.
            database = stack.enter_context(
                context.open_journal(args, writer=True, daily_backup=False)
            )
        except JournalInUseError:  # the app has it open: check anyway, record nothing
            recorded = False
            database = stack.enter_context(context.open_journal(args, writer=False))
        problems = database.integrity_problems()
        folder = database.backups_folder()
        healths = service.check_backups(database, record=recorded)
    print(
        "Integrity check: FAILED."
        if problems
        else "Integrity check: passed (SQLite and SQLCipher)."
    )
    unverified = [c for c in service.kept_copies(folder) if not c.verified]
    if healths or unverified:
        backup_report.print_backups(healths, unverified, folder)
    if healths and not recorded:
        print(
            "The app has the journal open, so these results were not recorded. Run "
            "'journal-app check' again after closing the app to record them."
        )
    if problems:
        raise DamagedJournalError(
            "The journal failed its integrity check: " + "; ".join(problems) + ". "
            "Restore it from the latest good backup."
        )
    damaged = [h for h in healths if not h.usable]
    latest = service.last_good_backup(folder, unusable={h.backup.path.name for h in damaged})
    if not healths:
        print("No backup has been made yet. Run 'journal-app backup'.")
    elif latest is None:
        print("No good backup yet. Run 'journal-app backup'.")
    else:
        age = datetime.now(UTC) - latest.made_at
        print(f"Last good backup: {latest.made_at:%Y-%m-%d %H:%M} UTC ({age_in_words(age)}).")
        if age.days > 7:
            print("Warning: the last backup is more than a week old. Run 'journal-app backup'.")
    if damaged:
        raise DamagedJournalError(backup_report.damage_message(damaged, folder))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with context.open_journal(args, writer=True, daily_backup=False) as database:
        info = database.backup("manual")
    print(f"Backup made and verified: {info.path}")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    status = vault.device_status()
    if not status.available:
        print(f"journal-app: {status.reason}", file=sys.stderr)
        return 9
    with context.open_journal(args, writer=False) as database:
        vault.remember_on_device(database)
    print("This device will open the journal without the passphrase.", file=sys.stderr)
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    context.vault(args).forget_on_device()
    print("This device no longer remembers the journal.", file=sys.stderr)
    return 0

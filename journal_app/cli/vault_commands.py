"""Commands that manage the journal itself: init, passwd, recover, check, backup, remember."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from journal_app.cli import context
from journal_app.core.errors import DamagedJournalError
from journal_app.services.backups import age_in_words
from journal_app.store.backup import list_backups


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
    with context.open_journal(args, writer=False) as database:
        problems = database.integrity_problems()
        folder = database.backups_folder()
    if problems:
        raise DamagedJournalError(
            "The journal failed its integrity check: " + "; ".join(problems) + ". "
            "Restore it from the latest good backup."
        )
    print("Integrity check: passed (SQLite and SQLCipher).")
    backups = list_backups(folder)
    if backups:
        latest = backups[0]
        age = age_in_words(datetime.now(UTC) - latest.made_at)
        print(f"Last verified backup: {latest.made_at:%Y-%m-%d %H:%M} UTC ({age}).")
        if (datetime.now(UTC) - latest.made_at).days > 7:
            print("Warning: the last backup is more than a week old. Run 'journal-app backup'.")
    else:
        print("No backup has been made yet. Run 'journal-app backup'.")
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

"""Commands that manage the journal itself: init, passwd, recover, new-recovery-key,
rotate-key, check, backup, remember."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import UTC, datetime

from journal_app.cli import context
from journal_app.core.errors import DamagedJournalError, JournalInUseError
from journal_app.core.messages import render

_RECOVERY_KEY_ADVICE = (
    "Your recovery key is below. It is shown only this once: write it down or print it, "
    "and keep it somewhere safe away from this computer. It opens the journal if you "
    "forget your passphrase."
)


def cmd_init(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    if context.has_supplied_passphrase(args):
        first = second = context.passphrase(args)
    else:
        first, second = context.new_passphrase(args, env=context.PASSPHRASE_ENV)
    created = vault.create(first, second)
    created.database.close()
    print(f"Created a new encrypted journal in {vault.data_dir}", file=sys.stderr)
    print(_RECOVERY_KEY_ADVICE, file=sys.stderr)
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


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    recovery = vault.new_recovery_key(context.passphrase(args))
    print(
        "A new recovery key is set. The old one no longer opens the journal or the key file "
        "kept with its backups.",
        file=sys.stderr,
    )
    print(_RECOVERY_KEY_ADVICE, file=sys.stderr)
    print(recovery)
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from journal_app.cli.progress import ProgressLine
    from journal_app.services.key_rotation import rotate_key

    vault = context.vault(args)
    vault.ensure_exists()
    current = context.passphrase(args)
    new, confirmation = context.new_passphrase(args)
    database = vault.unlock(current, writer=True)
    line = ProgressLine("Changing the journal's key")
    try:
        result = rotate_key(
            vault,
            database,
            current,
            new,
            confirmation,
            delete_backups=args.delete_backups,
            progress=lambda fraction, _stage: line(round(fraction * 100), 100),
        )
    finally:
        line.close()
        database.close()
    done = (
        f"{result.backups_deleted} old backup(s) deleted"
        if args.delete_backups
        else f"{result.backups_reencrypted} backup(s) re-encrypted"
    )
    print(
        f"The journal has a new key and a new passphrase ({done}). The old passphrase and "
        "the old recovery key no longer open it or its backups. Copies someone already took "
        "of the old files still open with the old passphrase: changing the key cannot undo "
        "that.",
        file=sys.stderr,
    )
    if result.backups_failed:
        print(
            f"Warning: {result.backups_failed} backup(s) could not be re-encrypted (damaged) "
            "and no longer open.",
            file=sys.stderr,
        )
    print(
        _RECOVERY_KEY_ADVICE.replace("Your recovery key", "Your new recovery key"), file=sys.stderr
    )
    print(result.recovery_key)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Both integrity checks on the journal, then the newest backup and a rotating sample
    of older ones verified again; exit code 5 if the journal or any backup is damaged."""
    from journal_app.services.backups import BackupService  # when run: --help stays quick

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
        from journal_app.cli import backup_report

        backup_report.print_backups(healths, unverified, folder)
    if healths and not recorded:
        print(
            "The app has the journal open, so these results were not recorded. Run "
            "'journal-app check' again after closing the app to record them."
        )
    if problems:
        raise DamagedJournalError("check.journal_failed", problems=tuple(problems))
    damaged = [h for h in healths if not h.usable]
    latest = service.last_good_backup(folder, unusable={h.backup.path.name for h in damaged})
    if not healths:
        print("No backup has been made yet. Run 'journal-app backup'.")
    elif latest is None:
        print("No good backup yet. Run 'journal-app backup'.")
    else:
        from journal_app.services.backups import age_in_words

        age = datetime.now(UTC) - latest.made_at
        print(
            f"Last good backup: {latest.made_at:%Y-%m-%d %H:%M} UTC ({render(age_in_words(age))})."
        )
        if age.days > 7:
            print("Warning: the last backup is more than a week old. Run 'journal-app backup'.")
    if damaged:
        from journal_app.cli import backup_report

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

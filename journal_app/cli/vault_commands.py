"""Commands that manage the journal itself: init, passwd, recover, new-recovery-key,
rotate-key, check, backup, remember."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import UTC, datetime

from journal_app.cli import context
from journal_app.core.errors import DamagedJournalError, JournalInUseError
from journal_app.core.messages import Message, text


def cmd_init(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    if context.has_supplied_passphrase(args):
        first = second = context.passphrase(args)
    else:
        first, second = context.new_passphrase(args, env=context.PASSPHRASE_ENV)
    created = vault.create(first, second)
    created.database.close()
    print(text("cli.keys.created", folder=vault.data_dir), file=sys.stderr)
    print(text("cli.keys.recovery_key_below"), file=sys.stderr)
    print(created.recovery_key)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    old = context.passphrase(args)
    new, confirmation = context.new_passphrase(args)
    vault.change_passphrase(old, new, confirmation)
    print(text("cli.keys.passphrase_changed"), file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    recovery = context.recovery_key(args)
    new, confirmation = context.new_passphrase(args)
    vault.recover(recovery, new, confirmation).close()
    print(text("cli.keys.new_passphrase_set"), file=sys.stderr)
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    vault.ensure_exists()
    recovery = vault.new_recovery_key(context.passphrase(args))
    print(text("cli.keys.new_recovery_key_set"), file=sys.stderr)
    print(text("cli.keys.recovery_key_below"), file=sys.stderr)
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
    line = ProgressLine(text("cli.keys.changing_key"))
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
        Message("cli.keys.backups_deleted", count=result.backups_deleted)
        if args.delete_backups
        else Message("cli.keys.backups_reencrypted", count=result.backups_reencrypted)
    )
    print(text("cli.keys.key_changed", done=done), file=sys.stderr)
    if result.backups_failed:
        print(text("cli.keys.backups_failed", count=result.backups_failed), file=sys.stderr)
    print(text("cli.keys.new_recovery_key_below"), file=sys.stderr)
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
    print(text("cli.backups.integrity_failed" if problems else "cli.backups.integrity_passed"))
    unverified = [c for c in service.kept_copies(folder) if not c.verified]
    if healths or unverified:
        from journal_app.cli import backup_report

        backup_report.print_backups(healths, unverified, folder)
    if healths and not recorded:
        print(text("cli.backups.not_recorded"))
    if problems:
        raise DamagedJournalError("check.journal_failed", problems=tuple(problems))
    damaged = [h for h in healths if not h.usable]
    latest = service.last_good_backup(folder, unusable={h.backup.path.name for h in damaged})
    if not healths:
        print(text("cli.backups.none_made"))
    elif latest is None:
        print(text("cli.backups.none_good"))
    else:
        from journal_app.services.backups import age_in_words

        age = datetime.now(UTC) - latest.made_at
        print(text("cli.backups.last_good", made=latest.made_at, age=age_in_words(age)))
        if age.days > 7:
            print(text("cli.backups.week_old"))
    if damaged:
        from journal_app.cli import backup_report

        raise DamagedJournalError(backup_report.damage_message(damaged, folder))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with context.open_journal(args, writer=True, daily_backup=False) as database:
        info = database.backup("manual")
    print(text("cli.backups.made", path=info.path))
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    vault = context.vault(args)
    status = vault.device_status()
    if not status.available:
        print(f"journal-app: {status.reason}", file=sys.stderr)
        return 9
    with context.open_journal(args, writer=False) as database:
        vault.remember_on_device(database)
    print(text("cli.keys.remembered"), file=sys.stderr)
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    context.vault(args).forget_on_device()
    print(text("cli.keys.forgotten"), file=sys.stderr)
    return 0

"""The ``demo`` command: fill an empty journal with fictional example reflections."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import context
from journal_app.cli.entry_commands import catalogue, journal_service
from journal_app.core.errors import JournalExistsError, JournalNotFoundError
from journal_app.core.messages import text
from journal_app.core.models import EntryFilter

if TYPE_CHECKING:
    from journal_app.cli.parser import AddCommand
    from journal_app.services.journal import JournalService
    from journal_app.store.database import JournalDatabase

MAX_ENTRIES = 100_000


def register(add: AddCommand) -> None:
    demo = add(
        "demo",
        cmd_demo,
        text("cli.help.demo"),
    )
    demo.add_argument(
        "--entries",
        type=_entry_count,
        default=60,
        metavar="N",
        help=text("cli.help.demo_entries"),
    )
    demo.add_argument("--seed", type=int, default=7, metavar="S", help=text("cli.help.demo_seed"))


def _entry_count(typed: str) -> int:
    try:
        value = int(typed)
    except ValueError:
        raise argparse.ArgumentTypeError(
            text("cli.demo_entries_not_a_number", typed=typed[:20])
        ) from None
    if not 1 <= value <= MAX_ENTRIES:
        raise argparse.ArgumentTypeError(text("cli.demo_entries_range", limit=MAX_ENTRIES))
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    # imported here: only this command needs the demo's generator and its text (about 100 kB
    # read from resources/demo), so every other command starts without them
    from journal_app.services.demo import fill_demo_journal

    cat = catalogue(args)
    with _empty_journal(args) as database:
        journal = journal_service(database, cat)
        if args.entries > 1_000:
            print(text("cli.demo.writing", count=args.entries), file=sys.stderr)
        written = fill_demo_journal(journal, cat, date.today(), args.entries, args.seed)
    print(text("cli.demo.wrote", count=written))
    return 0


@contextmanager
def _empty_journal(args: argparse.Namespace) -> Iterator[JournalDatabase]:
    """The journal in the data folder, opened for writing, if it has no reflections at all.

    A folder without a journal gets a new one when a passphrase was supplied (never typed:
    a demo is usually scripted), and its recovery key is shown as ``init`` shows it.
    """
    vault = context.vault(args)
    if vault.exists():
        with context.open_journal(args, writer=True) as database:
            _refuse_unless_empty(journal_service(database), vault.data_dir)
            yield database
        return
    if not context.has_supplied_passphrase(args):
        raise JournalNotFoundError("cli.demo_needs_journal", folder=vault.data_dir)
    secret = context.passphrase(args)
    created = vault.create(secret, secret)
    try:
        print(text("cli.keys.created", folder=vault.data_dir), file=sys.stderr)
        # the key itself is never a message's parameter
        print(text("cli.keys.demo_recovery_key_below"), file=sys.stderr)
        print(created.recovery_key, file=sys.stderr)
        yield created.database
    finally:
        created.database.close()


def _refuse_unless_empty(journal: JournalService, folder: Path) -> None:
    stored = journal.count() + journal.count(EntryFilter(in_trash=True))
    if stored:
        raise JournalExistsError("cli.demo_journal_not_empty", folder=folder, count=stored)

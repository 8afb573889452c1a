"""The command-line grammar. Each command names its handler; handlers live in *_commands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import NoReturn

from journal_app.cli import entry_commands as entries
from journal_app.cli import vault_commands as vault
from journal_app.core.models import (
    NEW_REFLECTION_STATUS,
    NEW_REFLECTION_VISIBILITY,
    Status,
    Visibility,
)

EXIT_CODES = """\
exit codes:
  0   done
  1   something unexpected went wrong (nothing further was changed)
  2   bad arguments or input (nothing was changed)
  3   wrong passphrase or recovery key
  4   no journal in the folder (or one already exists, for init; not empty, for demo)
  5   the journal or its key file is damaged
  6   the journal is open in another window of the app (or its keys were changed by
      another window or command meanwhile)
  8   no reflection with that id
  9   remembering on this device is not possible here
  10  the disk refused a write (full, read-only)
  11  identifying details were found (check-identifiers, export)

passphrases are read from --passphrase-file, else JOURNAL_PASSPHRASE, else typed without
echo. New passphrases: --new-passphrase-file, else JOURNAL_NEW_PASSPHRASE, else typed twice.
"""


class _Parser(argparse.ArgumentParser):
    """One clear line on stderr for bad arguments, instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        from journal_app.cli.output import visible  # the message quotes what was typed

        print(f"{self.prog}: {visible(message)} (see '{self.prog} --help')", file=sys.stderr)
        sys.exit(2)


class _VersionAction(argparse.Action):
    """``--version``: the package's version, looked up only when asked (keeps start-up quick)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from journal_app.versions import app_version

        print(f"{parser.prog} {app_version()}")
        parser.exit()


def _date_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="from this date (2026-04-01 or 01/04/2026)",
    )
    command.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")


#: the signature of ``add`` handed to each command module's ``register``
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal-app",
        description="Reflective Supervision Journal: an encrypted journal for practice leaders "
        "and supervisors. With no command, the desktop app opens.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the journal's folder (default: your user data folder)"
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a throw-away journal filled with example reflections",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(metavar="COMMAND", parser_class=_Parser)

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    init = add(
        "init", vault.cmd_init, "create a new encrypted journal and print its recovery key once"
    )
    init.add_argument("--new-passphrase-file", metavar="FILE", help=argparse.SUPPRESS)

    new = add("add", entries.cmd_add, "write a reflection; the text is read from standard input")
    new.add_argument("--title", required=True)
    new.add_argument("--date", help="the date of the event reflected on (default: today)")
    new.add_argument(
        "--template",
        default="free-form",
        metavar="ID",
        help="reflective model, e.g. gibbs, kolb, driscoll (see 'templates')",
    )
    new.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="FRAMEWORK:CODE",
        help="e.g. --tag kss-pl:5; repeat for more",
    )
    new.add_argument(
        "--visibility",
        choices=[v.value for v in Visibility],
        default=NEW_REFLECTION_VISIBILITY.value,
    )
    new.add_argument(
        "--status", choices=[s.value for s in Status], default=NEW_REFLECTION_STATUS.value
    )
    new.add_argument("--no-body", action="store_true", help="do not read standard input")

    listing = add("list", entries.cmd_list, "list reflections, newest first")
    _date_options(listing)
    listing.add_argument("--tag", metavar="FRAMEWORK:CODE")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.add_argument("--json", action="store_true")

    search = add(
        "search", entries.cmd_search, 'find reflections containing all the words ("quote" phrases)'
    )
    search.add_argument(
        "query",
        help='words, best match first; only "quoted phrases": exact wording, newest first',
    )
    _date_options(search)
    search.add_argument("--tag", metavar="FRAMEWORK:CODE")
    search.add_argument("--limit", type=int, default=50)
    welsh = search.add_mutually_exclusive_group()
    welsh.add_argument(
        "--welsh-forms",
        dest="welsh_forms",
        action="store_const",
        const=True,
        help='also find Welsh mutations ("plant" finds "phlant"); default: your preference',
    )
    welsh.add_argument("--no-welsh-forms", dest="welsh_forms", action="store_const", const=False)
    search.add_argument("--json", action="store_true")

    show = add("show", entries.cmd_show, "show one reflection in full")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    delete = add("delete", entries.cmd_delete, "move a reflection to the trash")
    delete.add_argument("id")
    delete.add_argument(
        "--purge", action="store_true", help="delete for good instead (cannot be undone)"
    )

    restore_entry = add(
        "restore-entry", entries.cmd_restore_entry, "bring a reflection back from the trash"
    )
    restore_entry.add_argument("id")

    add(
        "check",
        vault.cmd_check,
        "check the journal's integrity; verify the newest backup and two older ones again",
    )
    add("backup", vault.cmd_backup, "make a verified encrypted backup now")

    passwd = add("passwd", vault.cmd_passwd, "change the passphrase")
    passwd.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from its first line"
    )

    recover = add("recover", vault.cmd_recover, "set a new passphrase using the recovery key")
    recover.add_argument(
        "--recovery-key-file", metavar="FILE", help="read the recovery key from its first line"
    )
    recover.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from its first line"
    )

    add(
        "new-recovery-key",
        vault.cmd_new_recovery_key,
        "replace the recovery key (asks the passphrase; prints the new key once)",
    )
    rotate = add(
        "rotate-key",
        vault.cmd_rotate_key,
        "someone may know your passphrase: give the journal a new key, passphrase and "
        "recovery key, and re-encrypt its backups",
    )
    rotate.add_argument("--new-passphrase-file", metavar="FILE")
    rotate.add_argument(
        "--delete-backups",
        action="store_true",
        help="delete the old backups instead of re-encrypting them",
    )

    add(
        "remember",
        vault.cmd_remember,
        "remember the journal in this device's keyring (no passphrase needed here)",
    )
    add("forget", vault.cmd_forget, "stop remembering the journal on this device")

    # For the frozen build's checks only, so not listed in --help (no help= hides it).
    self_test = commands.add_parser("self-test")
    self_test.set_defaults(handler=_self_test)
    self_test.add_argument("modules", nargs="*")

    # Other command groups register themselves: each module has register(add).
    for module_name in _COMMAND_MODULES:
        module = importlib.import_module(f"journal_app.cli.{module_name}")
        module.register(add)
    return parser


def _self_test(args: argparse.Namespace) -> int:
    from journal_app.cli.self_test import run_self_test

    return run_self_test(args.modules)


#: modules under journal_app.cli with a ``register(add)`` function adding their commands
_COMMAND_MODULES: tuple[str, ...] = (
    "catalogue_commands",
    "demo_commands",
    "export_commands",
    "backup_commands",
    "protect_commands",
    "version_commands",
)

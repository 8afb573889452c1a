"""The command-line grammar. Each command names its handler; handlers live in *_commands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import NoReturn

from journal_app.cli import entry_commands as entries
from journal_app.cli import vault_commands as vault
from journal_app.cli.words import LANGUAGE_OPTION
from journal_app.core import language as languages
from journal_app.core.messages import text
from journal_app.core.models import (
    NEW_REFLECTION_STATUS,
    NEW_REFLECTION_VISIBILITY,
    Status,
    Visibility,
)

# Every help text is a catalogue entry (cli.help.*), so the help speaks the language chosen
# for the run (journal_app/cli/words.py); argparse's own words are looked up there too.


class _Parser(argparse.ArgumentParser):
    """One clear line on stderr for bad arguments, instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        from journal_app.cli.output import visible  # the message quotes what was typed

        print(
            text("cli.help.error_line", prog=self.prog, message=visible(message)), file=sys.stderr
        )
        sys.exit(2)


class _VersionAction(argparse.Action):
    """``--version``: the package's version, looked up only when asked (keeps start-up quick)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=text("cli.help.version"))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from journal_app.versions import app_version

        print(f"{parser.prog} {app_version()}")
        parser.exit()


def _date_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=text("cli.help.date_from"),
    )
    command.add_argument("--to", dest="date_to", metavar="DATE", help=text("cli.help.date_to"))


#: the signature of ``add`` handed to each command module's ``register``
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal-app",
        description=text("cli.help.description"),
        epilog=text("cli.help.exit_codes"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", metavar="DIR", help=text("cli.help.data_dir"))
    parser.add_argument("--passphrase-file", metavar="FILE", help=text("cli.help.passphrase_file"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=text("cli.help.demo_app"),
    )
    parser.add_argument(
        LANGUAGE_OPTION,
        choices=languages.CHOICES,
        help=text("cli.help.language"),
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(metavar="COMMAND", parser_class=_Parser)

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    init = add("init", vault.cmd_init, text("cli.help.init"))
    init.add_argument("--new-passphrase-file", metavar="FILE", help=argparse.SUPPRESS)

    new = add("add", entries.cmd_add, text("cli.help.add"))
    new.add_argument("--title", required=True)
    new.add_argument("--date", help=text("cli.help.add_date"))
    new.add_argument(
        "--template",
        default="free-form",
        metavar="ID",
        help=text("cli.help.add_template"),
    )
    new.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="FRAMEWORK:CODE",
        help=text("cli.help.add_tag"),
    )
    new.add_argument(
        "--visibility",
        choices=[v.value for v in Visibility],
        default=NEW_REFLECTION_VISIBILITY.value,
    )
    new.add_argument(
        "--status", choices=[s.value for s in Status], default=NEW_REFLECTION_STATUS.value
    )
    new.add_argument("--no-body", action="store_true", help=text("cli.help.add_no_body"))

    listing = add("list", entries.cmd_list, text("cli.help.list"))
    _date_options(listing)
    listing.add_argument("--tag", metavar="FRAMEWORK:CODE")
    listing.add_argument("--trash", action="store_true", help=text("cli.help.list_trash"))
    listing.add_argument("--json", action="store_true")

    search = add("search", entries.cmd_search, text("cli.help.search"))
    search.add_argument("query", help=text("cli.help.search_query"))
    _date_options(search)
    search.add_argument("--tag", metavar="FRAMEWORK:CODE")
    search.add_argument("--limit", type=int, default=50)
    welsh = search.add_mutually_exclusive_group()
    welsh.add_argument(
        "--welsh-forms",
        dest="welsh_forms",
        action="store_const",
        const=True,
        help=text("cli.help.search_welsh_forms"),
    )
    welsh.add_argument("--no-welsh-forms", dest="welsh_forms", action="store_const", const=False)
    search.add_argument("--json", action="store_true")

    show = add("show", entries.cmd_show, text("cli.help.show"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    delete = add("delete", entries.cmd_delete, text("cli.help.delete"))
    delete.add_argument("id")
    delete.add_argument("--purge", action="store_true", help=text("cli.help.delete_purge"))

    restore_entry = add("restore-entry", entries.cmd_restore_entry, text("cli.help.restore_entry"))
    restore_entry.add_argument("id")

    add("check", vault.cmd_check, text("cli.help.check"))
    add("backup", vault.cmd_backup, text("cli.help.backup"))

    passwd = add("passwd", vault.cmd_passwd, text("cli.help.passwd"))
    passwd.add_argument(
        "--new-passphrase-file", metavar="FILE", help=text("cli.help.new_passphrase_file")
    )

    recover = add("recover", vault.cmd_recover, text("cli.help.recover"))
    recover.add_argument(
        "--recovery-key-file", metavar="FILE", help=text("cli.help.recovery_key_file")
    )
    recover.add_argument(
        "--new-passphrase-file", metavar="FILE", help=text("cli.help.new_passphrase_file")
    )

    add("new-recovery-key", vault.cmd_new_recovery_key, text("cli.help.new_recovery_key"))
    rotate = add("rotate-key", vault.cmd_rotate_key, text("cli.help.rotate_key"))
    rotate.add_argument("--new-passphrase-file", metavar="FILE")
    rotate.add_argument(
        "--delete-backups",
        action="store_true",
        help=text("cli.help.rotate_delete_backups"),
    )

    add("remember", vault.cmd_remember, text("cli.help.remember"))
    add("forget", vault.cmd_forget, text("cli.help.forget"))

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

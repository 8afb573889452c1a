"""Shared CLI plumbing: where the journal is, how the passphrase is read, opening it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInputError
from journal_app.core.messages import Message, text
from journal_app.store.locations import default_data_dir

# The services and the database layer (SQLAlchemy, the crypto libraries) are imported when
# a command opens the journal, not when the grammar is built: --help stays quick.
if TYPE_CHECKING:
    from journal_app.services.vault import Vault
    from journal_app.store.database import JournalDatabase

PASSPHRASE_ENV = "JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "JOURNAL_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "JOURNAL_RECOVERY_KEY"


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def vault(args: argparse.Namespace) -> Vault:
    from journal_app.services.device_keys import SystemKeyring
    from journal_app.services.vault import Vault

    return Vault(data_dir(args), device_keys=SystemKeyring())


def read_secret_file(path: str, what: str = "passphrase") -> str:
    """The first line of the file at ``path``, without its line ending, as the help says.

    ``what`` names the secret in a message, through the catalogue's ``cli.secret.<what>``.

    Anything after the first line is ignored (a note, a second copy); an empty first line
    is refused rather than taken as an empty ``what``.
    """
    try:
        contents = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError("cli.file_unreadable", path=path, reason=exc.strerror) from None
    except UnicodeDecodeError:
        raise InvalidInputError("cli.file_not_utf8", path=path) from None
    first = contents.partition("\n")[0].removesuffix("\r")
    if not first:
        raise InvalidInputError(
            "cli.first_line_empty", path=path, what=Message(f"cli.secret.{what}")
        )
    return first


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInputError(
            "cli.no_passphrase", variable=PASSPHRASE_ENV, new_variable=NEW_PASSPHRASE_ENV
        )
    return getpass.getpass(label)


def passphrase(args: argparse.Namespace) -> str:
    """The current passphrase: --passphrase-file, then the environment, then a prompt."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return prompt(text("cli.prompt.passphrase"))


def new_passphrase(args: argparse.Namespace, env: str = NEW_PASSPHRASE_ENV) -> tuple[str, str]:
    """A new passphrase and its confirmation (the same text when not typed interactively)."""
    if getattr(args, "new_passphrase_file", None):
        given = read_secret_file(args.new_passphrase_file, "new_passphrase")
        return given, given
    if os.environ.get(env):
        return os.environ[env], os.environ[env]
    from journal_app.core.passphrase import MIN_LENGTH

    first = prompt(text("cli.prompt.new_passphrase", length=MIN_LENGTH))
    return first, prompt(text("cli.prompt.again"))


def recovery_key(args: argparse.Namespace) -> str:
    """The recovery key: --recovery-key-file, then the environment, then a prompt."""
    if getattr(args, "recovery_key_file", None):
        return read_secret_file(args.recovery_key_file, "recovery_key")
    if os.environ.get(RECOVERY_KEY_ENV):
        return os.environ[RECOVERY_KEY_ENV]
    return prompt(text("cli.prompt.recovery_key"))


def has_supplied_passphrase(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV))


@contextmanager
def open_journal(
    args: argparse.Namespace, *, writer: bool, daily_backup: bool = True
) -> Iterator[JournalDatabase]:
    """Unlock the journal for one command and always close it again.

    Readers (list, search, show, check, export) do not take the one-writer lock, so they work
    while the desktop app has the journal open; WAL lets them read consistently.
    """
    the_vault = vault(args)
    database = None
    if not has_supplied_passphrase(args) and the_vault.exists():
        database = the_vault.unlock_from_device(writer=writer)
    if database is None:
        the_vault.ensure_exists()
        database = the_vault.unlock(passphrase(args), writer=writer)
    try:
        if writer and daily_backup:
            from journal_app.cli.backup_commands import daily_backup_on_open

            daily_backup_on_open(database)
        yield database
    finally:
        database.close()

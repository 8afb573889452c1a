"""The ``journal-app`` command: the same services as the desktop app, from a terminal.

No Python traceback ever reaches the user: every error becomes one line on stderr and an
exit code listed in ``journal-app --help``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from journal_app.cli.words import LANGUAGE_OPTION, start_in_language
from journal_app.core.errors import JournalError
from journal_app.core.language import CHOICES
from journal_app.core.messages import text


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # the full grammar reports the mistake, once and in its own words
        raise argparse.ArgumentError(None, message)


def _app_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain ``journal-app [--data-dir DIR] [--demo]``, which opens the
    desktop app; ``None`` for anything else (a command, --help, a mistake).

    Opening the app this way skips building the whole command grammar, which imports every
    command's modules (the database layer among them) before the window could appear.
    """
    launch = _QuietParser(add_help=False, exit_on_error=False)
    launch.add_argument("--data-dir")
    launch.add_argument("--passphrase-file")
    launch.add_argument("--demo", action="store_true")
    launch.add_argument(LANGUAGE_OPTION, choices=CHOICES)
    try:
        args, rest = launch.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    if os.name == "posix":
        os.umask(0o077)  # anything we create (backups, exports) is private by default
    arguments = sys.argv[1:] if argv is None else list(argv)
    # first: the help texts are looked up in this language as the grammar is built
    start_in_language(arguments)
    if arguments == ["--version"]:
        # answered before the command grammar is built (that imports every command)
        from journal_app.versions import app_version

        print(f"journal-app {app_version()}")
        return 0
    args = _app_launch(arguments)
    if args is None:
        from journal_app.cli.parser import build_parser

        try:
            args = build_parser().parse_args(arguments)
        except SystemExit as done:  # --help, or bad arguments already explained in one line
            return int(done.code or 0)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from journal_app.cli.launch import launch_app

            return launch_app(args)
        return int(handler(args) or 0)
    except JournalError as error:
        # messages may quote what was given (a file name, a field of an import file)
        from journal_app.cli.output import visible

        print(f"journal-app: {visible(str(error), lines=True)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(text("cli.cancelled"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # last line of defence: no traceback, no content
        if os.environ.get("JOURNAL_DEBUG"):
            raise
        print(text("cli.unexpected", kind=type(error).__name__), file=sys.stderr)
        return 1


def run() -> None:
    """The ``journal-app`` command and ``python -m journal_app``."""
    from journal_app.process_hardening import harden_process

    harden_process()  # first: no crash dump may ever hold a key or a reflection
    sys.exit(main())

"""The ``journal-app`` command: the same services as the desktop app, from a terminal.

No Python traceback ever reaches the user: every error becomes one line on stderr and an
exit code listed in ``journal-app --help``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from journal_app.cli.parser import build_parser
from journal_app.core.errors import JournalError


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    if os.name == "posix":
        os.umask(0o077)  # anything we create (backups, exports) is private by default
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, or bad arguments already explained in one line
        return int(done.code or 0)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from journal_app.cli.launch import launch_app

            return launch_app(args)
        return int(handler(args) or 0)
    except JournalError as error:
        print(f"journal-app: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("journal-app: cancelled.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # last line of defence: no traceback, no content
        if os.environ.get("JOURNAL_DEBUG"):
            raise
        print(
            "journal-app: something unexpected went wrong and the command stopped "
            f"({type(error).__name__}). Nothing further was changed. Run 'journal-app check' "
            "to confirm the journal is healthy.",
            file=sys.stderr,
        )
        return 1


def run() -> None:
    sys.exit(main())

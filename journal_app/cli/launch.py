"""``journal-app`` with no command opens the desktop app."""

from __future__ import annotations

import argparse


def launch_app(args: argparse.Namespace) -> int:
    from journal_app.ui.app import run_app  # imported late: the CLI must not pay for Qt

    return run_app(
        data_dir=args.data_dir,
        demo=getattr(args, "demo", False),
        language=getattr(args, "language", None),  # --language: this time only
    )

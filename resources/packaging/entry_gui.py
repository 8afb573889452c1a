"""The frozen windowed program: opens the desktop app (``--data-dir`` and ``--demo`` work)."""

from journal_app.cli import run

run()

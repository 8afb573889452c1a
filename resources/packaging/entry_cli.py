"""The frozen ``journal-app`` program: the command line (no command opens the desktop app)."""

from journal_app.cli import run

run()

"""``python -m journal_app`` is the same as the ``journal-app`` command."""

from journal_app.cli import run

run()

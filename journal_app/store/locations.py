"""Where a journal lives: its default folder and the names of its files.

Kept apart from the database code so that start-up (the unlock dialog, single-instance
checks, the CLI deciding what to do) can name the files without importing SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

DATABASE_NAME = "journal.db"
KEY_FILE_NAME = "journal.key"
LOCK_FILE_NAME = "journal.lock"
#: imported frameworks (plain JSON: a framework is published text, not the user's words)
USER_FRAMEWORKS_FOLDER = "frameworks"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/ReflectiveJournal)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("ReflectiveJournal", appauthor=False, roaming=False))

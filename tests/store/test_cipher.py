"""Opening a journal file with its raw key happens in one place (store/cipher.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlcipher3

from journal_app.store import cipher
from journal_app.store.database import BACKUPS_FOLDER_SETTING, JOURNAL_ID_SETTING, JournalDatabase


def test_a_setting_is_read_with_the_key_and_not_without_it(database: JournalDatabase) -> None:
    path = database.path
    assert cipher.read_setting(path, database.key, JOURNAL_ID_SETTING) == database.journal_id
    assert cipher.read_setting(path, database.key, BACKUPS_FOLDER_SETTING) is None
    assert cipher.read_setting(path, bytes(32), JOURNAL_ID_SETTING) is None
    assert cipher.read_setting(path.parent / "missing" / "x.db", database.key, "x") is None


def test_a_wrong_key_shows_at_the_first_read(database: JournalDatabase) -> None:
    with (
        cipher.open_with_key(database.path, bytes(32)) as connection,
        pytest.raises(sqlcipher3.DatabaseError),
    ):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_pragma_key_is_written_only_in_the_cipher_module() -> None:
    package = Path(cipher.__file__).resolve().parents[1]
    keying = re.compile(r"PRAGMA (re)?key\s*=|x'\{", re.IGNORECASE)
    writers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "cipher.py" and keying.search(path.read_text("utf-8"))
    )
    assert writers == []

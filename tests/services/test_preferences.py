"""Preferences live in the encrypted settings table: defaults, round trip, checks, repair."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.services.preferences import Preferences, load_preferences, save_preferences
from journal_app.store.database import BACKUPS_FOLDER_SETTING, JournalDatabase


def test_defaults_when_nothing_is_stored(database: JournalDatabase) -> None:
    assert load_preferences(database) == Preferences()
    assert Preferences().auto_lock_minutes == 10
    assert Preferences().default_framework_id == "kss-pl"
    assert Preferences().appraisal_year_start_month == 4


def test_round_trip_of_every_field(database: JournalDatabase, tmp_path: Path) -> None:
    chosen = Preferences(
        auto_lock_minutes=25,
        default_framework_id="pcf",
        theme="dark",
        appraisal_year_start_month=9,
        user_name="Sam Example",
        user_role="Principal social worker",
        employer="Anytown Council",
        backups_folder=str(tmp_path / "backups elsewhere"),
    )
    assert save_preferences(database, chosen) == chosen
    assert load_preferences(database) == chosen


def test_the_backups_folder_is_the_one_the_store_uses(database: JournalDatabase, tmp_path: Path):
    folder = tmp_path / "my backups"
    save_preferences(database, Preferences(backups_folder=str(folder)))
    assert database.get_setting(BACKUPS_FOLDER_SETTING) == str(folder)
    assert database.backups_folder() == folder
    save_preferences(database, Preferences(backups_folder=""))
    assert database.backups_folder() == database.data_dir / "backups"


def test_text_is_tidied(database: JournalDatabase) -> None:
    saved = save_preferences(database, Preferences(user_name="  Sam   Example ", employer=" A "))
    assert saved.user_name == "Sam Example" and saved.employer == "A"


@pytest.mark.parametrize(
    "change",
    [
        {"auto_lock_minutes": 0},
        {"auto_lock_minutes": 241},
        {"theme": "purple"},
        {"appraisal_year_start_month": 13},
        {"default_framework_id": "  "},
        {"user_role": "x" * 201},
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(
    database: JournalDatabase, change: dict[str, object]
) -> None:
    with pytest.raises(InvalidInputError):
        save_preferences(database, replace(Preferences(user_name="Kept"), **change))
    assert load_preferences(database) == Preferences()


def test_a_damaged_stored_value_falls_back_to_its_default(database: JournalDatabase) -> None:
    save_preferences(database, Preferences(auto_lock_minutes=30, user_name="Sam"))
    database.set_setting("preference.auto_lock_minutes", "many")
    database.set_setting("preference.theme", "neon")
    loaded = load_preferences(database)
    assert loaded.auto_lock_minutes == 10 and loaded.theme == "system"
    assert loaded.user_name == "Sam"  # the good values survive


def test_preferences_are_not_readable_in_the_file(database: JournalDatabase) -> None:
    save_preferences(database, Preferences(user_name="Distinctive Surname Zebedee"))
    database.close()
    for path in database.data_dir.glob("journal.db*"):
        assert b"Zebedee" not in path.read_bytes()


def test_settings_are_read_and_written_together(database: JournalDatabase) -> None:
    assert database.get_settings([]) == {}
    database.set_settings({"preference.theme": "dark", "preference.user_name": "Sam Okoro"})
    found = database.get_settings(["preference.theme", "preference.user_name", "not.stored"])
    assert found == {"preference.theme": "dark", "preference.user_name": "Sam Okoro"}
    database.set_setting("preference.theme", "light")  # one key still works
    assert database.get_setting("preference.theme") == "light"


def test_where_registered_and_the_welsh_renewal_date_are_kept_and_checked(
    database: JournalDatabase,
) -> None:
    from datetime import date

    from journal_app.services.preferences import renewal_date

    saved = save_preferences(
        database, Preferences(registered_with="scw", scw_renewal_date="2026-04-01")
    )
    loaded = load_preferences(database)
    assert (loaded.registered_with, renewal_date(loaded)) == ("scw", date(2026, 4, 1))
    assert saved == loaded
    with pytest.raises(InvalidInputError, match="where you are registered"):
        save_preferences(database, Preferences(registered_with="hcpc"))
    with pytest.raises(InvalidInputError, match="renewal date is not a real date"):
        save_preferences(database, Preferences(scw_renewal_date="2026-02-30"))
    assert load_preferences(database) == loaded  # nothing stored on bad input


def test_views_get_the_stored_preferences_or_the_defaults_when_reading_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core import keywrap
    from journal_app.core.errors import StorageError
    from journal_app.services import unlocked as unlocked_module
    from journal_app.services.unlocked import UnlockedJournal
    from journal_app.services.vault import Vault

    vault = Vault(tmp_path / "journal", kdf_params=keywrap.minimum_params)
    unlocked = UnlockedJournal.open(vault, vault.create("correct horse battery staple").database)
    chosen = Preferences(appraisal_year_start_month=9, default_framework_id="pcf")
    unlocked.save_preferences(chosen)
    assert unlocked.preferences_or_defaults() == chosen

    def unreadable(_database: object) -> Preferences:
        raise StorageError("The journal could not be read.")

    monkeypatch.setattr(unlocked_module, "load_preferences", unreadable)
    assert unlocked.preferences_or_defaults() == Preferences()
    with pytest.raises(StorageError):
        unlocked.preferences()  # only the views' fallback hides the failure
    unlocked.close()

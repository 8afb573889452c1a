"""Journal-level preferences, kept in the journal's encrypted settings table.

Preferences say something about the person (their name, role, employer, the framework they
mostly evidence against), so they live inside the encrypted database, never in the OS
settings store. The one exception is the theme, which the desktop app mirrors outside the
journal because it is needed before unlocking and reveals nothing.

Each preference is stored under its own key so a newer app version can add preferences
without rewriting old ones; a stored value that is missing or unreadable falls back to its
default rather than stopping the journal from opening.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from journal_app.core.errors import InvalidInputError
from journal_app.store.database import BACKUPS_FOLDER_SETTING

THEMES = ("system", "light", "dark")
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 240
MAX_TEXT = 200
MAX_FOLDER = 4096

_PREFIX = "preference."


class SettingsStore(Protocol):
    """The part of :class:`JournalDatabase` preferences need."""

    def get_settings(self, keys: Iterable[str]) -> dict[str, str]: ...

    def set_settings(self, values: Mapping[str, str]) -> None: ...


@dataclass(frozen=True)
class Preferences:
    """What the person chose in Preferences; every field has a sensible default."""

    auto_lock_minutes: int = 10
    default_framework_id: str = "kss-pl"
    theme: str = "system"
    appraisal_year_start_month: int = 4
    user_name: str = ""
    user_role: str = ""
    employer: str = ""
    backups_folder: str = ""
    #: search finds Welsh mutations too ("plant" finds "phlant"); off for English journals,
    #: where English words would meet false Welsh forms
    search_welsh_forms: bool = False


def _storage_key(name: str) -> str:
    # The backups folder is read by the store itself when it makes a backup.
    return BACKUPS_FOLDER_SETTING if name == "backups_folder" else _PREFIX + name


def load_preferences(store: SettingsStore) -> Preferences:
    """The stored preferences, with the default for anything missing or unreadable."""
    defaults = Preferences()
    values: dict[str, Any] = {}
    # One query for all of them: each read is a transaction of its own, and the export
    # dialog and the window read the preferences as they open.
    found = store.get_settings(_storage_key(field.name) for field in fields(Preferences))
    for field in fields(Preferences):
        stored = found.get(_storage_key(field.name))
        if stored is None:
            continue
        value: object = stored
        if isinstance(getattr(defaults, field.name), bool):
            value = stored == "True"
        elif isinstance(getattr(defaults, field.name), int):
            try:
                value = int(stored)
            except ValueError:
                continue  # a damaged value falls back to the default
        if _problem(field.name, value) is None:
            values[field.name] = value
    return validated(replace(defaults, **values))


def save_preferences(store: SettingsStore, preferences: Preferences) -> Preferences:
    """Check and store every preference; returns what was stored.

    Raises :class:`InvalidInputError` (nothing stored) when a value is out of range.
    """
    checked = validated(preferences)
    store.set_settings(
        {
            _storage_key(field.name): str(getattr(checked, field.name))
            for field in fields(Preferences)
        }
    )
    return checked


def validated(preferences: Preferences) -> Preferences:
    """The preferences with text tidied, or :class:`InvalidInputError` saying what is wrong."""
    for field in fields(Preferences):
        problem = _problem(field.name, getattr(preferences, field.name))
        if problem:
            raise InvalidInputError(problem)
    return replace(
        preferences,
        default_framework_id=preferences.default_framework_id.strip(),
        user_name=" ".join(preferences.user_name.split()),
        user_role=" ".join(preferences.user_role.split()),
        employer=" ".join(preferences.employer.split()),
        backups_folder=preferences.backups_folder.strip(),
    )


_TEXT_LABELS = {"user_name": "name", "user_role": "role", "employer": "employer"}


def _problem(name: str, value: object) -> str | None:
    """Why one preference's value is not acceptable, or ``None``."""
    if name == "auto_lock_minutes":
        if not isinstance(value, int) or not (
            MIN_AUTO_LOCK_MINUTES <= value <= MAX_AUTO_LOCK_MINUTES
        ):
            return (
                f"Choose an auto-lock time between {MIN_AUTO_LOCK_MINUTES} and "
                f"{MAX_AUTO_LOCK_MINUTES} minutes."
            )
    elif name == "appraisal_year_start_month":
        if not isinstance(value, int) or not 1 <= value <= 12:
            return "The appraisal year must start in a month from 1 to 12."
    elif name == "theme":
        if value not in THEMES:
            return "Choose a theme: follow the system, light or dark."
    elif name == "default_framework_id":
        if not isinstance(value, str) or not value.strip():
            return "Choose a default framework."
    elif name in _TEXT_LABELS:
        if not isinstance(value, str) or len(value.strip()) > MAX_TEXT:
            return f"Keep your {_TEXT_LABELS[name]} under {MAX_TEXT} characters."
    elif name == "search_welsh_forms" and not isinstance(value, bool):
        return "Choose whether search finds Welsh word forms."
    elif name == "backups_folder" and (not isinstance(value, str) or len(value) > MAX_FOLDER):
        return "The backups folder's path is too long."
    return None

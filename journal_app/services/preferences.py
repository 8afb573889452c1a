"""Journal-level preferences, kept in the journal's encrypted settings table.

Preferences say something about the person (their name, role, employer, the framework they
mostly evidence against), so they live inside the encrypted database, never in the OS
settings store. The exceptions are the theme and the language, which the desktop app mirrors
outside the journal because they are needed before unlocking and reveal nothing.

Each preference is stored under its own key so a newer app version can add preferences
without rewriting old ones; a stored value that is missing or unreadable falls back to its
default rather than stopping the journal from opening.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Protocol

from journal_app.core import language as languages
from journal_app.core.errors import InvalidInputError
from journal_app.core.messages import Message
from journal_app.store.database import BACKUPS_FOLDER_SETTING

THEMES = ("system", "light", "dark")
#: where the person is registered: Social Work England, Social Care Wales or both
REGISTERS = ("swe", "scw", "both")
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
    registered_with: str = "swe"
    #: the date the person's Social Care Wales registration was last renewed (ISO), or ""
    scw_renewal_date: str = ""
    #: search finds Welsh mutations too ("plant" finds "phlant"); off for English journals,
    #: where English words would meet false Welsh forms
    search_welsh_forms: bool = False
    #: at unlock, open This week instead of the reflections when something is due
    open_this_week_at_unlock: bool = True
    #: the language the app speaks: "system" (the computer's), "en" or "cy"
    language: str = languages.SYSTEM


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


#: the catalogue code for each free-text preference that is too long
_TEXT_LABELS = {
    "user_name": "preferences.name_too_long",
    "user_role": "preferences.role_too_long",
    "employer": "preferences.employer_too_long",
}


def _problem(name: str, value: object) -> Message | None:
    """Why one preference's value is not acceptable, or ``None``."""
    if name == "auto_lock_minutes":
        if not isinstance(value, int) or not (
            MIN_AUTO_LOCK_MINUTES <= value <= MAX_AUTO_LOCK_MINUTES
        ):
            return Message(
                "preferences.auto_lock_range",
                low=MIN_AUTO_LOCK_MINUTES,
                high=MAX_AUTO_LOCK_MINUTES,
            )
    elif name == "appraisal_year_start_month":
        if not isinstance(value, int) or not 1 <= value <= 12:
            return Message("period.start_month_out_of_range")
    elif name == "theme":
        if value not in THEMES:
            return Message("preferences.theme")
    elif name == "default_framework_id":
        if not isinstance(value, str) or not value.strip():
            return Message("preferences.default_framework")
    elif name in _TEXT_LABELS:
        if not isinstance(value, str) or len(value.strip()) > MAX_TEXT:
            return Message(_TEXT_LABELS[name], limit=MAX_TEXT)
    elif name == "language" and value not in languages.CHOICES:
        return Message("preferences.language")
    elif name == "search_welsh_forms" and not isinstance(value, bool):
        return Message("preferences.search_welsh_forms")
    elif name == "backups_folder" and (not isinstance(value, str) or len(value) > MAX_FOLDER):
        return Message("preferences.backups_folder_too_long")
    elif name == "registered_with" and value not in REGISTERS:
        return Message("preferences.registered_with")
    elif name == "scw_renewal_date":
        return _date_problem(value)
    return None


def _date_problem(value: object) -> Message | None:
    if value == "":
        return None
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return Message("preferences.renewal_date")
    return None


def renewal_date(preferences: Preferences) -> date | None:
    """The Social Care Wales renewal date the person entered, if any."""
    return (
        date.fromisoformat(preferences.scw_renewal_date) if preferences.scw_renewal_date else None
    )

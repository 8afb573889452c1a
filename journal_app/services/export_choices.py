"""The choices behind the last appraisal PDF, remembered for the next one.

Which frameworks, whether drafts and private reflections went in, whole reflections or
summaries, and the period: kept in the journal's encrypted settings (never the OS settings
store: the frameworks and dates say something about the person), under one key as JSON.
A value that is missing or damaged gives the safe defaults, never an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from journal_app.services.preferences import SettingsStore

EXPORT_CHOICES_SETTING = "export.appraisal_choices"


class PeriodChoice(StrEnum):
    """How the period was chosen: an appraisal year stays that year relative to today."""

    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    DATES = "dates"  # the person typed the dates


@dataclass(frozen=True)
class ExportChoices:
    """What the person chose last time; the defaults are the safe first-time choices."""

    framework_ids: tuple[str, ...] = ()  # empty: the default framework from Preferences
    include_private: bool = False
    include_drafts: bool = False
    full_text: bool = True
    period: PeriodChoice = PeriodChoice.THIS_YEAR
    date_from: date | None = None  # only for PeriodChoice.DATES
    date_to: date | None = None


def load_export_choices(store: SettingsStore) -> ExportChoices:
    """The remembered choices, or the defaults if none (or only damaged ones) are stored."""
    stored = store.get_settings([EXPORT_CHOICES_SETTING]).get(EXPORT_CHOICES_SETTING)
    if not stored:
        return ExportChoices()
    try:
        return _from_json(json.loads(stored))
    except (ValueError, TypeError, KeyError, AttributeError):
        return ExportChoices()


def save_export_choices(store: SettingsStore, choices: ExportChoices) -> None:
    """Remember ``choices`` for the next export."""
    store.set_settings({EXPORT_CHOICES_SETTING: json.dumps(_to_json(choices))})


def _to_json(choices: ExportChoices) -> dict[str, object]:
    return {
        "framework_ids": list(choices.framework_ids),
        "include_private": choices.include_private,
        "include_drafts": choices.include_drafts,
        "full_text": choices.full_text,
        "period": choices.period.value,
        "date_from": choices.date_from.isoformat() if choices.date_from else None,
        "date_to": choices.date_to.isoformat() if choices.date_to else None,
    }


def _from_json(data: dict[str, object]) -> ExportChoices:
    frameworks = data["framework_ids"]
    if not isinstance(frameworks, list) or not all(isinstance(f, str) for f in frameworks):
        raise TypeError("framework ids")
    period = PeriodChoice(str(data["period"]))
    date_from, date_to = _date(data.get("date_from")), _date(data.get("date_to"))
    if period is PeriodChoice.DATES and (date_from is None or date_to is None):
        period = PeriodChoice.THIS_YEAR
    return ExportChoices(
        framework_ids=tuple(frameworks),
        include_private=data["include_private"] is True,
        include_drafts=data["include_drafts"] is True,
        full_text=data["full_text"] is not False,
        period=period,
        date_from=date_from,
        date_to=date_to,
    )


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None

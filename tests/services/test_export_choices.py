"""The export choices remembered in the journal: round trip, and damage gives defaults."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.services.export_choices import (
    EXPORT_CHOICES_SETTING,
    ExportChoices,
    PeriodChoice,
    load_export_choices,
    save_export_choices,
)


class Settings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_settings(self, keys):  # type: ignore[no-untyped-def]
        return {k: self.values[k] for k in keys if k in self.values}

    def set_settings(self, values):  # type: ignore[no-untyped-def]
        self.values.update(values)


def test_round_trip() -> None:
    store = Settings()
    assert load_export_choices(store) == ExportChoices()
    chosen = ExportChoices(
        framework_ids=("kss-pl", "pcf"),
        include_private=True,
        include_drafts=True,
        full_text=False,
        period=PeriodChoice.DATES,
        date_from=date(2026, 4, 20),
        date_to=date(2027, 3, 31),
    )
    save_export_choices(store, chosen)
    assert load_export_choices(store) == chosen


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[]",
        '{"framework_ids": "kss-pl"}',
        '{"framework_ids": [], "include_private": true, "include_drafts": false,'
        ' "full_text": true, "period": "someday"}',
    ],
)
def test_damaged_choices_give_the_safe_defaults(stored: str) -> None:
    store = Settings()
    store.values[EXPORT_CHOICES_SETTING] = stored
    assert load_export_choices(store) == ExportChoices()


def test_a_private_tick_needs_a_real_true() -> None:
    store = Settings()
    store.values[EXPORT_CHOICES_SETTING] = (
        '{"framework_ids": [], "include_private": "yes", "include_drafts": 1,'
        ' "full_text": true, "period": "this_year"}'
    )
    assert not load_export_choices(store).include_private
    assert not load_export_choices(store).include_drafts

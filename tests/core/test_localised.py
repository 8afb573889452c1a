"""Dates and numbers in the current language, by the Unicode CLDR (Babel): English exactly
as the app has always written them, Welsh in its own words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date

from journal_app.core import localised, messages
from journal_app.core.errors import InvalidInputError
from journal_app.core.periods import Period, appraisal_year, format_uk_date, parse_uk_or_iso_date


@pytest.fixture
def welsh() -> Iterator[None]:
    messages.set_language("cy")
    yield
    messages.set_language("en")


def test_english_dates_are_the_apps_and_cldrs_british_english() -> None:
    for month in range(1, 13):
        day = date(2026, month, 2 + month)
        assert localised.long_date(day, "en") == format_date(day, "long", locale="en_GB")
    assert format_uk_date(date(2026, 12, 2)) == "2 December 2026"
    assert localised.short_month_name(9, "en") == "Sep"  # the app's, not CLDR's "Sept"


def test_welsh_dates_and_month_names(welsh: None) -> None:
    assert format_uk_date(date(2026, 12, 2)) == "2 Rhagfyr 2026"
    assert localised.long_date(date(2026, 3, 1)) == "1 Mawrth 2026"
    assert localised.month_name(4) == "Ebrill"
    assert localised.short_month_name(11) == "Tach"
    assert localised.month_and_year(2, 2027) == "Chwefror 2027"
    assert localised.number(12345) == "12,345"
    assert localised.long_date(date(2026, 12, 2), "en") == "2 December 2026"


def test_an_english_start_does_not_load_babel() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date\n"
        "from journal_app.core.periods import format_uk_date, Period\n"
        "format_uk_date(date(2026, 1, 2)); Period(date(2026,1,1), date(2026,2,1)).label\n"
        "print('babel' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_typed_date_may_name_its_month_in_welsh_or_english(welsh: None) -> None:
    assert parse_uk_or_iso_date("1 Ebrill 2026") == date(2026, 4, 1)
    assert parse_uk_or_iso_date("3 chwef 2026") == date(2026, 2, 3)
    assert parse_uk_or_iso_date("3 Chw 2026") == date(2026, 2, 3)
    assert parse_uk_or_iso_date("2 Rhagfyr 2026") == date(2026, 12, 2)
    assert parse_uk_or_iso_date("1 April 2026") == date(2026, 4, 1)
    with pytest.raises(InvalidInputError):
        parse_uk_or_iso_date("1 Ebrillx 2026")


def test_a_period_in_words_follows_the_catalogue(tmp_path: Path) -> None:
    english = messages.catalogue("en")
    assert english["period.range"] == "{start} to {end}"
    (tmp_path / "en.toml").write_text('[messages.period]\nrange = "{start} to {end}"\n', "utf-8")
    (tmp_path / "cy.toml").write_text('[messages.period]\nrange = "{start} i {end}"\n', "utf-8")
    year = appraisal_year(date(2026, 10, 1))
    assert year.label == "1 April 2026 to 31 March 2027"
    messages.use_folder(tmp_path)
    messages.set_language("cy")
    try:
        assert year.label == "1 Ebrill 2026 i 31 Mawrth 2027"
        assert (
            Period(date(2026, 1, 1), date(2026, 1, 31)).label == "1 Ionawr 2026 i 31 Ionawr 2026"
        )
    finally:
        messages.set_language("en")
        messages.use_folder(None)

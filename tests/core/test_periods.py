"""Periods, appraisal and registration years, and UK date reading and writing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInputError
from journal_app.core.periods import (
    Period,
    appraisal_year,
    format_uk_date,
    format_uk_short,
    parse_uk_or_iso_date,
    registration_year,
)

# Far enough from date.min and date.max that neighbouring years still exist.
any_date = st.dates(min_value=date(1901, 1, 1), max_value=date(2999, 12, 31))


# --- Period ---------------------------------------------------------------------------


def test_period_contains_is_inclusive_at_both_ends() -> None:
    period = Period(date(2026, 4, 1), date(2027, 3, 31))
    assert period.contains(date(2026, 4, 1))
    assert period.contains(date(2027, 3, 31))
    assert not period.contains(date(2026, 3, 31))
    assert not period.contains(date(2027, 4, 1))


def test_single_day_period_is_allowed() -> None:
    period = Period(date(2026, 2, 3), date(2026, 2, 3))
    assert period.days == 1
    assert period.months() == ((2026, 2),)


def test_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="before it starts"):
        Period(date(2026, 4, 2), date(2026, 4, 1))


def test_months_cross_the_new_year_in_order() -> None:
    period = Period(date(2025, 12, 1), date(2026, 11, 30))
    months = period.months()
    assert len(months) == 12
    assert months[0] == (2025, 12)
    assert months[1] == (2026, 1)
    assert months[-1] == (2026, 11)


def test_months_include_partial_months_at_each_end() -> None:
    period = Period(date(2026, 1, 31), date(2026, 3, 1))
    assert period.months() == ((2026, 1), (2026, 2), (2026, 3))


def test_label_is_in_uk_words() -> None:
    assert Period(date(2026, 4, 1), date(2027, 3, 31)).label == "1 April 2026 to 31 March 2027"


# --- appraisal year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2026, 4, 1), date(2026, 4, 1), date(2027, 3, 31)),
        (date(2026, 3, 31), date(2025, 4, 1), date(2026, 3, 31)),
        (date(2026, 12, 25), date(2026, 4, 1), date(2027, 3, 31)),
        (date(2027, 1, 1), date(2026, 4, 1), date(2027, 3, 31)),
    ],
)
def test_default_appraisal_year_runs_april_to_march(today: date, start: date, end: date) -> None:
    assert appraisal_year(today) == Period(start, end)


def test_appraisal_year_with_employer_start_date() -> None:
    assert appraisal_year(date(2026, 9, 1), start_month=9, start_day=1) == Period(
        date(2026, 9, 1), date(2027, 8, 31)
    )
    assert appraisal_year(date(2026, 8, 31), start_month=9) == Period(
        date(2025, 9, 1), date(2026, 8, 31)
    )


def test_appraisal_year_starting_1_march_ends_on_29_february_in_a_leap_year() -> None:
    assert appraisal_year(date(2027, 6, 1), start_month=3).end == date(2028, 2, 29)
    assert appraisal_year(date(2026, 6, 1), start_month=3).end == date(2027, 2, 28)


def test_calendar_year_appraisal() -> None:
    assert appraisal_year(date(2026, 7, 4), start_month=1) == Period(
        date(2026, 1, 1), date(2026, 12, 31)
    )


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (2, 29), (4, 31), (4, 0)])
def test_appraisal_year_refuses_a_start_that_does_not_exist_every_year(
    month: int, day: int
) -> None:
    with pytest.raises(InvalidInputError):
        appraisal_year(date(2026, 5, 1), start_month=month, start_day=day)


# --- registration year -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2026, 11, 26), date(2025, 12, 1), date(2026, 11, 30)),
        (date(2026, 11, 30), date(2025, 12, 1), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2026, 12, 1), date(2027, 11, 30)),
        (date(2026, 12, 31), date(2026, 12, 1), date(2027, 11, 30)),
        (date(2027, 1, 1), date(2026, 12, 1), date(2027, 11, 30)),
        (date(2028, 2, 29), date(2027, 12, 1), date(2028, 11, 30)),
    ],
)
def test_registration_year_runs_december_to_november(today: date, start: date, end: date) -> None:
    assert registration_year(today) == Period(start, end)


def test_registration_year_with_29_february_has_366_days() -> None:
    assert registration_year(date(2028, 1, 10)).days == 366
    assert registration_year(date(2026, 1, 10)).days == 365


@given(any_date)
def test_every_date_belongs_to_exactly_one_registration_year(today: date) -> None:
    period = registration_year(today)
    assert period.contains(today)
    assert (period.start.month, period.start.day) == (12, 1)
    assert (period.end.month, period.end.day) == (11, 30)
    # Neighbouring years meet without a gap or an overlap.
    before = registration_year(period.start - timedelta(days=1))
    after = registration_year(period.end + timedelta(days=1))
    assert before.end + timedelta(days=1) == period.start
    assert period.end + timedelta(days=1) == after.start
    assert not before.contains(today) and not after.contains(today)


@given(any_date, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_appraisal_year_always_contains_today_and_lasts_a_year(
    today: date, month: int, day: int
) -> None:
    period = appraisal_year(today, start_month=month, start_day=day)
    assert period.contains(today)
    assert period.days in (365, 366)
    assert len(period.months()) in (12, 13)


# --- reading and writing dates ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-01",
        "01/03/2026",
        "1/3/2026",
        "1 March 2026",
        "1 march 2026",
        "1st March 2026",
        "1 Mar 2026",
        "1ST MARCH 2026",
        "  1   March 2026 ",
    ],
)
def test_parse_accepts_uk_and_iso_forms(text: str) -> None:
    assert parse_uk_or_iso_date(text) == date(2026, 3, 1)


def test_slashed_dates_are_day_first() -> None:
    assert parse_uk_or_iso_date("12/01/2026") == date(2026, 1, 12)


def test_parse_accepts_29_february_in_a_leap_year_only() -> None:
    assert parse_uk_or_iso_date("29/02/2028") == date(2028, 2, 29)
    with pytest.raises(InvalidInputError, match="not a real date"):
        parse_uk_or_iso_date("29/02/2026")


@pytest.mark.parametrize("text", ["31/04/2026", "2026-13-01", "0 March 2026", "32 May 2026"])
def test_parse_refuses_dates_that_do_not_exist(text: str) -> None:
    with pytest.raises(InvalidInputError, match="not a real date"):
        parse_uk_or_iso_date(text)


@pytest.mark.parametrize(
    "text", ["tomorrow", "03/01/26", "2026/03/01", "March 1 2026", "1.3.2026", "١/٣/٢٠٢٦"]
)
def test_parse_refuses_other_forms_and_says_which_are_accepted(text: str) -> None:
    with pytest.raises(InvalidInputError, match="01/03/2026"):
        parse_uk_or_iso_date(text)


def test_parse_names_an_unknown_month() -> None:
    with pytest.raises(InvalidInputError, match="Marhc"):
        parse_uk_or_iso_date("1 Marhc 2026")


def test_parse_of_empty_text_says_no_date_was_given() -> None:
    with pytest.raises(InvalidInputError, match="No date was given"):
        parse_uk_or_iso_date("   ")


def test_parse_error_cuts_long_text_short() -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_uk_or_iso_date("x" * 500)
    assert len(str(caught.value)) < 150


def test_format_uk_date_and_short() -> None:
    assert format_uk_date(date(2026, 3, 1)) == "1 March 2026"
    assert format_uk_date(date(2026, 11, 30)) == "30 November 2026"
    assert format_uk_short(date(2026, 3, 1)) == "01/03/2026"


@given(any_date)
def test_formatted_dates_read_back_unchanged(d: date) -> None:
    assert parse_uk_or_iso_date(format_uk_date(d)) == d
    assert parse_uk_or_iso_date(format_uk_short(d)) == d
    assert parse_uk_or_iso_date(d.isoformat()) == d

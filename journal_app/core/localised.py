"""Dates and numbers written in the current language, by the Unicode CLDR's rules (Babel).

``long_date(date(2026, 12, 2))`` is "2 December 2026" in English and "2 Rhagfyr 2026" in
Welsh: each language's CLDR *long* date pattern (``d MMMM y`` for both) with its own month
names. Numbers group thousands as the language does ("10,000" in both).

English is the source language and its forms are written here by hand (the app's dates read
"1 March 2026" since its first version; ``tests/core/test_localised.py`` checks they are what
CLDR says for British English). That keeps Babel's import and locale data (about 0.1 s) off
the start-up of an English app and of each English command; another language loads them
once, when its first date is shown. Results are cached: an appraisal PDF writes thousands of
dates, mostly the same few hundred.
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from journal_app.core.messages import SOURCE_LANGUAGE, current_language

if TYPE_CHECKING:
    from babel.core import Locale

#: the English month names (also the names every language's date reader accepts)
ENGLISH_MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date, language: str | None = None) -> str:
    """``day`` in words: "2 December 2026", "2 Rhagfyr 2026"."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return _babel_long_date(day, language)


def month_name(month: int, language: str | None = None) -> str:
    """A month's name on its own (a heading, a chooser): "April", "Ebrill"."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE:
        return ENGLISH_MONTHS[month - 1]
    return _months(language, "wide")[month - 1]


def short_month_name(month: int, language: str | None = None) -> str:
    """A month's short name for a narrow column or a chart's axis: "Apr", "Ebr"."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE:
        return ENGLISH_MONTHS[month - 1][:3]
    return _months(language, "abbreviated")[month - 1]


def month_and_year(month: int, year: int, language: str | None = None) -> str:
    """A month of a year: "April 2026", "Ebrill 2026"."""
    return f"{month_name(month, language)} {year}"


def number(value: int, language: str | None = None) -> str:
    """A whole number with the language's grouping: "10,000"."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE:
        return f"{value:,}"
    return _babel_number(value, language)


def month_names(language: str, *, short: bool = False) -> tuple[str, ...]:
    """The twelve month names of ``language`` (English for a language Babel lacks)."""
    if language == SOURCE_LANGUAGE:
        return tuple(name[:3] for name in ENGLISH_MONTHS) if short else ENGLISH_MONTHS
    return _months(language, "abbreviated" if short else "wide")


@cache
def month_words(language: str) -> dict[str, int]:
    """Every name and short name ``language`` gives each month, lower case, to its number
    (for reading a typed date: "ebrill", "ebr", "chwef" and "chw" in Welsh)."""
    words: dict[str, int] = {}
    locale = _locale(language) if language != SOURCE_LANGUAGE else None
    for month in range(1, 13):
        words[month_name(month, language).lower()] = month
        words[short_month_name(month, language).lower()] = month
        if locale is not None:
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    words[str(locale.months[context][width][month]).lower().rstrip(".")] = month
    return words


@lru_cache(maxsize=4096)
def _babel_long_date(day: date, language: str) -> str:
    from babel.dates import format_date

    locale = _locale(language)
    if locale is None:
        return long_date(day, SOURCE_LANGUAGE)
    return str(format_date(day, "long", locale=locale))


@cache
def _months(language: str, width: str) -> tuple[str, ...]:
    locale = _locale(language)
    if locale is None:
        return tuple(name if width == "wide" else name[:3] for name in ENGLISH_MONTHS)
    names = locale.months["stand-alone"][width]
    return tuple(str(names[month]) for month in range(1, 13))


@lru_cache(maxsize=1024)
def _babel_number(value: int, language: str) -> str:
    from babel.numbers import format_decimal

    locale = _locale(language)
    if locale is None:
        return f"{value:,}"
    return str(format_decimal(value, locale=locale))


@cache
def _locale(language: str) -> Locale | None:
    """Babel's locale for ``language``, or ``None`` if Babel has no data for it."""
    # Imported here: Babel's data is needed only once a language other than English shows a
    # date or a number.
    from babel.core import Locale, UnknownLocaleError

    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None

"""Date ranges the journal reports over, and UK-style date reading and writing.

Two yearly periods matter to a practice leader: their employer's appraisal year (often
1 April to 31 March, but employers differ) and Social Work England's registration year
(1 December to 30 November), within which CPD must be recorded.

Dates are never formatted with ``strftime``: ``%B`` follows the machine's locale and ``%-d``
does not exist on Windows, and council laptops are mostly Windows. A date in words follows
the journal's language instead (:mod:`journal_app.core.localised`: "1 March 2026",
"1 Mawrth 2026"); a typed date may name its month in English or Welsh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from journal_app.core.errors import InvalidInputError
from journal_app.core.language import LANGUAGES
from journal_app.core.localised import ENGLISH_MONTHS, long_date, month_name, month_words
from journal_app.core.messages import SOURCE_LANGUAGE, text

#: the English month names (for words in another language, see journal_app.core.localised)
MONTH_NAMES = ENGLISH_MONTHS

# Social Work England's registration year starts on 1 December.
REGISTRATION_START_MONTH = 12
REGISTRATION_START_DAY = 1

# Full names and the usual abbreviations ("Sept" is common in UK writing).
_MONTH_LOOKUP: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}

_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_SLASH_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_WORDS_RE = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", re.ASCII | re.IGNORECASE
)

# Long pasted text is cut short in error messages so a message stays one readable line.
_ECHO_LIMIT = 40


@dataclass(frozen=True)
class Period:
    """A run of whole days, inclusive of both ``start`` and ``end``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise InvalidInputError(
                "period.ends_before_start",
                end=format_uk_date(self.end),
                start=format_uk_date(self.start),
            )

    def contains(self, d: date) -> bool:
        """Whether ``d`` falls on or between the first and last day."""
        return self.start <= d <= self.end

    @property
    def days(self) -> int:
        """How many days the period covers, counting both ends."""
        return (self.end - self.start).days + 1

    def months(self) -> tuple[tuple[int, int], ...]:
        """Every calendar month the period touches, as ``(year, month)`` in order."""
        result: list[tuple[int, int]] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(result)

    @property
    def label(self) -> str:
        """The period in words, e.g. ``1 April 2026 to 31 March 2027``."""
        return text("period.range", start=format_uk_date(self.start), end=format_uk_date(self.end))


def _yearly_period(today: date, start_month: int, start_day: int) -> Period:
    """The one-year period starting each year on ``start_month``/``start_day`` containing today."""
    this_years_start = date(today.year, start_month, start_day)
    start_year = today.year if today >= this_years_start else today.year - 1
    start = date(start_year, start_month, start_day)
    # The day before next year's start, so the year is always gap-free and leap-safe.
    end = date(start_year + 1, start_month, start_day) - timedelta(days=1)
    return Period(start, end)


def appraisal_year(today: date, start_month: int = 4, start_day: int = 1) -> Period:
    """The appraisal year containing ``today``; by default 1 April to 31 March.

    Employers choose their own start, so it is a parameter. 29 February is refused as a
    start because it does not happen every year.
    """
    if not 1 <= start_month <= 12:
        raise InvalidInputError("period.start_month_out_of_range")
    try:
        # 2001 is not a leap year: a start must exist in every year.
        date(2001, start_month, start_day)
    except ValueError:
        raise InvalidInputError(
            "period.start_day_not_every_year", day=start_day, month=month_name(start_month)
        ) from None
    return _yearly_period(today, start_month, start_day)


def registration_year(today: date) -> Period:
    """Social Work England's registration year containing ``today`` (1 December to 30 November)."""
    return _yearly_period(today, REGISTRATION_START_MONTH, REGISTRATION_START_DAY)


def parse_uk_or_iso_date(text: str) -> date:
    """Read a date typed as ``2026-03-01``, ``01/03/2026``, ``1/3/2026`` or ``1 March 2026``.

    Slashed dates are always day first (UK order). Raises :class:`InvalidInputError` with a
    message saying which forms are accepted, or that the date does not exist.
    """
    cleaned = " ".join(text.split())
    year: int
    month: int | None
    day: int
    if match := _ISO_RE.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _SLASH_RE.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    elif match := _WORDS_RE.fullmatch(cleaned):
        day, year = int(match.group(1)), int(match.group(3))
        month = _MONTH_LOOKUP.get(match.group(2).lower()) or _other_month(match.group(2))
        if month is None:
            raise InvalidInputError("date.not_a_month", word=match.group(2))
    else:
        shown = cleaned if len(cleaned) <= _ECHO_LIMIT else cleaned[:_ECHO_LIMIT] + "…"
        if not shown:
            raise InvalidInputError("date.missing")
        raise InvalidInputError("date.unreadable", text=shown)
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInputError("date.not_real", text=cleaned) from None


def _other_month(word: str) -> int | None:
    """The month a word names in one of the journal's other languages ("Ebrill", "Ebr")."""
    folded = word.lower()
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE and folded in month_words(language):
            return month_words(language)[folded]
    return None


def format_uk_date(d: date) -> str:
    """A date in words, day first, in the journal's language: ``1 March 2026``,
    ``1 Mawrth 2026``."""
    return long_date(d)


def format_uk_short(d: date) -> str:
    """A date in figures, UK order: ``01/03/2026``."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def month_period(year: int, month: int, within: Period | None = None) -> Period:
    """One calendar month, cut to ``within`` where the two overlap only in part."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    if within is not None:
        first, last = max(first, within.start), min(last, within.end)
        if first > last:
            raise InvalidInputError("period.month_outside")
    return Period(first, last)

"""Dates of birth: dates with a birth label, or recent full dates that sit near one.

A reflection is full of dates (meetings, reviews, deadlines), so a date on its own is never
flagged; only a birth label, or a recent date close to "born" or a matching age, is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from journal_app.core.messages import Message

from ._scan import Scan, find_in, keyword_spans, windows
from ._types import FindingKind, Hit

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan ionawr",
        "february feb chwefror",
        "march mar mawrth",
        "april apr ebrill",
        "may mai",
        "june jun mehefin",
        "july jul gorffennaf",
        "august aug awst",
        "september sep sept medi",
        "october oct hydref",
        "november nov tachwedd",
        "december dec rhagfyr",
    ],
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DATE = re.compile(
    # "b.18/10/2011": a date straight after the "b." that labels it
    r"(?:(?<![\w/.\-])|(?<=(?<![\w])b\.))(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.\-])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<m2>{_MONTH})\.?,?[ ]+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\.?[ ]+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?[ ]+(?P<y3>\d{{4}})"
    r"|(?P<y4>\d{4})(?P<sep4>[\-.])(?P<m4>\d{2})(?P=sep4)(?P<d4>\d{2})"
    rf"|(?P<m5>{_MONTH})\.?[ ]+(?P<y5>\d{{4}})"
    r"|(?P<m6>\d{1,2})/(?P<y6>\d{4})"
    # "12-Mar-2014", and "06 06 2016" with spaces (only with a four-digit year)
    rf"|(?P<d7>\d{{1,2}})-(?P<m7>{_MONTH})-(?P<y7>\d{{4}}|\d{{2}})"
    r"|(?P<d8>\d{1,2})[ ](?P<m8>\d{1,2})[ ](?P<y8>\d{4})"
    r")(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
# A day and month with no year ("born on 3rd May", "DOB 03/05"): a date of birth only
# straight after a birth label, since "the review is on 3rd May" is any date
_DAY_MONTH = re.compile(
    r"(?<![\w/.\-])(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.])(?P<m1>\d{1,2})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<m2>{_MONTH})"
    rf"|(?P<m3>{_MONTH})[ ]+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?"
    r")(?![\w/]|[.\-/]\d|[ ]*(?:weeks?|wks?|lbs?|kg|%|pounds)(?![\w]))",
    re.IGNORECASE,
)
_LABEL_KEYS = (
    "born",
    "dob",
    "d.o.b",
    "birth",
    "bday",
    "b'day",
    "geni",
    "ganwyd",
    "blwydd",
    "turned",
    "dg",
)
# Welsh too: "dyddiad geni" (date of birth), "ganwyd" (was born), "pen-blwydd" (birthday)
_LABEL = (
    r"DOB|d\.[ ]?o\.[ ]?b\.?|date[ ]of[ ]birth|birth[ ]?date|born|birthday|b['’]?day|b\.|"
    r"dyddiad[ ]geni|(?-i:DG|D\.G\.?)|geni|ganwyd|ganed|pen-?blwydd|"
    # "turned 9 on 12 May": the birthday itself, passed ("turns 16 on 4 August" is a
    # milestone ahead, a date to plan for)
    r"turned[ ]\d{1,2}(?=[ ]on[ ])|"
    # "baby arrived 08/09/2026", "born!! arrived on 17 Nov": an arrival that is a birth
    r"(?:baby|babi|twins|newborn|born[!.]*)[ ]+(?:was[ ]+|were[ ]+|has[ ]+|now[ ]+)?"
    r"(?:arrived|delivered)"
)
# "born on", "DOB is", "gave her DOB as", "date of birth (for the check) is", and the
# Welsh "geni ar" (born on), "ganwyd ym" (born in)
_LABEL_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?P<label>{_LABEL})[ ]*(?:[:\-–=(][ ]*"
    r"|(?:is|was|as|on|in|of|the|ar|ym|yn|hi|fe|o)[ ]+|\([^()\n]{1,50}\)[ ]*)*$"
)
_LABEL_REACH = 75
_LABEL_AFTER = re.compile(r"(?i)[ ]*[(\[,]?[ ]*(?P<label>DOB|d\.[ ]?o\.[ ]?b)(?![\w])")
# "birth parent", "birth family" are about who someone is, not when they were born
# "pre-birth conference" and "birth plan" are about a baby not yet born
_BIRTH_WORD = re.compile(
    r"(?i)(?<![\w\-])(?:born|birthday|newborn|dob|d\.o\.b|b\.(?=[ ]?\d)|ganwyd|geni|"
    r"pen-?blwydd|"
    # "Baby delivered on 28/04/2025": a delivery is a birth only with a baby before it
    r"(?:baby|babi|twins|newborn)[ ]+(?:was[ ]+|were[ ]+)?delivered|"
    r"birth(?![ \-](?:parent|mum|mother|dad|father|family|families|relative|sibling|plan"
    r"|planning|conference|meeting|assessment|partner)))(?![\w])"
)
# a due date: "due on", "due to be born", "expected on", "EDD", "unborn"
# and in Welsh: "cyn-geni" (before the birth), "disgwyl" (expected)
_DUE = re.compile(
    r"(?i)(?<![\w])(?:due|expected|edd|unborn|pre-?birth|antenatal|cyn|disgwyl)(?![\w])"
)
# "aged 9", "is 9", "turned 9", "9 years old", "9-year-old"
_AGE = re.compile(
    r"(?i)(?<![\w])(?:(?:aged?|is|was|turned|turns|now)[ ]+(?P<age>\d{1,2})(?![\d:/.,]\d)"
    r"(?![\d])(?![ ]*(?:%|am|pm|o['’]clock|minutes|mins|hours|hrs|days|weeks|months|times)"
    r"(?![\w]))|(?P<age2>\d{1,2})[ \-]+years?[ \-]+old)"
)
_BIRTHDAY = re.compile(r"(?i)birthday|b['’]?day|pen-?blwydd")
# A birthday that is nobody's in the work: the writer's own or a team's ("my birthday is
# 3 March", "our service's 10th birthday on 1 April")
_NOBODYS_BIRTHDAY = re.compile(
    r"(?i)(?<![\w])(?:my|our|(?:service|team|charity|centre|home|office|project|"
    # a worker's or a carer's, never the child's: "carer's birthday is 3 January"
    r"carer|colleague|manager|worker|teacher|student|staff)['’]s|staff|carers['’])"
    r"[ ]+(?:own[ ]+)?(?:\d{1,3}(?:st|nd|rd|th)[ ]+)?$"
)


# "the service was born on 01/09/2016": a team or an idea born, no person
_BORN_THING = re.compile(
    r"(?i)(?<![\w])(?:service|team|project|charity|hub|scheme|idea|group|partnership)"
    r"[ ]+(?:was[ ]+)?$"
)
# "issued on 03/05/2019", "launched 01/04/2018": the date of something done, beside a
# birth word that is not the person's ("birth certificate", "Birth to five service")
_EVENT_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:issued|launched|dated|signed|sent|opened|renewed|printed|expires|"
    r"expired|expiry|commissioned|published|started|began|set[ ]up|applied|requested|"
    r"ordered|received|posted)(?:[ ]+(?:for|a|an|the|new|copy|replacement)){0,3}"
    r"[ ]+(?:on[ ]+)?$"
)


def _nobodys(text: str, label: re.Match[str]) -> bool:
    """Whether a birthday label belongs to the writer or a team, not to a child."""
    before = max(0, label.start() - 24)
    if label.group("label").casefold() == "born":
        return _BORN_THING.search(text, before, label.start()) is not None
    return _BIRTHDAY.fullmatch(label.group("label")) is not None and bool(
        _NOBODYS_BIRTHDAY.search(text, before, label.start())
    )


_AFTER_NAME_GAP = re.compile(r"[ ]*(?:[,|\-–:][ ]*|\([ ]*)?(?=\d)")
_AFTER_NAME_REASON = Message("identifiers.reason.date_near_birth")
# "b." before a date labels it ("b. 11 Sept 2016"), it does not end the sentence
_SENTENCE_END = re.compile(r"(?<!\bb)[.!?](?:\s|$)|\n")
_WINDOW = 90
_NEAR_BIRTH_REASON = Message("identifiers.reason.date_near_birth")
_AGE_REASON = Message("identifiers.reason.date_matches_age")


def _parse(m: re.Match[str], today: date) -> tuple[date, bool] | None:
    """The date a match stands for and whether it had a day; None if not a real date."""
    for i in "12345678":
        if m.group(f"y{i}"):
            break
    year_text = m.group(f"y{i}")
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year <= today.year % 100 else 1900
    month_text = m.group(f"m{i}")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.casefold()]
    day_text = m.group(f"d{i}") if i in "123478" else None
    try:
        return date(year, month, int(day_text or 1)), day_text is not None
    except ValueError:
        return None


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The text around a date, up to ``_WINDOW`` characters but not past a sentence end."""
    left = max(0, start - _WINDOW)
    for stop in _SENTENCE_END.finditer(text, left, start):
        left = stop.end()
    right = min(len(text), end + _WINDOW)
    stop_after = _SENTENCE_END.search(text, end, right)
    return left, stop_after.start() if stop_after else right


def _age_at(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _day_and_month(m: re.Match[str]) -> bool:
    """Whether a day-and-month match is a real day of the year (29 February counts)."""
    for i in "123":
        if m.group(f"d{i}"):
            break
    month_text = m.group(f"m{i}")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.casefold()]
    try:
        date(2024, month, int(m.group(f"d{i}")))
    except ValueError:
        return False
    return True


def _dates_without_year(scan: Scan) -> Iterator[Hit]:
    """A day and month straight after a birth label: "born on 3rd May", "DOB 03/05"."""
    text = scan.text
    labels = windows(text, keyword_spans(scan.lowered, _LABEL_KEYS), 0, 40)
    for m in find_in(_DAY_MONTH, text, labels):
        label = _LABEL_BEFORE.search(text, max(0, m.start() - _LABEL_REACH), m.start())
        if label is None or not _day_and_month(m):
            continue
        if _DUE.search(text, max(0, label.start() - 20), label.start()):
            continue  # "due to be born on 2 May"
        if _nobodys(text, label):
            continue  # "my birthday is 3 March"
        reason = Message("identifiers.reason.date_next_to", word=label.group("label"))
        yield Hit(FindingKind.DATE_OF_BIRTH, m.start(), m.end(), reason)


def find_dates_of_birth(scan: Scan, today: date, name_ends: Iterable[int] = ()) -> Iterator[Hit]:
    """Dates that look like someone's date of birth, with or without the year.

    ``name_ends`` are where the names of people found in the text end: a full date straight
    after one (with a space, a comma, a dash or a table's bar between) is read as theirs.
    """
    yield from _dates_without_year(scan)
    text = scan.text
    # every date form holds a year (four digits, or two after a separator): look near those
    years = [
        (start, end)
        for start, end in scan.digits
        if end - start == 4 or (end - start == 2 and start and text[start - 1] in "/.-")
    ]
    after_names = set()
    for end in name_ends:
        gap = _AFTER_NAME_GAP.match(text, end)
        if gap:
            after_names.add(gap.end())
    for m in find_in(_DATE, text, windows(text, years, 24, 8)):
        parsed = _parse(m, today)
        if parsed is None:
            continue
        when, full = parsed
        label = _LABEL_BEFORE.search(text, max(0, m.start() - _LABEL_REACH), m.start()) or (
            _LABEL_AFTER.match(text, m.end())
        )
        reason: Message | None = None
        if (
            label
            and label.group("label").casefold() == "born"
            and _DUE.search(text, max(0, label.start() - 20), label.start())
        ):
            label = None  # "due to be born on 2 May", "expected to be born"
        nobody = label is not None and _nobodys(text, label)
        if nobody:
            label = None  # "my own birthday is 03/03/1990", "the service was born on"
        if label and when > today and (full or _BIRTHDAY.fullmatch(label.group("label"))):
            # "his 18th birthday is 15/01/2027", "18 on 30/01/2027 (dob 30/01/2009)": a
            # day still to come is nobody's date of birth
            label = None
        if label:
            reason = Message("identifiers.reason.date_next_to", word=label.group("label"))
        elif full and when.year >= today.year - 25 and m.start() in after_names:
            # a list's line: "Shanice Clarke 22/7/2010 - St Bede's", "Name | DOB |"
            # "Amira Haddad | 14/09/2018": a child's date straight after their name, long
            # enough ago that it is no visit's or meeting's
            if (today - when).days > 365:
                reason = _AFTER_NAME_REASON
        elif full and today.year - 25 <= when.year and when <= today and not nobody:
            left, right = _sentence_window(text, m.start(), m.end())
            # search a little past ``right`` so the look-ahead sees "birth parent" whole
            birth = _BIRTH_WORD.search(text, left, right + 20)
            if _DUE.search(text, left, right):
                pass  # a due date or a meeting before the birth, not a birthday
            elif birth and birth.start() < right:
                if not _EVENT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    reason = _NEAR_BIRTH_REASON
            elif any(
                abs(_age_at(when, today) - int(a.group("age") or a.group("age2"))) <= 1
                for a in _AGE.finditer(text, left, right)
            ):
                reason = _AGE_REASON
        if reason is not None:
            hit = Hit(FindingKind.DATE_OF_BIRTH, m.start(), m.end(), reason)
            yield hit

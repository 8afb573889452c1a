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
# a day's ordinal ending, English ("3rd") or Welsh ("1af", "2il", "3ydd", "5ed", "7fed",
# "11eg", "21ain")
_ORD = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"

_DATE = re.compile(
    # "b.18/10/2011": a date straight after the "b." that labels it
    r"(?:(?<![\w/.\-])|(?<=(?<![\w])b\.))(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.\-])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2})"
    rf"|(?P<d2>\d{{1,2}}){_ORD}?[ ]+(?:of[ ]+)?(?P<m2>{_MONTH})\.?,?[ ]+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\.?[ ]+(?P<d3>\d{{1,2}}){_ORD}?,?[ ]+(?P<y3>\d{{4}})"
    r"|(?P<y4>\d{4})(?P<sep4>[\-.])(?P<m4>\d{2})(?P=sep4)(?P<d4>\d{2})"
    rf"|(?P<m5>{_MONTH})\.?[ ]+(?P<y5>\d{{4}})"
    r"|(?P<m6>\d{1,2})/(?P<y6>\d{4})"
    # "12-Mar-2014", and "06 06 2016" with spaces (only with a four-digit year)
    rf"|(?P<d7>\d{{1,2}})-(?P<m7>{_MONTH})-(?P<y7>\d{{4}}|\d{{2}})"
    r"|(?P<d8>\d{1,2})[ ](?P<m8>\d{1,2})[ ](?P<y8>\d{4})"
    r")(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
# "DOB 3 Apr '19", "dob 3rd April 19": a two-digit year after a month's name, with an
# apostrophe or ending the phrase
_SHORT_YEAR = r"(?:\.?,?[ ]+(?:['’]\d{2}|\d{2}(?=[ ]*(?:$|[,.;:)\]|\n\-–]))))?"
# A day and month with no year ("born on 3rd May", "DOB 03/05"): a date of birth only
# straight after a birth label, since "the review is on 3rd May" is any date
_DAY_MONTH = re.compile(
    r"(?<![\w/.\-])(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/.])(?P<m1>\d{1,2})"
    rf"|(?P<d2>\d{{1,2}}){_ORD}?[ ]+(?:of[ ]+)?(?P<m2>{_MONTH}){_SHORT_YEAR}"
    rf"|(?P<m3>{_MONTH})[ ]+(?P<d3>\d{{1,2}}){_ORD}?{_SHORT_YEAR}"
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
    "anwyd",  # and "ganwyd"
    "blwydd",
    "turned",
    "dg",
)
# Welsh too: "dyddiad geni" (date of birth), "ganwyd" (was born), "pen-blwydd" (birthday)
_LABEL = (
    r"DOB|d\.[ ]?o\.[ ]?b\.?|d/o/b|date[ ]of[ ]birth|birth[ ]?date|born|birthday|b['’]?day|b\.|"
    r"dyddiad[ ]geni|(?-i:DG|D\.G\.?)|geni|ganwyd|ganed|(?:p|ph|mh)en-?blwydd|"
    # after "a" (who was) the verb loses its g: "y plentyn a anwyd ar 14/02/2016"
    r"anwyd|aned|"
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
    # Welsh "yw", "ydy", "oedd" (is, was): "ei phen-blwydd yw 3 Ebrill"
    r"|(?:is|was|as|on|in|of|the|ar|ym|yn|hi|fe|o|yw|ydy|ydi|oedd)[ ]+|\([^()\n]{1,50}\)[ ]*)*$"
)
_LABEL_REACH = 75
_LABEL_AFTER = re.compile(r"(?i)[ ]*[(\[,]?[ ]*(?P<label>DOB|d\.[ ]?o\.[ ]?b)(?![\w])")
# "birth parent", "birth family" are about who someone is, not when they were born
# "pre-birth conference" and "birth plan" are about a baby not yet born
_BIRTH_WORD = re.compile(
    r"(?i)(?<![\w\-])(?:born|birthday|newborn|dob|d\.o\.b|b\.(?=[ ]?\d)|ganwyd|geni|ganed|"
    r"anwyd|aned|"
    r"(?:p|ph|mh)en-?blwydd|"
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
    r"(?![\w]))|(?P<age2>\d{1,2})[ \-]+years?[ \-]+old"
    # an age in notes' shorthand: "Kian (14)", "Kian, 14, 02/03/2012", "Kian, 14 (dob ...)"
    r"|\((?P<age3>\d{1,2})\)|(?<=,)[ ]*(?P<age4>\d{1,2})(?=[ ]*[,(\-–][ ]*\d))"
)
_BIRTHDAY = re.compile(r"(?i)birthday|b['’]?day|(?:p|ph|mh)en-?blwydd")
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
_DONE_BEFORE = re.compile(
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
# a date that belongs to an event named just before it: "conference 03/12/2025", "the case
# opened 12/03/2017", "review held on 4 June 2024"; near "born" or an age it is still
# that event's day, not a birthday
_EVENT_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:conference|icpc|rcpc|meeting|review|visit|visited|hearing|panel|"
    r"assessment|discussion|strategy|core[ ]group|appointment|referral|referred|opened|"
    r"closed|made|held|scan|session|supervision|call|contact|court|order|plan|started|"
    r"began|ended|moved|placed|removed|accommodated|seen|cyfarfod|adolygiad|ymweliad|"
    r"cynhadledd|"
    # what happens to a family on a day, around a birth: "discharged on", "registered on"
    r"discharged|admitted|registered|issued|died|passed[ ]away|funeral|arrested|charged|"
    r"sentenced|released|excluded|adopted|married|christened|baptised|into[ ]care|nicu|"
    r"scbu|returned|reported)(?:[ ]+(?:was|is|held|made|dated|took[ ]place))?"
    r"(?:[ ]+(?:on|of|dated|from|at|in|ar))?(?:[ ]+the)?[ ]*[:\-–]?[ ]*$"
    # the end of a span of days: "from 02/10/2026 to 30/10/2026"
    r"|\d[ ]+(?i:to|until|till|tan)[ ]+$"
)
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
    labels = windows(text, keyword_spans(scan, _LABEL_KEYS), 0, 40)
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


# a table's column of dates of birth: "| Name | DOB | School |"
_BIRTH_HEADER = re.compile(
    r"(?i)(?:dob|d\.[ ]?o\.[ ]?b\.?|date[ ]of[ ]birth|birth[ ]?date|born|dyddiad[ ]geni|dg)"
)
# the header of a column of other dates: "| Start date |", "| Review |", "| Due |"
_DATE_HEADER = re.compile(
    r"(?i)(?<![\w])(?:date|dates|dyddiad|when|due|edd|review|meeting|visit|start|started|end|"
    r"ended|opened|closed|from|until|to|deadline|seen)(?![\w])"
)
# a header cell that names a column of dates of birth, for a quick look whether any table
# has one
_BIRTH_CELL = re.compile(
    r"(?i)\|[ ]*(?:dob|d\.[ ]?o\.[ ]?b\.?|date[ ]of[ ]birth|birth[ ]?date|born|dyddiad[ ]geni|dg)"
    r"[ ]*(?:\||$)",
    re.MULTILINE,
)
_TABLE_REASON = Message("identifiers.reason.date_next_to", word="DOB")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _in_birth_column(text: str, start: int, end: int) -> bool:
    """Whether a date fills a cell of a table's date of birth column. The header is the
    table's first line ("| Name | DOB |" above "| Kai | 04/02/2017 |"); when a table is
    typed on one line ("| child | dob | Zuzanna | 02/07/2017 |"), every date in a cell
    counts if the header names no other column of dates."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if "|" not in text[line_start:start] and "|" not in text[end:line_end]:
        return False
    cell_index = text.count("|", line_start, start)
    cells = _cells(line)
    if cells[cell_index] != text[start:end]:
        return False  # the date is not the whole cell
    top = line_start
    while top > 0:  # the table's first line: the lines above that hold a bar too
        above = text.rfind("\n", 0, top - 1) + 1
        if "|" not in text[above : top - 1]:
            break
        top = above
    header = line if top == line_start else text[top : text.find("\n", top)]
    header_cells = _cells(header)
    births = [i for i, c in enumerate(header_cells) if _BIRTH_HEADER.fullmatch(c)]
    if not births:
        return False
    if top != line_start:
        return cell_index in births
    # one line: the header ends where the first cell with a digit begins
    first_data = next((i for i, c in enumerate(header_cells) if any(ch.isdigit() for ch in c)), 0)
    names = header_cells[: births[0] + 1]
    return (
        births[0] < first_data
        and not any(_DATE_HEADER.search(c) for c in header_cells[births[0] + 1 : first_data])
        and not any(_DATE_HEADER.search(c) for c in names[:-1])
    )


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
    birth_table = "|" in text and _BIRTH_CELL.search(text) is not None
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
        elif full and when <= today and birth_table and _in_birth_column(text, m.start(), m.end()):
            reason = _TABLE_REASON
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
                reason = _NEAR_BIRTH_REASON
            elif any(
                abs(_age_at(when, today) - int(next(g for g in a.groups() if g))) <= 1
                for a in _AGE.finditer(text, left, right)
            ):
                reason = _AGE_REASON
        if reason is _NEAR_BIRTH_REASON or reason is _AGE_REASON:
            # an event's own day, not a birthday: "conference 03/12/2025, baby born
            # 20/11/2025"; beside a birth word also "birth certificate issued on 03/05/2019"
            before = max(0, m.start() - 40)
            if _EVENT_BEFORE.search(text, before, m.start()) or (
                reason is _NEAR_BIRTH_REASON and _DONE_BEFORE.search(text, before, m.start())
            ):
                reason = None
        if reason is not None:
            hit = Hit(FindingKind.DATE_OF_BIRTH, m.start(), m.end(), reason)
            yield hit

"""Schools named without a telling word, after the words a pupil's school takes.

"She attends St Mary's", "goes to Hillbrook", "excluded from Oakridge", "her form tutor at
Cedarwood", "St Illtyd's is his school", "at Fitzalan in Year 9".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import TOKEN, UPPER, Scan, find_in, keyword_spans, starts_word, windows
from ._school_names import (
    PREV_WORD,
    SCHOOL_SHAPE,
    VISIT_AFTER,
    named_after_school_words,
    own_name,
)
from ._types import FindingKind, Hit
from ._words import TOWNS, words

# A school named without a telling word, where the words before make it a school:
# "she attends St Mary's", "in Year 4 at Brynhyfryd".
_SAINT_AFTER_VERB = re.compile(
    r"(?P<verb>(?i:attends|attended|attending|started[ ]at|transferred[ ]to|excluded[ ]from|"
    r"pupil[ ]at))[ ]+"
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s)(?![\w]|[ ][{UPPER}])"
)
# "at Fitzalan in Year 9", "St Illtyd's is his school": the school named by what is said
# of it
_AT_IN_YEAR = re.compile(
    rf"(?P<verb>(?i:at))[ ]+(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?"
    rf"(?:[ ]{TOKEN}(?:['’]s)?)?)[ ]+"
    r"(?i:(?:in|since)[ ]+(?:year|yr|reception|nursery)[ ]*\d{0,2})"
    r"(?![\w])"
)
_IS_THEIR_SCHOOL = re.compile(
    rf"(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?(?:[ ]{TOKEN}(?:['’]s)?)?)[ ]+"
    r"(?P<verb>(?:is|was)[ ]+(?:his|her|their|the[ ]children['’]s)[ ]+"
    r"(?:(?:new|old|current|previous|local|secondary|primary)[ ]+)?"
    r"(?:school|nursery|college|primary|secondary|high[ ]school|sixth[ ]form))(?![\w])"
    r"(?![ ]+(?:friends?|mates?|bag|uniform|run|trip|work|report|day|days|holidays?|bus|"
    r"place|nurse|shoes|meeting|teacher|years?)(?![\w]))"
)
# Words that only a school is the place of: "excluded from Oakridge", "her teacher at
# Fernhill", "the DSL at Brynglas", "attendance at Heolddu", "transferred to Maes y Coed"
_SCHOOL_PLACE_OF = re.compile(
    r"(?P<verb>(?i:excluded[ ]from|exclusion[ ]from|transferred[ ]to|pupil[ ]at|"
    r"on[ ]roll[ ]at|attendance[ ]at|teachers?[ ]at|teachers?[ ]from|head[ ]of[ ]year[ ]at|"
    r"head[ ]?teacher[ ]at|head[ ]at|deputy[ ]head[ ]at|dsl[ ]at|dsl[ ]from|senco[ ]at|"
    r"senco[ ]from|reception[ ]at|nursery[ ]class[ ]at|started[ ]at|starts[ ]at|"
    r"head[ ]?teacher[ ]of|"
    r"(?:year|yr)[ ]?\d{1,2}[ ]at|sixth[ ]form[ ]at))[ ]+"
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
_AFTER_SCHOOL_YEAR = re.compile(
    rf"(?P<verb>(?i:year|yr|reception))[ ]*\d{{0,2}}[ ]+at[ ]+"
    rf"(?P<name>{TOKEN}(?:[ ]{TOKEN})?)(?![\w'’])"
)
# A school named after the verbs a pupil's school takes: "attends Carreg Wen", "goes to
# Hillbrook", "moved to Priory Vale in Year 9". "Attends" and "started at" take a school,
# a club or a service; "goes to" and "moved to" as often a town, so they need the name
# shaped like a school's ("Oakfield", "Greenacre") or the words around to say so.
_NAME_AFTER = (
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ]|'r[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-]|[ ]+[A-Z])"
)
_ATTENDS = re.compile(
    r"(?P<verb>(?i:attends|attended|attending|attend|starting[ ]at|start[ ]at))[ ]+" + _NAME_AFTER
)
_GOES_TO = re.compile(
    r"(?P<verb>(?i:goes|go|going|went|gone|moved|moving|moves|move|transfer|transferring)"
    r"(?:[ ]+up)?[ ]+to)[ ]+" + _NAME_AFTER
)
_ATTENDS_KEYS = words("attend start")
_GOES_KEYS = [
    *["go to", "goes to", "going to", "went to", "gone to", "move", "moving to", "transfer"],
    *["go up to", "goes up to", "going up to", "went up to"],
]
# after "goes to": what makes the name a school ("in Year 9", "since reception", "in
# September"), and what makes it a place one visits ("to see her dad", "at weekends")
_SCHOOL_TIME_AFTER = re.compile(
    r"[ ]+(?:in|since|from|for)[ ]+(?:year|yr|reception|nursery|the[ ]sixth[ ]form|"
    r"september|january|sixth[ ]form)(?![\w])",
    re.IGNORECASE,
)
_SCHOOL_NEAR = re.compile(
    r"(?i)(?<![\w])(?:teachers?|class|lessons?|uniform|senco|head[ ]?teacher|pupils?|"
    r"year[ ]?\d{1,2}|reception|timetable|exclusion|excluded|attendance|term)(?![\w])"
)
_YEAR_KEYS = words("year yr reception nursery")
_OWNER_KEYS = ["is his ", "is her ", "is their ", "was his ", "was her ", "was their "]
_PUPIL_KEYS = words(
    "attend started starts transferred excluded exclusion pupil year yr reception roll "
    "teacher head dsl senco nursery sixth"
)
# School staff named by their job: "the pastoral lead at Northgate", "her form tutor at
# Cedarwood", "the school nurse from Millbrook"; found from " at " and " from ", with the
# job and the word before it checked in code
_STAFF_AT = re.compile(
    r"(?P<verb>(?i:lead|manager|officer|team|worker|tutor|assistant|mentor|nurse)[ ](?:at|from))"
    rf"[ ]+(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
_STAFF_JOBS = frozenset(words("lead manager officer team worker tutor assistant mentor nurse"))
_STAFF_QUALIFIERS = frozenset(
    words("pastoral safeguarding attendance form class teaching learning school")
)


def _staff_spans(lowered: str) -> list[tuple[int, int]]:
    """Where a school job stands before " at " or " from " ("form tutor at")."""
    spans = []
    for prep in (" at ", " from "):
        at = lowered.find(prep)
        while at != -1:
            start = lowered.rfind(" ", 0, at) + 1
            if lowered[start:at] in _STAFF_JOBS:
                spans.append((start, at))
            at = lowered.find(prep, at + 1)
    return spans


def named_after_verbs(scan: Scan) -> Iterator[Hit]:
    """Schools named after "attends" and "started at", and after "goes to" or "moved to"
    where the name is shaped like a school's or the words around say it is one."""
    text = scan.text
    near = windows(text, keyword_spans(scan, _ATTENDS_KEYS), 0, 60)
    for m in find_in(_ATTENDS, text, near):
        if own_name(m.group("name")):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)
    near = windows(text, keyword_spans(scan, _GOES_KEYS), 0, 60)
    for m in find_in(_GOES_TO, text, near):
        name = m.group("name")
        if not own_name(name) or VISIT_AFTER.match(text, m.end()):
            continue
        folded = name.casefold()
        moved = m.group("verb").casefold().startswith(("mov", "trans"))
        said = _SCHOOL_TIME_AFTER.match(text, m.end()) or _SCHOOL_NEAR.search(
            text, max(0, m.start() - 60), m.end() + 60
        )
        shaped = not moved and (SCHOOL_SHAPE.search(folded) is not None and folded not in TOWNS)
        if said or shaped:
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


def after_pupil_words(scan: Scan) -> Iterator[Hit]:
    """Schools after words only a pupil's school takes: "attends St Mary's", "Year 4 at
    Brynhyfryd", "excluded from Oakridge"."""
    text = scan.text
    near_school_verbs = windows(text, keyword_spans(scan, _PUPIL_KEYS), 0, 60)
    for pattern in (_SAINT_AFTER_VERB, _AFTER_SCHOOL_YEAR, _SCHOOL_PLACE_OF):
        for m in find_in(pattern, text, near_school_verbs):
            if not own_name(m.group("name")):
                continue
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            start, end = m.span("name")
            yield Hit(FindingKind.SCHOOL, start, end, reason)


def staff_schools(scan: Scan) -> Iterator[Hit]:
    """Schools after a school job: "her form tutor at Cedarwood"."""
    text = scan.text
    for m in find_in(_STAFF_AT, text, windows(text, _staff_spans(scan.lowered), 0, 60)):
        job = PREV_WORD.search(text, max(0, m.start() - 16), m.start())
        if job is None or job.group(1).casefold() not in _STAFF_QUALIFIERS:
            continue  # "the support worker at Hafod" is no school's
        if named_after_school_words(m.group("name")):
            word = f"{job.group(1)} {m.group('verb')}"
            reason = Message("identifiers.reason.school_after", word=word)
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


def their_schools(scan: Scan) -> Iterator[Hit]:
    """Schools named by what is said of them: "St Illtyd's is his school", "at Fitzalan in
    Year 9"."""
    text = scan.text
    pupil_keys = keyword_spans(scan, _PUPIL_KEYS)
    years = [span for span in pupil_keys if scan.lowered[span[0] : span[1]] in _YEAR_KEYS]
    near_years = windows(text, years, 60, 10)
    near_owners = windows(text, keyword_spans(scan, _OWNER_KEYS), 60, 40)
    for pattern, spans in ((_IS_THEIR_SCHOOL, near_owners), (_AT_IN_YEAR, near_years)):
        for m in find_in(pattern, text, spans):
            start = m.start("name")
            if starts_word(text, start) and named_after_school_words(m.group("name")):
                reason = Message("identifiers.reason.school_after", word=m.group("verb"))
                yield Hit(FindingKind.SCHOOL, start, m.end("name"), reason)

"""Schools named without a telling word in a sentence about school.

"Concerns about punctuality at Castlebrook", "her visit to Woodlands, where he is in
Year 4".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import TOKEN, UPPER, Scan, find_in, keyword_spans, starts_word, windows
from ._school_names import (
    PREV_WORD,
    VISIT_AFTER,
    named_after_school_words,
    school_shaped_name,
)
from ._types import FindingKind, Hit
from ._words import words

# A school named with no telling word, where the sentence is about school: "concerns
# about punctuality at Castlebrook", "her visit to Woodlands, where he is in Year 4"
_EDUCATION_CUE = re.compile(
    r"(?i)(?<![\w])(?:teachers?|class[ ]?teacher|lessons?|uniform|senco|alnco|head[ ]?teacher|"
    r"pupils?|year[ ]?\d{1,2}|timetable|exclusions?|excluded|attendance|punctuality|"
    r"education[ ]welfare|ewo|dsl|form[ ]tutor|head[ ]of[ ]year|playground|"
    r"school[ ](?:meeting|staff|nurse|report|run|day))(?![\w])"
)
_EDUCATION_KEYS = words(
    "teacher lesson uniform senco alnco pupil year timetable exclu attendance punctuality "
    "education ewo dsl tutor playground"
)
_AT_A_NAME = re.compile(
    rf"(?P<verb>(?i:at|to|from))[ ]+(?P<name>{TOKEN}(?:[ ]{TOKEN})?)(?![\w'’\-]|[ ]+[{UPPER}])"
)
# "to" names a school only after these: "her visit to Woodlands", "transfer to Oakhurst"
_TO_A_SCHOOL = frozenset(
    words(
        "visit visits transfer transferred referral referred application applied admission "
        "admitted return returned reintegration"
    )
)
_SENTENCE_EDGE = re.compile(r"[.!?](?:[ ]|$)|\n")


def _sentence_of(text: str, start: int, end: int) -> str:
    before = max(
        (m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    after = _SENTENCE_EDGE.search(text, end)
    return text[before : after.start() if after else min(len(text), end + 200)]


def named_in_school_talk(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    near = windows(text, keyword_spans(scan, _EDUCATION_KEYS), 120, 120)
    for m in find_in(_AT_A_NAME, text, near):
        name = m.group("name")
        if not starts_word(text, m.start()) or not named_after_school_words(name):
            continue
        if not school_shaped_name(name) or VISIT_AFTER.match(text, m.end()):
            continue
        before = PREV_WORD.search(text, max(0, m.start() - 16), m.start())
        prev = before.group(1).casefold() if before else ""
        if m.group("verb").casefold() == "to" and prev not in _TO_A_SCHOOL:
            continue  # "moved to Splott in Year 9", "took the class to Techniquest"
        if _EDUCATION_CUE.search(_sentence_of(text, m.start(), m.end())):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)

"""Schools, nurseries and colleges: capitalised names ending in a telling word.

"Oakhollow Primary School", "St Bride's Catholic Primary", "Parkside Nursery", "Rainbow
Pre-School", "Westfield Pupil Referral Unit", "Ysgol y Dderwen", "Cylch Meithrin Tregarth".
The distinctive part of the name must be there: "a Cardiff primary school" and "the
Virtual School" are any school, not one.

This module finds names with a telling word and calls the others in turn: lower case
(``_school_lower``), Welsh (``_school_welsh``), after a pupil's verbs (``_school_verbs``),
in talk about school (``_school_talk``), after a label or before a bracket
(``_school_labels``); ``_school_names`` says what a school's own name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._gazetteer import gazetteer
from ._scan import Scan, find_in, keyword_spans, starts_word, windows
from ._school_labels import kind_in_brackets, named_after_a_label
from ._school_lower import typed_in_lower_case
from ._school_names import SCHOOL_REASON, SCHOOL_WORD, school_start
from ._school_talk import named_in_school_talk
from ._school_verbs import after_pupil_words, named_after_verbs, staff_schools, their_schools
from ._school_welsh import lower_welsh_schools, welsh_schools
from ._types import FindingKind, Hit
from ._words import words

_SCHOOL_SUFFIX = (
    r"(?i:primary[ ]school|primary|high[ ]school|secondary[ ]school|grammar[ ]school|"
    r"comprehensive(?:[ ]school)?|infants?['’]?[ ]school|infants|junior[ ]school|juniors|"
    r"nursery[ ]school|community[ ]school|special[ ]school|c\.?[ ]?(?:in[ ])?w\.?[ ]school|"
    r"catholic[ ]school|church[ ]school|day[ ]nursery|pre-?school|pupil[ ]referral[ ]unit|"
    r"(?:girls|boys)['’]?[ ](?:high[ ])?school|day[ ]care|childcare|montessori|kindergarten|"
    # alternative provision: "Highfield Learning Centre", "Bridges Alternative Provision"
    r"learning[ ]centre|learning[ ]center|education[ ]centre|alternative[ ]provision|"
    r"short[ ]stay[ ]school)"
    r"|Academy|College|School|High|Nursery|Preschool|Playgroup|PRU|Junior|Comp|Grammar"
    r"|Secondary|Sixth[ ]Form"
)
# starts with a capital (no look-behind first), so re can skip ahead to the next capital
_SCHOOL = re.compile(
    rf"(?P<name>{SCHOOL_WORD}"
    rf"(?:[ ](?:(?:of|the|upon|y|yr|and|&)[ ])?(?:Church[ ]in[ ]Wales|{SCHOOL_WORD})){{0,4}})"
    # "Happy Feet nursery rhyme group": a rhyme, no nursery
    rf"[ ](?P<suffix>{_SCHOOL_SUFFIX})(?![\w])(?![ ](?i:rhymes?)(?![\w]))"
)
# the school patterns only run near one of these words
_SCHOOL_KEYS = [
    *words(
        "primary academy college school high comprehensive comp infant junior ysgol coleg "
        "nursery playgroup referral pru meithrin grammar childcare montessori kindergarten "
        "goleg cofe catholic secondary sixth"
    ),
    "day care",
    "learning centre",
    "education centre",
    "alternative provision",
    "short stay",
]
_STAGE_SUFFIXES = frozenset({"secondary", "sixth form"})


def _stage_not_school(name: str, m: re.Match[str]) -> bool:
    """Whether "Secondary" or "Sixth Form" follows one ordinary word only, naming a stage
    ("Lower Sixth Form", "Starting Secondary"), not a school ("Kingsmead Sixth Form")."""
    if m.group("suffix").casefold() not in _STAGE_SUFFIXES:
        return False
    parts = name.split()
    return len(parts) < 2 and (not parts or gazetteer().is_english_word(parts[0]))


def find_schools(scan: Scan) -> Iterator[Hit]:
    """Named schools, nurseries, pupil referral units and colleges."""
    text = scan.text
    near_keys = windows(text, keyword_spans(scan, _SCHOOL_KEYS), 100, 30)
    for m in find_in(_SCHOOL, text, near_keys):
        if not starts_word(text, m.start()):
            continue
        # "Greythorn Juniors and Greythorn Infants": two schools; the first is whole
        # before the "and"
        for join in re.finditer(r"[ ](?:and|&)[ ]", m.group("name")):
            first = _SCHOOL.fullmatch(text, m.start(), m.start() + join.start())
            begin = school_start(text, first) if first else None
            if first is not None and begin is not None:
                yield Hit(FindingKind.SCHOOL, begin, first.end(), SCHOOL_REASON)
        start = school_start(text, m) if starts_word(text, m.start()) else None
        if start is not None and _stage_not_school(text[start : m.start("suffix")], m):
            continue  # "Lower Sixth Form", "Local Secondary": a stage of school, no school
        if start is not None:
            yield Hit(FindingKind.SCHOOL, start, m.end(), SCHOOL_REASON)
    yield from welsh_schools(scan, near_keys)
    yield from typed_in_lower_case(scan, near_keys)
    yield from lower_welsh_schools(scan)
    yield from after_pupil_words(scan)
    yield from named_after_verbs(scan)
    yield from named_in_school_talk(scan)
    yield from named_after_a_label(scan)
    yield from kind_in_brackets(scan)
    yield from staff_schools(scan)
    yield from their_schools(scan)

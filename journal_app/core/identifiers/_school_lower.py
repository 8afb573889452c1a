"""Schools typed with their telling word, or all of their name, in lower case.

"Tiny Steps nursery", "Oakfield primary", "st joseph's catholic primary".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._gazetteer import gazetteer
from ._scan import Scan, find_in, starts_word
from ._school_names import SCHOOL_REASON, SCHOOL_WORD, school_start
from ._types import FindingKind, Hit
from ._words import PLACES, TOWNS, words

# A school's name in capitals before a word in lower case: "Tiny Steps nursery", "Oakfield
# primary"; the name must not be a person's ("Jayden's school") nor a day or a time of day
_SCHOOL_LOWER_SUFFIX = re.compile(
    rf"(?P<name>{SCHOOL_WORD}(?:[ ]{SCHOOL_WORD}){{0,2}})"
    r"[ ](?P<suffix>primary(?:[ ]school)?|nursery|academy|high[ ]school|juniors|infants|"
    r"pre-?school|school)(?![\w])(?![ ](?i:rhymes?)(?![\w]))"
)
_NOT_LOWER_SCHOOL = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening "
        "weekend holiday holidays after before breakfast after-school forest sunday bible "
        "driving dance drama swimming football rugby boarding summer easter christmas"
    )
)
# Saints' schools typed in lower case: "st joseph's catholic primary", "st aidan's cofe"
_LOWER_SAINT_SCHOOL = re.compile(
    r"(?<![\w])(?:st\.?|saint)[ ][a-z]+['’]s"
    r"(?:(?P<church>[ ](?:catholic|rc|r\.c\.|cofe|c[ ]of[ ]e|c\.of\.e\.?|ce|c\.e\.|"
    r"church[ ]in[ ]wales|cw|c\.w\.|church))"
    r"(?P<type>[ ](?:primary|junior|juniors|infants?|high|academy|school|college|nursery|"
    r"comprehensive|secondary)(?:[ ]school)?)?"
    r"|(?P<type2>[ ](?:primary|juniors|infants|high[ ]school|academy|nursery|comprehensive)"
    r"(?:[ ]school)?))(?![\w])"
)


def typed_in_lower_case(scan: Scan, near_keys: list[tuple[int, int]]) -> Iterator[Hit]:
    """Schools with their telling word, or all of their name, in lower case."""
    text = scan.text
    names = gazetteer()
    for m in find_in(_SCHOOL_LOWER_SUFFIX, text, near_keys):
        if not starts_word(text, m.start()):
            continue
        start = school_start(text, m)
        if start is None:
            continue
        parts = [
            re.sub(r"['’]s$", "", w).casefold() for w in text[start : m.start("suffix")].split()
        ]
        first = parts[0] if parts[0] not in ("st", "st.", "saint") or len(parts) < 2 else ""
        if any(p in _NOT_LOWER_SCHOOL or p in PLACES or p in TOWNS for p in parts):
            continue  # "Sunday school", "Cardiff nursery"
        ambiguous = len(parts) == 1 and names.is_given_word(first)
        if first and (names.is_given(first) or ambiguous):
            continue  # "Jayden's school", "Grace nursery run"
        if re.search(r"['’]s$", m.group("name")) and first != "":
            continue  # someone's school, unless it is a saint's
        if len(parts) == 1 and names.is_english_word(parts[0]):
            continue  # "Morning nursery", "Local school"
        yield Hit(FindingKind.SCHOOL, start, m.end(), SCHOOL_REASON)
    lowered = scan.lowered
    for m in find_in(_LOWER_SAINT_SCHOOL, lowered, near_keys):
        if m.group("church") or m.group("type2"):
            yield Hit(FindingKind.SCHOOL, m.start(), m.end(), SCHOOL_REASON)

"""Schools and street addresses: capitalised names ending in a telling word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._scan import TOKEN, Scan, find_in, free_before, keyword_spans, starts_word, windows
from ._types import FindingKind, Hit
from ._words import DAYS, MONTHS, SCHOOL_GENERIC, STOP_WORDS, words

_SCHOOL_WORD = rf"{TOKEN}(?:['’]s|(?<=St)\.)?"  # "St. Mary's", never "Oakfield. School"
_SCHOOL_SUFFIX = (
    r"(?i:primary[ ]school|primary|high[ ]school|secondary[ ]school|grammar[ ]school|"
    r"comprehensive(?:[ ]school)?|infants?['’]?[ ]school|infants|junior[ ]school|juniors|"
    r"nursery[ ]school|community[ ]school|special[ ]school|c\.?[ ]?(?:in[ ])?w\.?[ ]school|"
    r"catholic[ ]school|church[ ]school)|Academy|College|School|High"
)
# starts with a capital (no look-behind first), so re can skip ahead to the next capital
_SCHOOL = re.compile(
    rf"(?P<name>{_SCHOOL_WORD}"
    rf"(?:[ ](?:(?:of|the|upon|y|yr)[ ])?(?:Church[ ]in[ ]Wales|{_SCHOOL_WORD})){{0,4}})"
    rf"[ ](?P<suffix>{_SCHOOL_SUFFIX})(?![\w])"
)
_WELSH_SCHOOL = re.compile(rf"(?:Ysgol|Coleg)(?:[ ](?:y|yr)(?=[ ]))?(?:[ ]{TOKEN}){{1,4}}")
# the school patterns only run near one of these words
_SCHOOL_KEYS = words("primary academy college school high comprehensive infant junior ysgol coleg")
_GENERIC_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|another|any|one|each|every|which)[ ]+)$")
_NOT_SCHOOLS = frozenset(words("university council hospital police prison court trust nhs"))

_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Court|Crescent|Way|Terrace|Gardens|"
    r"Place|Grove|Square|Walk|Rise|View|Hill|Park|Mews|Row|Parade|Green|Vale|Heights|Mount|"
    r"Meadows|Fields|Wharf|Quay|Villas|Cottages|Boulevard|Hollow|Chase|Croft|Glade|Gate)"
)
_WELSH_STREET = r"(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Clos|Maes|Teras|Llwyn|Bryn)"
# starts with the house number, so re can skip ahead to the next digit
_ADDRESS = re.compile(
    r"\d{1,4}[A-Za-z]?(?:[ ]*[-–][ ]*\d{1,4})?,?[ ]+"
    rf"(?:(?P<words>(?:{TOKEN}[ ]+){{1,3}}){_STREET}(?![\w])"
    rf"|{_WELSH_STREET}[ ]+(?:(?:y|yr)[ ]+)?(?P<welsh>{TOKEN}(?:[ ]+{TOKEN})?))"
)
_FLAT_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:flat|apartment|apt\.?|unit)[ ]+\d{1,4}[A-Za-z]?[ ]*,?[ ]+$"
)
# Courts and dates, not streets: "2 Family Court hearings", "on 12 March Court sat".
_NOT_STREET_WORDS = (
    MONTHS
    | DAYS
    | frozenset(
        words(
            "family crown county magistrates youth supreme appeal child children social "
            "working team practice care key staff review"
        )
    )
)


def _school_start(text: str, m: re.Match[str]) -> int | None:
    """Where the distinctive part of a school's name starts, or None if it is generic."""
    found = list(re.finditer(r"\S+", m.group("name")))
    if any(w.group().casefold() in _NOT_SCHOOLS for w in found):
        return None  # "Cardiff University School of Social Sciences"
    for word in found:
        bare = re.sub(r"['’]s$", "", word.group()).rstrip(".").casefold()
        if word.group().isupper() or bare in SCHOOL_GENERIC or bare in STOP_WORDS:
            continue
        start = m.start() + word.start()
        if start == m.start() and _GENERIC_BEFORE.search(text, max(0, start - 12), start):
            return None  # "a Cardiff primary school" is any school, not one
        # keep a "St" directly before the distinctive word: "St Mary's"
        saint = re.search(r"(?:St\.?|Saint)[ ]$", text[max(0, start - 6) : start])
        return start - len(saint.group()) if saint else start
    return None


def _schools(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    near_keys = windows(text, keyword_spans(scan.lowered, _SCHOOL_KEYS), 100, 30)
    for m in find_in(_SCHOOL, text, near_keys):
        start = _school_start(text, m) if starts_word(text, m.start()) else None
        if start is not None:
            yield Hit(FindingKind.SCHOOL, start, m.end(), "[school]", "A school's name")
    for m in find_in(_WELSH_SCHOOL, text, near_keys):
        if starts_word(text, m.start()):
            yield Hit(FindingKind.SCHOOL, m.start(), m.end(), "[school]", "A school's name")


def find_places(scan: Scan) -> Iterator[Hit]:
    """Named schools and street addresses."""
    yield from _schools(scan)
    text = scan.text
    for m in _ADDRESS.finditer(text):
        street = (m.group("words") or m.group("welsh") or "").split()
        if not free_before(text, m.start(), "_'’-£$€/."):
            continue
        if any(w.casefold() in _NOT_STREET_WORDS for w in street) or "High Court" in m.group():
            continue
        flat = _FLAT_BEFORE.search(text, max(0, m.start() - 25), m.start())
        start = flat.start() if flat else m.start()
        yield Hit(FindingKind.ADDRESS, start, m.end(), "[address]", "A house number and street")

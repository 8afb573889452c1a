"""What makes words a school's own name, shared by the school detectors.

The distinctive part of a name ("Oakfield" in "Oakfield Primary", never "a Cardiff primary
school"), and whether the words after "attends", "goes to" or "teacher at" name a school:
no club, subject, town or plain English word.
"""

from __future__ import annotations

import re

from journal_app.core.messages import Message

from ._gazetteer import gazetteer
from ._scan import TOKEN
from ._words import (
    INSTITUTION_WORDS,
    ORGANISATIONS,
    PLACES,
    SCHOOL_GENERIC,
    STOP_WORDS,
    TOWNS,
    words,
)

SCHOOL_REASON = Message("identifiers.reason.school")
SCHOOL_WORD = rf"{TOKEN}(?:['’]s|(?<=St)\.)?"  # "St. Mary's", never "Oakfield. School"
_GENERIC_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|another|any|one|each|every|which)[ ]+)$")
_NOT_SCHOOLS = frozenset(words("university council hospital police prison court trust nhs"))


def school_start(text: str, m: re.Match[str]) -> int | None:
    """Where the distinctive part of a school's name starts, or None if it is generic."""
    found = list(re.finditer(r"\S+", m.group("name")))
    if any(w.group().casefold() in _NOT_SCHOOLS for w in found):
        return None  # "Cardiff University School of Social Sciences"
    # "Castle Hill Junior and Infant School" is one school: "and" joins two school words
    joins = [
        i
        for i, w in enumerate(found)
        if w.group() in ("and", "&")
        and not (i + 1 < len(found) and found[i + 1].group().casefold() in SCHOOL_GENERIC)
    ]
    if joins and not all(w.group().casefold() in PLACES for w in found[: joins[-1]]):
        # "Ysgol y Dderwen and St Bride's Primary" is two schools; "Cardiff and Vale
        # College" is one, named after places
        found = found[joins[-1] + 1 :]
    for word in found:
        bare = re.sub(r"['’]s$", "", word.group()).rstrip(".").casefold()
        if word.group().isupper() or bare in SCHOOL_GENERIC or bare in STOP_WORDS:
            continue
        start = m.start() + word.start()
        if start == m.start() and _GENERIC_BEFORE.search(text, max(0, start - 12), start):
            return None  # "a Cardiff primary school" is any school, not one
        # keep a "St" directly before the distinctive word: "St Mary's"
        saint = re.search(r"(?:St\.?|Saint)[ ]$", text[max(0, start - 6) : start])
        if saint is None and bare == "lady":  # "Our Lady of Lourdes Catholic Primary"
            saint = re.search(r"Our[ ]$", text[max(0, start - 4) : start])
        return start - len(saint.group()) if saint else start
    return None


# school subjects and the like: "excluded from Maths", "teacher at Christmas"
_NOT_SCHOOL_NAMES = frozenset(
    words(
        "maths math english science pe art music drama history geography welsh french "
        "spanish german re pshe computing ict technology dt lessons class assembly "
        "home school college hospital court work church"
    )
)
# clubs and groups a child attends that no school is named
_CLUBS = frozenset(
    words("cubs beavers scouts brownies guides rainbows cadets explorers sunday mass")
)
# after "goes to": what a school's name ends in ("Oakfield", "Hillbrook", "Greenacre")
SCHOOL_SHAPE = re.compile(
    r"(?:field|fields|brook|wood|woods|holme|acre|acres|side|mead|meade|moor|moors|"
    r"hurst|croft|bank|grove|vale|lands|cote|combe|gate|hill|hills|park|green|dene)$"
)
_SCHOOL_SHAPE_WORDS = frozenset(
    words("grove vale fields field park hill green meadows heights gate rise view croft wood")
)
VISIT_AFTER = re.compile(
    r"[ ]+(?:to[ ]+(?:see|visit|stay|live|be[ ]+with)|every|most|at[ ]+weekends|on|with|"
    r"for[ ]+(?:the|a)[ ]+(?:day|weekend|week|night|summer|holidays?))(?![\w])",
    re.IGNORECASE,
)
PREV_WORD = re.compile(r"([A-Za-z]+)[ ]+$")


def named_after_school_words(name: str) -> bool:
    """Whether the words after "attends" or "Year 4 at" are a school's own name: not
    "Year 4 at School", "Year 6 at Christmas" or a place ("Year 3 at Cardiff")."""
    bare = [re.sub(r"['’]s$", "", w).rstrip(".").casefold() for w in name.split()]
    if any(
        w in _NOT_SCHOOL_NAMES or w in TOWNS or w in INSTITUTION_WORDS or w in ORGANISATIONS
        for w in bare
    ):
        return False
    return not any(w in STOP_WORDS or w in SCHOOL_GENERIC or w in PLACES for w in bare[-1:])


def own_name(name: str) -> bool:
    """Whether the words after "attends" or "goes to" are a school's own name: no club
    ("Cubs"), no English word on its own ("Mass", "Beavers"), no acronym ("CAMHS"), and
    a street's word only as a two-word school's end ("Maple Grove", not "High Street")."""
    parts = name.split()
    bare = [re.sub(r"['’]s$", "", w).rstrip(".").casefold() for w in parts]
    if any(w in _CLUBS for w in bare) or any(w.isupper() and len(w) > 1 for w in parts):
        return False
    english = gazetteer().english
    if len(bare) == 1 and (bare[0] in english or bare[0].removesuffix("s") in english):
        return False
    if len(bare) > 1 and bare[-1] in _SCHOOL_SHAPE_WORDS:
        return named_after_school_words(" ".join(parts[:-1]))
    return named_after_school_words(name)


def school_shaped_name(name: str) -> bool:
    """Whether a name with no telling word could be a school's own: each word no plain
    English word, or shaped like a school's ("Castlebrook", "Woodlands", "Maple Grove")."""
    names = gazetteer()
    parts = name.split()
    if names.is_given(parts[0]) or names.is_given_word(parts[0]):
        return False  # "to Jordan", "at Grace's": people
    for part in parts:
        folded = re.sub(r"['’]s$", "", part).casefold()
        if names.is_listed_word(folded) and not SCHOOL_SHAPE.search(folded):
            return False
    return own_name(name) or bool(SCHOOL_SHAPE.search(parts[-1].casefold()))

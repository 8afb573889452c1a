"""Welsh schools: "Ysgol y Dderwen", "Coleg Gwent", "Cylch Meithrin Tregarth", and in
lower case after the kind of school, "ysgol gynradd y fro".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._gazetteer import gazetteer
from ._scan import TOKEN, Scan, find_in, starts_word
from ._school_names import SCHOOL_REASON
from ._types import FindingKind, Hit
from ._words import words

_WELSH_SCHOOL = re.compile(
    # "Coleg" and "Cylch" change after "i" (to) and "yn" (in): "i Gylch Meithrin Tregarth"
    rf"(?:Ysgol|[CG]oleg|[CG]ylch[ ]Meithrin|Meithrinfa)(?:[ ](?:y|yr)(?=[ ]))?"
    rf"[ ]{TOKEN}(?:-(?:y|yr|'r)-{TOKEN})?(?:(?:[ ](?:y|yr|'r|ar))?[ ]{TOKEN}"
    rf"(?:-(?:y|yr|'r)-{TOKEN})?){{0,4}}"
)
# Welsh schools typed in lower case, after the kind of school: "ysgol gynradd y fro",
# "ysgol gynradd pen y bryn"; the name ends at the first English word ("say", "rang")
_LOWER_WELSH_SCHOOL = re.compile(
    r"(?<![\w])ysgol[ ](?:gynradd|uwchradd|gyfun|feithrin|arbennig|gymraeg|babanod|iau)"
    r"(?P<rest>(?:[ ][a-zâêîôûŵŷ'’\-]+){1,4})"
)
_WELSH_JOINS = frozenset(words("y yr 'r ’r"))
_WELSH_NOT_NAME = frozenset(
    words(
        "yn wedi heddiw ddoe a ac i o ar am efo gyda ond bod mae roedd oedd ddim ei eu fy "
        "ers mis bob ble leol sydd â gyda newydd arall gyntaf"
    )
)


def welsh_schools(scan: Scan, near_keys: list[tuple[int, int]]) -> Iterator[Hit]:
    """Welsh schools by their opening word: "Ysgol y Dderwen", "Cylch Meithrin Tregarth"."""
    text = scan.text
    for m in find_in(_WELSH_SCHOOL, text, near_keys):
        if starts_word(text, m.start()):
            yield Hit(FindingKind.SCHOOL, m.start(), m.end(), SCHOOL_REASON)


def lower_welsh_schools(scan: Scan) -> Iterator[Hit]:
    """Welsh schools typed in lower case: "ysgol gynradd y fro"."""
    text = scan.text
    names = gazetteer()
    if "ysgol" in text:
        for m in _LOWER_WELSH_SCHOOL.finditer(text):
            end = m.start("rest")
            named = False
            words_after = list(re.finditer(r"[^ ]+", text[m.start("rest") : m.end()]))
            prev = ""
            for i, w in enumerate(words_after):
                word = w.group().casefold()
                nxt = words_after[i + 1].group().casefold() if i + 1 < len(words_after) else ""
                if word in _WELSH_NOT_NAME:
                    break
                # "pen y bryn", "y fro": the words either side of "y" are Welsh
                welsh = word in _WELSH_JOINS or nxt in _WELSH_JOINS or prev in _WELSH_JOINS
                prev = word
                if not welsh and names.is_english_word(word):
                    break
                end = m.start("rest") + w.end()
                named = named or word not in _WELSH_JOINS
            if named:
                yield Hit(FindingKind.SCHOOL, m.start(), end, SCHOOL_REASON)

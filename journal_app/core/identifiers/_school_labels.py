"""Schools named by a label or a bracket: "School: Ashgrove", "Nursery - Little Acorns",
"the Compass Centre (AP)", "Ridgeway (special school)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._gazetteer import gazetteer
from ._scan import TOKEN, Scan, find_in, keyword_spans, starts_word, windows
from ._school_names import own_name, school_shaped_name
from ._types import FindingKind, Hit
from ._words import PLACES, SCHOOL_GENERIC, STOP_WORDS, TOWNS, words

# A form's or a note's label: "School: Ashgrove", "Nursery - Little Acorns", "Ysgol: Bro Taf"
_SCHOOL_LABEL = re.compile(
    r"(?P<verb>(?i:school|nursery|college|ysgol|meithrinfa|education[ ]setting|setting))"
    r"[ ]*(?:[:–=]|[ ]-)[ ]*"
    rf"(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
_LABEL_KEYS = words("school nursery college ysgol meithrinfa setting")


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces or a bullet come before ``pos`` on its line."""
    return text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t-*•") == ""


def named_after_a_label(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    near = windows(text, keyword_spans(scan, _LABEL_KEYS), 0, 60)
    for m in find_in(_SCHOOL_LABEL, text, near):
        if not starts_word(text, m.start()):
            continue
        name = m.group("name")
        first = re.sub(r"['’]s$", "", name.split()[0])
        names = gazetteer()
        if (
            names.is_given(first)
            or names.is_given_word(first)
            or not starts_word(text, m.start("verb"))
        ):
            continue  # "School: Jordan's", "Email from college: Tendai has 62%"
        if m.group("verb")[0].islower() and not _line_start(text, m.start("verb")):
            continue  # a label opens its line: "from college: Tendai" is no label
        if own_name(name) or (" " not in name and school_shaped_name(name)):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


# A school named with its kind in brackets after it: "the Compass Centre (AP)", "the
# Beacon (alt provision in Blackburn)", "Ridgeway (special school)"
_KIND_IN_BRACKETS = re.compile(
    rf"(?P<name>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ]*\([ ]*"
    r"(?P<verb>(?-i:AP|PRU)|(?i:alt(?:ernative)?\.?[ ]provision|special[ ]school|sen[ ]school|"
    r"pupil[ ]referral[ ]unit|primary(?:[ ]school)?|secondary(?:[ ]school)?|nursery|"
    r"infants?|juniors?|high[ ]school|school))(?![\w])[^()\n]{0,40}\)"
)
_BRACKET_KEYS = [
    "(ap",
    "(pru",
    "(alt",
    "(special",
    "(sen",
    "(pupil",
    "(primary",
    "(secondary",
    "(nursery",
    "(infant",
    "(junior",
    "(high",
    "(school",
    "( ",
]


def kind_in_brackets(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    if "(" not in text:
        return
    spans = windows(text, keyword_spans(scan, _BRACKET_KEYS), 60, 60)
    names = gazetteer()
    for m in find_in(_KIND_IN_BRACKETS, text, spans):
        start = m.start("name")
        if not starts_word(text, start):
            continue
        parts = [re.sub(r"['’]s$", "", w).casefold() for w in m.group("name").split()]
        if names.is_given(parts[0]) or parts[0] in TOWNS or parts[0] in PLACES:
            continue  # "Jayden (Year 4 at ...)", "Cardiff (primary)"
        if parts[0] in STOP_WORDS or parts[0] in SCHOOL_GENERIC:
            continue
        reason = Message("identifiers.reason.school_after", word=m.group("verb"))
        yield Hit(FindingKind.SCHOOL, start, m.end("name"), reason)

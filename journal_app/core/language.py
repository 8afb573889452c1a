"""Whether a reflection is written in Welsh or English, from its most common small words.

Every sentence of either language is full of small words the other does not use ("y", "yn",
"mae", "roedd", "gyda" against "the", "and", "of", "was", "with"), so counting them is enough
to tell the two apart; nothing is learnt and nothing leaves the device. Words both languages
use ("a", "i", "am", "at", "hi") count for neither.

A reflection with no such word at all (a few words typed so far) counts as English, which
keeps the behaviour the app had before it knew any Welsh.

The text is read a piece at a time and reading stops once one language is far ahead
(:data:`SURE_AFTER` small words, :data:`SURE_RATIO` times the other's): suggestions are asked
for as the person types, and a long reflection is rarely in doubt after its first lines.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

_WELSH_MARKER_LIST = """
    y yr yn ac ag mae maen roedd roeddwn roedden oedd oedden wedi bod fod gyda gydag ei eu
    ein eich fy dy ond hefyd nid nad ddim dim mewn yng ym ar o â sy sydd rwy rwyf rydw rydym
    nhw iddo iddi hyn hynny fel pan beth sut pam ble gan wrth dros drwy heb byddaf byddai
    fydd bydd doedd does ydy yw nag neu fe ni chi
"""
#: small Welsh words that are not English words
WELSH_MARKERS = frozenset(_WELSH_MARKER_LIST.split())

_ENGLISH_MARKER_LIST = """
    the and of to is was were with for that this it he she they we have has had not but be
    been are on in my our you your his her their which would could there what when
"""
#: small English words that are not Welsh words
ENGLISH_MARKERS = frozenset(_ENGLISH_MARKER_LIST.split())


#: reading stops once this many small words were counted ...
SURE_AFTER = 24
#: ... and one language has this many times as many as the other
SURE_RATIO = 4
#: characters read at a time (a piece may cut a word in two: it counts for neither)
_PIECE = 1500


def welsh_and_english_markers(text: str, stop_when_sure: bool = False) -> tuple[int, int]:
    """How many of the text's words are small Welsh words, and how many small English ones;
    with ``stop_when_sure``, only as far as it takes for one language to be far ahead."""
    welsh = english = 0
    for start in range(0, len(text), _PIECE):
        for word in _WORD.findall(text[start : start + _PIECE].lower()):
            if word in WELSH_MARKERS:
                welsh += 1
            elif word in ENGLISH_MARKERS:
                english += 1
        sure = welsh >= SURE_RATIO * english or english >= SURE_RATIO * welsh
        if stop_when_sure and welsh + english >= SURE_AFTER and sure:
            break
    return welsh, english


def is_welsh(text: str) -> bool:
    """Whether ``text`` reads as Welsh: more of its small words are Welsh than English."""
    welsh, english = welsh_and_english_markers(text, stop_when_sure=True)
    return welsh > english

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
import string
from collections.abc import Mapping

_WORD = re.compile(r"[^\W\d_]+")
#: what separates words besides white space: punctuation, digits, curly quotes and dashes
_SEPARATORS = str.maketrans(dict.fromkeys(string.punctuation + string.digits + "‘’“”–—…", " "))
_APOSTROPHES = ("'", "’")
#: a lead of twice the other language's small words and this many more needs no closer look
_CLEAR = 8

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
        words = text[start : start + _PIECE].lower().translate(_SEPARATORS).split()
        welsh += sum(map(WELSH_MARKERS.__contains__, words))
        english += sum(map(ENGLISH_MARKERS.__contains__, words))
        sure = welsh >= SURE_RATIO * english or english >= SURE_RATIO * welsh
        if stop_when_sure and welsh + english >= SURE_AFTER and sure:
            break
    return welsh, english


def is_welsh(text: str) -> bool:
    """Whether ``text`` reads as Welsh: more of its small words are Welsh than English."""
    welsh, english = welsh_and_english_markers(text, stop_when_sure=True)
    return welsh > english


def is_welsh_counted(counts: Mapping[str, int]) -> bool:
    """:func:`is_welsh` from a text's lower-case word counts, for a caller that counted them
    anyway (the learnt model reads every tagged reflection).

    Words joined by an apostrophe ("mae'r", "it's") are looked into only when the other
    words leave the answer close. It reads the whole text, so in a text whose two languages
    are close it can differ from :func:`is_welsh`, which may stop early; on every labelled
    reflection the two agree (tests/core/test_language.py).
    """
    words = counts.keys()
    welsh = sum(counts[word] for word in WELSH_MARKERS & words)
    english = sum(counts[word] for word in ENGLISH_MARKERS & words)
    if welsh > 2 * english + _CLEAR or english > 2 * welsh + _CLEAR:
        return welsh > english
    for word, count in counts.items():
        if _APOSTROPHES[0] in word or _APOSTROPHES[1] in word:
            for part in _WORD.findall(word):
                welsh += count * (part in WELSH_MARKERS)
                english += count * (part in ENGLISH_MARKERS)
    return welsh > english

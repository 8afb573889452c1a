"""Names in lists and pairs: a word beside a known given name ("Rojda and Hevin",
"Kaydence, Brooklyn", "Tomos a Hedd") and two unknown words doing what people do
("Tharshika and Kajan live with their nan").
"""

from __future__ import annotations

import re

from ._gazetteer import Gazetteer
from ._name_after import NEXT_WORD
from ._name_shape import is_given_name, is_known_name, unknown_name
from ._scan import TOKEN
from ._words import (
    PERSON_VERBS,
    words,
)

# "Rojda and Hevin", "Kaydence, Brooklyn", the Welsh "Tomos a Hedd": a word beside a
# known given name in a list
LIST_AFTER = re.compile(rf"(?:[ ]*,[ ]*|,?[ ]+(?:and|&|a|ac)[ ]+)({TOKEN})(?![\w'’\-])")
LIST_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})(?:[ ]*,[ ]*|,?[ ]+(?:and|&|a|ac)[ ]+)$")
# "Tharshika and Kajan live ...": two words no list knows, then what people do
_PAIR_AFTER = re.compile(rf"[ ]+(?:and|&)[ ]+({TOKEN})[ ]+([a-z]+)")
_PAIR_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})[ ]+(?:and|&)[ ]+$")
_PAIR_VERBS = frozenset(
    words(
        "live are were went came said told stay attend want seem look "
        "arrived got ran fought argue argued play played sleep slept"
    )
)
_WHOLE = re.compile(r".+", re.DOTALL)


def pair_subject(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Two words no list knows, joined by "and", doing what people do: "Tharshika and
    Kajan live with their nan". The other word must be name-shaped too."""
    pair = _PAIR_AFTER.match(text, word.end())
    if pair is not None:
        partner, verb = pair.group(1), pair.group(2)
    else:
        before = _PAIR_BEFORE.search(text, max(0, word.start() - 40), word.start())
        nxt = NEXT_WORD.match(text, word.end())
        if before is None or nxt is None:
            return False
        partner, verb = before.group(1), nxt.group(1)
    if verb not in _PAIR_VERBS and verb not in PERSON_VERBS:
        return False
    other = _WHOLE.match(partner)
    return other is not None and (
        is_given_name(partner, names)
        or (not is_known_name(partner, names) and unknown_name(text, other))
    )


def beside_a_name(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a name that is also a word stands in a pair with a given name that is no
    word ("Ruby and Poppy", "Dani & Precious"): the pair is two people."""
    after = _PAIR_NAME_AFTER.match(text, word.end())
    if after and is_given_name(after.group(1), names) and not names.is_given_word(after.group(1)):
        return True
    before = _PAIR_NAME_BEFORE.search(text, max(0, word.start() - 30), word.start())
    return bool(
        before
        and is_given_name(before.group(1), names)
        and not names.is_given_word(before.group(1))
    )


_PAIR_NAME_AFTER = re.compile(rf"[ ]+(?:and|&)[ ]+({TOKEN})(?![\w'’\-])")
_PAIR_NAME_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})[ ]+(?:and|&)[ ]+$")

"""The names gazetteer: given and family names shipped in resources/names, and the UK's
places beside them.

Loaded once, on first use, so that importing the check stays cheap; about 44,000 names
in three sets and 5,900 places (see resources/names/SOURCES.md for where they come from).
Every look-up is case-folded, and an accented name is stored with and without its
accents, so "Siobhán" and "Siobhan" are both found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path

_PARTS = re.compile(r"[-'’]")


@dataclass(frozen=True)
class Gazetteer:
    """Case-folded given names, given names that are also words, and family names.

    ``rare_words`` are given names that are rarer English words ("max", "karma"): names
    when capitalised, but not when typed in lower case. ``english`` holds ordinary English
    words, to tell a capitalised word that is no name anywhere ("Progress") from a name
    the lists lack ("Tahmina").
    """

    given: frozenset[str]
    given_words: frozenset[str]
    family: frozenset[str]
    rare_words: frozenset[str]
    english: frozenset[str] = frozenset()

    def is_given(self, word: str) -> bool:
        """A given name that is not also an ordinary word ("Ffion", "Lily-Mae")."""
        folded = word.casefold().replace("’", "'")
        if folded in self.given or (not folded.isascii() and _plain(folded) in self.given):
            return True
        parts = [p for p in _PARTS.split(folded) if p]
        # "Lily-Mae", "Ruby-Rose": every part a given name; joined, they are no word
        return len(parts) > 1 and all(p in self.given or p in self.given_words for p in parts)

    def is_lower_case_name(self, word: str) -> bool:
        """A given name that is no English word at all, so a name even in lower case."""
        return self.is_given(word) and word.casefold() not in self.rare_words

    def is_given_word(self, word: str) -> bool:
        """A given name that is also an ordinary word ("Will", "Grace", "Mark")."""
        return word.casefold() in self.given_words

    def is_english_word(self, word: str) -> bool:
        """An ordinary English word in any of its usual forms ("Dinner", "Progress")."""
        folded = word.casefold().replace("’", "'")
        if self.is_listed_word(folded):
            return True
        # compounds the small list lacks: "lockdown", "playtime", "bedtime"; never a short
        # name that splits by chance ("Binyam", "Carmen")
        return len(folded) >= 7 and any(
            folded[:i] in self.english and folded[i:] in self.english
            for i in range(3, len(folded) - 2)
        )

    def is_listed_word(self, word: str) -> bool:
        """An English word the list has, in any of its usual forms, but never a compound
        of two ("Castlebrook", "Ashworth" are names shaped from words, not words)."""
        folded = word.casefold().replace("’", "'")
        if folded in self.english:
            return True
        # the list has "worry" and "worried" but not every inflection of every word
        for suffix, stem_end in (("s", ""), ("es", ""), ("ies", "y"), ("'s", "")):
            if folded.endswith(suffix) and folded[: -len(suffix)] + stem_end in self.english:
                return True
        return False

    def is_family(self, word: str) -> bool:
        """A family name ("Smith", "O'Neill", "Smith-Jones", "Kowalski")."""
        folded = word.casefold().replace("’", "'")
        if folded in self.family:
            return True
        parts = [p for p in _PARTS.split(folded) if p]
        # "O'Neill", "D'Souza", "Mc-" and "Mac-" prefixes written apart
        prefixes = ("o", "d", "mc", "mac")
        return len(parts) > 1 and all(p in self.family or p in prefixes for p in parts)


def _plain(folded: str) -> str:
    """``folded`` without accents: "seán" -> "sean", for names a list has only plain."""
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _read(name: str) -> frozenset[str]:
    text = resource_path("names", name).read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read from disk the first time it is asked for."""
    return Gazetteer(
        _read("given.txt"),
        _read("given_words.txt"),
        _read("family.txt"),
        _read("given_rare_words.txt"),
        _read("english_words.txt") | _read("supplement_english.txt"),
    )


# A word of a place's name as written: "King's", "Ashton-under-Lyne", "Môn"
_PLACE_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_LONGEST_PLACE = 6  # words: "Bournemouth, Christchurch and Poole" is the longest kept


@dataclass(frozen=True)
class Places:
    """Case-folded UK places: towns, counties, boroughs, districts, Welsh forms.

    ``words`` holds the places of one word ("torbay", "ashton-under-lyne"), ``multi`` those
    of more ("king's lynn", "newcastle emlyn").
    """

    words: frozenset[str]
    multi: frozenset[str]

    def is_place(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        return folded in self.words or (not folded.isascii() and _plain(folded) in self.words)

    def within(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of a place of more than one word, written with capitals, that the word
        at ``start:end`` is part of ("Lynn" in "King's Lynn"), if there is one."""
        before = list(_PLACE_WORD.finditer(text, max(0, start - 60), start))[
            -(_LONGEST_PLACE - 1) :
        ]
        after: list[re.Match[str]] = []
        for m in _PLACE_WORD.finditer(text, end, end + 60):
            if len(after) == _LONGEST_PLACE - 1:
                break
            after.append(m)
        words = [*before, *_PLACE_WORD.finditer(text, start, end), *after]
        first_own = len(before)
        last_own = len(words) - len(after) - 1
        best: tuple[int, int] | None = None
        for i in range(first_own + 1):
            for j in range(max(last_own, i + 1), min(len(words), i + _LONGEST_PLACE)):
                a, b = words[i], words[j]
                if not (a.group()[0].isupper() and b.group()[0].isupper()):
                    continue
                # only spaces, or ", " inside the place's own name, between its words
                between = text[a.start() : b.end()]
                key = " ".join(between.replace(",", " ").split()).casefold().replace("’", "'")
                if key in self.multi and (best is None or b.end() - a.start() > best[1] - best[0]):
                    best = (a.start(), b.end())
        return best


@cache
def places() -> Places:
    """The shipped places, read from disk the first time they are asked for."""
    every = _read("places.txt")
    return Places(
        frozenset(p for p in every if " " not in p), frozenset(p for p in every if " " in p)
    )

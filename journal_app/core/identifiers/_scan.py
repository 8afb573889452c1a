"""Cheap first passes that tell the expensive patterns where to look.

Python's ``re`` tries a pattern at every position unless the pattern starts with a plain
character or set, so a 5,000-word reflection checked naively costs hundreds of
milliseconds. Digits, "@" and role words are rare in prose: the patterns that need them run
only in small windows around them.

The detectors ask for the places of some 130 keywords between them ("school", "went to",
"known as"). Looking for each in turn takes one pass over the text per keyword; a
:class:`Scan` instead finds every keyword any detector has asked for in one pass and
answers each detector from that.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

# Python's re has no \p{Lu}; the Latin-1 and Latin Extended capitals cover Welsh, Irish and
# most European names (Siân, Seán, Zoë, Łukasz).
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
LETTER = r"[^\W\d_]"
TOKEN = rf"[{UPPER}]{LETTER}*(?:['’][{UPPER}]{LETTER}+)?(?:-[{UPPER}]{LETTER}+)*"

# a digit run (\d+), its first digit tested as an ASCII digit or any non-ASCII character
# (a bit test re skips with), then as a digit at all: quicker than \d at every character
_DIGITS = re.compile(r"[0-9\x80-\U0010ffff](?<=\d)\d*")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_SPACE = re.compile(r"\s")

Span = tuple[int, int]
_Trie = dict[str, "_Trie"]


@dataclass(frozen=True)
class Scan:
    """A text with the positions every detector needs, worked out once."""

    text: str
    lowered: str  # ASCII-lowered, so offsets match ``text`` exactly
    digits: tuple[Span, ...]
    # where each keyword starts in ``lowered``, filled on the first keyword_spans()
    _keywords: dict[str, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def of(cls, text: str) -> Scan:
        """Scan ``text`` once for the detectors."""
        digits = tuple(m.span() for m in _DIGITS.finditer(text))
        return cls(text, text.translate(_ASCII_LOWER), digits)

    def digit_windows(self, before: int, after: int, sizes: range = range(1, 99)) -> list[Span]:
        """Merged windows reaching ``before``/``after`` characters around each digit run.

        Only runs whose length is in ``sizes`` count: a postcode never holds more than three
        digits in a row ("KX127PQ"), a case reference holds at least three.
        """
        runs = (span for span in self.digits if span[1] - span[0] in sizes)
        return windows(self.text, runs, before, after)


def windows(text: str, spans: Iterable[Span], before: int, after: int) -> list[Span]:
    """Merge the padded spans; each window ends at whitespace so no word is cut in two."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        low, high = max(0, start - before), end + after
        if merged and low <= merged[-1][1]:
            if high > merged[-1][1]:
                merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    result = []
    for low, high in merged:
        space = _SPACE.search(text, min(len(text), high))
        result.append((low, space.start() if space else len(text)))
    return result


def find_in(pattern: re.Pattern[str], text: str, spans: Iterable[Span]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over each window in turn."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def keyword_spans(where: Scan | str, keywords: Iterable[str]) -> list[Span]:
    """Every place a keyword occurs in a scan's lowered text (or in ``where`` itself).

    Each keyword's places are listed in turn, in the order of ``keywords``, with overlaps
    ("exclu" and "exclusion" at the same place, "aka" inside "a.k.a").
    """
    if isinstance(where, str):
        return [(at, at + len(k)) for k in keywords for at in _places(where, k)]
    index = where._keywords
    if not index:
        index.update(_Keywords.current().index(where.lowered))
    spans: list[Span] = []
    for keyword in keywords:
        starts = index.get(keyword)
        if starts is None:  # a keyword never asked for before: known from the next text on
            starts = index[keyword] = _places(where.lowered, keyword)
            _Keywords.learn(keyword)
        size = len(keyword)
        spans += [(at, at + size) for at in starts]
    return spans


def _places(text: str, keyword: str) -> list[int]:
    """Where ``keyword`` starts in ``text``, overlaps included (``str.find`` is very fast)."""
    places = []
    at = text.find(keyword)
    while at != -1:
        places.append(at)
        at = text.find(keyword, at + 1)
    return places


class _Keywords:
    """Every keyword the detectors have asked for, and one pattern that finds them all.

    The detectors keep their keywords to themselves; each is learnt the first time it is
    asked for (one text's worth of ``str.find``), so the pattern covers them all from the
    second text on.
    """

    _known: ClassVar[dict[str, None]] = {}  # only ever grows, in the order learnt
    _current: ClassVar[_Keywords | None] = None

    def __init__(self, keywords: list[str]) -> None:
        self.keywords = keywords
        self._trie = _trie_of(keywords)
        # matches where any keyword starts (the shortest there: only the place counts)
        self._starts = re.compile(_shortest(self._trie)) if keywords else None

    @classmethod
    def learn(cls, keyword: str) -> None:
        if keyword:  # "" occurs everywhere; str.find answers it
            cls._known.setdefault(keyword)

    @classmethod
    def current(cls) -> _Keywords:
        """The pattern for every keyword known now (rebuilt when one has been learnt)."""
        found = cls._current
        if found is None or len(found.keywords) != len(cls._known):
            found = cls._current = cls(list(cls._known))
        return found

    def index(self, lowered: str) -> dict[str, list[int]]:
        """Where each known keyword starts in ``lowered``, in one pass."""
        places: dict[str, list[int]] = {keyword: [] for keyword in self.keywords}
        if self._starts is None:
            return places
        search = self._starts.search
        found = search(lowered)
        while found is not None:
            at = found.start()
            # every keyword that starts here, by walking the trie
            node, end = self._trie, at
            while True:
                if "" in node:
                    places[lowered[at:end]].append(at)
                if end == len(lowered) or lowered[end] not in node:
                    break
                node = node[lowered[end]]
                end += 1
            found = search(lowered, at + 1)
        return places


def _trie_of(words: Iterable[str]) -> _Trie:
    """The words as a trie: a letter to the node after it, and "" where a word ends."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _shortest(node: _Trie) -> str:
    """A regex for the words of a trie that stops at the first whole word."""
    if "" in node:
        return ""
    branches = [re.escape(ch) + _shortest(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def free_before(text: str, pos: int, taken: str) -> bool:
    """Whether the character before ``pos`` is neither a letter/digit nor one of ``taken``."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in taken)


def starts_word(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a word: not inside one, an O'Brien or a Smith-Jones."""
    if pos == 0:
        return True
    before = text[pos - 1]
    if before in "'’":  # an opening quote ("'Hi Kayleigh'"), never an O'Brien
        return pos < 2 or not (text[pos - 2].isalnum() or text[pos - 2] in "_-")
    return not (before.isalnum() or before in "_-")


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for many words, shared prefixes merged ("m(?:um|other)").

    A flat alternation of a hundred words is tried word by word at every position; a trie
    lets the engine give up after one character. Spaces match a space or hyphen.
    """
    trie = _trie_of(words)

    def emit(node: _Trie) -> str:
        branches = [
            ("[ \\-]" if ch == " " else "['’]" if ch == "'" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # optional and greedy, so the longest word wins ("mummy" over "mum")
        return f"(?:{body})?" if "" in node else body

    return emit(trie)

"""A document's text as the bytes of its font's first subset."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont


class _FirstSubset:
    """The characters a document's font has put in its first subset, as a translation
    table from character to byte, and how many characters the font had placed then."""

    __slots__ = ("chars", "placed", "table")

    def __init__(self, assignments: dict[int, int]) -> None:
        self.placed = len(assignments)
        table = {code: n for code, n in assignments.items() if n < 256}
        if 32 in table:  # a no-break space is drawn as the space
            table[0xA0] = table[32]
        self.table = table
        self.chars = frozenset(map(chr, table))


_FIRST_SUBSETS: WeakKeyDictionary[Any, _FirstSubset] = WeakKeyDictionary()


def first_subset_bytes(font: TTFont, text: str, doc: Any) -> list[tuple[int, bytes]] | None:
    """``font.splitString(text, doc)`` when every character of ``text`` is already in the
    font's first subset for ``doc`` (almost always, past a document's first lines); else
    ``None``, and the font's own ``splitString`` must place the new characters."""
    state = font.state.get(doc)
    if state is None or not isinstance(text, str):
        return None
    assignments = state.assignments
    known = _FIRST_SUBSETS.get(state)
    if known is None or known.placed != len(assignments):
        known = _FIRST_SUBSETS[state] = _FirstSubset(assignments)
    if not known.chars.issuperset(text):
        return None
    return [(0, text.translate(known.table).encode("latin-1"))] if text else []

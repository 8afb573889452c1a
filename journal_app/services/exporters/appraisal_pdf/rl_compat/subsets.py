"""A document's text as the bytes of its font's first subset."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.ttfonts import TTFont


class FirstSubset:
    """The characters a document's font has put in its first subset, as a translation
    table from character to byte, and to that byte as it is written in a PDF string
    (escaped as the canvas escapes it); and how many characters the font had placed then.

    A font only ever adds characters, each to one subset for good, so a table stays right
    for the characters it holds; newer ones are not in it (and go to reportlab)."""

    __slots__ = ("chars", "escaped", "placed", "table")

    def __init__(self, assignments: dict[int, int]) -> None:
        self.placed = len(assignments)
        table = {code: n for code, n in assignments.items() if n < 256}
        if 32 in table:  # a no-break space is drawn as the space
            table[0xA0] = table[32]
        self.table = table
        # escapePDF escapes byte by byte, each byte the same wherever it stands
        self.escaped = {code: escapePDF(bytes((n,))) for code, n in table.items()}
        self.chars = frozenset(map(chr, table))


_FIRST_SUBSETS: WeakKeyDictionary[Any, FirstSubset] = WeakKeyDictionary()


def first_subset(font: TTFont, doc: Any) -> FirstSubset | None:
    """What ``font`` has put in its first subset for ``doc`` so far (``None`` before it has
    been used in ``doc``)."""
    state = font.state.get(doc)
    if state is None:
        return None
    assignments = state.assignments
    known = _FIRST_SUBSETS.get(state)
    if known is None or known.placed != len(assignments):
        known = _FIRST_SUBSETS[state] = FirstSubset(assignments)
    return known


def first_subset_bytes(font: TTFont, text: str, doc: Any) -> list[tuple[int, bytes]] | None:
    """``font.splitString(text, doc)`` when every character of ``text`` is already in the
    font's first subset for ``doc`` (almost always, past a document's first lines); else
    ``None``, and the font's own ``splitString`` must place the new characters."""
    if not isinstance(text, str):
        return None
    known = first_subset(font, doc)
    if known is None or not known.chars.issuperset(text):
        return None
    return [(0, text.translate(known.table).encode("latin-1"))] if text else []

"""The reportlab internals the appraisal PDF relies on, all in one place.

reportlab has no public way to do these few things, so the PDF reads or sets attributes
that are not part of its documented API. They live only here, pyproject pins reportlab's
major version, and tests/services/test_reportlab_compat.py exercises each against the
installed reportlab so that an upgrade that renames one fails there, loudly, rather than
as a wrong page number or a missing contents line in someone's appraisal.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import _handleBulletWidth, _wsc

#: every private attribute used, so a test can check no other module touches them
PRIVATE_NAMES = (
    "_doSave",
    "_curr_tx_info",
    "_currentMatrix",
    "_cellvalues",
    "_content",
    "_handleBulletWidth",
    "_width_max",
    "_doc",
    "_wsc",
)

#: the characters reportlab's paragraphs strip as spaces (and split words at, with the
#: no-break space)
PARAGRAPH_SPACES: str = _wsc


def keep_open_after_build(document: BaseDocTemplate) -> None:
    """Stop ``build`` writing the file after the last page (forms are defined late)."""
    document._doSave = 0


def text_position(canvas: Canvas) -> tuple[float, float]:
    """Where the text being drawn has reached, seen from a paragraph's ``onDraw`` callback."""
    where = canvas._curr_tx_info
    return float(where["cur_x"]), float(where["cur_y"])


def current_matrix(canvas: Canvas) -> tuple[float, ...]:
    """The canvas's transformation ``(a, b, c, d, e, f)`` from page coordinates."""
    return tuple(float(value) for value in canvas._currentMatrix)


def table_rows(table: Table) -> int:
    """How many rows a (possibly split) table holds."""
    return len(table._cellvalues)


def contained(flowable: Flowable) -> Sequence[Flowable]:
    """The flowables a container (``KeepTogether``) holds; none for any other flowable."""
    inner: Any = getattr(flowable, "_content", None)
    return inner if isinstance(inner, list) else ()


def has_lines(paragraph: Paragraph) -> bool:
    """Whether a paragraph holds the line breaks of its last wrap."""
    return "blPara" in paragraph.__dict__


def make_room_for_bullet(paragraph: Paragraph, widths: list[float]) -> None:
    """Narrow the first of a paragraph's line ``widths`` by what its bullet takes beyond
    the indent, as ``breakLines`` does before filling lines."""
    _handleBulletWidth(paragraph.bulletText, paragraph.style, widths)


def set_widest_line(paragraph: Paragraph, width: float) -> None:
    """Record the widest line of a paragraph, as ``breakLines`` leaves it."""
    paragraph._width_max = width


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


def compress_finished_page(canvas: Canvas) -> None:
    """Encode the content of the page ``showPage`` has just finished, now, as reportlab
    would encode it when the file is written (the same filters, in the same order, and the
    same stream dictionary).

    reportlab keeps every page's drawing instructions as text until the end: for thousands
    of pages, tens of megabytes more than their compressed streams.
    """
    page = canvas._doc.Pages.pages[-1]
    stream = page.stream
    if not page.compression or page.Contents or not isinstance(stream, str):
        return  # anything unusual is left for reportlab to write
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content: str | bytes = stream
    for step in reversed(filters):  # the last filter is applied first
        content = step.encode(content)
    contents = PDFStream(
        PDFDictionary({"Filter": PDFArray([PDFName(step.pdfname) for step in filters])}),
        content,
        filters=[],  # already applied
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


#: what makes two fragments print alike, as reportlab compares them (``sameFrag``)
_MISSING = object()
_SAME_FRAG_KEYS = (
    "fontName",
    "fontSize",
    "textColor",
    "rise",
    "us_lines",
    "link",
    "backColor",
    "nobr",
)


def same_frag(f: Any, g: Any) -> bool:
    """reportlab's ``sameFrag``: whether fragments ``f`` and ``g`` may be joined on a line:
    neither is a line break or holds a callback, and each key is missing from both or
    equal in both (as reportlab's C version has it: a key set to ``None`` is not the same as
    a missing one).

    reportlab's C version looks each attribute up and, for every one a fragment lacks
    (most of them), raises and clears an AttributeError: a few microseconds for each word
    of each mixed-markup line. This reads the instances' dicts.
    """
    fd = f.__dict__
    gd = g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return False
    return [fd.get(key, _MISSING) for key in _SAME_FRAG_KEYS] == [
        gd.get(key, _MISSING) for key in _SAME_FRAG_KEYS
    ]


@lru_cache(maxsize=256)
def _ascent_descent(font: str, size: float) -> tuple[float, float]:
    ascent, descent = getAscentDescent(font, size)
    return ascent, descent


def _cached_ascent_descent(font: str, size: float | None = None) -> tuple[float, float]:
    """``getAscentDescent``, remembered per font and size while an export runs (a
    registered font's metrics never change; reportlab asks again for every word)."""
    if not size:
        return getAscentDescent(font, size)  # type: ignore[no-any-return]
    return _ascent_descent(font, size)


_swap_lock = threading.Lock()
_swap_users = 0
_ORIGINALS = {
    "sameFrag": rl_paragraph.sameFrag,
    "getAscentDescent": rl_paragraph.getAscentDescent,
}
_FASTER = {"sameFrag": same_frag, "getAscentDescent": _cached_ascent_descent}


@contextmanager
def faster_line_breaking() -> Iterator[None]:
    """While the block runs, reportlab's line breaking (``reportlab.platypus.paragraph``)
    compares fragments with :func:`same_frag` and remembers fonts' ascent and descent.
    Both give exactly what reportlab's own functions give; the originals are put back when
    the last export using them ends (exports may overlap in threads)."""
    global _swap_users
    with _swap_lock:
        if _swap_users == 0:
            for name, function in _FASTER.items():
                setattr(rl_paragraph, name, function)
        _swap_users += 1
    try:
        yield
    finally:
        with _swap_lock:
            _swap_users -= 1
            if _swap_users == 0:
                for name, function in _ORIGINALS.items():
                    setattr(rl_paragraph, name, function)

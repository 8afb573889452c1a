"""Breaking a plain paragraph into lines: reportlab's result, for less work.

Breaking lines is the largest single cost of a long appraisal PDF, and most of it goes on
measuring words: reportlab measures every word of every paragraph afresh, and a journal of
thousands of reflections uses the same few thousand words over and over. While an export
runs (:func:`word_widths`), each word's width in each font and size is measured once and
then looked up.

Only the common paragraph is broken here: one font throughout, no hyphenation, shaping or
right-to-left text. The lines are filled greedily as reportlab fills them, with the same
sums in the same order (so the same floating-point results, and the same lines); anything
else, or a word too wide for its line (which reportlab cuts up), is left to reportlab.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, cast

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus.paragraph import split as split_words
from reportlab.platypus.paragraph import strip as strip_spaces
from reportlab.platypus.paraparser import ParaFrag

from journal_app.services.exporters.appraisal_pdf.rl_compat import (
    faster_line_breaking,
    make_room_for_bullet,
    set_widest_line,
)

#: (font name, size) -> word -> width, for the export running in this thread (if any)
_WIDTHS: ContextVar[dict[tuple[str, float], dict[str, float]] | None] = ContextVar(
    "appraisal_pdf_word_widths", default=None
)
#: a soft hyphen: a word holding one may be hyphenated there, which reportlab does
_SOFT_HYPHEN = "\xad"


@contextmanager
def word_widths() -> Iterator[None]:
    """Remember word widths while the block runs (one export), and forget them after."""
    token = _WIDTHS.set({})
    try:
        with faster_line_breaking():
            yield
    finally:
        _WIDTHS.reset(token)


def widths_table(font: str, size: float) -> dict[str, float] | None:
    """The widths of the words measured in ``font`` at ``size`` during this export, or
    ``None`` outside an export."""
    tables = _WIDTHS.get()
    if tables is None:
        return None
    table = tables.get((font, size))
    if table is None:
        table = tables[(font, size)] = {}
    return table


def _widths_of(font: str, size: float) -> dict[str, float]:
    table = widths_table(font, size)
    return {} if table is None else table  # outside an export: keep nothing


@lru_cache(maxsize=64)
def _ascent_descent(font: str, size: float) -> tuple[float, float]:
    """How far a font rises above and falls below the baseline at a size (it never changes
    for a registered font, and reportlab works it out again for every paragraph)."""
    ascent, descent = getAscentDescent(font, size)
    return ascent, descent


def _plain_words(frag: Any) -> bool:
    """Whether ``frag`` holds the words a split left a plain paragraph (its second half, or
    its first, which platypus wraps again), each a plain string without a soft hyphen
    (none cut or hyphenated by reportlab), rather than text."""
    words = getattr(frag, "words", None)
    return type(words) is list and all(
        type(word) is str and _SOFT_HYPHEN not in word for word in words
    )


def _is_plain(paragraph: Any) -> bool:
    """Whether reportlab would break ``paragraph`` as one run of text in one font, with
    nothing but greedy filling (the case :func:`break_plain` repeats)."""
    frags = paragraph.frags
    if len(frags) != 1 or type(frags[0]) is not ParaFrag:
        return False
    frag = frags[0]
    style = paragraph.style
    if hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
        return False
    if hasattr(frag, "text"):
        if _SOFT_HYPHEN in frag.text:
            return False
    elif not _plain_words(frag):
        return False
    if style.endDots or style.wordWrap:
        return False
    if getattr(style, "hyphenationLang", "") or style.uriWasteReduce:
        return False
    if style.embeddedHyphenation:
        return False
    return not (style.shaping and getFont(style.fontName).shapable)


def break_plain(paragraph: Any, widths: Any) -> Any | None:
    """``paragraph.breakLines(widths)`` for a plain paragraph (see the module's notes), or
    ``None`` when reportlab must break it."""
    if not _is_plain(paragraph):
        return None
    max_widths = list(widths) if isinstance(widths, (list, tuple)) else [widths]
    style = paragraph.style
    frag = paragraph.frags[0]
    font, size = frag.fontName, frag.fontSize
    ascent, descent = _ascent_descent(font, size)
    make_room_for_bullet(paragraph, max_widths)
    if hasattr(frag, "text"):
        text = strip_spaces(frag.text)
        # reportlab's split: Python's unless there is a no-break space
        words = (split_words(text) if "\xa0" in text else text.split()) if text else []
    else:  # a split's words, broken as they are unless none has more than spaces
        words = list(frag.words) if any(map(strip_spaces, frag.words)) else []
    if not words:
        lines: list[tuple[float, list[str]]] = []
        widest = 0.0
    else:
        found = _fill(
            words,
            max_widths,
            _widths_of(font, size),
            lambda word: stringWidth(word, font, size, paragraph.encoding),
            style.spaceShrinkage,
            bool(style.splitLongWords),
        )
        if found is None:
            return None
        lines, widest = found
    # what reportlab leaves on the paragraph after breaking it
    if isinstance(widths, list):
        widths[:] = max_widths
    paragraph.height = 0
    set_widest_line(paragraph, widest)
    return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _fill(
    words: list[str],
    max_widths: list[float],
    known: dict[str, float],
    measure: Any,
    shrinkage: float,
    split_long: bool,
) -> tuple[list[tuple[float, list[str]]], float] | None:
    """Greedy lines of ``words``: each line takes words while they fit, a space between
    them allowed to shrink by ``shrinkage`` of its width. Returns the lines as
    ``(room left, words)`` and the widest line, or ``None`` for a word wider than its line
    (reportlab cuts such a word, when ``split_long``)."""
    space = known.get(" ")
    if space is None:
        space = known[" "] = measure(" ")
    shrink = shrinkage * space
    looked_up = list(map(known.get, words))
    if None in looked_up:  # words not measured yet in this export
        for i, width in enumerate(looked_up):
            if width is None:
                word = words[i]
                width = known.get(word)  # (measured just before, if it came twice)
                if width is None:
                    width = known[word] = measure(word)
                looked_up[i] = width
    widths = cast(list[float], looked_up)  # every one measured now
    last = len(max_widths) - 1
    lines: list[tuple[float, list[str]]] = []
    line_no = 0
    room = max_widths[0]
    used = -space  # the first word of a line has no space before it
    widest = 0.0
    first = 0  # the line's first word
    count = 0  # and how many words it has so far
    for i, width in enumerate(widths):
        wider = used + space + width
        # (with no shrinking, room + 0.0 * count is the room itself)
        if wider > room + shrink * count:
            if split_long and width > room:
                return None
            if count:
                if used > widest:
                    widest = used
                lines.append((room - used, words[first:i]))
                first = i
                count = 1
                used = width
                line_no += 1
                room = max_widths[line_no if line_no < last else last]
                continue
        count += 1
        used = wider
    if count:
        if used > widest:
            widest = used
        lines.append((room - used, words[first:]))
    return lines, widest

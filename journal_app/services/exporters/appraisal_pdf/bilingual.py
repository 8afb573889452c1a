"""Sentences and paragraphs in the document's language(s), as flowables.

In a one-language document a sentence is one paragraph, exactly as before there was a
choice. In a bilingual one it is the Welsh, then the English just below it in a quieter
style (grey, in italics), the two kept on one page: the reader of either language finds
their own line straight away, and nobody has to read a paragraph of mixed languages.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from journal_app.services.exporters.appraisal_pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
)
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import MUTED
from journal_app.services.exporters.appraisal_pdf.words import Words

#: "**words**" in a catalogue wording is printed in bold
_BOLD = re.compile(r"\*\*(.+?)\*\*")
#: a style's italic face, for the second language
_ITALIC_OF = {REGULAR: ITALIC, BOLD: BOLD_ITALIC, ITALIC: ITALIC, BOLD_ITALIC: BOLD_ITALIC}
#: the gap between a line and its translation just below it
_CLOSE = 1.5

MakeParagraph = Callable[[str, ParagraphStyle], Flowable]

_firsts: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()
_seconds: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def markup(text: str) -> str:
    """A catalogue wording as paragraph mark-up: escaped, its "**words**" in bold."""
    return _BOLD.sub(r"<b>\1</b>", plain(text))


def first_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for a line with its translation just below it."""
    found = _firsts.get(style)
    if found is None:
        found = style.clone(f"{style.name}First", spaceAfter=min(style.spaceAfter, _CLOSE))
        _firsts[style] = found
    return found


def second_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for the translation below a line: grey, in italics, close under it."""
    found = _seconds.get(style)
    if found is None:
        found = style.clone(
            f"{style.name}Second",
            fontName=_ITALIC_OF.get(style.fontName, style.fontName),
            textColor=MUTED,
            spaceBefore=0,
        )
        _seconds[style] = found
    return found


def paragraphs(
    markups: Sequence[str],
    style: ParagraphStyle,
    make: MakeParagraph = Paragraph,
    second: ParagraphStyle | None = None,
) -> list[Flowable]:
    """One paragraph per language (``markups`` is mark-up, first language first); the
    second in ``second``, by default :func:`second_style` of ``style``."""
    if len(markups) == 1:
        return [make(markups[0], style)]
    made = [make(markups[0], first_style(style))]
    made += [make(text, second or second_style(style)) for text in markups[1:]]
    for flowable in made[:-1]:
        flowable.keepWithNext = True
    return made


def said(
    words: Words,
    code: str,
    style: ParagraphStyle,
    make: MakeParagraph = Paragraph,
    /,
    **params: object,
) -> list[Flowable]:
    """The message ``code`` as a paragraph in each of the document's languages."""
    return paragraphs([markup(text) for text in words.each(code, **params)], style, make)

"""A reflection's Markdown as PDF paragraphs: headings, bold, italics, lists, quotes.

Only the Markdown people write in a journal is understood; everything else is text. All
text is escaped for reportlab's paragraph mark-up first, so a ``<`` or ``&`` a user typed
can never break the document, and emphasis marks become bold or italics, never stray
asterisks. If a paragraph's mark-up still cannot be laid out (badly nested emphasis), it is
shown as plain text rather than failing the export.
"""

from __future__ import annotations

import re
from copy import copy
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText

from journal_app.services.exporters.appraisal_pdf.styles import RULE, Styles

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_RULE_LINE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_BOLD_ITALIC = re.compile(r"(\*\*\*|___)(?=\S)(.+?)(?<=\S)\1")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_LEFTOVER_DOUBLE = re.compile(r"\*\*+|(?<!\w)__+|__+(?!\w)")
_LEFTOVER_SINGLE = re.compile(r"(?<=\w)\*(?=\s|$)|(?<=\s)\*(?=\w)|^\*(?=\w)")
_TAG = re.compile(r"</?[bi]>")

INDENT_STEP = 14


def clean(text: str) -> str:
    """Text without control characters reportlab cannot show; tabs become spaces."""
    return _CONTROL.sub("", text.replace("\t", "    "))


def plain(text: str) -> str:
    """Escaped text for a paragraph, with no Markdown interpretation (titles, names)."""
    return escape(clean(text))


def inline(text: str) -> str:
    """One block of Markdown as paragraph mark-up: escaped, with bold and italics."""
    marked = escape(clean(text))
    # each pattern is tried only where its marks occur: most text has none, and the
    # patterns with look-behinds are slow on long paragraphs
    if "](" in marked:
        marked = _LINK.sub(r"\1 (\2)", marked)
    pieces = _CODE.split(marked) if "`" in marked else [marked]
    # odd pieces are inside `code`: shown as written, no emphasis
    for i in range(0, len(pieces), 2):
        if "*" not in pieces[i] and "_" not in pieces[i]:
            continue
        piece = _BOLD_ITALIC.sub(r"<b><i>\2</i></b>", pieces[i])
        piece = _BOLD.sub(r"<b>\2</b>", piece)
        piece = _ITALIC_STAR.sub(r"<i>\1</i>", piece)
        piece = _ITALIC_UNDERSCORE.sub(r"<i>\1</i>", piece)
        piece = _LEFTOVER_DOUBLE.sub("", piece)
        pieces[i] = _LEFTOVER_SINGLE.sub("", piece)
    return "".join(pieces).replace("\n", "<br/>")


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that keeps its line breaks for the width it was last wrapped to.

    Platypus often wraps the same paragraph twice at the same width: once to measure a
    group kept together (a heading and what follows it) and again to place it, or again on
    the next page, or for a table cell when the table is split and drawn. Breaking lines
    is the costliest part of the layout, and its result depends only on the text, the
    style and the width, so a second wrap at the same width returns the first one's size.
    A split (which may drop the line breaks) or any other width breaks the lines again.
    """

    _wrapped_to: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width == self._wrapped_to and "blPara" in self.__dict__:
            return self.width, self.height
        self._wrapped_to = None
        width, height = super().wrap(available_width, available_height)
        self._wrapped_to = available_width
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._wrapped_to = None
        return list(super().split(available_width, available_height))


@lru_cache(maxsize=128)
def _plain_frag(style: ParagraphStyle) -> Any:
    """What reportlab's mark-up parser makes of plain text (no tags, no entities) in
    ``style``: one fragment, the same for any such text but for the text itself."""
    parsed = Paragraph("x", style)
    if len(parsed.frags) != 1 or parsed.frags[0].text != "x":
        return None
    return parsed.frags[0]


def _frags_of_plain(markup: str, style: ParagraphStyle) -> list[Any] | None:
    """The fragments the parser would make of ``markup``, without parsing it, when it is
    plain text; ``None`` when it is not (then the parser must do it).

    Most of a journal's paragraphs have no mark-up at all, and reportlab's parser (an HTML
    parser in pure Python) costs as much as breaking the lines.
    """
    if "<" in markup or "&" in markup or ">" in markup:
        return None
    text = cleanBlockQuotedText(markup)  # what Paragraph does to its text before parsing
    template = _plain_frag(style) if text else None
    if template is None:
        return None
    frag = copy(template)
    frag.text = text
    for name, value in vars(template).items():  # lists are never shared between fragments
        if isinstance(value, list):
            setattr(frag, name, list(value))
    return [frag]


def paragraph(markup: str, style: object, bullet: str | None = None) -> Paragraph:
    """A paragraph from mark-up, falling back to plain text if the mark-up will not parse."""
    if isinstance(style, ParagraphStyle):
        frags = _frags_of_plain(markup, style)
        if frags is not None:
            return Para(cleanBlockQuotedText(markup), style, bulletText=bullet, frags=frags)
    try:
        return Para(markup, style, bulletText=bullet)
    except ValueError:
        flat = _TAG.sub("", markup)
        return Para(flat, style, bulletText=bullet)


@lru_cache(maxsize=64)
def _list_style(styles: Styles, level: int) -> object:
    base = styles.bullet
    return base.clone(
        f"{base.name}{level}",
        leftIndent=base.leftIndent + INDENT_STEP * level,
        bulletIndent=base.bulletIndent + INDENT_STEP * level,
    )


def _level(indent: str) -> int:
    return min(len(indent.replace("\t", "    ")) // 2, 4)


def markdown_flowables(text: str, styles: Styles) -> list[Flowable]:
    """The flowables for a reflection's text (Markdown), in order."""
    flowables: list[Flowable] = []
    lines: list[str] = []
    kind: tuple[str, ...] = ()
    in_list = False

    def flush() -> None:
        nonlocal lines, kind, in_list
        if lines:
            is_item = bool(kind) and kind[0] == "bullet"
            if in_list and not is_item:
                flowables.append(Spacer(1, 4))  # air between a list and the text after it
            flowables.append(_block(kind, "\n".join(lines), styles))
            in_list = is_item
        lines, kind = [], ()

    for raw in clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            flush()
        elif match := _HEADING.match(raw):
            flush()
            flowables.append(paragraph(inline(match.group(2)), styles.text_heading))
            flowables[-1].keepWithNext = True
        elif _RULE_LINE.match(raw):
            flush()
            flowables.append(
                HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=6)
            )
        elif match := _BULLET.match(raw):
            flush()
            lines, kind = [match.group(2)], ("bullet", "•", str(_level(match.group(1))))
        elif match := _NUMBERED.match(raw):
            flush()
            lines, kind = (
                [match.group(3)],
                ("bullet", f"{match.group(2)}.", str(_level(match.group(1)))),
            )
        elif (match := _QUOTE.match(raw)) and kind in ((), ("quote",)):
            if kind != ("quote",):
                flush()
            lines.append(match.group(1))
            kind = ("quote",)
        else:
            lines.append(raw.strip() if kind and kind[0] == "bullet" else raw.rstrip())
    flush()
    return flowables


def _block(kind: tuple[str, ...], text: str, styles: Styles) -> Flowable:
    if kind and kind[0] == "bullet":
        return paragraph(inline(text), _list_style(styles, int(kind[2])), bullet=kind[1])
    if kind == ("quote",):
        return paragraph(inline(text), styles.quote)
    return paragraph(inline(text.strip()), styles.body)

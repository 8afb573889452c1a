"""A reflection's Markdown as PDF paragraphs: headings, bold, italics, lists, quotes.

The Markdown is read by markdown-it-py (CommonMark), so emphasis, escapes (``\\*``) and
lists follow the rules people meet elsewhere. HTML, entities and link reference definitions
are not interpreted: whatever a user typed that is not Markdown is printed as typed. All
text is escaped for reportlab's paragraph mark-up, so a ``<`` or ``&`` a user typed can
never break the document or become mark-up. If a paragraph's mark-up still cannot be laid
out, it is shown as plain text rather than failing the export.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText

from journal_app.services.exporters.appraisal_pdf.line_breaks import break_plain, widths_table
from journal_app.services.exporters.appraisal_pdf.rl_compat import (
    PARAGRAPH_SPACES,
    break_mixed_lines,
    draw_mixed_lines,
    draw_on,
    draw_plain_lines,
    has_lines,
)
from journal_app.services.exporters.appraisal_pdf.styles import RULE, Styles

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG = re.compile(r"</?[bi]>")
#: CommonMark without raw HTML; entities (``&amp;``) and reference definitions
#: (``[1]: ...`` lines, which would vanish) are left as the text the user typed
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).disable(["entity", "reference"])
#: mark-up for the inline tokens that are only a tag
_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "softbreak": "<br/>",  # a line break typed inside a paragraph is kept, as in the editor
    "hardbreak": "<br/>",
}

INDENT_STEP = 14
_MAX_LEVEL = 4


def clean(text: str) -> str:
    """Text without control characters reportlab cannot show; tabs become spaces."""
    return _CONTROL.sub("", text.replace("\t", "    "))


def plain(text: str) -> str:
    """Escaped text for a paragraph, with no Markdown interpretation (titles, names)."""
    return escape(clean(text))


def inline(text: str) -> str:
    """One block of Markdown as paragraph mark-up: escaped, with bold and italics."""
    tokens = _MARKDOWN.parseInline(clean(text))
    return _inline_markup(tokens[0].children or []) if tokens else ""


def _inline_markup(tokens: Sequence[Token]) -> str:
    out: list[str] = []
    links: list[tuple[int, str]] = []  # where each open link's text starts, and its address
    for token in tokens:
        kind = token.type
        if kind in _TAGS:
            out.append(_TAGS[kind])
        elif kind in ("text", "code_inline"):
            out.append(escape(token.content))
        elif kind == "link_open":
            links.append((len(out), str(token.attrGet("href") or "")))
        elif kind == "link_close" and links:
            start, address = links.pop()
            if _TAG.sub("", "".join(out[start:])) != escape(address):
                out.append(f" ({escape(address)})")  # paper has no links: print the address
        elif kind == "image":
            out.append(f"{escape(token.content)} ({escape(str(token.attrGet('src') or ''))})")
        else:
            out.append(escape(token.content))
    return "".join(out)


def _own_or_style(para: Paragraph, name: str) -> Any:
    """A paragraph's own value of ``name``, else its style's, else 0 (what Flowable's
    ``hasattr`` chains give, as neither class has one of its own)."""
    own = para.__dict__
    if name in own:
        return own[name]
    return getattr(own.get("style"), name, 0)


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that keeps its line breaks for the width it was last wrapped to, and
    whose mark-up is read once per shape (see :func:`parsed`).

    Platypus often wraps the same paragraph twice at the same width: once to measure a
    group kept together (a heading and what follows it) and again to place it, or again on
    the next page, or for a table cell when the table is split and drawn. Breaking lines
    is the costliest part of the layout, and its result depends only on the text, the
    style and the width, so a second wrap at the same width returns the first one's size.
    A split (which may drop the line breaks) or any other width breaks the lines again.
    """

    _wrapped_to: float | None = None

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
        **options: Any,
    ) -> None:
        if frags is None and not options:
            found = parsed(text, style)
            if found is not None:
                text, frags = found
        super().__init__(text, style, bulletText=bulletText, frags=frags, **options)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width == self._wrapped_to and has_lines(self):
            return self.width, self.height
        self._wrapped_to = None
        width, height = super().wrap(available_width, available_height)
        self._wrapped_to = available_width
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._wrapped_to = None
        return list(super().split(available_width, available_height))

    # Flowable's three look-ups, asked for every paragraph as it is laid out, and as a
    # group's members are measured: the paragraph's own value, else its style's, else 0
    # (neither class has one of its own)

    def getSpaceBefore(self) -> Any:
        return _own_or_style(self, "spaceBefore")

    def getSpaceAfter(self) -> Any:
        return _own_or_style(self, "spaceAfter")

    def getKeepWithNext(self) -> Any:
        return _own_or_style(self, "keepWithNext")

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # what Flowable.drawOn does, with less of reportlab's work (a paragraph per call)
        draw_on(self, canvas, x, y, _sW)

    def draw(self) -> None:
        # most paragraphs are lines of plain text, or of text in a few colours and faces:
        # written with less of reportlab's work
        if not (draw_plain_lines(self) or draw_mixed_lines(self)):
            super().draw()

    def breakLines(self, width: Any) -> Any:
        # most paragraphs are plain text in one font: broken with remembered word widths
        lines = break_plain(self, width)
        if lines is None:  # and most others are text in a few colours, with line breaks
            lines = break_mixed_lines(self, width, widths_table)
        return lines if lines is not None else super().breakLines(width)


#: the mark-up that is read once per shape: bold, italics, colour, line breaks, link
#: targets (``<a name=.../>``) and the entities ``escape`` writes; anything else (links,
#: callbacks) is read each time
_SIMPLE_TAG = re.compile(r"</?[biu]>|<br */>|<font color=(?:'[^'<>]*'|\"[^\"<>]*\")>|</font>")
_ANCHOR = re.compile(r'<a name="([\w.:-]+)"/>')
#: a link target stands in a shape under this name
_ANCHOR_STAND_IN = '<a name="x"/>'
_PIECES = re.compile(r"(<[^<>]*>|&(?:amp|lt|gt|nbsp);)")
#: a run of text stands in a shape as "x" and its number, with its spaces around it
_STAND_IN = "{}x{}{}"
#: any kind of space but the plain one (reportlab's list of spaces, Python's, and the
#: no-break space): reportlab's whitespace tidying (``cleanBlockQuotedText``) changes them
_ODD_SPACE = re.compile(
    "[{}]".format(
        re.escape(
            "".join(
                sorted(
                    (
                        set(PARAGRAPH_SPACES)
                        | {chr(c) for c in range(0x3001) if chr(c).isspace()}
                        | {"\xa0"}
                    )
                    - {" "}
                )
            )
        )
    )
)


def _tidy(markup: str) -> str:
    """``cleanBlockQuotedText(markup)``: the text with its lines stripped and joined and
    runs of spaces made one; most mark-up here is tidy already (no odd space, no space at
    either end or two together), and comes back as it is. (Every odd space is a character
    Python counts as unprintable, so printable mark-up has none: a quicker look.)"""
    if (
        (not markup.isprintable() and _ODD_SPACE.search(markup))
        or "  " in markup
        or markup.startswith(" ")
        or markup.endswith(" ")
    ):
        return str(cleanBlockQuotedText(markup))
    return markup


@lru_cache(maxsize=256)
def _shape(
    skeleton: str, style: ParagraphStyle, runs: int, anchors: int
) -> tuple[tuple[Any, int, tuple[str, ...], bool], ...] | None:
    """What reportlab's mark-up parser makes of ``skeleton`` (mark-up whose runs of text
    are stand-ins) in ``style``: its fragments, each with the number of the run it holds
    (-1 for none), the names of its attributes that are lists, and whether it is a link
    target; ``None`` when the runs or the targets do not come out one to a fragment."""
    try:
        model = Paragraph(skeleton, style)
    except ValueError:
        return None
    if model.style is not style or model.bulletText != getattr(style, "bulletText", None):
        return None
    stand_ins = {
        _STAND_IN.format(" " * lead, n, " " * trail): n
        for n in range(runs)
        for lead in (0, 1)
        for trail in (0, 1)
    }
    shape = tuple(
        (
            frag,
            stand_ins.get(str(getattr(frag, "text", "")), -1),
            tuple(name for name, value in vars(frag).items() if isinstance(value, list)),
            getattr(getattr(frag, "cbDefn", None), "kind", None) == "anchor",
        )
        for frag in model.frags
    )
    if [n for _frag, n, _lists, _anchor in shape if n >= 0] != list(range(runs)):
        return None
    if sum(anchor for _frag, _n, _lists, anchor in shape) != anchors:
        return None
    return shape


def parsed(markup: str, style: object) -> tuple[str, list[Any]] | None:
    """``markup`` as ``Paragraph`` keeps it (whitespace tidied) and the fragments its parser
    would make of it, found without parsing it again when a paragraph of the same shape
    (the same tags and style, other words) has been read before; ``None`` for mark-up that
    must be parsed (anything but simple tags, or text that does not fit a shape).

    reportlab's parser is an HTML parser in pure Python; it costs as much as breaking the
    lines, and an appraisal's paragraphs come in a few shapes: plain text, a reflection's
    facts with a line break, an action with its status in grey, bold and italic words, a
    reflection's title after its link target.
    """
    if not isinstance(style, ParagraphStyle):
        return None
    text = _tidy(markup)  # what Paragraph does to its text before parsing
    runs: list[str] = []
    anchors: list[str] = []
    skeleton: list[str] = []
    # most paragraphs are one run of text with no tag or entity: the one piece split finds
    pieces = [text] if "<" not in text and "&" not in text else _PIECES.split(text)
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag or an entity
            if piece[0] == "<" and not _SIMPLE_TAG.fullmatch(piece):
                anchor = _ANCHOR.fullmatch(piece)
                if anchor is None:
                    return None
                anchors.append(anchor.group(1))
                piece = _ANCHOR_STAND_IN
            skeleton.append(piece)
        elif piece and not piece.isspace():  # (piece.strip() is not empty)
            if "<" in piece or ">" in piece or "&" in piece:
                return None
            lead = len(piece) - len(piece.lstrip(" ")) if piece[0] == " " else 0
            trail = len(piece) - len(piece.rstrip(" ")) if piece[-1] == " " else 0
            core = piece[lead : len(piece) - trail]  # piece.strip(" "), not empty here
            # only plain spaces around the run (core == piece.strip()), at most one each side
            if core[0].isspace() or core[-1].isspace() or lead > 1 or trail > 1:
                return None
            skeleton.append(_STAND_IN.format(" " * lead, len(runs), " " * trail))
            runs.append(piece)
        else:
            skeleton.append(piece)
    if not runs:
        return None
    shape = _shape("".join(skeleton), style, len(runs), len(anchors))
    if shape is None:
        return None
    frags = []
    names = iter(anchors)
    for model, run, lists, is_anchor in shape:
        # a copy (as copy.copy makes it) whose lists are its own
        state = model.__dict__.copy()
        for name in lists:
            state[name] = list(state[name])
        if run >= 0:
            state["text"] = runs[run]
        if is_anchor:
            state["cbDefn"] = model.cbDefn.clone(name=next(names))
        frag = object.__new__(type(model))
        frag.__dict__.update(state)
        frags.append(frag)
    return text, frags


def paragraph(markup: str, style: object, bullet: str | None = None) -> Paragraph:
    """A paragraph from mark-up, falling back to plain text if the mark-up will not parse."""
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


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=6)


#: characters that may start Markdown inside a line (emphasis, code, escapes, links,
#: autolinks); text without them has no inline mark-up
_INLINE_MARK = re.compile(r"[*_`\\\[<]")
#: what may start a Markdown block at the start of a line (after up to three spaces):
#: headings, quotes, lists, rules, underlines, fences, HTML, numbered items
_BLOCK_MARK = re.compile(r"[#>+*=_`~<|-]|\d+[.)]")


def plain_paragraphs(source: str) -> list[str] | None:
    """The paragraphs of ``source`` as mark-up, when it is plain prose: no character that
    could begin Markdown, inside a line or at its start, and no indented line; ``None``
    otherwise (then the Markdown parser reads it). Blank lines part paragraphs, and a line
    break inside one is kept, as the parser keeps it.

    Most reflections are plain prose, and reading them with the full parser costs as much
    as setting their lines.
    """
    if _INLINE_MARK.search(source):
        return None
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in source.split("\n"):
        text = line.lstrip(" ")
        if not text.strip(" "):
            if lines:
                paragraphs.append("<br/>".join(lines))
                lines = []
            continue
        if len(line) - len(text) > 3 or not text.isprintable() or _BLOCK_MARK.match(text):
            return None  # code, other spaces, or the start of a block: the parser decides
        lines.append(escape(text.rstrip(" ")))
    if lines:
        paragraphs.append("<br/>".join(lines))
    return paragraphs


def markdown_flowables(text: str, styles: Styles) -> list[Flowable]:
    """The flowables for a reflection's text (Markdown), in order."""
    source = clean(text).replace("\r\n", "\n").replace("\r", "\n")
    prose = plain_paragraphs(source)
    if prose is not None:
        return [paragraph(markup, styles.body) for markup in prose]
    return parsed_markdown(source, styles)


def parsed_markdown(source: str, styles: Styles) -> list[Flowable]:
    """The flowables for Markdown (already cleaned), as the Markdown parser reads it."""
    flowables: list[Flowable] = []
    lists: list[bool] = []  # the open lists, innermost last: True for a numbered one
    bullet: str | None = None  # the mark of a list item whose first paragraph is next
    quotes = 0
    heading = False
    after_item = False
    for token in _MARKDOWN.parse(source):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            # the number as typed ("3." stays 3), as the writer sees it in the editor
            bullet = f"{token.info}." if lists and lists[-1] else "•"
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind == "heading_open":
            heading = True
        elif kind in ("inline", "fence", "code_block", "hr"):
            in_item = bool(lists) and not heading
            if after_item and not in_item:
                flowables.append(Spacer(1, 4))  # air between a list and the text after it
            after_item = in_item
            if kind == "hr":
                flowables.append(
                    HRFlowable(
                        width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=6
                    )
                )
                continue
            if kind == "inline":
                markup = _inline_markup(token.children or [])
            else:  # code is printed as typed, line for line
                markup = escape(token.content.rstrip("\n")).replace("\n", "<br/>")
            if heading:
                flowables.append(paragraph(markup, styles.text_heading))
                flowables[-1].keepWithNext = True
                heading = False
            elif in_item:
                level = min(len(lists) - 1, _MAX_LEVEL)
                flowables.append(paragraph(markup, _list_style(styles, level), bullet=bullet))
                bullet = None
            else:
                flowables.append(paragraph(markup, styles.quote if quotes else styles.body))
    return flowables

"""Paragraphs drawn with the operators reportlab's ``drawPara`` writes, for less work."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color, gray
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from journal_app.services.exporters.appraisal_pdf.rl_compat.subsets import (
    FirstSubset,
    first_subset,
)

#: per document: the operators selecting a font's first subset at a size and leading
_HEADS: WeakKeyDictionary[Any, dict[tuple[str, float, float], str]] = WeakKeyDictionary()


def _subset_head(font: Any, size: float, leading: float, doc: Any) -> str:
    """The operators reportlab's ``_formatText`` writes to switch a text object to
    ``font``'s first subset at ``size`` with ``leading``: worked out once per document
    (the subset's name never changes once given)."""
    heads = _HEADS.get(doc)
    if heads is None:
        heads = _HEADS[doc] = {}
    key = (font.fontName, size, leading)
    head = heads.get(key)
    if head is None:
        head = heads[key] = (
            f"{font.getSubsetInternalName(0, doc)} {fp_str(size)} Tf {fp_str(leading)} TL "
        )
    return head


#: the operator setting each RGB fill colour drawn (the few colours of the appraisal)
_FILL_OPERATORS: dict[tuple[float, float, float], str] = {}


def set_fill_color(target: Any, canvas: Canvas, color: Any) -> None:
    """``target.setFillColor(color)``, where ``target`` is ``canvas`` or one of its text
    objects: for an RGB colour whose transparency is the canvas's already, the operator
    reportlab writes (worked out once per colour) and the same state, without reportlab's
    checks of every other kind of colour and of the transparency; any other colour, or a
    canvas that converts colours, is left to reportlab."""
    if type(color) is not Color or target._enforceColorSpace:
        target.setFillColor(color)
        return
    alpha = color.alpha
    if alpha is None or alpha != canvas._extgstate._d.get("ca", 1):
        target.setFillColor(color)  # (a new transparency: reportlab names it)
        return
    rgb = (color.red, color.green, color.blue)
    operator = _FILL_OPERATORS.get(rgb)
    if operator is None:
        operator = _FILL_OPERATORS[rgb] = f"{fp_str(rgb)} rg"
    target._fillColorObj = color
    target._code.append(operator)
    # what setting the transparency to the value it has does
    canvas._doc.ensureMinPdfVersion("transparency")


def draw_plain_lines(paragraph: Paragraph) -> bool:
    """Draw ``paragraph`` as its ``drawPara`` would, when it is a left-aligned run of text
    in one font broken into lines of words (``kind`` 0: what ``break_plain`` makes): no
    border, background, bullet, indent of the first line, underline or link, in a font
    whose text is written by subsets (DejaVu Sans). Returns ``False``, having drawn
    nothing, for any other paragraph (reportlab draws it).

    The same operators in the same order: the text object is reportlab's, and a line whose
    characters are all in the font's first subset is written here straight into it rather
    than through four layers of reportlab's calls per line; any other line is written by
    reportlab's own ``_textOut``.
    """
    lines_of = paragraph.__dict__.get("blPara")
    if lines_of is None or lines_of.kind != 0 or paragraph.debug or paragraph.bulletText:
        return False
    lines = lines_of.lines
    style = paragraph.style
    if not lines or style.alignment != TA_LEFT or style.firstLineIndent or style.wordWrap:
        return False
    if style.backColor or (getattr(style, "borderWidth", None) and style.borderColor):
        return False
    if getattr(paragraph, "_offsets", None) is not None or lines_of.us_lines or lines_of.link:
        return False
    if "preformatted" in type(paragraph).__name__.lower():
        return False
    font = getFont(lines_of.fontName)
    if not font._dynamicFont or font.shapable:
        return False
    canvas = paragraph.canv
    escape_like_pdf = _escapes_like_pdf(canvas)
    leading = style.leading
    auto_leading = getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
    if auto_leading == "max":
        leading = max(leading, lines_of.ascent - lines_of.descent)
    elif auto_leading == "min":
        leading = lines_of.ascent - lines_of.descent
    if rl_paragraph.paraFontSizeHeightOffset:
        top = paragraph.height - lines_of.fontSize
    else:
        top = paragraph.height - getattr(lines_of, "ascent", lines_of.fontSize)
    canvas.saveState()
    set_fill_color(canvas, canvas, lines_of.textColor)
    tx = paragraph.beginText(style.leftIndent, top)
    tx.preformatted = False
    tx.direction = style.wordWrap
    tx.setFont(lines_of.fontName, lines_of.fontSize, leading)
    doc = canvas._doc
    add = tx._code.append
    known = first_subset(font, doc)  # looked up again only after reportlab writes a line
    for extra_space, words in lines:
        line = " ".join(words)
        spaces = 0
        if extra_space <= -1e-8:
            spaces = len(words) + line.count("\xa0") - 1
        if spaces > 0:
            tx.setWordSpace(extra_space / float(spaces))
        if known is None or not escape_like_pdf or not known.chars.issuperset(line):
            tx._textOut(line, 1)
            known = first_subset(font, doc)
        elif not line:
            add(" T*")
        elif tx._curSubset != 0:
            head = _subset_head(font, tx._fontsize, tx._leading, doc)
            tx._curSubset = 0
            add(f"{head}({line.translate(known.escaped)}) Tj T*")
        else:
            add(f"({line.translate(known.escaped)}) Tj T*")
        if spaces > 0:
            tx.setWordSpace(0)
    canvas.drawText(tx)
    canvas.restoreState()
    return True


def _fast_draw_style(paragraph: Paragraph) -> bool:
    """Whether ``paragraph``'s style and settings are ones :func:`draw_mixed_lines` draws:
    left-aligned, no per-line offsets, border, background, automatic leading, end dots,
    right-to-left text or debugging frame (a bullet and a first-line indent are drawn)."""
    style = paragraph.style
    if paragraph.debug or style.alignment != TA_LEFT or style.wordWrap or style.endDots:
        return False
    if style.backColor or (getattr(style, "borderWidth", None) and style.borderColor):
        return False
    if getattr(paragraph, "_offsets", None) is not None:
        return False
    if getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) in ("min", "max"):
        return False
    return "preformatted" not in type(paragraph).__name__.lower()


def _quick_font(name: str, fonts: dict[str, Any]) -> Any | None:
    """The font ``name`` if its text is written by subsets and without shaping, else
    ``None``; remembered in ``fonts``."""
    if name in fonts:
        return fonts[name]
    font = getFont(name)
    fonts[name] = font if font._dynamicFont and not font.shapable else None
    return fonts[name]


def _escapes_like_pdf(canvas: Any) -> bool:
    """Whether ``canvas`` escapes PDF strings as reportlab's canvas does (``escapePDF``),
    as the tables of :class:`.subsets.FirstSubset` do."""
    return type(canvas)._escape is Canvas._escape


def _text_out(
    tx: Any,
    font: Any,
    text: str,
    last: bool,
    subsets: dict[str, FirstSubset | None],
) -> None:
    """``tx._textOut(text, last)`` for text in ``font`` (the text object's current font):
    written here when all its characters are in the font's first subset, else by
    reportlab. ``subsets`` remembers each font's first subset for this paragraph
    (forgotten when reportlab writes some text, which may add characters)."""
    canvas = tx._canvas
    name = font.fontName
    if name in subsets:
        known = subsets[name]
    else:
        known = subsets[name] = first_subset(font, canvas._doc)
    if known is None or not known.chars.issuperset(text):
        tx._textOut(text, 1 if last else 0)
        subsets.clear()
        return
    end = " T*" if last else ""
    if not text:
        tx._code.append(end)
        return
    shown = f"({text.translate(known.escaped)}) Tj{end}"
    if tx._curSubset != 0:
        tx._curSubset = 0
        shown = _subset_head(font, tx._fontsize, tx._leading, canvas._doc) + shown
    tx._code.append(shown)


def draw_mixed_lines(paragraph: Paragraph) -> bool:
    """Draw ``paragraph`` as its ``drawPara`` would, when it is broken into lines of
    fragments (``kind`` 1: what ``break_mixed_lines`` makes) holding only text and link
    targets (no other callbacks, images, links, underlines or background colours), in a
    style :func:`_fast_draw_style` accepts and fonts written by subsets. Returns
    ``False``, having drawn nothing, for any other paragraph (reportlab draws it).

    The same operators in the same order as reportlab's ``_leftDrawParaLineX`` and
    ``_putFragLine`` write for such lines (reportlab's own functions draw the bullet and
    move to a line's indent), without the bookkeeping they do for underlines, links and
    backgrounds (none here).
    """
    lines_of = paragraph.__dict__.get("blPara")
    if lines_of is None or lines_of.kind != 1 or not lines_of.lines:
        return False
    if not _fast_draw_style(paragraph):
        return False
    lines = lines_of.lines
    fonts: dict[str, Any] = {}
    anchors = False
    for line in lines:
        if getattr(line, "preformatted", False):
            return False
        for f in line.words:
            state = f.__dict__
            if state.get("backColor") or f.us_lines or f.link:
                return False
            definition = state.get("cbDefn")
            if definition is not None:
                if definition.kind != "anchor" or getattr(definition, "width", None):
                    return False
                anchors = True
            elif _quick_font(f.fontName, fonts) is None:
                return False
    if not _escapes_like_pdf(paragraph.canv):
        return False
    style = paragraph.style
    canvas = paragraph.canv
    first = lines[0]
    if rl_paragraph.paraFontSizeHeightOffset:
        cur_y = paragraph.height - first.fontSize
    else:
        cur_y = paragraph.height - getattr(first, "ascent", first.fontSize)
    canvas.saveState()
    offset = style.firstLineIndent + 0
    if paragraph.bulletText:
        offset = rl_paragraph._drawBullet(
            canvas, offset, cur_y, paragraph.bulletText, style, rtl=False
        )
    tx = paragraph.beginText(style.leftIndent, cur_y)
    tx.preformatted = False
    tx.direction = style.wordWrap
    tx._leading = None
    tx._fontname, tx._fontsize = None, None
    leading = style.leading
    left_indent = style.leftIndent
    set_x = rl_paragraph.setXPos
    text_color: Any = None
    rise: Any = 0
    subsets: dict[str, FirstSubset | None] = {}
    for line in lines:
        words = line.words
        tx._x_offset = offset
        set_x(tx, offset)
        spaces = 0
        extra_space = line.extraSpace
        if extra_space <= -1e-8:
            spaces = (
                line.wordCount
                + sum(w.text.count("\xa0") for w in words if "cbDefn" not in w.__dict__)
                - 1
            )
        if spaces > 0:
            tx.setWordSpace(extra_space / float(spaces))
        x0 = tx._x0
        cur_x = offset + left_indent
        if tx._leading != leading:
            tx.setLeading(leading)
        last = words[-1]
        for f in words:
            definition = f.__dict__.get("cbDefn")
            if definition is not None:  # a link target
                canvas.bookmarkHorizontal(definition.name, cur_x, cur_y + leading)
                if f is last:
                    if not tx._fontname:
                        tx.setFont(style.fontName, style.fontSize)
                    tx._textOut("", 1)
                continue
            name, size = f.fontName, f.fontSize
            if tx._fontname != name or tx._fontsize != size:
                tx._setFont(name, size)
            if text_color != f.textColor:
                text_color = f.textColor
                set_fill_color(tx, canvas, text_color)
            if rise != f.rise:
                rise = f.rise
                tx.setRise(rise)
            _text_out(tx, fonts[name], f.text, f is last, subsets)
            if anchors:
                cur_x += canvas.stringWidth(f.text, tx._fontname, tx._fontsize)
        if tx._x0 != x0:
            set_x(tx, x0 - tx._x0)
        if spaces > 0:
            tx.setWordSpace(0)
        set_x(tx, -offset)
        cur_y -= style.leading
        offset = 0
    canvas.drawText(tx)
    canvas.restoreState()
    return True


def draw_on(flowable: Flowable, canvas: Canvas, x: float, y: float, shrink: float) -> None:
    """``flowable.drawOn(canvas, x, y, shrink)`` as ``Flowable.drawOn`` does it: the
    flowable drawn inside a saved graphics state, moved to its place. The move is written
    straight away: right after the ``q`` of a saved state, ``translate`` always appends
    its own ``cm`` (it merges only into a ``cm`` just before it), with the same numbers,
    and the canvas's tracked matrix is updated by the same sums."""
    if shrink:
        x = flowable._hAlignAdjust(x, shrink)
    canvas.saveState()
    code = canvas._code
    if code[-1] != "q" or not rl_canvas.ENABLE_TRACKING:  # a canvas that saves otherwise
        canvas.translate(x, y)
    else:
        a0, b0, c0, d0, e0, f0 = canvas._currentMatrix
        # transform(1, 0, 0, 1, x, y), term by term
        canvas._currentMatrix = (
            a0 * 1 + c0 * 0,
            b0 * 1 + d0 * 0,
            a0 * 0 + c0 * 1,
            b0 * 0 + d0 * 1,
            a0 * x + c0 * y + e0,
            b0 * x + d0 * y + f0,
        )
        code.append(f"1 0 0 1 {fp_str(x, y)} cm")
    flowable.canv = canvas
    flowable.draw()
    del flowable.canv
    if getattr(flowable, "_showBoundary", None):
        canvas.setStrokeColor(gray)
        canvas.rect(0, 0, flowable.width, flowable.height)
    canvas.restoreState()

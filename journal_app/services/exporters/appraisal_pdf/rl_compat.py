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
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import _handleBulletWidth, _wsc
from reportlab.platypus.paraparser import ParaFrag

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
    "_extgstate",
    "_escape",
    "_code",
    "_curSubset",
    "_dynamicFont",
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
    if isinstance(content, str):
        # ASCII base-85 text, as bytes now rather than through reportlab's PDFDocEncoding
        # codec when the file is written (the same bytes: the codec maps ASCII to itself)
        content = content.encode("ascii")
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


def _mixed_breakable(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is one :func:`break_mixed_lines` breaks: several fragments of
    text, line breaks or link targets (no images, soft hyphens or fragments already made
    into words by a split), in a style with no hyphenation, shaping or special wrapping."""
    frags = paragraph.frags
    if len(frags) < 2 or rl_paragraph._processed_frags(frags):
        return False
    style = paragraph.style
    if style.wordWrap or getattr(style, "hyphenationLang", "") or style.uriWasteReduce:
        return False
    if style.embeddedHyphenation or (style.shaping and getFont(style.fontName).shapable):
        return False
    for frag in frags:
        if type(frag) is not ParaFrag:
            return False
        state: dict[str, Any] = frag.__dict__
        text = state.get("text")
        if text is not None and "\xad" in text:
            return False
        definition = state.get("cbDefn")
        if definition is not None and getattr(definition, "width", None):
            return False  # an image or anything else with a width
    return True


def _same_memo(memo: list[Any], g: Any, f: Any, same: Any) -> bool:
    """``same(g, f)``, remembered for the last pair: a line's words mostly come from one
    fragment, compared again and again with the same joined fragment (whose text grows,
    but text is not compared)."""
    if memo[0] is g and memo[1] is f:
        return bool(memo[2])
    answer = bool(same(g, f))
    memo[0], memo[1], memo[2] = g, f, answer
    return answer


def break_mixed_lines(paragraph: Paragraph, widths: Any) -> Any | None:
    """``paragraph.breakLines(widths)`` for a paragraph of several fragments (see
    :func:`_mixed_breakable`), or ``None`` when reportlab must break it (also when a word
    is wider than its line, which reportlab cuts up).

    reportlab's own loop with the branches such a paragraph never takes left out
    (hyphenation, soft hyphens, words cut up, images, right-to-left text), in the same
    order and with the same sums, so the lines, the fragments on them and the paragraph's
    word list come out the same; only the work is less. Nothing is changed on the
    paragraph unless its lines are returned.
    """
    if not _mixed_breakable(paragraph):
        return None
    max_widths = list(widths) if isinstance(widths, (list, tuple)) else [widths]
    style = paragraph.style
    _handleBulletWidth(paragraph.bulletText, style, max_widths)
    max_width = max_widths[0]
    last_width = len(max_widths) - 1
    keep_breaks = not style.justifyBreaks
    shrinkage = style.spaceShrinkage
    split_long = style.splitLongWords
    string_width = stringWidth
    ascent_descent = _ascent_descent
    same = same_frag
    hs_frag = rl_paragraph._HSFrag
    split_frag = rl_paragraph._SplitFrag
    split_frag_h = rl_paragraph._SplitFragH
    injected = rl_paragraph._InjectedFrag
    shy_word = rl_paragraph._SHYWord
    fk_text = rl_paragraph._FK_TEXT
    fk_break = rl_paragraph._FK_BREAK
    frag_line = rl_paragraph.FragLine

    fragment_words = rl_paragraph._getFragWords(paragraph.frags, max_width)
    for word in fragment_words:
        for frag, _text in word[1:]:
            if frag._fkind not in (fk_text, fk_break, rl_paragraph._FK_APPEND):
                return None
    lines: list[Any] = []
    all_words: list[Any] = []
    words: list[Any] = []
    line_no = 0
    widest: float = 0
    first_word = 0
    n = 0
    space_width: float = 0
    current: float = 0
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    g: Any = None
    spaces_of: dict[tuple[str, float], float] = {}  # the width of a space in each font
    memo: list[Any] = [None, None, False]  # the last two fragments compared, and the answer
    for w in fragment_words:
        all_words.append(w)
        f = w[-1][0]
        font_name = f.fontName
        font_size = f.fontSize
        if not words:
            n = 0
            space_width = current = 0
            max_size = font_size
            max_ascent, min_descent = ascent_descent(font_name, font_size)
        word_width = w[0]
        f = w[1][0]
        new_width = current + space_width + word_width if word_width > 0 else current
        line_break = f._fkind == fk_break
        limit = max_width
        if shrinkage:
            shrink = space_width
            for wi in words:
                if wi._fkind == fk_text:
                    spaces = wi.text.count(" ")
                    if spaces:
                        font = (wi.fontName, wi.fontSize)
                        space = spaces_of.get(font)
                        if space is None:
                            space = spaces_of[font] = string_width(" ", *font)
                        shrink += spaces * space
            shrink *= shrinkage
            limit += shrink
        if (
            not line_break
            and new_width > limit
            and not isinstance(w, split_frag_h)
            and "cbDefn" not in f.__dict__
        ):
            if isinstance(w, shy_word):
                return None
            if split_long and not isinstance(w, split_frag):
                at = min(line_no, last_width)
                if word_width > max(max_widths[at : at + 1]):
                    return None  # reportlab cuts the word up
        if not ((new_width > limit and n > 0) or line_break):
            text = w[1][1]
            if text:
                n += 1
            font_size = f.fontSize
            ascent, descent = ascent_descent(f.fontName, font_size)
            max_size = max(max_size, font_size)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            if not words:
                g = f.clone()
                words = [g]
                g.text = text
            elif not _same_memo(memo, g, f, same):
                if space_width:
                    i = len(words) - 1
                    while i >= 0:
                        wi = words[i]
                        i -= 1
                        if wi._fkind == fk_text:
                            if not wi.text.endswith(" "):
                                wi.text += " "
                            break
                g = f.clone()
                words.append(g)
                g.text = text
            elif space_width:
                if not g.text.endswith(" "):
                    g.text += " " + text
                else:
                    g.text += text
            else:
                g.text += text
            if isinstance(w, hs_frag):
                known = spaces_of.get((font_name, font_size))
                if known is None:
                    known = spaces_of[(font_name, font_size)] = string_width(
                        " ", font_name, font_size
                    )
                space_width = known
            else:
                space_width = 0
            real = 0
            for part in w[2:]:
                g = part[0].clone()
                g.text = part[1]
                if g.text:
                    real = 1
                words.append(g)
                font_size = g.fontSize
                ascent, descent = ascent_descent(g.fontName, font_size)
                max_size = max(max_size, font_size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
            if not text and real:
                n += 1
            current = new_width
        else:
            if line_break:
                g = f.clone()
                words.append(g)
                kept_break = keep_breaks and not isinstance(w, injected)
            else:
                kept_break = False
            if current > widest:
                widest = current
            lines.append(
                frag_line(
                    extraSpace=max_width - current,
                    wordCount=n,
                    lineBreak=kept_break,
                    words=words,
                    fontSize=max_size,
                    ascent=max_ascent,
                    descent=min_descent,
                    maxWidth=max_width,
                    sFW=first_word,
                )
            )
            first_word = len(all_words) - 1
            line_no += 1
            max_width = max_widths[min(last_width, line_no)]
            if line_break:
                words = []
                continue
            if isinstance(w, hs_frag):
                known = spaces_of.get((font_name, font_size))
                if known is None:
                    known = spaces_of[(font_name, font_size)] = string_width(
                        " ", font_name, font_size
                    )
                space_width = known
            else:
                space_width = 0
            current = word_width
            n = 1
            g = f.clone()
            max_size = g.fontSize
            max_ascent, min_descent = ascent_descent(g.fontName, max_size)
            words = [g]
            g.text = w[1][1]
            for part in w[2:]:
                g = part[0].clone()
                g.text = part[1]
                words.append(g)
                font_size = g.fontSize
                ascent, descent = ascent_descent(g.fontName, font_size)
                max_size = max(max_size, font_size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
    if words:
        if current > widest:
            widest = current
        lines.append(
            frag_line(
                extraSpace=max_width - current,
                wordCount=n,
                lineBreak=False,
                words=words,
                fontSize=max_size,
                ascent=max_ascent,
                descent=min_descent,
                maxWidth=max_width,
                sFW=first_word,
            )
        )
    # what reportlab leaves on the paragraph after breaking it
    if isinstance(widths, list):
        widths[:] = max_widths
    paragraph.height = 0
    paragraph._width_max = widest
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    paragraph.frags = all_words
    return rl_paragraph.ParaLines(kind=1, lines=lines)


_STATE_NAMES: tuple[str, ...] = tuple(Canvas.STATE_ATTRIBUTES)
_state_of = itemgetter(*_STATE_NAMES)


class QuickStateCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose ``saveState`` keeps the graphics state as a tuple of the attributes
    reportlab lists in ``STATE_ATTRIBUTES`` rather than building a dict of them, name by
    name, for every flowable and paragraph drawn; ``restoreState`` puts the same values
    back. The state stack is used by nothing else."""

    def push_state_stack(self) -> None:
        state = self.__dict__
        self.state_stack.append(_state_of(state))
        state["_extgstate"] = state["_extgstate"].pushCopy()

    def pop_state_stack(self) -> None:
        self.__dict__.update(zip(_STATE_NAMES, self.state_stack.pop(), strict=True))


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
    canvas.setFillColor(lines_of.textColor)
    tx = paragraph.beginText(style.leftIndent, top)
    tx.preformatted = False
    tx.direction = style.wordWrap
    tx.setFont(lines_of.fontName, lines_of.fontSize, leading)
    doc = canvas._doc
    escape = canvas._escape
    code = tx._code
    add = code.append
    subset_font: str | None = None
    for extra_space, words in lines:
        line = " ".join(words)
        spaces = 0
        if extra_space <= -1e-8:
            spaces = len(words) + line.count("\xa0") - 1
        if spaces > 0:
            tx.setWordSpace(extra_space / float(spaces))
        found = first_subset_bytes(font, line, doc)
        if found is None:
            tx._textOut(line, 1)
        elif not found:
            add(" T*")
        else:
            if tx._curSubset != 0:
                if subset_font is None:
                    subset_font = (
                        f"{font.getSubsetInternalName(0, doc)} {fp_str(tx._fontsize)} Tf "
                        f"{fp_str(tx._leading)} TL "
                    )
                tx._curSubset = 0
                add(f"{subset_font}({escape(found[0][1])}) Tj T*")
            else:
                add(f"({escape(found[0][1])}) Tj T*")
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


def _text_out(tx: Any, font: Any, text: str, last: bool, heads: dict[Any, str]) -> None:
    """``tx._textOut(text, last)`` for text in ``font`` (the text object's current font):
    written here when all its characters are in the font's first subset, else by
    reportlab. ``heads`` remembers the font-setting operators for this text object."""
    canvas = tx._canvas
    found = first_subset_bytes(font, text, canvas._doc)
    if found is None:
        tx._textOut(text, 1 if last else 0)
        return
    end = " T*" if last else ""
    if not found:
        tx._code.append(end)
        return
    shown = f"({canvas._escape(found[0][1])}) Tj{end}"
    if tx._curSubset != 0:
        key = (font.fontName, tx._fontsize, tx._leading)
        head = heads.get(key)
        if head is None:
            head = heads[key] = (
                f"{font.getSubsetInternalName(0, canvas._doc)} {fp_str(tx._fontsize)} Tf "
                f"{fp_str(tx._leading)} TL "
            )
        tx._curSubset = 0
        shown = head + shown
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
    heads: dict[Any, str] = {}
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
                tx.setFillColor(text_color)
            if rise != f.rise:
                rise = f.rise
                tx.setRise(rise)
            _text_out(tx, fonts[name], f.text, f is last, heads)
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

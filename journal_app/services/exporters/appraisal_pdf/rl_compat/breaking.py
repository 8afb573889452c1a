"""Line breaking: reportlab's functions swapped for faster ones during an export, and
mixed-markup paragraphs broken by the app with reportlab's own loop."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from string import whitespace
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import _handleBulletWidth
from reportlab.platypus.paraparser import ParaFrag

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
_ALL_MISSING = (_MISSING,) * len(_SAME_FRAG_KEYS)


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
    return list(map(fd.get, _SAME_FRAG_KEYS, _ALL_MISSING)) == list(
        map(gd.get, _SAME_FRAG_KEYS, _ALL_MISSING)
    )


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


def _plain_style(style: Any) -> bool:
    """Whether a paragraph style asks for no hyphenation, shaping or special wrapping."""
    if style.wordWrap or getattr(style, "hyphenationLang", "") or style.uriWasteReduce:
        return False
    return not (style.embeddedHyphenation or (style.shaping and getFont(style.fontName).shapable))


def _mixed_breakable(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is one :func:`break_mixed_lines` breaks from its fragments:
    several fragments of text, line breaks or link targets (no images or soft hyphens), in
    a style :func:`_plain_style` accepts."""
    frags = paragraph.frags
    if len(frags) < 2 or rl_paragraph._processed_frags(frags):
        return False
    if not _plain_style(paragraph.style):
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


#: reportlab's word-list types and fragment kinds, as its line breaking makes and reads them
_HSFrag = rl_paragraph._HSFrag
_FK_TEXT = rl_paragraph._FK_TEXT
_FK_APPEND = rl_paragraph._FK_APPEND
_FK_BREAK = rl_paragraph._FK_BREAK
_KINDS = (_FK_TEXT, _FK_APPEND, _FK_BREAK)
_WORD_TYPES = (list, _HSFrag)


def _words_rebreakable(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is one :func:`break_mixed_lines` breaks from the words a split
    left it (the second half of a mixed paragraph split between pages, or the first, which
    platypus wraps again): plain words of text, line breaks and link targets, none of them
    cut, joined, hyphenated or injected by reportlab, in a style :func:`_plain_style`
    accepts. reportlab then breaks the words as they are."""
    words = paragraph.frags
    if not words or not rl_paragraph._processed_frags(words):
        return False
    if not _plain_style(paragraph.style):
        return False
    for word in words:
        if type(word) not in _WORD_TYPES or type(word[0]) not in (int, float):
            return False
        for index in range(1, len(word)):
            frag, text = word[index]
            if type(frag) is not ParaFrag or "\xad" in text:
                return False
            state: dict[str, Any] = frag.__dict__
            if state.get("_fkind") not in _KINDS:
                return False
            definition = state.get("cbDefn")
            if definition is not None and getattr(definition, "width", None):
                return False
    return True


#: the characters reportlab strips from the start of a line's first word, and splits words at
#: when there is a no-break space (``_wsc``); and the ones a fragment's text may start or end
#: with to part it from the next (Python's ``string.whitespace``, as reportlab uses it)
_LINE_SPACES = rl_paragraph._wsc
_split_at_spaces = rl_paragraph._wsc_re_split
_PARTING = whitespace

#: ``widths_for(font, size)``: a table of the widths of text measured in that font and size,
#: kept while an export runs (or ``None``)
WidthTables = Callable[[str, float], "dict[str, float] | None"]


def _frag_words(frags: list[Any], widths_for: WidthTables | None) -> list[Any]:
    """reportlab's ``_getFragWords(frags)`` for the fragments :func:`_mixed_breakable`
    accepts (text, line breaks, link targets; no soft hyphens or images): the words, each
    ``[width, (fragment, text), ...]`` (an ``_HSFrag`` when a space follows it), with each
    fragment's ``_fkind`` set as reportlab sets it. Widths are the same ``stringWidth``
    sums, in the same order, looked up in ``widths_for``'s tables when it has them."""
    words: list[Any] = []
    add = words.append
    word: list[Any] = []  # the (fragment, text) pairs of the word being gathered
    n: float = 0  # its width so far
    strip_start = True  # at the start of a line: leading spaces are dropped
    tables: dict[tuple[str, float], dict[str, float]] = {}
    for f in frags:
        text = f.text
        if text != "":
            f._fkind = _FK_TEXT
            if strip_start:
                text = text.lstrip(_LINE_SPACES)
                if not text:
                    continue
                strip_start = False
            parts = _split_at_spaces(text) if "\xa0" in text else text.split()
            if text[0] in _PARTING or not parts:
                if word:
                    add([n, *word])
                    word = []
                    n = 0
                    after_space = False
                else:
                    after_space = bool(words) and isinstance(words[-1], _HSFrag)
                if not after_space:
                    parts.insert(0, "")
                elif not parts:
                    continue
            key = (f.fontName, f.fontSize)
            known = tables.get(key)
            if known is None:
                known = (widths_for(*key) if widths_for is not None else None) or {}
                tables[key] = known
            for part in parts:  # any word not measured yet
                if part not in known:
                    known[part] = stringWidth(part, *key)
            if len(parts) > 1:  # every part but the last ends a word, a space after it
                first = parts[0]
                word.append((f, first))
                n += known[first]
                add(_HSFrag([n, *word]))
                # (a word begun here has the width 0 + its width: the width itself)
                words.extend([_HSFrag([known[part], (f, part)]) for part in parts[1:-1]])
                word = []
                n = 0
            part = parts[-1]
            word.append((f, part))
            n += known[part]
            if text[-1] in _PARTING:
                add(_HSFrag([n, *word]))
                word = []
                n = 0
        elif hasattr(f, "cbDefn"):  # a link target (no width: _mixed_breakable)
            f._fkind = _FK_APPEND
            if not word and words and isinstance(words[-1], _HSFrag):
                words[-1].append((f, ""))
            else:
                word.append((f, ""))
        elif hasattr(f, "lineBreak"):
            if word:
                add([n, *word])
                word = []
                n = 0
            f._fkind = _FK_BREAK
            add([0, (f, "")])
            strip_start = True
    if word:
        add([n, *word])
    if not words and frags:
        f = frags[0]
        f._fkind = _FK_TEXT
        words = [[0, (f, "")]]
    return words


def _add_rest(
    words: list[Any], w: list[Any], size: float, ascent: float, descent: float
) -> tuple[bool, float, float, float]:
    """Put the fragments of word ``w`` after its first on the line (``words``), each a
    fragment of its own, as reportlab does; returns whether any holds text, and the line's
    largest size and ascent and smallest descent with them."""
    text = False
    for f, part in w[2:]:
        g = f.clone()
        g.text = part
        if part:
            text = True
        words.append(g)
        font_size = g.fontSize
        up, down = _ascent_descent(g.fontName, font_size)
        size = max(size, font_size)
        ascent = max(ascent, up)
        descent = min(descent, down)
    return text, size, ascent, descent


def break_mixed_lines(
    paragraph: Paragraph, widths: Any, widths_for: WidthTables | None = None
) -> Any | None:
    """``paragraph.breakLines(widths)`` for a paragraph of several fragments (see
    :func:`_mixed_breakable`), or ``None`` when reportlab must break it (also when a word
    is wider than its line, which reportlab cuts up). ``widths_for`` gives the export's
    tables of word widths, if any.

    reportlab's own loop with the branches such a paragraph never takes left out
    (hyphenation, soft hyphens, words cut up, images, right-to-left text), in the same
    order and with the same sums, so the lines, the fragments on them and the paragraph's
    word list come out the same; only the work is less: fragments are compared, measured
    and their space looked up once for a run of words from the same fragment. Nothing is
    changed on the paragraph unless its lines are returned (but for each fragment's kind,
    which reportlab's breaking sets alike).
    """
    if _mixed_breakable(paragraph):
        fragment_words = _frag_words(paragraph.frags, widths_for)
    elif _words_rebreakable(paragraph):
        fragment_words = list(paragraph.frags)  # what _getFragWords makes of such words
    else:
        return None
    max_widths = list(widths) if isinstance(widths, (list, tuple)) else [widths]
    style = paragraph.style
    _handleBulletWidth(paragraph.bulletText, style, max_widths)
    max_width = max_widths[0]
    last_width = len(max_widths) - 1
    keep_breaks = not style.justifyBreaks
    shrinkage = style.spaceShrinkage
    split_long = style.splitLongWords
    ascent_descent = _ascent_descent
    hs_frag = _HSFrag
    frag_line = rl_paragraph.FragLine

    spaces_of: dict[tuple[str, float], float] = {}  # the width of a space in each font

    def space_in(font: str, size: float) -> float:
        known = spaces_of.get((font, size))
        if known is None:
            known = spaces_of[(font, size)] = stringWidth(" ", font, size)
        return known

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
    measured: Any = None  # the fragment last measured into this line
    g_from: Any = None  # the fragment g is a copy of (so prints as g prints)
    alike_pairs: dict[tuple[int, int], bool] = {}  # same_frag of two of the paragraph's fragments
    spaced: tuple[Any, Any, float] = (None, None, 0.0)  # the last space looked up
    for w in fragment_words:
        all_words.append(w)
        last = w[-1][0]
        if not words:
            n = 0
            space_width = current = 0
            max_size = last.fontSize
            max_ascent, min_descent = ascent_descent(last.fontName, max_size)
            measured = None
        word_width = w[0]
        f = w[1][0]
        new_width = current + space_width + word_width if word_width > 0 else current
        line_break = f._fkind == _FK_BREAK
        limit = max_width
        if shrinkage:
            shrink = space_width
            for wi in words:
                if wi._fkind == _FK_TEXT:
                    spaces = wi.text.count(" ")
                    if spaces:
                        shrink += spaces * space_in(wi.fontName, wi.fontSize)
            shrink *= shrinkage
            limit += shrink
        if (
            split_long
            and not line_break
            and new_width > limit
            and "cbDefn" not in f.__dict__
            and word_width > max_widths[min(line_no, last_width)]
        ):
            return None  # reportlab cuts the word up
        new_line = line_break or (new_width > limit and n > 0)
        if new_line:  # the line ends before this word
            if line_break:
                words.append(f.clone())
            if current > widest:
                widest = current
            lines.append(
                frag_line(
                    extraSpace=max_width - current,
                    wordCount=n,
                    lineBreak=line_break and keep_breaks,
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
            size = last.fontSize  # the space after it is in the last fragment's size here
            current = word_width
            n = 1
            g = f.clone()
            g_from = f
            g.text = w[1][1]
            words = [g]
            max_size = g.fontSize
            max_ascent, min_descent = ascent_descent(g.fontName, max_size)
            measured = f
        else:
            text = w[1][1]
            if text:
                n += 1
            size = f.fontSize  # and in the first fragment's size here
            if f is not measured:  # (measuring the same fragment again changes nothing)
                ascent, descent = ascent_descent(f.fontName, size)
                max_size = max(max_size, size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
                measured = f
            if not words:
                g = f.clone()
                g_from = f
                words = [g]
                g.text = text
            else:
                # g prints as the fragment it copies (text is not compared), so a pair of
                # the paragraph's fragments is compared once
                pair = (id(g_from), id(f))
                alike = alike_pairs.get(pair)
                if alike is None:
                    alike = alike_pairs[pair] = bool(same_frag(g, f))
                if not alike:
                    if space_width:
                        for wi in reversed(words):
                            if wi._fkind == _FK_TEXT:
                                if not wi.text.endswith(" "):
                                    wi.text += " "
                                break
                    g = f.clone()
                    g_from = f
                    words.append(g)
                    g.text = text
                elif space_width:
                    if not g.text.endswith(" "):
                        g.text += " " + text
                    else:
                        g.text += text
                else:
                    g.text += text
            current = new_width
        if len(w) > 2:  # the word's other fragments, each a fragment of its own
            more, max_size, max_ascent, min_descent = _add_rest(
                words, w, max_size, max_ascent, min_descent
            )
            g = words[-1]
            g_from = w[-1][0]
            measured = None
            # (a word that begins a line counts once, whatever its first fragment holds)
            if more and not new_line and not w[1][1]:
                n += 1
        # the width of the space after this word, in the last fragment's font
        if not isinstance(w, hs_frag):
            space_width = 0
        elif spaced[0] is last and spaced[1] == size:
            space_width = spaced[2]
        else:
            space_width = space_in(last.fontName, size)
            spaced = (last, size, space_width)
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

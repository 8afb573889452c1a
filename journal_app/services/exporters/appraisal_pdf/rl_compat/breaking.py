"""Line breaking: reportlab's functions swapped for faster ones during an export, and
mixed-markup paragraphs broken by the app with reportlab's own loop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
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

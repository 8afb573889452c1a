"""The appraisal PDF's own line breaking gives exactly reportlab's lines.

Each paragraph is broken twice, by reportlab's ``Paragraph.breakLines`` and by the
app's ``Para``, and the two results must match to the last bit: the same words on each
line, the same room left, the same widest line. The texts are fictional.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.line_breaks import break_plain, word_widths
from journal_app.services.exporters.appraisal_pdf.markup import Para, paragraph
from journal_app.services.exporters.appraisal_pdf.styles import Styles, make_styles

SAMPLE = (
    "we talked through the plan and who holds it next; drift, caseload, audit, risk, "
    "supervision, reflective practice, Gwynedd, ŵyr, café, naïve, 12.5%, £40, (seen), "
    "“quoted”, don't, co-worker, well-being, a, I, of"
)
WORDS = SAMPLE.split(" ")


def _text(rng: random.Random, words: int) -> str:
    spaces = (" ", " ", " ", "  ", "\n", " \xa0", "\t")
    return "".join(rng.choice(WORDS) + rng.choice(spaces) for _ in range(words))


def _both(markup: str, style: ParagraphStyle, width: float, bullet: str | None = None) -> None:
    ours = paragraph(markup, style, bullet=bullet)
    theirs = Paragraph(markup, style, bulletText=bullet)
    assert isinstance(ours, Para)
    with word_widths():
        assert ours.wrap(width, 10_000) == theirs.wrap(width, 10_000)
    # every attribute of the result, floats to the last digit
    assert repr(ours.blPara) == repr(theirs.blPara)
    assert ours._width_max == theirs._width_max
    assert ours._wrapWidths == theirs._wrapWidths


@pytest.fixture(scope="module")
def styles() -> Styles:
    register_fonts()
    return make_styles()


def test_plain_paragraphs_break_as_reportlab_breaks_them(styles: Styles) -> None:
    rng = random.Random(20261202)
    chosen = (styles.body, styles.quote, styles.meta, styles.cell, styles.cross_reference)
    for _ in range(400):
        style = rng.choice(chosen)
        width = rng.uniform(60, 460)
        _both(_text(rng, rng.randint(0, 120)), style, width)


def test_bulleted_paragraphs_break_as_reportlab_breaks_them(styles: Styles) -> None:
    rng = random.Random(7)
    for _ in range(150):
        bullet = rng.choice(("•", "12.", "iv."))
        _both(_text(rng, rng.randint(1, 60)), styles.bullet, rng.uniform(80, 460), bullet)


def test_the_halves_of_a_split_plain_paragraph_break_as_reportlab_breaks_them(
    styles: Styles,
) -> None:
    """A plain paragraph split between pages leaves each half its words rather than text
    (platypus wraps both again): generated paragraphs, broken and split by reportlab twice
    alike, then each half broken again by reportlab and by break_plain."""
    rng = random.Random(20261203)
    taken = 0
    for _ in range(300):
        style = rng.choice((styles.body, styles.quote, styles.meta, styles.cell))
        width = rng.uniform(60, 460)
        markup = _text(rng, rng.randint(1, 120))
        bullet = "•" if rng.random() < 0.2 else None
        theirs = Paragraph(markup, style, bulletText=bullet)
        ours = Paragraph(markup, style, bulletText=bullet)
        assert theirs.wrap(width, 10_000) == ours.wrap(width, 10_000)
        lines = len(theirs.blPara.lines)
        if lines < 2:
            continue
        cut = style.leading * rng.randint(1, lines - 1) + 1
        their_parts, our_parts = theirs.split(width, cut), ours.split(width, cut)
        for their_part, our_part in zip(their_parts, our_parts, strict=True):
            their_widths, our_widths = [width, width - 5], [width, width - 5]
            expected = their_part.breakLines(their_widths)
            with word_widths():
                found = break_plain(our_part, our_widths)
            assert found is not None, markup  # the words are taken
            taken += 1
            assert repr(found) == repr(expected), markup
            assert our_part._width_max == their_part._width_max
            assert our_widths == their_widths
    assert taken > 300


def test_the_plain_way_is_taken_for_plain_text(styles: Styles) -> None:
    plain = paragraph("Plain words, in one font, several lines long " * 5, styles.body)
    assert break_plain(plain, [200.0, 200.0]) is not None


@pytest.mark.parametrize(
    "markup",
    [
        "Some <b>bold</b> words",  # several fonts: reportlab breaks it
        "soft\xadhyphen in a word",  # reportlab may hyphenate there
        "a " + "x" * 300 + " word wider than any line",  # reportlab cuts the long word
    ],
)
def test_other_paragraphs_are_left_to_reportlab_and_still_match(
    styles: Styles, markup: str
) -> None:
    _both(markup, styles.body, 150)


def test_a_word_too_wide_leaves_the_widths_as_they_were(styles: Styles) -> None:
    para = paragraph("a " + "x" * 300, styles.bullet, bullet="•")
    widths = [150.0, 150.0]
    assert break_plain(para, widths) is None
    assert widths == [150.0, 150.0]


def test_widths_are_remembered_only_during_an_export(styles: Styles) -> None:
    from journal_app.services.exporters.appraisal_pdf import line_breaks

    with word_widths():
        paragraph("remembered words", styles.body).wrap(300, 100)
        assert line_breaks._WIDTHS.get()
    assert line_breaks._WIDTHS.get() is None


def _fill_word_by_word(
    words: list[str],
    max_widths: list[float],
    known: dict[str, float],
    measure: Callable[[str], float],
    shrinkage: float,
    split_long: bool,
) -> tuple[list[tuple[float, list[str]]], float] | None:
    """reportlab's greedy filling, a word at a time, as ``_fill`` did before it looked the
    widths up all at once (the reference for the test below)."""
    space = known.get(" ")
    if space is None:
        space = known[" "] = measure(" ")
    shrink = shrinkage * space
    last = len(max_widths) - 1
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    line_no = 0
    room = max_widths[0]
    used = -space
    widest = 0.0
    for word in words:
        width = known.get(word)
        if width is None:
            width = known[word] = measure(word)
        wider = used + space + width
        if wider > (room + shrink * len(line) if shrink else room):
            if split_long and width > room:
                return None
            if line:
                widest = max(widest, used)
                lines.append((room - used, line))
                line = [word]
                used = width
                line_no += 1
                room = max_widths[min(line_no, last)]
                continue
        line.append(word)
        used = wider
    if line:
        widest = max(widest, used)
        lines.append((room - used, line))
    return lines, widest


def test_lines_are_filled_as_reportlabs_loop_fills_them() -> None:
    from journal_app.services.exporters.appraisal_pdf.line_breaks import _fill

    rng = random.Random(20261203)
    vocabulary = [w for w in WORDS if w] + ["x" * 40, "i", "supercalifragilistic"]
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 60))]
        widths = [rng.uniform(5, 300) for _ in range(rng.randint(1, 3))]
        shrinkage = rng.choice((0.0, 0.05, 0.05, 0.5, 1.0))
        split_long = rng.random() < 0.5
        size = rng.choice((7.5, 9, 10.5))

        def measure(word: str, size: float = size) -> float:
            return len(word) * size * 0.53 + (0.1 if "x" in word else 0.0)

        known: dict[str, float] = {"of": 2 * size * 0.5} if rng.random() < 0.5 else {}
        expected = _fill_word_by_word(
            words, list(widths), dict(known), measure, shrinkage, split_long
        )
        found = _fill(words, list(widths), dict(known), measure, shrinkage, split_long)
        assert repr(found) == repr(expected)

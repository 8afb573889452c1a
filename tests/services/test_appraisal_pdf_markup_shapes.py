"""Paragraph mark-up read once per shape gives exactly what reportlab's parser gives.

A paragraph of a shape seen before (the same tags, other words) gets copies of the first
one's fragments with its own words. Here generated mark-up is read both ways and every
attribute of every fragment must match. All words are fictional.
"""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph

from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.markup import Para, _tidy, inline, parsed, plain
from journal_app.services.exporters.appraisal_pdf.styles import MUTED_MARKUP, Styles, make_styles

WORDS = (
    "drift",
    "caseload audit",
    "Ŵyr, ŷd",
    "“quoted” ✓",
    "5 * 3 = 15",
    "x0",
    "don't",
    "a&b <c> d",
    "  spaced   out  ",
    "line\nbreak",
    "\u00a0non-breaking\u00a0",
)
TAGS = (
    ("<b>", "</b>"),
    ("<i>", "</i>"),
    (f"<font color='{MUTED_MARKUP}'>", "</font>"),
    ('<font color="rgb(31,91,122)">', "</font>"),
    ("<br/>", ""),
    ('<a name="entry-7"/>', ""),
    ('<a name="entry-c5e5-37e4"/>', ""),
)


def _markup(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 6)):
        text = plain(rng.choice(WORDS))
        if rng.random() < 0.5:
            opening, closing = rng.choice(TAGS)
            text = f"{opening}{text}{closing}"
        out.append(text + rng.choice(("", " ", "  ", "&nbsp;")))
    return "".join(out)


def _same(markup: str, style: object) -> bool:
    """Whether ``markup`` was read by shape (``True``), and that it matches the parser."""
    found = parsed(markup, style)
    reference = Paragraph(markup, style)
    if found is None:
        return False
    text, frags = found
    assert text == reference.text
    assert repr(frags) == repr(reference.frags), markup
    # the copies share no list with the shape they were made from, nor with each other
    again = parsed(markup, style)
    assert again is not None
    for one, other in zip(frags, again[1], strict=True):
        for name, value in vars(one).items():
            if isinstance(value, list):
                assert value is not getattr(other, name)
    return True


@pytest.fixture(scope="module")
def styles() -> Styles:
    register_fonts()
    return make_styles()


def test_generated_mark_up_reads_as_the_parser_reads_it(styles: Styles) -> None:
    rng = random.Random(20261202)
    by_shape = 0
    for _ in range(600):
        style = rng.choice((styles.body, styles.meta, styles.cell, styles.bullet))
        by_shape += _same(_markup(rng), style)
    assert by_shape > 400  # most of them are simple shapes


def test_the_appraisals_own_shapes_are_read_by_shape(styles: Styles) -> None:
    shapes = [
        "A reflection's facts<br/>Evidences: KSS 1, 2",
        f"Call the team <font color='{MUTED_MARKUP}'>— Due 1 June 2026</font>",
        f"<font color='{MUTED_MARKUP}'>Action</font><br/>Ring the school",
        inline("Some **bold** and *italic* words,\nover two lines"),
        plain("Plain text & more <of it>"),
        '<a name="entry-1"/>A title',
        '<a name="entry-2f1c-9a0b"/>Another &amp; <b>bold</b> title',
    ]
    for markup in shapes:
        assert _same(markup, styles.meta), markup


@pytest.mark.parametrize(
    "markup",
    [
        "plain words",
        " one space before",
        "one space after ",
        "<b>\u2003em space first</b> then plain",
        "<b>last an em space\u2003</b>",
        "<i>\u00a0no-break space first</i>",
        "<b> </b>two <i>  runs</i>",
        "tab\tinside <b>and\nnewline</b>",
        "\u3000ideographic space",
        "a > b",
    ],
)
def test_runs_with_odd_spaces_at_their_ends_read_as_the_parser_reads_them(
    styles: Styles, markup: str
) -> None:
    _same(markup, styles.body)  # by shape or left to the parser: the same either way


@pytest.mark.parametrize(
    "markup",
    [
        '<a name="entry-1"/>',  # a link target and no words
        '<a name="entry 1"/>A title',  # a name that is not a simple word
        '<a href="#entry-1">link</a>',
        '<onDraw name="x" label="1"/>text',
        "<para>text</para>",
        "<b>unclosed",  # the parser refuses it: so must Para
        "",
    ],
)
def test_other_mark_up_is_left_to_the_parser(styles: Styles, markup: str) -> None:
    assert parsed(markup, styles.body) is None


def test_a_paragraph_made_from_mark_up_is_the_same_either_way(styles: Styles) -> None:
    markup = "Some <b>bold</b> words<br/>and a second line"
    ours, theirs = Para(markup, styles.body), Paragraph(markup, styles.body)
    assert repr(ours.frags) == repr(theirs.frags)
    assert ours.wrap(200, 500) == theirs.wrap(200, 500)
    with pytest.raises(ValueError):
        Para("<b>unclosed", styles.body)


def test_link_targets_keep_their_own_names(styles: Styles) -> None:
    first = parsed('<a name="entry-1"/>A title', styles.entry_title)
    second = parsed('<a name="entry-2"/>Another title', styles.entry_title)
    assert first is not None and second is not None
    assert [f.cbDefn.name for f in first[1] if hasattr(f, "cbDefn")] == ["entry-1"]
    assert [f.cbDefn.name for f in second[1] if hasattr(f, "cbDefn")] == ["entry-2"]


def test_whitespace_is_tidied_as_reportlab_tidies_it() -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    rng = random.Random(20261203)
    pieces = (" ", "a", "Ŵ", "\t", "\n", "\r", "\xa0", "\u200b", "\u3000", "\x85", "<br/>")
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _tidy(text) == cleanBlockQuotedText(text), repr(text)


def test_every_space_reportlab_tidies_but_the_plain_one_is_unprintable() -> None:
    # _tidy skips its search for odd spaces in printable mark-up
    from journal_app.services.exporters.appraisal_pdf.markup import _ODD_SPACE
    from journal_app.services.exporters.appraisal_pdf.rl_compat import PARAGRAPH_SPACES

    odd = [chr(code) for code in range(0x110000) if _ODD_SPACE.match(chr(code))]
    assert set(PARAGRAPH_SPACES) - {" "} <= set(odd)
    assert [c for c in odd if c.isprintable()] == []
    assert " ".isprintable() and _tidy("two  spaces") == "two spaces"


def test_a_paragraphs_spaces_and_keeping_are_looked_up_as_a_flowables() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from journal_app.services.exporters.appraisal_pdf.markup import Para

    spaced = ParagraphStyle("spaced", spaceBefore=6, spaceAfter=4.5, keepWithNext=1)
    for style in (spaced, ParagraphStyle("plain")):
        for own in ({}, {"spaceBefore": 2, "spaceAfter": 0, "keepWithNext": 0}):
            para = Para("Some words.", style)
            para.__dict__.update(own)
            for name in ("getSpaceBefore", "getSpaceAfter", "getKeepWithNext"):
                assert getattr(para, name)() == getattr(Flowable, name)(para)
            para.style = None  # no style: nothing of its own either
            for name in ("getSpaceBefore", "getSpaceAfter", "getKeepWithNext"):
                assert getattr(para, name)() == getattr(Flowable, name)(para)

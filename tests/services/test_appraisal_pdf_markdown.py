"""A reflection's Markdown in the appraisal PDF, read by a real (CommonMark) parser.

What the writer typed reaches the page: escaped marks are printed, unclosed marks are kept,
lists keep their numbers and depth, and nothing typed becomes reportlab mark-up.
"""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.markup import (
    inline,
    markdown_flowables,
    paragraph,
    parsed_markdown,
    plain_paragraphs,
)
from journal_app.services.exporters.appraisal_pdf.styles import Styles, make_styles


@pytest.fixture(scope="module")
def styles() -> Styles:
    register_fonts()
    return make_styles()


@pytest.mark.parametrize(
    ("markdown", "markup"),
    [
        # backslash escapes print the mark itself (the old rules printed "\<i>x\</i>")
        (r"\*not italic\*", "*not italic*"),
        (r"\_\_not bold\_\_ and 2 \* 3", "__not bold__ and 2 * 3"),
        # an unclosed mark is the writer's text, not something to drop silently
        ("**unclosed", "**unclosed"),
        ("a **b** and **c", "a <b>b</b> and **c"),
        ("*one* _two_ **three** __four__", "<i>one</i> <i>two</i> <b>three</b> <b>four</b>"),
        ("**bold with *italic* inside**", "<b>bold with <i>italic</i> inside</b>"),
        ("line one\nline two", "line one<br/>line two"),
        ("&amp; stays &lt;typed&gt;", "&amp;amp; stays &amp;lt;typed&amp;gt;"),
        ('<font color="red">x</font>', '&lt;font color="red"&gt;x&lt;/font&gt;'),
        ("<https://example.org>", "https://example.org"),
        ("![a chart](chart.png)", "a chart (chart.png)"),
    ],
)
def test_inline_markdown_is_read_by_the_rules(markdown: str, markup: str) -> None:
    assert inline(markdown) == markup


def _texts(flowables: list[object]) -> list[tuple[str, str, str | None]]:
    """(kind, text, bullet) for each flowable: the style's name for a paragraph."""
    seen = []
    for item in flowables:
        if isinstance(item, Paragraph):
            seen.append((item.style.name, item.getPlainText(), item.bulletText))
        elif isinstance(item, HRFlowable):
            seen.append(("rule", "", None))
        elif isinstance(item, Spacer):
            seen.append(("space", "", None))
    return seen


def test_headings_lists_quotes_and_rules(styles: Styles) -> None:
    text = (
        "# What happened\n\n"
        "Some **bold** text.\n\n"
        "- first\n"
        "- second\n"
        "  - nested\n\n"
        "3. three as typed\n"
        "4. four\n\n"
        "> a quote\n\n"
        "---\n\n"
        "The end."
    )
    bullet, body = styles.bullet.name, styles.body.name
    assert _texts(markdown_flowables(text, styles)) == [
        (styles.text_heading.name, "What happened", None),
        (body, "Some bold text.", None),
        (bullet + "0", "first", "•"),
        (bullet + "0", "second", "•"),
        (bullet + "1", "nested", "•"),
        (bullet + "0", "three as typed", "3."),
        (bullet + "0", "four", "4."),
        ("space", "", None),
        (styles.quote.name, "a quote", None),
        ("rule", "", None),
        (body, "The end.", None),
    ]


def test_a_heading_keeps_with_what_follows(styles: Styles) -> None:
    heading, _ = markdown_flowables("## Analysis\n\nText", styles)
    assert heading.keepWithNext


def test_nothing_typed_is_lost(styles: Styles) -> None:
    """Lines that Markdown could swallow (reference definitions, code) are printed."""
    text = "[1]: https://example.org/guidance\n\n    indented code <b>\n\n```\nfenced\n```"
    assert [t for _, t, _ in _texts(markdown_flowables(text, styles))] == [
        "[1]: https://example.org/guidance",
        "indented code <b>",
        "fenced",
    ]


PROSE_WORDS = (
    "We",
    "talked",
    "through",
    "the plan",
    "Ŵyr,",
    "ŷd",
    "well-being",
    "3.5",
    "1)",
    "2.",
    "a > b",
    "Mum & Dad",
    "#tag",
    "(seen)",
    "“quoted”",
    "!",
    "=",
    "-",
    "+1",
    "x*y",
    "snake_case",
    "`code`",
    "\\*",
    "[link](x)",
    "<b>",
    "\u00a0",
    "café",
)


def _prose(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 8)):
        if rng.random() < 0.2:
            lines.append(" " * rng.randint(0, 3))  # a blank line, perhaps with spaces
            continue
        words = [rng.choice(PROSE_WORDS[:16]) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.15:  # now and then something the parser must read
            words.insert(rng.randint(0, len(words)), rng.choice(PROSE_WORDS[16:]))
        lines.append(" " * rng.randint(0, 5) + " ".join(words) + " " * rng.randint(0, 3))
    return "\n".join(lines)


def _described(flowables: list[object]) -> list[tuple[str, str, str]]:
    return [
        (type(f).__name__, getattr(f, "text", ""), getattr(getattr(f, "style", None), "name", ""))
        for f in flowables
    ]


def test_plain_prose_is_read_as_the_markdown_parser_reads_it(styles: Styles) -> None:
    rng = random.Random(20261202)
    plain = 0
    for _ in range(1500):
        source = _prose(rng)
        prose = plain_paragraphs(source)
        if prose is None:
            continue
        plain += 1
        read = [paragraph(markup, styles.body) for markup in prose]
        assert _described(read) == _described(parsed_markdown(source, styles)), repr(source)
    assert plain > 300  # a good share of the generated prose takes the short way


@pytest.mark.parametrize(
    "source",
    [
        "# heading",
        "  > quote",
        "- item",
        "2020. A year",
        "1) first",
        "text\n===",
        "text\n   ---",
        "    code",
        "some *emphasis*",
        "a `code` span",
        "an \\* escape",
        "a [link](x)",
        "an <https://example.org>",
        "a no-break\u00a0space",
        "~~~",
    ],
)
def test_anything_that_may_be_markdown_is_left_to_the_parser(source: str) -> None:
    assert plain_paragraphs(source) is None

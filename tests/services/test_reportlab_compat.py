"""The reportlab internals the appraisal PDF uses still behave as it expects.

Each function of rl_compat is run against the installed reportlab. If an upgrade renames or
changes one of these private attributes, a test here fails with the attribute's name,
before any appraisal PDF comes out wrong.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Table

from journal_app.services.exporters.appraisal_pdf import rl_compat

STYLE = getSampleStyleSheet()["Normal"]


def test_a_document_can_be_kept_open_after_build() -> None:
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pageTemplates=[])
    document.addPageTemplates([PageTemplate(frames=[Frame(50, 50, 400, 700)])])
    rl_compat.keep_open_after_build(document)
    document.build([Paragraph("One page.", STYLE)])
    assert buffer.getvalue() == b"", "_doSave no longer stops build() from saving"
    document.canv.save()
    assert buffer.getvalue().startswith(b"%PDF")


def test_the_text_position_is_seen_from_an_on_draw_callback() -> None:
    canvas = Canvas(io.BytesIO())
    seen: list[tuple[float, float]] = []
    canvas.setNamedCB(
        "probe", lambda canvas, kind, label: seen.append(rl_compat.text_position(canvas))
    )
    paragraph = Paragraph('Before the mark<onDraw name="probe" label="0"/> after.', STYLE)
    paragraph.wrapOn(canvas, 400, 100)
    paragraph.drawOn(canvas, 50, 500)
    assert len(seen) == 1, "onDraw callbacks are no longer called"
    x, y = seen[0]
    # after "Before the mark" on the first line, relative to the paragraph's origin
    assert 20 < x < 400 and 0 <= y < paragraph.height, "_curr_tx_info is not the text cursor"


def test_the_current_matrix_follows_transformations() -> None:
    canvas = Canvas(io.BytesIO())
    canvas.translate(10, 20)
    canvas.scale(2, 3)
    assert rl_compat.current_matrix(canvas) == (2.0, 0.0, 0.0, 3.0, 10.0, 20.0)


def test_a_split_tables_rows_are_counted() -> None:
    table = Table([[f"row {n}"] for n in range(40)], repeatRows=1)
    canvas = Canvas(io.BytesIO())
    first, rest = table.splitOn(canvas, 200, 200)
    assert rl_compat.table_rows(table) == 40
    assert 1 < rl_compat.table_rows(first) < 40
    assert rl_compat.table_rows(first) + rl_compat.table_rows(rest) == 41  # header twice


def test_what_keep_together_holds_is_found() -> None:
    inside = [Paragraph("a", STYLE), Paragraph("b", STYLE)]
    assert list(rl_compat.contained(KeepTogether(inside))) == inside
    assert list(rl_compat.contained(inside[0])) == []


def test_a_wrapped_paragraph_holds_its_lines() -> None:
    paragraph = Paragraph("Some words to wrap.", STYLE)
    assert not rl_compat.has_lines(paragraph)
    paragraph.wrap(200, 100)
    assert rl_compat.has_lines(paragraph), "Paragraph.wrap no longer keeps blPara"


def test_room_for_a_bullet_is_taken_as_break_lines_takes_it() -> None:
    style = STYLE.clone("Bulleted", leftIndent=4, bulletIndent=0, bulletFontSize=10)
    widths = [300.0, 300.0]
    rl_compat.make_room_for_bullet(Paragraph("text", style, bulletText="12."), widths)
    assert widths[0] < 300.0 and widths[1] == 300.0, "_handleBulletWidth changed"
    reference = Paragraph("text", style, bulletText="12.")
    reference.wrap(300 + style.leftIndent, 100)  # lines of 300 points, less the bullet's
    assert reference._wrapWidths[0] == widths[0]


def test_the_widest_line_is_recorded_where_reportlab_keeps_it() -> None:
    paragraph = Paragraph("Some words to wrap over lines.", STYLE)
    paragraph.wrap(60, 100)
    widest = paragraph._width_max
    assert 0 < widest <= 60, "breakLines no longer records _width_max"
    rl_compat.set_widest_line(paragraph, 12.5)
    assert paragraph._width_max == 12.5


def test_text_is_put_in_a_fonts_first_subset_as_split_string_puts_it() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts

    font = getFont(register_fonts())
    theirs, ours = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    texts = [
        "",
        "Plain words.",
        "Caf\u00e9 \u0175yr\u00a0\u2713",
        "Plain\u00a0words again, \u0175yr.",
        "\u2713 na\u00efve \u00e9",
        "\U0001f600 not in the font",
        "\u00e9",
    ]
    texts += [chr(code) * 3 for code in range(0x100, 0x1F0)]  # past the first subset
    texts += ["Plain words, once the first subset is full.", "\u0101\u0175"]
    fast = 0
    for text in texts:
        expected = TTFont.splitString(font, text, theirs)
        found = rl_compat.first_subset_bytes(font, text, ours)
        fast += found is not None
        if found is None:
            found = TTFont.splitString(font, text, ours)
        assert found == expected, text
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert fast >= 5, "state.assignments no longer says which characters are placed"


def test_a_first_subsets_escaped_table_writes_what_the_canvas_escapes() -> None:
    """Text in a font's first subset, translated with the subset's ``escaped`` table, is
    the PDF string the canvas writes for its bytes (``escapePDF``), for every byte the
    subset holds: brackets, the backslash and bytes past 127 among them."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
    from journal_app.services.exporters.appraisal_pdf.rl_compat.subsets import first_subset

    font = getFont(register_fonts())
    canvas = Canvas(io.BytesIO())
    doc = canvas._doc
    assert first_subset(font, doc) is None  # nothing placed yet
    text = "Caf\u00e9 (\u0175yr) \\ back\u00a0slash " + "".join(
        chr(code) for code in range(0x100, 0x1F0)
    )
    font.splitString(text, doc)  # places every character (most in the first subset)
    known = first_subset(font, doc)
    assert known is not None and len(known.table) > 250
    assert {40, 41, 92, 200} <= set(known.table.values())
    inside = "".join(sorted(known.chars))
    for sample in (inside, inside[::-1], "(a) \\ b\u00a0c", ""):
        assert sample.translate(known.escaped) == canvas._escape(
            sample.translate(known.table).encode("latin-1")
        )
        assert rl_compat.first_subset_bytes(font, sample, doc) == (
            TTFont.splitString(font, sample, doc) if sample else []
        )


def _two_pages(compress_early: bool) -> bytes:
    from reportlab import rl_config

    invariant, rl_config.invariant = rl_config.invariant, 1  # no dates or random ids
    try:
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        for page in range(2):
            canvas.drawString(72, 720, f"Page {page + 1}: some words to compress " * 3)
            canvas.showPage()
            if compress_early:
                rl_compat.compress_finished_page(canvas)
        canvas.save()
        return buffer.getvalue()
    finally:
        rl_config.invariant = invariant


def test_a_page_compressed_when_finished_is_written_as_reportlab_writes_it() -> None:
    early = _two_pages(compress_early=True)
    assert early == _two_pages(compress_early=False)
    assert b"/ASCII85Decode" in early or b"/FlateDecode" in early


def test_a_finished_page_keeps_no_uncompressed_copy() -> None:
    canvas = Canvas(io.BytesIO())
    canvas.drawString(72, 720, "words")
    canvas.showPage()
    page = canvas._doc.Pages.pages[-1]
    assert isinstance(page.stream, str), "showPage no longer leaves the page's text in .stream"
    rl_compat.compress_finished_page(canvas)
    assert page.stream is None and page.Contents is not None


def test_no_other_module_of_the_app_touches_reportlab_internals() -> None:
    own = Path(rl_compat.__file__).resolve().parent  # the rl_compat package
    package = own.parents[3]
    either = "|".join(re.escape(n) for n in (*rl_compat.PRIVATE_NAMES, "blPara"))
    names = re.compile(
        rf"\.(?:{either})\b(?<!\._content)"  # reportlab's attributes on any object
        r"|(?<!self)\._content\b"  # "_content" is also a name of the app's own objects
        rf"|[\"'](?:{either})[\"']"  # or looked up by name
    )
    users = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if own not in path.parents and names.search(path.read_text("utf-8"))
    )
    assert users == []


def _pages_with(
    header: Any, repeat: bool, pages: int = 6, before: Any = None
) -> tuple[bytes, int]:
    """A document of ``pages`` pages whose every page starts with ``header(canvas, page)``,
    called directly or through a :class:`rl_compat.RepeatedDrawing`; the file (invariant)
    and how many times the header was drawn by its function."""
    from reportlab import rl_config

    invariant, rl_config.invariant = rl_config.invariant, 1
    try:
        buffer = io.BytesIO()
        canvas = rl_compat.QuickStateCanvas(buffer)
        page = [1]
        drawn = [0]

        def draw(c: Canvas) -> None:
            drawn[0] += 1
            header(c, page[0])

        repeated = rl_compat.RepeatedDrawing(draw)
        for number in range(1, pages + 1):
            page[0] = number
            if before is not None:
                before(canvas, number)
            canvas.saveState()
            (repeated if repeat else draw)(canvas)
            canvas.restoreState()
            canvas.setFont("Helvetica", 10)
            canvas.drawString(72, 600, f"The body of page {number}")
            canvas.showPage()
        canvas.save()
        return buffer.getvalue(), drawn[0]
    finally:
        rl_config.invariant = invariant


def _header(canvas: Canvas, page: int) -> None:
    from reportlab.lib.colors import Color

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts

    canvas.setFont(register_fonts(), 8)
    canvas.setFillColor(Color(0.2, 0.3, 0.4))
    canvas.drawString(72, 800, "Morwenna Trelawny · Confidential ŵ")
    canvas.drawRightString(520, 800, "1 April 2026 to 31 March 2027")
    canvas.setStrokeColor(Color(0.7, 0.7, 0.7))
    canvas.setLineWidth(0.5)
    canvas.line(72, 790, 520, 790)


def test_a_repeated_drawing_is_copied_once_known_and_writes_the_same_file() -> None:
    copied, drawn = _pages_with(_header, repeat=True)
    assert copied == _pages_with(_header, repeat=False)[0]
    assert drawn == 2  # learnt on two pages, copied on the other four


def test_a_drawing_that_changes_from_page_to_page_is_drawn_every_time() -> None:
    def numbered(canvas: Canvas, page: int) -> None:
        _header(canvas, page)
        canvas.drawString(72, 40, f"Page {page}")

    copied, drawn = _pages_with(numbered, repeat=True)
    assert copied == _pages_with(numbered, repeat=False)[0]
    assert drawn == 6


def test_a_drawing_that_adds_to_the_page_or_its_state_stack_is_never_copied() -> None:
    from reportlab.lib.colors import Color

    def with_link(canvas: Canvas, page: int) -> None:
        _header(canvas, page)
        canvas.linkURL("https://example.org/", (72, 780, 200, 800))

    def with_alpha(canvas: Canvas, page: int) -> None:
        _header(canvas, page)
        canvas.setFillColor(Color(0.2, 0.3, 0.4, alpha=0.5))

    def unbalanced(canvas: Canvas, page: int) -> None:
        canvas.saveState()
        _header(canvas, page)

    for header in (with_link, with_alpha):
        copied, drawn = _pages_with(header, repeat=True)
        assert copied == _pages_with(header, repeat=False)[0]
        assert drawn == 6
    canvas = rl_compat.QuickStateCanvas(io.BytesIO())
    repeated = rl_compat.RepeatedDrawing(lambda c: unbalanced(c, 1))
    for _page in range(4):
        repeated(canvas)
        canvas.restoreState()
        canvas.showPage()
    assert canvas.state_stack == []
    assert repeated._copying is False


def test_a_repeated_drawing_started_in_another_state_is_drawn_again() -> None:
    def odd_pages_in_bold(canvas: Canvas, page: int) -> None:
        canvas.setFont("Helvetica-Bold" if page in (3, 5) else "Helvetica", 9)

    def font_dependent(canvas: Canvas, page: int) -> None:
        canvas.drawString(72, 810, "in the font the page set")
        _header(canvas, page)

    copied, drawn = _pages_with(font_dependent, repeat=True, before=odd_pages_in_bold)
    assert copied == _pages_with(font_dependent, repeat=False, before=odd_pages_in_bold)[0]
    # learnt on 1 and 2; 3 and 5 start in another state, and 4 and 6 are learnt again after them
    assert drawn == 6


def test_fill_colours_are_set_as_reportlab_sets_them() -> None:
    from reportlab import rl_config
    from reportlab.lib.colors import CMYKColor, Color

    from journal_app.services.exporters.appraisal_pdf.rl_compat.drawing import set_fill_color

    colours: list[object] = [
        Color(0.1, 0.2, 0.3),
        Color(0.1, 0.2, 0.3),
        Color(0, 0, 0, alpha=1),
        Color(0.5, 0.5, 0.5, alpha=0.4),  # a new transparency: reportlab's
        Color(0.5, 0.5, 0.5, alpha=0.4),  # the same again: quick
        Color(1, 1, 1, alpha=1),
        CMYKColor(0.1, 0.2, 0.3, 0.4),
        (0.2, 0.4, 0.6),
        "red",
        Color(1 / 3, 2 / 3, 1.0),
    ]

    def draw(quick: bool, enforce: str | None) -> tuple[bytes, list[object]]:
        invariant, rl_config.invariant = rl_config.invariant, 1
        try:
            buffer = io.BytesIO()
            canvas = Canvas(buffer, enforceColorSpace=enforce)
            seen: list[object] = []
            for colour in colours:
                if enforce and isinstance(colour, CMYKColor):
                    continue  # (refused by either)
                tx = canvas.beginText(72, 700)
                for target in (canvas, tx):
                    if quick:
                        set_fill_color(target, canvas, colour)
                    else:
                        target.setFillColor(colour)
                    seen.append(target._fillColorObj)
                tx.textLine("x")
                canvas.drawText(tx)
            seen.append(canvas._doc._pdfVersion)
            canvas.showPage()
            canvas.save()
            return buffer.getvalue(), seen
        finally:
            rl_config.invariant = invariant

    for enforce in (None, "rgb"):
        assert draw(True, enforce) == draw(False, enforce)


def _forms(shared: bool) -> bytes:
    from reportlab import rl_config

    invariant, rl_config.invariant = rl_config.invariant, 1
    try:
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        boxes = [(-600, -840, 1200, 1680), (0, 0, 100, 20)]
        for page in range(1, 4):
            for box in boxes:
                canvas.doForm(f"Number{page}x{box[2]}")
            canvas.doForm(f"Nested{page}")
            canvas.showPage()
        for page in range(1, 4):
            for box in boxes:
                canvas.beginForm(f"Number{page}x{box[2]}", *box)
                canvas.setFont("Helvetica", 8)
                canvas.drawRightString(90, 5, f"Page {page} of 3")
                if shared:
                    rl_compat.end_text_form(canvas)
                else:
                    canvas.endForm(compression=0, hasImages=0)
            canvas.beginForm(f"Nested{page}", *boxes[1])
            canvas.doForm(f"Number{page}x100")  # a form drawing a form: its own resources
            if shared:
                rl_compat.end_text_form(canvas)
            else:
                canvas.endForm(compression=0, hasImages=0)
        canvas.save()
        return buffer.getvalue()
    finally:
        rl_config.invariant = invariant


def test_forms_sharing_their_common_parts_are_written_as_reportlab_writes_them() -> None:
    shared = _forms(shared=True)
    assert shared == _forms(shared=False)
    assert shared.count(b"/Type /XObject") == 9
    # resources naming forms: the pages' and the nested forms'
    assert shared.count(b"/XObject") - shared.count(b"/Type /XObject") == 3 + 3


def _frags() -> list[object]:
    from reportlab.lib.colors import Color

    markup = (
        "one <b>two</b> <font color='rgb(92,103,112)'>three</font> <u>four</u>"
        '<br/><a name="x"/>five <a href="#x">six</a> <font size="12">seven</font>'
    )
    frags = list(Paragraph(markup, STYLE).frags)
    extra = frags[0].clone(textColor=Color(0, 0, 0, 1), backColor=None)
    first = frags[0]
    return [
        *frags,
        first.clone(),
        extra,
        extra.clone(),
        first.clone(backColor=Color(1, 1, 1, 1)),
        first.clone(nobr=1),
        first.clone(nobr=None),
        first.clone(rise=2),
        first.clone(link=[("x", 1)]),
        first.clone(us_lines=None),
        first.clone(textColor=Color(0, 0, 0, 1)),
    ]


def test_fragments_are_compared_as_reportlab_compares_them() -> None:
    from reportlab.lib.rl_accel import sameFrag

    frags = _frags()
    for f in frags:
        for g in frags:
            assert bool(rl_compat.same_frag(f, g)) == bool(sameFrag(f, g)), (vars(f), vars(g))


def test_line_breaking_uses_the_faster_functions_only_while_asked() -> None:
    from reportlab.pdfbase.pdfmetrics import getAscentDescent
    from reportlab.platypus import paragraph as rl_paragraph

    original = rl_paragraph.sameFrag
    with rl_compat.faster_line_breaking():
        assert rl_paragraph.sameFrag is rl_compat.same_frag, "sameFrag is no longer looked up"
        with rl_compat.faster_line_breaking():  # another export, overlapping
            pass
        assert rl_paragraph.sameFrag is rl_compat.same_frag
        assert rl_paragraph.getAscentDescent("Helvetica", 10) == getAscentDescent("Helvetica", 10)
        markup = "Some <b>bold</b> and <font color='rgb(92,103,112)'>grey</font> words " * 9
        inside = Paragraph(markup, STYLE)
        inside.wrap(150, 1000)
    assert rl_paragraph.sameFrag is original
    assert rl_paragraph.getAscentDescent is getAscentDescent
    outside = Paragraph(markup, STYLE)
    outside.wrap(150, 1000)
    assert repr(inside.blPara) == repr(outside.blPara)


def test_word_widths_are_remembered_only_during_an_export() -> None:
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
    from journal_app.services.exporters.appraisal_pdf.line_breaks import (
        widths_table,
        word_widths,
    )

    name = register_fonts()
    words = ["reflection", " ", "Ŵyr", "", "a much longer text than any word would be, measured"]
    expected = [TTFont.stringWidth(getFont(name), w, 10.5) for w in words]
    assert [stringWidth(w, name, 10.5) for w in words] == expected
    assert widths_table(name, 10.5) is None
    with word_widths():
        assert [stringWidth(w, name, 10.5) for w in words] == expected
        assert [stringWidth(w, name, 10.5) for w in words] == expected
        table = widths_table(name, 10.5)
        assert table is not None and "reflection" in table and words[-1] not in table
    assert widths_table(name, 10.5) is None


def test_base85_text_is_the_same_bytes_in_ascii_as_in_reportlabs_codec() -> None:
    from reportlab.pdfbase import pdfdoc

    alphabet = "".join(map(chr, range(33, 118))) + "z~>\r\n"
    assert pdfdoc.pdfdocEnc(alphabet) == alphabet.encode("ascii")


def _mixed_paragraphs(count: int) -> list[tuple[str, object, str | None, float]]:
    """Generated mark-up of several fragments (colours, bold, line breaks, link targets
    and links, underlines, sizes, long words, odd spaces), each with a style, a bullet or
    none, and a width to break it at."""
    import random
    from xml.sax.saxutils import escape

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
    from journal_app.services.exporters.appraisal_pdf.styles import make_styles

    register_fonts()
    styles = make_styles()
    words = (
        "drift",
        "caseload audit",
        "Ŵyr, ŷd",
        "“quoted” ✓",
        "a&b <c> d",
        " spaced  out ",
        "\u00a0non-breaking\u00a0",
        "a-word-far-too-long-for-any-narrow-line-of-the-table",
        "reflection on the supervision session with the team",
    )
    tags = (
        ("<b>", "</b>"),
        ("<i>", "</i>"),
        ("<font color='rgb(92,103,112)'>", "</font>"),
        ("<br/>", ""),
        ('<a name="entry-1"/>', ""),
        ('<a href="#entry-1" color="rgb(31,91,122)">', "</a>"),
        ("<u>", "</u>"),
        ('<font size="14">', "</font>"),
        ('<span backColor="yellow">', "</span>"),
    )
    rng = random.Random(20261203)
    found = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 9)):
            text = escape(rng.choice(words))
            if rng.random() < 0.6:
                opening, closing = rng.choice(tags)
                text = f"{opening}{text}{closing}"
            pieces.append(text + rng.choice(("", " ", "&nbsp;")))
        style = rng.choice((styles.body, styles.meta, styles.cell, styles.bullet))
        bullet = "•" if style is styles.bullet else None
        found.append(("".join(pieces), style, bullet, rng.choice((40, 90, 150, 220, 400))))
    return found


def test_mixed_paragraphs_break_as_reportlab_breaks_them() -> None:
    """Generated mark-up broken at several widths by reportlab and by break_mixed_lines,
    outside an export and inside one (word widths looked up in its tables): the lines,
    the word list and what is left on the paragraph must be the same, whenever
    break_mixed_lines takes the paragraph."""
    from journal_app.services.exporters.appraisal_pdf.line_breaks import (
        widths_table,
        word_widths,
    )

    taken = 0
    for n, (markup, style, bullet, width) in enumerate(_mixed_paragraphs(1500)):
        theirs = Paragraph(markup, style, bulletText=bullet)
        ours = Paragraph(markup, style, bulletText=bullet)
        their_widths, our_widths = [width, width - 5], [width, width - 5]
        expected = theirs.breakLines(their_widths)
        if n % 2:
            found = rl_compat.break_mixed_lines(ours, our_widths)
        else:
            with word_widths():
                found = rl_compat.break_mixed_lines(ours, our_widths, widths_table)
        if found is None:
            continue
        taken += 1
        assert repr(found) == repr(expected), markup
        assert repr(ours.frags) == repr(theirs.frags), markup
        assert [type(w) for w in ours.frags] == [type(w) for w in theirs.frags], markup
        assert ours._width_max == theirs._width_max, markup
        assert our_widths == their_widths and ours.height == theirs.height
    assert taken > 600, "break_mixed_lines no longer takes most mixed paragraphs"


def test_the_halves_of_a_split_mixed_paragraph_break_as_reportlab_breaks_them() -> None:
    """A mixed paragraph split between pages leaves both halves its words (platypus wraps
    each again): generated paragraphs are broken and split by reportlab, twice alike, and
    each half broken again by reportlab and by break_mixed_lines must give the same lines,
    word list and widest line."""
    taken = 0
    for markup, style, bullet, width in _mixed_paragraphs(800):
        theirs = Paragraph(markup, style, bulletText=bullet)
        ours = Paragraph(markup, style, bulletText=bullet)
        _w, height = theirs.wrap(width, 10_000)
        assert ours.wrap(width, 10_000) == (_w, height)
        lines = len(theirs.blPara.lines)
        if lines < 2 or theirs.blPara.kind != 1:
            continue
        cut = style.leading * (lines // 2) + 1  # about half the lines fit
        their_parts = theirs.split(width, cut)
        our_parts = ours.split(width, cut)
        assert len(their_parts) == len(our_parts)
        for their_part, our_part in zip(their_parts, our_parts, strict=True):
            their_widths, our_widths = [width, width - 5], [width, width - 5]
            expected = their_part.breakLines(their_widths)
            found = rl_compat.break_mixed_lines(our_part, our_widths)
            if found is None:
                continue
            taken += 1
            assert repr(found) == repr(expected), markup
            assert repr(our_part.frags) == repr(their_part.frags), markup
            assert our_part._width_max == their_part._width_max, markup
            assert our_widths == their_widths
    assert taken > 200, "break_mixed_lines no longer takes the halves of split paragraphs"


def test_fragments_are_made_into_words_as_reportlab_makes_them() -> None:
    """The word list break_mixed_lines makes (_frag_words) against reportlab's
    _getFragWords, for every generated paragraph break_mixed_lines takes: the same words
    of the same types, widths and fragments, and the same kind set on each fragment."""
    from reportlab.platypus.paragraph import _getFragWords

    from journal_app.services.exporters.appraisal_pdf.line_breaks import (
        widths_table,
        word_widths,
    )
    from journal_app.services.exporters.appraisal_pdf.rl_compat import breaking

    compared = 0
    for markup, style, bullet, width in _mixed_paragraphs(1500):
        theirs = Paragraph(markup, style, bulletText=bullet)
        ours = Paragraph(markup, style, bulletText=bullet)
        if not breaking._mixed_breakable(ours):
            continue
        expected = _getFragWords(theirs.frags, width)
        for found in (
            breaking._frag_words(ours.frags, None),
            breaking._frag_words(ours.frags, lambda font, size: None),
        ):
            assert repr(found) == repr(expected), markup
            assert [type(w) for w in found] == [type(w) for w in expected], markup
        with word_widths():
            found = breaking._frag_words(ours.frags, widths_table)
        assert repr(found) == repr(expected), markup
        assert repr(ours.frags) == repr(theirs.frags), markup  # the kinds set
        compared += 1
    assert compared > 600


def test_a_quick_state_canvas_saves_and_restores_as_reportlabs_does() -> None:
    from reportlab import rl_config

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 12)
        canvas.saveState()
        canvas.translate(10, 20)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.setFillColorRGB(0.2, 0.3, 0.4)
        canvas.setFillAlpha(0.5)
        canvas.saveState()
        canvas.setLineWidth(3)
        canvas.setDash(2, 1)
        canvas.restoreState()
        canvas.drawString(0, 0, "inner")
        canvas.restoreState()
        canvas.drawString(72, 72, "outer")

    invariant, rl_config.invariant = rl_config.invariant, 1
    try:
        pdfs = []
        for kind in (Canvas, rl_compat.QuickStateCanvas):
            buffer = io.BytesIO()
            canvas = kind(buffer)
            draw(canvas)
            state = {name: canvas.__dict__[name] for name in Canvas.STATE_ATTRIBUTES}
            assert canvas.state_stack == []
            canvas.save()
            pdfs.append((buffer.getvalue(), repr(sorted(state))))
        assert pdfs[0] == pdfs[1]
    finally:
        rl_config.invariant = invariant


def test_plain_lines_are_drawn_as_reportlab_draws_them() -> None:
    """Generated paragraphs (plain, justified, centred, indented, with bullets, underlined,
    with a background, in colour, with no-break spaces and characters past the font's
    first subset), broken into lines, drawn by reportlab's drawPara on one canvas and by
    draw_plain_lines on another: every page's operators must be the same, and so must the
    fonts' subsets, whether draw_plain_lines took the paragraph or left it to reportlab."""
    import random
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
    from journal_app.services.exporters.appraisal_pdf.styles import make_styles

    register_fonts()
    styles = make_styles()
    words = (
        "drift",
        "caseload audit",
        "Ŵyr, ŷd",
        "“quoted” ✓",
        "(brackets) \\ back",
        "\u00a0non-breaking\u00a0",
        "\u0101\u0107\u0109\u010b \u0111\u0113",
        "reflection on the supervision session with the team",
    )
    variants = (
        styles.body,
        styles.meta,
        styles.cell,
        styles.bullet,
        styles.body.clone("Justified", alignment=TA_JUSTIFY),
        styles.body.clone("Centred", alignment=TA_CENTER),
        styles.body.clone("Indented", firstLineIndent=12, leftIndent=6),
        styles.body.clone("Shaded", backColor="yellow"),
        styles.body.clone("Autoleading", autoLeading="max"),
    )
    rng = random.Random(20261203)
    buffers = (io.BytesIO(), io.BytesIO())
    canvases = (Canvas(buffers[0], invariant=1), Canvas(buffers[1], invariant=1))
    taken = 0
    for n in range(600):
        text = " ".join(escape(rng.choice(words)) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.1:
            text = f"<u>{text}</u>"
        if rng.random() < 0.1:
            text = f"<font color='rgb(92,103,112)'>{text}</font>"
        style = rng.choice(variants)
        bullet = "•" if style is styles.bullet else None
        width = rng.choice((90, 150, 220, 400))
        for ours, canvas in enumerate(canvases):
            paragraph = Paragraph(text, style, bulletText=bullet)
            paragraph.wrapOn(canvas, width, 1000)
            paragraph.canv = canvas
            canvas.saveState()
            canvas.translate(20, 20)
            if ours and rl_compat.draw_plain_lines(paragraph):
                taken += 1
            else:
                paragraph.draw()
            canvas.restoreState()
            del paragraph.canv
            if n % 50 == 49:
                canvas.showPage()
    for canvas in canvases:
        canvas.showPage()
    theirs, ours_pages = ([page.stream for page in canvas._doc.Pages.pages] for canvas in canvases)
    assert ours_pages == theirs
    assert _font_subsets(canvases[0]) == _font_subsets(canvases[1])
    for canvas in canvases:
        canvas.save()
    assert buffers[0].getvalue() == buffers[1].getvalue()  # link targets too
    assert taken > 150, "draw_plain_lines no longer takes plain left-aligned paragraphs"


class _MarkedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps where each link target was placed (only targets a link leads
    to are written in the file)."""

    def __init__(self, *args: object, **options: object) -> None:
        super().__init__(*args, **options)
        self.marks: list[tuple[object, ...]] = []

    def bookmarkHorizontal(self, key: str, x: float, y: float, **options: object) -> None:
        self.marks.append((key, x, y, self.absolutePosition(x, y)))
        super().bookmarkHorizontal(key, x, y, **options)


def _font_subsets(canvas: Canvas) -> dict[str, object]:
    """Which character each font placed where, for a canvas's document."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from journal_app.services.exporters.appraisal_pdf.fonts import BOLD, REGULAR

    states = {name: getFont(name).state.get(canvas._doc) for name in (REGULAR, BOLD)}
    return {name: state.assignments for name, state in states.items() if state is not None}


def test_mixed_lines_are_drawn_as_reportlab_draws_them() -> None:
    """Generated mark-up of several fragments (colours, bold, italics, sizes, line breaks,
    rises, link targets, links, underlines, backgrounds; several alignments and indents),
    broken into lines and drawn by reportlab's drawPara on one canvas and by
    draw_mixed_lines on another: every page's operators and the fonts' subsets must be
    the same, whether draw_mixed_lines took the paragraph or left it to reportlab."""
    import random
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT

    from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
    from journal_app.services.exporters.appraisal_pdf.styles import make_styles

    register_fonts()
    styles = make_styles()
    words = (
        "drift",
        "caseload audit",
        "Ŵyr, ŷd",
        "“quoted” ✓",
        "a&b <c> (d) \\ e",
        " spaced  out ",
        "\u00a0non-breaking\u00a0",
        "\u0101\u0107\u0109\u010b \u0111\u0113",
        "reflection on the supervision session with the team",
    )
    tags = (
        ("<b>", "</b>"),
        ("<i>", "</i>"),
        ("<b><i>", "</i></b>"),
        ("<font color='rgb(92,103,112)'>", "</font>"),
        ("<font color='rgb(31,91,122)'>", "</font>"),
        ("<br/>", ""),
        ('<font size="14">', "</font>"),
        ('<a name="entry-1"/>', ""),
        ("<super>", "</super>"),
        ('<a href="#entry-1" color="rgb(31,91,122)">', "</a>"),
        ("<u>", "</u>"),
        ('<span backColor="yellow">', "</span>"),
    )
    variants = (
        styles.body,
        styles.meta,
        styles.cell,
        styles.bullet,
        styles.body.clone("Justified", alignment=TA_JUSTIFY),
        styles.body.clone("Right", alignment=TA_RIGHT),
        styles.body.clone("Indented", firstLineIndent=12, leftIndent=6),
        styles.body.clone("Autoleading", autoLeading="max"),
    )
    rng = random.Random(20261203)
    buffers = (io.BytesIO(), io.BytesIO())
    canvases = (_MarkedCanvas(buffers[0], invariant=1), _MarkedCanvas(buffers[1], invariant=1))
    taken = 0
    for n in range(1200):
        pieces = []
        for _ in range(rng.randint(1, 9)):
            text = escape(rng.choice(words))
            if rng.random() < 0.6:
                opening, closing = tags[rng.randrange(len(tags) if rng.random() < 0.3 else 8)]
                # every link target its own name, so that each one's place is in the file
                opening = opening.replace('"entry-1"/', f'"entry-{n}-{len(pieces)}"/')
                text = f"{opening}{text}{closing}"
            pieces.append(text + rng.choice(("", " ", "&nbsp;")))
        style = rng.choice(variants)
        bullet = "•" if style is styles.bullet else None
        width = rng.choice((90, 150, 220, 400))
        for ours, canvas in enumerate(canvases):
            paragraph = Paragraph("".join(pieces), style, bulletText=bullet)
            paragraph.wrapOn(canvas, width, 1000)
            paragraph.canv = canvas
            canvas.saveState()
            canvas.translate(20, 20)
            if ours and rl_compat.draw_mixed_lines(paragraph):
                taken += 1
            else:
                paragraph.draw()
            canvas.restoreState()
            del paragraph.canv
            if n % 50 == 49:
                canvas.showPage()
    for canvas in canvases:
        canvas.bookmarkPage("entry-1")  # where the generated links lead
        canvas.showPage()
    theirs, ours_pages = ([page.stream for page in canvas._doc.Pages.pages] for canvas in canvases)
    assert ours_pages == theirs
    assert _font_subsets(canvases[0]) == _font_subsets(canvases[1])
    for canvas in canvases:
        canvas.save()
    assert buffers[0].getvalue() == buffers[1].getvalue()  # link targets too
    assert canvases[0].marks == canvases[1].marks
    assert len(canvases[1].marks) > 300
    assert taken > 200, "draw_mixed_lines no longer takes mixed left-aligned paragraphs"


def test_flowables_are_placed_as_flowable_draw_on_places_them() -> None:
    """``draw_on`` writes what ``Flowable.drawOn`` writes, and leaves the canvas's matrix
    and state as it does: at any place, aligned by the room left, after a transformation
    or with another operator last."""
    from reportlab import rl_config
    from reportlab.platypus.flowables import HRFlowable

    def page(place: Any) -> tuple[bytes, list[tuple[float, ...]]]:
        invariant, rl_config.invariant = rl_config.invariant, 1
        try:
            buffer = io.BytesIO()
            canvas = rl_compat.QuickStateCanvas(buffer)
            matrices = []
            canvas.translate(3.25, -1.5)
            canvas.scale(1.5, 0.75)
            for n, (x, y, room, align) in enumerate(
                [
                    (0, 0, 0, "LEFT"),
                    (72.5, 700.125, 0, "LEFT"),
                    (-3, 1e-7, 12.5, "RIGHT"),
                    (10, 20, 30, "CENTER"),
                    (1 / 3, 2 / 3, 0, "LEFT"),
                ]
            ):
                flowable = Paragraph(f"Paragraph {n} <b>placed</b>.", STYLE)
                flowable.hAlign = align
                flowable.wrapOn(canvas, 200, 100)
                place(flowable, canvas, x, y, room)
                matrices.append(rl_compat.current_matrix(canvas))
                rule = HRFlowable(width=120)
                rule.hAlign = align
                rule.wrapOn(canvas, 200, 100)
                if n == 2:
                    rule._showBoundary = 1
                canvas.setLineWidth(n + 1)  # another operator last
                place(rule, canvas, x, y, room)
                matrices.append(rl_compat.current_matrix(canvas))
            canvas.showPage()
            canvas.save()
            return buffer.getvalue(), matrices
        finally:
            rl_config.invariant = invariant

    theirs = page(lambda f, canvas, x, y, room: f.drawOn(canvas, x, y, _sW=room))
    ours = page(rl_compat.draw_on)
    assert ours == theirs


def test_a_quick_frame_has_no_generated_content_until_some_is_added() -> None:
    from reportlab.platypus.doctemplate import _addGeneratedContent

    frame = rl_compat.QuickFrame(10, 20, 300, 400)
    assert getattr(frame, "_generated_content", "missing") is None
    flowables: list[Any] = ["next"]
    _addGeneratedContent(flowables, frame)
    assert flowables == ["next"]
    frame.add_generated_content("made", "also made")
    _addGeneratedContent(flowables, frame)
    assert flowables == ["made", "also made", "next"]
    assert frame._generated_content is None  # used, and gone from the frame


def test_a_quick_group_is_measured_and_split_as_a_keep_together_group() -> None:
    """A group of paragraphs, spacers and rules is measured without a copy of the frame, to
    the same sizes and split the same way; the document's frame is back afterwards; any
    other group is measured with the copy, as platypus measures it."""
    from reportlab.platypus import Spacer
    from reportlab.platypus.flowables import HRFlowable

    copies: list[int] = []

    class CountedFrame(Frame):  # type: ignore[misc]
        def __deepcopy__(self, memo: dict[int, Any]) -> Frame:
            copies.append(1)
            twin = Frame(self._x1, self._y1, self._width, self._height)
            twin.__dict__.update(self.__dict__)
            return twin

    def measured(kind: type, content: Any) -> tuple[Any, ...]:
        document = BaseDocTemplate(io.BytesIO(), pageTemplates=[])
        frame = CountedFrame(50, 50, 400, 700)
        document.addPageTemplates([PageTemplate(frames=[frame])])
        canvas = Canvas(io.BytesIO())
        canvas._doctemplate = document
        document.frame = frame
        group = kind(content())
        group.canv = canvas
        frame._frame = frame  # (what split reads from the frame laying the group out)
        group._frame = frame
        size = group.wrap(400, 120)
        parts = group.split(400, 120)
        assert document.frame is frame
        return size, group._H, group._H0, [type(p).__name__ for p in parts]

    def plain() -> list[Any]:
        rule = HRFlowable(width="100%", spaceBefore=10)
        return [rule, Paragraph("A title", STYLE), Spacer(1, 6), Paragraph("Text " * 80, STYLE)]

    copies.clear()
    assert measured(rl_compat.QuickKeepTogether, plain) == measured(KeepTogether, plain)
    assert len(copies) == 1  # the platypus group's only

    def mixed() -> list[Any]:
        return [Paragraph("A title", STYLE), Table([["a cell"]])]

    copies.clear()
    assert measured(rl_compat.QuickKeepTogether, mixed) == measured(KeepTogether, mixed)
    assert len(copies) == 2  # a table is measured as platypus measures it

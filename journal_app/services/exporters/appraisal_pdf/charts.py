"""Coverage charts as vector drawings: reflections per domain, and per domain per month.

Drawn with reportlab's graphics shapes (not images), so they stay sharp when printed or
zoomed and their labels are real text. One accent colour; zero is shown as an empty row
with words, so a gap is never mistaken for a short bar.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from journal_app.core.coverage import Coverage
from journal_app.core.localised import short_month_name
from journal_app.core.messages import text
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import said
from journal_app.services.exporters.appraisal_pdf.content import (
    AppraisalContent,
    FrameworkEvidence,
)
from journal_app.services.exporters.appraisal_pdf.flow import gap, heading
from journal_app.services.exporters.appraisal_pdf.fonts import BOLD, REGULAR
from journal_app.services.exporters.appraisal_pdf.markup import plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import Words

LABEL_SIZE = 8
ROW = 24.0
BAR = 12.0


def _nice_step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if largest / step <= 6:
            return step
    return max(1, largest // 5)


def domain_bars(
    coverage: Coverage, words: Words, labels: list[tuple[str, ...]] | None = None
) -> Drawing:
    """Horizontal bars: how many reflections evidence each domain, named by ``labels`` (a
    domain's code and title in each language where they differ) or by its own."""
    width = look.FRAME_WIDTH
    label_width = width * 0.46
    bar_left = label_width + 8
    bar_width = width - bar_left - 28
    rows = coverage.domains
    height = ROW * len(rows) + 18
    drawing = Drawing(width, height)
    largest = max([d.entry_count for d in rows] + [1])
    step = _nice_step(largest)
    top_value = ((largest + step - 1) // step) * step
    scale = bar_width / top_value
    for tick in range(0, top_value + 1, step):
        x = bar_left + tick * scale
        drawing.add(Line(x, 14, x, height, strokeColor=look.RULE, strokeWidth=0.4))
        drawing.add(
            String(
                x,
                3,
                str(tick),
                fontName=REGULAR,
                fontSize=7,
                fillColor=look.MUTED,
                textAnchor="middle",
            )
        )
    for index, domain in enumerate(rows):
        y = height - ROW * (index + 1)
        named = labels[index] if labels is not None else (domain.label,)
        if len(named) == 1:
            lines = simpleSplit(named[0], REGULAR, LABEL_SIZE, label_width)[:2]
        else:  # a line per language, each cut short if it must be
            lines = [_one_line(label, label_width) for label in named[:2]]
        for n, line in enumerate(lines):
            offset = 4 if len(lines) == 1 else 9 - n * 10
            drawing.add(
                String(
                    0,
                    y + offset + 2,
                    line,
                    fontName=REGULAR,
                    fontSize=LABEL_SIZE,
                    fillColor=look.TEXT if n == 0 or len(named) == 1 else look.MUTED,
                )
            )
        if domain.entry_count:
            length = domain.entry_count * scale
            drawing.add(
                Rect(bar_left, y + 2, length, BAR, fillColor=look.ACCENT, strokeColor=None)
            )
            drawing.add(
                String(
                    bar_left + length + 4,
                    y + 5,
                    str(domain.entry_count),
                    fontName=BOLD,
                    fontSize=8,
                    fillColor=look.ACCENT_DARK,
                )
            )
        else:
            drawing.add(
                String(
                    bar_left + 4,
                    y + 5,
                    words("pdf.coverage.no_evidence"),
                    fontName=REGULAR,
                    fontSize=8,
                    fillColor=look.WARNING,
                )
            )
    return drawing


def _one_line(label: str, width: float) -> str:
    """``label`` on one line of the chart's labels, ending "…" if it was cut short."""
    lines = simpleSplit(label, REGULAR, LABEL_SIZE, width)
    if len(lines) <= 1:
        return label
    shortened = simpleSplit(label, REGULAR, LABEL_SIZE, width - stringWidth("…", REGULAR, 8))
    return f"{shortened[0]}…"


def _shade(count: int, largest: int) -> colors.Color:
    if count == 0:
        return look.FAINT
    strength = 0.25 + 0.75 * (count / largest)
    return colors.linearlyInterpolatedColor(look.ACCENT_TINT, look.ACCENT, 0, 1, strength)


def month_heat_map(coverage: Coverage, per_month_total: list[int], words: Words) -> Drawing:
    """A grid of domains by month, shaded by how many reflections evidence each.

    In a bilingual document each month is named in both languages, one above the other."""
    width = look.FRAME_WIDTH
    months = coverage.by_month
    row_labels = [words("pdf.coverage.domain", code=domain.code) for domain in coverage.domains]
    total_label = words("pdf.coverage.all")
    label_width = max(
        [46.0, stringWidth(total_label, BOLD, 7.5) + 6]
        + [stringWidth(label, REGULAR, 7.5) + 6 for label in row_labels]
    )
    cell_w = (width - label_width) / max(len(months), 1)
    cell_h = 16.0
    rows = len(coverage.domains) + 1  # plus a row of all reflections per month
    # the month names' lines above the grid (one per language) and the years'
    name_lines = len(words.languages)
    top = 24 + 9 * (name_lines - 1)
    height = cell_h * rows + top + 6
    drawing = Drawing(width, height)
    largest = max([c for m in months for c in m.counts.values()] + [1])
    show_numbers = cell_w >= 12
    for col, month in enumerate(months):
        x = label_width + col * cell_w
        if cell_w >= 18 or month.month in (1, 4, 7, 10):
            for line, language in enumerate(words.languages):
                drawing.add(
                    String(
                        x + cell_w / 2,
                        height - 10 - 9 * line,
                        short_month_name(month.month, language),
                        fontName=REGULAR,
                        fontSize=7,
                        fillColor=look.MUTED,
                        textAnchor="middle",
                    )
                )
        if col == 0 or month.month == 1:
            drawing.add(
                String(
                    x + cell_w / 2,
                    height - top + 5,
                    str(month.year),
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=look.MUTED,
                    textAnchor="middle",
                )
            )
        for row, domain in enumerate(coverage.domains):
            count = month.counts.get(domain.code, 0)
            y = height - top - cell_h * (row + 1)
            drawing.add(
                Rect(
                    x + 1,
                    y + 1,
                    cell_w - 2,
                    cell_h - 2,
                    fillColor=_shade(count, largest),
                    strokeColor=None,
                )
            )
            if count and show_numbers:
                ink = colors.white if count / largest > 0.45 else look.ACCENT_DARK
                drawing.add(
                    String(
                        x + cell_w / 2,
                        y + 5,
                        str(count),
                        fontName=REGULAR,
                        fontSize=7,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
        total = per_month_total[col]
        y = height - top - cell_h * rows
        if show_numbers or total:
            drawing.add(
                String(
                    x + cell_w / 2,
                    y + 5,
                    str(total),
                    fontName=BOLD,
                    fontSize=7,
                    fillColor=look.TEXT,
                    textAnchor="middle",
                )
            )
    for row, label in enumerate(row_labels):
        y = height - top - cell_h * (row + 1)
        drawing.add(
            String(
                0,
                y + 5,
                label,
                fontName=REGULAR,
                fontSize=7.5,
                fillColor=look.TEXT,
            )
        )
    y = height - top - cell_h * rows
    drawing.add(
        Line(
            label_width,
            y + cell_h - 0.5,
            width,
            y + cell_h - 0.5,
            strokeColor=look.RULE,
            strokeWidth=0.5,
        )
    )
    drawing.add(String(0, y + 5, total_label, fontName=BOLD, fontSize=7.5, fillColor=look.TEXT))
    return drawing


def _monthly_totals(content: AppraisalContent, coverage: Coverage) -> list[int]:
    totals = {(m.year, m.month): 0 for m in coverage.by_month}
    for entry in content.entries:
        key = (entry.event_date.year, entry.event_date.month)
        if key in totals:
            totals[key] += 1
    return list(totals.values())


def _framework_charts(
    content: AppraisalContent, item: FrameworkEvidence, styles: Styles
) -> list[Flowable]:
    words = content.words
    coverage = item.coverage
    short_title = words.per_language(
        lambda language: words.framework(item.framework.id, language).short_title
    )
    # a domain named in each language where its titles differ (Social Care Wales's codes)
    labels = [
        tuple(dict.fromkeys(d.label for d in named))
        for named in zip(
            *(item.in_language(words, language).coverage.domains for language in words.languages),
            strict=True,
        )
    ]
    title = words.join(
        [
            text("pdf.coverage.per_domain", language, framework=framework)
            for language, framework in zip(words.languages, short_title, strict=True)
        ]
    )
    bars = [
        Paragraph(plain(title), styles.entry_heading),
        gap(4),
        domain_bars(coverage, words, labels),
    ]
    heat_title = words.join(
        [
            text("pdf.coverage.per_month", language, framework=framework)
            for language, framework in zip(words.languages, short_title, strict=True)
        ]
    )
    heat = [
        Paragraph(plain(heat_title), styles.entry_heading),
        *said(words, "pdf.coverage.per_month_note", styles.muted),
        month_heat_map(coverage, _monthly_totals(content, coverage), words),
    ]
    return [KeepTogether(bars), gap(14), KeepTogether(heat), gap(18)]


def coverage_charts(content: AppraisalContent, styles: Styles) -> list[Flowable]:
    """The coverage section: for each framework, bars per domain and a month-by-domain grid."""
    words = content.words
    flowables: list[Flowable] = [
        heading(words("pdf.coverage.heading"), styles.h1, 0, "coverage"),
        *said(words, "pdf.coverage.intro", styles.muted),
    ]
    for item in content.evidence:
        flowables += _framework_charts(content, item, styles)
    return flowables

"""The reportlab internals the appraisal PDF relies on, all in one package.

reportlab has no public way to do these few things, so the PDF reads or sets attributes
that are not part of its documented API. They live only here, pyproject pins reportlab's
major version, and tests/services/test_reportlab_compat.py exercises each against the
installed reportlab so that an upgrade that renames one fails there, loudly, rather than
as a wrong page number or a missing contents line in someone's appraisal.

The small accessors are here; the larger pieces are split by idea: :mod:`.subsets` (text
as the bytes of a font's first subset), :mod:`.pages` (finished pages encoded at once, the
canvas state saved as a tuple), :mod:`.breaking` (line breaking) and :mod:`.drawing`
(paragraphs drawn with reportlab's operators).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table
from reportlab.platypus.paragraph import _handleBulletWidth, _wsc

from journal_app.services.exporters.appraisal_pdf.rl_compat.breaking import (
    break_mixed_lines,
    faster_line_breaking,
    same_frag,
)
from journal_app.services.exporters.appraisal_pdf.rl_compat.drawing import (
    draw_mixed_lines,
    draw_on,
    draw_plain_lines,
)
from journal_app.services.exporters.appraisal_pdf.rl_compat.pages import (
    QuickFrame,
    QuickKeepTogether,
    QuickStateCanvas,
    RepeatedDrawing,
    compress_finished_page,
    end_text_form,
)
from journal_app.services.exporters.appraisal_pdf.rl_compat.subsets import first_subset_bytes

__all__ = [
    "PARAGRAPH_SPACES",
    "PRIVATE_NAMES",
    "QuickFrame",
    "QuickKeepTogether",
    "QuickStateCanvas",
    "RepeatedDrawing",
    "break_mixed_lines",
    "compress_finished_page",
    "contained",
    "current_matrix",
    "draw_mixed_lines",
    "draw_on",
    "draw_plain_lines",
    "end_text_form",
    "faster_line_breaking",
    "first_subset_bytes",
    "has_lines",
    "keep_open_after_build",
    "make_room_for_bullet",
    "same_frag",
    "set_widest_line",
    "table_rows",
    "text_position",
]

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
    "_formsinuse",
    "_annotationrefs",
    "_colorsUsed",
    "_shadingUsed",
    "_d",
    "_c",
    "_enforceColorSpace",
    "_fillColorObj",
    "_formData",
    "_hAlignAdjust",
    "_showBoundary",
    "_generated_content",
    "_doctemplate",
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

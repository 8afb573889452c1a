"""The embedded Unicode font: DejaVu Sans, shipped in ``resources/fonts/`` with its licence.

reportlab's built-in fonts have no Welsh ŵ or ŷ and few symbols, so every piece of text in
the PDF uses DejaVu Sans, registered once per process as a family so that ``<b>`` and
``<i>`` in paragraphs pick the bold and oblique faces.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journal_app.core.errors import JournalError
from journal_app.core.resources import resource_path
from journal_app.services.exporters.appraisal_pdf.line_breaks import widths_table
from journal_app.services.exporters.appraisal_pdf.rl_compat import first_subset_bytes

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = {
    REGULAR: (0, 0),
    BOLD: (1, 0),
    ITALIC: (0, 1),
    BOLD_ITALIC: (1, 1),
}
#: texts up to this length have their widths remembered during an export (words, spaces);
#: longer ones (whole lines, measured to centre them) are measured each time
_REMEMBERED = 40
_lock = threading.Lock()
_registered = False


class FontMissingError(JournalError):
    """The installation is missing its font files: a packaging fault, not a user error."""


class _Font(TTFont):  # type: ignore[misc]
    """DejaVu Sans as reportlab embeds it, turning text into the bytes of the font's
    subsets faster: a character at a time only for characters not seen before."""

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        found = first_subset_bytes(self, text, doc)
        return found if found is not None else list(super().splitString(text, doc, encoding))

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        # while an export runs, a word's width is measured once per size (reportlab asks
        # for the same words, and the width of a space, again and again)
        table = widths_table(self.fontName, size) if len(text) <= _REMEMBERED else None
        if table is None or not isinstance(text, str):
            return float(super().stringWidth(text, size, encoding))
        width = table.get(text)
        if width is None:
            width = table[text] = float(super().stringWidth(text, size, encoding))
        return width


def fonts_dir() -> Path:
    return resource_path("fonts")


def register_fonts() -> str:
    """Register DejaVu Sans (all four faces) with reportlab; returns the family name.

    Safe to call from several export threads at once; the work is done only once.
    """
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        folder = fonts_dir()
        for face, (bold, italic) in _FACES.items():
            path = folder / f"{face}.ttf"
            if not path.is_file():
                raise FontMissingError("appraisal.font_missing", path=path)
            pdfmetrics.registerFont(_Font(face, str(path)))
            addMapping(REGULAR, bold, italic, face)
        # Charts start every drawing in reportlab's default font (Helvetica) before their
        # labels set DejaVu: the PDF then listed Helvetica, not embedded. This app draws
        # nothing in Helvetica, so the default is DejaVu for every drawing.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        _registered = True
    return REGULAR

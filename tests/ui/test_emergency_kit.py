"""The emergency kit PDF: the recovery key and its instructions, wrapped inside the page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from journal_app.ui.emergency_kit import kit_bytes
from tests.services.pdf_text import page_lines

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


def test_the_kit_holds_the_key_and_every_line_fits_the_page(qapp: object) -> None:
    pdf = PdfReader(io.BytesIO(kit_bytes(KEY, Path("/home/sam/Journal"), date(2026, 3, 5))))
    assert len(pdf.pages) == 1
    lines = page_lines(pdf.pages[0])
    assert KEY in lines
    assert "Made on 5 March 2026" in lines
    # a long paragraph is broken between words, each line within the text column
    assert lines[lines.index("Keeping it safe") + 1 :] == [
        "Print this page and keep it somewhere private, away from this computer: with your",
        "personal documents or in a locked drawer. Anyone with this key and a copy of your",
        "journal could read your reflections. Once printed, delete the PDF file, or keep it only",
        "somewhere as safe as the printout.",
    ]
    column = A4[0] - 44 * mm
    assert max(pdfmetrics.stringWidth(line, "JournalSans", 11) for line in lines) <= column
    # the numbered steps keep their own lines
    assert "3. Type this recovery key (capital letters or small, with or without dashes)." in lines

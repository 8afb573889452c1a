"""The emergency kit: one printable PDF page with the recovery key and what to do with it.

Written in memory and then atomically to the place the user chose, owner-only (0600): no
temporary copy of the recovery key is left anywhere else. Words go through Qt's translation
function like every other string the user reads.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from journal_app.core.localised import long_date
from journal_app.core.resources import resource_path
from journal_app.services.journal_folder import save_private_file

_FONT_FILES = {"JournalSans": "DejaVuSans.ttf", "JournalSans-Bold": "DejaVuSans-Bold.ttf"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmergencyKit", text)


def uk_date(day: date) -> str:
    """A date in words, day first, in the window's language: 5 March 2026, 5 Mawrth 2026."""
    return long_date(day)


def _fonts() -> tuple[str, str]:
    """Regular and bold faces: DejaVu (it has Welsh letters) when shipped, else Helvetica."""
    names = []
    for name, file_name in _FONT_FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            return "Helvetica", "Helvetica-Bold"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names.append(name)
    return names[0], names[1]


def kit_bytes(recovery_key: str, journal_folder: Path, made_on: date) -> bytes:
    """The PDF, in memory."""
    font, bold = _fonts()
    buffer = io.BytesIO()
    # the canvas's own starting font too: reportlab's default (Helvetica) is not embedded
    canvas = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=font)
    canvas.setTitle(_tr("Emergency kit"))
    canvas.setAuthor("")
    canvas.setCreator(_tr("Reflective Supervision Journal"))
    width, height = A4
    left, text_width = 22 * mm, width - 44 * mm
    y = height - 28 * mm

    def paragraph(text: str, size: float = 11, gap: float = 4 * mm, face: str = font) -> None:
        nonlocal y
        canvas.setFont(face, size)
        for line in simpleSplit(text, face, size, text_width):
            canvas.drawString(left, y, line)
            y -= size * 1.4
        y -= gap

    def heading(text: str, size: float = 13) -> None:
        paragraph(text, size, 2 * mm, bold)

    heading(_tr("Emergency kit"), 22)
    paragraph(_tr("Reflective Supervision Journal"), 13, 2 * mm)
    paragraph(_tr("Made on {date}").format(date=uk_date(made_on)), 10, 8 * mm)
    heading(_tr("Your recovery key"))
    box_height = 16 * mm
    canvas.setStrokeColorRGB(0.4, 0.4, 0.4)
    canvas.setDash(3, 3)
    canvas.rect(left, y - box_height + 4 * mm, text_width, box_height)
    # embedded, like every font in the kit; smaller if a key of wide letters needs it
    key_size = min(
        17.0, 17.0 * (text_width - 8 * mm) / pdfmetrics.stringWidth(recovery_key, bold, 17)
    )
    canvas.setFont(bold, key_size)
    canvas.drawCentredString(left + text_width / 2, y - box_height / 2 + 1 * mm, recovery_key)
    y -= box_height + 6 * mm
    paragraph(_tr("Journal folder: {folder}").format(folder=journal_folder), 10, 8 * mm)
    heading(_tr("What this key is for"))
    paragraph(
        _tr(
            "If you ever forget your passphrase, this key is the only way back into your "
            "journal. Nobody else, including your IT team, can recover it for you."
        )
    )
    heading(_tr("If you forget your passphrase"))
    paragraph(
        _tr(
            "1. Open Reflective Supervision Journal.\n"
            "2. On the unlock screen, choose \u201cForgot passphrase?\u201d.\n"
            "3. Type this recovery key (capital letters or small, with or without dashes).\n"
            "4. Choose a new passphrase. This recovery key keeps working afterwards."
        )
    )
    heading(_tr("Keeping it safe"))
    paragraph(
        _tr(
            "Print this page and keep it somewhere private, away from this computer: with "
            "your personal documents or in a locked drawer. Anyone with this key and a copy "
            "of your journal could read your reflections. Once printed, delete the PDF file, "
            "or keep it only somewhere as safe as the printout."
        )
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def save_emergency_kit(
    destination: Path, recovery_key: str, journal_folder: Path, made_on: date
) -> None:
    """Write the kit to ``destination`` atomically, readable only by the user.

    Raises :class:`~journal_app.core.errors.StorageError` if the disk refuses it.
    """
    save_private_file(destination, kit_bytes(recovery_key, journal_folder, made_on))

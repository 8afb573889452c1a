"""The evidence files appendix, and the files themselves attached to the PDF when asked.

The appendix lists every evidence file of the reflections in the PDF and of the appraisal:
its name, what it is, its size, when it was added and what it belongs to. With the
person's consent for this export, the files are also attached to the PDF (PDF file
attachments, which every desktop viewer lists in its attachments pane). The identifier
check cannot read inside them; the appendix says so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Paragraph

from journal_app.core.evidence import EvidenceFile, OwnerKind, size_in_words
from journal_app.core.periods import format_uk_date
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles


def evidence_appendix(
    content: AppraisalContent, files: Sequence[EvidenceFile], styles: Styles, attached: bool
) -> list[Flowable]:
    """The appendix listing ``files`` (nothing when there are none)."""
    if not files:
        return []
    if attached:
        note = (
            "These files are attached to this PDF: open your PDF reader's attachments pane to "
            "see them. They were not checked for names or other identifying details, which "
            "the journal cannot read inside files."
        )
    else:
        note = (
            "These files are kept in the journal and can be shown at the appraisal meeting; "
            "they are not attached to this PDF."
        )

    def belongs_to(described: EvidenceFile) -> str:
        if described.owner_kind is OwnerKind.APPRAISAL:
            return "The appraisal"
        entry = content.by_id.get(described.owner_id)
        if entry is None:
            return "A reflection"
        return f"{entry.title} ({format_uk_date(entry.event_date)})"

    def cells(described: EvidenceFile) -> list[Flowable]:
        name = plain(described.file_name)
        if described.description:
            name += f"<br/><font color='{look.MUTED_MARKUP}'>{plain(described.description)}</font>"
        return [
            Para(name, styles.cell),
            Para(
                plain(f"{described.kind_in_words}, {size_in_words(described.size)}"), styles.cell
            ),
            Para(plain(format_uk_date(described.added_at.date())), styles.cell),
            Para(plain(belongs_to(described)), styles.cell),
        ]

    width = look.FRAME_WIDTH
    header: list[Flowable] = [
        Paragraph(h, styles.cell_head) for h in ("File", "What it is", "Added", "Belongs to")
    ]
    return [
        PageBreak(),
        heading("Appendix: evidence files", styles.h1, 0, "evidence-files"),
        Paragraph(note, styles.muted),
        PagedTable(
            header, list(files), cells, [width * 0.34, width * 0.2, width * 0.16, width * 0.3]
        ),
    ]


def attach_files(pdf: bytes, files: Sequence[tuple[EvidenceFile, bytes]]) -> bytes:
    """``pdf`` with ``files`` attached as embedded files (names made unique)."""
    if not files:
        return pdf
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    used: set[str] = set()
    for described, data in files:
        name = described.file_name
        stem, dot, extension = name.rpartition(".")
        count = 2
        while name.casefold() in used:
            name = (
                f"{stem} ({count}){dot}{extension}" if dot else f"{described.file_name} ({count})"
            )
            count += 1
        used.add(name.casefold())
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

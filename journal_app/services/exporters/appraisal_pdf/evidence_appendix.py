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

from journal_app.core.evidence import EvidenceFile, OwnerKind
from journal_app.core.evidence import size_in_words as evidence_size
from journal_app.core.messages import text
from journal_app.services.exporters.appraisal_pdf import styles as look
from journal_app.services.exporters.appraisal_pdf.bilingual import said
from journal_app.services.exporters.appraisal_pdf.content import AppraisalContent
from journal_app.services.exporters.appraisal_pdf.flow import PagedTable, heading
from journal_app.services.exporters.appraisal_pdf.markup import Para, plain
from journal_app.services.exporters.appraisal_pdf.styles import Styles
from journal_app.services.exporters.appraisal_pdf.words import Words


def evidence_appendix(
    content: AppraisalContent, files: Sequence[EvidenceFile], styles: Styles, attached: bool
) -> list[Flowable]:
    """The appendix listing ``files`` (nothing when there are none)."""
    if not files:
        return []
    words = content.words

    def belongs_to(described: EvidenceFile) -> str:
        if described.owner_kind is OwnerKind.APPRAISAL:
            return words("pdf.files.the_appraisal")
        entry = content.by_id.get(described.owner_id)
        if entry is None:
            return words("pdf.files.a_reflection")
        return f"{entry.title} ({words.date(entry.event_date)})"

    def cells(described: EvidenceFile) -> list[Flowable]:
        name = plain(described.file_name)
        if described.description:
            name += f"<br/><font color='{look.MUTED_MARKUP}'>{plain(described.description)}</font>"
        return [
            Para(name, styles.cell),
            Para(plain(what_it_is(described, words)), styles.cell),
            Para(plain(words.date(described.added_at.date())), styles.cell),
            Para(plain(belongs_to(described)), styles.cell),
        ]

    width = look.FRAME_WIDTH
    header: list[Flowable] = [
        Paragraph(plain(words(code)), styles.cell_head)
        for code in (
            "pdf.files.file",
            "pdf.files.what_it_is",
            "pdf.files.added",
            "pdf.files.belongs_to",
        )
    ]
    return [
        PageBreak(),
        heading(words("pdf.files.heading"), styles.h1, 0, "evidence-files"),
        *said(words, "pdf.files.attached" if attached else "pdf.files.not_attached", styles.muted),
        PagedTable(
            header, list(files), cells, [width * 0.34, width * 0.2, width * 0.16, width * 0.3]
        ),
    ]


#: the kinds of file evidence can be, by media type, to their words (``pdf.file_kind.*``)
FILE_KINDS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/gif": "gif",
    "image/webp": "webp",
}


def size_in_words(size: int, language: str) -> str:
    """``2.4 MB``, ``310 KB``, ``12 bytes``: how big a file is, as people say it."""
    if size >= 1024:
        return evidence_size(size)  # figures and units read the same in each language
    return text("pdf.files.bytes", language, count=size)


def what_it_is(described: EvidenceFile, words: Words) -> str:
    """ "PDF, 2.4 MB": a file's kind and size, in the document's language(s)."""
    kind = FILE_KINDS.get(described.media_type)

    def in_language(language: str) -> str:
        name = text(f"pdf.file_kind.{kind}", language) if kind else described.media_type
        return f"{name}, {size_in_words(described.size, language)}"

    return words.join(words.per_language(in_language))


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

"""Finished pages encoded at once, and the canvas's state saved as a tuple."""

from __future__ import annotations

from operator import itemgetter

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas


def compress_finished_page(canvas: Canvas) -> None:
    """Encode the content of the page ``showPage`` has just finished, now, as reportlab
    would encode it when the file is written (the same filters, in the same order, and the
    same stream dictionary).

    reportlab keeps every page's drawing instructions as text until the end: for thousands
    of pages, tens of megabytes more than their compressed streams.
    """
    page = canvas._doc.Pages.pages[-1]
    stream = page.stream
    if not page.compression or page.Contents or not isinstance(stream, str):
        return  # anything unusual is left for reportlab to write
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content: str | bytes = stream
    for step in reversed(filters):  # the last filter is applied first
        content = step.encode(content)
    if isinstance(content, str):
        # ASCII base-85 text, as bytes now rather than through reportlab's PDFDocEncoding
        # codec when the file is written (the same bytes: the codec maps ASCII to itself)
        content = content.encode("ascii")
    contents = PDFStream(
        PDFDictionary({"Filter": PDFArray([PDFName(step.pdfname) for step in filters])}),
        content,
        filters=[],  # already applied
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


_STATE_NAMES: tuple[str, ...] = tuple(Canvas.STATE_ATTRIBUTES)
_state_of = itemgetter(*_STATE_NAMES)


class QuickStateCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose ``saveState`` keeps the graphics state as a tuple of the attributes
    reportlab lists in ``STATE_ATTRIBUTES`` rather than building a dict of them, name by
    name, for every flowable and paragraph drawn; ``restoreState`` puts the same values
    back. The state stack is used by nothing else."""

    def push_state_stack(self) -> None:
        state = self.__dict__
        self.state_stack.append(_state_of(state))
        state["_extgstate"] = state["_extgstate"].pushCopy()

    def pop_state_stack(self) -> None:
        # (every saved tuple has one value per name: _state_of made it; a strict zip would
        # check that again, for a third of the time of this call)
        self.__dict__.update(zip(_STATE_NAMES, self.state_stack.pop(), strict=False))

"""Finished pages encoded at once, the canvas's state saved as a tuple, a drawing
repeated on every page copied rather than drawn again, and small forms' common parts
written once."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFName,
    PDFResourceDictionary,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable


def compress_finished_page(canvas: Canvas) -> None:
    """Encode the content of the page ``showPage`` has just finished, now, as reportlab
    would encode it when the file is written (the same filters, in the same order, and the
    same stream dictionary); the list of filters, and the page's media box, are arrays
    every page shares, written out once.

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
    names = tuple(PDFName(step.pdfname) for step in filters)
    contents = PDFStream(
        PDFDictionary({"Filter": _shared_array(canvas._doc, names)}),
        content,
        filters=[],  # already applied
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None
    if page.MediaBox is None and not page.Override_default_compilation:
        # the box check_format gives the page when the file is written, one for all pages
        width, height = page.pagewidth, page.pageheight
        box = (0, 0, height, width) if page.Rotate in (90, 270) else (0, 0, width, height)
        page.MediaBox = _shared_array(canvas._doc, box)


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


#: the state attributes a drawing's operators may depend on, but for the transparency
#: state (an object per saved state, compared by its values)
_DRAWING_STATE_NAMES = tuple(name for name in _STATE_NAMES if name != "_extgstate")
_drawing_state_of = itemgetter(*_DRAWING_STATE_NAMES)


def _drawing_state(canvas: Canvas) -> tuple[Any, ...]:
    """The canvas's graphics state, as values that compare equal when the state is the
    same (the transparency state by its settings)."""
    state = canvas.__dict__
    return (*_drawing_state_of(state), dict(state["_extgstate"]._d))


def _page_effects(canvas: Canvas) -> tuple[Any, ...]:
    """What the page keeps besides its operators, that a drawing could add to: forms and
    annotations used, colour spaces and shadings, transparency settings named."""
    return (
        len(canvas._formsinuse),
        len(canvas._annotationrefs),
        len(canvas._colorsUsed),
        len(canvas._shadingUsed),
        len(canvas._extgstate._c),
    )


class RepeatedDrawing:
    """``draw(canvas)`` for a drawing that writes the same operators on every page (a
    running header), copied onto the page once it is known to.

    The drawing is drawn by ``draw`` until two pages in a row have started it in the same
    graphics state and got the same operators and end state from it, with nothing else
    added to the page (forms, links, colour spaces, transparency) or to the canvas's
    graphics state stack; its first drawings have placed its characters in the fonts'
    subsets. After that, on a page where it starts in that same state, its operators are
    appended to the page as they are and the canvas is left in the state the drawing
    leaves it in; in any other state it is drawn by ``draw`` again (and learnt again).
    """

    def __init__(self, draw: Callable[[Canvas], None]) -> None:
        self._draw = draw
        #: the last drawing: state before, operators, state after
        self._last: tuple[tuple[Any, ...], list[str], tuple[Any, ...]] | None = None
        self._copying = False

    def __call__(self, canvas: Canvas) -> None:
        before = _drawing_state(canvas)
        last = self._last
        if self._copying and last is not None and last[0] == before:
            canvas._code.extend(last[1])
            canvas.__dict__.update(zip(_DRAWING_STATE_NAMES, last[2], strict=False))
            return
        effects = _page_effects(canvas)
        stacked = len(canvas.state_stack)
        code = canvas._code
        start = len(code)
        self._draw(canvas)
        drawn = (before, code[start:], _drawing_state(canvas))
        self._copying = (
            drawn == last
            and canvas._code is code
            and _page_effects(canvas) == effects
            and len(canvas.state_stack) == stacked
            and drawn[0][-1] == drawn[2][-1]  # the transparency settings unchanged
        )
        self._last = drawn


class _SharedArray(PDFArray):  # type: ignore[misc]
    """An array that many forms of a document hold, written out once for it."""

    _written: tuple[Any, bytes] | None = None

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        written = self._written
        if written is None or written[0] is not document:
            written = self._written = (document, super().format(document, IND))
        return written[1]


class _SharedResources(PDFResourceDictionary):  # type: ignore[misc]
    """The resources of a form that draws text and lines only (the document's fonts, the
    basic procedure sets), which many forms of a document hold, written out once for it."""

    _written: tuple[Any, bytes] | None = None

    def __init__(self) -> None:
        super().__init__()
        self.basicFonts()
        self.basicProcs()

    def format(self, document: Any) -> bytes:
        written = self._written
        if written is None or written[0] is not document:
            written = self._written = (document, super().format(document))
        return written[1]


#: per document: the values of an array -> the array holding them, shared
_ARRAYS: WeakKeyDictionary[Any, dict[tuple[Any, ...], _SharedArray]] = WeakKeyDictionary()


def _shared_array(doc: Any, values: tuple[Any, ...]) -> _SharedArray:
    """An array of ``values`` shared by the objects of ``doc`` that hold those values."""
    arrays = _ARRAYS.get(doc)
    if arrays is None:
        arrays = _ARRAYS[doc] = {}
    array = arrays.get(values)
    if array is None:
        array = arrays[values] = _SharedArray(list(values))
    return array


#: per document: a form's bounding box -> the parts its forms share
_FORM_PARTS: WeakKeyDictionary[Any, dict[tuple[float, ...], dict[str, Any]]] = WeakKeyDictionary()


def end_text_form(canvas: Canvas) -> None:
    """``canvas.endForm(compression=0, hasImages=0)`` for a form begun with its bounding
    box given in full, as reportlab writes it. When the form drew no other form (text and
    lines only), its bounding box, matrix and resources are objects shared by every such
    form of the document with that box, each written out once: the same bytes, for a
    fraction of the work, for thousands of small forms (the footers' page numbers)."""
    _name, *box = canvas._formData
    parts: dict[str, Any] = {}
    if not canvas._formsinuse and None not in box:
        kept = _FORM_PARTS.get(canvas._doc)
        if kept is None:
            kept = _FORM_PARTS[canvas._doc] = {}
        parts = kept.get(tuple(box), parts)
        if not parts:
            parts = kept[tuple(box)] = {
                "BBox": _shared_array(canvas._doc, tuple(box)),
                "Matrix": _shared_array(canvas._doc, (1, 0, 0, 1, 0, 0)),
                "Resources": _SharedResources(),
            }
    canvas.endForm(compression=0, hasImages=0, **parts)


class QuickFrame(Frame):  # type: ignore[misc]
    """A frame with no generated content to hand back, said by a class attribute.

    After every flowable placed, platypus looks for content the flowable asked the frame
    to add (``getattr(frame, "_generated_content", None)``); the frame has none almost
    always, and a frame's ``__getattr__`` (written in Python, for its geometry) then
    raises and catches an ``AttributeError`` for it. With the attribute ``None`` on the
    class the look-up finds the same ``None`` directly. Content is still added to the
    instance (``add_generated_content`` sets it in the frame's ``__dict__``), read from
    there, and deleted from there once used; then the class's ``None`` shows again.
    """

    _generated_content = None


class QuickKeepTogether(KeepTogether):  # type: ignore[misc]
    """A group of flowables kept together, measured without a copy of the frame when
    nothing in it can add content to the frame.

    To measure a group, platypus deep-copies the document's current frame and lets the
    group's flowables add content to the copy (a few kinds of flowable do, as they are
    measured), so the real frame is left alone. Paragraphs, spacers and rules never do;
    a group of only those is measured by the same function with no frame to copy (the
    document's frame is set aside for the measuring, and put back after it). Any other
    group is measured as platypus measures it.
    """

    #: the kinds of flowable that never add content to a frame as they are measured
    PLAIN: tuple[type, ...] = (Paragraph, Spacer, HRFlowable)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        document: Any = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(document, "frame", None)
        plain = self.PLAIN
        if frame is None or not all(isinstance(f, plain) for f in self._content):
            width, height = super().wrap(available_width, available_height)
            return width, height
        document.frame = None
        try:
            width, height = super().wrap(available_width, available_height)
        finally:
            document.frame = frame
        return width, height

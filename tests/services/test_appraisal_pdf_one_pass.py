"""The appraisal PDF laid out in one pass: page numbers filled in after the last page,
cross-references to pages already placed, reflections made into flowables just in time.

All people, places and reflections here are fictional.
"""

from __future__ import annotations

import gc
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph, Spacer

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import EntryDraft, Status, Tag, Visibility
from journal_app.core.periods import Period
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf import domain_sections
from journal_app.services.exporters.appraisal_pdf.content import gather
from journal_app.services.exporters.appraisal_pdf.doc_template import Deferred, expand_deferred
from journal_app.services.exporters.appraisal_pdf.fonts import register_fonts
from journal_app.services.exporters.appraisal_pdf.garbage import full_collections_put_off
from journal_app.services.exporters.appraisal_pdf.markup import paragraph
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.styles import make_styles
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.services.journal import JournalService
from tests.services.pdf_text import page_lines

TODAY = date(2027, 3, 20)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))
FRAMEWORKS = ("kss-pl", "kss-ps")
REFLECTIONS = 36
SEE_ALSO = re.compile(
    r"See also (Reflection \d\d on [a-z ]+?) \(\d{1,2} \w+ \d{4}\), printed in full under "
    r".+? on page (\d+)\."
)
TOPICS = ("caseload", "drift", "team meetings", "audit", "supervision", "risk")


def _tags(n: int) -> tuple[Tag, ...]:
    """Two to four domains over both frameworks, so most reflections are cross-referenced,
    some from far away (another framework, many pages on)."""
    tags = [Tag("kss-pl", str(1 + n % 6)), Tag("kss-ps", str(1 + (n * 3) % 8))]
    if n % 2:
        tags.append(Tag("kss-pl", str(1 + (n + 2) % 6)))
    if n % 3 == 0:
        tags.append(Tag("kss-ps", str(1 + (n + 5) % 8)))
    return tuple(dict.fromkeys(tags))


def _body(n: int) -> str:
    sentence = "We talked through what the plan needs and who holds it next. "
    return "\n\n".join(f"Part {k} of reflection {n}. " + sentence * (3 + n % 5) for k in range(4))


def _fill(journal: JournalService) -> None:
    start = date(2026, 4, 3)
    for n in range(REFLECTIONS):
        journal.create(
            EntryDraft(
                title=f"Reflection {n:02d} on {TOPICS[n % len(TOPICS)]}",
                body=_body(n),
                event_date=start + timedelta(days=9 * n),
                template_id="free-form",
                status=Status.FINAL,
                visibility=Visibility.SHAREABLE,
                tags=_tags(n),
            )
        )


@pytest.fixture
def service(journal: JournalService) -> ExportService:
    _fill(journal)
    return ExportService(journal, Catalogue.builtin(), today=lambda: TODAY)


def _options(**changes: object) -> AppraisalOptions:
    values: dict[str, object] = {
        "period": YEAR,
        "framework_ids": FRAMEWORKS,
        "name": "Morwenna Trelawny",
        "produced_on": TODAY,
    }
    values.update(changes)
    return AppraisalOptions(**values)  # type: ignore[arg-type]


@pytest.fixture
def pdf(service: ExportService, tmp_path: Path) -> PdfReader:
    path = tmp_path / "appraisal.pdf"
    service.appraisal_pdf(_options(), path)
    return PdfReader(io.BytesIO(path.read_bytes()))


def _pages(reader: PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_every_cross_reference_names_the_page_its_reflection_is_printed_on(
    pdf: PdfReader,
) -> None:
    pages = _pages(pdf)
    references = [
        (number, match.group(1), int(match.group(2)))
        for number, text in enumerate(pages, start=1)
        for match in SEE_ALSO.finditer(text)
    ]
    assert len(references) >= REFLECTIONS  # most reflections are pointed to, some twice
    assert any(page - target > 5 for page, _, target in references)  # some from far away
    for page, title, target in references:
        assert target < page or target == page, "a cross-reference points forward"
        # the reflection's own title is on the page named, not just another "See also"
        printed = SEE_ALSO.sub("", pages[target - 1])
        assert title in printed, f"'{title}' is not printed in full on page {target}"


def test_contents_numbers_are_the_pages_of_the_headings_and_footer_counts_pages(
    pdf: PdfReader,
) -> None:
    pages = _pages(pdf)
    total = len(pages)
    assert total > 20
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in text
    assert "Page 1 of" not in pages[0]  # the cover has no footer
    lines = page_lines(pdf.pages[1])
    body = lines[lines.index("Contents") + 1 :]
    found = {}
    for line in body:
        if line.startswith("Appraisal evidence ·"):  # the footer
            break
        match = re.fullmatch(r"(\S.*?)[\s.]*?(\d+)", line)
        assert match, line
        found[" ".join(match.group(1).split())] = int(match.group(2))
    # both frameworks, every domain of each, and the parts around them
    assert len(found) >= 2 + 6 + 8 + 4, found
    for heading, page in found.items():
        assert 3 <= page <= total
        assert heading in pages[page - 1], f"'{heading}' is not on page {page}"
    assert max(found.values()) >= 10  # numbers of two digits are right-aligned too


def test_cancel_during_layout_raises_and_writes_nothing(
    service: ExportService, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "appraisal.pdf"
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        service.appraisal_pdf(
            _options(),
            path,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 5,  # half-way through laying out the reflections
        )
    assert 5 <= len(seen) < REFLECTIONS
    assert not path.exists()
    assert list(out.iterdir()) == []


def test_progress_states_its_total_up_front_and_only_goes_forward(
    service: ExportService, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    service.appraisal_pdf(
        _options(), tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t))
    )
    totals = {total for _, total in seen}
    assert len(totals) == 1
    done = [d for d, _ in seen]
    assert done == sorted(set(done)) and done[0] >= 1
    assert done[-1] == totals.pop()
    assert len(done) >= REFLECTIONS


def test_reflections_are_made_into_flowables_just_in_time(
    service: ExportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = 0
    real = domain_sections.entry_flowables

    def counting(*args: object, **kwargs: object) -> list[Flowable]:
        nonlocal made
        made += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(domain_sections, "entry_flowables", counting)
    ahead: list[int] = []
    service.appraisal_pdf(
        _options(), tmp_path / "a.pdf", progress=lambda done, total: ahead.append(made - done)
    )
    assert made == REFLECTIONS
    # only the reflection being placed, and what a keep-with-next chain looks at, exist
    assert max(ahead[:-1]) <= 2


def test_a_reflection_is_at_home_where_it_first_appears(journal: JournalService) -> None:
    """Cross-references can only point back: a reflection's home (where it is printed in
    full) is the first domain, in document order, that lists it."""
    _fill(journal)
    options = _options()
    content = gather(
        list(journal.entries(options.entry_filter())), Catalogue.builtin(), options, None
    )
    first: dict[str, tuple[str, str]] = {}
    for item in content.evidence:
        for domain in item.coverage.domains:
            for entry_id in domain.entry_ids:
                first.setdefault(entry_id, (item.framework.id, domain.code))
    assert content.home == first
    assert len(first) == REFLECTIONS


def _deferred_spacer(made: list[str], name: str, keep: bool) -> Deferred:
    """A deferred flowable that notes its name in ``made`` when it is made."""

    def make() -> list[Flowable]:
        made.append(name)
        spacer = Spacer(1, 1)
        spacer.keepWithNext = keep
        return [spacer]

    return Deferred(make)


def test_deferred_flowables_are_made_as_far_as_a_keep_with_next_chain_reaches() -> None:
    made: list[str] = []

    def deferred(name: str, keep: bool) -> Deferred:
        return _deferred_spacer(made, name, keep)

    heading = Spacer(1, 1)
    heading.keepWithNext = True
    story: list[Flowable] = [
        heading,
        deferred("first", keep=True),
        deferred("second", keep=False),
        deferred("third", keep=False),
    ]
    expand_deferred(story)
    assert made == ["first", "second"]  # the chain ends at the second; the third waits
    assert isinstance(story[3], Deferred)
    expand_deferred(story[3:])  # a sublist is a copy: expanding it leaves the story alone
    assert isinstance(story[3], Deferred)


def test_plain_text_paragraphs_are_the_same_as_parsed_ones() -> None:
    register_fonts()
    styles = make_styles()
    for text in ("One line.", "  Spaces   inside\n and  lines  ", "Ŵyr, ŷd — “quoted” ✓ 5 * 3"):
        for style in (styles.body, styles.quote, styles.cell, styles.bullet):
            fast = paragraph(text, style, bullet="•" if style is styles.bullet else None)
            parsed = Paragraph(text, style, bulletText="•" if style is styles.bullet else None)
            assert fast.text == parsed.text
            assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags]
            assert fast.wrap(300, 800) == parsed.wrap(300, 800)


def test_progress_stages_name_the_reflection_being_laid_out_then_saving() -> None:
    from journal_app.services.exporters.appraisal_pdf.builder import progress_stage

    # 36 reflections: 37 steps (one per reflection placed, one for writing the file)
    assert progress_stage(1, 37) == ("placing", 1, 36)
    assert progress_stage(36, 37) == ("placing", 36, 36)
    assert progress_stage(37, 37) == ("saving", 36, 36)
    assert progress_stage(0, 1) == ("placing", 1, 1)  # an empty export still reads sensibly


def test_a_copy_of_the_body_frame_is_a_deep_copy() -> None:
    from copy import deepcopy

    from journal_app.services.exporters.appraisal_pdf.doc_template import _Frame

    frame = _Frame(10, 20, 300, 400, id="body")
    frame._frameBGs = [("a", [1, 2])]
    twin = deepcopy(frame)
    assert vars(twin) == vars(frame)
    assert twin._frameBGs is not frame._frameBGs
    assert twin._frameBGs[0][1] is not frame._frameBGs[0][1]
    twin._y -= 50  # measuring in the copy leaves the frame where it was
    assert frame._y != twin._y


def test_full_collections_wait_while_the_pdf_is_laid_out(
    service: ExportService, tmp_path: Path
) -> None:
    before = gc.get_threshold()
    during: set[tuple[int, int, int]] = set()
    service.appraisal_pdf(
        _options(), tmp_path / "a.pdf", progress=lambda d, t: during.add(gc.get_threshold())
    )
    placing = {threshold for threshold in during if threshold != before}
    assert len(placing) == 1
    young, middle, full = placing.pop()
    assert (young, middle) == before[:2]  # the young generations are collected as usual
    assert full > 1_000_000
    assert gc.get_threshold() == before


def test_the_collector_is_put_back_after_a_cancelled_export(
    service: ExportService, tmp_path: Path
) -> None:
    before = gc.get_threshold()
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        service.appraisal_pdf(
            _options(),
            tmp_path / "a.pdf",
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 5,
        )
    assert gc.get_threshold() == before


def test_full_collections_wait_until_the_last_of_overlapping_exports_ends() -> None:
    before = gc.get_threshold()
    with full_collections_put_off():
        with full_collections_put_off():
            assert gc.get_threshold()[2] > 1_000_000
        assert gc.get_threshold()[2] > 1_000_000  # the first export still runs
    assert gc.get_threshold() == before


def test_a_keep_with_next_chain_reaches_into_the_rest_of_the_story() -> None:
    from collections import deque

    made: list[str] = []

    def deferred(name: str, keep: bool) -> Deferred:
        return _deferred_spacer(made, name, keep)

    heading = Spacer(1, 1)
    heading.keepWithNext = True
    head: list[Flowable] = [heading]
    rest: deque[Flowable] = deque(
        [
            deferred("first", keep=True),
            deferred("second", keep=True),
            deferred("third", keep=False),
            deferred("fourth", keep=False),
        ]
    )
    expand_deferred(head, rest)
    assert made == ["first", "second", "third"]  # as far as the chain reaches, and no further
    assert len(head) == 4 and all(isinstance(f, Spacer) for f in head)
    assert len(rest) == 1 and isinstance(rest[0], Deferred)
    expand_deferred(head, deque())  # nothing more to reach: the list is left as it is
    assert len(head) == 4


def test_a_story_longer_than_the_window_is_laid_out_whole_and_in_order() -> None:
    from reportlab.lib.styles import getSampleStyleSheet

    from journal_app.services.exporters.appraisal_pdf import doc_template

    register_fonts()
    style = getSampleStyleSheet()["Normal"]
    placed: list[str] = []

    class Noted(Paragraph):  # type: ignore[misc]
        def draw(self) -> None:
            placed.append(self.text)
            super().draw()

    story: list[Flowable] = []
    for n in range(5 * doc_template._WINDOW):
        para = Noted(f"line {n}", style)
        para.keepWithNext = n % 40 < 30  # chains longer than the window
        story.append(para)
    document = doc_template.AppraisalDocTemplate(
        io.BytesIO(),
        "Name",
        ["Header"],
        ["Footer"],
        lambda p, n: [f"{p}/{n}"],
        lambda n: None,
        lambda: None,
    )
    document.build_once(story)
    assert placed == [f"line {n}" for n in range(5 * doc_template._WINDOW)]
    assert story == []  # consumed as platypus consumes the list it lays out

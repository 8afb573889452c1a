"""The appraisal PDF in Welsh, in English, or in both: the words come from the catalogue in
the language chosen for the export, the English reads exactly as it did before there was a
choice, and the font has every Welsh letter in every style the PDF uses.

All content is fictional (see ``appraisal_everything``).
"""

from __future__ import annotations

import io
import re
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from journal_app.core import messages
from journal_app.core.appraisal import FeedbackSource, ObjectiveOutcome
from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.evidence import MEDIA_WORDS
from journal_app.core.messages import catalogue
from journal_app.core.models import SessionKind
from journal_app.services.exporters.appraisal_pdf import fonts
from journal_app.services.exporters.appraisal_pdf.appraisal_sections import FEEDBACK_SOURCES
from journal_app.services.exporters.appraisal_pdf.bilingual import first_style, second_style
from journal_app.services.exporters.appraisal_pdf.entry_block import SESSION_KINDS
from journal_app.services.exporters.appraisal_pdf.evidence_appendix import FILE_KINDS
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.styles import Styles, make_styles
from journal_app.services.exporters.appraisal_pdf.summary import hours
from journal_app.services.exporters.appraisal_pdf.words import Words, long_date
from journal_app.services.journal import JournalService
from tests.services import appraisal_everything as everything

GOLDEN = Path(__file__).parent.parent / "fixtures" / "appraisal_pdf_english_golden.txt"


@pytest.fixture
def journal_with_everything(journal: JournalService) -> JournalService:
    everything.fill(journal)
    return journal


def _export(journal: JournalService, path: Path, language: str) -> list[str]:
    options = AppraisalOptions(
        everything.THIS_YEAR, produced_on=everything.TODAY, language=language, **everything.PERSON
    )
    everything.export_service(journal).appraisal_pdf(options, path)
    return everything.page_texts(path)


# -- English: exactly as before ------------------------------------------------------------


def test_the_english_pdf_reads_exactly_as_before_the_choice_of_language(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    """Every page's text, golden from the code before the PDF had a language (see
    ``appraisal_everything``): every part of the PDF is in this journal."""
    pages = _export(journal_with_everything, tmp_path / "en.pdf", "en")
    assert pages == GOLDEN.read_text(encoding="utf-8").splitlines()


def test_english_is_the_default_while_the_app_is_in_english(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    options = AppraisalOptions(everything.THIS_YEAR, produced_on=everything.TODAY)
    assert options.language == "en"
    everything.export_service(journal_with_everything).appraisal_pdf(options, tmp_path / "a.pdf")
    assert "Summary" in everything.page_texts(tmp_path / "a.pdf")[2]


# -- Welsh ---------------------------------------------------------------------------------

WELSH_HEADINGS = (
    "Cynnwys",
    "Crynodeb",
    "Cwmpas",
    "Amcanion y cyfnod diwethaf",
    "Tystiolaeth: KSS practice leaders",
    "Myfyrdodau eraill",
    "Cynllun datblygu",
    "Adborth a gafwyd",
    "Camau gweithredu a nodau dysgu",
    "Sylwadau'r arfarnwr a llofnodion",
    "Atodiad: ffeiliau tystiolaeth",
)
ENGLISH_HEADINGS = (
    "Contents",
    "Summary",
    "Coverage",
    "Last period's objectives",
    "Evidence: KSS practice leaders",
    "Other reflections",
    "Development plan",
    "Feedback received",
    "Actions and learning goals",
    "Appraiser's comments and signatures",
    "Appendix: evidence files",
)


def test_a_welsh_pdf_has_welsh_headings_words_and_dates(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    pages = _export(journal_with_everything, tmp_path / "cy.pdf", "cy")
    text = " ".join(pages)
    for heading in WELSH_HEADINGS:
        assert heading in text, heading
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    # the cover, the running header and footer, in Welsh with Welsh dates
    assert pages[0].startswith("Tystiolaeth arfarnu")
    assert "CYNHYRCHWYD 20 Mawrth 2027 gyda Dyddlyfr Goruchwyliaeth Fyfyriol" in pages[0]
    assert "CYFNOD 1 Ebrill 2026 i 31 Mawrth 2027" in pages[0] and "CYFRINACHOL" in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"Tudalen {number} o {len(pages)}" in page
        assert "Cyfrinachol · 1 Ebrill 2026 i 31 Mawrth 2027" in page
        assert "Tystiolaeth arfarnu · cynhyrchwyd 20 Mawrth 2027" in page
    # numbers take the noun's mutation; statuses, times and files are in Welsh
    assert "5 myfyrdod" in text and "3 sesiwn, 3.2 awr i gyd" in text
    assert "45 munud" in text and "Goruchwyliaeth grŵp, 1 awr 30 mun, gyda team managers" in text
    assert "Yn hwyr (i'w gwblhau erbyn 1 Mehefin 2026)" in text
    assert "✓ Wedi'i wneud 1 Gorffennaf 2026" in text and "Ar agor" in text
    assert re.search(r"Gweler hefyd Cross-domain reflection .*? ar dudalen \d+\.", text)
    assert "Beth sydd wedi newid ers hynny? (2 Gorffennaf 2026)" in text
    assert "KSS practice leaders 3 (fersiwn 2015)" in text
    assert "Goruchwylai, survey" in text and "Asiantaeth bartner, 1 Medi 2026" in text
    assert "Dogfen PDF, 15 beit" in text and "Llun PNG" in text
    assert "Arfarnai: Siân Ap Gwŷn" in text and "Llofnod" in text
    # the CPD deadline in Welsh too, though it is worked out below the PDF
    assert "(tan 30 Tachwedd 2027)" in text
    # what the person wrote is printed as written
    assert "We reviewed three plans together." in text and everything.WELSH_LETTERS in text


def test_a_welsh_pdf_says_so_to_readers_and_screen_readers(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "cy.pdf"
    _export(journal_with_everything, path, "cy")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert reader.metadata is not None
    assert reader.metadata.title == "Tystiolaeth arfarnu — 1 Ebrill 2026 i 31 Mawrth 2027"
    outline = [str(item.title) for item in reader.outline if not isinstance(item, list)]
    assert outline[:2] == ["Crynodeb", "Cwmpas"]


# -- both ----------------------------------------------------------------------------------


def test_a_bilingual_pdf_gives_each_heading_in_welsh_then_english(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    pages = _export(journal_with_everything, tmp_path / "both.pdf", "both")
    text = " ".join(pages)
    for welsh, english in zip(WELSH_HEADINGS, ENGLISH_HEADINGS, strict=True):
        assert f"{welsh} / {english}" in text, english
    for number, page in enumerate(pages[1:], start=2):
        assert f"Tudalen {number} o {len(pages)}" in page
        assert f"Page {number} of {len(pages)}" in page


def test_a_bilingual_pdf_gives_sentences_in_welsh_first_and_reflections_once(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    pages = _export(journal_with_everything, tmp_path / "both.pdf", "both")
    text = " ".join(pages)
    welsh = text.index("Caiff pob myfyrdod ei argraffu'n llawn o dan y parth cyntaf")
    english = text.index("Each reflection is printed in full under the first domain")
    assert welsh < english
    assert text.index("Mae 1 myfyrdod yn dystiolaeth") < text.index("1 reflection evidences")
    assert (
        "CYFNOD / PERIOD 1 Ebrill 2026 i 31 Mawrth 2027 1 April 2026 to 31 March 2027"
        in (pages[0])
    )
    # a date standing alone names its month in both languages
    assert "14 Mai / May 2026" in text
    assert "Yn hwyr (i'w gwblhau erbyn 1 Mehefin 2026) / Overdue (due 1 June 2026)" in text
    # the person's own words once, not translated
    assert text.count("We reviewed three plans together.") == 1
    assert text.count("You make space for us to think.") == 1
    assert "Sut / How: Monthly" in text


def test_a_bilingual_cover_stays_on_one_page_with_three_frameworks(
    journal_with_everything: JournalService, tmp_path: Path
) -> None:
    options = AppraisalOptions(
        everything.THIS_YEAR,
        framework_ids=("kss-pl", "pcf", "scw"),
        produced_on=everything.TODAY,
        language="both",
        include_private=True,
        include_drafts=True,
        full_text=False,
        **everything.PERSON,
    )
    path = tmp_path / "both.pdf"
    everything.export_service(journal_with_everything).appraisal_pdf(options, path)
    pages = everything.page_texts(path)
    assert "CYFRINACHOL / CONFIDENTIAL" in pages[0]
    assert pages[1].count("Cynnwys / Contents") == 1


def test_social_care_wales_codes_are_named_in_welsh_and_english_titles_stay_english(
    journal: JournalService, tmp_path: Path
) -> None:
    english = Catalogue.builtin(language="en").framework("scw")
    welsh = Catalogue.builtin(language="cy").framework("scw")
    assert english.title != welsh.title  # the codes are published in Welsh
    options = AppraisalOptions(
        everything.THIS_YEAR,
        framework_ids=("scw", "kss-pl"),
        produced_on=everything.TODAY,
        language="cy",
    )
    path = tmp_path / "cy.pdf"
    everything.export_service(journal).appraisal_pdf(options, path)
    text = " ".join(everything.page_texts(path))
    assert welsh.title in text and english.title not in text
    assert welsh.domains[0].title in text
    assert "Knowledge and skills statement for practice leaders" in text


# -- the choice ----------------------------------------------------------------------------


def test_the_language_must_be_one_the_pdf_can_be_in() -> None:
    with pytest.raises(InvalidInputError) as caught:
        AppraisalOptions(everything.THIS_YEAR, language="fr")
    assert "en, cy, both" in str(caught.value)


def test_the_default_language_is_the_apps() -> None:
    messages.set_language("cy")
    try:
        assert AppraisalOptions(everything.THIS_YEAR).language == "cy"
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)
    messages.set_language("de")  # a language the PDF is not written in: English
    try:
        assert AppraisalOptions(everything.THIS_YEAR).language == "en"
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)


def test_every_kind_the_pdf_names_has_words() -> None:
    english = catalogue("en")
    assert set(SESSION_KINDS) == set(SessionKind)
    assert set(FEEDBACK_SOURCES) == set(FeedbackSource)
    assert set(FILE_KINDS) == set(MEDIA_WORDS)
    codes = [
        *SESSION_KINDS.values(),
        *FEEDBACK_SOURCES.values(),
        *(f"pdf.outcome.{outcome.value}" for outcome in ObjectiveOutcome),
        *(f"pdf.file_kind.{kind}" for kind in FILE_KINDS.values()),
    ]
    assert [code for code in codes if code not in english] == []


def test_dates_numbers_and_times_in_each_language() -> None:
    words = Words("both", {})
    assert long_date(date(2026, 12, 2), "cy") == "2 Rhagfyr 2026"
    assert long_date(date(2026, 12, 2), "en") == "2 December 2026"
    assert words.date(date(2026, 12, 2)) == "2 Rhagfyr / December 2026"
    assert Words("cy", {}).date(date(2026, 7, 1)) == "1 Gorffennaf 2026"
    assert words("pdf.summary.reflections", count=2) == "2 fyfyrdod / 2 reflections"
    assert words("pdf.summary.reflections", count=3) == "3 myfyrdod / 3 reflections"
    assert [hours(m, "cy") for m in (1, 2, 45, 60, 90, 720)] == [
        "1 funud",
        "2 funud",
        "45 munud",
        "1 awr",
        "1.5 awr",
        "12 awr",
    ]
    assert [hours(m) for m in (1, 45, 60, 90)] == ["1 minute", "45 minutes", "1 hour", "1.5 hours"]


# -- the fonts -----------------------------------------------------------------------------


def test_every_face_of_the_font_has_the_welsh_letters() -> None:
    fonts.register_fonts()
    for face in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        font = pdfmetrics.getFont(face)
        missing = [
            letter
            for letter in everything.WELSH_LETTERS.replace(" ", "")
            if not font.face.charToGlyph.get(ord(letter))
        ]
        assert missing == [], face


def _every_style(styles: Styles) -> list[ParagraphStyle]:
    found: list[ParagraphStyle] = []
    for field in fields(styles):
        value = getattr(styles, field.name)
        found += list(value) if isinstance(value, tuple) else [value]
    # and the styles of a bilingual document's Welsh line and its English below
    return found + [first_style(s) for s in found] + [second_style(s) for s in found]


def test_the_welsh_letters_print_in_every_style_of_the_pdf(tmp_path: Path) -> None:
    """Each style's paragraph of Welsh letters comes back out of the PDF, in an embedded
    font whose glyphs for them are real (not the empty box of a missing letter)."""
    fonts.register_fonts()
    styles = _every_style(make_styles())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, initialFontName=fonts.REGULAR)
    document.build([Paragraph(everything.WELSH_LETTERS, style) for style in styles])
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert text.count(everything.WELSH_LETTERS) == len(styles)
    used = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            used.add(str(font["/BaseFont"]).split("+")[-1])
    assert {fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC} <= used

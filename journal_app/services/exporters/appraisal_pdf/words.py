"""The words of the appraisal PDF, in the language chosen for that export.

Every fixed word the PDF prints is a catalogue message (``pdf.*`` in
``resources/messages/<language>.toml``), rendered here in the document's language rather
than the app's: someone who uses the app in English may hand a Welsh appraiser a Welsh
document. A document is in English, in Welsh, or in both. In both, Welsh comes first, as
Welsh public bodies set their documents: a label or a heading reads "Crynodeb / Summary",
and a sentence or a paragraph is given in Welsh with the English after it in a quieter
style (see :mod:`.bilingual`). What the person wrote is printed as written.

A date standing on its own in a bilingual document names the month in both languages
("2 Rhagfyr / December 2026"); inside a sentence each language has its own date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from journal_app.core.localised import long_date, month_name, short_month_name
from journal_app.core.messages import Message, render, text
from journal_app.core.periods import Period

if TYPE_CHECKING:
    from journal_app.core.frameworks import Framework
    from journal_app.services.exporters.appraisal_pdf.content import PdfCatalogue

ENGLISH = "en"
WELSH = "cy"
BOTH = "both"
#: the choices of language for a PDF, in the order they are offered
PDF_LANGUAGES = (ENGLISH, WELSH, BOTH)
#: between the Welsh and the English of a short label in a bilingual document
SEPARATOR = " / "

#: a value that reads differently in each language (a date inside a sentence): it is
#: called with the language the sentence is being written in
PerLanguage = Callable[[str], object]


def languages_of(choice: str) -> tuple[str, ...]:
    """The languages a document in ``choice`` is written in, in the order it gives them."""
    return (WELSH, ENGLISH) if choice == BOTH else (choice,)


class Words:
    """The PDF's fixed words in the document's language(s), and the frameworks and
    templates in each of them (``catalogues``: one catalogue per language)."""

    def __init__(self, choice: str, catalogues: Mapping[str, PdfCatalogue]) -> None:
        self.choice = choice
        self.languages = languages_of(choice)
        self._catalogues = dict(catalogues)

    @classmethod
    def for_export(cls, choice: str, catalogue: PdfCatalogue) -> Words:
        """The words of a document in ``choice``, with ``catalogue`` in each of its
        languages."""
        return cls(choice, {lang: catalogue.in_language(lang) for lang in languages_of(choice)})

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def first(self) -> str:
        """The language the document gives first (and its frameworks' structure comes in)."""
        return self.languages[0]

    @property
    def pdf_language(self) -> str:
        """The document's natural language for PDF readers and screen readers."""
        return "cy-GB" if self.first == WELSH else "en-GB"

    # -- the catalogues ----------------------------------------------------------------------

    def catalogue(self, language: str | None = None) -> PdfCatalogue:
        return self._catalogues[language or self.first]

    def framework(self, framework_id: str, language: str) -> Framework:
        """A framework with its words in ``language`` (titles stay English where its
        official titles exist only in English)."""
        return self.catalogue(language).framework(framework_id)

    # -- words -------------------------------------------------------------------------------

    def each(self, code: str, /, **params: object) -> list[str]:
        """The message ``code`` in each of the document's languages, Welsh first.

        A parameter that is a function is called with the language first (a date inside
        a sentence); a ``Message`` parameter is rendered in that language.
        """
        return [
            text(code, language, **{k: _in(v, language) for k, v in params.items()})
            for language in self.languages
        ]

    def __call__(self, code: str, /, **params: object) -> str:
        """The message ``code`` as one label: "Crynodeb / Summary" in both languages."""
        return self.join(self.each(code, **params))

    def per_language(self, say: Callable[[str], str]) -> list[str]:
        """What ``say(language)`` gives in each of the document's languages."""
        return [say(language) for language in self.languages]

    def join(self, said: Sequence[str]) -> str:
        """Versions of one label in one line, each said once ("PDF" is the same in both)."""
        return SEPARATOR.join(dict.fromkeys(said))

    def render_each(self, message: Message) -> list[str]:
        """A message from the rest of the app in each of the document's languages."""
        return [render(message, language) for language in self.languages]

    # -- dates and periods -------------------------------------------------------------------

    def date(self, day: date) -> str:
        """A date standing alone: "2 Rhagfyr 2026"; in both languages, "2 Rhagfyr /
        December 2026"."""
        if not self.bilingual:
            return long_date(day, self.first)
        months = self.join([month_name(day.month, language) for language in self.languages])
        return f"{day.day} {months} {day.year}"

    def period(self, period: Period) -> str:
        """A period standing alone, in each language: "1 Ebrill 2026 i 31 Mawrth 2027 /
        1 April 2026 to 31 March 2027"."""
        return self.join(self.per_language(lambda language: period_in(period, language)))

    def short_month(self, month: int) -> str:
        return self.join([short_month_name(month, language) for language in self.languages])


def date_in(day: date) -> PerLanguage:
    """``day`` for a sentence: written in the sentence's own language."""
    return lambda language: long_date(day, language)


def period_in(period: Period, language: str) -> str:
    """``period`` in words in ``language``: "1 April 2026 to 31 March 2027"."""
    return text(
        "pdf.period",
        language,
        start=long_date(period.start, language),
        end=long_date(period.end, language),
    )


def _in(value: object, language: str) -> object:
    return value(language) if callable(value) else value

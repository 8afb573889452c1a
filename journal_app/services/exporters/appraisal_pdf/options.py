"""What the user chooses before producing an appraisal PDF.

The defaults are the safe ones: the current appraisal year, the KSS for practice leaders,
shareable and finished reflections only, in full, in the app's language. Private reflections
and drafts are left out unless the user asks for them; a private reflection is never exported
by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from journal_app.core.errors import InvalidInputError
from journal_app.core.messages import Message, current_language
from journal_app.core.models import Entry, EntryFilter, Status, Visibility
from journal_app.core.periods import Period
from journal_app.services.exporters.appraisal_pdf.words import ENGLISH, PDF_LANGUAGES

APP_NAME = "Reflective Supervision Journal"
DEFAULT_FRAMEWORK = "kss-pl"
MAX_PERSON_FIELD = 120


def app_language() -> str:
    """The PDF's language when none is chosen: the app's, if a PDF can be in it."""
    language = current_language()
    return language if language in PDF_LANGUAGES else ENGLISH


@dataclass(frozen=True)
class AppraisalOptions:
    """Every choice behind one appraisal PDF.

    ``password`` (if any) protects the file with AES-256; it is never shown in ``repr``.
    ``produced_on`` is the date printed on the cover and used for "overdue".
    """

    period: Period
    framework_ids: tuple[str, ...] = (DEFAULT_FRAMEWORK,)
    include_private: bool = False
    include_drafts: bool = False
    full_text: bool = True
    name: str = ""
    role: str = ""
    employer: str = ""
    appraiser: str = ""
    password: str | None = field(default=None, repr=False)
    produced_on: date = field(default_factory=date.today)
    #: the period's appraisal workspace (self-assessment, objectives, plan, feedback)
    include_appraisal: bool = True
    #: attach the evidence files to the PDF (asked for each export: the identifier check
    #: cannot read inside them)
    attach_evidence: bool = False
    #: a short document for an appraiser who will not read thirty pages: the summary, the
    #: charts, the person's own words, and one line per reflection instead of its text
    short_document: bool = False
    #: the document's language: "en", "cy", or "both" (Welsh first, then English)
    language: str = field(default_factory=app_language)

    def __post_init__(self) -> None:
        if not self.framework_ids:
            raise InvalidInputError("appraisal.no_framework")
        if len(set(self.framework_ids)) != len(self.framework_ids):
            raise InvalidInputError("appraisal.framework_twice")
        for label, value in (
            ("name", self.name),
            ("role", self.role),
            ("employer", self.employer),
            ("appraiser", self.appraiser),
        ):
            if len(value) > MAX_PERSON_FIELD or "\n" in value:
                raise InvalidInputError(f"appraisal.{label}_too_long", limit=MAX_PERSON_FIELD)
        if self.password is not None and not self.password:
            raise InvalidInputError("appraisal.empty_password")
        if self.language not in PDF_LANGUAGES:
            raise InvalidInputError(
                "appraisal.unknown_language",
                language=self.language[:20],
                allowed=", ".join(PDF_LANGUAGES),
            )

    def entry_filter(self) -> EntryFilter:
        """The journal filter for the reflections this PDF may contain."""
        return EntryFilter(
            date_from=self.period.start,
            date_to=self.period.end,
            visibility=None if self.include_private else Visibility.SHAREABLE,
            status=None if self.include_drafts else Status.FINAL,
        )

    def wants(self, entry: Entry) -> bool:
        """Whether ``entry`` belongs in the PDF (checked again on every entry, belt and braces)."""
        if entry.in_trash or not self.period.contains(entry.event_date):
            return False
        if entry.visibility is Visibility.PRIVATE and not self.include_private:
            return False
        return entry.status is not Status.DRAFT or self.include_drafts

    @property
    def what_is_included(self) -> Message:
        """Which reflections are in the PDF, in words, for the cover and summary."""
        drafts = "with_drafts" if self.include_drafts else "finished"
        kinds = "all" if self.include_private else "shareable"
        if self.short_document:
            detail = "one_line"
        else:
            detail = "in_full" if self.full_text else "as_summaries"
        return Message(f"pdf.included.{kinds}_{drafts}", detail=Message(f"pdf.included.{detail}"))

"""Everything that takes reflections out of the journal, or brings them back in.

The desktop app (on a worker thread) and the CLI call the same methods: the appraisal PDF,
the identifier check over exactly what a PDF would contain, JSON export and import,
Markdown export and the Social Work England CPD view of one reflection. Every export
builds its output in memory and writes it atomically to the chosen path only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from journal_app.core.appraisal import Appraisal
from journal_app.core.catalogue import Catalogue
from journal_app.core.cpd import CPD_TEMPLATE_ID, CpdStatus, cpd_status
from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.evidence import EvidenceFile, OwnerKind
from journal_app.core.identifiers import ProtectedMatcher
from journal_app.core.messages import Message
from journal_app.core.models import Entry, EntryDraft, EntryFilter, Status, Visibility
from journal_app.core.periods import Period, registration_year
from journal_app.services.appraisals import Appraisals
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.exporters.appraisal_pdf.entry_block import template_title
from journal_app.services.exporters.appraisal_pdf.exporter import AppraisalPdfExporter
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.cpd_view import CpdRecord, cpd_record
from journal_app.services.exporters.errors import ExportCancelled, ImportRejected
from journal_app.services.exporters.json_evidence import ImportedFile
from journal_app.services.exporters.json_export import JsonExporter
from journal_app.services.exporters.json_import import (
    ImportedEntry,
    ImportedJournal,
    read_import_file,
)
from journal_app.services.exporters.markdown_export import MarkdownExporter, markdown_language
from journal_app.services.exporters.registry import (
    Cancelled,
    ExportResult,
    Progress,
    never_cancelled,
    no_progress,
)
from journal_app.services.follow_ups import FollowUps
from journal_app.services.journal import JournalService, NewEntry
from journal_app.services.preferences import load_preferences
from journal_app.services.privacy import (
    EntryFindings,
    PlacedFindings,
    appraisal_places,
    check_entries,
    check_entry,
    check_places,
    follow_up_place,
    review_places,
)
from journal_app.services.protected_names import ProtectedNames
from journal_app.store.database import InTransaction, in_order


class DuplicatePolicy(StrEnum):
    """What an import does with a reflection whose id is already in the journal."""

    SKIP = "skip"  # import the others and report the duplicates
    REJECT = "reject"  # import nothing if any is a duplicate


@dataclass(frozen=True)
class SkippedEntry:
    """A reflection in an import file that the journal already has."""

    id: str
    title: str
    same_content: bool  # False: the journal's copy differs (edited since the export?)


@dataclass(frozen=True)
class ImportReport:
    """What an import did: the ids it added and the duplicates it left alone; likewise the
    appraisal workspaces (one whose id or period the journal already has is left alone)."""

    imported: tuple[str, ...]
    skipped: tuple[SkippedEntry, ...]
    appraisals_imported: tuple[str, ...] = ()
    appraisals_skipped: tuple[str, ...] = ()
    evidence_imported: tuple[str, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    """Reflections in an appraisal period that the chosen options leave out, and why.

    ``drafts`` and ``private`` count the reflections left out for that reason (one that is
    both a draft and private counts in each); ``total`` counts each reflection once.
    """

    total: int = 0
    drafts: int = 0
    private: int = 0


class ExportService:
    """Exports and imports for one unlocked journal."""

    def __init__(
        self,
        journal: JournalService,
        catalogue: Catalogue,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._journal = journal
        self._catalogue = catalogue
        self._today = today
        self._appraisals = Appraisals(journal.database, catalogue)
        self._evidence = EvidenceFiles(journal.database)

    # -- the appraisal PDF ------------------------------------------------------------------

    def appraisal_entries(self, options: AppraisalOptions) -> list[Entry]:
        """Exactly the reflections an appraisal PDF with ``options`` contains, oldest first."""
        for framework_id in options.framework_ids:
            self._catalogue.framework(framework_id)  # an unknown id fails before any work
        return [e for e in self._journal.entries(options.entry_filter()) if options.wants(e)]

    def left_out(self, options: AppraisalOptions) -> LeftOut:
        """How many reflections in the period the PDF leaves out, as drafts and as private
        ones, so the person sees why and can include them."""
        period = EntryFilter(date_from=options.period.start, date_to=options.period.end)
        total = self._journal.count(period) - self._journal.count(options.entry_filter())
        drafts = (
            0
            if options.include_drafts
            else self._journal.count(replace(period, status=Status.DRAFT))
        )
        private = (
            0
            if options.include_private
            else self._journal.count(replace(period, visibility=Visibility.PRIVATE))
        )
        return LeftOut(total, drafts, private)

    def findings_for_export(self, options: AppraisalOptions) -> list[EntryFindings]:
        """The identifier check over the reflections the PDF would contain (only those with
        findings, oldest first), so the user can fix, leave out or accept them first."""
        entries = self.appraisal_entries(options)
        return check_entries(entries, today=self._today(), protected=self._protected())

    def appraisal_for(
        self, options: AppraisalOptions
    ) -> tuple[Appraisal | None, Appraisal | None]:
        """The appraisal workspace a PDF with ``options`` shows, and the one before it (whose
        plan it reviews): the workspace of exactly the period, else the latest one that
        overlaps it; ``(None, None)`` when there is none or it is not wanted."""
        if not options.include_appraisal:
            return None, None
        period = options.period
        found = self._appraisals.find(period)
        if found is None:
            overlapping = [
                a
                for a in self._appraisals.list()
                if a.period.start <= period.end and period.start <= a.period.end
            ]
            found = overlapping[-1] if overlapping else None
        if found is None:
            return None, None
        return found, self._appraisals.previous(found)

    def evidence_for_pdf(
        self, entries: list[Entry], appraisal: Appraisal | None
    ) -> list[EvidenceFile]:
        """The evidence files an appraisal PDF lists: those of its reflections, then the
        appraisal's own."""
        files = self._evidence.list(OwnerKind.REFLECTION, [e.id for e in entries])
        if appraisal is not None:
            files += self._evidence.list(OwnerKind.APPRAISAL, [appraisal.id])
        return files

    def appraisal_findings_for_export(self, options: AppraisalOptions) -> list[PlacedFindings]:
        """The identifier check over what a PDF with ``options`` prints beyond the
        reflections themselves (their follow-ups, the appraisal workspace), one item per
        piece of text with something found."""
        appraisal, previous = self.appraisal_for(options)
        # follow-ups print with their reflections, workspace or not
        entries = self.appraisal_entries(options)
        written = FollowUps(self._journal).for_entries([e.id for e in entries])
        texts: list[tuple[str, str]] = [
            (follow_up_place(e.title), written[e.id].text) for e in entries if e.id in written
        ]
        if appraisal is not None:
            texts += appraisal_places(appraisal, self._catalogue)
        if previous is not None:
            texts += review_places(previous)
        return check_places(texts, today=self._today(), protected=self._protected())

    def _protected(self) -> ProtectedMatcher:
        # read at every check: the person may have added a name since the last one
        return ProtectedNames(self._journal.database).matcher()

    def cpd_status_for(self, options: AppraisalOptions) -> CpdStatus | None:
        """CPD progress for the registration year holding the end of the appraisal period
        (or today, if the period has not ended), counted over every CPD record.

        ``None`` for someone registered only with Social Care Wales: Social Work England's
        rule is not theirs, so the PDF leaves that section out.
        """
        try:
            registered = load_preferences(self._journal.database).registered_with
        except JournalError:
            registered = "swe"
        if registered == "scw":
            return None
        anchor = min(options.period.end, self._today())
        year = registration_year(anchor)
        records = self._journal.entries(
            EntryFilter(date_from=year.start, date_to=year.end, template_id=CPD_TEMPLATE_ID)
        )
        return cpd_status(records, anchor)

    def appraisal_pdf(
        self,
        options: AppraisalOptions,
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Write the appraisal PDF to ``destination`` (see the appraisal_pdf package)."""
        entries = self.appraisal_entries(options)
        appraisal, previous = self.appraisal_for(options)
        files = self.evidence_for_pdf(entries, appraisal)
        evidence = [
            (described, self._evidence.data(described.id) if options.attach_evidence else None)
            for described in files
        ]
        follow_ups = FollowUps(self._journal).for_entries([e.id for e in entries])
        exporter = AppraisalPdfExporter(
            self._catalogue,
            options,
            self.cpd_status_for(options),
            appraisal,
            previous,
            evidence,
            follow_ups,
        )
        return exporter.export(entries, destination, progress, cancelled)

    # -- open formats -----------------------------------------------------------------------

    def _entries_in(self, period: Period | None) -> list[Entry]:
        if period is None:
            return list(self._journal.entries(EntryFilter()))
        return list(self._journal.entries(EntryFilter(date_from=period.start, date_to=period.end)))

    def _appraisals_in(self, period: Period | None) -> list[Appraisal]:
        """The appraisal workspaces an export of ``period`` carries: those overlapping it."""
        return [
            a
            for a in self._appraisals.list()
            if period is None or (a.period.start <= period.end and period.start <= a.period.end)
        ]

    def _evidence_of(
        self, entries: list[Entry], appraisals: list[Appraisal]
    ) -> list[tuple[EvidenceFile, bytes]]:
        """The evidence files of these reflections and appraisals, with their bytes."""
        wanted = [
            *self._evidence.list(OwnerKind.REFLECTION, [e.id for e in entries]),
            *self._evidence.list(OwnerKind.APPRAISAL, [a.id for a in appraisals]),
        ]
        return [(described, self._evidence.data(described.id)) for described in wanted]

    def export_json(
        self,
        destination: Path,
        period: Period | None = None,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Every reflection (or those in ``period``), private ones included, as one JSON file.

        This is the user's own copy of their writing, so nothing is filtered out but the trash.
        """
        entries = self._entries_in(period)
        appraisals = self._appraisals_in(period)
        evidence = self._evidence_of(entries, appraisals)
        follow_ups = FollowUps(self._journal).all_for([e.id for e in entries])
        exporter = JsonExporter(period, appraisals, evidence, follow_ups)
        return exporter.export(entries, destination, progress, cancelled)

    def export_markdown(
        self,
        destination: Path,
        period: Period | None = None,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        language: str | None = None,
    ) -> ExportResult:
        """One Markdown file per reflection (private ones included, as for JSON) into a
        folder, or into a ``.zip`` if the path ends so. The files' own words (headings,
        labels, dates) are in ``language``, by default the app's, as for the appraisal PDF;
        so are the frameworks' domain titles."""
        language = markdown_language(language)
        titles = self._catalogue.in_language(language)
        entries = self._entries_in(period)
        exporter = MarkdownExporter(titles, self._appraisals_in(period), language)
        return exporter.export(entries, destination, progress, cancelled)

    def import_json(
        self,
        source: Path,
        duplicates: DuplicatePolicy = DuplicatePolicy.SKIP,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ImportReport:
        """Import a JSON export, all or nothing.

        The whole file is checked first (:class:`ImportRejected` names the field and line of
        any fault). Reflections whose id is already in the journal are skipped and reported,
        or, with ``DuplicatePolicy.REJECT``, stop the import before anything is added. All
        the reflections are written in one transaction: a full disk, a cancel or a crash
        part-way leaves the journal as it was.
        """
        found = read_import_file(source, self._catalogue)
        entries = found.entries
        appraisals, appraisals_skipped = self._appraisals_to_add(source.name, found.appraisals)
        files = self._evidence_to_add(source.name, found)
        skipped = tuple(self._duplicate(e) for e in entries if self._journal.exists(e.id))
        if skipped and duplicates is DuplicatePolicy.REJECT:
            raise ImportRejected(
                source.name,
                "",
                Message("import.already_in_journal", number=len(skipped), id=skipped[0].id),
            )
        skipped_ids = {s.id for s in skipped}
        wanted = [e for e in entries if e.id not in skipped_ids]
        write_appraisals = self._appraisals.writer(appraisals)
        write_files = self._evidence.writer(files)
        new_ids = {e.id for e in wanted}  # a skipped reflection keeps its own follow-up
        write_follow_ups = FollowUps.writer([f for f in found.follow_ups if f.entry_id in new_ids])

        write_the_rest = in_order(write_appraisals, write_files, write_follow_ups)
        added = self._add_all(wanted, progress, cancelled, write_the_rest)
        return ImportReport(
            added,
            skipped,
            tuple(a.id for a in appraisals),
            tuple(appraisals_skipped),
            tuple(f.file.id for f in files),
        )

    def _evidence_to_add(self, source_name: str, found: ImportedJournal) -> list[ImportedFile]:
        """The file's evidence files the journal does not have yet, each belonging to a
        reflection or appraisal in the file or the journal (else the import is refused)."""
        have = {f.id for f in self._evidence.list()}
        owners = {
            OwnerKind.REFLECTION: {e.id for e in found.entries},
            OwnerKind.APPRAISAL: {a.id for a in found.appraisals},
        }
        have_appraisals = {a.id for a in self._appraisals.list()}
        wanted: list[ImportedFile] = []
        for position, item in enumerate(found.evidence):
            described = item.file
            if described.id in have:
                continue
            known = described.owner_id in owners[described.owner_kind] or (
                self._journal.exists(described.owner_id)
                if described.owner_kind is OwnerKind.REFLECTION
                else described.owner_id in have_appraisals
            )
            if not known:
                raise ImportRejected(
                    source_name,
                    f"evidence_files[{position}].owner_id",
                    Message(f"import.evidence_owner_missing.{described.owner_kind.value}"),
                )
            wanted.append(item)
        try:
            self._evidence.check_room_for(wanted)
        except InvalidInputError as exc:
            raise ImportRejected(source_name, "evidence_files", exc.message) from None
        return wanted

    def _appraisals_to_add(
        self, source_name: str, found: tuple[Appraisal, ...]
    ) -> tuple[list[Appraisal], list[str]]:
        """The file's workspaces checked by the appraisal service's own rules, less those the
        journal has (same id or same period): ``(to add, ids left alone)``."""
        have = self._appraisals.list()
        have_ids = {a.id for a in have}
        have_periods = {a.period for a in have}
        have_items = {item_id for a in have for item_id in a.item_ids()}
        to_add: list[Appraisal] = []
        left: list[str] = []
        for position, appraisal in enumerate(found):
            if appraisal.id in have_ids or appraisal.period in have_periods:
                left.append(appraisal.id)
                continue
            try:
                checked = self._appraisals.checked(appraisal)
            except InvalidInputError as exc:
                raise ImportRejected(source_name, f"appraisals[{position}]", exc.message) from None
            if any(item_id in have_items for item_id in checked.item_ids()):
                raise ImportRejected(
                    source_name, f"appraisals[{position}]", Message("import.appraisal_item_in_use")
                )
            to_add.append(checked)
        return to_add, left

    def _duplicate(self, imported: ImportedEntry) -> SkippedEntry:
        existing = self._journal.get(imported.id)
        same = _comparable(existing.to_draft()) == _comparable(imported.draft)
        return SkippedEntry(imported.id, existing.title, same)

    def _add_all(
        self,
        entries: list[ImportedEntry],
        progress: Progress,
        cancelled: Cancelled,
        also: InTransaction,
    ) -> tuple[str, ...]:
        def stop_if_cancelled() -> None:
            if cancelled():
                raise ExportCancelled("import.cancelled")

        wanted = [NewEntry(e.draft, e.id, e.created_at, e.updated_at) for e in entries]
        added = self._journal.create_all(wanted, progress, stop_if_cancelled, also=also)
        return tuple(added)

    # -- Social Work England CPD ------------------------------------------------------------

    def cpd_fields(self, entry_id: str) -> CpdRecord:
        """The fields of Social Work England's CPD form for one reflection."""
        return self._cpd_record(self._journal.get(entry_id))

    def cpd_copy(self, entry_id: str) -> tuple[CpdRecord, EntryFindings]:
        """What the CPD copy view shows, from one read of the reflection: its form fields
        (as :meth:`cpd_fields`) and the identifier check over it, since pasting it into
        Social Work England's website takes it outside the journal as much as a PDF does."""
        entry = self._journal.get(entry_id)
        found = check_entry(entry, today=self._today(), protected=self._protected())
        return self._cpd_record(entry), found

    def _cpd_record(self, entry: Entry) -> CpdRecord:
        if entry.in_trash:
            raise InvalidInputError("cpd.in_trash")
        return cpd_record(entry, template_title(self._catalogue, entry.template_id))


def _comparable(draft: EntryDraft) -> EntryDraft:
    # the journal tidies spaces in titles on save; compare what it would store
    return replace(draft, title=" ".join(draft.title.split()))

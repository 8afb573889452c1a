"""What the appraisal PDF says, worked out before any page is laid out.

Coverage per framework, where each reflection is written in full (its first domain in the
chosen order; everywhere else it is cross-referenced), supervision time by kind of session,
and the actions and learning goals, all from the reflections chosen for the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from journal_app.core.appraisal import Appraisal
from journal_app.core.coverage import Coverage, DomainCoverage, compute_coverage
from journal_app.core.cpd import CpdStatus
from journal_app.core.follow_up import FollowUp
from journal_app.core.frameworks import Framework
from journal_app.core.models import Action, Entry, SessionKind, Tag
from journal_app.core.templates import Template
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.exporters.appraisal_pdf.words import Words


class PdfCatalogue(Protocol):
    """The parts of the catalogue the PDF needs."""

    def framework(self, framework_id: str) -> Framework: ...

    def template(self, template_id: str) -> Template: ...

    def domain_title(self, tag: Tag) -> str: ...

    def in_language(self, language: str) -> PdfCatalogue:
        """The same frameworks and templates with their words in ``language``."""
        ...


@dataclass(frozen=True)
class FrameworkEvidence:
    """One chosen framework and the period's coverage of it."""

    framework: Framework
    coverage: Coverage

    @property
    def covered(self) -> int:
        return sum(1 for d in self.coverage.domains if d.entry_count)

    def in_language(self, words: Words, language: str) -> FrameworkEvidence:
        """The same evidence with the framework's words (its domains' titles) in
        ``language``: a bilingual document names a domain in each language."""
        framework = words.framework(self.framework.id, language)
        if framework is self.framework:
            return self
        titles = {domain.code: domain.title for domain in framework.domains}

        def named(domain: DomainCoverage) -> DomainCoverage:
            return replace(domain, title=titles.get(domain.code, domain.title))

        coverage = replace(
            self.coverage,
            domains=tuple(named(d) for d in self.coverage.domains),
            gaps=tuple(named(d) for d in self.coverage.gaps),
        )
        return FrameworkEvidence(framework, coverage)


@dataclass(frozen=True)
class SupervisionTime:
    """Sessions and minutes of one kind of supervision in the period."""

    kind: SessionKind
    sessions: int
    minutes: int


@dataclass(frozen=True)
class ActionRow:
    """An action or learning goal with the reflection it came from."""

    action: Action
    entry: Entry


@dataclass(frozen=True)
class AppraisalContent:
    """Everything the PDF shows, in the order it shows it."""

    options: AppraisalOptions
    entries: tuple[Entry, ...]
    evidence: tuple[FrameworkEvidence, ...]
    home: dict[str, tuple[str, str]]  # entry id -> (framework id, domain code)
    other_entries: tuple[Entry, ...]  # evidence none of the chosen domains
    supervision: tuple[SupervisionTime, ...]
    actions: tuple[ActionRow, ...]
    cpd: CpdStatus | None
    by_id: dict[str, Entry]
    #: the appraisal workspace of the period, and the one before (whose plan is reviewed)
    appraisal: Appraisal | None = None
    previous: Appraisal | None = None
    #: what changed since, by reflection id: printed after the reflection
    follow_ups: dict[str, FollowUp] = field(default_factory=dict)
    #: the document's fixed words, in its language(s)
    words: Words = field(default_factory=lambda: Words("en", {}))


def _homes(
    entries: Sequence[Entry], evidence: Sequence[FrameworkEvidence]
) -> dict[str, tuple[str, str]]:
    homes: dict[str, tuple[str, str]] = {}
    for item in evidence:
        for domain in item.coverage.domains:
            for entry_id in domain.entry_ids:
                homes.setdefault(entry_id, (item.framework.id, domain.code))
    return homes


def _supervision(entries: Sequence[Entry]) -> tuple[SupervisionTime, ...]:
    sessions: dict[SessionKind, list[int]] = {}
    for entry in entries:
        context = entry.supervision
        if context is not None:
            counts = sessions.setdefault(context.session_kind, [0, 0])
            counts[0] += 1
            counts[1] += context.duration_minutes or 0
    return tuple(
        SupervisionTime(kind, *sessions[kind]) for kind in SessionKind if kind in sessions
    )


def _action_order(row: ActionRow, today_ordinal: int) -> tuple[int, int, int]:
    action = row.action
    if action.done_date is not None:
        return (3, -action.done_date.toordinal(), row.entry.event_date.toordinal())
    if action.due_date is None:
        return (2, 0, row.entry.event_date.toordinal())
    group = 0 if action.due_date.toordinal() < today_ordinal else 1
    return (group, action.due_date.toordinal(), row.entry.event_date.toordinal())


def gather(
    entries: Sequence[Entry],
    catalogue: PdfCatalogue,
    options: AppraisalOptions,
    cpd: CpdStatus | None,
    appraisal: Appraisal | None = None,
    previous: Appraisal | None = None,
    follow_ups: dict[str, FollowUp] | None = None,
    words: Words | None = None,
) -> AppraisalContent:
    """Work out the PDF's content from the chosen reflections (oldest first) and the
    period's appraisal workspace, if there is one. Frameworks come in the document's
    first language (``words``; by default, as ``options.language`` says)."""
    words = words or Words.for_export(options.language, catalogue)
    chosen = tuple(e for e in entries if options.wants(e))
    evidence = tuple(
        FrameworkEvidence(fw, compute_coverage(chosen, fw, options.period))
        for fw in (words.catalogue().framework(fid) for fid in options.framework_ids)
    )
    homes = _homes(chosen, evidence)
    today = options.produced_on.toordinal()
    actions = sorted(
        (ActionRow(action, entry) for entry in chosen for action in entry.actions),
        key=lambda row: _action_order(row, today),
    )
    return AppraisalContent(
        options=options,
        entries=chosen,
        evidence=evidence,
        home=homes,
        other_entries=tuple(e for e in chosen if e.id not in homes),
        supervision=_supervision(chosen),
        actions=tuple(actions),
        cpd=cpd,
        by_id={entry.id: entry for entry in chosen},
        appraisal=appraisal,
        previous=previous,
        follow_ups={k: v for k, v in (follow_ups or {}).items() if k in {e.id for e in chosen}},
        words=words,
    )

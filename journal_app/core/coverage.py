"""How well a period's reflections evidence each domain of a framework.

Coverage is what a practice leader takes to appraisal: which domains of the knowledge and
skills statement their reflections speak to, how recently, and where the gaps are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from journal_app.core.frameworks import Domain, Framework
from journal_app.core.messages import Message
from journal_app.core.models import Entry
from journal_app.core.periods import Period


@dataclass(frozen=True)
class DomainCoverage:
    """The reflections in a period that evidence one domain, oldest first."""

    code: str
    title: str
    entry_count: int
    latest: date | None
    entry_ids: tuple[str, ...]

    @property
    def label(self) -> str:
        """Code and title together, e.g. ``3 Designing a system to support effective practice``."""
        return f"{self.code} {self.title}"


@dataclass(frozen=True)
class MonthCoverage:
    """How many reflections in one calendar month evidence each domain (code -> count).

    Every domain of the framework has a key, zeros included, so a chart needs no defaults.
    """

    year: int
    month: int
    # A mapping cannot be hashed; leaving it out of the hash keeps the dataclass hashable.
    counts: Mapping[str, int] = field(hash=False)


@dataclass(frozen=True)
class Coverage:
    """A framework's domains against a period's reflections.

    ``total_entries`` counts every reflection in the period; ``tagged_entries`` those with at
    least one tag to a domain this framework still has.
    """

    framework_id: str
    framework_version: str
    period: Period
    domains: tuple[DomainCoverage, ...]
    gaps: tuple[DomainCoverage, ...]
    by_month: tuple[MonthCoverage, ...]
    total_entries: int
    tagged_entries: int
    #: (version, number of tags) for this framework's tags in the period, newest first
    tags_by_version: tuple[tuple[str, int], ...] = ()

    def versions_in_words(self) -> str:
        """Which versions the tags belong to, when more than the current one is involved,
        e.g. ``Tags by version: 2026 (4), 2017 (2).``; empty when all are current."""
        if all(version == self.framework_version for version, _ in self.tags_by_version):
            return ""
        parts = ", ".join(f"{version} ({count})" for version, count in self.tags_by_version)
        return f"Tags by version: {parts}."

    @property
    def thin(self) -> tuple[DomainCoverage, ...]:
        """Domains evidenced by only one reflection: covered, but not by much."""
        return tuple(d for d in self.domains if d.entry_count == 1)


def _domain_codes(entry: Entry, framework: Framework, known: Mapping[str, Domain]) -> set[str]:
    # Tags carry the version they were made against; a revised framework keeps its id, so
    # older tags still count, in the domain the newer file says their code became. A code
    # the framework no longer has is skipped, not an error.
    codes: set[str] = set()
    for tag in entry.tags:
        if tag.framework_id != framework.id:
            continue
        code: str | None = tag.domain_code
        replaces = framework.replaces
        if replaces and tag.framework_version == replaces.version:
            code = replaces.new_code(tag.domain_code)
        if code is not None and code in known:
            codes.add(code)
    return codes


def _versions(entries: Iterable[Entry], framework_id: str) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for entry in entries:
        for tag in entry.tags:
            if tag.framework_id == framework_id:
                version = tag.framework_version or "?"
                counts[version] = counts.get(version, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: item[0], reverse=True))


def compute_coverage(entries: Iterable[Entry], framework: Framework, period: Period) -> Coverage:
    """Count, per domain and per month, the reflections in ``period`` tagged to ``framework``.

    Reflections in the trash or dated outside the period are left out. A reflection counts
    at most once per domain however many times it is tagged with it, and an entry passed in
    twice (same id) counts once.
    """
    known = {domain.code: domain for domain in framework.domains}
    in_period: dict[str, Entry] = {}
    for entry in entries:
        if not entry.in_trash and period.contains(entry.event_date):
            in_period.setdefault(entry.id, entry)

    # Oldest first, id as a tie-break, so entry_ids come out the same on every run.
    ordered = sorted(in_period.values(), key=lambda e: (e.event_date, e.id))
    per_domain: dict[str, list[Entry]] = {code: [] for code in known}
    month_counts: dict[tuple[int, int], dict[str, int]] = {
        ym: dict.fromkeys(known, 0) for ym in period.months()
    }
    tagged = 0
    for entry in ordered:
        codes = _domain_codes(entry, framework, known)
        if codes:
            tagged += 1
        month = month_counts[(entry.event_date.year, entry.event_date.month)]
        for code in codes:
            per_domain[code].append(entry)
            month[code] += 1

    domains = tuple(
        DomainCoverage(
            code=domain.code,
            title=domain.title,
            entry_count=len(per_domain[domain.code]),
            latest=per_domain[domain.code][-1].event_date if per_domain[domain.code] else None,
            entry_ids=tuple(e.id for e in per_domain[domain.code]),
        )
        for domain in framework.domains
    )
    by_month = tuple(
        MonthCoverage(year, month, MappingProxyType(counts))
        for (year, month), counts in month_counts.items()
    )
    return Coverage(
        framework_id=framework.id,
        framework_version=framework.version,
        period=period,
        domains=domains,
        gaps=tuple(d for d in domains if d.entry_count == 0),
        by_month=by_month,
        total_entries=len(ordered),
        tagged_entries=tagged,
        tags_by_version=_versions(ordered, framework.id),
    )


def _domains_phrase(count: int) -> Message:
    return Message("coverage.domains", count=count)


def _listing(domains: tuple[DomainCoverage, ...]) -> str:
    return "; ".join(d.label for d in domains)


def gaps_in_words(coverage: Coverage, *, include_thin: bool = True) -> Message:
    """Coverage gaps as a sentence or two for a person, e.g.

    ``No evidence yet for 2 of 6 domains: 3 Designing a system to support effective
    practice; 6 Quality assurance and improvement.`` With ``include_thin`` (the default),
    domains with a single reflection are named too, as "only one reflection".
    """
    total = len(coverage.domains)
    if total == 0:
        return Message("coverage.no_domains")
    gaps = coverage.gaps
    if not gaps:
        said = Message("coverage.every_domain")
    elif total == 1:
        said = Message("coverage.only_domain_missing", listing=_listing(gaps))
    elif len(gaps) == total:
        # Listing every domain would just repeat the framework back to the user.
        said = Message("coverage.all_missing", total=total)
    else:
        said = Message(
            "coverage.some_missing",
            missing=len(gaps),
            domains=_domains_phrase(total),
            listing=_listing(gaps),
        )
    thin = coverage.thin
    if not (include_thin and thin):
        return said
    if len(thin) == 1:
        also = Message("coverage.thin_one", listing=_listing(thin))
    else:
        also = Message(
            "coverage.thin_each", domains=_domains_phrase(len(thin)), listing=_listing(thin)
        )
    return Message("coverage.and_then", first=said, second=also)

"""Framework coverage over a period: counting, gaps, months and the words for them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.coverage import Coverage, compute_coverage, gaps_in_words
from journal_app.core.frameworks import Domain, Framework
from journal_app.core.models import Entry, Tag
from journal_app.core.periods import Period

STAMP = datetime(2026, 1, 1, 9, 0)
YEAR = Period(date(2026, 4, 1), date(2027, 3, 31))

TITLES = (
    "Lead and govern excellent practice",
    "Creating a context for excellent practice",
    "Designing a system to support effective practice",
    "Developing excellent practitioners",
    "Support effective decision-making",
    "Quality assurance and improvement",
)


def framework(
    codes: tuple[str, ...] = ("1", "2", "3", "4", "5", "6"), version: str = "2018"
) -> Framework:
    domains = tuple(
        Domain(code=code, title=TITLES[i % 6], summary="", prompts=(), keywords=())
        for i, code in enumerate(codes)
    )
    return Framework(
        id="kss-pl",
        title="Knowledge and skills statement for practice leaders",
        short_title="KSS practice leaders",
        publisher="Department for Education",
        year=2018,
        version=version,
        source="test",
        domains=domains,
    )


def entry(entry_id: str, on: date, *tags: Tag, trashed: bool = False) -> Entry:
    return Entry(
        id=entry_id,
        title=entry_id,
        body="",
        event_date=on,
        template_id="free-form",
        created_at=STAMP,
        updated_at=STAMP,
        tags=tags,
        deleted_at=STAMP if trashed else None,
    )


def kss(code: str, version: str = "2018") -> Tag:
    return Tag("kss-pl", code, version)


def counts(coverage: Coverage) -> dict[str, int]:
    return {d.code: d.entry_count for d in coverage.domains}


def test_empty_journal_has_every_domain_as_a_gap_and_every_month_at_zero() -> None:
    result = compute_coverage([], framework(), YEAR)
    assert (result.framework_id, result.framework_version) == ("kss-pl", "2018")
    assert result.total_entries == result.tagged_entries == 0
    assert [g.code for g in result.gaps] == ["1", "2", "3", "4", "5", "6"]
    assert all(d.latest is None and d.entry_ids == () for d in result.domains)
    assert [(m.year, m.month) for m in result.by_month] == list(YEAR.months())
    assert all(dict(m.counts) == dict.fromkeys("123456", 0) for m in result.by_month)
    assert str(gaps_in_words(result)) == "No evidence yet for any of the 6 domains in this period."


def test_counts_latest_and_entry_ids_oldest_first() -> None:
    entries = [
        entry("late", date(2026, 9, 1), kss("1")),
        entry("early", date(2026, 5, 1), kss("1"), kss("2")),
        entry("untagged", date(2026, 6, 1)),
        entry("other-framework", date(2026, 6, 2), Tag("pcf", "1", "2018")),
    ]
    result = compute_coverage(entries, framework(), YEAR)
    first = result.domains[0]
    assert (first.entry_count, first.latest, first.entry_ids) == (
        2,
        date(2026, 9, 1),
        ("early", "late"),
    )
    assert counts(result) == {"1": 2, "2": 1, "3": 0, "4": 0, "5": 0, "6": 0}
    assert result.total_entries == 4
    assert result.tagged_entries == 2


def test_trash_and_dates_outside_the_period_are_left_out() -> None:
    entries = [
        entry("binned", date(2026, 5, 1), kss("1"), trashed=True),
        entry("day-before", date(2026, 3, 31), kss("2")),
        entry("first-day", date(2026, 4, 1), kss("3")),
        entry("last-day", date(2027, 3, 31), kss("4")),
        entry("day-after", date(2027, 4, 1), kss("5")),
    ]
    result = compute_coverage(entries, framework(), YEAR)
    assert counts(result) == {"1": 0, "2": 0, "3": 1, "4": 1, "5": 0, "6": 0}
    assert result.total_entries == 2


def test_a_domain_tagged_twice_on_one_entry_counts_once() -> None:
    twice = entry("a", date(2026, 5, 1), kss("1"), kss("1"), kss("1", version="2017"))
    result = compute_coverage([twice, twice], framework(), YEAR)
    assert result.domains[0].entry_count == 1
    assert result.domains[0].entry_ids == ("a",)
    assert result.by_month[1].counts["1"] == 1
    assert result.total_entries == result.tagged_entries == 1


def test_tags_made_against_an_older_version_still_count() -> None:
    old = entry("a", date(2026, 5, 1), kss("5", version="2014"))
    result = compute_coverage([old], framework(version="2026"), YEAR)
    assert result.framework_version == "2026"
    assert counts(result)["5"] == 1


def test_a_domain_code_the_framework_no_longer_has_is_ignored() -> None:
    removed = entry("a", date(2026, 5, 1), kss("7"), kss("2"))
    only_removed = entry("b", date(2026, 5, 2), kss("9"))
    result = compute_coverage([removed, only_removed], framework(), YEAR)
    assert set(counts(result)) == set("123456")
    assert counts(result)["2"] == 1
    assert result.tagged_entries == 1
    assert all("7" not in m.counts for m in result.by_month)


def test_by_month_counts_across_the_new_year() -> None:
    entries = [
        entry("dec", date(2026, 12, 31), kss("1")),
        entry("jan-a", date(2027, 1, 1), kss("1"), kss("6")),
        entry("jan-b", date(2027, 1, 31), kss("1")),
    ]
    months = {
        (m.year, m.month): m.counts for m in compute_coverage(entries, framework(), YEAR).by_month
    }
    assert months[(2026, 12)]["1"] == 1
    assert months[(2027, 1)]["1"] == 2
    assert months[(2027, 1)]["6"] == 1
    assert months[(2027, 2)]["1"] == 0


def test_leap_day_entries_land_in_february() -> None:
    period = Period(date(2027, 4, 1), date(2028, 3, 31))
    result = compute_coverage([entry("leap", date(2028, 2, 29), kss("3"))], framework(), period)
    feb = next(m for m in result.by_month if (m.year, m.month) == (2028, 2))
    assert feb.counts["3"] == 1


def test_coverage_values_are_hashable_and_read_only() -> None:
    result = compute_coverage([], framework(), YEAR)
    hash(result.by_month[0])
    try:
        result.by_month[0].counts["1"] = 5  # type: ignore[index]
    except TypeError:
        pass
    else:
        raise AssertionError("month counts should be read-only")


# --- words ------------------------------------------------------------------------------


def covered(*codes: str, twice: tuple[str, ...] = ()) -> Coverage:
    entries = [entry(f"e{code}", date(2026, 5, 1), kss(code)) for code in codes]
    entries += [entry(f"f{code}", date(2026, 6, 1), kss(code)) for code in twice]
    return compute_coverage(entries, framework(), YEAR)


def test_gaps_plural() -> None:
    result = covered("1", "2", "4", "5", twice=("1", "2", "4", "5"))
    assert str(gaps_in_words(result)) == (
        "No evidence yet for 2 of 6 domains: 3 Designing a system to support effective "
        "practice; 6 Quality assurance and improvement."
    )


def test_gap_singular() -> None:
    result = covered("1", "2", "3", "4", "5", twice=("1", "2", "3", "4", "5"))
    assert str(gaps_in_words(result)) == (
        "No evidence yet for 1 of 6 domains: 6 Quality assurance and improvement."
    )


def test_no_gaps() -> None:
    result = covered(*"123456", twice=tuple("123456"))
    assert str(gaps_in_words(result)) == "Every domain has evidence in this period."


def test_thin_domains_are_mentioned_singular_and_plural() -> None:
    one_thin = covered(*"123456", twice=tuple("12345"))
    assert [d.code for d in one_thin.thin] == ["6"]
    assert str(gaps_in_words(one_thin)) == (
        "Every domain has evidence in this period. "
        "Only one reflection for 6 Quality assurance and improvement."
    )
    two_thin = covered("1", "2", "3", "4", twice=("1", "2"))
    assert str(gaps_in_words(two_thin)).endswith(
        "Only one reflection each for 2 domains: 3 Designing a system to support effective "
        "practice; 4 Developing excellent practitioners."
    )
    assert "Only one" not in str(gaps_in_words(two_thin, include_thin=False))


def test_single_domain_and_empty_frameworks() -> None:
    single = compute_coverage([], framework(codes=("1",)), YEAR)
    assert str(gaps_in_words(single)) == (
        "No evidence yet for the framework's only domain: 1 Lead and govern excellent practice."
    )
    empty = compute_coverage([entry("a", date(2026, 5, 1), kss("1"))], framework(()), YEAR)
    assert empty.domains == empty.gaps == ()
    assert str(gaps_in_words(empty)) == "This framework has no domains to evidence."


@given(st.lists(st.tuples(st.integers(0, 400), st.sets(st.sampled_from("1234567"))), max_size=15))
def test_month_totals_match_domain_totals(specs: list[tuple[int, set[str]]]) -> None:
    base = entry("x", YEAR.start)
    entries = [
        replace(
            base,
            id=f"e{i}",
            event_date=date.fromordinal(YEAR.start.toordinal() + offset),
            tags=tuple(kss(code) for code in codes),
        )
        for i, (offset, codes) in enumerate(specs)
    ]
    result = compute_coverage(entries, framework(), YEAR)
    for domain in result.domains:
        assert domain.entry_count == sum(m.counts[domain.code] for m in result.by_month)
        assert domain.entry_count == len(set(domain.entry_ids))
    assert result.tagged_entries <= result.total_entries
    assert {g.code for g in result.gaps} == {d.code for d in result.domains if not d.entry_count}


def test_coverage_names_the_versions_tags_belong_to() -> None:
    from journal_app.core.catalogue import Catalogue

    catalogue = Catalogue.builtin(today=date(2026, 12, 2))
    scw = catalogue.framework("scw")
    period = Period(date(2026, 4, 1), date(2027, 3, 31))
    entries = [
        entry("a", date(2026, 5, 1), Tag("scw", "3", "2017")),
        entry("b", date(2026, 8, 1), Tag("scw", "3", "2026")),
        entry("c", date(2026, 9, 1), Tag("scw", "6", "2026")),
    ]
    coverage = compute_coverage(entries, scw, period)
    # the 2017 tag counts in the section its code became in 2026
    assert {d.code: d.entry_count for d in coverage.domains}["3"] == 2
    assert coverage.tags_by_version == (("2026", 2), ("2017", 1))
    assert coverage.versions_in_words() == "Tags by version: 2026 (2), 2017 (1)."
    only_new = compute_coverage(entries[1:], scw, period)
    assert only_new.versions_in_words() == ""

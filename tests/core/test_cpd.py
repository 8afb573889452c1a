"""Social Work England CPD progress: counting records and saying what is still needed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.core.cpd import CpdStatus, cpd_status
from journal_app.core.cpd_rules import CpdRulesFileError, parse_rules, swe_rules
from journal_app.core.models import Entry, Section, Status
from journal_app.core.periods import Period, registration_year

STAMP = datetime(2026, 1, 1, 9, 0)
YEAR = Period(date(2025, 12, 1), date(2026, 11, 30))


def cpd(
    entry_id: str,
    on: date,
    peer: str = "",
    *,
    template_id: str = "swe-cpd",
    trashed: bool = False,
    status: Status = Status.FINAL,
    activity: str = "",
) -> Entry:
    return Entry(
        id=entry_id,
        title=f"CPD {entry_id}",
        body="",
        event_date=on,
        template_id=template_id,
        created_at=STAMP,
        updated_at=STAMP,
        status=status,
        sections=(
            Section("description", "Description", activity or f"Activity {entry_id}"),
            Section("what_i_learnt", "What I learnt", "Something useful"),
            Section("peer_reflection", "Peer reflection", peer),
        ),
        deleted_at=STAMP if trashed else None,
    )


def status(records: int, peer: int, days_left: int = 4) -> CpdStatus:
    return CpdStatus(YEAR, records, peer, days_left)


# --- counting ----------------------------------------------------------------------------


def test_empty_journal_has_no_records_and_is_not_met() -> None:
    result = cpd_status([], date(2026, 11, 26))
    assert result.period == YEAR
    assert (result.records, result.with_peer_reflection) == (0, 0)
    assert not result.met


def test_counts_cpd_records_and_those_with_peer_reflection() -> None:
    entries = [
        cpd("a", date(2026, 1, 5), peer="Talked it through with a fellow team manager"),
        cpd("b", date(2026, 6, 1)),
        cpd("c", date(2026, 7, 1), peer="   \n  "),  # blank peer reflection does not count
    ]
    result = cpd_status(entries, date(2026, 11, 26))
    assert (result.records, result.with_peer_reflection) == (3, 1)
    assert result.met


def test_other_templates_trash_and_duplicates_are_not_counted() -> None:
    entries = [
        cpd("a", date(2026, 1, 5), peer="yes"),
        cpd("a", date(2026, 1, 5), peer="yes"),
        cpd("b", date(2026, 2, 5), peer="yes", template_id="gibbs"),
        cpd("c", date(2026, 3, 5), peer="yes", trashed=True),
    ]
    result = cpd_status(entries, date(2026, 11, 26))
    assert (result.records, result.with_peer_reflection) == (1, 1)


def test_only_the_current_registration_year_counts() -> None:
    entries = [
        cpd("last-day-before", date(2025, 11, 30), peer="yes"),
        cpd("first-day", date(2025, 12, 1)),
        cpd("last-day", date(2026, 11, 30)),
        cpd("next-year", date(2026, 12, 1), peer="yes"),
    ]
    result = cpd_status(entries, date(2026, 11, 30))
    assert (result.records, result.with_peer_reflection) == (2, 0)
    after = cpd_status(entries, date(2026, 12, 1))
    assert after.period == registration_year(date(2026, 12, 1))
    assert (after.records, after.with_peer_reflection) == (1, 1)


@pytest.mark.parametrize(
    ("today", "days_left"),
    [
        (date(2026, 11, 26), 4),
        (date(2026, 11, 29), 1),
        (date(2026, 11, 30), 0),
        (date(2026, 12, 1), 364),
        (date(2027, 12, 1), 365),  # the 2027-28 year includes 29 February 2028
    ],
)
def test_days_left_count_days_after_today_to_30_november(today: date, days_left: int) -> None:
    assert cpd_status([], today).days_left == days_left


# --- words ------------------------------------------------------------------------------


def test_shortfall_with_too_few_records_and_no_peer_reflection() -> None:
    assert str(status(1, 0).shortfall_in_words) == (
        "You have 1 CPD record this registration year; at least 2 are needed, with at least "
        "1 including peer reflection. 4 days left (until 30 November 2026)."
    )


def test_shortfall_with_no_records() -> None:
    assert str(status(0, 0, days_left=200).shortfall_in_words).startswith(
        "You have no CPD records this registration year; at least 2 are needed"
    )


def test_shortfall_with_too_few_records_but_peer_reflection_done() -> None:
    assert str(status(1, 1, days_left=1).shortfall_in_words) == (
        "You have 1 CPD record this registration year (1 with peer reflection); at least 2 "
        "are needed. 1 day left (until 30 November 2026)."
    )


def test_shortfall_with_enough_records_but_no_peer_reflection() -> None:
    assert str(status(3, 0, days_left=0).shortfall_in_words) == (
        "You have 3 CPD records this registration year, but none includes peer reflection; "
        "at least 1 must. Today is the last day (30 November 2026)."
    )


def test_shortfall_with_a_stricter_peer_requirement() -> None:
    stricter = CpdStatus(YEAR, 3, 1, 10, required_records=2, required_peer=2)
    assert not stricter.met
    assert "but only 1 includes peer reflection; at least 2 must." in str(
        stricter.shortfall_in_words
    )


def test_requirements_met_in_words() -> None:
    assert status(3, 2).met
    assert (
        str(status(3, 2).shortfall_in_words)
        == "Requirements met: 3 records, 2 with peer reflection."
    )
    assert (
        str(status(2, 1).shortfall_in_words)
        == "Requirements met: 2 records, 1 with peer reflection."
    )


@pytest.mark.parametrize(("records", "peer", "met"), [(2, 1, True), (2, 0, False), (1, 1, False)])
def test_met_needs_both_requirements(records: int, peer: int, met: bool) -> None:
    assert status(records, peer).met is met


# --- each year by its own rule -----------------------------------------------------------


def test_2020_21_is_judged_by_one_piece_without_peer_reflection() -> None:
    result = cpd_status([cpd("a", date(2021, 3, 1))], date(2021, 11, 1))
    assert result.period == Period(date(2020, 12, 1), date(2021, 11, 30))
    assert (result.required_records, result.required_peer) == (1, 0)
    assert result.met
    assert result.shortfall_in_words == "Requirements met: 1 record."
    empty = cpd_status([], date(2021, 11, 1))
    assert empty.shortfall_in_words.startswith(
        "You have no CPD records this registration year; at least 1 is needed. "
    )


def test_the_first_year_began_on_2_december_2019() -> None:
    result = cpd_status([cpd("a", date(2019, 12, 1))], date(2020, 6, 1))
    assert result.period == Period(date(2019, 12, 2), date(2020, 11, 30))
    assert result.records == 0


def test_2025_26_is_judged_by_two_pieces_one_with_peer_reflection() -> None:
    one = [cpd("a", date(2026, 1, 5), peer="Talked it through with a peer")]
    assert not cpd_status(one, date(2026, 11, 1)).met
    two_no_peer = [cpd("a", date(2026, 1, 5)), cpd("b", date(2026, 2, 5))]
    result = cpd_status(two_no_peer, date(2026, 11, 1))
    assert (result.required_records, result.required_peer) == (2, 1)
    assert not result.met
    two = [*two_no_peer[:1], cpd("b", date(2026, 2, 5), peer="A colleague's view")]
    assert cpd_status(two, date(2026, 11, 1)).met


def test_drafts_do_not_count() -> None:
    entries = [
        cpd("a", date(2026, 1, 5), peer="yes", status=Status.DRAFT),
        cpd("b", date(2026, 2, 5)),
    ]
    result = cpd_status(entries, date(2026, 11, 1))
    assert (result.records, result.with_peer_reflection) == (1, 0)


def test_two_records_of_the_same_activity_count_once() -> None:
    entries = [
        cpd("a", date(2026, 1, 5), activity="Trauma-informed practice course"),
        cpd("b", date(2026, 1, 9), activity="  trauma-informed practice COURSE. ", peer="yes"),
    ]
    result = cpd_status(entries, date(2026, 11, 1))
    assert (result.records, result.with_peer_reflection) == (1, 1)
    assert not result.met


def test_the_shipped_rules_cover_every_year_since_2019_in_order() -> None:
    rules = swe_rules()
    assert rules[0].starts == date(2019, 12, 2)
    assert [(r.pieces, r.with_peer_reflection) for r in rules] == [(1, 0), (2, 1)]
    assert rules[-1].ends is None


def test_overlapping_rules_are_refused() -> None:
    rule = {"pieces": 1, "with_peer_reflection": 0, "note": "x"}
    data = {
        "schema": 1,
        "regulator": "Social Work England",
        "source": "test",
        "rules": [
            {**rule, "from": "2019-12-02", "until": "2022-11-30"},
            {**rule, "from": "2021-12-01", "until": None},
        ],
    }
    with pytest.raises(CpdRulesFileError, match=r"rules\[1\]\.from.*overlaps"):
        parse_rules(data, "swe.json")


# --- Social Care Wales --------------------------------------------------------------------


def test_wales_counts_final_cpd_records_since_the_last_renewal() -> None:
    from journal_app.core.cpd import wales_cpd

    entries = [
        cpd("before", date(2026, 3, 31)),
        cpd("a", date(2026, 4, 1)),
        cpd("b", date(2026, 9, 1)),
        cpd("draft", date(2026, 10, 1), status=Status.DRAFT),
        cpd("future", date(2027, 1, 1)),
    ]
    result = wales_cpd(entries, date(2026, 4, 1), date(2026, 12, 2))
    assert (result.records, result.latest) == (2, date(2026, 9, 1))
    assert result.in_words == (
        "You have 2 CPD records since your last renewal on 1 April 2026. "
        "Social Care Wales asks you to confirm your CPD when you renew."
    )
    unknown = wales_cpd(entries, None, date(2026, 12, 2))
    assert unknown.records == 0 and "Enter the date" in unknown.in_words

"""Writing, tagging, finding and trashing reflections through the journal service."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.errors import EntryNotFoundError, InvalidInputError
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    EntryFilter,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.text import MATCH_END, MATCH_START
from journal_app.services.journal import JournalService, NewEntry
from journal_app.store.database import JournalDatabase


def _gibbs(title: str = "Group supervision on drift") -> EntryDraft:
    return EntryDraft(
        title=title,
        body="The group noticed **drift** in plans.",
        event_date=date(2026, 5, 14),
        template_id="gibbs",
        sections=(
            Section("description", "Description", "We reviewed three plans together."),
            Section("feelings", "Feelings", "I felt uneasy about the pace."),
        ),
        status=Status.FINAL,
        visibility=Visibility.SHAREABLE,
        tags=(Tag("kss-pl", "5"), Tag("kss-pl", "6")),
        supervision=SupervisionContext(SessionKind.GROUP, 90, "team manager"),
        actions=(
            Action("Share the audit tool", due_date=date(2026, 6, 1)),
            Action("Read about practice leadership", kind=ActionKind.LEARNING_GOAL),
        ),
    )


def test_create_and_read_back_everything(journal: JournalService) -> None:
    created = journal.create(_gibbs())
    entry = journal.get(created.id)
    assert entry == created
    assert entry.section_text("feelings") == "I felt uneasy about the pace."
    assert {t.key for t in entry.tags} == {"kss-pl:5", "kss-pl:6"}
    assert all(t.framework_version for t in entry.tags)  # the version is stored with the tag
    assert entry.supervision == SupervisionContext(SessionKind.GROUP, 90, "team manager")
    assert [a.text for a in entry.actions] == [
        "Share the audit tool",
        "Read about practice leadership",
    ]
    assert all(a.id for a in entry.actions)


def test_update_keeps_search_in_step(journal: JournalService) -> None:
    entry = journal.create(_gibbs())
    assert journal.search("uneasy")
    changed = entry.to_draft()
    changed = type(changed)(
        **{**changed.__dict__, "sections": (Section("feelings", "Feelings", "Calm now."),)}
    )
    journal.update(entry.id, changed)
    assert not journal.search("uneasy")
    assert [h.entry.id for h in journal.search("calm")] == [entry.id]


def test_search_ranks_title_matches_first_and_marks_snippets(journal: JournalService) -> None:
    body_only = journal.create(EntryDraft(title="A quiet week", body="Some thoughts on workload."))
    in_title = journal.create(EntryDraft(title="Workload review", body="Numbers went up."))
    hits = journal.search("workload")
    assert [h.entry.id for h in hits] == [in_title.id, body_only.id]
    snippet = hits[1].snippet
    assert f"{MATCH_START}workload{MATCH_END}" in snippet


def test_search_handles_phrases_prefixes_and_odd_input(journal: JournalService) -> None:
    entry = journal.create(
        EntryDraft(title="Notes", body="A critical incident debrief with the team.")
    )
    assert journal.search('"incident debrief"')
    assert not journal.search('"debrief incident"')
    assert journal.search("crit", as_you_type=True)
    for odd in ['"', "AND", "NEAR(", "-", "*", "a:b", "'; drop table entries; --", ""]:
        journal.search(odd)  # never raises
    assert journal.search("Incident TEAM")[0].entry.id == entry.id


def test_exact_phrases_are_listed_most_recently_written_first(journal: JournalService) -> None:
    in_title = journal.create(
        EntryDraft(title="Incident debrief", body="An incident debrief, and another.")
    )
    in_body = journal.create(EntryDraft(title="Notes", body="The incident debrief was short."))
    unrelated = journal.create(EntryDraft(title="Debrief", body="An incident, then a debrief."))
    # Words: best match first (the title match ranks above the later reflection).
    assert journal.search("incident debrief")[0].entry.id == in_title.id
    # Only a quoted phrase: exact wording, the latest written first, no ranking.
    hits = journal.search('"incident debrief"')
    assert [h.entry.id for h in hits] == [in_body.id, in_title.id]
    assert unrelated.id not in [h.entry.id for h in hits]
    assert {h.rank for h in hits} == {0.0}
    assert f"{MATCH_START}incident debrief{MATCH_END}" in hits[0].snippet
    # A phrase with a loose word is ranked again.
    mixed = journal.search('"incident debrief" another')
    assert [h.entry.id for h in mixed] == [in_title.id] and mixed[0].rank < 0
    # The limit and the filter apply to exact searches too.
    assert [h.entry.id for h in journal.search('"incident debrief"', limit=1)] == [in_body.id]
    journal.trash(in_body.id)
    assert [h.entry.id for h in journal.search('"incident debrief"')] == [in_title.id]


def test_search_finds_accented_text_without_accents(journal: JournalService) -> None:
    journal.create(EntryDraft(title="Cyfarfod tîm", body="Siân led the session; ŵyr a ŷd."))
    assert journal.search("sian")
    assert journal.search("tim")


def test_trash_restore_and_purge(journal: JournalService) -> None:
    entry = journal.create(_gibbs())
    journal.trash(entry.id)
    assert journal.count() == 0
    assert journal.count(EntryFilter(in_trash=True)) == 1
    assert not journal.search("drift")
    journal.restore(entry.id)
    assert journal.count() == 1
    journal.trash(entry.id)
    assert journal.empty_trash() == 1
    with pytest.raises(EntryNotFoundError):
        journal.get(entry.id)
    with pytest.raises(EntryNotFoundError):
        journal.purge(entry.id)


def test_filters(journal: JournalService) -> None:
    journal.create(_gibbs("May reflection"))
    journal.create(
        EntryDraft(title="March draft", event_date=date(2026, 3, 1), status=Status.DRAFT)
    )
    by_tag = journal.list(EntryFilter(tag=Tag("kss-pl", "5")))
    assert [s.title for s in by_tag] == ["May reflection"]
    assert [s.title for s in journal.list(EntryFilter(status=Status.DRAFT))] == ["March draft"]
    shareable = journal.list(EntryFilter(visibility=Visibility.SHAREABLE))
    assert [s.title for s in shareable] == ["May reflection"]
    spring = EntryFilter(date_from=date(2026, 2, 1), date_to=date(2026, 3, 31))
    assert [s.title for s in journal.list(spring)] == ["March draft"]
    assert [s.title for s in journal.list(EntryFilter(template_id="gibbs"))] == ["May reflection"]
    assert [s.title for s in journal.list(sort="title", descending=False)] == [
        "March draft",
        "May reflection",
    ]


def test_paging(journal: JournalService) -> None:
    for day in range(1, 26):
        journal.create(EntryDraft(title=f"Day {day}", event_date=date(2026, 1, day)))
    first = journal.list(limit=10)
    second = journal.list(offset=10, limit=10)
    assert [s.title for s in first][:2] == ["Day 25", "Day 24"]
    assert not {s.id for s in first} & {s.id for s in second}
    assert journal.count() == 25


def test_tag_and_untag(journal: JournalService) -> None:
    entry = journal.create(EntryDraft(title="Untagged"))
    journal.tag(entry.id, [Tag("kss-pl", "2"), Tag("kss-ps", "7")])
    journal.tag(entry.id, [Tag("kss-pl", "2")])  # already there: no duplicate
    tagged = journal.get(entry.id)
    assert [t.key for t in tagged.tags] == ["kss-pl:2", "kss-ps:7"]
    journal.untag(entry.id, [Tag("kss-pl", "2")])
    assert [t.key for t in journal.get(entry.id).tags] == ["kss-ps:7"]


def test_old_framework_version_is_kept_on_update(journal: JournalService) -> None:
    entry = journal.create(EntryDraft(title="Old tag", tags=(Tag("kss-pl", "3", "2016-draft"),)))
    journal.update(entry.id, journal.get(entry.id).to_draft())
    assert journal.get(entry.id).tags[0].framework_version == "2016-draft"


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (EntryDraft(title="   "), "title"),
        (EntryDraft(title="x" * 301), "title"),
        (EntryDraft(title="NUL", body="a\x00b"), "NUL"),
        (EntryDraft(title="Bad tag", tags=(Tag("nope", "1"),)), "framework"),
        (EntryDraft(title="Bad code", tags=(Tag("kss-pl", "99"),)), "99"),
        (
            EntryDraft(
                title="Long session", supervision=SupervisionContext(SessionKind.PEER, 5000)
            ),
            "minutes",
        ),
        (EntryDraft(title="Empty action", actions=(Action("  "),)), "action"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    journal: JournalService, database: JournalDatabase, draft: EntryDraft, message: str
) -> None:
    existing = journal.create(_gibbs())
    before = journal.get(existing.id)
    with pytest.raises(InvalidInputError, match=message):
        journal.create(draft)
    with pytest.raises(InvalidInputError):
        journal.update(existing.id, draft)
    assert journal.count() == 1
    assert journal.get(existing.id) == before


def test_large_and_unusual_text_round_trips(journal: JournalService) -> None:
    big = ("Reflection on practice leadership. " * 30_000)[:1_000_000]
    unusual = "مرحبا بالعالم — emoji 👩🏽‍⚕️, zero\u200bwidth, Siân, ŵ ŷ, “quotes”"
    entry = journal.create(EntryDraft(title=unusual[:60], body=big + unusual))
    assert journal.get(entry.id).body == big + unusual
    assert journal.search("bالعالم") == []  # mixed scripts: no such word, and no error
    assert [hit.entry.id for hit in journal.search("بالعالم")] == [entry.id]
    assert journal.search("emoji")[0].entry.id == entry.id


def test_create_all_checks_every_draft_before_writing_any(journal: JournalService) -> None:
    good = EntryDraft(title="First of a batch", body="Searchable batchword.")
    with pytest.raises(InvalidInputError):
        journal.create_all([NewEntry(good), NewEntry(EntryDraft(title=""))])
    assert journal.count() == 0
    seen: list[tuple[int, int]] = []
    ids = journal.create_all(
        [NewEntry(good), NewEntry(EntryDraft(title="Second"))], lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 2), (2, 2)] and len(ids) == 2
    assert [hit.entry.id for hit in journal.search("batchword")] == [ids[0]]


def test_create_all_stopped_part_way_writes_nothing(journal: JournalService) -> None:
    calls = iter([None, None])

    def stop() -> None:
        if next(calls, "stop") == "stop":
            raise InvalidInputError("stopped")

    drafts = [NewEntry(EntryDraft(title=f"Batch {n}")) for n in range(4)]
    with pytest.raises(InvalidInputError):
        journal.create_all(drafts, stop_if_cancelled=stop)
    assert journal.count() == 0


def test_entries_reads_every_reflection_whole_in_date_order(
    journal: JournalService, database: JournalDatabase
) -> None:
    from journal_app.core.models import Action, Section, SessionKind, SupervisionContext, Tag
    from journal_app.store import entries as store

    # several on one date, so the batches have to carry on from the middle of a date
    dates = [date(2026, 5, 1)] * 5 + [date(2026, 4, 1), date(2026, 6, 1)] + [date(2026, 5, 1)]
    made = [
        journal.create(
            EntryDraft(
                title=f"Reflection {n}",
                body=f"Body {n}",
                event_date=day,
                sections=(Section("b", "Second", f"s{n}"), Section("a", "First", "x")),
                tags=(Tag("kss-pl", "3"), Tag("kss-pl", "1")) if n % 2 else (),
                actions=(Action(f"Act {n}"), Action("Then this")) if n % 3 else (),
                supervision=SupervisionContext(SessionKind.GROUP, 45, "team") if n else None,
            )
        )
        for n, day in enumerate(dates)
    ]
    expected = sorted(made, key=lambda e: e.event_date)  # stable: creation order within a day
    with database.session() as session:
        for batch in (1, 2, 3, 200):
            read = list(store.iter_entries(session, EntryFilter(), batch=batch))
            assert read == [journal.get(e.id) for e in expected], batch
    journal.trash(made[0].id)
    assert made[0].id not in [e.id for e in journal.entries()]

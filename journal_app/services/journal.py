"""What a user does with reflections: write, tag, find, trash and restore them.

Every call opens and closes its own unit of work, validates input before touching the store,
and returns frozen dataclasses. Bad input raises :class:`InvalidInputError` and changes
nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Protocol

from journal_app.core.actions_due import ReflectionAction
from journal_app.core.errors import InvalidInputError
from journal_app.core.frameworks import Framework
from journal_app.core.limits import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_ACTION,
    MAX_ROLE,
    MAX_SESSION_MINUTES,
    MAX_TEXT,
    MAX_TITLE,
)
from journal_app.core.messages import Message
from journal_app.core.models import (
    Entry,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    SearchHit,
    Tag,
)
from journal_app.core.search_query import is_exact_search, to_fts_query
from journal_app.core.suggestions import DomainSuggestion
from journal_app.core.text import check_storable
from journal_app.services.changes import Change, ChangeStream
from journal_app.services.suggestions import MAX_EXAMPLES, DomainSuggester
from journal_app.store import entries as store
from journal_app.store import search_index
from journal_app.store import tagged_texts as tagged_store
from journal_app.store.database import InTransaction, JournalDatabase

#: the preference "search finds Welsh word forms" (see services.preferences)
WELSH_FORMS_SETTING = "preference.search_welsh_forms"


class TagCatalogue(Protocol):
    """The part of the framework catalogue the journal needs to check tags."""

    def resolve_tag(self, key: str) -> Tag: ...


def checked_tag(catalogue: TagCatalogue, tag: Tag) -> Tag:
    """THE rule for a tag, wherever one comes from (the editor's tag picker, ``add --tag``,
    an import, a ``--tag`` filter): it must name a framework the journal knows (built in or
    imported) and one of that framework's domains; otherwise :class:`InvalidInputError`
    says which part is unknown.

    Returns the tag as the catalogue spells it, keeping the framework version it was saved
    against (a tag from an import or an older save), or the framework's current version.
    Tags a reflection already holds are not re-checked on save (see
    :meth:`JournalService.update`): journals from before this rule may hold unknown ones,
    which are kept and shown as their raw code.
    """
    known = catalogue.resolve_tag(tag.key)
    return replace(known, framework_version=tag.framework_version or known.framework_version)


def utc_now() -> datetime:
    """Timestamps are stored as naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class NewEntry:
    """A reflection to add with :meth:`JournalService.create_all`.

    ``entry_id`` "" means a new id; the times (naive UTC) are kept from an import, and are
    the time of saving when ``None``.
    """

    draft: EntryDraft
    entry_id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class JournalService:
    """Reflections in one unlocked journal."""

    def __init__(
        self,
        database: JournalDatabase,
        catalogue: TagCatalogue | None = None,
        clock: Callable[[], datetime] = utc_now,
        changes: ChangeStream | None = None,
    ) -> None:
        self._db = database
        self._catalogue = catalogue
        self._clock = clock
        self._suggester = DomainSuggester(database)
        self._changes = changes if changes is not None else ChangeStream()

    @property
    def changes(self) -> ChangeStream:
        """Every write below is announced here once it is stored (see services/changes.py)."""
        return self._changes

    @property
    def suggester(self) -> DomainSuggester:
        """Domain suggestions with their learnt models: the window asks without waiting
        (``suggest_ready``), and the models are forgotten when the journal is locked."""
        return self._suggester

    @property
    def database(self) -> JournalDatabase:
        """The journal these reflections are in (for services kept beside them)."""
        return self._db

    def create(self, draft: EntryDraft, entry_id: str = "") -> Entry:
        """Save a new reflection and return it as stored."""
        draft = self._validated(draft)
        with self._db.session() as session:
            _refuse_action_ids_in_use(
                [NewEntry(draft, entry_id)], lambda ids: store.action_ids_in_use(session, ids)
            )
            entry = store.insert_entry(session, draft, self._clock(), entry_id)
        self._announce([entry.id], tags=bool(draft.tags), actions=bool(draft.actions), listed=True)
        return entry

    def create_all(
        self,
        items: Sequence[NewEntry],
        progress: Callable[[int, int], None] = lambda done, total: None,
        stop_if_cancelled: Callable[[], None] = lambda: None,
        also: InTransaction | None = None,
    ) -> list[str]:
        """Save many new reflections as ONE change; returns their ids in order.

        Every draft is checked before anything is written; then all are written in a single
        transaction, so a full disk, a cancel (``stop_if_cancelled`` raising) or a crash
        part-way leaves the journal exactly as it was. ``also`` writes whatever else belongs
        to the same change (an import's appraisal workspaces) in that transaction.
        """
        checked = [replace(item, draft=self._validated(item.draft)) for item in items]
        written: list[str] = []
        with self._db.session() as session:
            _refuse_action_ids_in_use(checked, lambda ids: store.action_ids_in_use(session, ids))
            for item in checked:
                stop_if_cancelled()
                entry = store.insert_entry(
                    session,
                    item.draft,
                    self._clock(),
                    item.entry_id,
                    created_at=item.created_at,
                    updated_at=item.updated_at,
                )
                written.append(entry.id)
                # rows already flushed are not needed again: keep the session's memory flat
                session.expunge_all()
                progress(len(written), len(checked))
            if also is not None:
                stop_if_cancelled()
                also(session)
        self._announce(
            written,
            tags=any(item.draft.tags for item in checked),
            actions=any(item.draft.actions for item in checked),
            listed=True,
            many=True,
        )
        return written

    def update(self, entry_id: str, draft: EntryDraft) -> Entry:
        """Replace a reflection's content (an autosave or an explicit save).

        Tags the reflection already holds are kept as stored even if the catalogue no
        longer knows them; any other tag must pass :func:`checked_tag`.
        """
        draft = self._validated(draft, held=lambda: self.get(entry_id).tags)
        with self._db.session() as session:
            before = store.get_entry(session, entry_id)
            entry = store.update_entry(session, entry_id, draft, self._clock())
        self._announce(
            [entry_id],
            tags=_tag_keys(before.tags) != _tag_keys(entry.tags),
            actions=before.actions != entry.actions,
        )
        return entry

    def get(self, entry_id: str) -> Entry:
        with self._db.session() as session:
            return store.get_entry(session, entry_id)

    def trash(self, entry_id: str) -> Entry:
        """Move a reflection to the trash; it can be restored until purged."""
        with self._db.session() as session:
            entry = store.set_deleted(session, entry_id, self._clock())
        self._announce([entry_id], tags=bool(entry.tags), actions=bool(entry.actions), listed=True)
        return entry

    def restore(self, entry_id: str) -> Entry:
        with self._db.session() as session:
            entry = store.set_deleted(session, entry_id, None)
        self._announce([entry_id], tags=bool(entry.tags), actions=bool(entry.actions), listed=True)
        return entry

    def purge(self, entry_id: str) -> None:
        """Delete a reflection for good (secure_delete overwrites its pages)."""
        with self._db.session() as session:
            store.purge_entry(session, entry_id)
        self._announce([entry_id], tags=True, actions=True, listed=True)

    def empty_trash(self) -> int:
        with self._db.session() as session:
            purged = store.purge_trash(session)
        if purged:
            self._announce([], tags=True, actions=True, listed=True, many=True)
        return purged

    def tag(self, entry_id: str, tags: Sequence[Tag]) -> Entry:
        """Add tags to a reflection (tags it already has are kept as they are)."""
        with self._db.session() as session:
            entry = store.get_entry(session, entry_id)
            new_tags = [self._resolved(t, lambda: entry.tags) for t in tags]
            tagged = store.set_tags(session, entry_id, [*entry.tags, *new_tags], self._clock())
        self._announce([entry_id], tags=True)
        return tagged

    def untag(self, entry_id: str, tags: Sequence[Tag]) -> Entry:
        drop = {(t.framework_id, t.domain_code) for t in tags}
        with self._db.session() as session:
            entry = store.get_entry(session, entry_id)
            kept = [t for t in entry.tags if (t.framework_id, t.domain_code) not in drop]
            untagged = store.set_tags(session, entry_id, kept, self._clock())
        self._announce([entry_id], tags=True)
        return untagged

    def list(
        self,
        entry_filter: EntryFilter | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        sort: str = "date",
        descending: bool = True,
    ) -> builtins.list[EntrySummary]:
        """A page of reflections for a list, newest event first by default."""
        with self._db.session() as session:
            return store.list_summaries(
                session,
                entry_filter or EntryFilter(),
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
            )

    def count(self, entry_filter: EntryFilter | None = None) -> int:
        with self._db.session() as session:
            return store.count_entries(session, entry_filter or EntryFilter())

    def search(
        self,
        text: str,
        entry_filter: EntryFilter | None = None,
        *,
        limit: int = 50,
        as_you_type: bool = False,
        welsh_forms: bool | None = None,
    ) -> builtins.list[SearchHit]:
        """Reflections matching all the words (and "quoted phrases") in ``text``, best match
        first; a search made only of quoted phrases lists them most recently written first.
        With ``welsh_forms`` a word also finds its Welsh mutations ("plant", "phlant");
        ``None`` follows the journal's preference."""
        if welsh_forms is None:
            setting = self._db.get_setting(WELSH_FORMS_SETTING)
            welsh_forms = setting == "True"
        query = to_fts_query(text, prefix_last=as_you_type, welsh_forms=welsh_forms)
        if query is None:
            return []
        with self._db.session() as session:
            return search_index.search(
                session,
                query,
                entry_filter or EntryFilter(),
                limit,
                newest_first=is_exact_search(text),
            )

    def entries(self, entry_filter: EntryFilter | None = None) -> Generator[Entry, None, None]:
        """Every matching reflection in full, oldest first (for exports and coverage)."""
        with self._db.session() as session:
            yield from store.iter_entries(session, entry_filter or EntryFilter())

    def open_dated_actions(self, due_by: date) -> builtins.list[ReflectionAction]:
        """Open actions due on or before ``due_by`` (overdue ones too), without loading the
        reflections they came from: the week ahead reads these at every unlock."""
        with self._db.session() as session:
            return store.open_dated_actions(session, due_by)

    def exists(self, entry_id: str) -> bool:
        with self._db.session() as session:
            return store.entry_exists(session, entry_id)

    def ids_starting_with(self, prefix: str) -> builtins.list[str]:
        """Up to three ids that begin with ``prefix`` (for ids typed or pasted by hand)."""
        with self._db.session() as session:
            return store.ids_starting_with(session, prefix)

    def rebuild_search_index(self) -> int:
        with self._db.session() as session:
            return search_index.rebuild(session)

    def _announce(
        self,
        ids: Sequence[str],
        *,
        tags: bool,
        actions: bool = False,
        listed: bool = False,
        many: bool = False,
    ) -> None:
        change = Change.of_entries(ids, tags=tags, actions=actions, listed=listed, many=many)
        self._changes.announce(change)

    # -- validation ------------------------------------------------------------------------

    def tagged_texts(
        self, framework_id: str, limit: int = MAX_EXAMPLES
    ) -> builtins.list[tuple[str, tuple[str, ...]]]:
        """(text, domain codes) of the newest ``limit`` live reflections tagged in the
        framework: what domain suggestions learn the person's own tagging from."""
        with self._db.session() as session:
            return tagged_store.tagged_texts(session, framework_id, limit)

    def suggest_domains(
        self, text: str, framework: Framework, limit: int = 3
    ) -> tuple[DomainSuggestion, ...]:
        """Domains ``text`` may evidence, best first, each with the words that drove it.

        Blends the framework's keywords with what the person's own tagged reflections
        teach (rebuilt in memory when their tags change, never stored). Only a suggestion:
        nothing is tagged.
        """
        return self._suggester.suggest(text, framework, limit)

    def _validated(
        self, draft: EntryDraft, held: Callable[[], Sequence[Tag]] = tuple
    ) -> EntryDraft:
        title = " ".join(draft.title.split())
        if not title:
            raise InvalidInputError("reflection.no_title")
        if len(title) > MAX_TITLE:
            raise InvalidInputError("reflection.title_too_long", limit=MAX_TITLE)
        problems = [
            check_storable(Message("field.title"), title, MAX_TITLE),
            check_storable(Message("field.text"), draft.body, MAX_TEXT),
        ]
        problems += [
            check_storable(Message("field.section", title=s.title), s.text, MAX_TEXT)
            for s in draft.sections
        ]
        problems += [
            check_storable(Message("field.action"), a.text, MAX_ACTION) for a in draft.actions
        ]
        first = next((p for p in problems if p), None)
        if first:
            raise InvalidInputError(first)
        if len({s.key for s in draft.sections}) != len(draft.sections):
            raise InvalidInputError("reflection.sections_same_name")
        if draft.event_date is not None and not EARLIEST_DATE <= draft.event_date <= LATEST_DATE:
            raise InvalidInputError("reflection.date_out_of_range")
        context = draft.supervision
        if context is not None:
            minutes = context.duration_minutes
            if minutes is not None and not 0 <= minutes <= MAX_SESSION_MINUTES:
                raise InvalidInputError("reflection.session_length_out_of_range")
            if len(context.other_party_role) > MAX_ROLE:
                raise InvalidInputError("reflection.role_too_long", limit=MAX_ROLE)
        if any(not a.text.strip() for a in draft.actions):
            raise InvalidInputError("reflection.action_without_text")
        tags = tuple(self._resolved(t, held) for t in draft.tags)
        return replace(draft, title=title, tags=tags)

    def _resolved(self, tag: Tag, held: Callable[[], Sequence[Tag]]) -> Tag:
        """``tag`` checked by :func:`checked_tag`, unless the reflection already ``held`` it
        (read only when the check fails: a tag saved before the rule is kept as it was)."""
        if self._catalogue is None:  # the store on its own (tests, tools): no catalogue
            return tag
        try:
            return checked_tag(self._catalogue, tag)
        except InvalidInputError:
            same = (tag.framework_id, tag.domain_code)
            for stored in held():
                if (stored.framework_id, stored.domain_code) == same:
                    return stored
            raise


def _tag_keys(tags: Sequence[Tag]) -> set[tuple[str, str]]:
    return {(t.framework_id, t.domain_code) for t in tags}


def _refuse_action_ids_in_use(
    items: Sequence[NewEntry], in_use: Callable[[builtins.list[str]], set[str]]
) -> None:
    """Refuse, before anything is written, new reflections whose actions carry an id another
    reflection's action already has (an import keeps ids): the database would refuse it
    half-way as a disk error. Names the reflection by id and title, never by its text."""
    given = [a.id for item in items for a in item.draft.actions if a.id]
    if not given:
        return
    taken = in_use(given)
    for position, item in enumerate(items, start=1):
        clash = next((a.id for a in item.draft.actions if a.id in taken), None)
        if clash is not None:
            which = (
                Message("reflection.with_id", id=item.entry_id)
                if item.entry_id
                else Message("reflection.number", number=position)
            )
            raise InvalidInputError(
                "reflection.action_id_in_use", which=which, title=item.draft.title, id=clash
            )

"""Moving a person's tags from an earlier version of a framework to the one that replaced it.

When a framework is revised (the Welsh code of 2017 replaced by the 2026 one), the newer
file says which old code becomes which new one. The journal offers the move, shows exactly
what would change first, and by default leaves alone reflections about events before the
new version applied: those were written against the old one and stay evidence of it. Every
move is recorded so it can be undone, from the app or the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.frameworks import Framework
from journal_app.services.changes import Change, ChangeStream
from journal_app.services.journal import utc_now
from journal_app.store import tag_moves as store
from journal_app.store.database import JournalDatabase


@dataclass(frozen=True)
class TagMoveItem:
    """One tag the move would change, or leave."""

    entry_id: str
    title: str
    event_date: date
    old_code: str
    #: ``None`` when the new version has no counterpart for the old code
    new_code: str | None


@dataclass(frozen=True)
class TagMovePreview:
    """What moving a framework's tags to its newer version would do."""

    framework_id: str
    from_version: str
    to_version: str
    #: the day the newer version applies from (``None``: the file does not say)
    change_date: date | None
    include_earlier: bool
    to_move: tuple[TagMoveItem, ...]
    kept_earlier: tuple[TagMoveItem, ...]
    no_counterpart: tuple[TagMoveItem, ...]


@dataclass(frozen=True)
class TagMoveOffer:
    """An earlier version still holding tags, and the version that replaced it."""

    old: Framework
    new: Framework
    tags: int


@dataclass(frozen=True)
class TagMoveDone:
    """A move as it was made (or undone)."""

    id: str
    framework_id: str
    from_version: str
    to_version: str
    tags: int


class TagVersions:
    """Offers, previews, makes and undoes moves of tags between framework versions."""

    def __init__(
        self,
        database: JournalDatabase,
        catalogue: Catalogue,
        clock: Callable[[], datetime] = utc_now,
        changes: ChangeStream | None = None,
    ) -> None:
        self._db = database
        self._catalogue = catalogue
        self._clock = clock
        self._changes = changes

    def _announce(self, done: TagMoveDone) -> TagMoveDone:
        # a move touches many reflections' tags: every view re-reads
        if self._changes is not None and done.tags:
            self._changes.announce(Change(tags=True, many=True))
        return done

    def offers(self) -> list[TagMoveOffer]:
        """Frameworks whose earlier version still holds tags that could move on."""
        found = []
        with self._db.session() as session:
            for framework in self._catalogue.frameworks:
                if framework.replaces is None:
                    continue
                old = self._catalogue.framework_at(framework.id, framework.replaces.version)
                if old is None:
                    continue
                count = len(store.tags_at_version(session, framework.id, old.version))
                if count:
                    found.append(TagMoveOffer(old, framework, count))
        return found

    def preview(self, framework_id: str, include_earlier: bool = False) -> TagMovePreview:
        """What moving ``framework_id``'s tags to its current version would change.

        Reflections dated before the current version applied keep their tags unless
        ``include_earlier``. Raises InvalidInputError if the framework replaces nothing.
        """
        new = self._catalogue.framework(framework_id)
        if (
            new.replaces is None
            or self._catalogue.framework_at(framework_id, new.replaces.version) is None
        ):
            raise InvalidInputError(
                "tags.no_earlier_version", framework=new.short_title, id=new.id
            )
        replaces = new.replaces
        with self._db.session() as session:
            tagged = store.tags_at_version(session, framework_id, replaces.version)
        to_move, earlier, nowhere = [], [], []
        for tag in tagged:
            item = TagMoveItem(
                tag.entry_id, tag.title, tag.event_date, tag.code, replaces.new_code(tag.code)
            )
            if item.new_code is None:
                nowhere.append(item)
            elif (
                not include_earlier
                and new.in_force_from is not None
                and tag.event_date < new.in_force_from
            ):
                earlier.append(item)
            else:
                to_move.append(item)
        return TagMovePreview(
            framework_id,
            replaces.version,
            new.version,
            new.in_force_from,
            include_earlier,
            tuple(to_move),
            tuple(earlier),
            tuple(nowhere),
        )

    def move(self, preview: TagMovePreview) -> TagMoveDone:
        """Make the move a preview showed; tags changed since the preview are left alone."""
        if not preview.to_move:
            raise InvalidInputError("tags.nothing_to_move")
        moves = [(i.entry_id, i.old_code, i.new_code or i.old_code) for i in preview.to_move]
        with self._db.session() as session:
            stored = store.apply_move(
                session,
                preview.framework_id,
                preview.from_version,
                preview.to_version,
                moves,
                self._clock(),
            )
        return self._announce(_done(stored, len(stored.changes)))

    def last_move(self) -> TagMoveDone | None:
        """The latest move that can still be undone."""
        with self._db.session() as session:
            stored = store.last_move(session)
        return None if stored is None else _done(stored, len(stored.changes))

    def undo_last(self) -> TagMoveDone:
        """Undo the latest move; InvalidInputError if there is none to undo."""
        with self._db.session() as session:
            stored = store.last_move(session)
            if stored is None:
                raise InvalidInputError("tags.no_move_to_undo")
            restored = store.undo_move(session, stored.id, self._clock())
        return self._announce(_done(stored, restored))


def _done(stored: store.StoredMove, tags: int) -> TagMoveDone:
    return TagMoveDone(
        stored.id, stored.framework_id, stored.from_version, stored.to_version, tags
    )

"""The journal's vocabulary as plain, immutable values.

Everything above the store (services, CLI, UI, exporters) speaks in these dataclasses and
never sees an ORM object, so the database can change without the rest of the app noticing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from journal_app.core.text import word_count


class Status(StrEnum):
    """Whether a reflection is still being written or is finished."""

    DRAFT = "draft"
    FINAL = "final"


class Visibility(StrEnum):
    """Private reflections never leave the journal unless the user asks for them."""

    PRIVATE = "private"
    SHAREABLE = "shareable"


#: The one rule for a new reflection, in the app and on the command line alike. Private,
#: because it leaves the journal only when the person says so. Final, because most
#: reflections are written in one sitting; the person marks one Draft to come back to it.
#: (A new reflection that was Draft *and* Private met an export of shareable, finished
#: reflections and made a first export empty for two reasons at once.)
NEW_REFLECTION_STATUS = Status.FINAL
NEW_REFLECTION_VISIBILITY = Visibility.PRIVATE


class SessionKind(StrEnum):
    """The kind of supervision or leadership moment a reflection is about."""

    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    PEER = "peer"
    REFLECTIVE_CASE_DISCUSSION = "reflective_case_discussion"
    LEADERSHIP_MEETING = "leadership_meeting"
    TRAINING = "training"
    OTHER = "other"


SESSION_KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.ONE_TO_ONE: "1:1 supervision",
    SessionKind.GROUP: "Group supervision",
    SessionKind.PEER: "Peer supervision",
    SessionKind.REFLECTIVE_CASE_DISCUSSION: "Reflective case discussion",
    SessionKind.LEADERSHIP_MEETING: "Leadership or management meeting",
    SessionKind.TRAINING: "Training",
    SessionKind.OTHER: "Other",
}


class ActionKind(StrEnum):
    """An action is something to do; a learning goal is something to learn."""

    ACTION = "action"
    LEARNING_GOAL = "learning_goal"


@dataclass(frozen=True)
class Tag:
    """A reflection evidences one domain of one framework, at the framework's version."""

    framework_id: str
    domain_code: str
    framework_version: str = ""

    @property
    def key(self) -> str:
        """The short form used on the command line and in exports, e.g. ``kss-pl:5``."""
        return f"{self.framework_id}:{self.domain_code}"


@dataclass(frozen=True)
class Section:
    """One section of a structured reflection (for example Gibbs' "Feelings")."""

    key: str
    title: str
    text: str


@dataclass(frozen=True)
class SupervisionContext:
    """What kind of session the reflection is about. Holds a role, never a person's name."""

    session_kind: SessionKind
    duration_minutes: int | None = None
    other_party_role: str = ""


@dataclass(frozen=True)
class Action:
    """An action or learning goal that came out of a reflection."""

    text: str
    kind: ActionKind = ActionKind.ACTION
    due_date: date | None = None
    done_date: date | None = None
    id: str = ""

    @property
    def is_done(self) -> bool:
        return self.done_date is not None

    def is_overdue(self, today: date) -> bool:
        return not self.is_done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class EntryDraft:
    """What a user writes: the input to creating or updating a reflection."""

    title: str
    body: str = ""
    event_date: date | None = None
    template_id: str = "free-form"
    sections: tuple[Section, ...] = ()
    status: Status = NEW_REFLECTION_STATUS
    visibility: Visibility = NEW_REFLECTION_VISIBILITY
    tags: tuple[Tag, ...] = ()
    supervision: SupervisionContext | None = None
    actions: tuple[Action, ...] = ()

    @property
    def word_count(self) -> int:
        """The words written in the reflection: its text and its model's sections (the
        title is a name for it, not part of it). The editor and the list both show this."""
        return word_count(self.body, *(section.text for section in self.sections))


@dataclass(frozen=True)
class Entry:
    """A saved reflection, as read back from the journal."""

    id: str
    title: str
    body: str
    event_date: date
    template_id: str
    created_at: datetime
    updated_at: datetime
    status: Status = Status.DRAFT
    visibility: Visibility = Visibility.PRIVATE
    sections: tuple[Section, ...] = ()
    tags: tuple[Tag, ...] = ()
    supervision: SupervisionContext | None = None
    actions: tuple[Action, ...] = ()
    deleted_at: datetime | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def section_text(self, key: str) -> str:
        """The text of a section by its key, or an empty string."""
        for section in self.sections:
            if section.key == key:
                return section.text
        return ""

    def to_draft(self) -> EntryDraft:
        """The editable form of this entry."""
        return EntryDraft(
            title=self.title,
            body=self.body,
            event_date=self.event_date,
            template_id=self.template_id,
            sections=self.sections,
            status=self.status,
            visibility=self.visibility,
            tags=self.tags,
            supervision=self.supervision,
            actions=self.actions,
        )


@dataclass(frozen=True)
class EntrySummary:
    """The light form of an entry shown in lists: no body, no sections."""

    id: str
    title: str
    event_date: date
    template_id: str
    status: Status
    visibility: Visibility
    updated_at: datetime
    tags: tuple[Tag, ...] = ()
    deleted_at: datetime | None = None
    word_count: int = 0


@dataclass(frozen=True)
class SearchHit:
    """An entry found by a search, with a snippet; matches are wrapped in ``[`` and ``]``.

    ``rank`` is FTS5's bm25 score (lower is better), or 0.0 for an exact-phrase search,
    whose hits are listed most recently written first.
    """

    entry: EntrySummary
    snippet: str
    rank: float


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list shows. Every field narrows; ``None`` means any."""

    date_from: date | None = None
    date_to: date | None = None
    tag: Tag | None = None
    template_id: str | None = None
    status: Status | None = None
    visibility: Visibility | None = None
    in_trash: bool = False
    ids: tuple[str, ...] | None = None

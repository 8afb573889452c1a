"""The identifier check applied to whole reflections, before anything leaves the journal.

Every text of a reflection that an export prints is checked: the title, the text, each
section, each action or learning goal, and the role of the person in a supervision
session (a field meant for "social worker", where a name is easy to type by habit).

The names the person protects (``services.protected_names``) are always caught, with their
own pseudonyms; and reflections checked together share their letters, so the same name is
the same "Child A" in every reflection of one export.

Where a finding is ("Title", "Action 2", "Feedback 1") is said in the current language, as
are the findings themselves (``core.identifiers``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from journal_app.core.appraisal import Appraisal
from journal_app.core.identifiers import (
    Finding,
    Lettering,
    ProtectedMatcher,
    apply_replacements,
    check_fields,
)
from journal_app.core.messages import Message
from journal_app.core.models import ActionKind, Entry, EntryDraft, Section, Tag

TITLE, BODY, ROLE = "title", "body", "supervision-role"
_SECTION, _ACTION = "section:", "action:"


def entry_fields(entry: Entry) -> dict[str, str]:
    """The texts of an entry that leave the journal, by field key.

    Keys: ``title``, ``body``, ``section:<key>``, ``action:<n>`` (0-based, in the
    reflection's order) and ``supervision-role``.
    """
    fields = {TITLE: entry.title, BODY: entry.body}
    fields.update({f"{_SECTION}{s.key}": s.text for s in entry.sections})
    fields.update({f"{_ACTION}{n}": a.text for n, a in enumerate(entry.actions)})
    if entry.supervision is not None and entry.supervision.other_party_role:
        fields[ROLE] = entry.supervision.other_party_role
    return fields


def field_label(entry: Entry, field: str) -> str:
    """A person's name for a field, in the current language: "Title", "Text", a section's
    own title, "Action 2"."""
    if field == TITLE:
        return str(Message("identifiers.where.title"))
    if field == BODY:
        return str(Message("identifiers.where.text"))
    if field == ROLE:
        return str(Message("identifiers.where.supervision_role"))
    if field.startswith(_ACTION):
        number = int(field.removeprefix(_ACTION))
        kinds = [a.kind for a in entry.actions[: number + 1]]
        kind = kinds[-1] if kinds else ActionKind.ACTION
        count = kinds.count(kind)  # numbered as the reflection lists them
        if kind is ActionKind.LEARNING_GOAL:
            return str(Message("identifiers.where.learning_goal", number=count))
        return str(Message("identifiers.where.action", number=count))
    key = field.removeprefix(_SECTION)
    return next((s.title for s in entry.sections if s.key == key), key)


@dataclass(frozen=True)
class EntryFindings:
    """What the identifier check found in one reflection, field by field."""

    entry: Entry
    by_field: dict[str, tuple[Finding, ...]]

    @property
    def count(self) -> int:
        return sum(len(f) for f in self.by_field.values())


def check_entry(
    entry: Entry,
    today: date | None = None,
    protected: ProtectedMatcher | None = None,
    lettering: Lettering | None = None,
) -> EntryFindings:
    """Check every exported field of ``entry`` together (same name, same letter).

    ``protected`` names are always found, with their pseudonyms; a ``lettering`` shared
    with other calls keeps a name's letter the same across reflections.
    """
    found = check_fields(
        entry_fields(entry), today=today, protected=protected, lettering=lettering
    )
    return EntryFindings(entry, {k: v for k, v in found.items() if v})


def check_entries(
    entries: Iterable[Entry],
    today: date | None = None,
    protected: ProtectedMatcher | None = None,
) -> list[EntryFindings]:
    """Only the reflections with something found, in the order given; a name has the same
    pseudonym in every one of them (lettered in order of first mention)."""
    lettering = Lettering()
    results = (check_entry(entry, today, protected, lettering) for entry in entries)
    return [result for result in results if result.count]


class DomainTitles(Protocol):
    """Readable domain titles for tags (the catalogue)."""

    def domain_title(self, tag: Tag) -> str: ...


@dataclass(frozen=True)
class PlacedFindings:
    """What the identifier check found in one piece of text that is not a reflection (a
    self-assessment, an objective, a quote), and where it is, in words."""

    place: str
    findings: tuple[Finding, ...]


def appraisal_places(appraisal: Appraisal, catalogue: DomainTitles) -> list[tuple[str, str]]:
    """Every text of an appraisal workspace with where it is, in words (the current
    language): ``(place, text)``."""
    places: list[tuple[str, str]] = []
    for item in appraisal.self_assessments:
        domain = catalogue.domain_title(Tag(appraisal.framework_id, item.domain_code))
        code = item.domain_code
        strengths = Message("identifiers.where.strengths", code=code, domain=domain)
        to_develop = Message("identifiers.where.to_develop", code=code, domain=domain)
        places += [(str(strengths), item.strengths), (str(to_develop), item.to_develop)]
    for n, objective in enumerate(appraisal.plan, start=1):
        places += [
            (str(Message("identifiers.where.objective", number=n)), objective.text),
            (str(Message("identifiers.where.objective_how", number=n)), objective.how),
        ]
    for n, quote in enumerate(appraisal.feedback, start=1):
        places += [
            (str(Message("identifiers.where.feedback", number=n)), quote.quote),
            (str(Message("identifiers.where.feedback_context", number=n)), quote.context),
        ]
    return places


def review_places(previous: Appraisal) -> list[tuple[str, str]]:
    """The texts of last period's objectives that a review prints, with where they are."""
    places: list[tuple[str, str]] = []
    for n, objective in enumerate(previous.plan, start=1):
        places += [
            (str(Message("identifiers.where.last_objective", number=n)), objective.text),
            (
                str(Message("identifiers.where.last_objective_outcome", number=n)),
                objective.outcome_note,
            ),
        ]
    return places


def follow_up_place(entry_title: str) -> str:
    """Where a follow-up is, in words: "What changed since “<the reflection's title>”".
    The title is the person's own text, so it is added to the words, never passed into
    a message."""
    return f"{Message('identifiers.where.follow_up')} “{entry_title}”"


def check_places(
    texts: Iterable[tuple[str, str]],
    today: date | None = None,
    protected: ProtectedMatcher | None = None,
) -> list[PlacedFindings]:
    """The identifier check over ``(place, text)`` pairs: only those with something found,
    in the order given, a name lettered the same wherever it appears."""
    fields = {f"{n}": text for n, (_place, text) in enumerate(texts) if text.strip()}
    places = dict(enumerate(texts))
    found = check_fields(fields, today=today, protected=protected, lettering=Lettering())
    return [PlacedFindings(places[int(key)][0], hits) for key, hits in found.items() if hits]


def replaced_draft(result: EntryFindings) -> EntryDraft:
    """The reflection with every finding replaced by its suggestion ("Jayden" -> "Child A"),
    in every field the check looked at."""
    entry = result.entry

    def fixed(field: str, text: str) -> str:
        return apply_replacements(text, result.by_field.get(field, ()))

    draft = entry.to_draft()
    sections = tuple(
        Section(s.key, s.title, fixed(f"{_SECTION}{s.key}", s.text)) for s in draft.sections
    )
    actions = tuple(
        replace(a, text=fixed(f"{_ACTION}{n}", a.text)) for n, a in enumerate(draft.actions)
    )
    supervision = draft.supervision
    if supervision is not None:
        supervision = replace(
            supervision, other_party_role=fixed(ROLE, supervision.other_party_role)
        )
    return replace(
        draft,
        title=fixed(TITLE, draft.title),
        body=fixed(BODY, draft.body),
        sections=sections,
        actions=actions,
        supervision=supervision,
    )

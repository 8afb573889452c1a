"""The appraisal a person prepares for a period, as plain immutable values.

An appraisal is a conversation about a year: what the person thinks of their own practice
against each domain of a framework, what they set out to do and whether they did it, what
they will do next, and what others said. The reflections are its evidence; these values
hold the rest. Objectives are planned in one period's development plan and reviewed in the
next period's appraisal, so "last year's objectives" are the previous period's plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from journal_app.core.periods import Period

#: a self-assessment of one domain is a few paragraphs, not an essay
MAX_ASSESSMENT = 20_000
#: an objective, how it will be met, and a review note each fit in a short paragraph
MAX_OBJECTIVE = 2_000
#: feedback is a short quote; longer letters belong in an evidence file
MAX_QUOTE = 2_000
MAX_CONTEXT = 200
MAX_OBJECTIVES = 50
MAX_FEEDBACK = 200


class ObjectiveOutcome(StrEnum):
    """What became of an objective when it was reviewed."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"


class FeedbackSource(StrEnum):
    """Who gave the feedback: a role, never a name."""

    SUPERVISEE = "supervisee"
    COLLEAGUE = "colleague"
    MANAGER = "manager"
    FAMILY = "family"
    CHILD_OR_YOUNG_PERSON = "child_or_young_person"
    PARTNER_AGENCY = "partner_agency"
    OTHER = "other"


@dataclass(frozen=True)
class SelfAssessment:
    """The person's own view of one domain over the period."""

    domain_code: str
    strengths: str = ""
    to_develop: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.strengths.strip() or self.to_develop.strip())


@dataclass(frozen=True)
class Objective:
    """Something the person means to achieve, planned in one period, reviewed in the next.

    ``from_action_id`` names the reflection's action it was promoted from, if any.
    """

    text: str
    domain_codes: tuple[str, ...] = ()
    how: str = ""
    by_when: date | None = None
    outcome: ObjectiveOutcome | None = None
    outcome_note: str = ""
    from_action_id: str = ""
    id: str = ""

    @property
    def is_reviewed(self) -> bool:
        return self.outcome is not None


@dataclass(frozen=True)
class Feedback:
    """A short, anonymised quote from someone the person works with."""

    quote: str
    source: FeedbackSource = FeedbackSource.OTHER
    context: str = ""
    received_on: date | None = None
    id: str = ""


@dataclass(frozen=True)
class Appraisal:
    """Everything prepared for one appraisal period, against one framework."""

    period: Period
    framework_id: str
    appraisal_date: date | None = None
    self_assessments: tuple[SelfAssessment, ...] = ()
    plan: tuple[Objective, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    id: str = ""

    def self_assessment(self, domain_code: str) -> SelfAssessment:
        """The person's view of ``domain_code``, empty when not written yet."""
        for item in self.self_assessments:
            if item.domain_code == domain_code:
                return item
        return SelfAssessment(domain_code)

    def item_ids(self) -> list[str]:
        """The ids of the plan's objectives and of the feedback, in that order."""
        return [o.id for o in self.plan] + [q.id for q in self.feedback]

    def texts(self) -> list[str]:
        """Every piece of text the person wrote here, for the identifier check before any of
        it leaves the journal."""
        found: list[str] = []
        for item in self.self_assessments:
            found += [item.strengths, item.to_develop]
        for objective in self.plan:
            found += [objective.text, objective.how, objective.outcome_note]
        for quote in self.feedback:
            found += [quote.quote, quote.context]
        return [text for text in found if text.strip()]

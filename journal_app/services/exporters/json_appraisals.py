"""Appraisal workspaces in the JSON export, and read back from it.

Each appraisal is an object with ``id``, ``period`` (from, to), ``framework``,
``appraisal_date``, ``self_assessment`` (domain, strengths, to_develop), ``plan`` (id, text,
domains, how, by_when, outcome, outcome_note, from_action) and ``feedback`` (id, quote,
source, context, received_on). Every key is always present, in this order, so an export
imported into a new journal exports to the same bytes.
"""

from __future__ import annotations

from typing import Any

from journal_app.core.appraisal import (
    MAX_ASSESSMENT,
    MAX_CONTEXT,
    MAX_OBJECTIVE,
    MAX_QUOTE,
    Appraisal,
    Feedback,
    FeedbackSource,
    Objective,
    ObjectiveOutcome,
    SelfAssessment,
)
from journal_app.core.fields import FieldReader
from journal_app.core.messages import Message
from journal_app.core.periods import Period
from journal_app.core.reflection_json import (
    CODE_FORM,
    CODE_HINT,
    ID_FORM,
    ID_HINT,
    NAME_FORM,
    iso_day,
)

APPRAISAL_KEYS = (
    "id",
    "period",
    "framework",
    "appraisal_date",
    "self_assessment",
    "plan",
    "feedback",
)
SELF_ASSESSMENT_KEYS = ("domain", "strengths", "to_develop")
OBJECTIVE_KEYS = (
    "id",
    "text",
    "domains",
    "how",
    "by_when",
    "outcome",
    "outcome_note",
    "from_action",
)
FEEDBACK_KEYS = ("id", "quote", "source", "context", "received_on")


def appraisal_to_json(appraisal: Appraisal) -> dict[str, Any]:
    """One appraisal workspace as JSON-ready data, keys in the documented order."""
    return {
        "id": appraisal.id,
        "period": {
            "from": appraisal.period.start.isoformat(),
            "to": appraisal.period.end.isoformat(),
        },
        "framework": appraisal.framework_id,
        "appraisal_date": iso_day(appraisal.appraisal_date),
        "self_assessment": [
            {"domain": s.domain_code, "strengths": s.strengths, "to_develop": s.to_develop}
            for s in appraisal.self_assessments
        ],
        "plan": [
            {
                "id": o.id,
                "text": o.text,
                "domains": list(o.domain_codes),
                "how": o.how,
                "by_when": iso_day(o.by_when),
                "outcome": None if o.outcome is None else o.outcome.value,
                "outcome_note": o.outcome_note,
                "from_action": o.from_action_id,
            }
            for o in appraisal.plan
        ],
        "feedback": [
            {
                "id": q.id,
                "quote": q.quote,
                "source": q.source.value,
                "context": q.context,
                "received_on": iso_day(q.received_on),
            }
            for q in appraisal.feedback
        ],
    }


def appraisal_from_json(reader: FieldReader, value: object, path: str) -> Appraisal:
    """One appraisal from an import file, its fields checked (the reader stops at the first fault,
    naming its field). Its domains are checked against the framework by the caller."""
    a = reader.fields(value, path, APPRAISAL_KEYS)
    period = reader.fields(a["period"], f"{path}.period", ("from", "to"))
    start = reader.iso_date(period["from"], f"{path}.period.from")
    end = reader.iso_date(period["to"], f"{path}.period.to")
    if end < start:
        reader.fail(
            f"{path}.period.to", Message("datafile.earlier_than", other=f"{path}.period.from")
        )
    return Appraisal(
        period=Period(start, end),
        framework_id=reader.matching(
            a["framework"], f"{path}.framework", NAME_FORM, Message("import.hint.framework")
        ),
        appraisal_date=reader.optional_date(a["appraisal_date"], f"{path}.appraisal_date"),
        self_assessments=tuple(
            _self_assessment(reader, item, f"{path}.self_assessment[{i}]")
            for i, item in enumerate(reader.items(a["self_assessment"], f"{path}.self_assessment"))
        ),
        plan=tuple(
            _objective(reader, item, f"{path}.plan[{i}]")
            for i, item in enumerate(reader.items(a["plan"], f"{path}.plan"))
        ),
        feedback=tuple(
            _feedback(reader, item, f"{path}.feedback[{i}]")
            for i, item in enumerate(reader.items(a["feedback"], f"{path}.feedback"))
        ),
        id=reader.matching(a["id"], f"{path}.id", ID_FORM, ID_HINT),
    )


def _self_assessment(reader: FieldReader, value: object, path: str) -> SelfAssessment:
    s = reader.fields(value, path, SELF_ASSESSMENT_KEYS)
    return SelfAssessment(
        domain_code=reader.matching(s["domain"], f"{path}.domain", CODE_FORM, CODE_HINT),
        strengths=reader.exact_text(
            s["strengths"], f"{path}.strengths", Message("field.strengths"), MAX_ASSESSMENT
        ),
        to_develop=reader.exact_text(
            s["to_develop"], f"{path}.to_develop", Message("field.text"), MAX_ASSESSMENT
        ),
    )


def _objective(reader: FieldReader, value: object, path: str) -> Objective:
    o = reader.fields(value, path, OBJECTIVE_KEYS)
    outcome = o["outcome"]
    from_action = o["from_action"]
    return Objective(
        text=reader.exact_text(
            o["text"], f"{path}.text", Message("field.objective"), MAX_OBJECTIVE, required=True
        ),
        domain_codes=tuple(
            reader.matching(code, f"{path}.domains[{i}]", CODE_FORM, CODE_HINT)
            for i, code in enumerate(reader.items(o["domains"], f"{path}.domains"))
        ),
        how=reader.exact_text(o["how"], f"{path}.how", Message("field.text"), MAX_OBJECTIVE),
        by_when=reader.optional_date(o["by_when"], f"{path}.by_when"),
        outcome=None
        if outcome is None
        else reader.choice(outcome, f"{path}.outcome", ObjectiveOutcome),
        outcome_note=reader.exact_text(
            o["outcome_note"], f"{path}.outcome_note", Message("field.text"), MAX_OBJECTIVE
        ),
        from_action_id=""
        if from_action == ""
        else reader.matching(from_action, f"{path}.from_action", ID_FORM, ID_HINT),
        id=reader.matching(o["id"], f"{path}.id", ID_FORM, ID_HINT),
    )


def _feedback(reader: FieldReader, value: object, path: str) -> Feedback:
    q = reader.fields(value, path, FEEDBACK_KEYS)
    return Feedback(
        quote=reader.exact_text(
            q["quote"], f"{path}.quote", Message("field.feedback"), MAX_QUOTE, required=True
        ),
        source=reader.choice(q["source"], f"{path}.source", FeedbackSource),
        context=reader.exact_text(
            q["context"], f"{path}.context", Message("field.text"), MAX_CONTEXT
        ),
        received_on=reader.optional_date(q["received_on"], f"{path}.received_on"),
        id=reader.matching(q["id"], f"{path}.id", ID_FORM, ID_HINT),
    )

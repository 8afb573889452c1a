"""Appraisal workspaces in the JSON export, and read back from it.

Each appraisal is an object with ``id``, ``period`` (from, to), ``framework``,
``appraisal_date``, ``self_assessment`` (domain, strengths, to_develop), ``plan`` (id, text,
domains, how, by_when, outcome, outcome_note, from_action) and ``feedback`` (id, quote,
source, context, received_on). Every key is always present, in this order, so an export
imported into a new journal exports to the same bytes.
"""

from __future__ import annotations

import re
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
from journal_app.core.messages import Message
from journal_app.core.periods import Period
from journal_app.services.exporters import json_fields as f

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

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", re.ASCII)
_FRAMEWORK = re.compile(r"[a-z0-9][a-z0-9-]{0,39}", re.ASCII)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,9}", re.ASCII)
_ID_HINT = Message("import.hint.id")


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def appraisal_to_json(appraisal: Appraisal) -> dict[str, Any]:
    """One appraisal workspace as JSON-ready data, keys in the documented order."""
    return {
        "id": appraisal.id,
        "period": {
            "from": appraisal.period.start.isoformat(),
            "to": appraisal.period.end.isoformat(),
        },
        "framework": appraisal.framework_id,
        "appraisal_date": _iso(appraisal.appraisal_date),
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
                "by_when": _iso(o.by_when),
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
                "received_on": _iso(q.received_on),
            }
            for q in appraisal.feedback
        ],
    }


def appraisal_from_json(value: object, path: str) -> Appraisal:
    """One appraisal from an import file, its fields checked (:class:`FieldFault` names the
    field of the first fault). Its domains are checked against the framework by the caller."""
    a = f.obj(value, path, APPRAISAL_KEYS)
    period = f.obj(a["period"], f"{path}.period", ("from", "to"))
    start = f.iso_date(period["from"], f"{path}.period.from")
    end = f.iso_date(period["to"], f"{path}.period.to")
    if end < start:
        f.fail(f"{path}.period.to", Message("import.period_to_before_from"))
    return Appraisal(
        period=Period(start, end),
        framework_id=f.pattern(
            a["framework"], f"{path}.framework", _FRAMEWORK, Message("import.hint.framework")
        ),
        appraisal_date=f.optional_date(a["appraisal_date"], f"{path}.appraisal_date"),
        self_assessments=tuple(
            _self_assessment(item, f"{path}.self_assessment[{i}]")
            for i, item in enumerate(f.items(a["self_assessment"], f"{path}.self_assessment"))
        ),
        plan=tuple(
            _objective(item, f"{path}.plan[{i}]")
            for i, item in enumerate(f.items(a["plan"], f"{path}.plan"))
        ),
        feedback=tuple(
            _feedback(item, f"{path}.feedback[{i}]")
            for i, item in enumerate(f.items(a["feedback"], f"{path}.feedback"))
        ),
        id=f.pattern(a["id"], f"{path}.id", _ID, _ID_HINT),
    )


def _self_assessment(value: object, path: str) -> SelfAssessment:
    s = f.obj(value, path, SELF_ASSESSMENT_KEYS)
    return SelfAssessment(
        domain_code=f.pattern(s["domain"], f"{path}.domain", _CODE, Message("import.hint.domain")),
        strengths=f.text(
            s["strengths"], f"{path}.strengths", Message("field.strengths"), MAX_ASSESSMENT
        ),
        to_develop=f.text(
            s["to_develop"], f"{path}.to_develop", Message("field.text"), MAX_ASSESSMENT
        ),
    )


def _objective(value: object, path: str) -> Objective:
    o = f.obj(value, path, OBJECTIVE_KEYS)
    outcome = o["outcome"]
    from_action = o["from_action"]
    return Objective(
        text=f.text(
            o["text"], f"{path}.text", Message("field.objective"), MAX_OBJECTIVE, required=True
        ),
        domain_codes=tuple(
            f.pattern(code, f"{path}.domains[{i}]", _CODE, Message("import.hint.domain"))
            for i, code in enumerate(f.items(o["domains"], f"{path}.domains"))
        ),
        how=f.text(o["how"], f"{path}.how", Message("field.text"), MAX_OBJECTIVE),
        by_when=f.optional_date(o["by_when"], f"{path}.by_when"),
        outcome=None
        if outcome is None
        else f.choice(outcome, f"{path}.outcome", ObjectiveOutcome),
        outcome_note=f.text(
            o["outcome_note"], f"{path}.outcome_note", Message("field.text"), MAX_OBJECTIVE
        ),
        from_action_id=""
        if from_action == ""
        else f.pattern(from_action, f"{path}.from_action", _ID, _ID_HINT),
        id=f.pattern(o["id"], f"{path}.id", _ID, _ID_HINT),
    )


def _feedback(value: object, path: str) -> Feedback:
    q = f.obj(value, path, FEEDBACK_KEYS)
    return Feedback(
        quote=f.text(
            q["quote"], f"{path}.quote", Message("field.feedback"), MAX_QUOTE, required=True
        ),
        source=f.choice(q["source"], f"{path}.source", FeedbackSource),
        context=f.text(q["context"], f"{path}.context", Message("field.text"), MAX_CONTEXT),
        received_on=f.optional_date(q["received_on"], f"{path}.received_on"),
        id=f.pattern(q["id"], f"{path}.id", _ID, _ID_HINT),
    )

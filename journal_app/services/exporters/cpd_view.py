"""One reflection as the fields of Social Work England's online CPD form.

Social Work England takes CPD records only through its web form, one field at a time, so
the app shows each field on its own with a copy button (and ``journal-app cpd ID`` prints
them). Entries written with the CPD record template map field for field; other reflective
models fall back on their nearest sections, so any reflection can become a CPD record.
Text is given as plain text: the web form shows Markdown marks literally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journal_app.core.cpd import CPD_TEMPLATE_ID, PEER_REFLECTION_KEY
from journal_app.core.models import SESSION_KIND_LABELS, ActionKind, Entry
from journal_app.core.periods import format_uk_date
from journal_app.core.text import first_paragraph, join_nonempty
from journal_app.services.exporters.summaries import IMPACT_KEYS, LEARNING_KEYS, first_text

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.DOTALL)
_STAR_BULLET = re.compile(r"^(\s*)[*+]\s+", re.MULTILINE)


@dataclass(frozen=True)
class CpdField:
    """One field of the web form: a stable key, the form's label and the text to paste."""

    key: str
    label: str
    text: str

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class CpdRecord:
    """The six fields of a CPD record for one reflection."""

    entry_id: str
    entry_title: str
    from_cpd_template: bool
    fields: tuple[CpdField, ...]

    def field(self, key: str) -> CpdField:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)


def plain_text(markdown: str) -> str:
    """Markdown as text for a web form: no ``#``, ``**`` or ``_`` marks, "-" bullets kept."""
    text = _HEADING.sub("", markdown)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _STAR_BULLET.sub(r"\1- ", text)
    return text.strip()


def _cpd_type(entry: Entry, template_title: str) -> str:
    written = entry.section_text("cpd_type").strip()
    if written:
        return written
    if entry.supervision is not None:
        return SESSION_KIND_LABELS[entry.supervision.session_kind]
    return f"Reflective practice ({template_title})" if template_title else "Reflective practice"


def _description(entry: Entry) -> str:
    written = entry.section_text("description").strip()
    if written and entry.template_id == CPD_TEMPLATE_ID:
        return written
    opening = first_paragraph(entry.body) or first_paragraph(written)
    if not opening:
        opening = next((first_paragraph(s.text) for s in entry.sections if s.text.strip()), "")
    return join_nonempty([entry.title, opening])


def _impact(entry: Entry) -> str:
    written = first_text(entry, IMPACT_KEYS)
    actions = [a.text for a in entry.actions if a.kind is ActionKind.ACTION]
    if not actions or entry.template_id == CPD_TEMPLATE_ID:
        return written
    listed = "\n".join(f"- {' '.join(text.split())}" for text in actions)
    return join_nonempty([written, f"Actions I set myself:\n{listed}"])


def cpd_record(entry: Entry, template_title: str = "") -> CpdRecord:
    """The CPD form's fields for ``entry``; ``template_title`` names its reflective model."""
    activity_date = entry.section_text("activity_date").strip() or format_uk_date(entry.event_date)
    fields = (
        CpdField("cpd_type", "Type of CPD", _cpd_type(entry, template_title)),
        CpdField("description", "Description and why it was relevant", _description(entry)),
        CpdField("activity_date", "Date of the activity", activity_date),
        CpdField("learning", "What I learnt", first_text(entry, LEARNING_KEYS)),
        CpdField("impact", "Impact on my practice and on people I work with", _impact(entry)),
        CpdField(
            "peer_reflection", "Peer reflection", entry.section_text(PEER_REFLECTION_KEY).strip()
        ),
    )
    return CpdRecord(
        entry_id=entry.id,
        entry_title=entry.title,
        from_cpd_template=entry.template_id == CPD_TEMPLATE_ID,
        fields=tuple(CpdField(f.key, f.label, plain_text(f.text)) for f in fields),
    )

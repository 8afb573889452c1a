"""Which parts of a reflection carry its learning, for summaries and the CPD record.

A summary is what an appraiser needs when time is short: the opening paragraph (what
happened) and the sections where the writer says what they learnt and what they will do.
Each reflective model names those sections differently, so they are listed here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal_app.core.models import Entry, Section
from journal_app.core.text import first_paragraph

#: per template, the sections that say what was learnt and what comes next, in order
LEARNING_SECTIONS: dict[str, tuple[str, ...]] = {
    "gibbs": ("conclusion", "action_plan"),
    "kolb": ("abstract_conceptualisation", "active_experimentation"),
    "driscoll": ("so_what", "now_what"),
    "morrison-4x4x4": ("analysis", "action_plan"),
    "schon": ("reflection_on_action",),
    "swe-cpd": ("learning", "impact"),
}

#: section keys that mean "what I learnt" in any template, best first
LEARNING_KEYS = (
    "learning",
    "conclusion",
    "abstract_conceptualisation",
    "so_what",
    "analysis",
    "reflection_on_action",
    "evaluation",
)

#: section keys that mean "what I will do differently", best first
IMPACT_KEYS = ("impact", "action_plan", "active_experimentation", "now_what")


@dataclass(frozen=True)
class EntrySummary:
    """The opening paragraph of a reflection and its learning and action sections."""

    opening: str
    sections: tuple[Section, ...]


def learning_sections(entry: Entry) -> tuple[Section, ...]:
    """The sections of ``entry`` that carry learning and next steps, if they have text."""
    keys = LEARNING_SECTIONS.get(entry.template_id, ())
    if not keys:
        # an unknown or user-switched template: fall back on the usual names
        keys = (*LEARNING_KEYS[:1], *IMPACT_KEYS[:2])
    by_key = {section.key: section for section in entry.sections}
    return tuple(by_key[key] for key in keys if key in by_key and by_key[key].text.strip())


def opening_paragraph(entry: Entry) -> str:
    """The first paragraph of the body, or of the first section with text if there is none."""
    if entry.body.strip():
        return first_paragraph(entry.body)
    for section in entry.sections:
        if section.text.strip():
            return first_paragraph(section.text)
    return ""


def summarise(entry: Entry) -> EntrySummary:
    """The summary of ``entry``: opening paragraph plus learning and action sections.

    When the opening paragraph comes from a section that is also a learning section, the
    section is not repeated.
    """
    opening = opening_paragraph(entry)
    sections = learning_sections(entry)
    if not entry.body.strip() and sections and first_paragraph(sections[0].text) == opening:
        opening = ""
    return EntrySummary(opening, sections)


def first_text(entry: Entry, keys: tuple[str, ...]) -> str:
    """The text of the first section among ``keys`` that has any."""
    for key in keys:
        text = entry.section_text(key).strip()
        if text:
            return text
    return ""

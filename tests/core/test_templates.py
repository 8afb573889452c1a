"""Shipped templates, template validation, and switching template without losing text."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core.models import Section
from journal_app.core.resources import resource_path
from journal_app.core.templates import (
    Template,
    TemplateFileError,
    TemplateSection,
    load_template,
    parse_template,
    switch_template,
)

SECTION_KEYS = {
    "free-form": (),
    "gibbs": ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"),
    "kolb": (
        "concrete_experience",
        "reflective_observation",
        "abstract_conceptualisation",
        "active_experimentation",
    ),
    "driscoll": ("what", "so_what", "now_what"),
    "morrison-4x4x4": (
        "experience",
        "reflection",
        "analysis",
        "action_plan",
        "functions",
        "stakeholders",
    ),
    "schon": ("reflection_in_action", "reflection_on_action"),
    "swe-cpd": (
        "cpd_type",
        "description",
        "activity_date",
        "learning",
        "impact",
        "peer_reflection",
    ),
}


def shipped(template_id: str) -> Template:
    return load_template(resource_path("templates", f"{template_id}.json"))


ALL_TEMPLATES = [shipped(template_id) for template_id in SECTION_KEYS]


@pytest.mark.parametrize("template_id", sorted(SECTION_KEYS))
def test_every_shipped_template_loads_with_its_sections(template_id: str) -> None:
    template = shipped(template_id)
    assert template.id == template_id
    assert tuple(s.key for s in template.sections) == SECTION_KEYS[template_id]
    assert template.title and template.description
    if template.sections:
        # every structured template reminds the writer to keep case detail out
        prompts = " ".join(s.prompt for s in template.sections)
        assert "roles" in prompts or "name" in prompts, template_id


def test_morrison_prompts_name_the_four_functions_and_stakeholders() -> None:
    text = " ".join(s.prompt for s in shipped("morrison-4x4x4").sections).lower()
    for word in ("management", "development", "support", "mediation"):
        assert word in text
    for stakeholder in ("people who use services", "staff", "organisation", "partner agencies"):
        assert stakeholder in text


def test_empty_sections_for_a_new_entry() -> None:
    sections = shipped("driscoll").empty_sections()
    assert [(s.key, s.text) for s in sections] == [("what", ""), ("so_what", ""), ("now_what", "")]


def valid_data() -> dict[str, Any]:
    data = json.loads(resource_path("templates", "gibbs.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return copy.deepcopy(data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", ["x"], "title: expected text, found a list"),
        ("sections", "none", "sections: expected a list"),
        ("id", "Gibbs!", "id: 'Gibbs!' is not allowed"),
        ("extra", 1, "unknown field 'extra'"),
    ],
)
def test_invalid_template_field(field: str, value: object, message: str) -> None:
    data = valid_data()
    data[field] = value
    with pytest.raises(TemplateFileError) as caught:
        parse_template(data, "mine.json")
    assert "Template file 'mine.json'" in str(caught.value)
    assert message in str(caught.value)


def test_duplicate_section_key() -> None:
    data = valid_data()
    data["sections"][2]["key"] = "feelings"
    with pytest.raises(TemplateFileError, match=r"sections\[2\]\.key.*'feelings' is used twice"):
        parse_template(data, "mine.json")


def test_missing_section_prompt() -> None:
    data = valid_data()
    del data["sections"][1]["prompt"]
    with pytest.raises(TemplateFileError, match=r"sections\[1\]\.prompt.*missing"):
        parse_template(data, "mine.json")


def test_bad_section_key() -> None:
    data = valid_data()
    data["sections"][0]["key"] = "What Happened"
    with pytest.raises(TemplateFileError, match=r"sections\[0\]\.key"):
        parse_template(data, "mine.json")


def test_bad_json_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n"schema": 1,\n"id": "t",\n"title": "T",,\n}', "utf-8")
    with pytest.raises(TemplateFileError, match="line 4"):
        load_template(path)


# --- switching -------------------------------------------------------------------------

GIBBS = shipped("gibbs")
DRISCOLL = shipped("driscoll")
FREE_FORM = shipped("free-form")


def test_matching_keys_move_and_take_the_new_title() -> None:
    sections = (Section("analysis", "Old analysis", "Because workload."),)
    morrison = shipped("morrison-4x4x4")
    new_sections, body = switch_template(sections, "", morrison)
    assert [s.key for s in new_sections] == list(SECTION_KEYS["morrison-4x4x4"])
    analysis = next(s for s in new_sections if s.key == "analysis")
    assert (analysis.title, analysis.text) == ("Analysis", "Because workload.")
    assert all(s.text == "" for s in new_sections if s.key != "analysis")
    assert body == ""


def test_unmatched_text_goes_to_the_body_under_its_old_title() -> None:
    sections = (
        Section("description", "Description", "We met."),
        Section("feelings", "Feelings", "Anxious, then relieved."),
        Section("evaluation", "Evaluation", "   "),
    )
    new_sections, body = switch_template(sections, "Opening thoughts.", DRISCOLL)
    assert [s.text for s in new_sections] == ["", "", ""]
    assert body == (
        "Opening thoughts.\n\n## Description\n\nWe met.\n\n"
        "## Feelings\n\nAnxious, then relieved.\n"
    )
    assert "Evaluation" not in body  # an empty section leaves no stray heading


def test_switching_to_free_form_moves_everything_into_the_body() -> None:
    sections = GIBBS.empty_sections()
    sections = tuple(Section(s.key, s.title, f"text of {s.key}") for s in sections)
    new_sections, body = switch_template(sections, "", FREE_FORM)
    assert new_sections == ()
    for section in GIBBS.sections:
        assert f"## {section.title}\n\ntext of {section.key}" in body


def test_a_repeated_key_keeps_the_second_text_in_the_body() -> None:
    sections = (Section("what", "What?", "first"), Section("what", "What again", "second"))
    new_sections, body = switch_template(sections, "", DRISCOLL)
    assert new_sections[0].text == "first"
    assert "## What again\n\nsecond" in body


def test_a_multi_line_title_becomes_a_one_line_heading() -> None:
    sections = (Section("odd", "Two\nlines", "kept"),)
    _, body = switch_template(sections, "", FREE_FORM)
    assert body == "## Two lines\n\nkept\n"


def _all_keys() -> list[str]:
    keys = {key for template in ALL_TEMPLATES for key in (s.key for s in template.sections)}
    return sorted(keys | {"custom_one", "custom_two"})


section_strategy = st.builds(
    Section,
    key=st.sampled_from(_all_keys()),
    title=st.text(max_size=20),
    text=st.text(max_size=60),
)


def _texts_survive(
    old: tuple[Section, ...], body: str, new: tuple[Section, ...], out: str
) -> None:
    assert out.startswith(body.rstrip())
    placed = [s.text for s in new]
    for section in old:
        if section.text.strip():
            assert section.text in placed or section.text.strip() in out


@settings(max_examples=300, deadline=None)
@given(
    old=st.lists(section_strategy, max_size=8).map(tuple),
    body=st.text(max_size=80),
    target=st.sampled_from(ALL_TEMPLATES),
)
def test_switching_never_loses_text(old: tuple[Section, ...], body: str, target: Template) -> None:
    new_sections, new_body = switch_template(old, body, target)
    assert [s.key for s in new_sections] == [s.key for s in target.sections]
    _texts_survive(old, body, new_sections, new_body)


@settings(max_examples=200, deadline=None)
@given(
    old=st.lists(section_strategy, max_size=6).map(tuple),
    body=st.text(max_size=40),
    first=st.sampled_from(ALL_TEMPLATES),
    second=st.sampled_from(ALL_TEMPLATES),
)
def test_switching_twice_never_loses_text(
    old: tuple[Section, ...], body: str, first: Template, second: Template
) -> None:
    middle_sections, middle_body = switch_template(old, body, first)
    final_sections, final_body = switch_template(middle_sections, middle_body, second)
    _texts_survive(old, body, final_sections, final_body)


def test_template_section_lookup() -> None:
    assert GIBBS.section("feelings") == GIBBS.sections[1]
    assert GIBBS.section("nope") is None
    assert isinstance(GIBBS.sections[0], TemplateSection)

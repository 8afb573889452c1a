"""The Welsh overlays of the shipped templates, frameworks and CPD rules: each is complete,
has no unknown keys, is chosen when the language is Welsh, and a reflection written from a
Welsh template reads back in English with the titles it was written with."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal_app.core import messages
from journal_app.core.catalogue import Catalogue
from journal_app.core.cpd_rules import CpdRulesFileError, load_rules, parse_rules, translate_rules
from journal_app.core.frameworks import FrameworkFileError, load_framework
from journal_app.core.models import EntryDraft, Section, Status, Visibility
from journal_app.core.resources import resource_path
from journal_app.core.templates import TemplateFileError, load_template, switch_template
from journal_app.core.translated_data import (
    overlay_path,
    translate_framework,
    translate_template,
    translated_framework,
    translated_template,
)
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase

WELSH = "cy"
TEMPLATE_IDS = ("free-form", "gibbs", "kolb", "driscoll", "morrison-4x4x4", "schon", "swe-cpd")
FRAMEWORK_FILES = (
    "kss-pl",
    "kss-ps",
    "kss-cfp",
    "ecs",
    "kss-ps-adults",
    "pcf",
    "swe",
    "scw@2017",
    "scw@2026",
)
#: published in Welsh too, so their titles are translated; the rest keep English titles
BILINGUAL = ("scw@2017", "scw@2026")
#: the Welsh titles Social Care Wales' own Welsh pages give (gofalcymdeithasol.cymru/codau)
SCW_WELSH_TITLES = {
    "scw@2017": "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol",
    "scw@2026": "Cod Ymarfer Proffesiynol ar gyfer Gweithwyr Gofal Cymdeithasol",
}


def english_template_path(template_id: str) -> Path:
    return resource_path("templates", f"{template_id}.json")


def english_framework_path(stem: str) -> Path:
    return resource_path("frameworks", f"{stem}.json")


def overlay(kind: str, stem: str) -> dict[str, Any]:
    data = json.loads(resource_path(kind, WELSH, f"{stem}.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def welsh() -> Iterator[None]:
    messages.set_language(WELSH)
    try:
        yield
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)


# -- every shipped file has a complete translation -------------------------------------------


def test_every_shipped_file_has_a_welsh_overlay_and_no_overlay_is_orphaned() -> None:
    for kind in ("templates", "frameworks", "cpd"):
        english = {p.name for p in resource_path(kind).iterdir() if p.suffix == ".json"}
        welsh = {p.name for p in resource_path(kind, WELSH).iterdir()}
        assert welsh == english, kind
    assert {p.stem for p in resource_path("templates").glob("*.json")} == set(TEMPLATE_IDS)
    assert {p.stem for p in resource_path("frameworks").glob("*.json")} == set(FRAMEWORK_FILES)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_each_welsh_template_gives_every_english_field_and_no_other(template_id: str) -> None:
    english = load_template(english_template_path(template_id))
    welsh = translated_template(english, english_template_path(template_id), WELSH)
    data = overlay("templates", template_id)
    assert set(data) == {"schema", "id", "language", "title", "description", "sections"}
    assert list(data["sections"]) == [s.key for s in english.sections]
    for key, fields in data["sections"].items():
        assert set(fields) == {"title", "prompt"}, key
    # the same template, in other words: id and section keys unchanged, wording Welsh
    assert welsh.id == english.id
    assert [s.key for s in welsh.sections] == [s.key for s in english.sections]
    assert welsh.title != english.title
    assert welsh.description != english.description
    for mine, theirs in zip(welsh.sections, english.sections, strict=True):
        assert mine.prompt != theirs.prompt, mine.key
    if welsh.sections:
        # every structured template reminds the writer to keep case detail out
        assert "rolau (Plentyn A, Rhiant B)" in " ".join(s.prompt for s in welsh.sections)


@pytest.mark.parametrize("stem", FRAMEWORK_FILES)
def test_each_welsh_framework_gives_every_field_it_should_and_no_other(stem: str) -> None:
    english = load_framework(english_framework_path(stem))
    welsh = translated_framework(english, english_framework_path(stem), WELSH)
    data = overlay("frameworks", stem)
    bilingual = stem in BILINGUAL
    header = {"title", "short_title", "publisher", "source"}
    base = {"schema", "id", "version", "language", "titles", "about", "domains"}
    assert set(data) == base | {"source_document"} | (header if bilingual else set())
    assert data["titles"] == ("translated" if bilingual else "english")
    assert list(data["domains"]) == list(english.codes)
    wanted = {"summary", "prompts"} | ({"title"} if bilingual else set())
    for code, fields in data["domains"].items():
        assert set(fields) == wanted, code
    # structure, versions, dates and keywords are the English file's
    assert (welsh.id, welsh.version, welsh.codes) == (english.id, english.version, english.codes)
    assert (welsh.in_force_from, welsh.in_force_until) == (
        english.in_force_from,
        english.in_force_until,
    )
    assert welsh.replaces == english.replaces and welsh.audience == english.audience
    assert welsh.about and not english.about
    for mine, theirs in zip(welsh.domains, english.domains, strict=True):
        assert mine.keywords == theirs.keywords
        assert len(mine.prompts) == len(theirs.prompts)
        assert mine.summary != theirs.summary
        assert all(a != b for a, b in zip(mine.prompts, theirs.prompts, strict=True))
        assert (mine.title != theirs.title) is bilingual, mine.code


@pytest.mark.parametrize("stem", [s for s in FRAMEWORK_FILES if s not in BILINGUAL])
def test_an_english_only_framework_keeps_its_official_titles_and_says_what_it_is(
    stem: str,
) -> None:
    english = load_framework(english_framework_path(stem))
    welsh = translated_framework(english, english_framework_path(stem), WELSH)
    assert (welsh.title, welsh.short_title, welsh.publisher, welsh.source) == (
        english.title,
        english.short_title,
        english.publisher,
        english.source,
    )
    assert [d.title for d in welsh.domains] == [d.title for d in english.domains]
    assert "Saesneg" in welsh.about  # says it is only in English
    # the English document, its check described in Welsh
    assert english.source_document is not None and welsh.source_document is not None
    mine, theirs = welsh.source_document, english.source_document
    assert (mine.title, mine.publisher, mine.url, mine.checked_on, mine.unconfirmed_codes) == (
        theirs.title,
        theirs.publisher,
        theirs.url,
        theirs.checked_on,
        theirs.unconfirmed_codes,
    )
    assert mine.checked != theirs.checked


@pytest.mark.parametrize("stem", BILINGUAL)
def test_the_welsh_codes_carry_their_published_welsh_titles_and_mark_what_is_ours(
    stem: str,
) -> None:
    english = load_framework(english_framework_path(stem))
    welsh = translated_framework(english, english_framework_path(stem), WELSH)
    assert welsh.title == SCW_WELSH_TITLES[stem]
    assert welsh.publisher == "Gofal Cymdeithasol Cymru"
    source = welsh.source_document
    assert source is not None
    assert source.title == SCW_WELSH_TITLES[stem]
    assert source.url.startswith("https://gofalcymdeithasol.cymru/")
    assert source.checked_on.isoformat() == "2026-12-02"
    # no Welsh text of the sections was found: every section title is our own, and says so
    assert source.unconfirmed_codes == english.codes


def test_the_welsh_cpd_rules_keep_the_numbers_and_translate_the_notes() -> None:
    path = resource_path("cpd", "swe.json")
    english, welsh = load_rules(path), load_rules(path, WELSH)
    assert [(r.starts, r.ends, r.pieces, r.with_peer_reflection) for r in welsh] == [
        (r.starts, r.ends, r.pieces, r.with_peer_reflection) for r in english
    ]
    assert all(mine.note != theirs.note for mine, theirs in zip(welsh, english, strict=True))
    assert "DPP" in welsh[-1].note


# -- the loaders pick the language ----------------------------------------------------------


def test_the_catalogue_is_welsh_when_the_language_is_welsh(welsh: None) -> None:
    catalogue = Catalogue.builtin()
    assert catalogue.template("gibbs").title == "Cylch myfyriol Gibbs"
    assert catalogue.framework("scw").title == SCW_WELSH_TITLES["scw@2026"]
    assert catalogue.framework_at("scw", "2017").title == SCW_WELSH_TITLES["scw@2017"]
    assert (
        catalogue.framework("kss-pl").title
        == "Knowledge and skills statement for practice leaders"
    )


def test_the_catalogue_is_english_otherwise() -> None:
    assert messages.current_language() == messages.SOURCE_LANGUAGE
    catalogue = Catalogue.builtin()
    assert catalogue.template("gibbs").title == "Gibbs reflective cycle"
    assert (
        catalogue.framework("scw").title == "Code of Professional Practice for Social Care Workers"
    )
    assert all(not f.about for f in catalogue.frameworks)
    # a language with no translation shipped reads in English, never half-translated
    french = Catalogue.builtin(language="fr")
    assert [t.title for t in french.templates] == [t.title for t in catalogue.templates]
    assert overlay_path(english_template_path("gibbs"), "fr") is None
    assert overlay_path(english_template_path("gibbs"), "../cy") is None


def test_an_explicit_language_wins_over_the_current_one(welsh: None) -> None:
    english = Catalogue.builtin(language=messages.SOURCE_LANGUAGE)
    assert english.template("kolb").title == "Kolb's experiential learning cycle"


def test_imported_frameworks_are_shown_as_written(tmp_path: Path, welsh: None) -> None:
    user = tmp_path / "user"
    user.mkdir()
    data = json.loads(english_framework_path("kss-pl").read_text("utf-8"))
    data["id"] = "our-standards"
    (user / "our-standards.json").write_text(json.dumps(data), "utf-8")
    catalogue = Catalogue.builtin(user)
    imported = catalogue.framework("our-standards")
    assert imported.domains[0].summary == data["domains"][0]["summary"]
    assert not imported.about


def test_the_cpd_rules_follow_the_current_language() -> None:
    from journal_app.core.cpd_rules import swe_rules

    english = swe_rules()  # asked in English first, so a cache could only hold English
    messages.set_language(WELSH)
    try:
        assert swe_rules()[-1].note == swe_rules(WELSH)[-1].note != english[-1].note
    finally:
        messages.set_language(messages.SOURCE_LANGUAGE)
    assert swe_rules()[-1].note == english[-1].note


# -- a reflection written in Welsh reads in English -----------------------------------------


def test_a_reflection_from_a_welsh_template_keeps_its_titles_and_opens_in_english(
    database: JournalDatabase, welsh: None
) -> None:
    welsh_catalogue = Catalogue.builtin()
    template = welsh_catalogue.template("gibbs")
    sections = tuple(
        Section(s.key, s.title, f"Testun {n}") for n, s in enumerate(template.empty_sections())
    )
    from datetime import date

    draft = EntryDraft(
        title="Goruchwyliaeth grŵp",
        body="",
        event_date=date(2026, 11, 3),
        template_id=template.id,
        sections=sections,
        status=Status.FINAL,
        visibility=Visibility.PRIVATE,
        tags=(welsh_catalogue.resolve_tag("scw:3"),),
    )
    created = JournalService(database, welsh_catalogue).create(draft)

    messages.set_language(messages.SOURCE_LANGUAGE)
    english_catalogue = Catalogue.builtin()
    entry = JournalService(database, english_catalogue).get(created.id)
    # the titles it was written with, not today's language
    assert [s.title for s in entry.sections] == [
        "Disgrifiad",
        "Teimladau",
        "Gwerthusiad",
        "Dadansoddiad",
        "Casgliad",
        "Cynllun gweithredu",
    ]
    english = english_catalogue.template(entry.template_id)
    for section in entry.sections:
        found = english.section(section.key)
        assert found is not None and found.prompt  # the English prompt still finds its box
    # switching model in English moves every text by key and loses none
    moved, body = switch_template(entry.sections, entry.body, english_catalogue.template("kolb"))
    assert all(f"Testun {n}" in body for n in range(len(sections)))
    assert [s.key for s in moved] == [s.key for s in english_catalogue.template("kolb").sections]
    assert english_catalogue.domain_title(entry.tags[0]) == (
        "Support people's well-being, voice and control, and help keep them safe"
    )


# -- a faulty overlay is refused, naming the field ------------------------------------------


def welsh_template(template_id: str = "gibbs") -> dict[str, Any]:
    return copy.deepcopy(overlay("templates", template_id))


def translate_gibbs(data: object) -> None:
    english = load_template(english_template_path("gibbs"))
    translate_template(english, data, "cy/gibbs.json", WELSH)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda d: d["sections"].pop("feelings"), r"sections\.feelings.*missing"),
        (lambda d: d["sections"].update(extra={"title": "X", "prompt": "Y"}), r"'extra'"),
        (lambda d: d.update(guidance="..."), r"unknown field 'guidance'"),
        (lambda d: d["sections"]["analysis"].pop("prompt"), r"analysis\.prompt.*missing"),
        (lambda d: d["sections"]["analysis"].update(title=" "), r"analysis\.title.*empty"),
        (lambda d: d.update(id="kolb"), r"at id.*'kolb'"),
        (lambda d: d.update(language="en"), r"at language"),
        (lambda d: d.update(schema=99), r"schema 99 is from a newer version"),
        (lambda d: d.update(sections=[]), r"sections: expected an object, found a list"),
    ],
)
def test_a_faulty_template_overlay_is_refused(change: Any, match: str) -> None:
    data = welsh_template()
    change(data)
    with pytest.raises(TemplateFileError, match=f"cy/gibbs.json.*{match}"):
        translate_gibbs(data)


def translate_overlay(stem: str, data: object) -> None:
    english = load_framework(english_framework_path(stem))
    translate_framework(english, data, f"cy/{stem}.json", WELSH)


@pytest.mark.parametrize(
    ("stem", "change", "match"),
    [
        ("kss-pl", lambda d: d["domains"].pop("6"), r"domains\.6.*missing"),
        ("kss-pl", lambda d: d["domains"].update({"7": d["domains"]["1"]}), r"'7'"),
        ("kss-pl", lambda d: d["domains"]["2"].update(title="Arwain"), r"unknown field 'title'"),
        ("kss-pl", lambda d: d.update(title="Datganiad"), r"unknown field 'title'"),
        ("kss-pl", lambda d: d.pop("about"), r"about.*missing"),
        ("kss-pl", lambda d: d["domains"]["1"]["prompts"].pop(), r"prompts.*at least 4"),
        ("kss-pl", lambda d: d["domains"]["1"]["prompts"].append("Pam?"), r"prompts.*limit"),
        ("kss-pl", lambda d: d.update(version="2024"), r"at version.*'2024'"),
        ("kss-pl", lambda d: d.update(titles="welsh"), r"at titles.*'welsh'"),
        ("kss-pl", lambda d: d["source_document"].update(url="https://x"), r"'url'"),
        ("kss-pl", lambda d: d.pop("source_document"), r"source_document.*missing"),
        ("scw@2026", lambda d: d["domains"]["3"].pop("title"), r"domains\.3\.title.*missing"),
        ("scw@2026", lambda d: d.pop("short_title"), r"short_title.*missing"),
        (
            "scw@2026",
            lambda d: d["source_document"].update(unconfirmed_codes=["9"]),
            r"no domain '9'",
        ),
    ],
)
def test_a_faulty_framework_overlay_is_refused(stem: str, change: Any, match: str) -> None:
    data = copy.deepcopy(overlay("frameworks", stem))
    change(data)
    with pytest.raises(FrameworkFileError, match=f"cy/{stem}.json.*{match}"):
        translate_overlay(stem, data)


def test_a_faulty_cpd_overlay_is_refused() -> None:
    path = resource_path("cpd", "swe.json")
    rules = parse_rules(json.loads(path.read_text("utf-8")), "swe.json")
    data = json.loads(resource_path("cpd", WELSH, "swe.json").read_text("utf-8"))
    data["notes"].pop("2021-12-01")
    with pytest.raises(CpdRulesFileError, match=r"notes\.2021-12-01.*missing"):
        translate_rules(rules, data, "cy/swe.json", WELSH)


def test_a_broken_shipped_overlay_stops_the_catalogue_like_a_broken_english_file(
    tmp_path: Path,
) -> None:
    frameworks, templates = tmp_path / "frameworks", tmp_path / "templates"
    (templates / WELSH).mkdir(parents=True)
    frameworks.mkdir()
    (templates / "gibbs.json").write_bytes(english_template_path("gibbs").read_bytes())
    data = welsh_template()
    del data["sections"]["conclusion"]
    (templates / WELSH / "gibbs.json").write_text(json.dumps(data), "utf-8")
    (frameworks / "kss-pl.json").write_bytes(english_framework_path("kss-pl").read_bytes())
    with pytest.raises(TemplateFileError, match="conclusion"):
        Catalogue.from_folders(frameworks, templates, language=WELSH)
    # in English the Welsh file is never read
    assert Catalogue.from_folders(frameworks, templates, language="en").template("gibbs")

"""The shipped framework files, and every way a framework file can be refused."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.frameworks import (
    Framework,
    FrameworkFileError,
    framework_to_json,
    load_framework,
    parse_framework,
)
from journal_app.core.resources import resource_path

#: file name (without .json) -> number of domains
SHIPPED = {
    "kss-pl": 6,
    "kss-ps": 8,
    "kss-cfp": 10,
    "ecs": 6,
    "kss-ps-adults": 8,
    "pcf": 9,
    "swe": 6,
    "scw@2017": 7,
    "scw@2026": 7,
}
CHECKED_ON = date(2026, 12, 2)

KSS_PL_TITLES = (
    "Lead and govern excellent practice",
    "Creating a context for excellent practice",
    "Designing a system to support effective practice",
    "Developing excellent practitioners",
    "Support effective decision-making",
    "Quality assurance and improvement",
)


def shipped(file_stem: str) -> Framework:
    return load_framework(resource_path("frameworks", f"{file_stem}.json"))


def valid_data() -> dict[str, Any]:
    data = json.loads(resource_path("frameworks", "kss-pl.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_shipped_file_is_listed_here() -> None:
    files = {p.stem for p in resource_path("frameworks").iterdir() if p.suffix == ".json"}
    assert files == set(SHIPPED)


@pytest.mark.parametrize(("file_stem", "count"), sorted(SHIPPED.items()))
def test_every_shipped_framework_loads(file_stem: str, count: int) -> None:
    framework = shipped(file_stem)
    assert framework.id == file_stem.split("@")[0]
    assert framework.codes == tuple(str(n) for n in range(1, count + 1))
    assert framework.version and framework.publisher and framework.source
    for domain in framework.domains:
        assert 2 <= len(domain.prompts) <= 4, domain.code
        assert domain.summary and domain.keywords
        assert all(keyword == keyword.lower() for keyword in domain.keywords)


def test_kss_pl_has_the_published_domain_titles_and_enough_keywords() -> None:
    framework = shipped("kss-pl")
    assert tuple(d.title for d in framework.domains) == KSS_PL_TITLES
    assert (framework.year, framework.version) == (2018, "2018")
    for domain in framework.domains:
        assert 15 <= len(domain.keywords) <= 40, domain.code


@pytest.mark.parametrize("file_stem", sorted(SHIPPED))
def test_every_shipped_framework_names_the_document_it_was_checked_against(
    file_stem: str,
) -> None:
    source = shipped(file_stem).source_document
    assert source is not None, "no source_document"
    for field in ("title", "publisher", "published", "url", "checked"):
        assert getattr(source, field).strip(), field
    assert source.url.startswith("https://")
    assert source.checked_on == CHECKED_ON


def test_a_source_document_missing_a_field_is_refused() -> None:
    data = valid_data()
    del data["source_document"]["url"]
    with pytest.raises(FrameworkFileError, match=r"source_document\.url.*missing"):
        parse_framework(data, "kss-pl.json")


def test_kss_for_practice_leaders_is_not_called_a_post_qualifying_standard() -> None:
    framework = shipped("kss-pl")
    assert framework.title == "Knowledge and skills statement for practice leaders"
    assert "post-qualifying" not in framework.source.lower()
    assert framework.source_document is not None
    assert "post-qualifying" not in framework.source_document.title.lower()


def test_swe_standards_carry_their_own_title() -> None:
    framework = shipped("swe")
    assert framework.title == "Professional standards"
    assert framework.source.endswith("Professional standards")


def test_new_frameworks_and_when_they_apply() -> None:
    practitioners = shipped("kss-cfp")
    assert len(practitioners.domains) == 10
    assert practitioners.in_force_until == date(2027, 3, 31)
    assert practitioners.in_force_on(date(2027, 3, 31))
    assert not practitioners.in_force_on(date(2027, 4, 1))
    early = shipped("ecs")
    assert early.in_force_from == date(2027, 4, 1) and not early.in_force_on(date(2026, 12, 2))
    assert early.source_document is not None
    assert early.source_document.published == "18 February 2026"
    # the six consultation domains stand in for the final ones and say so
    assert early.source_document.unconfirmed_codes == early.codes
    adults = shipped("kss-ps-adults")
    assert adults.publisher == "Department of Health and Social Care"
    assert adults.audience.services == ("adults",)


def test_the_2026_welsh_code_replaces_the_earlier_one_section_by_section() -> None:
    old, new = shipped("scw@2017"), shipped("scw@2026")
    assert (old.id, new.id) == ("scw", "scw")
    assert new.title == "Code of Professional Practice for Social Care Workers"
    assert old.in_force_until == date(2026, 6, 30) and new.in_force_from == date(2026, 7, 1)
    assert new.replaces is not None and new.replaces.version == old.version
    assert {new.replaces.new_code(code) for code in old.codes} == set(new.codes)


def test_scw_has_a_seventh_section_for_those_who_manage_staff() -> None:
    seventh = shipped("scw@2017").domain("7")
    assert seventh is not None
    assert "managing or leading staff" in seventh.title


def test_domain_lookup_by_code() -> None:
    framework = shipped("kss-pl")
    found = framework.domain("5")
    assert found is not None and found.title == "Support effective decision-making"
    assert framework.domain("9") is None


def test_json_form_reads_back_to_the_same_framework() -> None:
    for file_stem in SHIPPED:
        framework = shipped(file_stem)
        assert parse_framework(framework_to_json(framework), "copy") == framework


def test_keywords_are_lowercased_and_deduplicated() -> None:
    data = valid_data()
    data["domains"][0]["keywords"] = ["Case Audit", "case audit", "  Audit  "]
    domain = parse_framework(data, "mine.json").domains[0]
    assert domain.keywords == ("case audit", "audit")


def test_welsh_keywords_are_optional_lowercased_and_read_back() -> None:
    data = valid_data()
    assert parse_framework(data, "mine.json").domains[0].keywords_cy == ()
    data["domains"][0]["keywords_cy"] = ["Tîm", "tîm", "Asesiad Risg"]
    framework = parse_framework(data, "mine.json")
    assert framework.domains[0].keywords_cy == ("tîm", "asesiad risg")
    assert parse_framework(framework_to_json(framework), "copy") == framework
    assert "keywords_cy" not in framework_to_json(framework)["domains"][1]  # type: ignore[index]


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


def _duplicate_code(data: dict[str, Any]) -> None:
    data["domains"][3]["code"] = "2"


INVALID = [
    ("wrong type", _set("title", 5), "title", "expected text, found a number"),
    ("missing field", _delete("domains.2.title"), "domains[2].title", "missing"),
    ("duplicate code", _duplicate_code, "domains[3].code", "'2' is used twice"),
    ("unknown key", _set("colour", "red"), "", "unknown field 'colour'"),
    ("bad id", _set("id", "KSS PL"), "id", "lowercase letters, digits and hyphens"),
    ("short id", _set("id", "k"), "id", "not allowed"),
    ("year as text", _set("year", "2018"), "year", "expected a whole number, found text"),
    ("year as bool", _set("year", True), "year", "found true/false"),
    ("year out of range", _set("year", 18), "year", "out of range"),
    ("newer schema", _set("schema", 2), "schema", "newer version of the app"),
    ("no domains", _set("domains", []), "domains", "at least 1"),
    ("domains not a list", _set("domains", {}), "domains", "expected a list"),
    ("domain not an object", _set("domains.1", "x"), "domains[1]", "expected an object"),
    ("prompt not text", _set("domains.0.prompts.1", None), "domains[0].prompts[1]", "null"),
    ("empty title", _set("domains.4.title", "   "), "domains[4].title", "must not be empty"),
    ("title too long", _set("title", "x" * 201), "title", "the limit is 200"),
    ("bad code", _set("domains.0.code", "1 a"), "domains[0].code", "not allowed"),
    ("punctuation keyword", _set("domains.5.keywords.0", "--"), "keywords[0]", "letter or digit"),
    ("unknown domain key", _set("domains.0.notes", ""), "domains[0]", "unknown field 'notes'"),
    ("welsh keywords not a list", _set("domains.1.keywords_cy", "risg"), "keywords_cy", "list"),
    (
        "punctuation welsh keyword",
        _set("domains.2.keywords_cy", ["risg", "--"]),
        "domains[2].keywords_cy[1]",
        "letter or digit",
    ),
    ("empty welsh keyword", _set("domains.2.keywords_cy", ["  "]), "keywords_cy[0]", "empty"),
    ("source url", _set("source_document.url", "gov.uk"), "source_document.url", "https"),
    ("checked date", _set("source_document.checked_on", "2026-13-01"), "checked_on", "real"),
    (
        "unconfirmed code",
        _set("source_document.unconfirmed_codes", ["9"]),
        "unconfirmed_codes[0]",
        "no domain '9'",
    ),
    (
        "in force backwards",
        _set("in_force", {"from": "2027-01-01", "until": "2026-01-01"}),
        "in_force.until",
        "earlier than in_force.from",
    ),
    (
        "replaced code missing",
        _set("replaces", {"version": "2014", "codes": {"1": "9"}}),
        "replaces.codes.1",
        "no domain '9'",
    ),
    ("audience word", _set("audience", {"roles": ["boss"]}), "audience.roles[0]", "not one of"),
]


@pytest.mark.parametrize(
    ("change", "field", "problem"), [case[1:] for case in INVALID], ids=[c[0] for c in INVALID]
)
def test_invalid_framework_is_refused_naming_file_field_and_problem(
    change: Callable[[dict[str, Any]], None], field: str, problem: str
) -> None:
    data = copy.deepcopy(valid_data())
    change(data)
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data, "mine.json")
    message = str(caught.value)
    assert "'mine.json'" in message
    assert field in message
    assert problem in message
    assert isinstance(caught.value, InvalidInputError)


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(FrameworkFileError, match="at the top level: expected an object, found a"):
        parse_framework([], "list.json")


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "schema": 1,\n  "id": "x" "oops"\n}\n', "utf-8")
    with pytest.raises(FrameworkFileError, match=r"'broken\.json'.*line 3, column 13"):
        load_framework(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError, match=r"'absent\.json' .*not found"):
        load_framework(tmp_path / "absent.json")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError, match="folder, not a file"):
        load_framework(tmp_path)


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(FrameworkFileError, match="at byte 14: the file is not UTF-8 text"):
        load_framework(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_data()).encode("utf-8"))
    assert load_framework(path).id == "kss-pl"


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * 1_000_001)
    with pytest.raises(FrameworkFileError, match="larger than 1 MB"):
        load_framework(path)


def test_absurdly_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, "utf-8")
    with pytest.raises(FrameworkFileError, match="nested too deeply"):
        load_framework(path)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_text("{}", "utf-8")
    path.chmod(0)
    try:
        with pytest.raises(FrameworkFileError, match="permission"):
            load_framework(path)
    finally:
        path.chmod(0o600)


def test_permission_refused_even_when_running_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.json"
    path.write_text("{}", "utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FrameworkFileError, match="permission to read the file was refused"):
        load_framework(path)


def test_other_read_errors_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", fail)
    with pytest.raises(FrameworkFileError, match=r"could not be read \(Input/output error\)"):
        load_framework(tmp_path / "x.json")

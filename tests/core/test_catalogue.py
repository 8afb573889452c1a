"""The catalogue: built-in and imported frameworks, tag keys, titles of old tags, imports."""

from __future__ import annotations

import json
import os
import shutil
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError, StorageError
from journal_app.core.frameworks import FrameworkFileError, load_framework
from journal_app.core.models import Tag
from journal_app.core.resources import resource_path
from journal_app.core.templates import TemplateFileError


def user_framework(framework_id: str = "our-standards", version: str = "2024") -> dict[str, Any]:
    return {
        "schema": 1,
        "id": framework_id,
        "title": "Our practice standards",
        "short_title": "Our standards",
        "publisher": "Example Borough Council",
        "year": 2024,
        "version": version,
        "source": "Example Borough Council (2024), Practice standards",
        "domains": [
            {
                "code": "1",
                "title": "Children are seen and heard",
                "summary": "Direct work that makes the child's experience visible.",
                "prompts": ["How did the child's view change what we did?"],
                "keywords": ["child's voice", "seen alone"],
            },
            {
                "code": "2",
                "title": "Plans are clear",
                "summary": "Plans say who does what by when.",
                "prompts": [],
                "keywords": [],
            },
        ],
    }


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), "utf-8")
    return path


BUILTIN_COUNT = 8


@pytest.fixture(scope="module")
def builtin() -> Catalogue:
    return Catalogue.builtin()


def test_builtin_catalogue(builtin: Catalogue) -> None:
    assert [f.id for f in builtin.frameworks] == [
        "kss-pl",
        "kss-ps",
        "kss-cfp",
        "ecs",
        "kss-ps-adults",
        "pcf",
        "swe",
        "scw",
    ]
    assert builtin.templates[0].id == "free-form"
    assert {t.id for t in builtin.templates} == {
        "free-form",
        "gibbs",
        "kolb",
        "driscoll",
        "schon",
        "morrison-4x4x4",
        "swe-cpd",
    }
    assert builtin.problems == ()
    assert builtin.default_framework_id == "kss-pl"
    assert builtin.framework(builtin.default_framework_id).short_title == "KSS practice leaders"


def test_unknown_framework_and_template_list_the_known_ones(builtin: Catalogue) -> None:
    with pytest.raises(
        InvalidInputError, match=r"Unknown framework 'kss'\. Known: kss-pl, kss-ps"
    ):
        builtin.framework("kss")
    with pytest.raises(InvalidInputError, match=r"Unknown template 'bob'\. Known: free-form, "):
        builtin.template("bob")
    assert builtin.template("gibbs").title == "Gibbs reflective cycle"


@pytest.mark.parametrize("key", ["kss-pl:5", " KSS-PL : 5 ", "kss-pl:5\n"])
def test_resolve_tag_fills_in_the_version(builtin: Catalogue, key: str) -> None:
    assert builtin.resolve_tag(key) == Tag("kss-pl", "5", "2018")


@pytest.mark.parametrize("key", ["kss-pl", "kss-pl:", ":5", "", "kss-pl:5:1", "5"])
def test_resolve_tag_rejects_bad_syntax(builtin: Catalogue, key: str) -> None:
    with pytest.raises(InvalidInputError, match=r"is not a domain tag.*for example kss-pl:5"):
        builtin.resolve_tag(key)


def test_resolve_tag_unknown_framework(builtin: Catalogue) -> None:
    with pytest.raises(InvalidInputError, match=r"Unknown framework 'nope'\. Known: "):
        builtin.resolve_tag("nope:1")


def test_resolve_tag_unknown_code_lists_valid_codes(builtin: Catalogue) -> None:
    with pytest.raises(InvalidInputError) as caught:
        builtin.resolve_tag("kss-pl:9")
    assert str(caught.value) == (
        "KSS practice leaders (kss-pl) has no domain '9'. Valid codes: 1, 2, 3, 4, 5, 6."
    )


def test_a_pasted_paragraph_is_shortened_in_the_message(builtin: Catalogue) -> None:
    with pytest.raises(InvalidInputError) as caught:
        builtin.resolve_tag("x" * 500)
    assert len(str(caught.value)) < 200


def test_domain_title_for_current_old_and_missing_tags(builtin: Catalogue) -> None:
    title = "Quality assurance and improvement"
    assert builtin.domain_title(Tag("kss-pl", "6", "2018")) == title
    assert builtin.domain_title(Tag("kss-pl", "6")) == title
    assert builtin.domain_title(Tag("kss-pl", "6", "2014")) == f"{title} (2014 version)"
    assert builtin.domain_title(Tag("kss-pl", "9", "2014")) == "kss-pl:9 (no longer in framework)"
    assert builtin.domain_title(Tag("gone", "1", "1")) == "gone:1 (framework not installed)"


def test_user_frameworks_load_and_broken_ones_are_reported(tmp_path: Path) -> None:
    user = tmp_path / "frameworks"
    user.mkdir()
    write_json(user / "our-standards.json", user_framework())
    (user / "broken.json").write_text("{ not json", "utf-8")
    write_json(user / "clash.json", user_framework("kss-pl"))
    (user / "notes.txt").write_text("ignored", "utf-8")
    catalogue = Catalogue.builtin(user)
    assert [f.id for f in catalogue.frameworks][-1] == "our-standards"
    assert catalogue.framework("our-standards").domain("2") is not None
    assert not catalogue.is_builtin("our-standards")
    assert len(catalogue.problems) == 2
    assert any("'broken.json'" in p and "line 1" in p for p in catalogue.problems)
    assert any("'clash.json' was skipped" in p and "built-in" in p for p in catalogue.problems)
    assert catalogue.framework("kss-pl").publisher == "Department for Education"


def test_a_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    catalogue = Catalogue.builtin(tmp_path / "not-yet")
    assert catalogue.problems == ()
    assert len(catalogue.frameworks) == BUILTIN_COUNT


def _copy_builtins(tmp_path: Path) -> tuple[Path, Path]:
    frameworks = shutil.copytree(resource_path("frameworks"), tmp_path / "f")
    templates = shutil.copytree(resource_path("templates"), tmp_path / "t")
    return frameworks, templates


def test_a_broken_builtin_framework_raises(tmp_path: Path) -> None:
    frameworks, templates = _copy_builtins(tmp_path)
    (frameworks / "pcf.json").write_text('{"schema": 1}', "utf-8")
    with pytest.raises(FrameworkFileError, match=r"'pcf\.json'.*id.*missing"):
        Catalogue.from_folders(frameworks, templates)


def test_a_broken_builtin_template_raises(tmp_path: Path) -> None:
    frameworks, templates = _copy_builtins(tmp_path)
    (templates / "kolb.json").write_bytes(b"\xff\xfe")
    with pytest.raises(TemplateFileError, match="not UTF-8"):
        Catalogue.from_folders(frameworks, templates)


def test_a_builtin_file_must_be_named_after_its_id(tmp_path: Path) -> None:
    frameworks, templates = _copy_builtins(tmp_path)
    (frameworks / "pcf.json").rename(frameworks / "pcf-2018.json")
    with pytest.raises(FrameworkFileError, match="does not match the file name"):
        Catalogue.from_folders(frameworks, templates)


def test_a_missing_builtin_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError, match="folder of built-in files is missing"):
        Catalogue.from_folders(tmp_path / "none", tmp_path / "none")


def test_import_round_trip(tmp_path: Path) -> None:
    source = write_json(tmp_path / "download.json", user_framework())
    user = tmp_path / "data" / "frameworks"
    catalogue = Catalogue.builtin(user)
    imported = catalogue.import_framework(source, user)
    assert imported.id == "our-standards"
    assert catalogue.framework("our-standards") == imported
    saved = user / "our-standards.json"
    assert sorted(p.name for p in user.iterdir()) == ["our-standards.json"]  # no temp files
    if os.name != "nt":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    reopened = Catalogue.builtin(user)
    assert reopened.framework("our-standards") == imported
    assert reopened.resolve_tag("our-standards:1") == Tag("our-standards", "1", "2024")


def test_reimport_replaces_and_old_tags_show_their_version(tmp_path: Path) -> None:
    user = tmp_path / "user"
    catalogue = Catalogue.builtin(user)
    catalogue.import_framework(write_json(tmp_path / "a.json", user_framework()), user)
    old_tag = catalogue.resolve_tag("our-standards:1")
    catalogue.import_framework(
        write_json(tmp_path / "b.json", user_framework(version="2025")), user
    )
    assert catalogue.framework("our-standards").version == "2025"
    assert catalogue.domain_title(old_tag) == "Children are seen and heard (2024 version)"
    assert len(list(user.iterdir())) == 1


def test_import_refuses_a_builtin_id_and_writes_nothing(tmp_path: Path) -> None:
    user = tmp_path / "user"
    catalogue = Catalogue.builtin(user)
    source = write_json(tmp_path / "x.json", user_framework("kss-pl"))
    with pytest.raises(FrameworkFileError, match="built-in framework 'KSS practice leaders'"):
        catalogue.import_framework(source, user)
    assert not user.exists()
    assert catalogue.framework("kss-pl").publisher == "Department for Education"


def test_import_of_an_invalid_file_writes_nothing(tmp_path: Path) -> None:
    user = tmp_path / "user"
    data = user_framework()
    data["domains"][1]["code"] = "1"
    source = write_json(tmp_path / "dup.json", data)
    with pytest.raises(FrameworkFileError, match=r"domains\[1\]\.code"):
        Catalogue.builtin(user).import_framework(source, user)
    assert not user.exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "user"
    catalogue = Catalogue.builtin(user)
    catalogue.import_framework(write_json(tmp_path / "a.json", user_framework()), user)
    before = (user / "our-standards.json").read_bytes()

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    newer = write_json(tmp_path / "b.json", user_framework(version="2025"))
    with pytest.raises(StorageError, match=r"No space left on device.*Nothing was changed"):
        catalogue.import_framework(newer, user)
    assert (user / "our-standards.json").read_bytes() == before
    assert [p.name for p in user.iterdir()] == ["our-standards.json"]
    assert catalogue.framework("our-standards").version == "2024"


def test_duplicate_user_ids_keep_the_first_file(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    write_json(user / "a.json", user_framework())
    write_json(user / "b.json", user_framework(version="other"))
    catalogue = Catalogue.builtin(user)
    assert catalogue.framework("our-standards").version == "2024"
    assert catalogue.problems == (
        "Framework file 'b.json' was skipped: its id 'our-standards' is already used by "
        "another file.",
    )


def test_an_unreadable_user_folder_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "user"
    user.mkdir()
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Any:
        if self == user:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    catalogue = Catalogue.builtin(user)
    assert len(catalogue.frameworks) == BUILTIN_COUNT
    assert catalogue.problems == (
        f"Imported frameworks in {user} could not be read (Permission denied).",
    )


def test_a_reflection_tagged_to_scw_2017_keeps_its_tag_after_2026_arrives() -> None:
    catalogue = Catalogue.builtin(today=date(2026, 12, 2))
    assert [f.version for f in catalogue.versions("scw")] == ["2017", "2026"]
    assert catalogue.framework("scw").version == "2026"
    old_tag = Tag("scw", "7", "2017")
    # the tag still names the 2017 section, labelled with its version
    assert catalogue.domain_title(old_tag) == (
        "In addition to sections 1 to 6, if you are responsible for managing or leading "
        "staff, you must embed the Code in their work (2017 version)"
    )
    framework = catalogue.framework_of(old_tag)
    assert framework is not None and framework.version == "2017"
    # new tags go to the version in force
    assert catalogue.resolve_tag("scw:7") == Tag("scw", "7", "2026")
    newer = catalogue.newer_version("scw", "2017")
    assert newer is not None and newer.version == "2026"


def test_before_the_new_welsh_code_applies_new_tags_use_the_old_one() -> None:
    catalogue = Catalogue.builtin(today=date(2026, 6, 30))
    assert catalogue.resolve_tag("scw:1") == Tag("scw", "1", "2017")


def test_two_builtin_files_with_the_same_id_and_version_are_refused(tmp_path: Path) -> None:
    framework = load_framework(resource_path("frameworks", "swe.json"))
    with pytest.raises(ValueError, match="share the id 'swe' and the version"):
        Catalogue([framework, framework], [])

"""The one reader of checked JSON data: one wording of each fault, naming file, field and
the wrong value, whichever kind of file it is in."""

from __future__ import annotations

import json
import re
from datetime import date
from enum import StrEnum

import pytest

from journal_app.core.datafiles import DataFileError
from journal_app.core.fields import FieldReader
from journal_app.core.frameworks import FrameworkFileError, parse_framework
from journal_app.core.messages import Message
from journal_app.core.resources import resource_path
from journal_app.services.exporters.errors import ImportRejected
from journal_app.services.exporters.json_import import parse_import


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def _fault(call: object) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        call()  # type: ignore[operator]
    return caught.value


READER = FieldReader("mine.json", DataFileError)
#: a framework file as shipped, to change one field of
KSS = json.loads(resource_path("frameworks", "kss-pl.json").read_text("utf-8"))


def test_a_fault_names_the_file_the_field_and_the_problem() -> None:
    fault = _fault(lambda: READER.integer("12", "domains[2].year", 0, 50))
    assert fault.field == "domains[2].year"
    assert str(fault) == (
        "Data file 'mine.json' cannot be used at domains[2].year: "
        "expected a whole number, found text."
    )


def test_an_unknown_field_is_named_where_it_is_with_the_fields_allowed() -> None:
    fault = _fault(lambda: READER.fields({"a": 1, "zz": 2}, "period", ("a",), ("b",)))
    assert fault.field == "period.zz"
    assert "unknown field 'zz' (allowed: a, b)" in str(fault)


def test_a_wrong_top_level_is_named_as_the_top_level() -> None:
    fault = _fault(lambda: READER.fields([], "", ("a",)))
    assert str(fault) == (
        "Data file 'mine.json' cannot be used at the top level: expected an object, found a list."
    )


def test_a_wrong_value_is_quoted_cut_short() -> None:
    long = "x" * 39 + "yz" + "never shown"
    fault = _fault(lambda: READER.choice(long, "status", Colour))
    assert str(fault).endswith(f"at status: '{'x' * 39}y' is not one of red, blue.")
    fault = _fault(lambda: READER.choice(7, "status", Colour))
    assert str(fault).endswith("at status: a number is not one of red, blue.")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("14/05/2026", "'14/05/2026' is not a date in the form YYYY-MM-DD"),
        ("2026-02-30", "'2026-02-30' is not a real date"),
        ("1969-12-31", "'1969-12-31' is outside the dates the journal keeps (1970 to 2200)"),
        (None, "null is not a date in the form YYYY-MM-DD"),
    ],
)
def test_dates_are_read_one_way(value: object, problem: str) -> None:
    assert str(_fault(lambda: READER.iso_date(value, "on"))).endswith(f"at on: {problem}.")


def test_a_date_is_read() -> None:
    assert READER.iso_date("2026-05-14", "on") == date(2026, 5, 14)
    assert READER.optional_date(None, "on") is None


def test_text_is_stripped_for_hand_written_files_and_kept_exactly_for_an_import() -> None:
    assert READER.text("  Title ", "title", 10) == "Title"
    assert READER.exact_text("  Title ", "title", Message("field.title"), 10) == "  Title "
    too_long = _fault(lambda: READER.exact_text("x" * 11, "title", Message("field.title"), 10))
    assert str(too_long).endswith("at title: is 11 characters long; the limit is 10.")
    nul = _fault(lambda: READER.exact_text("a\x00b", "body", Message("field.text"), 10))
    assert "at body: The text contains a NUL character" in str(nul)


def _problem(error: Exception) -> str:
    assert isinstance(error, FrameworkFileError | ImportRejected)
    return str(error.problem)


@pytest.mark.parametrize(
    ("framework", "export"),
    [
        ([], "[]"),
        (
            {**KSS, "schema": 9},
            '{"format": "reflective-supervision-journal", "schema_version": 9}',
        ),
        (
            {**KSS, "schema": "one"},
            '{"format": "reflective-supervision-journal", "schema_version": "one"}',
        ),
    ],
    ids=["top-level-list", "newer-schema", "schema-as-text"],
)
def test_a_framework_file_and_an_import_word_the_same_fault_the_same_way(
    framework: object, export: str
) -> None:
    with pytest.raises(FrameworkFileError) as in_framework:
        parse_framework(framework, "mine.json")
    with pytest.raises(ImportRejected) as in_import:
        parse_import(export, "export.json", lambda tag: tag)  # type: ignore[arg-type]
    framework_problem = _problem(in_framework.value)
    # the import may be newer than the framework files; the words are the same
    assert re.sub(r"up to \d", "up to N", framework_problem) == re.sub(
        r"up to \d", "up to N", _problem(in_import.value)
    )

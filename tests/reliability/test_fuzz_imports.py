"""Fuzzing what comes in from outside: framework files, template files and JSON imports.

Every input ends in a value or an error of the documented :class:`InvalidInputError`
family with a message for a person (it names the file, has no traceback, is not absurdly
long); a JSON import either adds every reflection or leaves the journal exactly as it was.

The number of examples per target is ``RELIABILITY_FUZZ_EXAMPLES`` (default 60 for the
normal suite); a full run used 3,000. Cases run are printed per target (``-s``).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.models import Entry, EntryDraft, EntryFilter, Section, Tag
from journal_app.core.resources import resource_path

EXAMPLES = int(os.environ.get("RELIABILITY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CASES: dict[str, int] = {}

frameworks = pytest.importorskip(
    "journal_app.core.frameworks", reason="the framework loader is not written yet"
)
templates = pytest.importorskip(
    "journal_app.core.templates", reason="the template loader is not written yet"
)


def _count(target: str) -> None:
    CASES[target] = CASES.get(target, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def _report_cases() -> Iterator[None]:
    yield
    print("\nfuzz cases run:", json.dumps(CASES, sort_keys=True), "total", sum(CASES.values()))


# -- strategies ------------------------------------------------------------------------------

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=60)
    | st.sampled_from(["", " ", "kss-pl", "1", "gibbs", "\u202e", "\x00", "a" * 5000])
)
json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=20), inner, max_size=6)
    ),
    max_leaves=30,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: Any) -> Any:
    """A valid document with a few random changes: removed, replaced or added fields."""
    document = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        if not path:
            document = draw(json_values) if draw(st.booleans()) else document
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
        last = path[-1]
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    return document


@st.composite
def file_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """Damaged copies of a valid file: flipped bytes, cut short, junk, BOMs, deep nesting."""
    kind = draw(st.sampled_from(["flip", "truncate", "junk", "bom", "nest", "huge", "utf16"]))
    if kind == "flip":
        raw = bytearray(original)
        for _ in range(draw(st.integers(1, 5))):
            raw[draw(st.integers(0, len(raw) - 1))] ^= draw(st.integers(1, 255))
        return bytes(raw)
    if kind == "truncate":
        return original[: draw(st.integers(0, len(original)))]
    if kind == "junk":
        return draw(st.binary(max_size=400))
    if kind == "bom":
        return b"\xef\xbb\xbf" + original
    if kind == "nest":
        depth = draw(st.integers(100, 200_000))
        return b"[" * depth + b"]" * draw(st.integers(0, depth))
    if kind == "huge":
        return b'{"schema": 1, "id": "' + b"a" * 1_100_000 + b'"}'
    return original.decode("utf-8").encode("utf-16")


def _load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _check_message(error: Exception, source_name: str) -> None:
    message = str(error)
    assert isinstance(error, InvalidInputError), type(error)
    assert message and "Traceback" not in message
    assert len(message) < 2_000, f"a {len(message):,}-character message is not a clear one"
    if source_name not in message:
        raise _Unnamed(message)


class _Unnamed(AssertionError):
    """The refusal was right, but its message does not say which file."""


def _run_parser(parse: Callable[[], object], source_name: str, expected: type) -> None:
    try:
        result = parse()
    except InvalidInputError as error:
        _check_message(error, source_name)
    else:
        assert isinstance(result, expected)


# -- frameworks and templates -----------------------------------------------------------------

_FRAMEWORK = _load_json(resource_path("frameworks") / "kss-pl.json")
_TEMPLATE = _load_json(resource_path("templates") / "gibbs.json")


@FUZZ
@given(data=st.one_of(json_values, mutated(_FRAMEWORK)))
def test_framework_documents(data: Any) -> None:
    _count("framework documents")
    _run_parser(
        lambda: frameworks.parse_framework(data, "fuzz.json"), "fuzz.json", frameworks.Framework
    )


@FUZZ
@given(raw=file_bytes((resource_path("frameworks") / "kss-pl.json").read_bytes()))
def test_framework_files(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    _count("framework files")
    path = tmp_path_factory.mktemp("fw") / "fuzzed-framework.json"
    path.write_bytes(raw)
    _run_parser(lambda: frameworks.load_framework(path), path.name, frameworks.Framework)


@FUZZ
@given(data=st.one_of(json_values, mutated(_TEMPLATE)))
def test_template_documents(data: Any) -> None:
    _count("template documents")
    _run_parser(
        lambda: templates.parse_template(data, "fuzz.json"), "fuzz.json", templates.Template
    )


@FUZZ
@given(raw=file_bytes((resource_path("templates") / "gibbs.json").read_bytes()))
def test_template_files(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    _count("template files")
    path = tmp_path_factory.mktemp("tpl") / "fuzzed-template.json"
    path.write_bytes(raw)
    _run_parser(lambda: templates.load_template(path), path.name, templates.Template)


def test_loader_errors_are_the_documented_kind(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(InvalidInputError, match=r"missing\.json"):
        frameworks.load_framework(missing)
    with pytest.raises(InvalidInputError, match="folder"):
        templates.load_template(tmp_path)


# -- JSON import ------------------------------------------------------------------------------


def _import_modules() -> tuple[Any, Any]:
    json_import = pytest.importorskip(
        "journal_app.services.exporters.json_import", reason="JSON import is not written yet"
    )
    export_service = pytest.importorskip(
        "journal_app.services.export_service", reason="the export service is not written yet"
    )
    return json_import, export_service


def _everything(journal: Any) -> list[Entry]:
    entries = list(journal.entries(EntryFilter())) + list(
        journal.entries(EntryFilter(in_trash=True))
    )
    return sorted(entries, key=lambda e: e.id)


@pytest.fixture(scope="module")
def importing(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    """One journal for every import example, with a real export of it as the seed file."""
    _, export_service = _import_modules()
    from journal_app.core.catalogue import Catalogue
    from journal_app.services.journal import JournalService
    from journal_app.services.vault import Vault
    from tests.reliability._support import fast_kdf

    folder = tmp_path_factory.mktemp("import-journal")
    database = (
        Vault(folder / "journal", kdf_params=fast_kdf)
        .create("fuzzing heron marble plank")
        .database
    )
    catalogue = Catalogue.builtin()
    journal = JournalService(database, catalogue)
    journal.create(
        EntryDraft(
            title="Group supervision on drift",
            body="We noticed drift in **planning**.\n\n- one\n- two",
            sections=(Section("feelings", "Feelings", "Unsettled, then clearer."),),
            tags=(Tag("kss-pl", "5"),),
        )
    )
    journal.create(EntryDraft(title="Peer reflection", body="שלום 🙂 zero\u200bwidth"))
    service = export_service.ExportService(journal, catalogue)
    seed_path = folder / "export.json"
    service.export_json(seed_path)
    seed = json.loads(seed_path.read_text(encoding="utf-8"))
    # Ids already in the journal would be skipped as duplicates; give the seed fresh ones so
    # a valid file really imports (and must then be undone for the next example).
    for number, entry in enumerate(seed["entries"]):
        entry["id"] = f"fuzz-seed-{number}"
    yield journal, service, seed
    database.close()


def _import_and_check(journal: Any, service: Any, path: Path) -> str:
    before = _everything(journal)
    try:
        report = service.import_json(path)
    except InvalidInputError as error:
        _check_message(error, path.name)
        assert _everything(journal) == before, "a refused import changed the journal"
        return "refused"
    except JournalError as error:  # pragma: no cover - a finding
        pytest.fail(f"import ended in {type(error).__name__}, not a refusal: {error}")
    for entry_id in report.imported:  # undo, so every example starts from the same journal
        journal.purge(entry_id)
    assert _everything(journal) == before
    return "imported"


@FUZZ
@given(data=st.data())
def test_json_import_is_all_or_nothing(
    importing: tuple[Any, Any, dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    journal, service, seed = importing
    _count("JSON import documents")
    document = data.draw(st.one_of(mutated(seed), json_values))
    path = tmp_path_factory.mktemp("imp") / "fuzzed-export.json"
    path.write_text(json.dumps(document, ensure_ascii=data.draw(st.booleans())), encoding="utf-8")
    _import_and_check(journal, service, path)


@FUZZ
@given(data=st.data())
def test_json_import_files(
    importing: tuple[Any, Any, dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    journal, service, seed = importing
    _count("JSON import files")
    raw = data.draw(file_bytes(json.dumps(seed, indent=2).encode("utf-8")))
    path = tmp_path_factory.mktemp("imp") / "fuzzed-export.json"
    path.write_bytes(raw)
    _import_and_check(journal, service, path)


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda e: e.update(body="fine \ud800 half a character"), id="lone-surrogate"),
        pytest.param(lambda e: e.update(body="a NUL \x00 inside"), id="nul"),
        pytest.param(
            lambda e: e["supervision"].update(other_party_role="x\x00"), id="nul-in-role"
        ),
        pytest.param(lambda e: e.update(title=" "), id="blank-title"),
        pytest.param(lambda e: e.update(body="x" * 2_000_001), id="too-long"),
    ],
)
def test_a_bad_last_reflection_imports_nothing(
    importing: tuple[Any, Any, dict[str, Any]],
    tmp_path: Path,
    spoil: Callable[[dict[str, Any]], None],
) -> None:
    """The file is checked whole, and a save that fails part-way is undone."""
    journal, service, seed = importing
    document = copy.deepcopy(seed)
    extra = copy.deepcopy(document["entries"][0])
    extra["id"] = "fuzz-last-one"
    extra["supervision"] = {
        "session_kind": "peer",
        "duration_minutes": 30,
        "other_party_role": "peer",
    }
    spoil(extra)
    document["entries"].append(extra)
    document["entry_count"] = len(document["entries"])
    path = tmp_path / "bad-last.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _everything(journal)
    assert _import_and_check(journal, service, path) == "refused"
    assert _everything(journal) == before


def test_the_seed_file_imports_cleanly(
    importing: tuple[Any, Any, dict[str, Any]], tmp_path: Path
) -> None:
    journal, service, seed = importing
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed), encoding="utf-8")
    assert _import_and_check(journal, service, path) == "imported"

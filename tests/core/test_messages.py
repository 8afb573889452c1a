"""The message catalogue: every code the app uses exists and every entry is used, each
wording's placeholders are the parameters passed, no English prose is handed to an error or
status below the UI, the English reads exactly as it did before the catalogue, and plural
forms follow each language's CLDR categories.
"""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import journal_app
from journal_app.core import messages
from journal_app.core.messages import Message, catalogue, placeholders, render

PACKAGE = Path(journal_app.__file__).parent
#: the layers below the UI, where no sentence may be written in code
BELOW_THE_UI = ("core", "store", "services")
#: a catalogue code: dotted lowercase words
CODE = re.compile(r"[a-z][a-z_]*(?:\.[a-z0-9_]+)+")

#: dotted strings that look like codes in a catalogue namespace but are not messages: the
#: journal's file names, keyring's module names, two field paths of the JSON export and the
#: settings key of the remembered export choices
NOT_CODES = re.compile(
    r"journal\.(db|key|lock|key\.lock)|keyring\.backends(\.\w+)?|period\.(from|to)"
    r"|export\.appraisal_choices"
)

#: errors whose constructors build their own code and parameters (checked by rendering below)
CUSTOM_CONSTRUCTORS = {
    "DataFileError",
    "FrameworkFileError",
    "TemplateFileError",
    "ImportRejected",
    "WeakPassphraseError",
}


def _trees(*layers: str, root: Path = PACKAGE) -> Iterator[tuple[Path, ast.Module]]:
    for layer in layers or ("",):
        for path in sorted((root / layer).rglob("*.py")):
            if "bench" not in path.relative_to(root).parts:
                yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _english() -> dict[str, messages.Entry]:
    return dict(catalogue("en"))


def _namespaces() -> set[str]:
    return {code.split(".")[0] for code in _english()}


def _error_classes() -> set[str]:
    """Names of JournalError and every class that derives from it, found in the source."""
    bases: dict[str, set[str]] = {}
    for _path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
    found = {"JournalError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _literal_codes() -> set[str]:
    """Every string constant in the app that is a code in one of the catalogue's namespaces."""
    namespaces = _namespaces()
    found: set[str] = set()
    for _path, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.fullmatch(node.value)
                and node.value.split(".")[0] in namespaces
                and not NOT_CODES.fullmatch(node.value)
            ):
                found.add(node.value)
    return found


def _code_patterns() -> set[str]:
    """Codes built at run time (f"backup.status.{kind}"), as regular expressions."""
    namespaces = _namespaces()
    patterns: set[str] = set()
    for _path, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr) or not node.values:
                continue
            head = node.values[0]
            if not (isinstance(head, ast.Constant) and isinstance(head.value, str)):
                continue
            if (
                not re.match(r"[a-z_]+\.", head.value)
                or head.value.split(".")[0] not in namespaces
            ):
                continue
            parts = [
                re.escape(v.value) if isinstance(v, ast.Constant) else r"[a-z0-9_]*"
                for v in node.values
            ]
            patterns.add("".join(parts))
    return patterns


# -- (a) every code used exists, every entry is used --------------------------------------


def test_every_code_the_app_uses_is_in_the_catalogue() -> None:
    english = _english()
    missing = sorted(code for code in _literal_codes() if code not in english)
    assert not missing, f"codes used in the code but missing from en.toml: {missing}"
    unmatched = sorted(p for p in _code_patterns() if not any(re.fullmatch(p, c) for c in english))
    assert not unmatched, f"codes built at run time that match no entry: {unmatched}"


def test_every_catalogue_entry_is_used() -> None:
    used = _literal_codes()
    patterns = _code_patterns()
    # the one suffix added to a class's code at run time: DataFileError's "<code>_at"
    used |= {f"{code}_at" for code in used}
    unused = sorted(
        code
        for code in _english()
        if code not in used and not any(re.fullmatch(p, code) for p in patterns)
    )
    assert not unused, f"entries in en.toml that no code uses: {unused}"


def test_codes_chosen_from_tables_and_enums_exist() -> None:
    """The codes assembled from a value (a piece of advice, a stored field's name) exist."""
    from journal_app.core.datafiles import DataFileError
    from journal_app.core.frameworks import FrameworkFileError
    from journal_app.core.passphrase import Advice
    from journal_app.core.templates import TemplateFileError
    from journal_app.store.database import _FIELD_WORDS

    english = _english()
    wanted = {f"passphrase.advice.{advice.value}" for advice in Advice}
    wanted |= {f"storage.unstorable.{word}" for word in _FIELD_WORDS.values()}
    for error in (DataFileError, FrameworkFileError, TemplateFileError):
        wanted |= {error.code, f"{error.code}_at"}
    wanted |= {f"appraisal.{label}_too_long" for label in ("name", "role", "employer")}
    wanted |= {"appraisal.appraiser_too_long"}
    wanted |= {
        f"cli.secret.{what}"
        for what in ("passphrase", "new_passphrase", "recovery_key", "pdf_password")
    }
    assert sorted(wanted - set(english)) == []


# -- (b) placeholders match the parameters passed -------------------------------------------


def _calls_with_codes() -> Iterator[tuple[str, int, str, set[str]]]:
    """(file, line, code, keyword names) of each call that passes a literal code and
    explicit parameters: Message(...) and the errors with the ordinary constructor."""
    callers = (_error_classes() - CUSTOM_CONSTRUCTORS) | {"Message", "text"}
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node) not in callers:
                continue
            if not node.args or not isinstance(node.args[0], ast.Constant):
                continue
            code = node.args[0].value
            if not isinstance(code, str) or any(k.arg is None for k in node.keywords):
                continue  # a **splat: checked by rendering (the backup status tests)
            yield path.name, node.lineno, code, {str(k.arg) for k in node.keywords}


def test_placeholders_are_the_parameters_each_call_passes() -> None:
    english = _english()
    wrong = [
        f"{name}:{line} {code}: passes {sorted(given)}, the wording uses "
        f"{sorted(placeholders(english[code]))}"
        for name, line, code, given in _calls_with_codes()
        if code in english and placeholders(english[code]) != given
    ]
    assert not wrong, "\n".join(wrong)
    assert len(list(_calls_with_codes())) > 150  # the scan finds the calls at all


def test_the_custom_constructors_pass_what_their_wordings_use() -> None:
    from journal_app.core.frameworks import FrameworkFileError
    from journal_app.core.passphrase import WeakPassphraseError, estimate_strength
    from journal_app.services.exporters.errors import ImportRejected

    problem = Message("datafile.field_missing")
    errors = [
        FrameworkFileError("a.json", "", problem),
        FrameworkFileError("a.json", "domains[0].title", problem),
        ImportRejected("export.json", "", problem),
        ImportRejected("export.json", Message("datafile.where.line", line=3), problem),
        WeakPassphraseError(estimate_strength("password1234")),
    ]
    for error in errors:
        assert set(error.message.params) == placeholders(_english()[error.message.code])


def test_plural_entries_have_other_and_only_cldr_categories() -> None:
    for code, entry in _english().items():
        if not isinstance(entry, str):
            assert "other" in entry and set(entry) <= set(messages.PLURAL_CATEGORIES), code
            assert messages.PLURAL_PARAMETER in placeholders(entry), code


# -- (c) no English prose handed to an error or status below the UI ------------------------

#: what below the UI takes words for a person: errors, messages, statuses and fault helpers
_TAKES_WORDS = {"Message", "BackupStatus", "DeviceKeyStatus", "fail", "error", "reject"}


def _prose_arguments(root: Path = PACKAGE) -> Iterator[str]:
    takes_words = _error_classes() | _TAKES_WORDS
    for path, tree in _trees(*BELOW_THE_UI, root=root):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node) not in takes_words:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    text = argument.value
                elif isinstance(argument, ast.JoinedStr):
                    text = "".join(v.value for v in argument.values if isinstance(v, ast.Constant))
                else:
                    continue
                # a code, a field path ("domains[2].title") or a name has no spaces
                if re.search(r"\s", text):
                    yield f"{path.relative_to(root)}:{node.lineno}: {text[:60]!r}"


def test_no_english_prose_is_passed_to_an_error_or_status_below_the_ui() -> None:
    found = list(_prose_arguments())
    assert not found, "words belong in resources/messages/en.toml:\n" + "\n".join(found)


def test_the_prose_check_finds_a_sentence(tmp_path: Path) -> None:
    """The check is not vacuous: a planted sentence in a copy of the layers is found."""
    for layer in BELOW_THE_UI:
        target = tmp_path / layer
        target.mkdir()
    (tmp_path / "core" / "planted.py").write_text(
        "from journal_app.core.errors import InvalidInputError\n"
        "def check() -> None:\n"
        "    raise InvalidInputError(f'The folder {1} is missing.')\n",
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in _prose_arguments(tmp_path)] == ["core/planted.py"]


# -- (d) the English reads exactly as before ----------------------------------------------

# Taken from the code before the catalogue: the same calls, run against it, gave these words.
GOLDEN = Path(__file__).parent.parent / "fixtures" / "messages_golden_en.json"


def _raised(call: object) -> str:
    from journal_app.core.errors import JournalError

    try:
        call()  # type: ignore[operator]
    except JournalError as error:
        return str(error)
    raise AssertionError("no error was raised")


def test_errors_read_as_they_did_before_the_catalogue(tmp_path: Path) -> None:
    from journal_app.core import keywrap
    from journal_app.core.errors import WrongPassphraseError
    from journal_app.core.frameworks import load_framework
    from journal_app.core.passphrase import check_passphrase
    from journal_app.core.periods import Period, parse_uk_or_iso_date
    from journal_app.services.exporters.json_import import parse_import
    from journal_app.services.preferences import Preferences, validated
    from journal_app.services.protected_names import tidy_spellings
    from journal_app.store.keyfile import parse_key_file

    (tmp_path / "bad.json").write_text('{"schema": 1, "id": "Bad Id"}', encoding="utf-8")
    (tmp_path / "notjson.json").write_text('{"schema": ', encoding="utf-8")
    passphrase = "correct horse battery staple"
    said = {
        "wrong_passphrase": str(WrongPassphraseError()),
        "short_passphrase": _raised(lambda: check_passphrase("short")),
        "weak_passphrase": _raised(lambda: check_passphrase("password1234")),
        "passphrase_mismatch": _raised(lambda: check_passphrase(passphrase, passphrase + "r")),
        "no_month": _raised(lambda: parse_uk_or_iso_date("3 Febtember 2026")),
        "no_date": _raised(lambda: parse_uk_or_iso_date("  ")),
        "unreadable_date": _raised(lambda: parse_uk_or_iso_date("next tuesday")),
        "not_real_date": _raised(lambda: parse_uk_or_iso_date("2026-02-30")),
        "period_reversed": _raised(lambda: Period(date(2026, 3, 2), date(2026, 3, 1))),
        "recovery_key_malformed": _raised(lambda: keywrap.parse_recovery_key("ABCD")),
        "key_file_garbage": _raised(lambda: parse_key_file(b"{not json", "journal.key")),
        "key_file_not_ours": _raised(lambda: parse_key_file(b'{"format": "x"}', "journal.key")),
        "framework_bad": _raised(lambda: load_framework(tmp_path / "bad.json")),
        "framework_not_json": _raised(lambda: load_framework(tmp_path / "notjson.json")),
        "framework_missing": _raised(lambda: load_framework(tmp_path / "missing.json")),
        "import_not_ours": _raised(
            lambda: parse_import('{"format": "something-else"}', "export.json", lambda t: t)
        ),
        "import_bad_json": _raised(
            lambda: parse_import('{"format": ', "export.json", lambda t: t)
        ),
        "import_top_level": _raised(lambda: parse_import("[1, 2]", "export.json", lambda t: t)),
        "prefs_lock": _raised(lambda: validated(Preferences(auto_lock_minutes=100_000))),
        "protect_empty": _raised(lambda: tidy_spellings(["  "])),
    }
    assert said == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_backup_status_and_ages_read_as_before(tmp_path: Path) -> None:
    from journal_app.services.backups import BackupService, age_in_words

    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)
    status = BackupService().status(folder, now)
    assert render(status.message) == "No backup has been made yet. Make one now to be safe."
    ages = [render(age_in_words(timedelta(days=d, hours=3))) for d in (0, 1, 2, 10)]
    assert ages == ["today", "1 day ago", "2 days ago", "10 days ago"]
    assert render(age_in_words(None)) == "today"


def test_a_status_with_damaged_backups_reads_as_before() -> None:
    """The wordings the old code glued together from pieces, through every branch."""
    made = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    when = Message("backup.when", made=made, age=Message("backup.age.days_ago", count=10))
    checked = Message("backup.last_verified", verified=made)
    one = Message("backup.damaged_count", count=1)
    two = Message("backup.damaged_count", count=2)
    assert render(Message("backup.status.none_with_damaged", damaged=two)) == (
        "There is no good backup: 2 backups failed a check and are not used. Make one now."
    )
    assert render(
        Message("backup.status.overdue_with_damaged", when=when, checked=checked, damaged=one)
    ) == (
        "The last good backup was made 2026-03-10 09:30 UTC (10 days ago), last verified "
        "2026-03-10 09:30 UTC: more than a week ago. Make one now. (1 backup failed a check "
        "and is not used: run 'check' for details)"
    )
    assert render(Message("backup.status.good", when=when, checked=checked)) == (
        "Last good backup: 2026-03-10 09:30 UTC (10 days ago), last verified 2026-03-10 09:30 UTC."
    )


# -- (e) plural forms, and a second language with Welsh's six categories ------------------


def test_plural_forms_render_for_one_and_two() -> None:
    assert render(Message("backup.age.days_ago", count=1)) == "1 day ago"
    assert render(Message("backup.age.days_ago", count=2)) == "2 days ago"
    assert render(Message("cpd.records", count=1)) == "1 CPD record"
    assert render(Message("cpd.records", count=2)) == "2 CPD records"


_FAKE_WELSH = """
[language]
code = "cy"
name = "Cymraeg (test)"

[messages.backup.age.days_ago]
zero = "Z{count}"
one = "O{count}"
two = "T{count}"
few = "F{count}"
many = "M{count}"
other = "X{count}"

[messages.cpd]
records = { one = "O{count}", other = "X{count}" }
"""


@pytest.fixture
def fake_welsh(tmp_path: Path) -> Iterator[Path]:
    """The shipped English plus a made-up 'cy' file (its words are markers, not Welsh)."""
    english = Path(messages.resource_path("messages")) / "en.toml"
    (tmp_path / "en.toml").write_bytes(english.read_bytes())
    (tmp_path / "cy.toml").write_text(_FAKE_WELSH, encoding="utf-8")
    messages.use_folder(tmp_path)
    try:
        yield tmp_path
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)


def test_a_second_language_uses_all_six_cldr_categories(fake_welsh: Path) -> None:
    said = [render(Message("backup.age.days_ago", count=n), "cy") for n in (0, 1, 2, 3, 6, 7, 11)]
    # Welsh in CLDR: 0 zero, 1 one, 2 two, 3 few, 6 many, anything else other
    assert said == ["Z0", "O1", "T2", "F3", "M6", "X7", "X11"]


def test_a_missing_plural_form_falls_back_to_other_and_a_missing_entry_to_english(
    fake_welsh: Path,
) -> None:
    messages.set_language("cy")
    assert str(Message("cpd.records", count=2)) == "X2"  # 'two' not given: 'other'
    assert str(Message("cpd.records", count=1)) == "O1"
    assert str(Message("backup.age.today")) == "today"  # no Welsh entry: English


def test_errors_render_in_the_current_language(fake_welsh: Path) -> None:
    from journal_app.core.errors import InvalidInputError

    error = InvalidInputError("backup.age.days_ago", count=2)
    assert str(error) == "2 days ago"
    messages.set_language("cy")
    assert str(error) == "T2"


def _dated(entry: messages.Entry) -> set[str]:
    """The placeholders written with a date format ({made:%Y-%m-%d %H:%M})."""
    forms = [entry] if isinstance(entry, str) else list(entry.values())
    return {
        field
        for form in forms
        for _literal, field, spec, _conversion in string.Formatter().parse(form)
        if field and spec and spec.startswith("%")
    }


def test_the_english_file_is_valid_and_every_wording_renders() -> None:
    """Each entry renders with made-up values for its placeholders (no stray braces)."""
    for code, entry in _english().items():
        values: dict[str, object] = {name: 2 for name in placeholders(entry)}
        for name in _dated(entry):
            values[name] = datetime(2026, 1, 2, tzinfo=UTC)
        assert render(Message(code, **values)), code
    json.dumps(sorted(_english()))  # codes are plain text


def test_an_error_survives_pickling_with_its_words() -> None:
    """A worker process could hand an error back pickled: its code and parameters go too."""
    import pickle

    from journal_app.core.errors import JournalNotFoundError
    from journal_app.services.exporters.errors import ImportRejected

    for error in (
        JournalNotFoundError("journal.none_here", folder=Path("/tmp/journal")),
        ImportRejected("export.json", "format", Message("datafile.too_deep")),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.exit_code == error.exit_code
    assert pickle.loads(pickle.dumps(error)).source_name == "export.json"


def test_every_error_anywhere_is_raised_with_a_code() -> None:
    """In the CLI and the window too: an error raised with a sentence would have no words."""
    errors = _error_classes() - CUSTOM_CONSTRUCTORS
    wrong = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in errors and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr):  # a code built at run time, not a sentence
                    head = first.values[0]
                    is_code = isinstance(head, ast.Constant) and re.match(
                        r"[a-z_]+\.[a-z_.]*$", str(head.value)
                    )
                else:
                    is_code = not isinstance(first, ast.Constant) or CODE.fullmatch(
                        str(first.value)
                    )
                if not is_code:
                    wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not wrong, wrong

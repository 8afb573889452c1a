"""From the terminal: an import whose action id clashes is a clear refusal (exit 2, not a
disk error), and one tag rule holds for add, import, list --tag and search --tag, while a
journal holding unknown tags from before the rule still lists, shows and exports them."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from journal_app.cli import main
from journal_app.core.models import Action, EntryDraft, Tag
from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE
from tests.journal_fixtures import reopen_journal


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    return run


def _add_directly(folder: Path, draft: EntryDraft, *, check_tags: bool = True) -> str:
    journal, database = reopen_journal(folder)
    try:
        # without a catalogue the service stores tags unchecked, as older versions did
        service = journal if check_tags else JournalService(database)
        return service.create(draft).id
    finally:
        database.close()


def test_import_with_an_action_id_in_use_says_what_clashed(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "journal"
    _add_directly(
        folder,
        EntryDraft(title="Duty team supervision", actions=(Action("Book the audit"),)),
    )
    export = tmp_path / "all.json"
    assert cli("export", "json", "-o", str(export))[0] == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    data["entries"][0]["id"] = "copied-under-a-new-id"
    export.write_text(json.dumps(data), encoding="utf-8")
    before = cli("list", "--json")[1]
    code, _, err = cli("import", "json", str(export))
    assert code == 2, err
    assert "copied-under-a-new-id" in err and "Duty team supervision" in err
    assert "already uses" in err and "could not complete" not in err
    assert cli("list", "--json")[1] == before


def test_a_number_too_long_is_named(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.json"
    path.write_text('{"format": "reflective-supervision-journal", "entry_count": ' + "1" * 5000)
    code, _, err = cli("import", "json", str(path))
    assert code == 2 and "too long" in err and "nested" not in err


@pytest.mark.parametrize("key", ["kss-pl:99", "nope:1"])
def test_one_rule_for_tags_everywhere(cli, tmp_path: Path, key: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("add", "--title", "T", "--tag", key, "--no-body")
    assert code == 2 and key.partition(":")[0] in err
    for command in (("list", "--tag", key), ("search", "drift", "--tag", key)):
        code, _, err = cli(*command)
        assert code == 2, command
        assert "Unknown framework" in err or "has no domain" in err
    _add_directly(tmp_path / "journal", EntryDraft(title="Tagged", tags=(Tag("kss-pl", "5"),)))
    export = tmp_path / "all.json"
    cli("export", "json", "-o", str(export))
    data = json.loads(export.read_text(encoding="utf-8"))
    framework, _, code_ = key.partition(":")
    data["entries"][0]["id"] = "another"
    data["entries"][0]["tags"] = [
        {"framework": framework, "domain": code_, "framework_version": "2015"}
    ]
    export.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = cli("import", "json", str(export))
    assert code == 2 and key in err and "entries[0].tags[0]" in err
    assert [e["title"] for e in json.loads(cli("list", "--json")[1])] == ["Tagged"]


def test_tags_held_from_before_the_rule_still_list_show_and_export(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "journal"
    entry_id = _add_directly(
        folder,
        EntryDraft(
            title="From an old import",
            body="A fictional reflection on drift.",
            event_date=date.today(),
            tags=(Tag("kss-pl", "99", "2015"), Tag("nope", "1", "1"), Tag("kss-pl", "5")),
        ),
        check_tags=False,
    )
    code, out, _ = cli("list")
    assert code == 0 and "kss-pl:99" in out and "nope:1" in out
    code, out, _ = cli("show", entry_id)
    assert code == 0 and "kss-pl:99 (2015)" in out and "nope:1 (1)" in out
    assert cli("search", "drift")[0] == 0
    assert cli("list", "--tag", "kss-pl:5")[1].count(entry_id) == 1
    for command in (
        ("export", "json", "-o", str(tmp_path / "a.json")),
        ("export", "markdown", "-o", str(tmp_path / "md")),
        ("coverage",),
        ("check-identifiers", "--all"),
    ):
        code, _, err = cli(*command)
        assert code == 0, (command, err)
    code, _, err = cli(
        "export", "pdf", "-o", str(tmp_path / "a.pdf"), "--include-private", "--framework",
        "kss-pl", "--allow-identifiers",
    )  # fmt: skip
    assert code == 0, err

"""move-tags and undo-tag-move from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal_app.core.models import EntryDraft, Tag
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.cli.test_cli import cli  # noqa: F401 - the fixture
from tests.conftest import PASSPHRASE


def _add_2017_tags(data_dir: Path) -> tuple[str, str]:
    database = Vault(data_dir).unlock(PASSPHRASE)
    try:
        journal = JournalService(database)
        before = journal.create(
            EntryDraft(
                title="Welsh code before",
                event_date=date(2026, 3, 1),
                tags=(Tag("scw", "7", "2017"),),
            )
        ).id
        after = journal.create(
            EntryDraft(
                title="Welsh code after",
                event_date=date(2026, 9, 1),
                tags=(Tag("scw", "6", "2017"),),
            )
        ).id
    finally:
        database.close()
    return before, after


def _tags(cli, entry_id: str) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: F811
    import json

    [entry] = [e for e in json.loads(cli("list", "--json")[1]) if e["id"] == entry_id]
    return [
        f"{t['framework_id']}:{t['domain_code']}@{t['framework_version']}" for t in entry["tags"]
    ]


def test_move_tags_previews_moves_keeps_earlier_and_undoes(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cli("init")
    before, after = _add_2017_tags(tmp_path / "journal")

    code, out, _ = cli("move-tags", "scw", "--preview")
    assert code == 0
    assert "Tags on scw version 2017 -> version 2026:" in out
    assert "1 to move:" in out and "Welsh code after  scw:6 -> scw:6" in out
    assert "1 kept on version 2017 (reflections dated before 1 July 2026" in out
    assert "Nothing was changed" in out
    assert _tags(cli, after) == ["scw:6@2017"]

    code, out, _ = cli("move-tags", "scw")
    assert code == 0 and "Moved 1 tag(s)" in out
    assert _tags(cli, after) == ["scw:6@2026"]
    assert _tags(cli, before) == ["scw:7@2017"]

    code, out, _ = cli("undo-tag-move")
    assert code == 0 and "Put back 1 tag(s) on scw version 2017" in out
    assert _tags(cli, after) == ["scw:6@2017"]
    code, _, err = cli("undo-tag-move")
    assert code != 0 and "no move of tags to undo" in err


def test_move_tags_for_a_framework_with_one_version_says_so(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cli("init")
    code, _, err = cli("move-tags", "kss-pl")
    assert code != 0 and "no earlier version" in err

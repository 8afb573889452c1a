"""The backups folder proposed at first run is outside the journal's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.services import backup_place
from journal_app.services.backup_place import is_inside, proposed_backups_folder


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(backup_place, "documents_folder", lambda: folder)
    return folder


def test_proposes_a_folder_in_documents(tmp_path: Path, documents: Path) -> None:
    data_dir = tmp_path / "AppData" / "journal"
    proposal = proposed_backups_folder(data_dir)
    assert proposal == documents / "Reflective journal backups"
    assert not is_inside(proposal, data_dir)


def test_never_inside_the_journal_folder(tmp_path: Path, documents: Path) -> None:
    # a journal kept in the very folder that would be proposed
    data_dir = documents / "Reflective journal backups"
    proposal = proposed_backups_folder(data_dir)
    assert not is_inside(proposal, data_dir)
    assert proposal == documents.resolve() / "Reflective journal backups backups"


def test_is_inside() -> None:
    journal = Path("/data/journal")
    assert is_inside(journal, journal) and is_inside(journal / "backups", journal)
    assert not is_inside(Path("/data/journal backups"), journal)

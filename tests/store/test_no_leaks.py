"""A marker written into a title, a body, a section and a tag leaves no trace on disk."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.models import EntryDraft, Section, Tag
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE

MARKER = "Quokkamarmalade"


def _encodings(marker: str) -> list[bytes]:
    found = [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    return [*found, marker.lower().encode("utf-8"), marker.upper().encode("utf-8")]


def find_marker(folder: Path, marker: str = MARKER) -> list[str]:
    """Files under ``folder`` holding the marker in any common encoding."""
    hits = []
    needles = _encodings(marker)
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                hits.append(str(path))
    return hits


def test_marker_never_reaches_disk_in_plaintext(vault: Vault, data_dir: Path) -> None:
    created = vault.create(PASSPHRASE)
    journal = JournalService(created.database)
    entry = journal.create(
        EntryDraft(
            title=f"{MARKER} in the title",
            body=f"The body mentions {MARKER} twice: {MARKER}.",
            sections=(Section("feelings", "Feelings", f"{MARKER} again"),),
            tags=(Tag(f"{MARKER.lower()}-framework", "1", "1"),),
        )
    )
    for round_number in range(20):  # enough churn to spill into the WAL and free pages
        journal.update(entry.id, journal.get(entry.id).to_draft())
        journal.search(MARKER)
        assert round_number >= 0
    assert (data_dir / "journal.db-wal").exists()
    assert find_marker(data_dir) == []  # while open, WAL and SHM included
    created.database.backup("manual")
    assert find_marker(data_dir) == []  # backups folder included
    journal.trash(entry.id)
    journal.empty_trash()
    created.database.close()
    assert find_marker(data_dir) == []  # after closing

    database = vault.unlock(PASSPHRASE)
    database.close()
    assert find_marker(data_dir) == []


def test_the_marker_check_can_fail(tmp_path: Path) -> None:
    """The detector itself works: a plaintext copy is found in either encoding."""
    (tmp_path / "a.txt").write_text(f"x {MARKER} y", encoding="utf-16")
    (tmp_path / "b.txt").write_text(MARKER.upper(), encoding="utf-8")
    assert len(find_marker(tmp_path)) == 2

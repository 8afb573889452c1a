"""Evidence files: kept inside the encrypted journal, PDFs and pictures only, limits said in
words, gone with their reflection, in backups and restores, private copies removed.

The files here are tiny made-up PDFs and pictures.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.evidence import MAX_FILE_BYTES, OwnerKind, media_type_of, tidy_file_name
from journal_app.core.models import EntryDraft
from journal_app.services import evidence as evidence_module
from journal_app.services.backups import BackupService
from journal_app.services.evidence import EvidenceFiles
from journal_app.services.journal import JournalService
from tests.conftest import snapshot

MARKER = b"Zebrafinch-certificate-4417"
PDF = b"%PDF-1.4\n% a made-up certificate " + MARKER + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def _file(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_files_are_recognised_by_their_bytes_not_their_names() -> None:
    assert media_type_of(PDF) == "application/pdf"
    assert media_type_of(PNG) == "image/png"
    assert media_type_of(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert media_type_of(b"RIFF\0\0\0\0WEBPVP8 ") == "image/webp"
    assert media_type_of(b"PK\x03\x04 a .docx is a zip") is None
    assert tidy_file_name("C:\\Users\\sam\\Certificate: final?.pdf") == "Certificate final.pdf"
    assert tidy_file_name("../../etc/passwd") == "passwd"


def test_a_file_is_kept_read_back_and_removed(journal: JournalService, tmp_path: Path) -> None:
    entry = journal.create(EntryDraft("Training day"))
    files = EvidenceFiles(journal.database)
    source = _file(tmp_path / "in", "certificate.pdf", PDF)
    kept = files.add(OwnerKind.REFLECTION, entry.id, source, "  Safeguarding   level 3 ")
    assert (kept.file_name, kept.media_type, kept.size) == (
        "certificate.pdf",
        "application/pdf",
        len(PDF),
    )
    assert kept.description == "Safeguarding level 3"
    assert files.list(OwnerKind.REFLECTION, [entry.id]) == [kept]
    assert files.data(kept.id) == PDF
    files.remove(kept.id)
    assert files.list() == []
    with pytest.raises(InvalidInputError):
        files.data(kept.id)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("notes.docx", b"PK\x03\x04zip", "Only PDFs and pictures"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_files_that_cannot_be_kept_are_refused_in_words(
    journal: JournalService, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    files = EvidenceFiles(journal.database)
    with pytest.raises(InvalidInputError, match=words):
        files.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path, name, data))
    assert files.list() == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    journal: JournalService, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInputError, match="at most 20 MB"):
        EvidenceFiles(journal.database).add(OwnerKind.APPRAISAL, "a-1", big)


def test_the_journal_total_is_limited(
    journal: JournalService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_module, "MAX_TOTAL_BYTES", len(PDF) + 10)
    files = EvidenceFiles(journal.database)
    files.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path, "one.pdf", PDF))
    with pytest.raises(InvalidInputError, match="every backup large"):
        files.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path, "two.pdf", PDF))
    assert len(files.list()) == 1


def test_files_go_with_their_reflection_when_it_is_purged(
    journal: JournalService, tmp_path: Path
) -> None:
    keep = journal.create(EntryDraft("Kept"))
    purge = journal.create(EntryDraft("Purged"))
    trash = journal.create(EntryDraft("Trash emptied"))
    files = EvidenceFiles(journal.database)
    for entry in (keep, purge, trash):
        files.add(OwnerKind.REFLECTION, entry.id, _file(tmp_path, "c.pdf", PDF))
    journal.trash(purge.id)
    journal.purge(purge.id)
    journal.trash(trash.id)
    journal.empty_trash()
    assert [f.owner_id for f in files.list()] == [keep.id]


def test_a_private_copy_for_viewing_is_owner_only_and_removed(
    journal: JournalService, tmp_path: Path
) -> None:
    files = EvidenceFiles(journal.database)
    kept = files.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path, "c.pdf", PDF))
    copy = files.open_copy(kept.id)
    assert copy.read_bytes() == PDF and copy.name == "c.pdf"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
    files.remove_copies()
    assert not copy.exists() and not copy.parent.parent.exists()


def test_copies_left_by_a_killed_session_are_removed_next_time(
    journal: JournalService, tmp_path: Path
) -> None:
    first = EvidenceFiles(journal.database)
    kept = first.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path, "c.pdf", PDF))
    left = first.open_copy(kept.id)  # and the app is killed: remove_copies never runs
    later = EvidenceFiles(journal.database)
    assert later.remove_left_over_copies() == 1
    assert not left.exists()


def test_files_are_in_backups_and_restores_and_never_in_plaintext(
    journal: JournalService, tmp_path: Path
) -> None:
    database = journal.database
    files = EvidenceFiles(database)
    kept = files.add(OwnerKind.APPRAISAL, "a-1", _file(tmp_path / "in", "c.pdf", PDF))
    (tmp_path / "in" / "c.pdf").unlink()  # the person's own copy is theirs to keep or not
    backup = database.backup("manual")
    files.remove(kept.id)
    for folder in (database.data_dir, database.backups_folder()):
        for name, data in snapshot(folder).items():
            assert MARKER not in data, name
    restored = BackupService().restore(database, backup.path)
    try:
        assert EvidenceFiles(restored.database).data(kept.id) == PDF
    finally:
        restored.database.close()

"""Nothing leaks: a marker phrase written into reflections appears in no file under the data
folder, the backups folder, the system temp folder or the app's logs (at DEBUG), while the
journal is open, during a backup, restore and PDF export, and after closing. The logs also
carry no secret (passphrase, recovery key, database key).
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import (
    Action,
    EntryDraft,
    Section,
    SessionKind,
    SupervisionContext,
    Tag,
)
from journal_app.services.backups import BackupService
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.reliability._support import fast_kdf

MARKER = "Zephyrquokka" + secrets.token_hex(4)  # fictional, and unique to this run
PASSPHRASE = "leak test walrus meadow " + secrets.token_hex(3)
_SKIP_DIRS = {"venv", ".venv", "__pycache__", "node_modules", ".git"}
_MAX_SCAN_BYTES = 64 * 1024 * 1024


def _needles(text: str) -> list[bytes]:
    variants = {text, text.lower(), text.upper()}
    return [v.encode(enc) for v in variants for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder, onerror=lambda _e: None):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS]
        for name in names:
            yield Path(root) / name


def _state(folder: Path) -> dict[Path, tuple[float, int]]:
    found = {}
    for path in _files(folder):
        try:
            info = path.lstat()
        except OSError:
            continue
        if not path.is_symlink():
            found[path] = (info.st_mtime, info.st_size)
    return found


def _holding(paths: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for path in paths:
        try:
            if path.stat().st_size > _MAX_SCAN_BYTES:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            hits.append(str(path))
    return hits


class _Watch:
    """Every file under the data folder, the backups and the log folder, plus every file in
    the system temp folder that is new or changed since the watch began."""

    def __init__(self, *folders: Path, exclude: tuple[Path, ...] = ()) -> None:
        self.folders = folders
        self.exclude = exclude
        self.temp = Path(tempfile.gettempdir())
        self.temp_before = _state(self.temp)

    def leaks(self, needles: list[bytes]) -> list[str]:
        paths = [p for folder in self.folders if folder.exists() for p in _files(folder)]
        for path, stamp in _state(self.temp).items():
            if self.temp_before.get(path) != stamp:
                paths.append(path)
        wanted = {
            p
            for p in paths
            if not any(p == e or e in p.parents for e in self.exclude) and p.is_file()
        }
        return _holding(sorted(wanted), needles)


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """The app's logging at DEBUG, into a file, as a support session would switch it on."""
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    handler = logging.FileHandler(log_dir / "journal-app.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("journal_app").setLevel(logging.DEBUG)
    try:
        yield log_dir
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        logging.getLogger("journal_app").setLevel(logging.NOTSET)
        handler.close()


def _pdf_export(journal: JournalService, destination: Path) -> str:
    try:
        from journal_app.core.periods import Period
        from journal_app.services.export_service import ExportService
        from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
    except ImportError as missing:  # pragma: no cover - another engineer's part
        return f"PDF export skipped: {missing}"
    options = AppraisalOptions(
        period=Period(date(2020, 1, 1), date(2030, 12, 31)),
        include_private=True,
        include_drafts=True,
        full_text=True,
    )
    ExportService(journal, Catalogue.builtin()).appraisal_pdf(options, destination)
    return "PDF export made"


def _appraisal_with_marker(journal: JournalService, entry_id: str) -> None:
    """The marker in an appraisal's self-assessment, plan and feedback, in a follow-up and
    inside an evidence file: all kept in the journal, none of it on disk in plaintext."""
    from journal_app.core.appraisal import Feedback, Objective
    from journal_app.core.evidence import OwnerKind
    from journal_app.core.periods import Period
    from journal_app.services.appraisals import Appraisals
    from journal_app.services.evidence import EvidenceFiles
    from journal_app.services.follow_ups import FollowUps

    appraisals = Appraisals(journal.database, Catalogue.builtin())
    workspace = appraisals.start(Period(date(2026, 4, 1), date(2027, 3, 31)), "kss-pl")
    appraisals.set_self_assessment(
        workspace.id, "5", strengths=f"{MARKER} strengths", to_develop=f"{MARKER} next"
    )
    appraisals.add_objective(workspace.id, Objective(f"{MARKER} objective", how=MARKER))
    appraisals.add_feedback(workspace.id, Feedback(f"{MARKER} said", context=MARKER))
    FollowUps(journal).write(entry_id, f"{MARKER} changed", date(2026, 12, 2))
    certificate = f"%PDF-1.4\n% certificate for {MARKER}\n%%EOF\n".encode()
    files = EvidenceFiles(journal.database)
    files.add_bytes(OwnerKind.REFLECTION, entry_id, "certificate.pdf", certificate)
    files.add_bytes(OwnerKind.APPRAISAL, workspace.id, "letter.pdf", certificate)


def test_the_marker_is_nowhere_on_disk_and_no_secret_is_logged(
    tmp_path: Path, debug_log: Path
) -> None:
    data_dir = tmp_path / "journal"
    exported = tmp_path / "chosen-by-the-user"  # the one place the user asked the text to go
    exported.mkdir()
    watch = _Watch(data_dir, debug_log, exclude=(exported,))
    needles = _needles(MARKER)
    catalogue = Catalogue.builtin()

    created = Vault(data_dir, kdf_params=fast_kdf).create(PASSPHRASE)
    database = created.database
    journal = JournalService(database, catalogue)
    entry = journal.create(
        EntryDraft(
            title=f"{MARKER} in a title",
            body=f"A body that mentions {MARKER} twice: {MARKER}.",
            sections=(Section("feelings", "Feelings", f"{MARKER} again"),),
            tags=(Tag("kss-pl", "5"),),
            supervision=SupervisionContext(SessionKind.PEER, 60, f"{MARKER} role"),
            actions=(Action(f"Follow up {MARKER}"),),
        )
    )
    _appraisal_with_marker(journal, entry.id)
    for _ in range(15):  # churn: WAL frames, free pages, index updates
        journal.update(entry.id, journal.get(entry.id).to_draft())
        assert journal.search(MARKER)
    assert journal.list()[0].title.startswith(MARKER)
    assert watch.leaks(needles) == [], "while open"

    service = BackupService()
    daily = service.backup_if_due(database)
    assert daily is not None
    manual = database.backup("manual")
    assert watch.leaks(needles) == [], "after backups"

    note = _pdf_export(journal, exported / "appraisal.pdf")
    print(note)
    assert watch.leaks(needles) == [], "during and after a PDF export"

    restored = service.restore(database, manual.path)
    database = restored.database
    journal = JournalService(database, catalogue)
    assert journal.get(entry.id).title.startswith(MARKER)
    assert watch.leaks(needles) == [], "after a restore"

    journal.trash(entry.id)
    journal.empty_trash()
    key_hex = database.key.hex()
    database.close()
    assert watch.leaks(needles) == [], "after closing"

    reopened = Vault(data_dir).unlock(PASSPHRASE)
    reopened.close()
    secrets_in_logs = _holding(
        list(_files(debug_log)),
        [
            *_needles(PASSPHRASE),
            *_needles(created.recovery_key),
            key_hex.encode(),
            key_hex.upper().encode(),
        ],
    )
    assert secrets_in_logs == []
    log_text = (debug_log / "journal-app.log").read_text(encoding="utf-8")
    assert "DEBUG" in log_text  # the logs really were at DEBUG (migrations log there)
    assert watch.leaks(needles) == [], "after unlocking again"


def test_the_scan_finds_a_planted_leak(tmp_path: Path) -> None:
    """The detector itself works, in the temp folder too and in UTF-16."""
    watch = _Watch(tmp_path / "data")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "plain.txt").write_text(f"x {MARKER} y")
    planted = Path(tempfile.gettempdir()) / f"leak-test-{secrets.token_hex(4)}.txt"
    planted.write_text(MARKER.upper(), encoding="utf-16")
    try:
        assert len(watch.leaks(_needles(MARKER))) == 2
    finally:
        planted.unlink()

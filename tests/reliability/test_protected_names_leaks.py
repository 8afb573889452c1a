"""The names a person protects are nowhere in plaintext: not under the data folder, the
backups, the system temp folder or the logs (at DEBUG), and not in any export file, the
JSON and Markdown copies included, while the list is used, changed, backed up and restored.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from journal_app.core.catalogue import Catalogue
from journal_app.core.identifiers import ProtectKind
from journal_app.core.models import EntryDraft, Status, Tag, Visibility
from journal_app.core.periods import Period
from journal_app.services.backups import BackupService
from journal_app.services.export_service import ExportService
from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
from journal_app.services.journal import JournalService
from journal_app.services.protected_names import ProtectedNames
from journal_app.services.vault import Vault
from tests.reliability._support import fast_kdf
from tests.reliability.test_leaks_everywhere import (  # noqa: F401 - debug_log is a fixture
    _files,
    _holding,
    _needles,
    _Watch,
    debug_log,
)

NAME = "Vespertinka" + secrets.token_hex(4)  # fictional, and unique to this run
NICKNAME = "Vesperkin" + secrets.token_hex(4)
PASSPHRASE = "protected names walrus " + secrets.token_hex(3)


def test_the_protected_list_is_nowhere_in_plaintext(tmp_path: Path, debug_log: Path) -> None:  # noqa: F811
    data_dir = tmp_path / "journal"
    exported = tmp_path / "chosen-by-the-user"
    exported.mkdir()
    watch = _Watch(data_dir, debug_log, exclude=(exported,))
    needles = [*_needles(NAME), *_needles(NICKNAME)]
    catalogue = Catalogue.builtin()

    database = Vault(data_dir, kdf_params=fast_kdf).create(PASSPHRASE).database
    journal = JournalService(database, catalogue)
    names = ProtectedNames(database)
    term = names.add([NAME, NICKNAME], ProtectKind.CHILD, "Child A")
    for n in range(10):  # churn: updates, removals and additions leave free pages behind
        term = names.update(term.__class__(term.spellings, term.kind, f"Child {n}A", term.id))
        extra = names.add([f"{NAME}x{n}"], ProtectKind.OTHER)
        names.remove(extra.id)
    journal.create(
        EntryDraft(
            title="A visit with nothing identifying",
            body="We talked about the plan.",
            event_date=date(2026, 6, 1),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "1"),),
        )
    )
    exports = ExportService(journal, catalogue, today=lambda: date(2027, 3, 1))
    options = AppraisalOptions(period=Period(date(2026, 4, 1), date(2027, 3, 31)))
    assert exports.findings_for_export(options) == []
    assert watch.leaks(needles) == [], "while the list is used"

    backups = BackupService()
    assert backups.backup_if_due(database) is not None
    manual = database.backup("manual")
    assert watch.leaks(needles) == [], "after backups"

    exports.appraisal_pdf(options, exported / "appraisal.pdf")
    exports.export_json(exported / "journal.json")
    exports.export_markdown(exported / "markdown")
    exports.export_markdown(exported / "markdown.zip")
    export_files = list(_files(exported))
    assert len(export_files) >= 4
    assert _holding(export_files, needles) == [], "in an export file"
    assert watch.leaks(needles) == [], "after exports"

    restored = backups.restore(database, manual.path)
    database = restored.database
    assert [t.spellings for t in ProtectedNames(database).list()] == [(NAME, NICKNAME)]
    assert watch.leaks(needles) == [], "after a restore"
    database.close()
    assert watch.leaks(needles) == [], "after closing"


def test_the_scan_sees_the_name_when_it_is_there(tmp_path: Path) -> None:
    planted = tmp_path / "plain.txt"
    planted.write_text(f"a {NICKNAME.lower()} b", encoding="utf-8")
    assert _holding([planted], _needles(NICKNAME)) == [str(planted)]

"""Screenshots of the export, findings, other-formats and CPD dialogs for docs/screenshots/.

Run under a virtual X display:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.tools.export_screenshots

``--language cy`` first takes them with the window in Welsh, into docs/screenshots/cy/.

The journal is the demo journal in a temporary folder (floor KDF settings), removed after.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    args = sys.argv[1:]
    language = "en"
    if args[:1] == ["--language"]:
        language, args = args[1], args[2:]
    theme = args[0] if args else "light"
    work = Path(tempfile.mkdtemp(prefix="journal-export-shots-"))
    try:
        return shoot(theme, work, language)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shoot(theme: str, work: Path, language: str = "en") -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.core import keywrap
    from journal_app.core.models import EntryDraft, Status, Visibility
    from journal_app.services.demo import fill_demo_journal
    from journal_app.services.preferences import load_preferences, save_preferences
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.cpd_dialog import CpdDialog
    from journal_app.ui.export_dialog import ExportDialog
    from journal_app.ui.export_findings import FindingsDialog
    from journal_app.ui.open_exports_dialog import OpenExportsDialog
    from journal_app.ui.theme import apply_theme

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([sys.argv[0], "-platform", "xcb"])
    apply_theme(app, theme)
    from tests.tools import screenshots

    screenshots.LANGUAGE = language
    screenshots.speak(app)  # the window's words as the app has them in that language
    out = screenshots.out_folder()
    out.mkdir(parents=True, exist_ok=True)
    today = date(2026, 10, 1)
    vault = Vault(work / "journal", kdf_params=keywrap.minimum_params)
    passphrase = "tidy harbour lantern seventeen"
    created = vault.create(passphrase, passphrase)
    unlocked = UnlockedJournal.open(vault, created.database)
    fill_demo_journal(unlocked.journal, unlocked.catalogue, today)
    unlocked.journal.create(
        EntryDraft(
            title="Supporting a family through a hard week",
            body="Jayden's mum told me the week had been hard; we met at 4 Elm Road, LS6 2AB.",
            event_date=date(2026, 9, 14),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
        )
    )
    prefs = load_preferences(unlocked.journal.database)
    save_preferences(
        unlocked.journal.database,
        replace(
            prefs,
            user_name="Sam Okafor",
            user_role="Principal social worker",
            employer="Northbridge Children's Services",
        ),
    )

    def grab(widget, name: str) -> None:
        widget.show()
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(out / f"{name}-{theme}.png"))
        widget.hide()

    export = ExportDialog(unlocked, today=today)
    export.form.appraiser.setText("Jo Hartley")
    export.resize(export.sizeHint())
    grab(export, "export")
    options = export.form.options()
    result = export.service.appraisal_pdf(options, work / "Appraisal evidence 2026-27.pdf")
    export._exported(result, options)
    grab(export, "export-done")
    findings = FindingsDialog(export.service.findings_for_export(options))
    grab(findings, "export-findings")
    other = OpenExportsDialog(unlocked, today=today)
    other.resize(other.sizeHint())
    grab(other, "export-other")
    cpd_id = next(e.id for e in unlocked.journal.entries() if e.template_id == "swe-cpd")
    cpd = CpdDialog(unlocked, cpd_id)
    cpd.show()
    cpd.copy_buttons["learning"].click()  # as it looks just after a copy
    grab(cpd, "cpd")
    unlocked.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

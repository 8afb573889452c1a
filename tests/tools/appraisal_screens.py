"""Screenshots of the appraisal workspace, light and dark, for docs/screenshots/.

    .venv/bin/python -m tests.tools.appraisal_screens [--scale 1.5]

Runs offscreen on a virtual 1280x720 (logical) screen: a demo journal in a temporary folder,
an appraisal prepared for this year and the one before (fictional text throughout), and one
picture of each part of the workspace. With no theme argument it runs itself once per theme.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
THEMES = ("light", "dark")
TODAY = date(2026, 12, 2)


def main() -> int:
    args = sys.argv[1:]
    if not args or args[0] not in THEMES:
        OUT.mkdir(parents=True, exist_ok=True)
        for theme in THEMES:
            subprocess.run(
                [sys.executable, "-m", "tests.tools.appraisal_screens", theme],
                check=True,
                cwd=ROOT,
            )
        return 0
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    work = Path(tempfile.mkdtemp(prefix="appraisal-screens-"))
    try:
        return _shoot(args[0], work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fill(unlocked: object) -> None:
    from journal_app.core.appraisal import Feedback, FeedbackSource, Objective, ObjectiveOutcome
    from journal_app.core.periods import Period
    from journal_app.services.demo import fill_demo_journal

    journal = unlocked.journal  # type: ignore[attr-defined]
    catalogue = unlocked.catalogue  # type: ignore[attr-defined]
    fill_demo_journal(journal, catalogue, count=60, today=TODAY)
    appraisals = unlocked.appraisals()  # type: ignore[attr-defined]
    last = appraisals.start(Period(date(2025, 4, 1), date(2026, 3, 31)), "kss-pl")
    for text, outcome, note in (
        (
            "Introduce monthly group supervision for the two newest teams",
            ObjectiveOutcome.MET,
            "Running since June; attendance steady.",
        ),
        (
            "Complete the practice leader development programme",
            ObjectiveOutcome.PARTLY_MET,
            "Four of six modules done; the rest moved to this year.",
        ),
        ("Audit the quality of supervision records", None, ""),
    ):
        last = appraisals.add_objective(last.id, Objective(text, ("3",)))
        if outcome is not None:
            last = appraisals.review_objective(last.id, last.plan[-1].id, outcome, note)
    this = appraisals.start(Period(date(2026, 4, 1), date(2027, 3, 31)), "kss-pl")
    appraisals.set_details(this.id, framework_id="kss-pl", appraisal_date=date(2027, 3, 10))
    appraisals.set_self_assessment(
        this.id,
        "1",
        strengths=(
            "I have been clearer about why we work the way we do, and I have tied practice "
            "decisions back to the model in group supervision."
        ),
        to_develop="Saying no to new projects so the practice model is not diluted.",
    )
    appraisals.add_objective(
        this.id,
        Objective(
            "Pilot the new supervision recording template with two teams",
            ("3", "5"),
            "Agree the template with the team managers; review after three months.",
            date(2027, 1, 31),
        ),
    )
    from journal_app.core.evidence import OwnerKind

    files = unlocked.evidence  # type: ignore[attr-defined]
    files.add_bytes(
        OwnerKind.APPRAISAL,
        this.id,
        "Practice leader programme certificate.pdf",
        b"%PDF-1.4\n%%EOF\n" + b" " * 180_000,
        "Certificate of completion, module 4",
    )
    files.add_bytes(
        OwnerKind.APPRAISAL,
        this.id,
        "Thank-you card from a partner agency.jpg",
        b"\xff\xd8\xff\xe0" + b" " * 1_400_000,
    )
    for quote, source, context in (
        (
            "Supervision with you is the one hour I get to think.",
            FeedbackSource.SUPERVISEE,
            "supervision survey",
        ),
        ("The audit findings were clear and fair.", FeedbackSource.MANAGER, "quality meeting"),
    ):
        appraisals.add_feedback(this.id, Feedback(quote, source, context, date(2026, 11, 3)))


def _reflection_with_files(app: object, unlocked: object, theme: str) -> None:
    """The editor on a CPD record with its certificate and handout kept as evidence files,
    scrolled to the files (the page the reflection's own text is on is above)."""
    from journal_app.core.evidence import OwnerKind
    from journal_app.core.models import EntryFilter
    from journal_app.ui.editor.editor_widget import EntryEditor

    journal = unlocked.journal  # type: ignore[attr-defined]
    entry = next(iter(journal.entries(EntryFilter(template_id="swe-cpd"))))
    files = unlocked.evidence  # type: ignore[attr-defined]
    files.add_bytes(
        OwnerKind.REFLECTION,
        entry.id,
        "Trauma-informed supervision certificate.pdf",
        b"%PDF-1.4\n%%EOF\n" + b" " * 240_000,
        "Certificate of attendance",
    )
    files.add_bytes(
        OwnerKind.REFLECTION, entry.id, "Course handout.pdf", b"%PDF-1.4\n%%EOF\n" + b" " * 900_000
    )
    editor = EntryEditor(unlocked.catalogue, evidence=files)  # type: ignore[attr-defined]
    editor.resize(700, 720)
    editor.show()
    editor.load(entry.id, entry.to_draft())
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    panel = editor.evidence_panel
    assert panel is not None
    editor.scroll_area.ensureWidgetVisible(panel)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    path = OUT / f"reflection-with-evidence-files-{theme}.png"
    editor.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT)}")
    editor.close()


def _shoot(theme: str, work: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.core import keywrap
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal
    from journal_app.ui.appraisal.view import AppraisalView
    from journal_app.ui.plurals import install_plurals
    from journal_app.ui.theme import apply_theme

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([sys.argv[0]])
    install_plurals(app)  # as the app does
    apply_theme(app, theme)
    vault = Vault(work / "journal", device_keys=None, kdf_params=keywrap.minimum_params)
    created = vault.create("correct horse battery staple")
    unlocked = UnlockedJournal.open(vault, created.database)
    _fill(unlocked)
    view = AppraisalView(unlocked, today=lambda: TODAY)
    view.resize(1280, 720)
    view.show()
    names = ("self-assessment", "objectives", "plan", "feedback", "evidence-files")
    for index, name in enumerate(names):
        view.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        path = OUT / f"appraisal-{name}-{theme}.png"
        view.grab().save(str(path))
        print(f"saved {path.relative_to(ROOT)}")
    view.close()
    from journal_app.ui.this_week import ThisWeekView

    week = ThisWeekView(unlocked, today=lambda: TODAY)
    week.resize(1280, 720)
    week.show()
    for _ in range(5):
        app.processEvents()
    path = OUT / f"this-week-{theme}.png"
    week.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT)}")
    week.close()
    _reflection_with_files(app, unlocked, theme)
    unlocked.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

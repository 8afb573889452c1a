"""Screenshots of coverage for the new frameworks and of the Wales CPD panel.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.tools.framework_screenshots

Writes docs/screenshots/coverage-early-career-standards.png, coverage-adult-kss.png and
cpd-wales.png from a throw-away journal of fictional reflections (removed afterwards).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 12, 2)

ECS = (
    ("1", "Talking with a new social worker about racism a family met at school"),
    ("2", "Helping a newly qualified worker plan direct work with a 9-year-old"),
    ("3", "Reviewing an assessment with a second-year social worker"),
    ("5", "Group supervision: what we learnt from a practice review"),
    ("2", "Observation of a home visit and feedback afterwards"),
    ("6", "Workload conversation with an early career social worker"),
)
ADULTS = (
    ("5", "Supervising a mental capacity assessment about a move to residential care"),
    ("6", "Restorative supervision after a safeguarding enquiry"),
    ("7", "Using authority well in a Care Act review the family disputed"),
    ("3", "Observing an ASYE social worker's carer's assessment"),
    ("5", "Testing hypotheses about self-neglect with a practitioner"),
    ("8", "Feedback from carers on how the team communicates"),
    ("4", "Checking plans are proportionate to risk and the person's wishes"),
)


def main() -> int:
    from journal_app.core.models import EntryDraft, Section, Status, Tag
    from journal_app.services.preferences import load_preferences, save_preferences
    from journal_app.ui.coverage_view import CoverageView
    from journal_app.ui.theme import apply_theme
    from tests.ui.layout_scenes import Setting

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")  # type: ignore[arg-type]
    work = Path(tempfile.mkdtemp(prefix="framework-shots-"))
    try:
        setting = Setting(work)
        journal = setting.unlocked.journal
        for framework_id, rows in (("ecs", ECS), ("kss-ps-adults", ADULTS)):
            version = setting.unlocked.catalogue.framework(framework_id).version
            for number, (code, title) in enumerate(rows):
                journal.create(
                    EntryDraft(
                        title=title,
                        body="Fictional reflection for a screenshot.",
                        event_date=TODAY - timedelta(days=21 * number + 5),
                        status=Status.FINAL,
                        tags=(Tag(framework_id, code, version),),
                    )
                )
        cpd = setting.unlocked.catalogue.template("swe-cpd")
        for number, topic in enumerate(("Trauma-informed practice course", "Welsh language")):
            journal.create(
                EntryDraft(
                    title=f"CPD: {topic}",
                    event_date=date(2026, 6, 3) + timedelta(days=60 * number),
                    template_id="swe-cpd",
                    status=Status.FINAL,
                    sections=tuple(
                        Section(s.key, s.title, topic if s.key == "description" else "")
                        for s in cpd.sections
                    ),
                )
            )

        database = setting.unlocked.database

        def as_role(role: str, registered_with: str = "swe", renewal: str = "") -> None:
            save_preferences(
                database,
                replace(
                    load_preferences(database),
                    user_role=role,
                    registered_with=registered_with,
                    scw_renewal_date=renewal,
                ),
            )

        def shoot(framework_id: str, name: str) -> None:
            view = CoverageView(setting.unlocked, today=lambda: TODAY)
            view.resize(1280, 1000)
            view.show()
            view.framework_combo.setCurrentIndex(view.framework_combo.findData(framework_id))
            view.refresh()
            view.wait_for_report()
            for _ in range(20):
                app.processEvents()
            view.grab().save(str(OUT / name))
            view.close()

        as_role("Practice supervisor")
        shoot("ecs", "coverage-early-career-standards.png")
        as_role("Practice supervisor (adult services)")
        shoot("kss-ps-adults", "coverage-adult-kss.png")
        as_role("Practice supervisor (adult services)", "scw", "2026-04-01")
        shoot("scw", "cpd-wales.png")
        setting.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Pictures of four pages of the demo journal's appraisal PDF, for docs/screenshots/.

    .venv/bin/python -m tests.tools.appraisal_pages

Writes appraisal-cover.png, appraisal-summary.png, appraisal-coverage.png,
appraisal-domain-section.png (the README links them), appraisal-pdf-follow-up.png (a
reflection followed by what changed since) and appraisal-pdf-short-evidence.png (the short
document's evidence: one line per reflection). The journal is the demo journal
(fictional) in a temporary folder, removed afterwards; the PDF is made by the same service
the Export dialog uses and its pages are drawn with poppler's ``pdftoppm``. Pages are found
by the words on them, not by number, so a longer summary does not pick the wrong page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
RESOLUTION = 90  # dots per inch: an A4 page is about 740x1050 px and under 300 KB
TODAY = date(2026, 10, 1)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        print("needs poppler's pdftoppm and pdftotext (apt install poppler-utils)")
        return 1
    work = Path(tempfile.mkdtemp(prefix="journal-appraisal-pages-"))
    try:
        pdf = make_pdf(work)
        pages = page_texts(pdf)
        for name, wanted in PAGES.items():
            number = next((i for i, text in enumerate(pages, 1) if wanted(text)), None)
            if number is None:
                print(f"no page of the PDF looks like the {name} page")
                return 1
            render(pdf, number, OUT / f"appraisal-{name}.png")
        short = make_pdf(work, short=True)
        short_pages = page_texts(short)
        evidence = next(
            i for i, text in enumerate(short_pages, 1) if _heading(text).startswith("Evidence:")
        )
        render(short, evidence, OUT / "appraisal-pdf-short-evidence.png")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_pdf(work: Path, *, short: bool = False) -> Path:
    from journal_app.core import keywrap
    from journal_app.core.periods import appraisal_year
    from journal_app.services.demo import fill_demo_journal
    from journal_app.services.export_service import ExportService
    from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
    from journal_app.services.vault import Vault
    from journal_app.ui.app_context import UnlockedJournal

    vault = Vault(
        work / ("short" if short else "journal"),
        device_keys=None,
        kdf_params=keywrap.minimum_params,
    )
    passphrase = "tidy harbour lantern seventeen"
    created = vault.create(passphrase, passphrase)
    unlocked = UnlockedJournal.open(vault, created.database)
    try:
        fill_demo_journal(unlocked.journal, unlocked.catalogue, TODAY)
        _follow_up_one(unlocked)
        options = AppraisalOptions(
            period=appraisal_year(TODAY, 4),
            name="Sam Okafor",
            role="Principal social worker",
            employer="Northbridge Children's Services",
            appraiser="Jo Hartley",
            produced_on=TODAY,
            short_document=short,
        )
        service = ExportService(unlocked.journal, unlocked.catalogue, lambda: TODAY)
        destination = work / ("Short appraisal.pdf" if short else "Appraisal evidence.pdf")
        service.appraisal_pdf(options, destination)
        return destination
    finally:
        unlocked.close()


FOLLOW_UP = (
    "Done, and it held: the people involved asked to keep it going, and I have written the "
    "change into the team plan so that it does not depend on me being in the room."
)


def _follow_up_one(unlocked: object) -> None:
    """What changed since, written for the first reflection of the year with actions."""
    from journal_app.core.models import EntryFilter
    from journal_app.core.periods import appraisal_year
    from journal_app.services.follow_ups import FollowUps
    from journal_app.ui.app_context import UnlockedJournal

    assert isinstance(unlocked, UnlockedJournal)
    year = appraisal_year(TODAY, 4)
    with_actions = next(
        entry
        for entry in unlocked.journal.entries(EntryFilter(date_from=year.start, date_to=TODAY))
        if entry.actions
    )
    FollowUps(unlocked.journal).write(with_actions.id, FOLLOW_UP, TODAY)


def page_texts(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout.split("\f")


def _heading(text: str) -> str:
    """A page's heading: its first line after the running header (name and period)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[1] if len(lines) > 1 else ""


# Which page each picture shows, told by the page's heading.
PAGES: dict[str, Callable[[str], bool]] = {
    "cover": lambda text: "Appraisal evidence" in text.splitlines()[0] if text else False,
    "summary": lambda text: _heading(text) == "Summary",
    "coverage": lambda text: _heading(text) == "Coverage",
    "domain-section": lambda text: _heading(text).startswith("Evidence:"),
    "pdf-follow-up": lambda text: "What changed since" in text,
}


def render(pdf: Path, page: int, destination: Path) -> None:
    stem = destination.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    print(f"page {page} -> {destination.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())

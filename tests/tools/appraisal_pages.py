"""Pictures of four pages of the demo journal's appraisal PDF, for docs/screenshots/.

    .venv/bin/python -m tests.tools.appraisal_pages
    .venv/bin/python -m tests.tools.appraisal_pages --language cy    (or both)

Writes appraisal-cover.png, appraisal-summary.png, appraisal-coverage.png,
appraisal-domain-section.png (the README links them), appraisal-pdf-follow-up.png (a
reflection followed by what changed since) and appraisal-pdf-short-evidence.png (the short
document's evidence: one line per reflection). The journal is the demo journal
(fictional) in a temporary folder, removed afterwards; the PDF is made by the same service
the Export dialog uses and its pages are drawn with poppler's ``pdftoppm``. Pages are found
by the words on them, not by number, so a longer summary does not pick the wrong page.

With ``--language cy`` or ``--language both`` it writes the cover, the summary, the first
page of a domain's evidence and the signatures page of a Welsh (or Welsh and English) PDF,
smaller (70 dots per inch), as appraisal-pdf-cy-*.png or appraisal-pdf-both-*.png.
"""

from __future__ import annotations

import argparse
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
#: the other languages' pictures are smaller: about 580x820 px
LANGUAGE_RESOLUTION = 70
TODAY = date(2026, 10, 1)


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    chosen = argparse.ArgumentParser(description=__doc__)
    chosen.add_argument("--language", choices=("en", "cy", "both"), default="en")
    language = chosen.parse_args(argv).language
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        print("needs poppler's pdftoppm and pdftotext (apt install poppler-utils)")
        return 1
    work = Path(tempfile.mkdtemp(prefix="journal-appraisal-pages-"))
    try:
        if language != "en":
            return language_pages(work, language)
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


def language_pages(work: Path, language: str) -> int:
    """The four pages of a PDF in ``language`` ("cy" or "both"), found by their headings."""
    from journal_app.core.messages import catalogue, text

    pdf = make_pdf(work, language=language)
    pages = page_texts(pdf)
    first = "cy"  # a bilingual document's headings start with their Welsh

    def starts(code: str) -> Callable[[str], bool]:
        wording = catalogue(first)[code]
        assert isinstance(wording, str)
        heading = wording.split("{")[0]  # the words before the framework's name, if any
        # a heading, not its line in the contents (which ends with the page number)
        return lambda page: any(
            line.strip().startswith(heading) and not line.strip()[-1:].isdigit()
            for line in page.splitlines()[1:]
        )

    wanted: dict[str, Callable[[str], bool]] = {
        "cover": lambda page: text("pdf.title", first) in page.splitlines()[0] if page else False,
        "summary": starts("pdf.summary.heading"),
        "domain": starts("pdf.evidence.heading"),
        "signatures": starts("pdf.closing.heading"),
    }
    for name, found in wanted.items():
        number = next((i for i, page in enumerate(pages, 1) if found(page)), None)
        if number is None:
            print(f"no page of the PDF looks like the {name} page")
            return 1
        destination = OUT / f"appraisal-pdf-{language}-{name}.png"
        render(pdf, number, destination, LANGUAGE_RESOLUTION)
    return 0


def make_pdf(work: Path, *, short: bool = False, language: str = "en") -> Path:
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
            language=language,
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


def render(pdf: Path, page: int, destination: Path, resolution: int = RESOLUTION) -> None:
    stem = destination.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(resolution),
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

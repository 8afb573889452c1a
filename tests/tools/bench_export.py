"""Benchmark (not a test): how long exports take, and how much memory, for big journals.

    .venv/bin/python -m tests.tools.bench_export                 # 250 and 5,000 reflections
    .venv/bin/python -m tests.tools.bench_export --counts 1000

For each count a throw-away journal is filled with generated, fictional reflections dated
over one appraisal year (``journal_app.services.demo.generate_reflections``). Then each
export runs in a fresh process so its peak memory is its own: the appraisal PDF (every
reflection: private ones and drafts included, in full, KSS for practice leaders), the JSON
file and the Markdown zip. The figures are wall-clock time of the export call and the peak
resident set size of the export process, which includes opening the journal (Argon2 at
its 64 MiB floor). The journal is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PASSPHRASE = "benchmark export walrus orchard"
YEAR_START, YEAR_END = date(2026, 4, 1), date(2027, 3, 31)
EXPORTS = ("pdf", "json", "markdown")


def _vault(folder: Path):  # type: ignore[no-untyped-def]
    from journal_app.core import keywrap
    from journal_app.services.vault import Vault

    return Vault(folder, kdf_params=keywrap.minimum_params)


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def fill(folder: Path, count: int) -> dict[str, float]:
    from journal_app.core.catalogue import Catalogue
    from journal_app.services.demo import generate_reflections
    from journal_app.services.journal import JournalService

    catalogue = Catalogue.builtin()
    database = _vault(folder).create(PASSPHRASE).database
    started = time.perf_counter()
    journal = JournalService(database, catalogue)
    for draft in generate_reflections(count, 2026, YEAR_START, YEAR_END, catalogue):
        journal.create(draft)
    database.close()
    return {"seconds": time.perf_counter() - started}


def export(folder: Path, kind: str) -> dict[str, float]:
    from journal_app.core.catalogue import Catalogue
    from journal_app.core.periods import Period
    from journal_app.services.export_service import ExportService
    from journal_app.services.exporters.appraisal_pdf.options import AppraisalOptions
    from journal_app.services.journal import JournalService

    catalogue = Catalogue.builtin()
    database = _vault(folder).unlock(PASSPHRASE, writer=False)
    service = ExportService(JournalService(database, catalogue), catalogue)
    out = folder / f"export-{kind}"
    started = time.perf_counter()
    extra: dict[str, float] = {}
    if kind == "pdf":
        options = AppraisalOptions(
            period=Period(YEAR_START, YEAR_END),
            include_private=True,
            include_drafts=True,
            name="Benchmark",
            produced_on=YEAR_END,
        )
        result = service.appraisal_pdf(options, out.with_suffix(".pdf"))
        extra["pages"] = result.pages
        extra["mib"] = out.with_suffix(".pdf").stat().st_size / 2**20
    elif kind == "json":
        service.export_json(out.with_suffix(".json"))
        extra["mib"] = out.with_suffix(".json").stat().st_size / 2**20
    else:
        service.export_markdown(out.with_suffix(".zip"))
        extra["mib"] = out.with_suffix(".zip").stat().st_size / 2**20
    seconds = time.perf_counter() - started
    database.close()
    return {"seconds": seconds, "peak_rss_mib": _peak_rss_mib(), **extra}


def _child(*args: str) -> dict[str, float]:
    command = [sys.executable, __file__, *args]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{finished.stderr}")
    result: dict[str, float] = json.loads(finished.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[250, 5000])
    parser.add_argument(
        "--child", nargs=3, metavar=("ACTION", "FOLDER", "ARG"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        action, folder, arg = args.child
        result = fill(Path(folder), int(arg)) if action == "fill" else export(Path(folder), arg)
        print(json.dumps(result))
        return
    print(f"{'reflections':>11}  {'export':<9} {'time':>8}  {'peak RSS':>9}  {'size':>8}  pages")
    for count in args.counts:
        folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
        try:
            filled = _child("--child", "fill", str(folder / "journal"), str(count))
            print(f"{count:>11}  {'(fill)':<9} {filled['seconds']:>7.1f}s")
            for kind in EXPORTS:
                r = _child("--child", "export", str(folder / "journal"), kind)
                pages = f"{int(r['pages']):>5}" if "pages" in r else ""
                print(
                    f"{count:>11}  {kind:<9} {r['seconds']:>7.1f}s  {r['peak_rss_mib']:>6.0f} MiB"
                    f"  {r['mib']:>5.1f} MiB  {pages}"
                )
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

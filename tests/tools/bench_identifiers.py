"""Benchmark (not a test): how long the identifier check takes on 5,000 words.

    .venv/bin/python -m tests.tools.bench_identifiers
    .venv/bin/python -m tests.tools.bench_identifiers --runs 51

The text is 5,000 words of generated, fictional reflections
(``journal_app.services.demo.generate_reflections``) with every tuning sample from
tests/fixtures/identifier_samples.json spliced in between paragraphs, so that the
detectors meet names, numbers and addresses as well as plain prose. The first call is
reported on its own: it includes loading the names gazetteer, which happens once per
process. Then the median (and fastest) of ``--runs`` calls, in wall-clock and CPU time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "identifier_samples.json"


def realistic_text(words: int = 5_000) -> str:
    """``words`` words of generated reflections with the tuning samples spliced in."""
    from journal_app.core.catalogue import Catalogue
    from journal_app.services.demo import generate_reflections

    samples = [s["text"] for s in json.loads(SAMPLES.read_text(encoding="utf-8"))["samples"]]
    drafts = generate_reflections(
        40, 11, date(2025, 1, 1), date(2025, 12, 31), Catalogue.builtin()
    )
    paragraphs: list[str] = []
    for i, draft in enumerate(drafts):
        paragraphs += [s.text for s in draft.sections] + [draft.body]
        paragraphs.append(samples[(i * 7) % len(samples)])
    chosen: list[str] = []
    count = 0
    for paragraph in paragraphs:
        if count >= words:
            break
        chosen.append(paragraph)
        count += len(paragraph.split())
    return " ".join("\n\n".join(chosen).split(" ")[:words])


def main() -> int:
    """Print the first-call time and the median over the runs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    text = realistic_text()
    today = date(2025, 6, 1)
    import journal_app.core.identifiers as identifiers

    started, cpu = time.perf_counter(), time.process_time()
    first = identifiers.find_identifiers(text, today=today)
    first_wall, first_cpu = time.perf_counter() - started, time.process_time() - cpu
    walls, cpus = [], []
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        identifiers.find_identifiers(text, today=today)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    print(f"{len(text.split()):,} words, {len(text):,} characters, {len(first)} findings")
    print(
        f"first call (includes any one-off loading): {first_wall * 1000:.1f} ms wall, "
        f"{first_cpu * 1000:.1f} ms CPU"
    )
    print(
        f"median of {args.runs}: {statistics.median(walls) * 1000:.1f} ms wall, "
        f"{statistics.median(cpus) * 1000:.1f} ms CPU; fastest {min(walls) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

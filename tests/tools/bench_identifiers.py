"""Benchmark (not a test): how long the identifier check takes on 5,000 words.

    .venv/bin/python -m tests.tools.bench_identifiers
    .venv/bin/python -m tests.tools.bench_identifiers --runs 51

The text is 5,000 words of generated, fictional reflections
(``journal_app.services.demo.generate_reflections``) with every tuning sample from
tests/fixtures/identifier_samples.json spliced in between paragraphs, so that the
detectors meet names, numbers and addresses as well as plain prose. The first call is
reported on its own: it includes loading the names gazetteer, which happens once per
process. Then the median (and fastest) of ``--runs`` calls, in wall-clock and CPU time.

``--clean N`` also counts false alarms on text that must stay clean: the demo journal,
N generated reflections and every string in the shipped frameworks and templates. Each
of these is checked field by field; the share of texts with any finding is printed, with
every finding (``--show`` lists them all rather than the first 40).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "identifier_samples.json"
#: the check runs as the user types, so 5,000 words must take under this much CPU
TARGET_CPU_S = 0.020


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
    # whole words with the space after each, so paragraph breaks survive the cut
    return "".join(re.findall(r"\S+\s*", "\n\n".join(chosen))[:words]).strip()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def clean_texts(generated: int) -> list[tuple[str, str]]:
    """(where, text) for every text that must check clean."""
    from journal_app.core.catalogue import Catalogue
    from journal_app.core.resources import resource_path
    from journal_app.services.demo import fill_demo_journal, generate_reflections

    catalogue = Catalogue.builtin()
    texts: list[tuple[str, str]] = []

    class Recorder:
        def create(self, draft: Any) -> None:
            for text in [draft.title, draft.body, *(s.text for s in draft.sections)]:
                texts.append((f"demo: {draft.title}", text))

    fill_demo_journal(Recorder(), catalogue, date(2026, 6, 15), 60, 7)
    for draft in generate_reflections(
        generated, 3, date(2024, 1, 1), date(2026, 6, 30), catalogue
    ):
        for text in [draft.title, draft.body, *(s.text for s in draft.sections)]:
            texts.append((f"generated: {draft.title}", text))
    for folder in ("frameworks", "templates"):
        for path in sorted(resource_path(folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            texts += [(f"{folder}/{path.name}", text) for text in _strings(data)]
    return [(where, text) for where, text in texts if text.strip()]


def report_clean(generated: int, show_all: bool) -> None:
    """Print the share of clean texts with a finding, and the findings."""
    from journal_app.core.identifiers import find_identifiers

    texts = clean_texts(generated)
    flagged = 0
    shown = 0
    for where, text in texts:
        findings = find_identifiers(text, today=date(2026, 6, 15))
        if findings:
            flagged += 1
            for f in findings:
                if show_all or shown < 40:
                    context = text[max(0, f.start - 40) : f.end + 40].replace("\n", " ")
                    print(f"  {where}: {f.kind.value} {f.text!r} in ...{context}...")
                    shown += 1
    share = flagged / len(texts) if texts else 0.0
    print(f"clean texts: {len(texts):,}; with any finding: {flagged} ({share:.2%})")


def main() -> int:
    """Print the first-call time and the median over the runs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--clean", type=int, default=None, metavar="N")
    parser.add_argument("--show", action="store_true")
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
    met = "met" if min(cpus) < TARGET_CPU_S else "NOT met"
    print(
        f"target: under {TARGET_CPU_S * 1000:.0f} ms of CPU for 5,000 words (fastest run): {met}"
    )
    if args.clean is not None:
        report_clean(args.clean, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

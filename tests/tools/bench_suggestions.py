"""Benchmark (not a test): how fast domain suggestions are, and the learnt model's rebuild.

    .venv/bin/python -m tests.tools.bench_suggestions
    .venv/bin/python -m tests.tools.bench_suggestions --sizes 1000 10000 --journal 1000

Text: generated, fictional reflections (``journal_app.services.demo_generator``, 300-800
words each, tagged by the generator). Prints, as the median (and fastest) of ``--runs``:

* suggestions for a 1,000-word reflection, keywords only and blended with a learnt model;
* the same for a 1,000-word Welsh reflection in the SCW code (the Welsh tuning set's
  reflections one after another), keywords only and with a model learnt from that set;
* building the learnt model from 1,000 and 10,000 tagged reflections (pure, in memory);
* through the journal service on a real encrypted journal of ``--journal`` tagged
  reflections: the first call (reads every tagged reflection and builds the model), a call
  when nothing changed (one aggregate query to see that), and the call after one tag changed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from journal_app.core.catalogue import Catalogue
from journal_app.core.models import EntryDraft, Tag
from journal_app.core.suggestions import suggest_domains
from journal_app.core.tagged_model import TaggedModel, build_model
from journal_app.services.demo_generator import generate_reflections

FRAMEWORK = "kss-pl"


def drafts(count: int, seed: int = 7) -> list[EntryDraft]:
    catalogue = Catalogue.builtin()
    return list(generate_reflections(count, seed, date(2020, 1, 1), date(2025, 12, 31), catalogue))


def text_of(draft: EntryDraft) -> str:
    return "\n".join([draft.title, draft.body, *(s.text for s in draft.sections)])


def examples(items: list[EntryDraft]) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for draft in items:
        codes = tuple(t.domain_code for t in draft.tags if t.framework_id == FRAMEWORK)
        if codes:
            found.append((text_of(draft), codes))
    return found


def timed(call: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median and fastest wall-clock time, and median CPU time (the machine may be busy)."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), min(times), statistics.median(cpu)


def report(label: str, median: float, best: float, cpu: float) -> None:
    print(
        f"{label:58} median {median * 1000:8.2f} ms  fastest {best * 1000:8.2f} ms"
        f"  cpu {cpu * 1000:8.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--journal", type=int, default=1000, help="0 to skip the service part")
    args = parser.parse_args()
    catalogue = Catalogue.builtin()
    framework = catalogue.framework(FRAMEWORK)

    pool = drafts(max(args.sizes))
    words = " ".join(text_of(d) for d in pool[:10]).split()
    text = " ".join(words[:1000])
    model = build_model(examples(pool[:1000]))
    suggest_domains(text, framework)  # compile the framework's keywords once
    report(
        "suggest, 1,000 words, keywords only",
        *timed(lambda: suggest_domains(text, framework), args.runs),
    )
    report(
        "suggest, 1,000 words, with a model of 1,000 reflections",
        *timed(lambda: suggest_domains(text, framework, learnt=model), args.runs),
    )
    welsh_text, welsh_model = welsh_sample()
    scw = catalogue.framework("scw")
    suggest_domains(welsh_text, scw)
    report(
        "suggest, 1,000 Welsh words (scw), keywords only",
        *timed(lambda: suggest_domains(welsh_text, scw), args.runs),
    )
    report(
        "suggest, 1,000 Welsh words (scw), with a learnt model",
        *timed(lambda: suggest_domains(welsh_text, scw, learnt=welsh_model), args.runs),
    )
    for size in args.sizes:
        tagged = examples(pool[:size])
        runs = max(3, args.runs // (1 + size // 2000))
        built = build_model(tagged)
        report(
            f"build model, {len(tagged):,} tagged reflections ({built.size:,} weights)",
            *timed(lambda tagged=tagged: build_model(tagged), runs),
        )
    if args.journal:
        service_part(pool[: args.journal], text, args.runs)


def welsh_sample() -> tuple[str, TaggedModel]:
    """1,000 words of Welsh reflections, and a model learnt from them as if tagged."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "labelled_reflections_scw_cy.json"
    reflections = json.loads(path.read_text("utf-8"))["reflections"]
    words: list[str] = []
    while len(words) < 1000:
        for reflection in reflections:
            words.extend(reflection["text"].split())
    model = build_model((r["text"], r["codes"]) for r in reflections)
    return " ".join(words[:1000]), model


def service_part(items: list[EntryDraft], text: str, runs: int) -> None:
    from journal_app.core import keywrap
    from journal_app.services.journal import JournalService, NewEntry
    from journal_app.services.vault import Vault

    catalogue = Catalogue.builtin()
    framework = catalogue.framework(FRAMEWORK)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "journal", kdf_params=keywrap.minimum_params)
        created = vault.create("plinth marmalade oboe quarry twelve")
        try:
            journal = JournalService(created.database, catalogue)
            ids = journal.create_all([NewEntry(d) for d in items])
            first = timed(lambda: journal.suggest_domains(text, framework), 1)
            report(f"service: first call, reads {len(items):,} reflections + builds", *first)
            report(
                "service: call when no tag changed",
                *timed(lambda: journal.suggest_domains(text, framework), runs),
            )
            changed = []
            for index in range(min(runs, 5)):
                journal.tag(ids[index], [Tag(FRAMEWORK, "6")])
                changed.append(timed(lambda: journal.suggest_domains(text, framework), 1))
            report(
                "service: call after one tag changed (rebuild)",
                statistics.median(c[0] for c in changed),
                min(c[1] for c in changed),
                statistics.median(c[2] for c in changed),
            )
        finally:
            created.database.close()


if __name__ == "__main__":
    main()

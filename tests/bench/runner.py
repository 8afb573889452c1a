"""The benchmark run: for each size, build (or reuse) the journal and measure everything.

Each measurement runs in a child process of its own (its peak RSS is its own). A failed
measurement is recorded as ``{"error": ...}`` and the run goes on, so one unfinished part of
the app never hides the figures of the rest.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from tests.bench import cache, corpus, growth, machine, peer, startup, targets
from tests.bench.compare import compare
from tests.bench.proc import run_measure

REPORT_SCHEMA = "journal-app-bench/1"
#: the KSS practice-leader domain used for the tag filter (jrnl: ``@kss-pl-5``)
TAG = ("kss-pl", "5")


@dataclass(frozen=True)
class BenchConfig:
    sizes: tuple[int, ...]
    out: Path
    seed: int = 20261126
    cache_dir: Path = Path("/tmp/bench-cache")
    work_dir: Path = Path("/tmp/bench-work")
    jrnl: Path | None = peer.DEFAULT_JRNL
    peer_runs: int = 5
    #: runs per whole-process command at 50,000 entries and more (jrnl then takes minutes)
    peer_runs_large: int = 3
    search_repeats: int = 5
    saves: int = 60
    creates: int = 200
    gui: bool = True
    pdf_counts: tuple[int, ...] = (250, 5000)
    startup_runs: int = 5
    notes: tuple[str, ...] = field(default_factory=tuple)


Result = dict[str, object]


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def attempt(what: str, measure: Callable[[], Result]) -> Result:
    """Run one measurement; a failure becomes an ``error`` entry instead of ending the run."""
    _log(what)
    try:
        return measure()
    except Exception as error:  # the report says what failed; the run goes on
        _log(f"{what} failed: {error}")
        return {"error": f"{type(error).__name__}: {str(error)[-800:]}"}


def _config_json(config: BenchConfig) -> Result:
    data = asdict(config)
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in data.items()}


def _search_word(search: Result) -> str:
    """The longest one-word query found in 1-10% of entries.

    jrnl's ``-contains`` matches text anywhere ("follow" also finds "following") and prints
    every match in full; a long word keeps the two tools' matches close.
    """
    candidates = []
    queries = search.get("queries")
    if isinstance(queries, list):
        for query in queries:
            if (
                isinstance(query, dict)
                and query.get("kind") == "one_word"
                and 0.01 <= float(query.get("share", 0)) < 0.10
            ):
                candidates.append(str(query["query"]))
    return max(candidates, key=len, default="curiosity")


def _pdf_size(config: BenchConfig) -> int | None:
    """The size the PDF exports run at: the smallest that holds the largest export."""
    if not config.pdf_counts:
        return None
    big_enough = [s for s in config.sizes if s >= max(config.pdf_counts)]
    return min(big_enough) if big_enough else max(config.sizes)


def run(config: BenchConfig) -> Result:
    started = time.time()
    jrnl_path = config.jrnl if config.jrnl is not None and config.jrnl.exists() else None
    if config.jrnl is not None and jrnl_path is None:
        _log(f"jrnl not found at {config.jrnl}: the peer comparison is left out")
    jrnl_version = (
        peer.Jrnl(jrnl_path, config.work_dir / "jrnl-version").version() if jrnl_path else None
    )
    report: Result = {
        "schema": REPORT_SCHEMA,
        "date": time.strftime("%Y-%m-%d"),
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "config": _config_json(config),
        "machine": machine.describe(jrnl_version),
        "generator": {
            "fingerprint": corpus.fingerprint(),
            "date_range": [d.isoformat() for d in corpus.date_range()],
        },
        "notes": list(config.notes),
    }
    once: Result = {}
    once["kdf"] = attempt("key derivation (calibrate)", lambda: run_measure("kdf", {}))
    if config.startup_runs:
        once["startup_imports"] = attempt(
            "start-up imports", lambda: startup.import_time(config.startup_runs)
        )
    sizes: Result = {}
    pdf_size = _pdf_size(config)
    for size in config.sizes:
        sizes[str(size)] = _run_size(config, size, jrnl_path, once, size == pdf_size)
    report["once"] = once
    report["sizes"] = sizes
    report["growth"] = growth.growth(sizes)
    report["targets"] = targets.evaluate(report)
    report["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    report["duration_s"] = round(time.time() - started, 1)
    return report


def _run_size(
    config: BenchConfig, size: int, jrnl_path: Path | None, once: Result, with_pdf: bool
) -> Result:
    result: Result = {"load_average_before": [round(x, 2) for x in os.getloadavg()]}
    _log(f"size {size:,}: journal (cached or built now)")
    cached, build, imported = cache.ensure_corpus(config.cache_dir, size, config.seed, jrnl_path)
    result["build"] = build
    result["jrnl_import"] = imported
    work = corpus.working_copy(cached, config.work_dir)
    # Let the copy reach the disk first: its write-back would otherwise run under the first
    # measurements (at 100,000 entries it is a gigabyte).
    if hasattr(os, "sync"):
        os.sync()
    try:
        params: Result = {"journal_dir": str(work), "seed": config.seed}
        result["prepare"] = attempt("prepare", lambda: run_measure("prepare", params))
        result["unlock"] = attempt("unlock", lambda: run_measure("unlock", params))
        result["list_service"] = attempt(
            "entry list (service)", lambda: run_measure("list_service", params)
        )
        search = attempt(
            "search in-process",
            lambda: run_measure("search", {**params, "repeats": config.search_repeats}),
        )
        result["search"] = search
        word = _search_word(search)
        if config.gui:
            result["list_gui"] = attempt(
                "entry list (GUI, offscreen)",
                lambda: run_measure("list_gui", {**params, "word": word}),
            )
            if "startup_window" not in once and config.startup_runs:
                once["startup_window"] = attempt(
                    "start-up to first window",
                    lambda: startup.first_window(work, config.startup_runs),
                )
        unlock = result["unlock"]
        kdf_ms = unlock.get("kdf_ms") if isinstance(unlock, dict) else None
        jrnl = peer.Jrnl(jrnl_path, cached.jrnl_dir) if jrnl_path else None
        result["cli"] = attempt(
            "whole processes: journal-app and jrnl, alternately",
            lambda: compare(
                work,
                jrnl,
                word,
                TAG,
                config.peer_runs
                if size < 50_000
                else min(config.peer_runs, config.peer_runs_large),
                float(str(kdf_ms)) if kdf_ms is not None else None,
            ),
        )
        if with_pdf:
            pdf: Result = {}
            for count in config.pdf_counts:
                if count <= size:
                    pdf_params: Result = {**params, "count": count}
                    pdf[str(count)] = attempt(
                        f"PDF of {count:,}", partial(run_measure, "pdf", pdf_params)
                    )
            once["pdf"] = {"journal_size": size, **pdf}
        result["save"] = attempt(
            "save latency", lambda: run_measure("save", {**params, "saves": config.saves})
        )
        result["create"] = attempt(
            "creation at size", lambda: run_measure("create", {**params, "count": config.creates})
        )
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result

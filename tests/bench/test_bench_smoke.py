"""The benchmark runner works end to end on a tiny journal and writes a valid report.

Nothing here is timed: the figures of a 50-entry journal on a test machine mean nothing.
The peer (jrnl), the GUI and the PDF are left out so the test needs nothing beyond the app.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.models import EntryDraft, Tag
from tests.bench import corpus, report, runner, table


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], Path]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "out" / "report.json"
    config = runner.BenchConfig(
        sizes=(50,),
        out=out,
        seed=5,
        cache_dir=folder / "cache",
        work_dir=folder / "work",
        jrnl=None,
        search_repeats=1,
        saves=4,
        creates=3,
        gui=False,
        pdf_counts=(),
        startup_runs=0,
        peer_runs=1,
    )
    result = runner.run(config)
    report.write(result, out)
    return result, out


def test_the_report_is_written_and_valid(small_run: tuple[dict[str, object], Path]) -> None:
    _result, out = small_run
    written = json.loads(out.read_text(encoding="utf-8"))
    assert report.problems(written) == []
    markdown = out.with_suffix(".md").read_text(encoding="utf-8")
    assert report.BEGIN in markdown and report.END in markdown
    assert "Targets" in markdown


def test_every_measurement_of_the_size_ran(small_run: tuple[dict[str, object], Path]) -> None:
    result, _out = small_run
    sizes = result["sizes"]
    assert isinstance(sizes, dict)
    figures = sizes["50"]
    for name in ("prepare", "unlock", "list_service", "search", "cli", "save", "create"):
        assert "error" not in figures[name], (name, figures[name])
    assert figures["build"]["size"] == 50
    assert figures["list_service"]["entries"] == 50
    assert figures["save"]["saves"] == 4
    assert figures["create"]["created"] == 3
    assert figures["search"]["queries"], "no queries were chosen"
    assert figures["cli"]["app_search"]["runs"] == 1
    assert figures["search"]["peak_rss_mb"] > 0


def test_a_second_run_reuses_the_cached_journal(
    small_run: tuple[dict[str, object], Path],
) -> None:
    _result, out = small_run
    config = json.loads(out.read_text(encoding="utf-8"))["config"]
    again, build, _imported = runner.cache.ensure_corpus(
        Path(config["cache_dir"]), 50, config["seed"], None
    )
    assert build["from_cache"] is True
    assert again.journal_dir.exists()


def test_the_table_prints_every_size(small_run: tuple[dict[str, object], Path]) -> None:
    result, _out = small_run
    text = table.render(result)
    assert "50" in text and "save p95" in text


def test_hand_written_text_around_the_generated_block_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    minimal: dict[str, object] = {
        "schema": runner.REPORT_SCHEMA,
        "date": "2026-01-01",
        "machine": {},
        "config": {},
        "sizes": {},
        "growth": {},
        "targets": [],
    }
    md = report.write(minimal, out)
    md.write_text("# Notes\n\nMine.\n\n" + md.read_text(encoding="utf-8") + "\nAfter.\n")
    report.write(minimal, out)
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Notes\n\nMine.") and text.rstrip().endswith("After.")
    assert text.count(report.BEGIN) == 1


def test_jrnl_text_carries_the_title_date_and_tags_as_at_words() -> None:
    draft = EntryDraft(
        title="A hard conversation",
        body="What I noticed.",
        event_date=date(2024, 5, 3),
        tags=(Tag("kss-pl", "5", "2018"), Tag("pcf", "7", "2018")),
    )
    text = corpus.jrnl_entry(draft, 0)
    assert text.startswith("[2024-05-03 08:00] A hard conversation\nWhat I noticed.")
    assert "@kss-pl-5 @pcf-7" in text

"""A reduced run of the SIGTERM harness on the real desktop app (the full run: ``python -m
tests.reliability.sigterm_harness --trials 100``, also below, marked slow)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability import sigterm_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")


def _check(report: sigterm_harness.Report) -> None:
    summary = report.as_json()
    print(summary)  # shown with -s or on failure
    assert report.hung == 0, summary["problems"]
    assert report.lost_saves == 0, summary["problems"]
    assert report.journal_problems == 0, summary["problems"]
    assert report.error_output == 0, summary["problems"]
    assert report.ok, summary["problems"]


def test_sigterm_at_start_up_unlock_typing_and_export_exits_promptly_keeping_saves(
    tmp_path: Path,
) -> None:
    report = sigterm_harness.run(trials=10, seed=1919, workdir=tmp_path)
    assert report.trials == 10
    assert set(report.moments) == set(sigterm_harness.MOMENTS)  # every moment aimed at
    _check(report)


@pytest.mark.slow
def test_sigterm_full_run(tmp_path: Path) -> None:
    report = sigterm_harness.run(trials=100, seed=19, workdir=tmp_path)
    assert report.trials == 100
    _check(report)

"""A reduced run of the key kill harness (the full run: ``python -m
tests.reliability.key_kill_harness --kills 600``, marked slow here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability import key_kill_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork() and SIGKILL")


def _check(report: key_kill_harness.Report) -> None:
    summary = report.as_json()
    print(summary)  # shown with -s or on failure
    assert report.opens_with_neither == 0, summary["problems"]
    assert report.lost == 0, summary["problems"]
    assert report.ok, summary["problems"]


def test_sigkill_while_keys_change_never_leaves_a_journal_nobody_can_open(
    tmp_path: Path,
) -> None:
    report = key_kill_harness.run(kills=16, seed=4242, data_dir=tmp_path / "journal")
    assert report.kills == 16
    assert report.confirmed["rotate"] + report.confirmed["passwd"] > 0
    _check(report)


@pytest.mark.slow
def test_sigkill_while_keys_change_full_run(tmp_path: Path) -> None:
    report = key_kill_harness.run(kills=600, seed=2027, data_dir=tmp_path / "journal")
    assert report.kills == 600
    _check(report)

"""Reduced runs of the import kill harness and the backup flip harness (full runs:
``python -m tests.reliability.import_kill_harness --kills 200`` and
``python -m tests.reliability.backup_flip_harness --flips 300``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability import backup_flip_harness, import_kill_harness


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork() and SIGKILL")
def test_a_killed_import_lands_whole_or_not_at_all(tmp_path: Path) -> None:
    report, _ = import_kill_harness.run(kills=8, seed=4242, root=tmp_path)
    summary = report.as_json()
    print(summary)
    assert report.kills == 8
    assert report.half_imported == 0, summary["problems"]
    assert report.lost_or_changed == 0, summary["problems"]
    assert report.ok, summary["problems"]


def test_a_flipped_backup_is_reported_and_never_restored(tmp_path: Path) -> None:
    report = backup_flip_harness.run(flips=12, seed=9191, root=tmp_path)
    summary = report.as_json()
    print(summary)
    assert report.flips == 12
    assert report.outcomes["detected"] >= 11, summary
    assert report.ok, summary["problems"]

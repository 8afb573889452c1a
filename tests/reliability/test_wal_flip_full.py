"""The full WAL flip harness: every frame, with and without a reader holding a snapshot
(about a minute; run with ``-m slow``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability import wal_flip_harness

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork()"),
]


@pytest.mark.parametrize("reader_from", [None, 1, 3])
def test_no_flip_anywhere_in_the_wal_loses_a_save_silently(
    tmp_path: Path, reader_from: int | None
) -> None:
    report = wal_flip_harness.run(tmp_path, saves=6, cli_sample_every=10, reader_from=reader_from)
    summary = report.as_json()
    print(summary)
    assert summary["silently_lost"] == 0, summary["problems"]
    assert summary["check_passed_with_loss"] == 0, summary["problems"]
    if reader_from is None:  # every save was in the database file before it was confirmed
        assert summary["intact"] == summary["flips_tried"], summary
    assert report.ok, summary["problems"]

"""A reduced run of the WAL flip harness (the full run, every frame of the WAL: ``python -m
tests.reliability.wal_flip_harness``; with a reader holding a snapshot: add
``--reader-from 1``)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import DamagedJournalError
from journal_app.store.database import JournalDatabase
from journal_app.store.instance_lock import InstanceLock
from journal_app.store.locations import DATABASE_NAME, LOCK_FILE_NAME
from tests.reliability import wal_flip_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork()")


def _summary(report: wal_flip_harness.Report) -> dict[str, object]:
    summary = report.as_json()
    print(summary)  # shown with -s or on failure
    return summary


def test_a_flipped_bit_in_the_wal_a_crash_left_loses_no_confirmed_save(tmp_path: Path) -> None:
    """The reviewer's repro: 6 confirmed saves, no checkpoint, one bit flipped in the WAL.
    SQLite's recovery used to drop every commit after the damaged frame, silently (all 276
    flips of the full run). Now each save is in the database file before it is confirmed,
    so every flip leaves all six intact."""
    report = wal_flip_harness.run(tmp_path, saves=6, every=7, cli_sample_every=5)
    summary = _summary(report)
    tried = summary["flips_tried"]
    assert isinstance(tried, int) and tried >= 9
    assert summary["silently_lost"] == 0, summary["problems"]
    assert summary["check_passed_with_loss"] == 0, summary["problems"]
    assert summary["intact"] == tried, summary
    assert report.ok, summary["problems"]


def test_when_a_reader_keeps_the_saves_in_the_wal_damage_is_reported(tmp_path: Path) -> None:
    """A read transaction held across the saves stops every checkpoint, so the WAL keeps all
    of them: a flipped bit there must then be reported as damage, never a shorter journal."""
    report = wal_flip_harness.run(tmp_path, saves=6, every=9, cli_sample_every=10, reader_from=1)
    summary = _summary(report)
    assert summary["silently_lost"] == 0, summary["problems"]
    assert summary["check_passed_with_loss"] == 0, summary["problems"]
    assert summary["reported"] == summary["flips_tried"], summary
    assert report.ok, summary["problems"]


def _left_with_saves_in_the_wal(tmp_path: Path) -> wal_flip_harness.LeftBehind:
    return wal_flip_harness.saved_then_killed(tmp_path / "left", saves=3, reader_from=1)


def _opens_with_saves(left: wal_flip_harness.LeftBehind) -> int:
    database = JournalDatabase.open(left.data_dir, left.key, left.journal_id, writer=False)
    try:
        from journal_app.services.journal import JournalService

        return JournalService(database).count()
    finally:
        database.close()


def test_a_write_cut_short_by_a_crash_is_not_called_damage(tmp_path: Path) -> None:
    """A crash between writing a frame's header and its page leaves old bytes where the
    page should be: SQLite drops that (never confirmed) write, and that is no damage."""
    left = _left_with_saves_in_the_wal(tmp_path)
    wal_path = left.data_dir / wal_flip_harness.WAL_NAME
    wal = bytearray(wal_path.read_bytes())
    page_size, frames = wal_flip_harness.wal_frames(bytes(wal))
    frame = 24 + page_size
    last = 32 + (frames - 1) * frame
    first = 32
    # The last frame's page: bytes of another frame, as if its write never happened.
    wal[last + 24 : last + frame] = wal[first + 24 : first + frame]
    wal_path.write_bytes(bytes(wal))
    from journal_app.store import wal_check

    assert not wal_check.writes_lost_to_damage(left.data_dir / DATABASE_NAME)
    assert _opens_with_saves(left) == 2  # the cut-short third save is gone, as it should be


def test_a_wal_cut_off_mid_frame_is_not_called_damage(tmp_path: Path) -> None:
    left = _left_with_saves_in_the_wal(tmp_path)
    wal_path = left.data_dir / wal_flip_harness.WAL_NAME
    wal = wal_path.read_bytes()
    wal_path.write_bytes(wal[: len(wal) - 1000])
    from journal_app.store import wal_check

    assert not wal_check.writes_lost_to_damage(left.data_dir / DATABASE_NAME)
    assert _opens_with_saves(left) == 2


def test_a_reader_does_not_check_a_wal_a_running_writer_is_changing(tmp_path: Path) -> None:
    """While another process holds the writer's lock its WAL is live (frames half written
    are normal there): a reader leaves it alone; with the lock free it checks."""
    left = _left_with_saves_in_the_wal(tmp_path)
    wal_flip_harness._flip(left.data_dir / wal_flip_harness.WAL_NAME, 32 + 24 + 100, 0x04)
    copy = tmp_path / "copy"
    shutil.copytree(left.data_dir, copy)
    with pytest.raises(DamagedJournalError, match="backup"):
        JournalDatabase.open(copy, left.key, left.journal_id, writer=False)
    running_app = InstanceLock(copy / LOCK_FILE_NAME)
    running_app.acquire()
    try:
        reader = JournalDatabase.open(copy, left.key, left.journal_id, writer=False)
        reader.close()
    finally:
        running_app.release()

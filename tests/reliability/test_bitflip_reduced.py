"""A reduced run of the bit-flip harness (the full run: ``python -m
tests.reliability.bitflip_harness --flips 300``)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability import bitflip_harness


def test_flipped_bytes_are_detected_and_never_read_as_wrong_text(tmp_path: Path) -> None:
    report = bitflip_harness.run(
        flips=40, key_flips=25, truncations=4, seed=4040, workdir=tmp_path, cli_sample_every=20,
        entries=24,
    )  # fmt: skip
    summary = report.as_json()
    print(summary)
    assert summary["database_flips_tried"] == 40
    assert summary["silently_wrong"] == 0
    assert summary["wrong_text_returned"] == 0
    assert summary["unexpected_exceptions"] == 0, summary["problems"]
    assert summary["key_file_flips"].get("misreported_as_wrong_passphrase", 0) == 0
    detected = summary["detected_at_open"] + summary["detected_by_check"]
    assert detected + summary["harmless_identical"] == 40, summary
    assert report.ok, summary["problems"]


def test_silently_zeroed_pages_are_reported_as_damage(tmp_path: Path) -> None:
    """The case the harness found: SQLCipher hands back an overflow page whose HMAC fails
    as zeros, without an error. The store now refuses text with NUL on the way out."""
    import pytest

    from journal_app.core.errors import DamagedJournalError
    from journal_app.services.journal import JournalService
    from journal_app.store.database import JournalDatabase

    journal = bitflip_harness.build_journal(tmp_path / "journal", entries=6)
    longest = max(journal.expected, key=lambda i: len(journal.expected[i].body))
    found = False
    # Flip one byte in each page in turn until a read of the long reflection is affected.
    for page in range(1, len(journal.database_bytes) // 4096):
        journal.reset()
        bitflip_harness._flip(journal.data_dir / "journal.db", page * 4096 + 200, 0x20)
        try:
            database = JournalDatabase.open(
                journal.data_dir, journal.key, journal.journal_id, writer=False
            )
        except DamagedJournalError:
            continue
        try:
            entry = JournalService(database).get(longest)
        except DamagedJournalError as error:
            assert "Restore" in str(error)
            found = True
        else:
            assert entry.body == journal.expected[longest].body
            assert "\x00" not in entry.body
        finally:
            database.close()
    if not found:  # pragma: no cover - depends on page layout
        pytest.skip("no page of this journal held only the end of a long reflection")

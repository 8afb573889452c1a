"""Flip single bytes in the journal's files: damage is always noticed, never read as text.

Run on its own::

    python -m tests.reliability.bitflip_harness --flips 300

A journal of fictional reflections is written and closed. Then, for each trial, the
pristine files are put back and one byte at a random offset is XORed with a random non-zero
value: ``--flips`` trials in the database file, ``--key-flips`` in the key file (default:
the same number) and ``--truncations`` cuts of the database file at a random length.

Each database trial ends in exactly one of:

* ``detected_at_open``: opening fails with :class:`DamagedJournalError` (plain words);
* ``detected_by_check``: it opens, and ``integrity_problems()`` (what ``journal-app check``
  runs: ``cipher_integrity_check`` and ``integrity_check``) reports damage;
* ``harmless_identical``: both checks pass and every reflection reads back exactly as
  written (the flip changed nothing that is read; with SQLCipher's per-page HMAC over
  every byte of every page this is not expected to happen at all);
* ``silently_wrong``: it opens, the checks pass or not, and some read returned text that
  differs from what was written without an error. This must be 0.

Whatever the check says, every reflection is also read back one by one (by id, in the list
and by search): each read must return exactly what was written or fail with an error, never
other text. A sample of trials also runs ``journal-app check`` for real, which must exit 5
with one line on stderr for damage and 0 otherwise.

Key file trials end in ``detected`` (:class:`DamagedJournalError`), ``harmless_identical``
(a flip inside JSON whitespace: the content, and so the checksum, is unchanged; the journal
opens and reads back exactly), ``misreported_as_wrong_passphrase`` (must be 0) or
``silently_wrong`` (must be 0).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.errors import DamagedJournalError, JournalError, WrongPassphraseError
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME
from tests.reliability._support import (
    create_journal,
    differences,
    draft_for,
    fast_kdf,
    region_of,
    token,
)

PASSPHRASE = "bit flip harness heron velvet"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class Report:
    database_flips: Counter[str] = field(default_factory=Counter)
    database_flip_regions: dict[str, Counter[str]] = field(default_factory=dict)
    key_flips: Counter[str] = field(default_factory=Counter)
    truncations: Counter[str] = field(default_factory=Counter)
    targeted: dict[str, str] = field(default_factory=dict)
    reads_refused_with_an_error: int = 0
    reads_exact: int = 0
    wrong_text_returned: int = 0
    unexpected_exceptions: int = 0
    cli_checks: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return (
            not self.wrong_text_returned
            and not self.unexpected_exceptions
            and not self.database_flips["silently_wrong"]
            and "silently_wrong" not in self.targeted.values()
            and not self.truncations["silently_wrong"]
            and not self.key_flips["silently_wrong"]
            and not self.key_flips["misreported_as_wrong_passphrase"]
            and not self.cli_checks["inconsistent"]
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        db = self.database_flips
        data: dict[str, Any] = {
            "database_flips_tried": sum(db.values()),
            "detected_at_open": db["detected_at_open"],
            "detected_by_check": db["detected_by_check"],
            "harmless_identical": db["harmless_identical"],
            "silently_wrong": db["silently_wrong"],
            "database_flips_by_region": {
                region: dict(sorted(counts.items()))
                for region, counts in sorted(self.database_flip_regions.items())
            },
            "targeted_flips": self.targeted,
            "key_file_flips": dict(sorted(self.key_flips.items())),
            "key_file_flips_tried": sum(self.key_flips.values()),
            "truncations": dict(sorted(self.truncations.items())),
            "entry_reads_exact": self.reads_exact,
            "entry_reads_refused_with_an_error": self.reads_refused_with_an_error,
            "wrong_text_returned": self.wrong_text_returned,
            "unexpected_exceptions": self.unexpected_exceptions,
            "cli_check_sample": dict(sorted(self.cli_checks.items())),
        }
        data.update(extra)
        data["problems"] = self.problems
        return data


@dataclass
class Journal:
    """The pristine journal every trial starts from."""

    data_dir: Path
    key: bytes
    journal_id: str
    expected: dict[str, EntryDraft]
    database_bytes: bytes
    key_bytes: bytes

    def reset(self) -> None:
        for suffix in _COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / f"{DATABASE_NAME}{suffix}").unlink()
        (self.data_dir / DATABASE_NAME).write_bytes(self.database_bytes)
        (self.data_dir / KEY_FILE_NAME).write_bytes(self.key_bytes)


def build_journal(data_dir: Path, entries: int = 60) -> Journal:
    """Fictional reflections, some edited and some deleted (so there are free pages too)."""
    expected: dict[str, EntryDraft] = {}

    def fill(journal: JournalService) -> None:
        for number in range(entries):
            entry_id = f"bitflip-{number:04d}"
            journal.create(draft_for(entry_id, 1), entry_id=entry_id)
            expected[entry_id] = draft_for(entry_id, 1)
            if number % 4 == 0:
                journal.update(entry_id, draft_for(entry_id, 2))
                expected[entry_id] = draft_for(entry_id, 2)
            if number % 9 == 5:
                journal.purge(entry_id)
                del expected[entry_id]

    key, journal_id = create_journal(data_dir, PASSPHRASE, fill)
    for suffix in _COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            (data_dir / f"{DATABASE_NAME}{suffix}").unlink()
    return Journal(
        data_dir,
        key,
        journal_id,
        expected,
        (data_dir / DATABASE_NAME).read_bytes(),
        (data_dir / KEY_FILE_NAME).read_bytes(),
    )


def _flip(path: Path, offset: int, mask: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ mask]))


def _version_of(entry_id: str, draft: EntryDraft) -> int:
    return 2 if draft == draft_for(entry_id, 2) else 1


def _read_back(database: JournalDatabase, journal: Journal, report: Report) -> bool:
    """Read every reflection; True if all came back exactly. Wrong text is counted."""
    service = JournalService(database)
    all_exact = True
    for entry_id, draft in journal.expected.items():
        try:
            entry = service.get(entry_id)
        except JournalError:
            report.reads_refused_with_an_error += 1
            all_exact = False
            continue
        if differences(entry, draft):
            report.wrong_text_returned += 1
            report.problem(f"{entry_id} read back different text without an error")
            all_exact = False
        else:
            report.reads_exact += 1
    try:
        listed = {s.id: s.title for s in service.list()}
        for entry_id, title in listed.items():
            if entry_id not in journal.expected or journal.expected[entry_id].title != title:
                report.wrong_text_returned += 1
                report.problem(f"the list showed a wrong title for {entry_id}")
                all_exact = False
        if len(listed) != len(journal.expected):
            all_exact = False
        for entry_id in list(journal.expected)[::7]:
            word = token(entry_id, _version_of(entry_id, journal.expected[entry_id]))
            hits = [hit.entry.id for hit in service.search(word)]
            if hits != [entry_id]:
                all_exact = False
                if hits:
                    report.wrong_text_returned += 1
                    report.problem(f"search for {entry_id}'s words found {hits}")
    except JournalError:
        report.reads_refused_with_an_error += 1
        all_exact = False
    return all_exact


def _database_trial(journal: Journal, report: Report) -> str:
    """Open, check, read back: which of the outcomes this damaged file ends in."""
    try:
        database = JournalDatabase.open(
            journal.data_dir, journal.key, journal.journal_id, writer=False
        )
    except DamagedJournalError:
        return "detected_at_open"
    except JournalError as error:
        report.problem(f"opening a damaged file said {type(error).__name__}: {error}")
        return "detected_at_open_other_words"
    wrong_before = report.wrong_text_returned
    try:
        problems = database.integrity_problems()
        exact = _read_back(database, journal, report)
    finally:
        database.close()
    if report.wrong_text_returned > wrong_before:
        return "silently_wrong"
    if problems:
        return "detected_by_check"
    return "harmless_identical" if exact else "refused_on_read_only"


def _cli_check(journal: Journal) -> tuple[int, str]:
    from journal_app.cli import main

    err = io.StringIO()
    saved = os.environ.get("JOURNAL_PASSPHRASE")
    os.environ["JOURNAL_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", str(journal.data_dir), "check"])
    finally:
        if saved is None:
            del os.environ["JOURNAL_PASSPHRASE"]
        else:
            os.environ["JOURNAL_PASSPHRASE"] = saved
    return code, err.getvalue()


def _record_cli(journal: Journal, outcome: str, report: Report) -> None:
    code, err = _cli_check(journal)
    damaged = outcome.startswith("detected")
    fine = (
        code == 5
        and err.count("\n") == 1
        and ("damaged" in err.lower() or "failed its integrity check" in err.lower())
        and "backup" in err.lower()  # the way forward: restore from a backup
        if damaged
        else code == 0 and not err
    )
    if "Traceback" in err or not fine:
        report.cli_checks["inconsistent"] += 1
        report.problem(f"journal-app check exited {code} for {outcome}: {err.strip()[:160]}")
    else:
        report.cli_checks["exit 5, one line" if damaged else "exit 0"] += 1


def _key_trial(journal: Journal, report: Report) -> str:
    vault = Vault(journal.data_dir, kdf_params=fast_kdf)
    try:
        database = vault.unlock(PASSPHRASE, writer=False)
    except DamagedJournalError:
        return "detected"
    except WrongPassphraseError:
        return "misreported_as_wrong_passphrase"
    except JournalError as error:
        report.problem(f"a damaged key file said {type(error).__name__}: {error}")
        return "detected_other_words"
    wrong_before = report.wrong_text_returned
    try:
        exact = _read_back(database, journal, report)
    finally:
        database.close()
    if report.wrong_text_returned > wrong_before:
        return "silently_wrong"
    return "harmless_identical" if exact else "refused_on_read_only"


def run(
    flips: int,
    key_flips: int,
    truncations: int,
    seed: int,
    workdir: Path,
    cli_sample_every: int = 10,
    progress: bool = False,
    entries: int = 60,
) -> Report:
    rng = random.Random(seed)
    journal = build_journal(workdir / "journal", entries)
    report = Report()
    database_path = journal.data_dir / DATABASE_NAME
    key_path = journal.data_dir / KEY_FILE_NAME
    size = len(journal.database_bytes)
    for number in range(flips):
        journal.reset()
        offset = rng.randrange(size)
        _flip(database_path, offset, rng.randrange(1, 256))
        outcome = _guarded(lambda: _database_trial(journal, report), report)
        report.database_flips[outcome] += 1
        region = region_of(offset)
        report.database_flip_regions.setdefault(region, Counter())[outcome] += 1
        if cli_sample_every and number % cli_sample_every == 0:
            _record_cli(journal, outcome, report)
        if progress and (number + 1) % 50 == 0:
            print(f"{number + 1} database flips: {dict(report.database_flips)}", file=sys.stderr)
    # Places a uniform draw rarely hits: the salt, page 1's header, IVs and HMACs, the end.
    for offset in (0, 7, 15, 16, 24, 100, 4096 - 80, 4096 - 64, 4095, 4096 + 100, size - 1):
        journal.reset()
        _flip(database_path, offset, 0x01)
        outcome = _guarded(lambda: _database_trial(journal, report), report)
        report.targeted[f"byte {offset} ({region_of(offset)})"] = outcome
    for _ in range(key_flips):
        journal.reset()
        _flip(key_path, rng.randrange(len(journal.key_bytes)), rng.randrange(1, 256))
        report.key_flips[_guarded(lambda: _key_trial(journal, report), report)] += 1
    for _ in range(truncations):
        journal.reset()
        with database_path.open("r+b") as handle:
            handle.truncate(rng.randrange(size))
        report.truncations[_guarded(lambda: _database_trial(journal, report), report)] += 1
    journal.reset()
    return report


def _guarded(trial: Any, report: Report) -> str:
    try:
        return str(trial())
    except Exception as error:  # a traceback would reach the user: always a failure
        report.unexpected_exceptions += 1
        report.problem(f"unexpected {type(error).__name__}: {str(error)[:160]}")
        return "unexpected_exception"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flips", type=int, default=300)
    parser.add_argument("--key-flips", type=int, default=None)
    parser.add_argument("--truncations", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    os.umask(0o077)
    workdir = Path(tempfile.mkdtemp(prefix="bitflip-harness-"))
    began = time.monotonic()
    try:
        report = run(
            args.flips,
            args.flips if args.key_flips is None else args.key_flips,
            args.truncations,
            seed,
            workdir,
            progress=not args.quiet,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        json.dumps(report.as_json(seed=seed, seconds=round(time.monotonic() - began, 1)), indent=2)
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

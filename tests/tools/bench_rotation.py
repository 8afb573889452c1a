"""How long a key rotation takes on a benchmark journal (not a test: a measurement).

    python -m tests.tools.bench_rotation --journal-dir /tmp/bench-cache/n10000-.../journal \
        --runs 3 --backups 1

Each run works on a fresh copy of the journal folder (without its backups), opens it as
the writer (bringing the schema up to date, as the first unlock after an upgrade would),
makes ``--backups`` backups, and then times :func:`rotate_key` from the call to its return,
with the time each stage began (from the progress callback). Prints JSON; the median of the
runs is what to quote.

Measured 2 December 2026 on the shared 2-core test machine (load average about 3, the key
kill harness running beside it), floor Argon2id parameters, one manual backup plus the
pre-rotation one (both re-encrypted):

* 10,000 reflections (109 MB): median 16.7 s of 5 runs (12.8 to 20.3 s);
* 100,000 reflections (1.08 GB): median 175.6 s of 3 runs (144.9 to 182.9 s); of that
  about 33 to 49 s for the pre-rotation backup, 41 to 65 s to re-encrypt the journal and
  33 to 59 s per backup.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from journal_app.core import keywrap
from journal_app.services.key_rotation import rotate_key
from journal_app.services.vault import Vault
from tests.bench import corpus

NEW_PASSPHRASE = "benchmark journal passphrase after rotation"


def one_run(source: Path, work: Path, backups: int) -> dict[str, object]:
    target = work / "journal"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "*.lock"))
    vault = Vault(target, kdf_params=keywrap.minimum_params)
    database = vault.unlock(corpus.PASSPHRASE, writer=True)
    try:
        shutil.rmtree(database.backups_folder(), ignore_errors=True)
        for _ in range(backups):
            database.backup("manual")
        size = database.path.stat().st_size
        stages: list[tuple[float, str]] = []
        started = time.perf_counter()
        result = rotate_key(
            vault,
            database,
            corpus.PASSPHRASE,
            NEW_PASSPHRASE,
            progress=lambda _f, stage: stages.append((time.perf_counter() - started, stage)),
        )
        seconds = time.perf_counter() - started
    finally:
        database.close()
    shutil.rmtree(target, ignore_errors=True)
    return {
        "seconds": round(seconds, 2),
        "journal_mb": round(size / 1e6, 1),
        "backups_reencrypted": result.backups_reencrypted,
        "stages": [(round(t, 2), s) for t, s in stages],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal-dir", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backups", type=int, default=1, help="backups made before rotating")
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="bench-rotation-"))
    runs = [one_run(args.journal_dir, work, args.backups) for _ in range(args.runs)]
    seconds = [float(str(r["seconds"])) for r in runs]
    print(json.dumps({"median_s": round(statistics.median(seconds), 2), "runs": runs}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

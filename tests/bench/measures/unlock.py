"""Unlock: the passphrase KDF, and opening the database with the key it unseals.

The two parts are timed inside one unlock, through the vault's own steps (read the key file,
unseal with the passphrase, open), so "the rest" is not a difference of two noisy medians.
The benchmark journal's key file uses the floor Argon2id parameters (64 MiB, 3 passes) so
runs stay short; :mod:`.kdf` reports what ``calibrate()`` chooses on this machine.
"""

from __future__ import annotations

import time
from pathlib import Path

from journal_app.store import sealing
from tests.bench import corpus
from tests.bench.measures.common import vault
from tests.bench.stats import median


def run(params: dict[str, object]) -> dict[str, object]:
    journal_dir = Path(str(params["journal_dir"]))
    repeats = int(str(params.get("repeats", 3)))
    writer = bool(params.get("writer", True))
    the_vault = vault(journal_dir)
    kdf, rest, total = [], [], []
    time_cost = memory_kib = 0
    for _ in range(repeats):
        started = time.perf_counter()
        key_file = the_vault.read_key_file().key_file
        key = sealing.open_with_passphrase(key_file, corpus.PASSPHRASE).current
        unsealed = time.perf_counter()
        database = the_vault._open(key_file, key, writer)
        opened = time.perf_counter()
        database.close()
        kdf.append(unsealed - started)
        rest.append(opened - unsealed)
        total.append(opened - started)
        time_cost, memory_kib = key_file.kdf.time_cost, key_file.kdf.memory_kib
    return {
        "writer": writer,
        "kdf_time_cost": time_cost,
        "kdf_memory_mib": memory_kib // 1024,
        "kdf_ms": round(median(kdf) * 1000, 1),
        "open_without_kdf_ms": round(median(rest) * 1000, 1),
        "unlock_ms": round(median(total) * 1000, 1),
        "first_unlock_ms": round(total[0] * 1000, 1),
    }

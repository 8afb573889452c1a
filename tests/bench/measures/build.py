"""Creation throughput: generate ``size`` reflections and save each one as the app does.

Every reflection is its own ``JournalService.create`` call (its own transaction, search index
in step, a synced commit), which is what writing or importing one at a time costs. The same
drafts are written as jrnl plain text for the peer. The result is cached with the journal.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from journal_app.core import keywrap
from journal_app.core.catalogue import Catalogue
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.bench import corpus
from tests.bench.stats import summary_ms

#: creation throughput is reported per block of this many entries, to show any slowdown
BLOCK = 1000


def run(params: dict[str, object]) -> dict[str, object]:
    size, seed = int(str(params["size"])), int(str(params["seed"]))
    root = Path(str(params["root"]))
    building = root.with_name(root.name + ".building")
    if building.exists():
        shutil.rmtree(building)
    building.mkdir(parents=True)
    target = corpus.CachedCorpus(building)

    vault = Vault(target.journal_dir, kdf_params=keywrap.minimum_params)
    database = vault.create(corpus.PASSPHRASE).database
    service = JournalService(database, Catalogue.builtin())
    generated_s = 0.0
    latencies: list[float] = []
    blocks: list[float] = []
    block_started = time.perf_counter()
    started = time.perf_counter()
    with target.jrnl_text.open("w", encoding="utf-8") as jrnl_text:
        source = corpus.drafts(size, seed)
        for index in range(size):
            t0 = time.perf_counter()
            draft = next(source)
            t1 = time.perf_counter()
            service.create(draft)
            t2 = time.perf_counter()
            generated_s += t1 - t0
            latencies.append(t2 - t1)
            jrnl_text.write(corpus.jrnl_entry(draft, index))
            if (index + 1) % BLOCK == 0:
                now = time.perf_counter()
                blocks.append(now - block_started)
                block_started = now
    total_s = time.perf_counter() - started
    database.close()
    create_s = sum(latencies)
    result: dict[str, object] = {
        "size": size,
        "seed": seed,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "generate_s": round(generated_s, 2),
        "create_s": round(create_s, 2),
        "total_s": round(total_s, 2),
        "entries_per_s": round(size / create_s, 1),
        "create_latency": summary_ms(latencies),
        "first_block_entries_per_s": round(BLOCK / blocks[0], 1) if blocks else None,
        "last_block_entries_per_s": round(BLOCK / blocks[-1], 1) if blocks else None,
        "database_mb": round(_folder_mb(target.journal_dir), 1),
    }
    target.meta_path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if root.exists():
        shutil.rmtree(root)
    building.rename(root)
    return result


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1024 / 1024

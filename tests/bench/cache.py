"""Building (once) and finding the cached benchmark journals and their jrnl twins."""

from __future__ import annotations

from pathlib import Path

from tests.bench import corpus, peer
from tests.bench.proc import run_measure


def ensure_corpus(
    cache_dir: Path, size: int, seed: int, jrnl: Path | None
) -> tuple[corpus.CachedCorpus, dict[str, object], dict[str, object] | None]:
    """The cached journal for ``size`` and ``seed`` (built now if missing), its build
    figures, and jrnl's import figures (``None`` without jrnl)."""
    cached = corpus.cached(cache_dir, size, seed)
    if cached.is_complete():
        build = cached.meta()
        build["from_cache"] = True
    else:
        cache_dir.mkdir(parents=True, exist_ok=True)
        build = run_measure("build", {"size": size, "seed": seed, "root": str(cached.root)})
        build["from_cache"] = False
    imported = peer.ensure_imported(jrnl, cached) if jrnl is not None else None
    return cached, build, imported

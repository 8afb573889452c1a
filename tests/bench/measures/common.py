"""What the measurement modules share: opening a benchmark journal, choosing queries."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from journal_app.core import keywrap
from journal_app.core.catalogue import Catalogue
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from journal_app.store.database import JournalDatabase
from tests.bench import corpus

_WORD = re.compile(r"[A-Za-z]{4,}")


def vault(journal_dir: Path) -> Vault:
    """The benchmark vault: floor KDF parameters, no device keyring (headless)."""
    return Vault(journal_dir, kdf_params=keywrap.minimum_params)


def open_service(journal_dir: Path, *, writer: bool) -> tuple[JournalDatabase, JournalService]:
    database = vault(journal_dir).unlock(corpus.PASSPHRASE, writer=writer)
    return database, JournalService(database, Catalogue.builtin())


@dataclass(frozen=True)
class Query:
    kind: str  # one_word, multi_word, phrase
    text: str
    matches: int


#: document-frequency bands one-word queries are drawn from: (name, low, high, how many)
_BANDS = (
    ("rare", 0.0, 0.01, 2),
    ("medium", 0.01, 0.10, 3),
    ("common", 0.10, 0.40, 3),
    ("very_common", 0.40, 1.01, 2),
)


_SAMPLE_TEXT = text(
    "SELECT title || ' ' || body || ' ' || sections FROM entries_fts WHERE rowid = :pk"
)


def _sample_texts(database: JournalDatabase, sample: int, seed: int) -> list[str]:
    """The indexed text of ``sample`` entries chosen at random (reproducibly)."""
    with database.session() as session:
        top = int(session.execute(text("SELECT max(rowid) FROM entries_fts")).scalar() or 0)
        pks = sorted(random.Random(seed).sample(range(1, top + 1), min(sample, top)))
        found = (session.execute(_SAMPLE_TEXT, {"pk": pk}).scalar() for pk in pks)
        return [str(value) for value in found if value is not None]


def match_count(database: JournalDatabase, fts_query: str) -> int:
    with database.session() as session:
        value = session.execute(
            text("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH :q"), {"q": fts_query}
        ).scalar()
    return int(value or 0)


def choose_queries(database: JournalDatabase, seed: int, sample: int = 400) -> list[Query]:
    """One-word, multi-word and phrase queries spread over how common their words are.

    Words are drawn by their share of a sample of entries, so the same bands are chosen at
    every size; each query's real number of matches is recorded with it.
    """
    from journal_app.core.search_query import to_fts_query

    texts = _sample_texts(database, sample, seed)
    rng = random.Random(seed)
    doc_freq: Counter[str] = Counter()
    for body in texts:
        doc_freq.update({w.lower() for w in _WORD.findall(body)})
    n = max(1, len(texts))
    words_by_band: dict[str, list[str]] = {}
    for name, low, high, count in _BANDS:
        pool = sorted(
            w for w, c in doc_freq.items() if low <= c / n < high and (c > 1 or low == 0)
        )
        words_by_band[name] = rng.sample(pool, min(count, len(pool)))
    one_words = [w for band in words_by_band.values() for w in band]
    multi = _combinations(words_by_band)
    phrases = _phrases(texts, rng)
    # What the desktop app sends while typing: the last word matched as a prefix.
    typed = [w[: max(4, len(w) - 2)] for w in one_words[2:8]]
    queries = []
    for kind, texts_of_kind, as_you_type in (
        ("one_word", one_words, False),
        ("multi_word", multi, False),
        ("phrase", phrases, False),
        ("as_you_type", typed, True),
    ):
        for query in texts_of_kind:
            fts = to_fts_query(query, prefix_last=as_you_type)
            if fts is not None:
                queries.append(Query(kind, query, match_count(database, fts)))
    return queries


_TOKEN = re.compile(r"\w+")


def _phrases(texts: list[str], rng: random.Random, wanted: int = 8) -> list[str]:
    """Two or three consecutive words from real entries, starting and ending on a word of
    four letters or more (so "of the" is never a phrase)."""
    phrases: list[str] = []
    for body in rng.sample(texts, min(len(texts), 60)):
        tokens = _TOKEN.findall(body)
        if len(tokens) < 10:
            continue
        length = rng.choice((2, 2, 3))
        for _ in range(20):
            at = rng.randrange(0, len(tokens) - length)
            words = tokens[at : at + length]
            if len(words[0]) >= 4 and len(words[-1]) >= 4:
                phrases.append('"' + " ".join(words).lower() + '"')
                break
        if len(phrases) == wanted:
            break
    return phrases


def _combinations(bands: dict[str, list[str]]) -> list[str]:
    """Two- and three-word queries mixing the bands (as many as the bands allow)."""
    rare, medium = bands.get("rare", []), bands.get("medium", [])
    common, very = bands.get("common", []), bands.get("very_common", [])
    pairs = [*zip(medium, common, strict=False), *zip(common, very, strict=False)]
    queries = [f"{a} {b}" for a, b in pairs[:3]]
    if very and rare:
        queries.append(f"{very[0]} {rare[0]}")
    if len(common) >= 2 and medium:
        queries.append(f"{common[0]} {medium[0]} {common[1]}")
    return queries


def words_in_band(queries: list[Query], low: float, high: float, total: int) -> list[Query]:
    """One-word queries matching between ``low`` and ``high`` of ``total`` entries."""
    return [q for q in queries if q.kind == "one_word" and low <= q.matches / max(1, total) < high]

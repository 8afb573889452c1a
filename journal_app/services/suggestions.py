"""Domain suggestions that learn from the person's own tagging (offered, never applied).

The keyword model (:mod:`journal_app.core.suggestions`) is blended with a small model of the
reflections the person has tagged in the same framework
(:mod:`journal_app.core.tagged_model`). That model lives only in memory: it is built from the
encrypted journal when first needed, rebuilt when the framework's tags change, and never
written to disk. Nothing is tagged by a suggestion; the person presses "Add".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from journal_app.core.errors import JournalError
from journal_app.core.frameworks import Framework
from journal_app.core.suggestions import DomainSuggestion, suggest_domains
from journal_app.core.tagged_model import TaggedModel, build_model_from_counts, feature_counts
from journal_app.store.database import JournalDatabase
from journal_app.store.tagged_texts import (
    TagFingerprint,
    Version,
    tag_fingerprint,
    tagged_entries,
    texts,
)

#: the model learns from at most this many of the newest tagged reflections per framework:
#: recent habits matter most, and it bounds the rebuild after a tag change
MAX_EXAMPLES = 2000


@dataclass(frozen=True)
class _Cached:
    fingerprint: TagFingerprint
    model: TaggedModel
    # each learnt-from reflection's word counts, so a changed tag re-reads no text
    counts: dict[int, tuple[Version, Counter[str]]]


class DomainSuggester:
    """Suggestions for one unlocked journal, with its learnt models cached per framework."""

    def __init__(self, database: JournalDatabase) -> None:
        self._db = database
        self._models: dict[str, _Cached] = {}

    def suggest(
        self, text: str, framework: Framework, limit: int = 3
    ) -> tuple[DomainSuggestion, ...]:
        """Up to ``limit`` domains the text may evidence, best first, with the words why.

        If the journal cannot be read just now, the keywords alone still suggest: a
        suggestion is a help, never worth an error message while someone types.
        """
        try:
            learnt: TaggedModel | None = self.model(framework.id)
        except JournalError:
            learnt = None
        return suggest_domains(text, framework, limit, learnt=learnt)

    def model(self, framework_id: str) -> TaggedModel:
        """The learnt model of the framework, rebuilt only if its tags changed since.

        A rebuild reads the text only of reflections new to the model or edited since.
        """
        with self._db.session() as session:
            fingerprint = tag_fingerprint(session, framework_id)
            cached = self._models.get(framework_id)
            if cached is not None and cached.fingerprint == fingerprint:
                return cached.model
            known = cached.counts if cached is not None else {}
            entries = tagged_entries(session, framework_id, MAX_EXAMPLES)
            stale = [pk for pk, version, _ in entries if known.get(pk, (None,))[0] != version]
            fresh = texts(session, stale)
        words: dict[str, str] = {}  # shared by this rebuild only
        counts = {
            pk: (version, feature_counts(fresh[pk], words)) if pk in fresh else known[pk]
            for pk, version, _ in entries
            if pk in fresh or pk in known
        }
        model = build_model_from_counts(
            (counts[pk][1], codes) for pk, _, codes in entries if pk in counts
        )
        self._models[framework_id] = _Cached(fingerprint, model, counts)
        return model

    def forget(self) -> None:
        """Drop every learnt model (e.g. on lock), so no trace of the text stays in memory."""
        self._models.clear()

"""Domain suggestions that learn from the person's own tagging (offered, never applied).

The keyword model (:mod:`journal_app.core.suggestions`) is blended with a small model of the
reflections the person has tagged in the same framework
(:mod:`journal_app.core.tagged_model`). That model lives only in memory: it is built from the
encrypted journal when first needed, rebuilt when the framework's tags change, and never
written to disk. Nothing is tagged by a suggestion; the person presses "Add".

Building a model takes 0.1-0.5 s for a large journal, so the window never waits for one:
:meth:`DomainSuggester.suggest_ready` answers at once with the model built last, and a
worker thread owned by the suggester checks for changed tags and builds the new model, then
tells its listeners (the editor asks again).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
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

log = logging.getLogger(__name__)

#: told the framework id when a newly built model is ready; called on the worker thread
Listener = Callable[[str], None]


class _Stopped(Exception):
    """A build asked to stop (the journal is being locked)."""


@dataclass(frozen=True)
class _Cached:
    fingerprint: TagFingerprint
    model: TaggedModel
    # each learnt-from reflection's word counts, so a changed tag re-reads no text
    counts: dict[int, tuple[Version, Counter[str]]]
    #: when its build started (a build started later read a newer journal)
    ticket: int


class DomainSuggester:
    """Suggestions for one unlocked journal, with its learnt models cached per framework.

    Thread safe: models are built on the caller's thread (:meth:`suggest`, :meth:`model`) or
    on the suggester's own worker thread (:meth:`suggest_ready`, :meth:`refresh`); each build
    reads through its own database session, and a finished model replaces the cached one in
    one step, unless a build started later has already stored its own.
    """

    def __init__(self, database: JournalDatabase) -> None:
        self._db = database
        self._models: dict[str, _Cached] = {}
        self._lock = threading.Lock()  # guards every field below and _models
        self._tickets = itertools.count(1)
        self._stop = threading.Event()  # replaced by forget(): builds started before stop
        self._queued: set[str] = set()  # frameworks with a refresh waiting for the worker
        self._worker: ThreadPoolExecutor | None = None
        self._listeners: list[Listener] = []
        #: builds pause until then (time.monotonic()): the window is busy opening something
        self._aside_until = 0.0

    def suggest(
        self, text: str, framework: Framework, limit: int = 3
    ) -> tuple[DomainSuggestion, ...]:
        """Up to ``limit`` domains the text may evidence, best first, with the words why.

        Builds the learnt model first if the tags changed (for the command line and tests;
        the window uses :meth:`suggest_ready`). If the journal cannot be read just now, the
        keywords alone still suggest: a suggestion is a help, never worth an error message
        while someone types.
        """
        try:
            learnt: TaggedModel | None = self.model(framework.id)
        except (JournalError, _Stopped):
            learnt = None
        return suggest_domains(text, framework, limit, learnt=learnt)

    def suggest_ready(
        self, text: str, framework: Framework, limit: int = 3
    ) -> tuple[DomainSuggestion, ...]:
        """Like :meth:`suggest`, but at once: with the model built last (keywords alone if
        none is built yet), never reading the journal. A check for changed tags is queued
        for the worker; listeners hear when it built a new model."""
        with self._lock:
            cached = self._models.get(framework.id)
        self.refresh(framework.id)
        learnt = cached.model if cached is not None else None
        return suggest_domains(text, framework, limit, learnt=learnt)

    def refresh(self, framework_id: str) -> None:
        """Queue a check of the framework's tags on the worker thread; if they changed since
        the model was built (or none is), a new model is built and listeners are told."""
        with self._lock:
            if framework_id in self._queued:
                return  # the queued check has not read the tags yet: it will see this change
            if self._worker is None:
                self._worker = ThreadPoolExecutor(1, thread_name_prefix="domain-suggestions")
            self._queued.add(framework_id)
            self._worker.submit(self._refresh, framework_id, self._stop)

    def step_aside(self, seconds: float) -> None:
        """Pause a build for ``seconds`` from now (at its next step; the last ~0.1 s of a
        build cannot pause). Called as the person opens a reflection: a build runs on its own
        thread, but its Python shares the processor with the window's and slowed opening the
        first reflection after unlocking from ~30 ms to ~70-110 ms."""
        with self._lock:
            self._aside_until = max(self._aside_until, time.monotonic() + seconds)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the checks and builds queued so far are done (tests, benchmarks);
        False if ``timeout`` seconds passed first."""
        with self._lock:
            worker = self._worker
        if worker is None:
            return True
        try:
            worker.submit(lambda: None).result(timeout)
        except RuntimeError:  # forgotten meanwhile: nothing is left to wait for
            return True
        except TimeoutError:
            return False
        return True

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(framework_id)`` (on the worker thread) when a new model is ready."""
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def model(self, framework_id: str) -> TaggedModel:
        """The learnt model of the framework, rebuilt only if its tags changed since.

        A rebuild reads the text only of reflections new to the model or edited since.
        """
        model, _built = self._build(framework_id, self._stop)
        return model

    def forget(self) -> None:
        """Drop every learnt model (e.g. on lock), so no trace of the text stays in memory.

        A build running on the worker is asked to stop and waited for (it stops between
        steps, within one read of the journal), so none reads the journal once it is closed.
        """
        with self._lock:
            self._stop.set()
            self._stop = threading.Event()
            worker, self._worker = self._worker, None
            self._queued.clear()
            # dropped once the worker is done, so the last reference goes on this thread
            listeners, self._listeners = self._listeners, []
            self._models.clear()
        if worker is not None:
            worker.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            self._models.clear()  # a build that finished just before it saw the stop
        listeners.clear()

    def _refresh(self, framework_id: str, stop: threading.Event) -> None:
        """The worker's job: never raises (a failed build leaves the last model in use)."""
        with self._lock:
            # from here a new change needs a new check: this one may read the tags too early
            self._queued.discard(framework_id)
        try:
            _model, built = self._build(framework_id, stop)
        except _Stopped:
            return
        except Exception as error:  # the journal locked or unreadable: keywords still work
            # Only the type is logged: a message could quote what the person wrote.
            log.info("Learning from the tagging failed (%s)", type(error).__name__)
            return
        if not built:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(framework_id)

    def _build(self, framework_id: str, stop: threading.Event) -> tuple[TaggedModel, bool]:
        """The framework's model and whether it was built (and kept) just now."""
        with self._lock:
            cached = self._models.get(framework_id)
            ticket = next(self._tickets)

        def check() -> None:
            """Stop if asked; wait while the window wants the processor."""
            while True:
                if stop.is_set():
                    raise _Stopped
                with self._lock:
                    aside = self._aside_until - time.monotonic()
                if aside <= 0:
                    return
                stop.wait(min(aside, 0.05))

        check()
        with self._db.session() as session:
            fingerprint = tag_fingerprint(session, framework_id)
            if cached is not None and cached.fingerprint == fingerprint:
                return cached.model, False
            known = cached.counts if cached is not None else {}
            check()
            entries = tagged_entries(session, framework_id, MAX_EXAMPLES)
            stale = [pk for pk, version, _ in entries if known.get(pk, (None,))[0] != version]
            check()
            fresh = texts(session, stale)
        check()
        words: dict[str, str] = {}  # shared by this rebuild only
        counts: dict[int, tuple[Version, Counter[str]]] = {}
        for done, (pk, version, _) in enumerate(entries):
            if done % 25 == 0:
                # counting words is over half a build: it pauses or stops within ~5 ms
                check()
            if pk in fresh:
                counts[pk] = (version, feature_counts(fresh[pk], words))
            elif pk in known:
                counts[pk] = known[pk]
        check()
        model = build_model_from_counts(
            (counts[pk][1], codes) for pk, _, codes in entries if pk in counts
        )
        with self._lock:
            if stop.is_set():
                raise _Stopped  # forgotten meanwhile: keep nothing
            current = self._models.get(framework_id)
            if current is not None and current.ticket > ticket:
                # a build started later (so reading newer tags) stored its model first
                return current.model, False
            self._models[framework_id] = _Cached(fingerprint, model, counts, ticket)
        return model, True

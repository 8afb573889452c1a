"""Suggest framework domains for a reflection from its words, on the device, with reasons.

The model is deliberately simple so a user can see why a domain was suggested: each domain
lists keywords and phrases; a keyword found in the text (ignoring case, whole words only, in
one of its regular forms, see :mod:`journal_app.core.word_forms`) adds to that domain's score.
Longer phrases weigh more than single words because they are much less ambiguous ("case
audit" versus "case").

A reflection written in Welsh (:func:`journal_app.core.language.is_welsh`) is also matched
against the framework's Welsh keywords, through Welsh word forms (mutations, plural and stem
endings, accents: :mod:`journal_app.core.welsh_words`); its English keywords still count,
since a Welsh reflection often names things in English. An English reflection is matched as
before, against the English keywords only: Welsh forms would find false matches in English
("ate" is a soft mutation of "gate").

A :class:`~journal_app.core.tagged_model.TaggedModel` built from the person's own tagged
reflections may be blended in (see :func:`suggest_domains`); it only ever adds evidence,
explained by the words of the text that drove it, and nothing is ever tagged by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from journal_app.core import welsh_words
from journal_app.core.frameworks import Framework
from journal_app.core.models import Tag
from journal_app.core.tagged_model import LearntEvidence, TaggedModel
from journal_app.core.text_language import is_welsh
from journal_app.core.word_forms import FUNCTION_WORDS, forms_of, tokens

#: a keyword seen again adds this much more of its weight, up to _MAX_REPEATS extra times
_REPEAT_BONUS = 0.25
_MAX_REPEATS = 2
#: what the learnt model's full agreement (a similarity of 1.0) is worth in keyword weights
LEARNT_SCALE = 12.0
#: learnt evidence counts fully only after this many examples: weight n / (n + _RAMP)
LEARNT_RAMP = 4.0
#: a domain with no keyword match is suggested from learnt evidence only above this
_LEARNT_ALONE = 1.0
#: learnt evidence worth less than this is ignored, so a word is never given as a reason
#: when it hardly moved the score
_LEARNT_MIN = 0.25


@dataclass(frozen=True)
class DomainSuggestion:
    """A domain the text seems to evidence, how strongly, and the words that said so.

    ``matched_phrases`` are the framework's keywords found, strongest first, then the words
    of the text that matched the person's own tagging (``learnt_words``). ``rank`` is 1 for
    the best; suggestions that tie on every signal share a rank rather than one being
    shown above the other for no reason. ``learnt_from`` is how many reflections the person
    tagged with this domain when their tagging contributed, else 0.
    """

    tag: Tag
    domain_title: str
    score: float
    matched_phrases: tuple[str, ...]
    rank: int = 1
    learnt_words: tuple[str, ...] = ()
    learnt_from: int = 0


@dataclass(frozen=True)
class _Keyword:
    phrase: str  # as written in the framework file, shown to the user as the reason
    words: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class _Compiled:
    keywords: tuple[tuple[_Keyword, ...], ...]  # per domain, longest first
    # every form of a keyword word -> the keyword words it is a form of ("plans" is a form
    # of both "plan" and "planning"); a keyword word is always a form of itself
    canonical: dict[str, frozenset[str]]


def words_of(
    text: str, canonical: dict[str, frozenset[str]], welsh: bool = False
) -> list[frozenset[str]]:
    """For each word of the text, the keyword words it may stand for (itself if none);
    function words marked so they only ever match themselves. ``welsh``: the text is split
    and compared as Welsh (:mod:`journal_app.core.welsh_words`)."""
    if welsh:
        small = welsh_words.is_function_word
        return [
            frozenset({f"{token}#"})
            if small(token)
            else canonical.get(token) or frozenset({token})
            for token in welsh_words.folded_tokens(text)
        ]
    return [
        frozenset({f"{token}#"})
        if token in FUNCTION_WORDS
        else canonical.get(token) or frozenset({token})
        for token in tokens(text)
    ]


@lru_cache(maxsize=32)
def _compiled(framework: Framework, welsh: bool = False) -> _Compiled:
    """The framework's keywords ready to match: English ones for an English text; for a
    Welsh text the Welsh ones too, every phrase split and marked the Welsh way."""
    canonical: dict[str, set[str]] = {}
    split: Callable[[str], list[str]] = welsh_words.folded_tokens if welsh else tokens
    small: Callable[[str], bool] = (
        welsh_words.is_function_word if welsh else FUNCTION_WORDS.__contains__
    )
    # (phrase as written, its words, whether they are Welsh) per domain
    raw = [
        [(phrase, tuple(split(phrase)), False) for phrase in domain.keywords]
        + [(phrase, tuple(split(phrase)), True) for phrase in domain.keywords_cy if welsh]
        for domain in framework.domains
    ]
    exact = {word for phrases in raw for _, words, _ in phrases for word in words}
    # a mutated form of a Welsh keyword word belongs to that word alone, as the word itself
    # does: "ngoruchwyliaeth" is "goruchwyliaeth", not also "goruchwylio" + "-iaeth"
    mutated: dict[str, set[str]] = {}
    if welsh:
        for phrases in raw:
            for _, words, is_cy in phrases:
                for word in words:
                    if is_cy and not small(word):
                        for form in welsh_words.mutated_forms(word):
                            mutated.setdefault(form, set()).add(word)
    for phrases in raw:
        for _, words, is_cy in phrases:
            for word in words:
                if small(word):
                    continue
                for form in welsh_words.keyword_forms(word) if is_cy else forms_of(word):
                    # a word that is itself a keyword word stays itself ("promoted", "promote")
                    if form in exact or (form in mutated and word not in mutated[form]):
                        continue
                    canonical.setdefault(form, set()).add(word)
    per_domain = []
    for phrases in raw:
        keywords = []
        for phrase, words, _ in phrases:
            marked = tuple(f"{w}#" if small(w) else w for w in words)
            if marked:
                # weighed by its words as English counts them, so "beth sy'n bwysig" is
                # three words, not four because "'n" is a word of its own for matching
                keywords.append(_Keyword(phrase, marked, float(len(tokens(phrase)))))
        keywords.sort(key=lambda keyword: -len(keyword.words))
        per_domain.append(tuple(keywords))
    return _Compiled(tuple(per_domain), {form: frozenset(w) for form, w in canonical.items()})


def _positions(words: list[frozenset[str]]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = {}
    for index, candidates in enumerate(words):
        for word in candidates:
            where.setdefault(word, []).append(index)
    return where


@dataclass
class _Score:
    order: int
    score: float = 0.0
    best_term: float = 0.0
    first_at: int = 1 << 30
    phrases: tuple[str, ...] = ()
    learnt_words: tuple[str, ...] = ()
    learnt_from: int = 0

    @property
    def terms(self) -> int:
        return len(self.phrases) + len(self.learnt_words)

    def key(self) -> tuple[float, int, float]:
        """What orders suggestions: score, then how many distinct terms, then the strongest."""
        return (round(self.score, 6), self.terms, round(self.best_term, 6))


def _score_domain(
    keywords: tuple[_Keyword, ...],
    words: list[frozenset[str]],
    where: dict[str, list[int]],
    order: int,
) -> _Score:
    covered: set[int] = set()
    result = _Score(order)
    matched: list[tuple[float, str]] = []
    for keyword in keywords:
        size = len(keyword.words)
        hits = [
            start
            for start in where.get(keyword.words[0], ())
            if start + size <= len(words)
            and all(w in words[start + i] for i, w in enumerate(keyword.words))
            and not covered.issuperset(range(start, start + size))
        ]
        if not hits:
            continue
        for start in hits:
            covered.update(range(start, start + size))
        gained = keyword.weight * (1 + _REPEAT_BONUS * min(len(hits) - 1, _MAX_REPEATS))
        result.score += gained
        result.best_term = max(result.best_term, gained)
        result.first_at = min(result.first_at, hits[0])
        matched.append((gained, keyword.phrase))
    matched.sort(key=lambda item: -item[0])
    result.phrases = tuple(phrase for _, phrase in matched)
    return result


def suggest_domains(
    text: str, framework: Framework, limit: int = 3, learnt: TaggedModel | None = None
) -> tuple[DomainSuggestion, ...]:
    """Up to ``limit`` domains of ``framework`` the text matches, best first.

    Only domains with evidence are returned: a keyword match, or (with ``learnt``, a model of
    the person's own tagged reflections in this framework) words the text shares with the
    reflections they tagged with a domain. The learnt evidence weighs n / (n + 4) of its full
    weight for a domain tagged n times, so it is nothing without examples and grows with
    them.

    Ties: domains are ordered by score, then by the number of distinct terms that matched,
    then by the strongest single term. Domains equal on all three share a rank, listed in
    the order their evidence first appears in the text, never by domain number.
    """
    if limit < 1:
        return ()
    welsh = is_welsh(text)
    compiled = _compiled(framework, welsh)
    words = words_of(text, compiled.canonical, welsh)
    if not words:
        return ()
    where = _positions(words)
    scores = [
        _score_domain(keywords, words, where, order)
        for order, keywords in enumerate(compiled.keywords)
    ]
    if learnt is not None:
        _add_learnt(scores, framework, learnt.evidence(text, welsh))
    found = [s for s in scores if s.phrases or (s.learnt_words and s.score >= _LEARNT_ALONE)]
    found.sort(key=lambda s: (tuple(-v for v in s.key()), s.first_at))
    return _ranked(found[:limit], framework)


def _add_learnt(
    scores: list[_Score], framework: Framework, evidence: dict[str, LearntEvidence]
) -> None:
    for score, domain in zip(scores, framework.domains, strict=True):
        found = evidence.get(domain.code)
        if found is None or not found.words:
            continue
        share = found.examples / (found.examples + LEARNT_RAMP)
        gained = LEARNT_SCALE * share * found.similarity
        if gained < _LEARNT_MIN:
            continue
        score.score += gained
        score.best_term = max(score.best_term, gained / max(len(found.words), 1))
        score.first_at = min(score.first_at, found.first_at)
        score.learnt_words = tuple(w for w in found.words if w not in score.phrases)
        score.learnt_from = found.examples


def _ranked(found: list[_Score], framework: Framework) -> tuple[DomainSuggestion, ...]:
    result = []
    rank = 0
    previous: tuple[float, int, float] | None = None
    for position, score in enumerate(found, start=1):
        if score.key() != previous:
            rank = position
            previous = score.key()
        domain = framework.domains[score.order]
        result.append(
            DomainSuggestion(
                tag=Tag(framework.id, domain.code, framework.version),
                domain_title=domain.title,
                score=round(score.score, 2),
                matched_phrases=score.phrases + score.learnt_words,
                rank=rank,
                learnt_words=score.learnt_words,
                learnt_from=score.learnt_from if score.learnt_words else 0,
            )
        )
    return tuple(result)

"""A small model of how one person tags: the words of their tagged reflections, per domain.

Pure Python and in memory only: it is rebuilt from the (encrypted) journal when needed and
never written anywhere. For each domain it keeps the words that are more typical of the
reflections the person tagged with that domain than of their other tagged reflections (a
TF-IDF centroid of the domain minus the centroid of the rest, positive part only). A new text
is compared with each domain's words; the words it shares with a domain are the reason
given ("because you wrote 'kinship', 'guardianship' — like 5 reflections you tagged 6").

A word only counts for a domain if it appears in at least two of the reflections tagged with
it, so a one-off word (a name, a place) is never learnt as a reason.

A reflection written in Welsh (:func:`journal_app.core.language.is_welsh`) is split the Welsh
way, its small Welsh words are left out, and each word counts under one key for all its
mutated forms (:func:`journal_app.core.welsh_forms.mutation_key`: "plant", "blant", "mhlant"),
so tagging Welsh reflections teaches Welsh words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from journal_app.core.text_language import is_welsh, is_welsh_counted
from journal_app.core.welsh_forms import mutation_key
from journal_app.core.welsh_words import fold, is_function_word, welsh_tokens
from journal_app.core.word_forms import (
    FUNCTION_WORDS,
    TOKEN,
    placeholders,
    plain,
    singular,
    tokens,
)

#: a word must appear in this many of a domain's tagged reflections to count for it
MIN_SUPPORT = 2
#: at most this many words are given as the reason
MAX_WORDS = 4

# Common words that say nothing about a domain; the centroid difference removes most of the
# rest, this only keeps them out of the reasons shown.
_STOP_LIST = """
    about after again against all also am any because before being both down each even
    few further here how just more most much must now off once only other out over own same
    should some such too under until very while why yet got get felt feel think thought
    know knew really today week also made make still went said says one two three back
    ve ll re don didn doesn isn wasn it's i'm i've i'd we're we've they're there's that's
"""
_STOP = FUNCTION_WORDS | frozenset(_STOP_LIST.split())
# The same for Welsh (small words are left out by is_function_word): today, week, think,
# feel, know, say, want, need, can, see, ask, a lot...
_WELSH_STOP_LIST = """
    heddiw ddoe yfory wythnos diwrnod bore prynhawn noson amser meddwl teimlo gwybod dweud
    dywedodd dywedais eisiau angen rhaid gallu allu gallai allai gallwn allwn gweld weld
    siarad gofyn gofynnais gofynnodd llawer tipyn ychydig sawl pethau peth gilydd hun hunan
    mor wir nawr rwan wedyn cyn ol wneud gwneud arall eraill cyntaf nesaf
"""
_WELSH_STOP = frozenset(_WELSH_STOP_LIST.split())


@dataclass(frozen=True)
class LearntEvidence:
    """What a text shares with the reflections the person tagged with one domain."""

    similarity: float  # 0..1
    words: tuple[str, ...]  # the text's words that drove it, strongest first, as written
    examples: int  # how many reflections the person tagged with this domain
    first_at: int  # index among the text's tokens of the first of those words


def features(text: str, welsh: bool | None = None) -> list[tuple[int, str, str]]:
    """(token index, feature, word as written) for the text's content words; ``welsh``
    says whether the text is Welsh (found out if not given)."""
    if welsh is None:
        welsh = is_welsh(text)
    found = []
    split, feature_of = (welsh_tokens, _welsh_feature) if welsh else (tokens, _feature)
    for index, token in enumerate(split(text)):
        feature = feature_of(token)
        if feature:
            found.append((index, feature, token))
    return found


def feature_counts(text: str, known: dict[str, str] | None = None) -> Counter[str]:
    """How often each content word (as a feature) occurs in ``text``.

    Counts the raw words first and looks at each different word once: building a model
    reads every tagged reflection, and this is most of the time it takes. ``known`` (word ->
    feature) may be shared by the calls of one build to look each word up only once; it is
    the caller's, so no word of the journal outlives the build in a module-level cache.
    """
    memo = {} if known is None else known
    counts: Counter[str] = Counter()
    written = Counter(TOKEN.findall(placeholders().sub(" ", text).lower()))
    if is_welsh_counted(written):
        for token, count in Counter(welsh_tokens(text)).items():
            # a Welsh word is a different feature from the same letters in English
            feature = memo.get("cy:" + token)
            if feature is None:
                feature = memo["cy:" + token] = _welsh_feature(token)
            if feature:
                counts[feature] += count
        return counts
    for token, count in written.items():
        feature = memo.get(token)
        if feature is None:
            feature = memo[token] = _feature(token)
        if feature:
            counts[feature] += count
    return counts


def _feature(token: str) -> str:
    """The feature of a word (its singular), or "" for words that never count."""
    token = plain(token)
    if len(token) < 3 or token in _STOP or not token.isalpha():
        return ""
    return singular(token)


def _welsh_feature(token: str) -> str:
    """The feature of a Welsh word (one key for its mutated forms, "b~lant" for "plant" and
    "mhlant"), or "" for words that never count. A key always holds a "~", which no
    English feature does."""
    folded = fold(token)
    if len(folded) < 3 or is_function_word(folded) or folded in _WELSH_STOP:
        return ""
    if not folded.isalpha():
        return ""
    return mutation_key(folded)


def _weighted(counts: Counter[str], idf: dict[str, float], default_idf: float) -> dict[str, float]:
    vector = {w: (1.0 + math.log(n)) * idf.get(w, default_idf) for w, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


class TaggedModel:
    """Per-domain word weights learnt from tagged reflections of one framework."""

    def __init__(
        self,
        weights: dict[str, dict[str, float]],
        idf: dict[str, float],
        examples: dict[str, int],
        default_idf: float,
    ) -> None:
        self._weights = weights
        self._idf = idf
        self._default_idf = default_idf
        self.examples = dict(examples)  # domain code -> reflections tagged with it

    @property
    def size(self) -> int:
        """How many words the model holds over all domains (for tests and benchmarks)."""
        return sum(len(words) for words in self._weights.values())

    def evidence(self, text: str, welsh: bool | None = None) -> dict[str, LearntEvidence]:
        """For each domain with learnt words in common with ``text``, how much and which;
        ``welsh`` says whether the text is Welsh (found out if not given)."""
        found = features(text, welsh)
        if not found or not self._weights:
            return {}
        vector = _weighted(Counter(f for _, f, _ in found), self._idf, self._default_idf)
        first: dict[str, tuple[int, str]] = {}
        for index, feature, written in found:
            first.setdefault(feature, (index, written))
        result = {}
        for code, weights in self._weights.items():
            parts = [(value * weights[w], w) for w, value in vector.items() if w in weights]
            if not parts:
                continue
            parts.sort(key=lambda item: (-item[0], item[1]))
            total = sum(c for c, _ in parts)
            # the reason names the words that carry most of the agreement
            shown = [w for c, w in parts[:MAX_WORDS] if c >= 0.15 * parts[0][0]]
            result[code] = LearntEvidence(
                similarity=total,
                words=tuple(first[w][1] for w in shown),
                examples=self.examples.get(code, 0),
                first_at=min(first[w][0] for w in shown),
            )
        return result


def build_model(reflections: Iterable[tuple[str, Iterable[str]]]) -> TaggedModel:
    """Learn from (text, domain codes) pairs: the person's tagged reflections in one framework.

    Reflections without a code are ignored. With no tagged reflections the model is empty
    and adds nothing to suggestions.
    """
    known: dict[str, str] = {}
    return build_model_from_counts(
        (feature_counts(text, known), codes) for text, codes in reflections
    )


def build_model_from_counts(
    reflections: Iterable[tuple[Counter[str], Iterable[str]]],
) -> TaggedModel:
    """As :func:`build_model`, from each reflection's :func:`feature_counts` (which a caller
    may keep between rebuilds, so a changed tag does not mean reading every text again)."""
    docs: list[tuple[Counter[str], tuple[str, ...]]] = []
    df: Counter[str] = Counter()
    for counts, codes in reflections:
        unique_codes = tuple(dict.fromkeys(codes))
        if unique_codes and counts:
            docs.append((counts, unique_codes))
            df.update(counts.keys())
    total = len(docs)
    idf = {w: math.log((1 + total) / (1 + n)) + 1.0 for w, n in df.items()}
    default_idf = math.log(1 + total) + 1.0
    sums: dict[str, dict[str, float]] = {}
    support: dict[str, Counter[str]] = {}
    examples: Counter[str] = Counter()
    everything: dict[str, float] = {}
    for counts, codes in docs:
        vector = _weighted(counts, idf, default_idf)
        # a word in one reflection only can never be learnt: skip it from here on
        vector = {w: v for w, v in vector.items() if df[w] >= MIN_SUPPORT}
        _add(everything, vector)
        for code in codes:
            examples[code] += 1
            _add(sums.setdefault(code, {}), vector)
            support.setdefault(code, Counter()).update(vector.keys())
    weights: dict[str, dict[str, float]] = {}
    for code, summed in sums.items():
        mine = examples[code]
        rest = total - mine
        seen = support[code]
        kept = {}
        for word, value in summed.items():
            share = seen[word] / mine
            share_elsewhere = (df[word] - seen[word]) / rest if rest else 0.0
            # a word counts only if the domain's reflections use it more often than the rest
            if seen[word] < MIN_SUPPORT or share <= share_elsewhere:
                continue
            elsewhere = (everything[word] - value) / rest if rest else 0.0
            weight = value / mine - elsewhere
            if weight > 0:
                kept[word] = weight
        norm = math.sqrt(sum(v * v for v in kept.values()))
        if norm:
            # unit length, so a text's agreement with a domain is a cosine in 0..1
            weights[code] = {w: v / norm for w, v in kept.items()}
    return TaggedModel(weights, idf, dict(examples), default_idf)


def _add(total: dict[str, float], vector: dict[str, float]) -> None:
    get = total.get
    for word, value in vector.items():
        total[word] = get(word, 0.0) + value

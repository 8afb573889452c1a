"""Suggest framework domains for a reflection from its words, on the device, with reasons.

The model is deliberately simple so a user can see why a domain was suggested: each domain
lists keywords and phrases; a keyword found in the text (ignoring case, whole words only, with
light handling of plurals and -ing/-ed endings) adds to that domain's score. Longer phrases
weigh more than single words because they are much less ambiguous ("case audit" versus
"case"). Nothing leaves the machine and nothing is learnt from what the user writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from journal_app.core.frameworks import Framework
from journal_app.core.models import Tag

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*")
_DOUBLED_END = re.compile(r"([b-df-hj-km-rtv-z])\1$")  # "plann" -> "plan", but not "call"

#: Function words keep their own spelling plus a mark, so a phrase such as "death of a child"
#: still matches word for word, but a crude stem can never turn "them" into "themes".
_FUNCTION_WORD_LIST = """
    a an and are as at be been but by can could did do does for from had has have he her his
    i if in into is it its me my no not of on or our she so than that the their them then
    there these they this those to us was we were what when where which who will with would
    you your
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())

#: words ending in "s" that are not plurals, so must not lose the "s" ("news" is not "new")
_NOT_PLURALS = frozenset({"news", "series", "always", "perhaps"})

#: a keyword seen again adds this much more of its weight, up to _MAX_REPEATS extra times
_REPEAT_BONUS = 0.25
_MAX_REPEATS = 2


@dataclass(frozen=True)
class DomainSuggestion:
    """A domain the text seems to evidence, how strongly, and the keywords that said so."""

    tag: Tag
    domain_title: str
    score: float
    matched_phrases: tuple[str, ...]


@dataclass(frozen=True)
class _Keyword:
    phrase: str  # as written in the framework file, shown to the user as the reason
    stems: tuple[str, ...]
    weight: float


def stem(word: str) -> str:
    """A crude stem so "audits", "audited" and "auditing" all match the keyword "audit".

    Text and keywords go through the same function, so it only has to be consistent, not
    linguistically right.
    """
    if word in _NOT_PLURALS:
        return word
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ias")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = _DOUBLED_END.sub(r"\1", word[:-3])
    elif len(word) > 4 and word.endswith("ed"):
        word = _DOUBLED_END.sub(r"\1", word[:-2])
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def stems_of(text: str) -> list[str]:
    """The stems of the words in ``text``, in order."""
    return [
        f"{token}#" if token in _FUNCTION_WORDS else stem(token)
        for token in _TOKEN.findall(text.lower())
    ]


@lru_cache(maxsize=32)
def _compiled(framework: Framework) -> tuple[tuple[_Keyword, ...], ...]:
    # keywords per domain, longest first so a phrase claims its words before the single
    # words inside it are counted again
    compiled = []
    for domain in framework.domains:
        keywords = []
        for phrase in domain.keywords:
            stems = tuple(stems_of(phrase))
            if stems:
                keywords.append(_Keyword(phrase, stems, float(len(stems))))
        keywords.sort(key=lambda keyword: -len(keyword.stems))
        compiled.append(tuple(keywords))
    return tuple(compiled)


def _positions(stems: list[str]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = defaultdict(list)
    for index, word in enumerate(stems):
        where[word].append(index)
    return where


def _score_domain(
    keywords: tuple[_Keyword, ...], stems: list[str], where: dict[str, list[int]]
) -> tuple[float, list[str]]:
    covered: set[int] = set()
    score = 0.0
    matched: list[tuple[float, str]] = []
    for keyword in keywords:
        size = len(keyword.stems)
        hits = [
            start
            for start in where.get(keyword.stems[0], ())
            if tuple(stems[start : start + size]) == keyword.stems
            and not covered.issuperset(range(start, start + size))
        ]
        if not hits:
            continue
        for start in hits:
            covered.update(range(start, start + size))
        gained = keyword.weight * (1 + _REPEAT_BONUS * min(len(hits) - 1, _MAX_REPEATS))
        score += gained
        matched.append((gained, keyword.phrase))
    matched.sort(key=lambda item: -item[0])
    return score, [phrase for _, phrase in matched]


def suggest_domains(
    text: str, framework: Framework, limit: int = 3
) -> tuple[DomainSuggestion, ...]:
    """Up to ``limit`` domains of ``framework`` the text matches, best first.

    Only domains with at least one matching keyword are returned; ``matched_phrases`` gives
    the keywords found, strongest first, so the user can judge the suggestion.
    """
    if limit < 1:
        return ()
    stems = stems_of(text)
    if not stems:
        return ()
    where = _positions(stems)
    found: list[tuple[float, int, DomainSuggestion]] = []
    for order, (domain, keywords) in enumerate(
        zip(framework.domains, _compiled(framework), strict=True)
    ):
        score, phrases = _score_domain(keywords, stems, where)
        if score > 0:
            tag = Tag(framework.id, domain.code, framework.version)
            suggestion = DomainSuggestion(tag, domain.title, round(score, 2), tuple(phrases))
            found.append((score, order, suggestion))
    # ties go to the earlier domain, so results are stable from one keystroke to the next
    found.sort(key=lambda item: (-item[0], item[1]))
    return tuple(suggestion for _, _, suggestion in found[:limit])

"""Turn what a person types into a safe FTS5 query.

People type words, sometimes "a quoted phrase", never FTS syntax. Every term is quoted so
characters like ``-``, ``:``, ``*`` or ``AND`` can never break or change the query; the last
word may be matched as a prefix so results appear while typing.

A search made only of quoted phrases asks for exact wording, and its results are listed most
recently written first rather than by relevance (see :func:`is_exact_search`).

Kept hand-written on purpose: it is small, and fitted to SQLite FTS5's own quoting rules and
the journal's tokenizer, which no general query-parsing library knows.
"""

from __future__ import annotations

import re

from journal_app.core.text import searchable
from journal_app.core.welsh_forms import welsh_forms as forms_of

_TOKEN = re.compile(r'"([^"]*)"|(\w+)')
_WORD = re.compile(r"\w+")


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _any_of(terms: list[str]) -> str:
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def to_fts_query(text: str, *, prefix_last: bool = False, welsh_forms: bool = False) -> str | None:
    """An FTS5 MATCH expression for ``text``, or ``None`` when there is nothing to search.

    With ``welsh_forms`` each word (not a quoted phrase, which asks for exact wording)
    matches any of its Welsh forms: "plant" also finds "phlant", "blant" and "mhlant".
    """
    parts: list[list[str]] = []
    last_is_word = False
    text = searchable(text)
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            inner = " ".join(_WORD.findall(phrase))
            if inner:
                parts.append([_quote(inner)])
                last_is_word = False
        elif word:
            spelled = sorted(forms_of(word)) if welsh_forms else [word]
            parts.append([_quote(form) for form in spelled])
            last_is_word = True
    if not parts:
        return None
    # Only prefix-match a trailing word the person may still be typing (3+ letters, or the
    # prefix matches too much to be useful).
    if prefix_last and last_is_word and not text.endswith(" "):
        parts[-1] = [term + "*" if len(term) >= 5 else term for term in parts[-1]]
    return " ".join(_any_of(terms) for terms in parts)


def is_exact_search(text: str) -> bool:
    """Whether ``text`` asks only for exact "quoted phrases", with no loose words.

    Every match of such a search contains exactly the wording asked for, so ranking them says
    little, and ranking costs the most there: FTS5's bm25 counts a phrase's matches across the
    whole journal, then checks word positions again for each one it scores (a phrase search
    at 100,000 reflections took 25-40 ms ranked against 5-14 ms newest first).
    """
    found_phrase = False
    for match in _TOKEN.finditer(searchable(text)):
        phrase, word = match.group(1), match.group(2)
        if word:
            return False
        if phrase is not None and _WORD.search(phrase):
            found_phrase = True
    return found_phrase

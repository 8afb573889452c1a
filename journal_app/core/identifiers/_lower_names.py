"""Names typed in lower case, found only where the words before them make a name certain.

Notes written fast drop capitals: "spoke to mr patel", "her daughter lily-mae", "talked
with paige". A lower-case word is a name here only after a title ("mr", "mrs"), straight
after a family word ("her daughter") or after a verb of meeting or talking ("visited",
"talked with"), and only if the gazetteer knows it as a name that is no English word at
all, so "her son will", "mr said" and "with max effort" stay alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from journal_app.core.messages import Message

from ._gazetteer import Gazetteer, gazetteer
from ._scan import Scan, find_in, keyword_spans, starts_word, windows
from ._types import NameHit, Role
from ._words import PLURAL_ROLES, SINGLE_ROLES, STOP_WORDS, words

_NAME = r"[a-z\u00df-\u024f]+(?:['’\-][a-z\u00df-\u024f]+)*"
_LOWER_TITLE = re.compile(rf"(?P<title>mrs|mr|ms|miss|dr)\.?[ ]+(?P<name>{_NAME})(?![\w'’\-])")
# cheap substring tests before the pattern runs at all
_TITLE_KEYS = ("mr ", "mrs ", "ms ", "miss ", "dr ", "mr.", "mrs.", "ms.", "dr.")
_NAME_AFTER_ROLE = re.compile(rf"(?:[ ]*,[ ]*|[ ]+)(?P<name>{_NAME})(?![\w'’\-])")
_MEETING_KEYS = words(
    "visited saw met asked told rang phoned texted emailed spoke talked chatted sat played worked"
)
_AFTER_MEETING = re.compile(
    r"(?<![\w'’\-])(?P<verb>visited|saw|met|asked|told|rang|phoned|texted|emailed|"
    r"(?:spoke|talked|chatted|sat|played|worked|met)[ ]+(?:to|with))"
    rf"[ ]+(?P<name>{_NAME})(?![\w'’\-])"
)


def _is_lower_name(word: str, names: Gazetteer, *, family: bool) -> bool:
    if word in STOP_WORDS or word in PLURAL_ROLES:
        return False
    return names.is_lower_case_name(word) or (family and names.is_family(word) and len(word) > 3)


def find_lower_names(scan: Scan, roles: Sequence[re.Match[str]]) -> Iterator[NameHit]:
    """Lower-case names after a lower-case title or family word.

    ``roles`` are the text's role words (``_names.role_words``), matched on the lowered
    text; only those typed in lower case count here.
    """
    names = gazetteer()
    text = scan.text
    if any(key in text for key in _TITLE_KEYS):
        for m in _LOWER_TITLE.finditer(text):
            if starts_word(text, m.start()) and _is_lower_name(m["name"], names, family=True):
                reason = Message("identifiers.reason.name_after", word=m["title"])
                key = f"{m['title'].capitalize()} {m['name']}"
                role = Role.WORKER if m["title"] == "dr" else Role.ADULT
                yield NameHit(m.start(), m.end(), key, role, 1, reason)
    near_verbs = windows(text, keyword_spans(scan.lowered, _MEETING_KEYS), 0, 40)
    for m in find_in(_AFTER_MEETING, scan.lowered, near_verbs):
        name = text[m.start("name") : m.end("name")]
        if name.islower() and _is_lower_name(name, names, family=False):
            reason = Message("identifiers.reason.name_after", word=m["verb"])
            yield NameHit(m.start("name"), m.end("name"), name, Role.PERSON, 0, reason)
    for role_match in roles:
        word = role_match.group().replace("-", " ").replace("’", "'")
        family_role = SINGLE_ROLES.get(word)
        if family_role in (None, Role.WORKER) or not text[role_match.start()].islower():
            continue
        after = _NAME_AFTER_ROLE.match(text, role_match.end())
        if family_role and after and _is_lower_name(after["name"], names, family=False):
            reason = Message("identifiers.reason.name_next_to", word=role_match.group())
            start, end = after.span("name")
            yield NameHit(start, end, after["name"], family_role, 3, reason)

"""Names typed in lower case, found only where the words before them make a name certain.

Notes written fast drop capitals: "spoke to mr patel", "her daughter lily-mae", "talked
with paige". A lower-case word is a name here only after a title ("mr", "mrs"), straight
after a family word ("her daughter") or after a verb of meeting or talking ("visited",
"talked with"), and only if the gazetteer knows it as a name that is no English word at
all, so "her son will", "mr said" and "with max effort" stay alone.

Notes typed all in lower case name people with nothing before them too ("zainab seemed
brighter", "what lily-mae said", "close for jaylen,", "brandon mccann 07700 ..."): a word
the gazetteer knows as a given name that is no English word, in English text, is a name
when the words around it make a person, or a family name follows it. A family the
gazetteer knows, no English word, is one before a household word ("the mcdonagh boys").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from journal_app.core.messages import Message

from ._gazetteer import Gazetteer, gazetteer
from ._name_after import (
    DETAIL_AFTER,
    HUMAN_ACT_AFTER,
    HUMAN_ACTS,
    NOT_THERE,
    PERSONAL_NOUN,
    STATE_AFTER,
    SUBJECT_VERB,
    WHO_AFTER,
    person_verb_after,
    pronoun_in_clause,
)
from ._name_before import MEETS, PREV_WORD, TAKES_A_PERSON
from ._scan import Scan, find_in, keyword_spans, starts_word, windows
from ._types import NameHit, Role
from ._welsh import is_welsh
from ._words import PERSON_VERBS, PLURAL_ROLES, SINGLE_ROLES, STOP_WORDS, words

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


# A lower-case word, never part of an address, a handle or a file name ("kasia.w@",
# "@maja", "jaylen.docx")
_LOWER_WORD = re.compile(
    r"(?<![\w'’\-@./#])[a-z\u00df-\u024f]+(?:['’\-][a-z\u00df-\u024f]+)*(?![\w'’\-@]|\.[a-z])"
)
_NEXT_LOWER = re.compile(rf"[ ]+({_NAME})(?![\w'’\-@]|\.[a-z])")
# "the mcdonagh boys", "the o'driscoll family"
# the "t" first, then the look-behind, so re skips from "t" to "t" over the whole text
_LOWER_FAMILY = re.compile(
    rf"t(?<![\w]t)he[ ]+(?P<name>{_NAME})[ ]+(?P<group>family|household|children|siblings|"
    r"twins|boys|girls|brothers|sisters|kids)(?![\w'’\-])"
)
_PLAIN_WORD = re.compile(r"[a-z\u00df-\u024f]{3,}(?:-[a-z\u00df-\u024f]+)*")
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|her|his|their|my|our|your|its)[ ]+$")
_BARE_REASON = Message("identifiers.reason.bare_name")


def _is_lower_name(word: str, names: Gazetteer, *, family: bool, title: str = "") -> bool:
    if word in STOP_WORDS or word in PLURAL_ROLES:
        return False
    if title == "miss" and names.is_english_word(word):
        return False  # "will miss more school": "miss" is the verb there
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
            if starts_word(text, m.start()) and _is_lower_name(
                m["name"], names, family=True, title=m["title"]
            ):
                reason = Message("identifiers.reason.name_after", word=m["title"])
                key = f"{m['title'].capitalize()} {m['name']}"
                role = Role.WORKER if m["title"] == "dr" else Role.ADULT
                yield NameHit(m.start(), m.end(), key, role, 1, reason)
    near_verbs = windows(text, keyword_spans(scan, _MEETING_KEYS), 0, 40)
    for m in find_in(_AFTER_MEETING, scan.lowered, near_verbs):
        name = text[m.start("name") : m.end("name")]
        if name.islower() and (
            _is_lower_name(name, names, family=False) or _spoken_to(text, m, names)
        ):
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
    if not is_welsh(scan.lowered):
        yield from _lower_bare_names(text, names)


# "tobi (7)": an age in brackets; "hiya its nicole", "its me shan": someone saying who
# they are at the start of a message
_AGE_IN_BRACKETS = re.compile(r"[ ]*\([ ]*\d{1,2}[ ]*\)")
_INTRODUCED = re.compile(r"(?<![\w])(?:it['’]?s(?:[ ]+me)?|this[ ]+is)[ ,]+$", re.IGNORECASE)
# after the name spoken to: where or when ("spoke to joy at the home", "on the phone")
_PLACE_OR_TIME_AFTER = re.compile(r"[ ]*(?:,|[ ](?:at|on|in|about|after|before|today|earlier)\b)")


def _spoken_to(text: str, meeting: re.Match[str], names: Gazetteer) -> bool:
    """Whether a lower-case given name that is also a word ("joy", "grace") is the person
    spoken to: after "spoke to" or "talked with", followed by where or when, and "she" or
    "he" later in the clause ("spoke to grace on the phone, she says")."""
    name = meeting.group("name")
    return (
        " " in meeting.group("verb")
        and names.is_given_word(name)
        and name not in STOP_WORDS
        and _PLACE_OR_TIME_AFTER.match(text, meeting.end("name")) is not None
        and pronoun_in_clause(text, meeting.end("name"))
    )


def _person_around(text: str, start: int, end: int) -> bool:
    """Whether the words around a lower-case given name make it a person: a verb only a
    person does, a state in notes, an absence, an age, "who", something only a person has
    after it ("kerry-ann) walked", the closing bracket passed over); a verb of meeting or a
    word that takes a person before it."""
    if (
        person_verb_after(text, end)
        or SUBJECT_VERB.match(text, end)
        or STATE_AFTER.match(text, end)
        or NOT_THERE.match(text, end)
        or DETAIL_AFTER.match(text, end)
        or WHO_AFTER.match(text, end)
        or PERSONAL_NOUN.match(text, end)
    ):
        return True
    act = HUMAN_ACT_AFTER.match(text, end)
    if act and (act.group(1) in HUMAN_ACTS or act.group(1) in PERSON_VERBS):
        return True
    if MEETS.search(text, max(0, start - 24), start):
        return True
    if _AGE_IN_BRACKETS.match(text, end) or _INTRODUCED.search(text, max(0, start - 12), start):
        return True  # "tobi (7) asks", "hiya its nicole", "its me shan"
    before = PREV_WORD.search(text, max(0, start - 20), start)
    return bool(before and before.group(1).casefold() in TAKES_A_PERSON)


def _lower_bare_names(text: str, names: Gazetteer) -> Iterator[NameHit]:
    """Given names typed in lower case with no title or family word before them."""
    if "the " in text:
        for m in _LOWER_FAMILY.finditer(text):
            name = m.group("name")
            if _is_lower_family(name, names) and not names.is_given(name):
                reason = Message("identifiers.reason.family_before", word=m.group("group"))
                yield NameHit(m.start("name"), m.end("name"), name, Role.FAMILY, 2, reason)
    # the few words the gazetteer knows, found with one cheap pass, before any pattern runs
    known = {w for w in set(_PLAIN_WORD.findall(text)) if w in names.given or "-" in w}
    if not known:
        return
    found: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []
    for m in find_in(_LOWER_WORD, text, _spans_of(text, known)):
        word = m.group()
        if len(word) < 3 or (word not in names.given and "-" not in word):
            continue
        start, end = m.span()
        if not _is_lower_name(word, names, family=False) or (
            _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
            and not _INTRODUCED.search(text, max(0, start - 12), start)
        ):
            continue  # "her nino is", "the kai": a name takes no determiner ("its" is "it's")
        surname = _NEXT_LOWER.match(text, end)
        if surname and _is_lower_family(surname.group(1), names):
            end = surname.end(1)  # "brandon mccann"
        elif not _person_around(text, start, end + text.startswith(")", end)):
            waiting.append((start, end))
            continue
        found.append((start, end))
        key = text[start:end].replace("’", "'")
        yield NameHit(start, end, key, Role.PERSON, 0, _BARE_REASON)
    # a name joined to one found by "and", "&" or a comma is a name too: "harjit and
    # simran (twins)", where only the second has a person's words around it
    for start, end in waiting:
        if any(
            _JOINED.fullmatch(text, end, s) or _JOINED.fullmatch(text, e, start) for s, e in found
        ):
            key = text[start:end].replace("’", "'")
            yield NameHit(start, end, key, Role.PERSON, 0, _BARE_REASON)


_JOINED = re.compile(r"[ ]*(?:,|&|[ ]and)[ ]+|[ ]*,[ ]*")


def _spans_of(text: str, known: set[str]) -> list[tuple[int, int]]:
    """Where the words in ``known`` stand in ``text``, with a character before and two
    after for the pattern's look-arounds; overlapping windows merged, so nothing is found
    twice."""
    spans = []
    for word in known:
        at = text.find(word)
        while at != -1:
            spans.append((max(0, at - 1), at + len(word) + 2))
            at = text.find(word, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _is_lower_family(word: str, names: Gazetteer) -> bool:
    """A family name that is no English word nor a short one ("mccann", "o'driscoll")."""
    return (
        len(word) > 3
        and word not in STOP_WORDS
        and names.is_family(word)
        and not names.is_english_word(word)
    )

"""Names with no family or role word beside them: "Ffion told me", "Visited Jayden Smith".

Capitalised words are checked against the names gazetteer. A run of capitals that starts
with a given name is a person unless it reads as an organisation, a place or a cited
writer ("Grace Owen Centre", "St Helen's", "Donald Schön"). Given names that are also
ordinary words ("Will", "Grace", "Hope") and months ("April") need more: a verb that only
a person does next to them ("Will told me"), a family name after them ("Grace Evans"), or
a place mid-sentence where English does not capitalise a common word ("I asked Grace").

This module makes the decision; the signals it weighs live beside it: the words before a
name (_name_before) and after it (_name_after), what a single word is (_name_shape),
lists and pairs (_name_lists), runs that are no person (_not_persons), and nicknames,
greetings and labelled lines (_nicknames).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._gazetteer import Gazetteer, gazetteer, places
from ._name_after import (
    DETAIL_AFTER,
    HUMAN_ACT_AFTER,
    HUMAN_ACTS,
    NEXT_WORD,
    NOT_THERE,
    PERSONAL_NOUN,
    SPEECH_VERBS,
    STATE_AFTER,
    STATE_VERBS,
    SUBJECT_VERB,
    WHERE_AFTER,
    WHO_AFTER,
    and_role,
    person_verb_after,
    pronoun_in_clause,
    role_from_context,
    subject_of_a_person,
)
from ._name_before import (
    AFTER_A_PLACE_WORD,
    BEFORE_A_TIME,
    CLAUSE_BEFORE,
    DATE_WORDS,
    LEADING_VERBS,
    MEETS,
    NOT_BEFORE_A_PERSON,
    PLACE_PREPOSITIONS,
    PREV_WORD,
    SAINT_BEFORE,
    TAKES_A_PERSON,
    sentence_start,
)
from ._name_lists import LIST_AFTER, LIST_BEFORE, beside_a_name, pair_subject
from ._name_shape import (
    CAPITAL_INSIDE,
    NOT_PERSONS,
    english_stem,
    is_given_name,
    is_known_name,
    is_month,
    looks_like_typo,
    odd_capitals,
    unknown_name,
)
from ._nicknames import (
    ALIAS_BEFORE,
    BARE_NAME_REASON,
    NICK_PREFIXES,
    alias_names,
    bracketed_alias_names,
    is_addressed,
    is_nickname,
    labelled_names,
)
from ._not_persons import (
    BRAND_KEYS,
    CITATION_AFTER,
    EVE_OF,
    PLACE_AFTER,
    THING_AFTER,
    TWO_NAME_BRANDS,
    WORK_OF,
    in_a_place,
    is_employer,
    is_firm,
    is_team,
    owns_a_place,
    place_signal,
)
from ._scan import TOKEN, Scan, keyword_spans, starts_word
from ._things import is_a_thing, is_cited, is_public_figure, media_spans
from ._types import NameHit, Role
from ._welsh import is_welsh, welsh_opener
from ._words import (
    INSTITUTION_WORDS,
    MONTHS,
    PERSON_VERBS,
    PLACE_FULL_NAMES,
    PUBLIC_FULL_NAMES,
    PUBLIC_SURNAMES,
    SAINT_LIKE,
    SEASONS,
    SINGLE_ROLES,
    STOP_WORDS,
    VIRTUE_NAMES,
    WORLD_PLACES,
    words,
)

_PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|del|della|dos|das|ap|ab|bin|ibn|al|el)"
_RUN = re.compile(rf"{TOKEN}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{TOKEN})*")
_WORD = re.compile(r"[^ ]+")
# Labels of a child or young person in notes, never part of the name after them ("YP
# Tobi Adebayo", "UASC Dawit", "CLA Jayden")
_PERSON_LABELS = frozenset(words("YP YPs CYP UASC UASCs LAC CLA CiC CYPs"))
# Capitalised words that are never a name on their own, even before "said" ("Mum said").
_NEVER_ALONE = STOP_WORDS - MONTHS - SEASONS
# Public figures' and places' names of more than one word, looked up by their words
_FULL_NAMES = PUBLIC_FULL_NAMES | PLACE_FULL_NAMES
_FULL_NAME_WORDS = max(len(full.split()) for full in _FULL_NAMES)


def _trim(
    text: str, start: int, end: int, *, welsh: bool = False
) -> tuple[list[re.Match[str]], bool]:
    """The words of a run of capitals that can be a name, and whether the run is no
    name at all: a place, an organisation, a cited writer or a title-case phrase whose
    first word is also an ordinary word ("Liberty Protection Safeguards")."""
    found = list(_WORD.finditer(text, start, end))
    folded = [w.group().casefold() for w in found]
    if any(
        (f in INSTITUTION_WORDS or f in PUBLIC_SURNAMES)
        and not _surname_after_given(text, found, folded, i)
        for i, f in enumerate(folded)
    ):
        return [], True
    if len(found) > 1 and any(
        " ".join(folded[i : i + n]) in _FULL_NAMES
        for n in range(2, min(len(folded), _FULL_NAME_WORDS) + 1)
        for i in range(len(folded) - n + 1)
    ):
        return [], True
    # leading sentence-openers and labels: "Visited Jayden Smith", "Today Ffion"
    i = 0
    while i < len(found) and (
        found[i].group() in _PERSON_LABELS
        or _opener(found[i].group(), folded[i])
        or welsh_opener(folded[i], welsh=welsh)
        or welsh_opener(folded[i] + text[found[i].end() : found[i].end() + 2], welsh=False)
    ):
        if folded[i] in SAINT_LIKE:
            return [], True  # "St Helen", "Lord Laming"
        i += 1
    kept: list[re.Match[str]] = []
    for word, fold in zip(found[i:], folded[i:], strict=True):
        if (
            fold in STOP_WORDS
            and kept
            and not (
                fold in _SURNAME_INSTITUTIONS
                and _surname_after_given(text, found, folded, found.index(word))
            )
        ) or fold in NOT_PERSONS:
            break
        if kept and len(fold) > 1 and word.group().isupper():
            break  # "Reece DOB 09/11/2008": an acronym after a name is a label
        kept.append(word)
    cut = len(kept) < len(found) - i
    return kept, cut and len(kept) == 1 and not gazetteer().is_given(kept[0].group())


# Words of an institution's name that are also common family names: after a given name
# they are a surname ("Patrick Ward"); a hospital ward has a number ("Ward 5") or a
# preposition before it ("on Victoria Ward")
_SURNAME_INSTITUTIONS = frozenset(words("ward"))
_ON_A_WARD = re.compile(r"(?i:on|to|onto|in|at|from|the)[ ]+$")


def _surname_after_given(text: str, found: list[re.Match[str]], folded: list[str], i: int) -> bool:
    """Whether the institution word or the cited writer's surname ``found[i]`` is the
    family name of the given name before it ("Patrick Ward", "Hope Mwangi"), not a
    hospital ward or a writer ("Logan Mwangi" is kept out by the public full names)."""
    if i == 0 or i != len(found) - 1 or not gazetteer().is_family(found[i].group()):
        return False
    if folded[i] in INSTITUTION_WORDS and folded[i] not in _SURNAME_INSTITUTIONS:
        return False
    given = found[i - 1].group()
    names = gazetteer()
    if not (names.is_given(given) or (names.is_given_word(given) and i == 1)):
        return False
    if folded[i] in INSTITUTION_WORDS and (
        names.is_given_word(given)
        or _ON_A_WARD.search(text, max(0, found[0].start() - 8), found[0].start())
        or re.match(r"[ ]+(?:\d|[A-Z](?![\w]))", text[found[i].end() :])
    ):
        return False
    return f"{folded[i - 1]} {folded[i]}" not in PUBLIC_FULL_NAMES


def _opener(word: str, folded: str) -> bool:
    """Whether a word opening a run of capitals is a sentence opener, not a name."""
    if is_month(folded) or folded in SEASONS:
        return False  # "Summer turned 18": judged as a name that is also a word
    if folded in STOP_WORDS or folded in LEADING_VERBS or folded in NICK_PREFIXES:
        return True
    names = gazetteer()
    if names.is_given(word) or names.is_given_word(word) or names.is_family(word):
        return False
    # "Seeing Lowri", "Taught Temitope": an English verb opening the run, never "Xiaoling"
    return (folded.endswith("ing") and english_stem(folded, names)) or (
        len(folded) > 3 and names.is_english_word(folded)
    )


def _unknown_in_context(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word the gazetteer does not know is a person here: someone
    met, told or asked ("I met Tahmina"), beside a known given name in a list ("Rojda
    and Hevin"), described by "who" ("Ifeoluwa, who is nine"), or owning something only
    a person has ("Shadrach's voice")."""
    # the context first: it looks a few characters either side, where the checks of the
    # word itself read the whole text
    return _person_context(text, word, names) and unknown_name(text, word)


def _person_context(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    start, end = word.span()
    if MEETS.search(text, max(0, start - 24), start):
        return True
    if AFTER_A_PLACE_WORD.search(text, max(0, start - 12), start):
        return False  # "the trip to Longleat was cancelled", "in Splott is where"
    if WHO_AFTER.match(text, end) or PERSONAL_NOUN.match(text, end):
        return True
    if SUBJECT_VERB.match(text, end) or person_verb_after(text, end):
        return True
    act = HUMAN_ACT_AFTER.match(text, end)
    if act and (act.group(1) in HUMAN_ACTS or act.group(1) in PERSON_VERBS):
        return True  # "Kidist ate", "Lemlem often looks after her sisters"
    if DETAIL_AFTER.match(text, end) or NOT_THERE.match(text, end):
        return True  # "Kaden (dob 01.02.2020)", "Lachlan - 9 -", "Tyreese not home"
    if (STATE_AFTER.match(text, end) or WHERE_AFTER.match(text, end)) and sentence_start(
        text, start
    ):
        return True  # "Kaydee upset after contact": a notes-style line about someone
    if STATE_AFTER.match(text, end) and CLAUSE_BEFORE.search(text, max(0, start - 3), start):
        return True  # "Rhiannon settled, Jax unsettled": notes run on after a comma
    if is_addressed(text, start, end):
        return True  # "Hi Kayleigh,", "Thanks, Mo": a message's greeting or sign-off
    if and_role(text, end) not in (None, Role.WORKER):
        return True  # "Dewi and his grandparents"
    after = LIST_AFTER.match(text, end)
    if after and is_given_name(after.group(1), names):
        return True
    before = LIST_BEFORE.search(text, max(0, start - 40), start)
    if before and is_given_name(before.group(1), names):
        return True
    return pair_subject(text, word, names)


def _unknown_mid_sentence(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word no list knows, in the middle of a sentence, is a name:
    English capitalises little there but names, places and organisations, so a word that
    is no English word, after a word that takes a person ("Checked on Eilidh", "Taught
    Temitope") rather than a place or a thing ("in Splott", "from Gisda", "her Nintendo"),
    and with no organisation's word after it ("Gisda worker"), is a person."""
    start, end = word.span()
    if sentence_start(text, start):
        return False
    before = PREV_WORD.search(text, max(0, start - 24), start)
    if before is None:
        return False
    if before.start() and text[before.start() - 1] in "'’":
        return False  # "Dechrau'n Deg": the word before is a Welsh word's ending
    prev = before.group(1).casefold().rstrip(".")
    if prev in NOT_BEFORE_A_PERSON or (
        prev in PLACE_PREPOSITIONS and not MEETS.search(text, max(0, start - 24), start)
    ):
        return False
    if prev in ("and", "or", "nor", "&"):
        return False  # lists: "Rojda and Hevin" is judged by its known name, elsewhere
    if not before.group(1)[0].islower() and not (
        prev in TAKES_A_PERSON
        or (sentence_start(text, before.start()) and gazetteer().is_english_word(prev))
    ):
        return False  # "Team Gisda", "Mosaic Tyreece"; but "Taught Temitope"
    nxt = NEXT_WORD.match(text, end)
    if nxt and (nxt.group(1).casefold() in THING_AFTER or nxt.group(1)[0].isupper()):
        return False
    if WORK_OF.match(text, end):
        return False  # "Crenshaw's ideas", "Ferguson's work": a writer cited
    folded = word.group().casefold()
    if not word.group()[1:].islower() and not CAPITAL_INSIDE.match(word.group()):
        return False  # "DoLS", "iPad", "PowerPoint": no name has a capital inside
    return (
        len(folded) > 2
        and not names.is_given_word(word.group())
        and not looks_like_typo(folded, names)
        and unknown_name(text, word)
    )


# A feeling only a person has, after "was" or "seemed": it makes a name that is also a
# word or a month the person ("Summer was upset"), where "Summer was quiet" stays a season
_FEELS_AFTER = re.compile(
    r"[ ]+(?:was|is|seemed|seems|felt|feels|looked|looks|became|got)[ ]+"
    r"(?:(?:very|really|so|quite|a[ ]bit|visibly|clearly|still)[ ]+)?"
    r"(?:upset|tearful|withdrawn|anxious|angry|distressed|scared|frightened|crying|sobbing|"
    r"clingy|dysregulated|aggressive|nervous|worried|embarrassed|ashamed|furious|"
    r"devastated|heartbroken|homesick|lonely)(?![\w'’\-])"
)
# A day's number before a month: "14 October", "3rd May", "14th of June"
_DAY_BEFORE = re.compile(r"(?<![\d])\d{1,2}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+$")
# Before a month these make it a time even with a verb after it ("the relapse in October
# worries me"); "since", "from" and "of" also come before a person ("Since April said")
_ALWAYS_A_TIME = frozenset(words("in until till during last next early late mid this every"))


def _a_time(text: str, start: int, end: int) -> bool:
    """Whether a month or a season is a time here, not a person."""
    if _DAY_BEFORE.search(text, max(0, start - 12), start):
        return True
    before = PREV_WORD.search(text, max(0, start - 20), start)
    if before is None:
        return False
    prev = before.group(1).casefold()
    return prev in _ALWAYS_A_TIME or (prev in BEFORE_A_TIME and not person_verb_after(text, end))


def _single_is_name(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether one capitalised word on its own is a person's name here."""
    folded = word.group().casefold()
    nxt = NEXT_WORD.match(text, word.end())
    if nxt and nxt.group(1) in ("basket", "baskets"):
        return False  # "a Moses basket"
    if PLACE_AFTER.match(text, word.end()):
        return False  # "Jordan was where the family lived"
    if is_team(text, word, nxt):
        return False  # "a Chelsea shirt", "he supports Chelsea and wants the kit"
    if folded == "eve" and EVE_OF.search(text, max(0, word.start() - 12), word.start()):
        return False  # "New Year's Eve", "Christmas Eve"
    if is_month(folded) and _a_time(text, word.start(), word.end()):
        return False  # "in August (born 9/8/2020)", "14 October went well" are times
    family_after = and_role(text, word.end()) not in (None, Role.WORKER)
    detail_after = DETAIL_AFTER.match(text, word.end()) is not None
    away = NOT_THERE.match(text, word.end()) is not None
    if person_verb_after(text, word.end()) or family_after or detail_after or away:
        return (
            is_given_name(word.group(), names)
            or names.is_given_word(word.group())
            or (is_month(folded))
            or (bool(nxt and nxt.group(1) in SPEECH_VERBS) and unknown_name(text, word))
            or _unknown_in_context(text, word, names)
        )
    if (names.is_given_word(word.group()) or is_month(folded)) and _FEELS_AFTER.match(
        text, word.end()
    ):
        return True  # "Summer was upset", "Hope seemed frightened": only a person feels so
    if names.is_given_word(word.group()) and _a_persons_clause(text, folded, word.span()):
        return True  # "Summer turned 18", "Will has started", "Faith hasn't seen her mum"
    if _the_place(text, word, names):
        return False  # "moved to Stanley", "Kendal Council", "Penrith and Kendal"
    if names.is_given_word(word.group()) and folded not in MONTHS and _a_subject(text, word):
        return True  # "Will has started at his new school", "Grace should move to"
    if folded in STOP_WORDS:
        return ALIAS_BEFORE.search(text, max(0, word.start() - 30), word.start()) is not None
    if is_given_name(word.group(), names):
        return True
    if is_nickname(text, word, names):
        return True
    if (
        names.is_given_word(word.group())
        and not is_month(folded)
        and (
            MEETS.search(text, max(0, word.start() - 24), word.start())
            or is_addressed(text, word.start(), word.end())
            or PERSONAL_NOUN.match(text, word.end())
        )
    ):
        return True  # "Message from Grace", "Drove Mason to school", "Thanks Precious"
    if (
        names.is_given_word(word.group())
        and not is_month(folded)
        and beside_a_name(text, word, names)
    ):
        return True  # "Ruby and Poppy share a room", "Dani & Precious argued"
    if not names.is_given_word(word.group()) and _unknown_in_context(text, word, names):
        return True
    if _unknown_mid_sentence(text, word, names):
        return True
    if nxt and nxt.group(1) in STATE_VERBS and names.is_given_word(word.group()):
        return folded not in VIRTUE_NAMES  # "Jack was excited", not "Hope was thin"
    if not names.is_given_word(word.group()) or sentence_start(text, word.start()):
        return False
    # "I asked Grace", "visited Will", "with Hope and": a word that takes a person just
    # before; never "rated Amber", "on Ward 5", "see Page 4"
    before = PREV_WORD.search(text, max(0, word.start() - 20), word.start())
    after = text[word.end() : word.end() + 2].strip()
    if after[:1].isdigit() or before is None:
        return False
    prev = before.group(1).casefold()
    # "Gave Precious the bus pass", "ring Rose back", "Let Elis know": a verb opening a
    # note, which takes a person after it
    return prev in TAKES_A_PERSON or (
        prev in LEADING_VERBS and sentence_start(text, before.start()) and folded not in SEASONS
    )


_POSSESSIVE = re.compile(r"['’]s[ ]+[a-z]")
# Before these a name that is also a word is the word ("the Grace period", "in Summer")
# ("that" is a conjunction before a subject: "concerned that Faith hasn't seen her")
_NOT_BEFORE_A_SUBJECT = (
    (NOT_BEFORE_A_PERSON - {"that"}) | BEFORE_A_TIME | frozenset(words("for with"))
)


def _a_subject(text: str, word: re.Match[str]) -> bool:
    """Whether a name that is also a word ("Will", "Faith", "Summer") is the subject of
    what a person does, or owns something and is "he" or "she" after it ("Amber's contact
    with her dad")."""
    before = PREV_WORD.search(text, max(0, word.start() - 20), word.start())
    if before and before.group(1).casefold().rstrip(".") in _NOT_BEFORE_A_SUBJECT:
        return False
    if _POSSESSIVE.match(text, word.end()):
        return pronoun_in_clause(text, word.end())
    # a season does what a person does only with a verb no season does ("Summer started")
    return subject_of_a_person(text, word.end(), loose=word.group().casefold() not in SEASONS)


# "Summer turned 18", "Hope turns 16 in May": only a person turns an age
_TURNS_AN_AGE = re.compile(r"[ ]+(?:turned|turns|turning)[ ]+\d{1,2}(?![\d:/.,]\d)(?![\w%])")
# The modal "will" is never followed by a finite verb, so "Will has", "Will's", "Will
# said" are the person ("Will is a word" may be the word)
_AFTER_WILL = re.compile(
    r"(?:[ ]+(?:has|had|does|did|says|said|keeps|kept|seems|seemed)(?:n['’]t)?"
    r"|['’]s)(?![\w])"
)
# A verb and then "her" or "his" before a family or role word: "Faith hasn't seen her
# social worker", "Liberty didn't want her stepdad there"; "Hope for her mum" has no verb
_VERB_THEN_RELATIVE = re.compile(
    r"[ ]+(?:(?:still|really|just|never|now|always|also|only)[ ]+)?"
    r"(?:(?:has|had|does|did|is|was|would|could|wo|ca)n['’]t[ ]+[a-z]+|"
    r"(?:wants|wanted|misses|missed|saw|sees|told|tells|asked|asks|loves|loved|hates|hated|"
    r"blames|blamed|rang|phoned|texted|visited|visits|hugged|hugs|trusts|trusted|"
    r"keeps[ ]+asking[ ]+(?:for|about)|asked[ ]+for|asks[ ]+for|"
    r"lives[ ]+with|lived[ ]+with|stayed[ ]+with|stays[ ]+with)"
    r")[ ]+(?:(?:to|to[ ]+see|about|for|with)[ ]+)?(?:her|his)[ ]+(?:own[ ]+)?([a-z\-]+)"
)


_OWNED_BEFORE = re.compile(r"(?<![\w])(?i:the|a|his|her|their|my|our|its|['’]s)[ ]+$")


def _a_persons_clause(text: str, folded: str, span: tuple[int, int]) -> bool:
    """Whether a name that is also a word starts a clause only a person can: turning an
    age, "Will" before a finite verb, or a verb before "her mum", "his social worker"."""
    start, end = span
    if _OWNED_BEFORE.search(text, max(0, start - 8), start):
        return False  # "The Will has been signed", "Mum's Hope had her ..."
    if _TURNS_AN_AGE.match(text, end):
        return True
    if is_month(folded):
        return False  # "August saw her mum move out": a time
    if folded == "will" and _AFTER_WILL.match(text, end):
        return True
    m = _VERB_THEN_RELATIVE.match(text, end)
    if m is None:
        return False
    noun = m.group(1)
    return noun in SINGLE_ROLES or (noun == "social" and text.startswith(" worker", m.end(1)))


def _the_place(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a place that is also a name ("Preston", "Ashley", "Kendal") is the place
    here: the words around say so, and it owns nothing ("in Ashley's room" is a person)."""
    return (
        (places().is_place(word.group()) or word.group().casefold() in WORLD_PLACES)
        and text[word.end() : word.end() + 2] not in ("'s", "’s")
        and place_signal(text, word.start(), word.end(), names)
    )


def _surname_first(text: str, kept: list[re.Match[str]], names: Gazetteer) -> bool:
    """Whether a run opens with a family name in capitals and then a given name, as the
    Home Office and many case systems write a person ("AHMADI Sohrab", "NOWAK Kinga"): the
    capitals are a known family name, or a word no acronym is (two vowels, five letters)
    before a known given name."""
    surname, given = kept[0].group(), kept[1].group()
    if not surname.isupper() or len(surname) < 3 or not given[1:].islower():
        return False
    folded = surname.casefold()
    if folded in STOP_WORDS or names.is_english_word(folded) or names.is_given_word(surname):
        return False
    if names.is_family(surname):
        return is_given_name(given, names) or unknown_name(text, kept[1])
    vowels = sum(ch in "AEIOU" for ch in surname)
    return (
        len(surname) >= 5
        and vowels >= 2
        and is_given_name(given, names)
        and not names.is_given_word(given)
    )


def is_ambiguous(word: str) -> bool:
    """Whether a name is also an ordinary word or a month ("Will", "Hope", "April")."""
    folded = word.casefold()
    return is_month(folded) or folded in VIRTUE_NAMES or gazetteer().is_given_word(word)


def repeat_is_person(text: str, start: int, end: int) -> bool:
    """Whether a later "Will", "Hope" or "April" is the person already found, judged by
    the words around it: "Will said", "Hope's", "asked Hope" are; "Will the plan hold?"
    and "in April" are not."""
    if person_verb_after(text, end) or text[end : end + 2] in ("'s", "’s"):
        return True
    folded = text[start:end].casefold()
    if not is_month(folded):
        nxt = NEXT_WORD.match(text, end)
        if nxt and nxt.group(1) in STATE_VERBS and folded not in VIRTUE_NAMES:
            return True
    before = PREV_WORD.search(text, max(0, start - 20), start)
    if before is None or sentence_start(text, start):
        return False
    takes = TAKES_A_PERSON - DATE_WORDS if is_month(folded) else TAKES_A_PERSON
    return before.group(1).casefold() in takes


_SURNAME_INITIAL = re.compile(r"[B-HJ-Z]")

# "at Carnon Downs", "in Praze Green": two words no list has as a given name, after "at",
# "in" or "near", are a place's
_AT_A_PLACE = re.compile(r"(?<![\w])(?i:at|in|near)[ ]+$")
_JOINED = re.compile(r"[ ]*(?:,|&|[ ]and)[ ]+|[ ]*,[ ]*")


def find_bare_names(scan: Scan) -> Iterator[NameHit]:
    """Given names, with any family name after them, wherever they stand."""
    text = scan.text
    yield from labelled_names(text, gazetteer())
    yield from alias_names(scan)
    yield from bracketed_alias_names(text)
    names = gazetteer()
    welsh = is_welsh(scan.lowered)
    brands = (
        [m.span() for m in TWO_NAME_BRANDS.finditer(scan.lowered)]
        if any(keyword_spans(scan, BRAND_KEYS))
        else []
    )
    media = media_spans(scan)
    found: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        word = run.group()
        if " " not in word and (len(word) < 2 or word.casefold() in _NEVER_ALONE):
            continue  # the common case, "The", "I", "We", decided without the rest
        if not starts_word(text, run.start()) or text[run.end() : run.end() + 1] in ("-", "@"):
            continue
        if SAINT_BEFORE.search(text, max(0, run.start() - 7), run.start()):
            continue  # "St. John's Road", "Saint Helen's"
        if brands and any(b[0] <= run.start() < b[1] for b in brands):
            continue  # "Frankie and Benny's", "Ben & Jerry's"
        if media and any(m[0] <= run.start() < m[1] for m in media):
            continue  # "Mr Men", "Hey Duggee", "Bob the Builder"
        kept, blocked = _trim(text, run.start(), run.end(), welsh=welsh)
        if blocked or not kept:
            continue
        first = kept[0]
        if len(kept) > 1 and _surname_first(text, kept, names):
            start, end = first.start(), kept[1].end()
            key = text[start:end].replace("’", "'")
            yield NameHit(start, end, key, *role_from_context(text, end), BARE_NAME_REASON)
            continue
        if len(first.group()) < 2 or first.group().isupper() or odd_capitals(first.group()):
            continue
        if len(kept) > 1:
            given = is_given_name(first.group(), names)
            is_given = given or names.is_given_word(first.group())
            rest_named = all(
                names.is_family(w.group()) or names.is_given(w.group()) for w in kept[1:]
            )
            # "Tayshawn Reid-Campbell": a first name the gazetteer lacks before a surname
            # it knows, neither of them an ordinary word
            unknown_first = (
                len(kept) == 2
                and rest_named
                and not names.is_given_word(kept[1].group())
                and not is_known_name(first.group(), names)
                and unknown_name(text, first)
                and not _AT_A_PLACE.search(text, max(0, first.start() - 8), first.start())
            )
            # "Ruby T", "Kai M.": a given name and the initial of a family name, as notes
            # keep a child's name short
            initial = (
                len(kept) == 2
                and is_given
                and _SURNAME_INITIAL.fullmatch(kept[1].group()) is not None
                and not is_month(first.group().casefold())
                and first.group().casefold() not in VIRTUE_NAMES  # "Amber B" is a rating
                and not text[kept[1].end() : kept[1].end() + 2].strip()[:1].isdigit()
            )
            if not (given or (is_given and rest_named) or unknown_first or initial):
                continue
        elif not _single_is_name(text, first, names):
            if names.is_given_word(first.group()) and not is_month(first.group().casefold()):
                waiting.append(first.span())
            continue
        start, end = first.start(), kept[-1].end()
        if CITATION_AFTER.match(text, end) or owns_a_place(text, kept[-1].group(), end):
            continue
        if any(in_a_place(text, w.start(), w.end(), names) for w in kept):
            continue  # "King's Lynn", "Newcastle Emlyn": a place's words, not a name
        if any(is_cited(text, w.start(), w.end()) for w in kept):
            continue  # "Ferguson on home visits", "using Kolb and Johns": a writer cited
        if len(kept) > 1 and is_public_figure(text, end):
            continue  # "Tom Gates books", "Taylor Swift concert" ("Jayden book bag")
        if len(kept) == 1 and is_firm(text, start, end, names):
            continue  # "Watkins & Gunn": a firm of two family names
        if text[end : end + 2] not in ("'s", "’s") and is_employer(text, start):
            continue  # "legal rep at Duncan Lewis", "works for Irwin Mitchell"
        if is_a_thing(text, start, first.end()) or (
            end > first.end() and is_a_thing(text, start, end)
        ):
            continue  # "an Elsa costume", "the Grace room", "Seren yr Wythnos"
        role, strength = role_from_context(text, end)
        key = text[start:end].replace("’", "'")
        found.append((start, end))
        yield NameHit(start, end, key, role, strength, BARE_NAME_REASON)
    # a name that is also a word, joined by "and", "&" or a comma to a name found: "Grace
    # and Hope are twins", "take Hunter and Mason"
    for start, end in waiting:
        if any(
            _JOINED.fullmatch(text, end, s) or _JOINED.fullmatch(text, e, start) for s, e in found
        ):
            key = text[start:end].replace("’", "'")
            yield NameHit(start, end, key, *role_from_context(text, end), BARE_NAME_REASON)

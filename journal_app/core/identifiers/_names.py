"""People's names, found only where the words around them say a person is meant.

A capitalised word on its own proves nothing in English prose, so every name here needs a
family or role word next to it ("his sister Ellie", "Tom's mum"), an age ("Amir, 7,"), a
title ("Mrs Patel"), or a household after it ("the Patel family", "the Okafor children").
Once found, the same name is then caught everywhere else in the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from journal_app.core.messages import Message

from ._bare_names import is_ambiguous, repeat_is_person
from ._gazetteer import Gazetteer, gazetteer, places
from ._name_shape import is_thing_word, odd_capitals
from ._not_persons import is_bare_place, is_firm, owns_a_place, place_signal
from ._scan import LETTER, TOKEN, UPPER, Scan, starts_word, trie_pattern
from ._types import NameHit, Role
from ._words import (
    CARER_ADJECTIVES,
    FAMILY_DESCRIBERS,
    INSTITUTION_WORDS,
    ORGANISATIONS,
    PERSON_NOUNS,
    PLACES,
    PLURAL_ROLES,
    PUBLIC_SURNAMES,
    ROLE_ADJECTIVES,
    SINGLE_ROLES,
    STAFF_OWNED_ROLES,
    STOP_WORDS,
    TOWNS,
    WELSH_COMMON_WORDS,
    words,
)

_NICK_PREFIXES = frozenset(words("Big Lil Little"))
_PARTICLES = frozenset(words("de da di du van von der den ap ab bin ibn dos das ferch"))
# Gaelic prefixes written apart: "Mr Ó Ceallaigh", "Ms Ní Bhriain", "Mr Mac Giolla"
_GAELIC = frozenset(words("Ó Ní Nic Ua Mac Mc"))
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_NAME = rf"(?<![\w'’\-]){TOKEN}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{TOKEN}){{0,2}}"
_TITLE_ROLES: dict[str, Role] = {
    **dict.fromkeys(words("Mrs Mr Ms Miss Mx"), Role.ADULT),
    **dict.fromkeys(words("Dr Prof PC DC DS Sgt Cllr Judge"), Role.WORKER),
}
_TITLE = "(?:" + "|".join(sorted(_TITLE_ROLES, key=len, reverse=True)) + r")\.?"
_NAME_T = rf"(?:{_TITLE}[ ]+)?{_NAME}"

_ROLE_WORDS = trie_pattern([*SINGLE_ROLES, *PLURAL_ROLES])
_ADJ = trie_pattern(ROLE_ADJECTIVES)
_ROLE_NG = rf"(?:(?:{_ADJ})[ \-]+){{0,3}}(?:{_ROLE_WORDS})(?![\w])"
# runs on the lowered text, so no IGNORECASE (which would make the trie slow)
_ROLE_SCAN = re.compile(rf"(?:{_ROLE_WORDS})(?![\w])")
# a role word after a character that is no letter or digit ([\W_] is what str.isalnum
# refuses): re skips from gap to gap, where a role word must start, rather than trying the
# role words inside every word; the gap is first any but an ASCII letter or digit (a quick
# test re skips with), then no letter or digit at all
_ROLE_AFTER_GAP = re.compile(rf"[^0-9A-Za-z](?<![^\W_])(?:{_ROLE_WORDS})(?![\w])")
_ADJ_TAIL = re.compile(rf"(?<![\w])(?:(?:{_ADJ})[ \-]+){{1,3}}$")
_DET = r"(?:my|his|her|their|the|a|an|our|your|its|whose)"
_OF_ROLE = rf"(?:{_DET}[ ]+)?(?:{_ROLE_NG}['’]s?[ ]+)?{_ROLE_NG}"
_AGE_UNIT = r"(?:years?|yrs?|y/?o|months?|mths?|weeks?|wks?)"
_AGE_NUM = rf"\d{{1,2}}(?![\d:/.,]\d)(?:[ ]*{_AGE_UNIT}(?:[ ]+old)?)?"
_END = r"(?=[ ]*(?:[,;.)!?\n]|$))"
# "Stability is the child's greatest need": the role word must not be someone else's
_NOT_POSS = r"(?!['’])"

_AFTER_ROLE = re.compile(
    rf"(?P<sep>[ ]*[,:(][ ]*|[ ]+[-–][ ]+|[ ]+(?i:called|named|known[ ]as)[ ]+"
    rf"|['’]s[ ]+name[ ]+(?:is|was)[ ]+|[ ]+)"
    rf"(?P<name>{_NAME_T})"
)
_LIST_NEXT = re.compile(rf"(?:[ ]*,[ ]*|,?[ ]+(?:and|&)[ ]+)(?P<name>{_NAME_T})")
_CLOSES = re.compile(r"[ ]*(?:[,;.)!?:\n]|$)")
_NAME_FIRST = re.compile(
    rf"(?P<name>{_NAME_T})(?:"
    rf"(?P<poss>['’]s?[ ]+(?i:{_ROLE_NG}))"
    rf"|(?P<app>(?i:[ ]*,[ ]*{_DET}[ ]+(?:{_ROLE_NG}['’]s?[ ]+)?{_ROLE_NG}{_NOT_POSS}"
    rf"|[ ]*,[ ]*{_ROLE_NG}{_END}"
    rf"|[ ]*\([ ]*{_OF_ROLE}[ ]*[),]"
    rf"|[ ]+[-–][ ]+{_OF_ROLE}"
    rf"|,?[ ]+(?:is|was|who[ ]is|who[ ]was)[ ]+{_DET}[ ]+(?:{_ROLE_NG}['’]s?[ ]+)?{_ROLE_NG}"
    rf"{_NOT_POSS}))"
    rf"|(?P<age>(?i:[ ]*,[ ]*(?:now[ ]+)?(?:aged?[ ]+)?{_AGE_NUM}{_END}"
    rf"|[ ]*\([ ]*(?:aged?[ ]+)?{_AGE_NUM}[ ]*[),;]"
    rf"|,?[ ]+aged?[ ]+{_AGE_NUM}"
    rf"|,?[ ]+(?:is|was|who[ ]is|who[ ]was|is[ ]now)[ ]+\d{{1,2}}"
    rf"(?:[ ]*(?:years?|yrs?|months?|weeks?)(?:[ ]+old)?|{_END}|(?=[ ]+(?:and|but|so)[ ]))))"
    ")"
)
_AGE_BEFORE = re.compile(
    rf"(?P<age>(?i:\d{{1,2}}[ \-](?:year|month|week)s?[ \-]old))"
    rf"(?:[ ]+(?i:{_ROLE_NG}))?[ ]*,?[ ]+(?P<name>{_NAME_T})"
)
# "the Patel family", "the Okafor children": a surname naming a household. "family" and
# "household" are taken into the span ("the Family A"); "the Family A children" reads well.
# The name may have a particle ("the De Souza family", "the van der Berg children", "the Ó
# Súilleabháin family") and may own something ("the Mahmoud family's flat").
_SURNAME_PARTICLE = (
    r"(?:[Dd][aeiu]|[Dd]os|[Dd]as|[Vv][ao]n|[Dd]e[rn]|[Ll][ae]|[Aa]l|[Ee]l|Ó|Ní|Nic|Mac)"
)
# never "the Thames family hub", "Cardiff Family Court": a family's service, not a family
_FAMILY_SERVICE = (
    r"(?![ ]+(?i:hub|hubs|centre|centres|center|court|courts|services|law|network|liaison)"
    r"(?![\w]))"
)
_FAMILY_GROUP = re.compile(
    rf"(?i:the)[ ]+(?P<name>(?:{_SURNAME_PARTICLE}[ ]+){{0,2}}{TOKEN})[ ]+"
    rf"(?P<group>(?i:(?P<whole>family{_FAMILY_SERVICE}|household)"
    r"|children|siblings|twins|boys|girls|brothers|sisters|kids))(?=['’]s(?![\w])|(?![\w'’]))"
)
# "the Joneses", "the Smiths": a family named by its surname in the plural
_FAMILY_PLURAL = re.compile(
    rf"(?i:the)[ ]+(?P<name>{TOKEN}e?s)(?:['’](?![\w]))?(?![\w'’\-]|[ ][{UPPER}])"
)
# "the Patel's new house": a family named by its surname, with the apostrophe people use
# "Kovács family moved", "visited Nowak household": a notes-style family without "the"
_FAMILY_NO_THE = re.compile(
    rf"(?P<name>{TOKEN})[ ]+(?P<group>family|household)(?![\w'’\-]){_FAMILY_SERVICE}"
)
# "the Jenkins case", "the Patel-Wright adoption", "Smith-Jones children:": a family
# named by the piece of casework about it (a double-barrelled surname needs no "the")
_CASEWORK = re.compile(
    r"[ ](?P<group>case|adoption|referral|proceedings|file|children|siblings|kids|twins)"
    r"(?![\w'’\-])"
)
_CASEWORK_NAME = re.compile(rf"(?:(?<![\w])(?P<the>(?i:the))[ ]+)?(?P<name>{TOKEN})$")
# court cases everyone cites, never a family on the worker's caseload
_CITED_CASES = frozenset(words("gillick fraser bulger"))
_THE_BEFORE = re.compile(r"(?i)(?:the|a|an)[ ]+$")
_PLURAL_VERB_AFTER = re.compile(
    r"[ ]+(?:have|had|are|were|moved|live|lived|came|left|refused|said|told|asked|"
    r"arrived|stayed|want|wanted|agreed|declined)(?![\w'’])"
)
_FAMILY_OWNS = re.compile(rf"(?i:the)[ ]+(?P<name>{TOKEN})['’]s[ ]+[a-z]")
# "Mrs P. Trevanion", "Mr J Okafor": an initial may stand between the title and the name
_TITLED = re.compile(rf"(?P<name>{_TITLE}[ ]+(?:[A-Z]\.?[ ]+(?=[{UPPER}]))?{_NAME})")
_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITAL_WORD = re.compile(rf"[{UPPER}]{LETTER}*")
_TITLE_WORDS = frozenset(title.casefold() for title in _TITLE_ROLES)
_WORD = re.compile(r"\S+")
_TAIL = re.compile(rf"[ ]({TOKEN})(?![\w])")
# Capitalised words that are names only outside these phrases ("a Moses basket").
_NEXT_TO = "identifiers.reason.name_next_to"
_AGE_AFTER_REASON = Message("identifiers.reason.name_then_age")
_AGE_BEFORE_REASON = Message("identifiers.reason.name_after_age")
_FAMILY_PLURAL_REASON = Message("identifiers.reason.family_plural")
_FAMILY_OWNS_REASON = Message("identifiers.reason.family_owning")
_NOT_NAMES_BEFORE = re.compile(r"[ ](?:basket|baskets)\b")


def is_name_word(word: str) -> bool:
    """Whether a capitalised word could be (part of) a person's name."""
    if len(word) < 2 or word.isupper():
        return False
    parts = re.split(r"[-'’]", word)
    return not any(p.casefold() in STOP_WORDS or p.casefold() in PLACES for p in parts if p)


def _clean(text: str, start: int, end: int, *, leading: bool) -> tuple[int, int, str] | None:
    """Trim a matched run of capitalised words to the part that can be a name.

    ``leading`` keeps the valid words at the start (the context came before the name);
    otherwise the valid words at the end are kept (the context came after it). Returns the
    span (including any title) and the name without its title.
    """
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    kept: list[tuple[int, int, str]] = []
    title = None
    for word in found if leading else reversed(found):
        if leading and not kept and title is None and word[2].rstrip(".") in _TITLE_ROLES:
            title = word
        elif (
            leading
            and not kept
            and title is not None
            and word is not found[-1]
            and _INITIAL.fullmatch(word[2])
        ):
            kept.append(word)  # "Mrs P. Trevanion": the initial after the title
        elif (
            (word[2] in _PARTICLES and kept)
            or is_name_word(word[2])
            or (leading and word[2] in _GAELIC and word is not found[-1])
        ):
            kept.append(word)
        else:
            # "On Monday Mrs Patel's son": the title just before the name still belongs
            if not leading and kept and word[2].rstrip(".") in _TITLE_ROLES:
                title = word
            break
    while kept and kept[-1][2] in _PARTICLES:
        kept.pop()
    kept.sort()
    if len(kept) > 1 and kept[0][2].rstrip("'’") in _NICK_PREFIXES:
        kept.pop(0)  # "Lil Kev (a cousin)": the nickname's "Lil" is no part of the name
    if not kept or _NOT_NAMES_BEFORE.match(text, kept[-1][1]):
        return None
    if all(_INITIAL.fullmatch(w[2]) for w in kept):
        return None  # "Mrs H. Then we ...": a title and an initial alone, as "Mrs A." is
    span_start = title[0] if title else kept[0][0]
    key = " ".join(w[2] for w in kept).replace("’", "'")
    if title and len(kept) == 1:
        key = f"{title[2].rstrip('.')} {key}"  # "Mr Patel" and "Mrs Patel" are two people
    return span_start, kept[-1][1], key


def _classify(scan: Scan, start: int, end: int) -> tuple[Role, str, str] | None:
    """The role of the role word at ``start:end``, its bare form and the phrase as written.

    Adjectives before it count: "foster mum" is a carer, "his older half-sister" a sibling.
    """
    word = re.sub(r"[ \-]+", " ", scan.lowered[start:end]).replace("’", "'")
    role = SINGLE_ROLES.get(word) or PLURAL_ROLES.get(word)
    if role is None:
        return None
    adjectives = _ADJ_TAIL.search(scan.lowered, max(0, start - 60), start)
    phrase_start = adjectives.start() if adjectives else start
    if adjectives and set(re.split(r"[ \-]+", adjectives.group())) & CARER_ADJECTIVES:
        role = Role.CARER if role is Role.PARENT else role
    return role, word, scan.text[phrase_start:end]


def _role_in(scan: Scan, offset: int, phrase: str, *, last: bool) -> tuple[Role, str, str] | None:
    """The first (or last) role word inside ``phrase``, which starts at ``offset``."""
    matches = [
        m
        for m in _ROLE_SCAN.finditer(scan.lowered, offset, offset + len(phrase))
        if starts_word(scan.lowered, m.start()) or scan.lowered[m.start() - 1] == "-"
    ]
    if not matches:
        return None
    match = matches[-1] if last else matches[0]
    return _classify(scan, match.start(), match.end())


def _possessor_role(role: Role, word: str) -> Role:
    """Who "X" is in "X's <word>": Tom's mum makes Tom a child, Sarah's son a parent."""
    if role is Role.CHILD:
        return Role.PARENT
    if role in (Role.ADULT, Role.PERSON):
        return role
    if role is Role.WORKER and word in STAFF_OWNED_ROLES:
        return Role.WORKER
    return Role.CHILD


def _age_role(age_text: str) -> Role:
    if re.search(r"(?i)month|mth|week|wk", age_text):
        return Role.CHILD
    number = re.search(r"\d+", age_text)
    return Role.CHILD if number is None or int(number.group()) < 18 else Role.ADULT


def _needs_known_name(text: str, role_start: int, role: Role, sep: str) -> bool:
    """Whether the word after a role word must be a known name to count as one.

    A label ("Mum: ...", "Dad - ...") is followed by a note, which starts with a capital
    anyway; a capitalised role word followed by more capitals is a title or an
    organisation ("Child Practice Review"). Only the gazetteer can tell a name there.
    Relatives are the exception: "Aunty Shazia", "Uncle Bez" are how families talk.
    """
    if ":" in sep or "-" in sep or "–" in sep:
        return True
    return text[role_start].isupper() and sep == " " and role is not Role.RELATIVE


def _english_after_title_case(text: str, role_start: int, after: re.Match[str]) -> bool:
    """Whether a capitalised role word is followed by an English word no list knows as a
    name ("Grandparents Plus", "Families First"): the two make a title, not a relative
    named ("Aunty Shazia", "Nan Rose")."""
    if not text[role_start].isupper() or after.group("sep") != " ":
        return False
    first = after.group("name").split()[0]
    if first.casefold() in INSTITUTION_WORDS:
        return True  # "Parent Carer Forum", "Foster Carer Network"
    names = gazetteer()
    return (
        names.is_english_word(first.casefold())
        and not names.is_given(first)
        and not names.is_given_word(first)
        and not names.is_family(first)
    )


# The word after a note's first word, when the note goes on as a sentence
_NOTE_GOES_ON = re.compile(
    r"[ ]+(?:with|to|about|but|at|for|from|of|on|by|after|again|today|now|as|so|because|"
    r"that|than|until|since|throughout|during)(?![\w'’])"
)


def _note_after_role(text: str, after: re.Match[str]) -> bool:
    """Whether the capitalised word after a role word opens a note about them, an English
    word no list has as a name, with the sentence going on ("foster carer Brilliant
    with her", "partner Known to police", "Step-dad Present but quiet")."""
    name = after.group("name")
    if " " in name or name[:1].islower():
        return False
    names = gazetteer()
    folded = name.casefold()
    return (
        names.is_english_word(folded)
        and not names.is_given(name)
        and not names.is_given_word(name)
        and not names.is_family(name)
        and _NOTE_GOES_ON.match(text, after.end("name")) is not None
    )


def _known_name(name: str) -> bool:
    """Whether the first word of ``name`` (after any title) is in the gazetteer."""
    parts = name.split()
    if parts and parts[0].rstrip(".") in _TITLE_ROLES:
        return True
    names = gazetteer()
    first = parts[0] if parts else ""
    return names.is_given(first) or names.is_given_word(first) or names.is_family(first)


def _names_after_roles(scan: Scan, roles: Sequence[re.Match[str]]) -> Iterator[NameHit]:
    """Names straight after a role word: "his sister Ellie", "the children, Amir and Zara,"."""
    text = scan.text
    for role_match in roles:
        after = _AFTER_ROLE.match(text, role_match.end())
        found = after and _classify(scan, role_match.start(), role_match.end())
        if not after or not found:
            continue
        role, word, phrase = found
        names = [after.span("name")]
        pos = after.end("name")
        while word in PLURAL_ROLES and (nxt := _LIST_NEXT.match(text, pos)):
            names.append(nxt.span("name"))
            pos = nxt.end()
        if "," in after.group("sep") and not _CLOSES.match(text, pos):
            continue  # "after seeing the child, Sarah went home": Sarah is not the child
        if _needs_known_name(text, role_match.start(), role, after.group("sep")) and not (
            _known_name(text[after.start("name") : after.end("name")])
        ):
            continue  # "Mum: Happy with the plan", "the Child Maintenance Service"
        if _english_after_title_case(text, role_match.start(), after):
            continue  # "Grandparents Plus", "Kinship Matters": an organisation's name
        if _note_after_role(text, after):
            continue  # "foster carer Brilliant with her", "Dad: Cross about the decision"
        for start, end in names:
            cleaned = _clean(text, start, end, leading=True)
            if cleaned is None:
                break
            if (
                _no_one(text, *cleaned)
                or (":" in after.group("sep") and _sentence_after_label(text, *cleaned))
                or owns_a_place(text, cleaned[2].split()[-1], cleaned[1])
                or is_firm(text, cleaned[0], cleaned[1], gazetteer())
            ):
                continue  # "Auntie Pam's Café", "solicitor (Watkins & Gunn)": no person
            yield NameHit(*cleaned, role, 3, Message(_NEXT_TO, word=phrase))


# The next word, when it is capitalised: "gp Riverside Surgery"
_NEXT_CAPITAL = re.compile(rf"[ ]+({TOKEN})")
_NEXT_LOWER_WORD = re.compile(r"[ ]+[a-z]")


def _no_one(text: str, start: int, end: int, key: str) -> bool:
    """Whether a word found beside a role or an age names no one: a language, a people or
    a community ("interpreter (Romanian)", "(Traveller, 15)"), an app, a role itself
    ("Twins aged 3"), an abbreviation with a capital inside ("Dad NINo"), or the first word
    of an institution's name ("gp Riverside Surgery")."""
    if " " not in key:
        folded = key.casefold()
        if (
            folded in FAMILY_DESCRIBERS
            or folded in PERSON_NOUNS
            or folded in WELSH_COMMON_WORDS
            or is_thing_word(folded)
            or folded in PLURAL_ROLES
            or folded in SINGLE_ROLES
            or odd_capitals(key)
        ):
            return True
    nxt = _NEXT_CAPITAL.match(text, end)
    return bool(nxt and nxt.group(1).casefold() in INSTITUTION_WORDS)


def _sentence_after_label(text: str, start: int, end: int, key: str) -> bool:
    """Whether the word after a role's label is a name that is also a word opening the
    note's sentence ("Nan: Will help with school runs"), not a name ("Nan: Will, 15")."""
    names = gazetteer()
    return (
        " " not in key
        and names.is_given_word(key)
        and not names.is_given(key)
        and _NEXT_LOWER_WORD.match(text, end) is not None
    )


def _names_before_context(scan: Scan) -> Iterator[NameHit]:
    """Names followed by their role or age ("Tom's mum", "Sarah, the mother", "Amir (7)"),
    and names after a title ("Mrs Patel")."""
    text = scan.text
    last_end = 0
    # one cheap pass over capitals; a filter here would cost more than the match it saves
    for cap in _CAPITAL_WORD.finditer(text):
        pos = cap.start()
        if pos < last_end or not starts_word(text, pos):
            continue
        word = cap.group().casefold()
        if word in STOP_WORDS and word not in _TITLE_WORDS:
            continue  # a match from here would be trimmed back to the next word anyway
        if titled := _TITLED.match(text, pos):
            cleaned = _clean(text, titled.start("name"), titled.end("name"), leading=True)
            if cleaned:
                title = titled.group("name").split()[0].rstrip(".")
                reason = Message("identifiers.reason.name_after_title", title=title)
                yield NameHit(*cleaned, _TITLE_ROLES[title], 1, reason)
        m = _NAME_FIRST.match(text, pos)
        if m is None:
            continue
        last_end = m.end()
        cleaned = _clean(text, m.start("name"), m.end("name"), leading=False)
        if cleaned is None:
            continue
        if _a_place_here(text, *cleaned) and not m.group("poss"):
            continue  # "CE Primary, Lancaster - carers", "born at Treliske, 36 wks"
        if m.group("age"):
            if not _no_one(text, *cleaned):
                yield NameHit(*cleaned, _age_role(m.group("age")), 2, _AGE_AFTER_REASON)
            continue
        group = "poss" if m.group("poss") else "app"
        if cleaned[2].casefold() in PERSON_NOUNS:
            continue  # "Kids' dad", "Boy, the eldest,": a person named by a common noun
        if group == "app" and _an_ordinary_word(cleaned[2]):
            continue  # "Worryingly, the baby was cold"
        found = _role_in(scan, m.start(group), m.group(group), last=group == "app")
        if found:
            role, word, phrase = found
            role = _possessor_role(role, word) if group == "poss" else role
            strength = 1 if group == "poss" else 3
            yield NameHit(*cleaned, role, strength, Message(_NEXT_TO, word=phrase))


# Before a place, never before a person with an age or a role after them
_AT_A_PLACE = re.compile(r"(?<![\w])(?i:at|in|near|outside)[ ]+$")


def _a_place_here(text: str, start: int, end: int, key: str) -> bool:
    """Whether a word found before an age or a role is a place: a place the words around
    mark as one ("Primary, Lancaster - carers"), or a word no list has as a given name
    after "at" or "in" ("born at Treliske, 36 wks": a hospital or a village)."""
    if " " in key:
        return False
    names = gazetteer()
    if places().is_place(key) and place_signal(text, start, end, names):
        return True
    return (
        _AT_A_PLACE.search(text, max(0, start - 8), start) is not None
        and not names.is_given(key)
        and not names.is_given_word(key)
    )


def _an_ordinary_word(key: str) -> bool:
    """Whether a one-word name is an English word no list knows as a name
    ("Worryingly", "Afterwards"), where "Jade" or "Tharshika" are names."""
    if " " in key:
        return False
    names = gazetteer()
    if names.is_given(key) or names.is_given_word(key) or names.is_family(key):
        return False
    folded = key.casefold()
    return names.is_english_word(folded) or (
        folded.endswith("ly") and names.is_english_word(folded[:-2])
    )


def _family_names(scan: Scan) -> Iterator[NameHit]:
    """Surnames naming a family: "the Patel family", "the Nowak household", "the Okafor
    children". Words that describe a family instead ("the Polish family") are skipped."""
    for m in _FAMILY_GROUP.finditer(scan.text):
        name = m.group("name")
        surname = name.split()[-1]
        if not starts_word(scan.text, m.start()) or not (
            is_name_word(surname) or (len(name.split()) > 1 and len(surname) > 1)
        ):
            continue
        if any(part.casefold() in FAMILY_DESCRIBERS for part in re.split(r"[-'’ ]", name)):
            continue
        if m.group("group")[0].isupper() and not gazetteer().is_family(surname):
            continue  # "the Disabled Children's Team": a title-case name, no family
        if places().is_place(surname) and place_signal(
            scan.text, m.start("name"), m.end("name"), gazetteer()
        ):
            continue  # "the Blackburn family centre": a place's centre, no family
        end = m.end() if m.group("whole") else m.end("name")
        reason = Message("identifiers.reason.family_before", word=m.group("group"))
        yield NameHit(m.start("name"), end, name.replace("’", "'"), Role.FAMILY, 2, reason)
    names = gazetteer()
    for m in _FAMILY_NO_THE.finditer(scan.text):
        name = m.group("name")
        folded = name.casefold()
        if (
            not starts_word(scan.text, m.start())
            or _THE_BEFORE.search(scan.text, max(0, m.start() - 5), m.start())
            or not is_name_word(name)
            or not name[1:].islower()
            or names.is_english_word(folded)
            or names.is_given_word(name)
            or folded in FAMILY_DESCRIBERS
            or folded in ORGANISATIONS
            or folded in TOWNS
            or folded in INSTITUTION_WORDS
            or is_thing_word(folded)
            # "Penzance family hub": a place's hub or centre, no family
            or (places().is_place(name) and place_signal(scan.text, m.start(), m.end(), names))
        ):
            continue
        reason = Message("identifiers.reason.family_before", word=m.group("group"))
        key = name.replace("’", "'")
        yield NameHit(m.start(), m.end(), key, Role.FAMILY, 2, reason)
    yield from _casework_families(scan.text, names)
    for m in _FAMILY_PLURAL.finditer(scan.text):
        plural = m.group("name")
        if is_bare_place(plural, names):
            continue  # "in the Dales", "the Midlands": a place, no household
        for cut, stem in enumerate((plural[:-1], plural[:-2])):
            known = len(stem) > 2 and names.is_family(stem) and is_name_word(stem)
            # "Jimmy Ward and the Wards'": the surname of someone named in the entry
            someone = (
                not known or names.is_given_word(stem) or stem.casefold() in FAMILY_DESCRIBERS
            ) and (len(stem) > 2 and names.is_family(stem) and _surname_in(scan.text, stem))
            if known or someone or (cut == 0 and _unknown_family(scan.text, stem, m.end())):
                if not someone and (
                    names.is_given_word(stem) or stem.casefold() in FAMILY_DESCRIBERS
                ):
                    break  # "the Greens", "the Christians": not clearly a family
                reason = _FAMILY_PLURAL_REASON
                key = stem.replace("’", "'")
                yield NameHit(m.start("name"), m.end("name"), key, Role.FAMILY, 2, reason)
                break
    for m in _FAMILY_OWNS.finditer(scan.text):
        name = m.group("name")
        a_surname = names.is_family(name) and is_name_word(name) and not names.is_given(name)
        if f"{name.casefold()}'s" in ORGANISATIONS:
            continue  # "the McDonald's on the High Street": a shop, no family
        if a_surname and not (names.is_given_word(name) or name.casefold() in INSTITUTION_WORDS):
            reason = _FAMILY_OWNS_REASON
            key = name.replace("’", "'")
            yield NameHit(m.start("name"), m.end("name"), key, Role.FAMILY, 1, reason)


def _casework_families(text: str, names: Gazetteer) -> Iterator[NameHit]:
    """A family the gazetteer knows, named by its case, adoption or referral ("the
    Jenkins case"), or a double-barrelled one before its children ("Smith-Jones
    children"); no English word ("the Court case"), writer or cited case ("the Gillick
    case")."""
    for work in _CASEWORK.finditer(text):
        gap = work.start()
        before = max(text.rfind(" ", 0, gap), text.rfind("\n", 0, gap)) + 1
        if not text[before : before + 1].isupper():
            continue  # the cheap test first: a capitalised word just before
        m = _CASEWORK_NAME.search(text, max(0, before - 4), work.start())
        if m is None:
            continue
        name = m.group("name")
        folded = name.casefold()
        group = work.group("group")
        if m.group("the") is None and ("-" not in name or group not in _CHILDREN_WORDS):
            continue
        if m.group("the") and group in _CHILDREN_WORDS:
            continue  # "the Okafor children": the family patterns above have it
        if (
            not starts_word(text, m.start())
            or not is_name_word(name)
            or not names.is_family(name)
            or all(names.is_english_word(p) for p in folded.split("-"))
            or names.is_given_word(name)
            or folded in PUBLIC_SURNAMES
            or folded in _CITED_CASES
            or folded in ORGANISATIONS
            or folded in INSTITUTION_WORDS
            or folded in TOWNS
        ):
            continue
        reason = Message("identifiers.reason.family_before", word=group)
        yield NameHit(m.start("name"), m.end("name"), name, Role.FAMILY, 2, reason)


_CHILDREN_WORDS = frozenset(words("children siblings kids twins"))


def _surname_in(text: str, stem: str) -> bool:
    """Whether ``stem`` follows a given name somewhere in the text ("Jimmy Lee"), so that
    "the Lees" is that person's family, even though "lee" is also a word."""
    names = gazetteer()
    at = text.find(" " + stem)
    while at != -1:
        after = at + 1 + len(stem)
        if not text[after : after + 1].isalnum():
            before = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
            if before and names.is_given(before.group(1)):
                return True
        at = text.find(" " + stem, after)
    return False


_GIVEN_BEFORE = re.compile(rf"(?<![\w'’\-])([{UPPER}]{LETTER}+)$")


def _unknown_family(text: str, stem: str, end: int) -> bool:
    """Whether "the <stem>s" is a family the gazetteer lacks, doing what a household does
    ("The Boswells have moved on"): the stem is no English word, people or place."""
    verb = _PLURAL_VERB_AFTER.match(text, end)
    if verb is None or len(stem) < 4 or not is_name_word(stem):
        return False
    names = gazetteer()
    folded = stem.casefold()
    # a compound of two words is how surnames are made ("Ashworth", "Blackwood"), so only
    # a word the list has as it is makes the stem no family
    return not (
        names.is_listed_word(folded)
        or names.is_listed_word(folded + "s")
        or names.is_given(stem)
        or names.is_given_word(stem)
        or folded in FAMILY_DESCRIBERS
        or folded in INSTITUTION_WORDS
        or folded in ORGANISATIONS
        or folded in TOWNS
        or not stem[1:].islower()
    )


def role_words(scan: Scan) -> list[re.Match[str]]:
    """Every family or role word in the text ("mum", "his sister", "social worker"), as
    matches on ``scan.lowered``; worked out once and shared with the lower-case names."""
    lowered = scan.lowered
    # never inside a word ("ne|w partner" read as the Welsh "w partner"): at the start of
    # the text, or after a gap; a role word starts with a letter and ends before a gap, so
    # the next one's gap always lies after the last one
    first = _ROLE_SCAN.match(lowered)
    found = [first] if first else []
    for gap in _ROLE_AFTER_GAP.finditer(lowered, first.end() if first else 0):
        if m := _ROLE_SCAN.match(lowered, gap.start() + 1):  # always: the same words
            found.append(m)
    return found


def find_names(scan: Scan, roles: Sequence[re.Match[str]] | None = None) -> Iterator[NameHit]:
    """Every person's name that sits in a family, role, age or title context.

    ``roles`` are the text's :func:`role_words`, if the caller has them already.
    """
    text = scan.text
    if roles is None:
        roles = role_words(scan)
    yield from _names_after_roles(scan, roles)
    yield from _names_before_context(scan)
    yield from _family_names(scan)
    for start, end in scan.digits:
        if end - start <= 2 and (m := _AGE_BEFORE.match(text, start)) and starts_word(text, start):
            cleaned = _clean(text, m.start("name"), m.end("name"), leading=True)
            if cleaned:
                yield NameHit(*cleaned, _age_role(m.group("age")), 2, _AGE_BEFORE_REASON)


def find_repeats(text: str, keys: Mapping[str, str]) -> Iterator[tuple[int, int, str]]:
    """Later mentions of names already found: ``keys`` maps a spelling to its person's key.

    A first name followed by a surname ("Sarah Jones" after "mum Sarah") is taken whole, so
    replacing it does not leave the surname behind.
    """
    if not keys:
        return
    pattern = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    ambiguous = {k for k in keys if " " not in k and is_ambiguous(k)}
    for m in re.finditer(rf"(?:{pattern})(?![\w]|-{LETTER})", text):
        if not starts_word(text, m.start()):
            continue
        if m.group() in ambiguous and not repeat_is_person(text, m.start(), m.end()):
            continue  # "Will said no. Will the plan hold?": only the first is Will
        end = m.end()
        while (tail := _TAIL.match(text, end)) and is_name_word(tail.group(1)):
            end = tail.end()
        yield m.start(), end, keys[m.group()]

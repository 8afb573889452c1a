"""Names people are called and addressed by: nicknames ("aka 'Tiny'", "Big Shaq", "Kez
(Kieran)"), a message's greeting or sign-off ("Hi Kayleigh,", "Thanks, Mo"), and the
label of a note line ("- Tommo: no change").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._gazetteer import Gazetteer, gazetteer, places
from ._name_shape import (
    NOT_NAME_WORDS,
    NOT_PERSONS,
    PLACE_SHAPE,
    WELSH_SPELLING,
    WORD_ENDING,
    is_given_name,
    is_month,
    odd_capitals,
)
from ._scan import TOKEN, Scan, find_in, keyword_spans, windows
from ._types import NameHit, Role
from ._words import (
    INSTITUTION_WORDS,
    SINGLE_ROLES,
    STOP_WORDS,
    words,
)

BARE_NAME_REASON = Message("identifiers.reason.bare_name")
# Before a name: a message's greeting ("Hi Kayleigh,", "'Dear Sam"); after it, the end of
# its line: a sign-off ("Thanks, Mo", "> Thanks Precious", "Love Jade x")
_GREETING = re.compile(r"(?i)(?<![\w])(?:hi|hiya|hey|hello|dear)[ ]*,?[ ]*$")
_SIGN_OFF = re.compile(
    r"(?i)(?:^|[\n>'\"“‘])[ ]*(?:thanks|thank[ ]you|many[ ]thanks|cheers|love|ta|regards|"
    r"kind[ ]regards|best[ ]wishes|best|speak[ ]soon|lots[ ]of[ ]love)[ ]*,?[ ]*$"
)
_LINE_END = re.compile(r"[ ]*(?:[xX]+|[!.]+)?[ ]*['\"”’]?[ ]*(?:\n|$)")
# What a nickname is made with: "Big Mo", "Lil Tee", "Little Kev" (never in the name)
NICK_PREFIXES = frozenset(words("big lil lil' little young hiya hey hello"))
_NICK_BEFORE = re.compile(r"(?<![\w])(Big|Lil['’]?|Little|Young)[ ]+$")
# Words that say a nickname or a real name comes next: "aka 'Tiny'", "known as Deeza",
# "real name Tobias"; the word after is a name even when it is also a word
ALIAS_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:aka|a\.k\.a\.?|known[ ]as|nicknamed|nickname|goes[ ]by|"
    r"real[ ]name|street[ ]name|calls[ ](?:him|her|them)self|calls[ ](?:him|her|them))"
    r"[ ]*(?:is[ ]+)?[:,\-]?[ ]*['\"“‘]?$"
)
# After a name: "(what everyone calls him)", "(not his real name)", "(nickname)",
# "(real name Kieran)"
_ALIAS_AFTER = re.compile(
    r"['\"”’]?[ ]*\((?:[^()\n]{0,30}[ ])?(?:calls?|called)[ ]"
    r"(?:him|her|them|(?-i:[A-Z][a-z]+))(?:self)?[^()\n]{0,10}\)"
    r"|[ ]+is[ ]+what[ ][^.!?\n]{0,30}(?:calls?|called)(?![\w])"
    r"|['\"”’]?[ ]*\([ ]*(?:nickname|not[ ](?:his|her|their)[ ]real[ ]name|aka|real[ ]name)",
    re.IGNORECASE,
)
# "Kez (Kieran)": a nickname with the given name in brackets, or the other way round
_BRACKETED = re.compile(rf"['\"”’]?[ ]*\([ ]*({TOKEN})[ ]*\)")
_BRACKET_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})['\"”’]?[ ]*\([ ]*$")
# A labelled line: "- Klea: no change", "2) Tommo: two missed appointments", or, in a
# text with two such lines or more, "Dion: better this week"
_LABEL_LINE_BODY = (
    rf"[ \t]*(?P<bullet>(?:[-*•+–]|\d{{1,2}}[.)])[ \t]+)?(?P<name>{TOKEN})[ ]*:[ ]*\S"
)
_LABEL_LINE = re.compile(_LABEL_LINE_BODY)  # the first line, matched at the start
# every later line, after its newline: re skips from newline to newline rather than trying
# a "^" at every position; a match never holds a newline, so none is missed
_LABEL_LINE_AFTER = re.compile(rf"\n{_LABEL_LINE_BODY}")
# Labels of notes and messages that no dictionary has
_NOT_LABEL_NAMES = frozenset(
    words(
        "re cc bcc fwd fw ps nb eta todo misc info dob ref tel mob addr attn wrt enw "
        "cyfeiriad dyddiad nodiadau camau crynodeb presennol ymddiheuriadau cefndir pryderon "
        "cryfderau gweithredu penderfyniad cytunwyd trafodaeth diweddariad sylwadau "
        "eitem cofnodion adolygiad asesiad ysgol teulu cartref"
    )
)


def labelled_names(text: str, names: Gazetteer) -> Iterator[NameHit]:
    """Names labelling a note line ("- Klea: no change"), when the label is no word."""
    if ":" not in text:
        return
    first = _LABEL_LINE.match(text)
    lines = [first] if first else []
    lines += _LABEL_LINE_AFTER.finditer(text, first.end() if first else 0)
    for m in lines:
        if m.group("bullet") is None and len(lines) < 2:
            continue
        word = m.group("name")
        folded = word.casefold()
        if (
            len(word) < 2
            or odd_capitals(word)
            or word.isupper()
            or folded in STOP_WORDS
            or folded in NOT_PERSONS
            or folded in _NOT_LABEL_NAMES
            or folded in NOT_NAME_WORDS
            or folded in INSTITUTION_WORDS
            or folded in SINGLE_ROLES
            or is_month(folded)
            or (names.is_english_word(folded) and not is_given_name(word, names))
            or WORD_ENDING.search(folded)  # "Ethnicity: White British"
            or PLACE_SHAPE.search(folded)
            or WELSH_SPELLING.search(folded)
        ):
            continue
        key = word.replace("’", "'")
        yield NameHit(m.start("name"), m.end("name"), key, Role.PERSON, 0, BARE_NAME_REASON)


def is_addressed(text: str, start: int, end: int) -> bool:
    """Whether a word is the person a message greets ("Hi Kayleigh") or is signed by
    ("Thanks, Mo" at the end of a line)."""
    if _GREETING.search(text, max(0, start - 8), start):
        return True
    return bool(_LINE_END.match(text, end) and _SIGN_OFF.search(text, max(0, start - 20), start))


def is_nickname(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word is a nickname or a name given beside one: after "aka",
    "known as" or "real name", before "(what everyone calls him)", after "Big" or "Lil",
    or beside a given name in brackets ("Kez (Kieran)", "Tiny (Jordan)")."""
    start, end = word.span()
    folded = word.group().casefold()
    if folded in NOT_PERSONS or folded in INSTITUTION_WORDS or folded in NOT_NAME_WORDS:
        return False
    if ALIAS_BEFORE.search(text, max(0, start - 30), start) or _ALIAS_AFTER.match(text, end):
        return True
    prefix = _NICK_BEFORE.search(text, max(0, start - 8), start)
    if prefix and (prefix.group(1).startswith("Lil") or not names.is_listed_word(folded)):
        return True
    english = names.is_english_word(folded) and not names.is_given_word(word.group())
    inside = _BRACKETED.match(text, end)
    if inside and is_given_name(inside.group(1), names) and not english:
        return True  # "Kez (Kieran)"
    before = _BRACKET_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        before
        and text[end : end + 1] in (")", " ")
        and re.match(r"[ ]*\)", text[end:]) is not None
        and is_given_name(before.group(1), names)
        and before.group(1).casefold() not in STOP_WORDS
        and not english
    )


_ALIAS_KEYS = (
    "aka",
    "a.k.a",
    "known as",
    "nickname",
    "goes by",
    "real name",
    "street name",
    "call",
)
_CAPITALISED = re.compile(rf"(?<![\w'’\-]){TOKEN}(?![\w'’\-])|(?<=['‘“\"]){TOKEN}")


def alias_names(scan: Scan) -> Iterator[NameHit]:
    """Nicknames that are also words, which open no name elsewhere: "aka 'Biscuit'",
    "Nickname 'Chops'", "Tiger (what his mum calls him)"."""
    spans = keyword_spans(scan, _ALIAS_KEYS)
    if not spans:
        return
    text = scan.text
    for word in find_in(_CAPITALISED, text, windows(text, spans, 60, 40)):
        folded = word.group().casefold()
        if (
            folded in STOP_WORDS
            or folded in NOT_PERSONS
            or folded in INSTITUTION_WORDS
            or folded in NICK_PREFIXES
            or word.group().isupper()
        ):
            continue
        start, end = word.span()
        if ALIAS_BEFORE.search(text, max(0, start - 30), start) or _ALIAS_AFTER.match(text, end):
            key = word.group().replace("’", "'")
            yield NameHit(start, end, key, Role.PERSON, 0, BARE_NAME_REASON)


# "Leon (Big Lee) Sinclair", "Priya (Pree) Chandrasekaran": a given name, the name the
# person goes by in brackets, then the family name; "Big D (Dominic)": a nickname made
# with "Big" or "Lil" before the given name in brackets
_NICK = r"(?:(?:Big|Lil['’]?|Little|Young)[ ]+)"
_NAME_ALIAS_SURNAME = re.compile(
    rf"(?<![\w'’\-])(?P<given>{TOKEN})[ ]*\([ ]*['\"‘“]?(?P<alias>{_NICK}?{TOKEN})"
    rf"['\"’”]?[ ]*\)[ ]+(?P<surname>{TOKEN})(?![\w'’\-])"
)
_NICK_THEN_NAME = re.compile(
    rf"(?<![\w'’\-])(?P<alias>{_NICK}(?:{TOKEN}|[A-Z]{{1,2}}))[ ]*\([ ]*(?P<given>{TOKEN})[ ]*\)"
)


def _a_word(word: str, names: Gazetteer) -> bool:
    folded = word.casefold()
    return (
        folded in STOP_WORDS
        or folded in NOT_PERSONS
        or folded in INSTITUTION_WORDS
        or folded in NOT_NAME_WORDS
        or (names.is_english_word(folded) and not names.is_family(word))
    )


def bracketed_alias_names(text: str) -> Iterator[NameHit]:
    """The nickname and the family name around a given name and the name in brackets
    ("Leon (Big Lee) Sinclair", "Big D (Dominic)")."""
    if "(" not in text:
        return
    names = gazetteer()
    for m in _NAME_ALIAS_SURNAME.finditer(text):
        alias = m.group("alias")
        if not is_given_name(m.group("given"), names) or (
            alias.split()[0] not in ("Big", "Lil", "Lil'", "Lil’", "Little", "Young")
            and _a_word(alias, names)
        ):
            continue
        surname = m.group("surname")
        if _a_word(surname, names) or is_month(surname.casefold()) or surname.isupper():
            continue
        for group in ("alias", "surname"):
            key = m.group(group).replace("’", "'")
            yield NameHit(m.start(group), m.end(group), key, Role.PERSON, 0, BARE_NAME_REASON)
    for m in _NICK_THEN_NAME.finditer(text):
        given = m.group("given")
        if is_given_name(given, names) and not places().is_place(given):
            key = m.group("alias").replace("’", "'")
            yield NameHit(m.start("alias"), m.end("alias"), key, Role.PERSON, 0, BARE_NAME_REASON)

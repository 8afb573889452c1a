"""Runs of capitals that name no person: a cited writer ("Rogers (1957)"), a football team
("a Chelsea shirt"), a shop or a law owned by a name ("Nando's", "Clare's Law"), a brand
of two names ("Ben & Jerry's"), an organisation or a product ("Gisda worker"), a place
("Torbay", "King's Lynn", "moved to Preston").
"""

from __future__ import annotations

import re

from ._gazetteer import Gazetteer, places
from ._scan import TOKEN
from ._words import (
    INSTITUTION_WORDS,
    ORGANISATIONS,
    words,
)

# A year of publication: "1957", "2019", never the start of a phone or NHS number
# ("(07700 900 901)", "(0161 496 0000)", "(1987 654 3210)")
_YEAR = r"(?:1[6-9]|20)\d\d(?!\d|[ ]\d{3})"
# "Rogers (1957)", "Perry et al.", "Rogers' core conditions", "Perry's neurosequential
# model": a writer cited, not a person in the work
CITATION_AFTER = re.compile(
    rf"[ ]*(?:\([ ]*(?:{_YEAR}|n\.d\.)|,[ ]*{_YEAR}|et[ ]al"
    rf"|(?:and|&)[ ]+[A-Z][\w\-]+[ ]*\((?:{_YEAR}|n\.d\.)"
    # "Brandon and colleagues found": a study's lead writer
    r"|[ ]+(?:and|&)[ ]+colleagues[ ]+(?:found|find|argue|argued|suggest|suggested|show|"
    r"showed|report|reported|describe|described|note|noted|highlight|highlighted)(?![\w])"
    r"|['’]s?[ ]+(?:[a-z0-9\-]+[ ]+){0,2}(?:model|models|theory|theories|cycle|framework|approach|"
    r"hierarchy|conditions|concept|concepts|stages|triangle|lenses|typology|paradigm)(?![\w]))"
)
PLACE_AFTER = re.compile(r"[ ]+(?:is|was)[ ]+where(?![\w])")
WORK_OF = re.compile(
    r"['’]s?[ ]+(?:[a-z\-]+[ ]+)?(?:work|ideas?|writing|writings|research|books?|articles?|"
    r"papers?|study|studies|thinking|views?|arguments?|findings|principles|questions|"
    r"tools?|scale|method|report|review)(?![\w])"
)
# Words after a capitalised word that make it an organisation, a product or a place
THING_AFTER = INSTITUTION_WORDS | frozenset(
    words(
        "worker workers staff app account scheme course session sessions referral support "
        "programme game games video videos channel card vouchers voucher membership meeting "
        "meetings worker's team's service's group's cymru wales uk ltd"
    )
)
# What a football team has: "a Chelsea shirt", "the Arsenal match"
_TEAM_THINGS = frozenset(
    words("shirt shirts kit top scarf fan fans supporter supporters match matches stadium")
)
# Clubs named as people are ("Chelsea", "Everton"), and what a side does in a match
_CLUB_NAMES = frozenset(
    words(
        "chelsea everton preston brighton burnley fulham saints pompey spurs villa wolves "
        "toffees magpies gunners hammers blades baggies canaries seagulls owls foxes"
    )
)
# A fixture, two sides either side of "v": "Everton v Liverpool", "Saints vs Pompey"
_FIXTURE_AFTER = re.compile(r"[ ]+(?:v|vs|v\.|vs\.|versus)[ ]+([A-Z][\w'’\-]+)")
_FIXTURE_BEFORE = re.compile(r"([A-Z][\w'’\-]+)[ ]+(?:v|vs|v\.|vs\.|versus)[ ]+$")
_RESULT_VERBS = frozenset(words("won lost drew beat beaten lose win draw scored"))
_SUPPORTS_BEFORE = re.compile(r"(?i:supports|supported|supporting|fan[ ]of|fans[ ]of)[ ]+$")
_FOOTBALL = re.compile(
    r"(?i)(?<![\w])(?:kit|shirt|match|matches|football|league|season[ ]ticket|goals?|"
    r"stadium|premier|fixtures?|fans?|supporters?|games?|played|won|lost|derby|kick[ \-]off)"
    r"(?![\w])"
)
EVE_OF = re.compile(r"(?i:year['’]?s|christmas|hallows['’]?)[ ]$")
_OWNED_RULES = frozenset(
    words(
        "law laws protocol principle rule ladder "
        # a small business named after its owner: "Auntie Pam's Café", "Mo's Barbers"
        "cafe café caff kitchen bakery salon barbers barber diner takeaway shop store "
        "bistro pantry deli "
        # a landmark named after its builder: "Hadrian's Wall"
        "wall"
    )
)
# "'s" and any capitalised words after it: "Noah's Ark Children's Hospital"
_OWNER_OF = re.compile(rf"['’]s((?:[ ]+{TOKEN}(?:['’]s)?){{0,4}})(?![\w])")
# Shops, restaurants and brands named after two people: nobody in the work
TWO_NAME_BRANDS = re.compile(
    r"(?<![\w])(?:frankie[ ](?:and|&)[ ]benny|ben[ ](?:and|&)[ ]jerry|"
    r"marks[ ](?:and|&)[ ]spencer|dolce[ ](?:and|&)[ ]gabbana|fortnum[ ](?:and|&)[ ]mason|"
    r"holland[ ](?:and|&)[ ]barrett|barnes[ ](?:and|&)[ ]noble|lucy[ ](?:and|&)[ ]yak|"
    r"crabtree[ ](?:and|&)[ ]evelyn|abercrombie[ ](?:and|&)[ ]fitch|"
    r"mark[ ](?:and|&)[ ]spencer|slater[ ](?:and|&)[ ]gordon|"
    r"hodge[ ]jones[ ](?:and|&)[ ]allen|bevan[ ]brittan)(?:['’]s)?(?![\w])"
)
BRAND_KEYS = words(
    "benny jerry spencer gabbana fortnum barrett noble yak evelyn fitch slater hodge brittan"
)


def is_team(text: str, word: re.Match[str], nxt: re.Match[str] | None) -> bool:
    """Whether a name is a football team's ("Chelsea shirt", "supports Chelsea" in a
    sentence about kits and matches, "Chelsea won"): "we support Chelsea to attend" stays a
    person."""
    if nxt and nxt.group(1).casefold() in _TEAM_THINGS:
        return True
    if _is_fixture(text, word):
        return True
    if word.group().casefold() in _CLUB_NAMES and (
        (nxt and nxt.group(1) in _RESULT_VERBS)
        or _FOOTBALL.search(text, max(0, word.start() - 80), word.end() + 80)
    ):
        return True  # "Chelsea won", "Chelsea and Arsenal fans"
    if not _SUPPORTS_BEFORE.search(text, max(0, word.start() - 20), word.start()):
        return False
    return bool(_FOOTBALL.search(text, max(0, word.start() - 80), word.end() + 80))


def _is_fixture(text: str, word: re.Match[str]) -> bool:
    """Whether a word is one side of a fixture, "X v Y", where a side is a club or a place
    ("Chelsea v Newcastle", "Saints v Pompey") or the sentence speaks of football."""
    other = _FIXTURE_AFTER.match(text, word.end()) or _FIXTURE_BEFORE.search(
        text, max(0, word.start() - 30), word.start()
    )
    if other is None:
        return False
    sides = (word.group().casefold(), other.group(1).casefold())
    if any(s in _CLUB_NAMES or places().is_place(s) for s in sides):
        return True
    return bool(_FOOTBALL.search(text, max(0, word.start() - 80), word.end() + 80))


def owns_a_place(text: str, last: str, end: int) -> bool:
    """Whether a name is part of a shop's or an institution's name, owning it: "Nando's",
    "Noah's Ark Children's Hospital", "Martha's Rest Centre", or of a law named after a
    victim ("Clare's Law", "Sarah's Law")."""
    m = _OWNER_OF.match(text, end)
    if m is None:
        return False
    if f"{last.casefold()}'s" in ORGANISATIONS:
        return True
    rest = [re.sub(r"['’]s$", "", w).casefold() for w in m.group(1).split()]
    return any(w in INSTITUTION_WORDS or w in _OWNED_RULES for w in rest)


# Before a place: "in Kendal", "near Ashley", "moved to Stanley", "lives at Clayton",
# "from Shirley to ...". "to", "from" and "at" take a person too ("gave it to Ashley",
# "a text from Preston"), so they count only after a word of moving or living.
_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:in|near|towards|toward|outside|around|across|via)"
    r"|(?i:moved|moving|move|moves|went|gone|going|go|goes|travel(?:s|led|ling)?|drove|"
    r"driving|drive|trip|journey|bus|buses|train|trains|relocated|relocating|lives|lived|"
    r"living|live|based|born|raised|up|came|come|comes|coming|originally|back|placed|"
    r"placement|miles|way|route|far|return(?:s|ed|ing)?|flew|fly|flying|transferred|"
    r"family|families|school|schools|office|offices|team|holiday|holidays|flight|flights|"
    r"emigrated|fled|deported)"
    r"[ ]+(?i:to|from|at|in|into|near)(?:[ ]+(?i:the[ ]+)?(?i:centre|center|outskirts|edge)"
    r"[ ]+of)?)[ ]+$"
)
# After a place: "Preston Council", "Kendal Borough", "Chester area", "Ashley office",
# "Stanley (Co. Durham)", "Clayton DH9 8QX", "the Blackburn family centre"
_PLACE_AFTER = re.compile(
    r"[ ]+(?:(?i:council|borough|county|city|town|district|area|patch|locality|office|"
    r"hub|side)(?![\w'’])|(?:family|families)[ ]+(?i:centre|center|hub|court|courts)"
    r"(?![\w])|\(?[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}(?![\w]))"
)
# A street and a comma before it: "14 Mill Lane, Kendal"
# or an institution's name, capitalised, and a comma: "Holy Cross CE Primary, Lancaster",
# "Royal Infirmary, Preston" (never "Back at the centre, Stanley played")
_STREET_BEFORE = re.compile(
    r"(?:(?i:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|terrace|court|"
    r"gardens|place|grove|walk|row|mews|square|hill|view|estate)"
    r"|Primary|School|Academy|College|Nursery|Hospital|Infirmary|Surgery|Clinic|Centre|"
    r"Center|University|Station|Prison|HMP|Church)\.?,[ ]*$"
)
# A postcode and a comma before it: "SO15 5RL, Shirley"
_POSTCODE_BEFORE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2},[ ]*$")
_LIST_NEIGHBOUR_BEFORE = re.compile(rf"({TOKEN})(?:[ ]*[,/&][ ]*|[ ]+(?:and|or)[ ]+)$")
_LIST_NEIGHBOUR_AFTER = re.compile(rf"(?:[ ]*[,/&][ ]*|[ ]+(?:and|or)[ ]+)({TOKEN})")


def is_bare_place(word: str, names: Gazetteer) -> bool:
    """Whether a word is a UK place and never a person's name ("Torbay", "Splott",
    "Caerdydd"); "Preston", "Ashley", "Kendal" are names too."""
    return (
        places().is_place(word)
        and not names.is_given(word)
        and not names.is_given_word(word)
        and not names.is_family(word)
    )


def place_signal(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Whether the words around a place that is also a name make it the place: "in
    Kendal", "moved to Stanley", "Preston Council", "Mill Lane, Clayton", or a list of
    places ("Kendal, Penrith and Keswick")."""
    if _PLACE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _PLACE_AFTER.match(text, end) or _STREET_BEFORE.search(text, max(0, start - 18), start):
        return True
    if _POSTCODE_BEFORE.search(text, max(0, start - 12), start):
        return True
    before = _LIST_NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if before and is_bare_place(before.group(1), names):
        return True
    after = _LIST_NEIGHBOUR_AFTER.match(text, end)
    return bool(after and is_bare_place(after.group(1), names))


def in_a_place(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Whether a word is part of a place of more than one word ("Lynn" in "King's Lynn",
    "Emlyn" in "Newcastle Emlyn"). A place whose every word is a name ("Aston Clinton")
    counts only where the words around say a place is meant."""
    span = places().within(text, start, end)
    if span is None:
        return False
    parts = re.split(r"[ ,]+", text[span[0] : span[1]])
    named = all(
        names.is_given(p) or names.is_given_word(p) or names.is_family(p)
        for p in parts
        if p and p[0].isupper()
    )
    return not named or place_signal(text, span[0], span[1], names)


# Someone's job or studies "at" a name, or work "for" it: the name is an employer, a firm
# or a college ("legal rep at Duncan Lewis", "works for Irwin Mitchell", "a student at
# John Moores"); a person is worked "with", never "at"
_EMPLOYER_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:reps?|representatives?|solicitors?|lawyers?|barristers?|advocates?|"
    r"caseworkers?|nurses?|doctors?|midwi(?:fe|ves)|consultants?|paediatricians?|workers?|"
    r"staff|students?|lecturers?|tutors?|managers?|officers?|volunteers?|apprentices?|"
    r"partners?|associates?|trainees?|jobs?|studies|study|studying|studied|placement|"
    r"degree|training|trained|qualified|employed|shifts?)[ ]+at"
    r"|(?i:works?|worked|working)[ ]+(?:at|for))[ ]+$"
)


def is_employer(text: str, start: int) -> bool:
    """Whether a run of names is where someone works or studies ("rep at Duncan Lewis")."""
    return _EMPLOYER_BEFORE.search(text, max(0, start - 24), start) is not None


# Two family names joined by "&" are a firm ("Watkins & Gunn", "Hughes & Pryce"); people
# are written with their given names ("Dani & Precious")
_AMPERSAND_AFTER = re.compile(rf"[ ]*&[ ]*({TOKEN})")
_AMPERSAND_BEFORE = re.compile(rf"({TOKEN})[ ]*&[ ]*$")


def is_firm(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Whether a family name is one of two joined by "&" that name a firm."""

    def surname_only(word: str) -> bool:
        return (
            names.is_family(word)
            and not names.is_given(word)
            and not names.is_given_word(word)
            and word[1:].islower()
        )

    if not surname_only(text[start:end]):
        return False
    after = _AMPERSAND_AFTER.match(text, end)
    before = _AMPERSAND_BEFORE.search(text, max(0, start - 30), start)
    return any(m is not None and surname_only(m.group(1)) for m in (after, before))

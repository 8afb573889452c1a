"""Street addresses: a house number, then a street name ending in a telling word.

"14 Elm Grove Road", "19 St Helen's Road", "3/2 Castle Street" (a Scottish flat), Welsh
streets ("9 Llys Derwen", "22 Heol y Nant") and Welsh place-name streets ("15 Pen-y-Bryn"),
and, after "flat 2," or "at"/"to", a street typed in lower case ("18 mill lane", Welsh
"23 clos y nant"). Named houses before their street ("Rose Cottage, Mill Lane", "The Old
Forge, Church Hill"), rooms in a hostel and pitches on a site. Welsh public buildings
("ystafell 2, Neuadd y Dref": a room in the town hall) are no one's home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import (
    LETTER,
    TOKEN,
    UPPER,
    Scan,
    find_in,
    free_before,
    keyword_spans,
    starts_word,
    windows,
)
from ._types import FindingKind, Hit
from ._words import DAYS, MONTHS, STOP_WORDS, words

_REASON = Message("identifiers.reason.house_and_street")
_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Court|Crescent|Way|Terrace|Gardens|"
    r"Place|Grove|Square|Walk|Rise|View|Hill|Park|Mews|Row|Parade|Green|Vale|Heights|Mount|"
    r"Meadows|Fields|Wharf|Quay|Villas|Cottages|Boulevard|Hollow|Chase|Croft|Glade|Gate|"
    r"Side|Paddocks|Spinney|Maltings|Sidings|Circus|Embankment|Copse|Dale|Fold|"
    r"Wynd|Brow|Leys|Orchard|Mead|Ridge|Dene|Nook|Coppice|Willows|Limes|Beeches|Pastures|"
    r"Yard|Point|"
    # how streets are shortened on forms, and blocks of flats
    r"Approach|Garth|"
    # droves of the fens and the west, causeways, Scottish braes, and more
    r"Drove|Causeway|Crest|Meadow|Lawns|Acres|Brae|Passage|Alley|"
    r"Ct|Cres|Cl|Gdns|Pl|Sq|Tce|Terr|Ln|Pde|Cotts|Lofts|Apartments|Mansions|Buildings|"
    r"Vw|Hts|Mdws|Crt|Grn|Pk)"
)
_WELSH_STREET = (
    r"(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Clos|Maes|Teras|Llwyn|Bryn|Llys|Cwrt|Parc|"
    r"Cae|Pant|Erw|Gerddi|Rhes|Ael|Allt|Tai)"
)
# "Pen-y-Bryn", "Bryn-yr-Eos", "Tan-y-Bwlch": a Welsh place name used as the street
_WELSH_COMPOUND = rf"[{UPPER}]{LETTER}+(?:-(?:y|yr|'r|’r|a|ar|o|dan|uwch)-[{UPPER}]{LETTER}+)+"
# a plain first \d (not \d{1,4}) lets re skip from digit to digit over the whole text
_HOUSE_NUMBER = r"\d\d{0,3}[A-Za-z]?(?:/\d{1,3})?(?:[ ]*[-–][ ]*\d{1,4})?"
# "12 The Orchard Project", "3 Green Team members": a street word naming something else
_NOT_NAMING = (
    r"(?![ ](?:Project|Projects|Centre|Center|Trust|Group|Groups|Team|Teams|Service|Services|"
    r"Model|Framework|Programme|Partnership|Hub|Club|School|Nursery)(?![\w]))"
)
# "10 Pen y Bryn", "4 Bryn yr Eos": the same, written without the hyphens
_WELSH_SPACED = rf"[{UPPER}]{LETTER}+[ ](?:y|yr)[ ][{UPPER}]{LETTER}+"
# starts with the house number, so re can skip ahead to the next digit
_ADDRESS = re.compile(
    rf"{_HOUSE_NUMBER},?[ ]+"
    # "St Helen's Road", and Welsh "Ty'n y Coed Cottages"
    rf"(?:(?P<words>(?:St\.[ ]+)?(?:{TOKEN}(?:['’][sn])?[ ]+(?:(?:y|yr)[ ]+)?){{1,3}})"
    rf"{_STREET}(?![\w]){_NOT_NAMING}"
    rf"|{_WELSH_STREET}(?:['’]r[ ]+|[ ]+(?:(?:y|yr)[ ]+)?)"
    rf"(?P<welsh>{_WELSH_COMPOUND}(?![\w\-])|{_WELSH_SPACED}(?![\w\-])|{TOKEN}(?:[ ]+{TOKEN})?)"
    rf"|(?P<compound>{_WELSH_COMPOUND}|{_WELSH_SPACED})(?![\w\-]))"
)
_LOWER_STREET = (
    r"(?:road|street|lane|avenue|close|drive|crescent|grove|terrace|gardens|way|place|court|"
    r"walk|row|rise|mews|square|parade|green|hill|rd|ave|approach|"
    # shortened as on a form: "12 oak st", "4 elm cres"
    r"st|dr|ln|cl|cres|gdns|tce|terr|drove)"
)
# starts with the house number, so re can skip ahead to the next digit
_LOWER_WELSH_STREET = (
    r"(?:heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|clos|maes|teras|llys|cwrt|gerddi|rhes|allt)"
)
_WELSH_LOWER_WORD = r"[a-zâêîôûŵŷ]{2,}"
_LOWER_ADDRESS = re.compile(
    rf"(?P<number>\d{{1,4}}[a-z]?),?[ ]+(?:(?P<words>(?:[A-Za-z][a-z]+[ ]+){{1,2}}){_LOWER_STREET}"
    # Welsh streets put the street word first: "23 clos y nant", "5 heol newydd"
    rf"|{_LOWER_WELSH_STREET}[ ]+(?:(?:y|yr)[ ]+)?(?P<welsh>{_WELSH_LOWER_WORD}))"
    r"(?![\w\-])"
)
# lower case only right after "flat 2," or "at", "to", "from": "moved to 18 mill lane", after
# a label or a flat with no number ("address: 128a kingsley avenue", "top flat, 5 mill
# lane"), or after "no." ("at no. 9 the crescent")
_LOWER_BEFORE = re.compile(
    r"(?:(?P<flat>flat[ ]+\d{1,4}[a-z]?,?)|(?i:\b(?:at|to|from|is|address|addr|flat)[ ]*[:,\-]?)"
    r"|(?P<no>(?i:no\.?|number)))[ ]+$"
    # "no.7 ash grove": the number straight after "no."
    r"|(?<![\w])(?P<dot>(?i:no)\.)$"
)
# or opening its line alone ("4 chapel row"), or with only a comma and more after it
_LOWER_LINE_END = re.compile(r"[ ]*(?:,|$)", re.MULTILINE)
# a flat in a named block before the street: "Flat 8B, Mercer House, 2 Jubilee Way",
# "Flat 6, Llys Glas, 30 Heol Eglwys"
_FLAT_AND_BLOCK_BEFORE = re.compile(
    r"(?i:flat|apartment|apt\.?|unit|room|maisonette)[ ]+\d{1,4}[A-Za-z]?,?[ ]+"
    rf"{TOKEN}(?:[ ]{TOKEN}){{0,2}},[ ]+$"
)
# and a Scottish flat's floor and door before the house number: "6/2, 31 Garnet Street"
_FLAT_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:flat|fflat|apartment|apt\.?|unit|room|house|plot|pitch|caravan|"
    r"maisonette)"
    r"[ ]+\d{1,4}[A-Za-z]?[ ]*,?|(?<![\w/.])(?<!on[ ])(?<!by[ ])\d{1,2}/\d{1,2}[ ]*,)[ ]+$"
)
_FLAT_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:flat|fflat|apartment|apt\.?|unit|house|plot|pitch|caravan|maisonette)"
    r"[ ]+$"
)
# "Flat 3 Ashdown House": a flat in a named block, with no street word
_FLAT_IN_BLOCK = re.compile(
    rf"(?i:flat|apartment|apt\.?|room)[ ]+\d{{1,4}}[A-Za-z]?,?[ ]+{TOKEN}(?:[ ]{TOKEN})?[ ]+"
    r"(?:House|Lodge|Tower|Point|Block|Heights|Mansions|Mill|Mills|Court|Works|Chambers|"
    # a room in a hostel, a refuge or a foyer (young people's housing)
    r"Hostel|Refuge|Foyer)(?![\w])"
)
# A named house and its street, with no number: "Ty Newydd, Lon Cefn", "Rose Cottage,
# Mill Lane"; and a pitch or plot on a Traveller site: "Pitch 14, Riverside site"
_HOUSE_NAME = (
    rf"(?:(?:Tŷ|Ty|Tyddyn|Bwthyn|Fferm|Ffarm|Plas|Hafod)[ ]{TOKEN}(?:[ ]{TOKEN})?"
    # "The Old Forge", "The Old School House": a building that has become a home
    rf"|The[ ]Old[ ]{TOKEN}(?:[ ]{TOKEN})?"
    rf"|{TOKEN}(?:[ ]{TOKEN})?[ ](?:Cottage|Cottages|Farm|Farmhouse|Barn|Bungalow|Lodge|"
    r"Rectory|Vicarage|House))"
)
_NAMED_HOUSE = re.compile(
    rf"(?:{_HOUSE_NAME}),[ ]+(?:(?:{TOKEN}[ ]){{1,2}}{_STREET}"
    # "Ty Gwyn, Heol y Bryn", "Bwthyn Bach, Lon Isaf", "Hafod, Ffordd'r Eglwys"
    rf"|{_WELSH_STREET}(?:[ ](?:y|yr)[ ]|['’]r[ ]|[ ]){TOKEN})"
    r"(?![\w'’\-])"
    # a caravan or a pitch on a named farm: "Caravan 2, Fferm Bryn Glas"
    rf"|(?i:carafán|carafan|caravan|pitch|llain)[ ]+\d{{1,3}}[A-Za-z]?,[ ]+{_HOUSE_NAME}"
    r"(?![\w'’\-])"
)
_HOUSE_KEYS = [
    *words("cottage farm barn bungalow lodge rectory vicarage house"),
    "the old ",
    "ty ",
    "tyddyn ",
    "tŷ ",
    "bwthyn ",
    "fferm ",
    "plas ",
    "hafod ",
    "ffarm ",
    "carafán ",
    "carafan ",
    "caravan ",
]
# and a house's name before its number and street: "address: Tyddyn Bach, 2 Lôn y Wern",
# "Rose Cottage, 4 Mill Lane"
_HOUSE_BEFORE = re.compile(
    rf"(?:(?<=(?i:address)[:\-][ ])|(?<=(?i:address)[ ][:\-][ ]))"
    rf"(?:{TOKEN}(?:[ ]{TOKEN}){{0,2}}),[ ]+$|(?:{_HOUSE_NAME}),[ ]+$"
)
# "site", "Traveller Site", "Travellers' site", "Caravan Park", "Holiday Park"
_SITE = r"(?i:(?:caravan[ ]|travell?ers?['’]?[ ]|holiday[ ]|mobile[ ]home[ ])?(?:site|park))"
_PITCH = re.compile(
    r"(?i:pitch|plot|bay|caravan|trailer|chalet)[ ]+(?:no\.?[ ]*)?\d{1,3}[A-Za-z]?,?[ ]+"
    r"(?:(?i:on|at)[ ]+(?:the[ ]+)?)?"
    rf"{TOKEN}(?:[ ]{TOKEN})?[ ]{_SITE}(?![\w])"
)
# a pitch with the site's name alone: "Pitch 9 Oakfield", "plot 4 at Greenacres", "Pitch 3
# - Hollins Lane" (not "bay", which is also where a car parks)
_PITCH_NAMED = re.compile(
    r"(?i:pitch|plot|caravan|trailer|chalet)[ ]+(?:(?i:no)\.?[ ]*)?\d{1,3}[A-Za-z]?"
    r"(?:[ ]*[,\-–][ ]*|[ ]+(?:(?i:on|at)[ ]+(?:the[ ]+)?)?)"
    rf"(?P<site>{TOKEN}(?:[ ]{TOKEN}){{0,2}})(?![\w'’\-])"
)
# and the site first: "on the Oakfield site, pitch 9", "Riverside Park, plot 12"
_SITE_PITCH = re.compile(
    rf"{TOKEN}(?:[ ]{TOKEN})?[ ]{_SITE},?[ ]+"
    r"(?i:pitch|plot|bay|caravan|trailer|chalet)[ ]+(?:(?i:no)\.?[ ]*)?\d{1,3}[A-Za-z]?(?![\w])"
)
_PITCH_KEYS = words("pitch plot bay caravan trailer chalet")
# "lives at 14 Larkspur", "moved to 101 Kingsway": a number and one capitalised word, after
# a verb of living there
_LIVES_AT = re.compile(
    r"(?i:live|lives|living|lived|stays|stay|staying|stayed|moved|moving|rehoused|"
    r"address|addressed|visited|visiting|resides|residing)[ ]+(?i:at|to|in|into|is)[ ]+"
    rf"(?P<address>\d{{1,4}}[A-Za-z]?[ ]+{TOKEN})(?![\w'’\-])(?![ ][{UPPER}])"
)
# what follows a street named "... Approach": the end, a comma, a postcode, a joining word
_STREET_END = re.compile(
    r"(?:$|[ ]*[,.;:)\n]|[ ]+(?:[A-Z]{1,2}\d|and|in|on|at|is|was|for|with|to|where|until|"
    r"since|by|near|off|from|but|so|then|now|today|last|this|next|as|because)(?![a-z]))"
)
# Courts and dates, not streets: "2 Family Court hearings", "on 12 March Court sat".
_NOT_STREET_WORDS = (
    MONTHS
    | DAYS
    | frozenset(
        words(
            "family crown county magistrates youth supreme appeal child children social "
            "working team practice care key staff review"
        )
    )
)


# Welsh public buildings, not streets: "ystafell 2, Neuadd y Dref" (room 2, the town hall),
# "Canolfan y Fro", "Swyddfa'r Post"
_WELSH_BUILDINGS = frozenset(
    words(
        "neuadd canolfan ysgol swyddfa llyfrgell ysbyty eglwys coleg prifysgol cyngor uned "
        "ystafell gwesty tafarn theatr amgueddfa"
    )
)


def find_places(scan: Scan) -> Iterator[Hit]:
    """Street addresses, with any flat number before them."""
    text = scan.text
    for m in _ADDRESS.finditer(text):
        street = (m.group("words") or m.group("welsh") or "").split()
        if not free_before(text, m.start(), "_'’-£$€/."):
            continue
        if any(w.casefold() in _NOT_STREET_WORDS for w in street) or "High Court" in m.group():
            continue
        compound = m.group("compound")  # a Welsh name with no street word before it
        if compound and compound.split("-")[0].split()[0].casefold() in _WELSH_BUILDINGS:
            continue
        if m.group().endswith("Approach") and not _STREET_END.match(text, m.end()):
            continue  # "3 Risk Approach sessions" is a way of working
        # "flat 3, 22 Mill Lane", or "Flat 4, Tower Court" where the number is the flat's
        flat = (
            _FLAT_AND_BLOCK_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or _FLAT_BEFORE.search(text, max(0, m.start() - 25), m.start())
            or _FLAT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _HOUSE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
        start = flat.start() if flat else m.start()
        yield Hit(FindingKind.ADDRESS, start, m.end(), _REASON)
    # a named house is always followed by a comma and its street: a word that ends the
    # name ("Cottage", "House") has the comma straight after it, a word that starts it
    # ("Ty ", "The Old ") starts a word and has the comma soon after ("ty " is in "party ")
    lowered = scan.lowered
    house_keys = [
        (start, end)
        for start, end in keyword_spans(scan, _HOUSE_KEYS)
        if (
            lowered.find(",", end, end + 40) != -1
            and (start == 0 or not lowered[start - 1].isalpha())
            if lowered[end - 1] == " "
            else lowered.find(",", end, end + 6) != -1
        )
    ]
    near_houses = windows(text, house_keys, 30, 50)
    for m in find_in(_NAMED_HOUSE, text, near_houses):
        if starts_word(text, m.start()):
            yield Hit(FindingKind.ADDRESS, m.start(), m.end(), _REASON)
    if scan.digits:
        # every form of a pitch holds one of its words: look only near those
        near_pitches = windows(text, keyword_spans(scan, _PITCH_KEYS), 50, 60)
        for m in find_in(_PITCH, text, near_pitches):
            if starts_word(text, m.start()):
                yield Hit(FindingKind.ADDRESS, m.start(), m.end(), _REASON)
        for m in find_in(_PITCH_NAMED, text, near_pitches):
            site = m.group("site").split()
            if starts_word(text, m.start()) and not any(
                w.casefold() in _NOT_STREET_WORDS or w.casefold() in STOP_WORDS for w in site
            ):
                yield Hit(FindingKind.ADDRESS, m.start(), m.end(), _REASON)
        for m in find_in(_SITE_PITCH, text, near_pitches):
            if starts_word(text, m.start()) and m.group().split()[0].casefold() not in STOP_WORDS:
                yield Hit(FindingKind.ADDRESS, m.start(), m.end(), _REASON)
        yield from _lower_case_addresses(scan)
        near = scan.digit_windows(40, 40, range(1, 5))
        for m in find_in(_FLAT_IN_BLOCK, text, near):
            if starts_word(text, m.start()):
                yield Hit(FindingKind.ADDRESS, m.start(), m.end(), _REASON)
        for m in find_in(_LIVES_AT, text, near):
            word = m.group("address").split()[-1].casefold()
            if word not in _NOT_STREET_WORDS and word not in STOP_WORDS:
                yield Hit(FindingKind.ADDRESS, m.start("address"), m.end("address"), _REASON)


def _lower_case_addresses(scan: Scan) -> Iterator[Hit]:
    """Streets typed in lower case, only straight after "flat 2," or "at"/"to"/"from"."""
    text = scan.text
    for m in find_in(_LOWER_ADDRESS, text, scan.digit_windows(0, 50, range(1, 5))):
        before = _LOWER_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is not None and not starts_word(text, before.start()):
            before = None
        line_start = text.rfind("\n", 0, m.start()) + 1
        alone = (
            text[line_start : m.start()].strip(" \t-*•") == ""
            and _LOWER_LINE_END.match(text, m.end()) is not None
        )
        if before is None and not alone:
            continue
        street = (m.group("words") or m.group("welsh")).casefold().split()
        numbered = before is not None and (
            before.group("no") is not None or before.group("dot") is not None
        )
        if street == ["the"] and numbered:
            pass  # "no. 9 the crescent"
        elif any(w in STOP_WORDS or w in _NOT_STREET_WORDS for w in street):
            continue  # "at 3 the lane", "to 2 review court"
        start = before.start() if before and (before.group("flat") or numbered) else m.start()
        yield Hit(FindingKind.ADDRESS, start, m.end(), _REASON)

"""Words that look like a person's name but name a thing here: a theorist cited without a
year ("Ferguson on home visits", "using Kolb and Johns"), a children's programme or toy
("Mr Men", "Hey Duggee", "an Elsa costume"), a room named after a virtue or a name ("the
Faith and Grace room"), and a Welsh title whose word is also a given name ("Seren yr
Wythnos", "Dosbarth Enfys", "Dydd Gŵyl Dewi").

Each list below is short and reviewed by hand; each word counts as the thing only where the
words around it say so, so a child called Ferguson, Elsa or Seren is still found when the
text speaks of the child ("Mrs Ferguson said her son...", "Elsa's mum", "mae Seren wedi").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._gazetteer import gazetteer
from ._scan import Scan, keyword_spans
from ._words import PUBLIC_SURNAMES, words

# Writers on social work, supervision, reflection, attachment, trauma and leadership whose
# surnames are also ordinary family names in the UK, so they are no name only when cited.
# (Names no family shares - "Kolb", "Kadushin", "Shohet" - are in PUBLIC_SURNAMES.)
CITED_SURNAMES = frozenset(
    words("""
    ferguson morrison johns howe rogers perry thompson hughes golding turney proctor grant
    hawkins forrester featherstone siegel berne menzies honey gardner rutter beek white
    calder stevenson brandon moon knott scragg payne healy adams parton bywaters laird
    tedam maclean mclean lishman coulshed sawbridge wilkins hood fairtlough jung bion
    bowlby ainsworth schofield fahlberg egan rolfe driscoll gibbs munro ruch kinman
    beddoe cooper lefevre ingram howe koprowska trevithick
    """)
)
# Words before a writer cited as a source: "using Kolb", "per Munro", "drawing on Howe"
_CITE_BEFORE = re.compile(
    r"(?<![\w])(?i:using|used|use|uses|per|via|drawing[ ]on|drew[ ]on|draw[ ]on|"
    r"reading|read|reread|re-read|rereading|cites?|cited|citing|quoting|quoted|"
    r"according[ ]to|argued[ ]by|described[ ]by|developed[ ]by|cf\.?)[ ]+$"
)
# "as Munro said", "as Ferguson puts it": a writer quoted
_AS_BEFORE = re.compile(r"(?<![\w])(?i:as)[ ]+$")
_SAYS_AFTER = re.compile(
    r"[ ]+(?:says|said|puts[ ]it|put[ ]it|argues|argued|suggests|suggested|writes|wrote|"
    r"reminds[ ]us|notes|noted|describes|described|observes|observed|found)(?![\w])"
)
# "Perry argues that", "Howe reminds us": what only a writer does to a reader
_ARGUES_AFTER = re.compile(
    r"[ ]+(?:argues|argued|suggests|suggested|writes|wrote|notes|noted|observes|observed|"
    r"describes|described|highlights|highlighted|reminds|calls|identifies|identified)"
    r"[ ]+(?:that|us|how|this|these|the[ ]+need)(?![\w])"
)
# "Ferguson on home visits", "Turney on neglect": a writer on a subject, in a sentence
# about research or theory ("read" and "book" are left out: "read Perry a book")
_ON_AFTER = re.compile(r"[ ]+on[ ]+([a-z][a-z\-]*)(?![\w'’])")
# Subjects a writer is cited on ("Howe on attachment", "Ingram on emotional intelligence")
_SUBJECTS = frozenset(
    words(
        "attachment neglect trauma shame empathy resilience supervision reflection "
        "assessment intersectionality practice leadership power risk resistance emotional "
        "emotions relationships relationship-based analysis theory critical anti-oppressive "
        "poverty abuse adolescence adolescents childhood identity culture racism language "
        "recording decision-making curiosity hope grief loss"
    )
)
_SUBJECT_ENDS = ("ism", "ality", "ology")
_READING = re.compile(
    r"(?i)(?<![\w])(?:cpd|research|article|articles|chapter|"
    r"paper|papers|literature|theory|theories|theorist|model|models|framework|journal[ ]club|"
    r"reflective|reflection|citing|cited|reference|references)(?![\w])"
)
_LIST_BEFORE = re.compile(r"([A-Z][\w\-’']*?)(?:['’]s)?(?:[ ]*[,/&][ ]*|[ ]+and[ ]+)$")
_LIST_AFTER = re.compile(r"(?:[ ]*[,/&][ ]*|[ ]+and[ ]+)([A-Z][\w\-]*)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 160, 0)
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, min([*right, end + 160, len(text)])


def _theorist(word: str) -> bool:
    folded = word.casefold().removesuffix("'s").removesuffix("’s")
    return folded in CITED_SURNAMES or folded in PUBLIC_SURNAMES


def is_cited(text: str, start: int, end: int) -> bool:
    """Whether a theorist's surname that is also a family name ("Ferguson", "Morrison",
    "Johns") is cited here rather than a person in the work: after "using", "per",
    "drawing on"; "as Munro said"; "Perry argues that"; beside another theorist ("Kolb and
    Johns", "Hawkins and Shohet"); or "Ferguson on home visits" in a sentence about
    reading or theory."""
    if text[start:end].casefold() not in CITED_SURNAMES:
        return False
    left, right = _sentence(text, start, end)
    reading = _READING.search(text, left, right) is not None
    possessive = text[end : end + 2] in ("'s", "’s")
    # "read Perry a story", "used Perry's bike": a given name needs a reading sentence
    plain = not possessive and (reading or not gazetteer().is_given(text[start:end]))
    if plain and _CITE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _AS_BEFORE.search(text, max(0, start - 4), start) and _SAYS_AFTER.match(text, end):
        return True
    if _ARGUES_AFTER.match(text, end):
        return True
    before = _LIST_BEFORE.search(text, max(0, start - 30), start)
    after = _LIST_AFTER.match(text, end)
    for neighbour in (before, after):
        if (
            neighbour
            and _theorist(neighbour.group(1))
            and (neighbour.group(1).casefold() in PUBLIC_SURNAMES or reading)
        ):
            return True
    on = _ON_AFTER.match(text, end)
    if on is None:
        return False
    # "Howe on attachment", "Turney on neglect": a writer on a subject of the field, in a
    # sentence of its own ("Howe on leave" is someone away)
    return reading or on.group(1) in _SUBJECTS or on.group(1).endswith(_SUBJECT_ENDS)


# Children's programmes, books, toys and characters whose names are made of names or a
# title ("Mr Men", "Hey Duggee", "Peppa Pig", "Bob the Builder"): never a person.
_MEDIA = re.compile(
    r"(?<![\w])(?:mr[ ]men|little[ ]miss(?:[ ][a-z]+)?|mr[ ]tumble|mr[ ]bean|mr[ ]blobby|"
    r"hey[ ]duggee|peppa[ ]pig|george[ ]pig|paw[ ]patrol|fireman[ ]sam|postman[ ]pat|"
    r"bob[ ]the[ ]builder|thomas[ ]the[ ]tank(?:[ ]engine)?|thomas[ ](?:and|&)[ ]friends|"
    r"peter[ ]rabbit|winnie[ ]the[ ]pooh|harry[ ]potter|lilo[ ](?:and|&)[ ]stitch|"
    r"dora[ ]the[ ]explorer|sonic[ ]the[ ]hedgehog|super[ ]mario|mario[ ]kart|"
    r"lightning[ ]mcqueen|ben[ ]10|ben[ ](?:and|&)[ ]holly|sarah[ ](?:and|&)[ ]duck|"
    r"iggle[ ]piggle|upsy[ ]daisy|makka[ ]pakka|tinky[ ]winky|horrid[ ]henry|"
    r"tracy[ ]beaker|captain[ ]underpants|ms[ ]rachel|miss[ ]rachel|hey[ ]bear|"
    r"baby[ ]shark|mickey[ ]mouse|minnie[ ]mouse|spider-?man|charlie[ ]and[ ]lola|"
    r"topsy[ ]and[ ]tim|biff[ ](?:and|&)[ ]chip|kipper[ ]the[ ]dog|bing[ ]bunny|"
    # films, plays, radio and rhymes named after people: "Mrs Doubtfire", "The Archers"
    r"mrs[ ]doubtfire|the[ ]archers|romeo[ ](?:and|&)[ ]juliet|wallace[ ](?:and|&)[ ]gromit|"
    r"shaun[ ]the[ ]sheep|dr[ ]seuss|mr[ ]motivator|mrs[ ]hinch|dr[ ]ranj|"
    r"jack[ ](?:and|&)[ ]jill(?=[ ]+(?:nursery|rhymes?|playgroup|pre-?school|group|song)))"
    r"(?:['’]s)?(?![\w])"
)
_MEDIA_KEYS = (
    "mr men", "mr tumble", "mr bean", "mr blobby", "little miss", "duggee", "peppa",
    "george pig", "paw patrol", "fireman", "postman", "builder", "tank", "thomas and",
    "thomas &", "peter rabbit", "pooh", "potter", "stitch", "explorer", "hedgehog", "mario",
    "mcqueen", "ben 10", "holly", "duck", "piggle", "daisy", "pakka", "winky", "horrid",
    "beaker", "underpants", "rachel", "hey bear", "shark", "mouse", "spider", "lola",
    "topsy", "chip", "kipper", "bing", "doubtfire", "archers", "juliet", "jill", "gromit",
    "the sheep", "seuss", "motivator", "hinch", "ranj",
)  # fmt: skip
# Characters whose name is also a child's: the character only before a thing it is on
# ("an Elsa costume", "the Moana film", "Sonic game") or after "dressed as"
MEDIA_NAMES = frozenset(
    words(
        "elsa anna moana mario luigi sonic barbie dora stitch ariel belle peppa bluey "
        "matilda paddington sherlock gruffalo"
    )
)
_MEDIA_THING_AFTER = re.compile(
    r"[ ]+(?:costume|costumes|dress|dresses|outfit|film|films|movie|movies|doll|dolls|toy|"
    r"toys|game|games|book|books|figure|figures|lunchbox|backpack|bag|stickers|pyjamas|"
    r"duvet|bedding|cake|theme|themed|song|songs|dvd|episode|episodes|colouring|jigsaw|"
    r"programme|cartoon|teddy|plush|lego|DVD|DVDs|musical|show|play|quiz)(?![\w'’])"
)
_DRESSED_AS = re.compile(r"(?i:dressed[ ](?:up[ ])?as|watch(?:es|ed|ing)?|watches)[ ]+$")

# A room, wing or class named after a virtue or a name: "the Faith and Grace room", "the
# Ruby room", "the Hope suite" (never "Ruby's room")
_ROOM_AFTER = re.compile(
    r"[ ]+(?:children['’]s[ ]+)?(?:room|rooms|suite|lounge|wing|pod|classroom|class|unit|"
    r"base|ward|wards|building|block|hospice|hall|library|lecture|theatre|centre|house|"
    r"line(?![ ]+(?:manag|by)))(?![\w'’])"
)
# A ward or a hospice named after someone is never that person, "the" or no "the" before
# it ("Evelina ward", "Sue Ryder hospice"); after a full name also a building, a railway
# line, an exhibition, a memorial, a prize or a charity ("Darwin Building", "Anne Frank
# exhibition", "the Ellen MacArthur trust"): "Jayden building Lego", "Kai line dancing",
# "Amira award for attendance", "Jayden trust issues" are a person's
_NAMED_WARD_AFTER = re.compile(
    r"[ ]+(?:(?:children['’]s[ ]+)?(?:ward|wards|hospice)(?![\w'’])"
    r"|line(?=[ ]+(?:to|from|trains?|stations?|was|is|closed|delays?)(?![\w'’])))"
)
_NAMED_THING_AFTER = re.compile(
    r"[ ]+(?:children['’]s[ ]+)?(?:building|lecture[ ]theatre|line(?![ ]+(?:manag|by))|"
    r"exhibition|memorial|statue|award|awards|prize|scholarship|bursary|lecture|trust|"
    r"foundation|fund|appeal)(?![\w'’])(?![ ]+(?:issues?|raising|raiser))"
)
_THE_BEFORE = re.compile(r"(?<![\w])(?i:the)[ ]+(?:[A-Z][\w\-]*[ ]*(?:,|and|&)[ ]*){0,3}$")
# Welsh puts the noun first: "Ystafell Enfys" (the Rainbow room), "Dosbarth Seren",
# "Cylch Meithrin Heulwen"; and titles made of words that are also names: "Seren yr
# Wythnos" (star of the week), "Seren Iaith", "Dydd Gŵyl Dewi", "Dewi Sant", "Tymor yr Haf"
_WELSH_THING_BEFORE = re.compile(
    r"(?<![\w])(?i:dosbarth|ystafell|cylch|meithrin|tîm|tim|canolfan|uned|grŵp|grwp|"
    r"gwobr|gŵyl|gwyl|tymor[ ]yr|gwyliau['’]r)[ ]+$"
)
_WELSH_TITLE_AFTER = re.compile(
    r"[ ]+(?:yr?[ ]+(?:wythnos|mis|dydd|dosbarth|flwyddyn|tymor)|iaith|sant|santes)(?![\w])",
    re.IGNORECASE,
)


# A name used as a noun before what a public figure makes or sells is that figure, never
# someone in the work, who would own it ("Tom Gates books", "a Harry Kane shirt", "Taylor
# Swift concert", "Mary Berry recipes"); and "is her favourite singer" ("Aaron is his
# hero" may be a brother).
# Words that are also verbs ("films", "shows") are left out, and "books" counts only before
# a pause or "are", "for": "Mum books a taxi" is a person.
_FIGURE_THING_AFTER = re.compile(
    r"[ ]+(?:book|novel|novels|series|movie|movies|song|songs|album|albums|lyrics|concert|"
    r"concerts|gig|books(?=[ ]*(?:[-–,.;:)!?]|$)|[ ]+(?:are|were|for|and|by|about)[ ])|"
    r"documentary|documentaries|podcast|recipe|recipes|cookbook|poster|"
    r"posters|shirt|tickets|fundraiser|memoir|biography|autobiography|merch|DVD|DVDs|"
    r"workout|workouts)(?![\w'’\-])"
    r"|[ ]+is[ ]+(?:his|her|their|my|our)[ ]+(?:"
    r"favourite[ ](?:singer|band|footballer|player|author|writer|youtuber|artist|actor|"
    r"actress|rapper|boxer|driver|athlete))(?![\w'’])"
)


def is_public_figure(text: str, end: int) -> bool:
    """Whether a name is a public figure by what follows it ("Tom Gates books")."""
    return _FIGURE_THING_AFTER.match(text, end) is not None


def media_spans(scan: Scan) -> tuple[tuple[int, int], ...]:
    """Where children's programmes and characters stand in a scanned text's lowered text."""
    # the scan's keyword index, found in one pass, rather than a search per key
    if not any(keyword_spans(scan, _MEDIA_KEYS)):
        return ()
    return _media_spans(scan.lowered)


@lru_cache(maxsize=8)
def _media_spans(lowered: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _MEDIA.finditer(lowered))


def is_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that could be a name is a character, a room or a Welsh
    title here ("an Elsa costume", "the Grace room", "Seren yr Wythnos")."""
    folded = text[start:end].casefold()
    possessive = text[end : end + 2] in ("'s", "’s")
    if (
        folded in MEDIA_NAMES
        and not possessive
        and (
            _MEDIA_THING_AFTER.match(text, end)
            or _DRESSED_AS.search(text, max(0, start - 20), start)
        )
    ):
        return True
    if not possessive and (
        _NAMED_WARD_AFTER.match(text, end)
        or (" " in text[start:end] and _NAMED_THING_AFTER.match(text, end))
        or (_ROOM_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 40), start))
    ):
        return True
    if _WELSH_THING_BEFORE.search(text, max(0, start - 16), start):
        return True
    return _WELSH_TITLE_AFTER.match(text, end) is not None


# A writer saying the names in a sentence are made up: "'Jane' (not her real name)",
# "call him Tom - not his name", "Names changed: 'Amy' and 'Sam'", "(a pseudonym)"
_MADE_UP = re.compile(
    r"(?i)(?<![\w])(?:not[ ]+(?:his|her|their|the|a|my)[ ]+real[ ]+names?"
    r"|not[ ]+(?:his|her|their)[ ]+names?(?![\w])"
    r"|names?[ ]+(?:(?:have|has)[ ]+been[ ]+)?changed|pseudonyms?(?![\w])"
    r"|made[ \-]up[ ]+names?|invented[ ]+names?)"
)
_SENTENCE_BREAK = re.compile(r"[.!?](?:[ ]|$)|\n")


_MADE_UP_KEYS = (
    "real name", "name changed", "names changed", "been changed", "pseudonym",
    "not his name", "not her name", "not their name", "up name", "invented name",
)  # fmt: skip


def made_up_spans(scan: Scan) -> list[tuple[int, int]]:
    """The sentences whose writer says the names in them are made up."""
    if not any(keyword_spans(scan, _MADE_UP_KEYS)):
        return []
    text = scan.text
    spans = []
    for m in _MADE_UP.finditer(text):
        starts = [b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())]
        end = _SENTENCE_BREAK.search(text, m.end())
        spans.append((starts[-1] if starts else 0, end.start() if end else len(text)))
    return spans

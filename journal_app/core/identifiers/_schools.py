"""Schools, nurseries and colleges: capitalised names ending in a telling word.

"Oakhollow Primary School", "St Bride's Catholic Primary", "Parkside Nursery", "Rainbow
Pre-School", "Westfield Pupil Referral Unit", "Ysgol y Dderwen", "Cylch Meithrin Tregarth".
The distinctive part of the name must be there: "a Cardiff primary school" and "the
Virtual School" are any school, not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._gazetteer import gazetteer
from ._scan import TOKEN, UPPER, Scan, find_in, keyword_spans, starts_word, windows
from ._types import FindingKind, Hit
from ._words import (
    INSTITUTION_WORDS,
    ORGANISATIONS,
    PLACES,
    SCHOOL_GENERIC,
    STOP_WORDS,
    TOWNS,
    words,
)

_REASON = Message("identifiers.reason.school")
_SCHOOL_WORD = rf"{TOKEN}(?:['’]s|(?<=St)\.)?"  # "St. Mary's", never "Oakfield. School"
_SCHOOL_SUFFIX = (
    r"(?i:primary[ ]school|primary|high[ ]school|secondary[ ]school|grammar[ ]school|"
    r"comprehensive(?:[ ]school)?|infants?['’]?[ ]school|infants|junior[ ]school|juniors|"
    r"nursery[ ]school|community[ ]school|special[ ]school|c\.?[ ]?(?:in[ ])?w\.?[ ]school|"
    r"catholic[ ]school|church[ ]school|day[ ]nursery|pre-?school|pupil[ ]referral[ ]unit|"
    r"(?:girls|boys)['’]?[ ](?:high[ ])?school|day[ ]care|childcare|montessori|kindergarten|"
    # alternative provision: "Highfield Learning Centre", "Bridges Alternative Provision"
    r"learning[ ]centre|learning[ ]center|education[ ]centre|alternative[ ]provision|"
    r"short[ ]stay[ ]school)"
    r"|Academy|College|School|High|Nursery|Preschool|Playgroup|PRU|Junior|Comp|Grammar"
    r"|Secondary|Sixth[ ]Form"
)
# starts with a capital (no look-behind first), so re can skip ahead to the next capital
_SCHOOL = re.compile(
    rf"(?P<name>{_SCHOOL_WORD}"
    rf"(?:[ ](?:(?:of|the|upon|y|yr|and|&)[ ])?(?:Church[ ]in[ ]Wales|{_SCHOOL_WORD})){{0,4}})"
    # "Happy Feet nursery rhyme group": a rhyme, no nursery
    rf"[ ](?P<suffix>{_SCHOOL_SUFFIX})(?![\w])(?![ ](?i:rhymes?)(?![\w]))"
)
_WELSH_SCHOOL = re.compile(
    # "Coleg" and "Cylch" change after "i" (to) and "yn" (in): "i Gylch Meithrin Tregarth"
    rf"(?:Ysgol|[CG]oleg|[CG]ylch[ ]Meithrin|Meithrinfa)(?:[ ](?:y|yr)(?=[ ]))?"
    rf"[ ]{TOKEN}(?:-(?:y|yr|'r)-{TOKEN})?(?:(?:[ ](?:y|yr|'r|ar))?[ ]{TOKEN}"
    rf"(?:-(?:y|yr|'r)-{TOKEN})?){{0,4}}"
)
# the school patterns only run near one of these words
_SCHOOL_KEYS = [
    *words(
        "primary academy college school high comprehensive comp infant junior ysgol coleg "
        "nursery playgroup referral pru meithrin grammar childcare montessori kindergarten "
        "goleg cofe catholic secondary sixth"
    ),
    "day care",
    "learning centre",
    "education centre",
    "alternative provision",
    "short stay",
]
# A school's name in capitals before a word in lower case: "Tiny Steps nursery", "Oakfield
# primary"; the name must not be a person's ("Jayden's school") nor a day or a time of day
_SCHOOL_LOWER_SUFFIX = re.compile(
    rf"(?P<name>{_SCHOOL_WORD}(?:[ ]{_SCHOOL_WORD}){{0,2}})"
    r"[ ](?P<suffix>primary(?:[ ]school)?|nursery|academy|high[ ]school|juniors|infants|"
    r"pre-?school|school)(?![\w])(?![ ](?i:rhymes?)(?![\w]))"
)
_NOT_LOWER_SCHOOL = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening "
        "weekend holiday holidays after before breakfast after-school forest sunday bible "
        "driving dance drama swimming football rugby boarding summer easter christmas"
    )
)
# Saints' schools typed in lower case: "st joseph's catholic primary", "st aidan's cofe"
_LOWER_SAINT_SCHOOL = re.compile(
    r"(?<![\w])(?:st\.?|saint)[ ][a-z]+['’]s"
    r"(?:(?P<church>[ ](?:catholic|rc|r\.c\.|cofe|c[ ]of[ ]e|c\.of\.e\.?|ce|c\.e\.|"
    r"church[ ]in[ ]wales|cw|c\.w\.|church))"
    r"(?P<type>[ ](?:primary|junior|juniors|infants?|high|academy|school|college|nursery|"
    r"comprehensive|secondary)(?:[ ]school)?)?"
    r"|(?P<type2>[ ](?:primary|juniors|infants|high[ ]school|academy|nursery|comprehensive)"
    r"(?:[ ]school)?))(?![\w])"
)
# Welsh schools typed in lower case, after the kind of school: "ysgol gynradd y fro",
# "ysgol gynradd pen y bryn"; the name ends at the first English word ("say", "rang")
_LOWER_WELSH_SCHOOL = re.compile(
    r"(?<![\w])ysgol[ ](?:gynradd|uwchradd|gyfun|feithrin|arbennig|gymraeg|babanod|iau)"
    r"(?P<rest>(?:[ ][a-zâêîôûŵŷ'’\-]+){1,4})"
)
_WELSH_JOINS = frozenset(words("y yr 'r ’r"))
_WELSH_NOT_NAME = frozenset(
    words(
        "yn wedi heddiw ddoe a ac i o ar am efo gyda ond bod mae roedd oedd ddim ei eu fy "
        "ers mis bob ble leol sydd â gyda newydd arall gyntaf"
    )
)
_GENERIC_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|another|any|one|each|every|which)[ ]+)$")
_NOT_SCHOOLS = frozenset(words("university council hospital police prison court trust nhs"))


# A school named without a telling word, where the words before make it a school:
# "she attends St Mary's", "in Year 4 at Brynhyfryd".
_SAINT_AFTER_VERB = re.compile(
    r"(?P<verb>(?i:attends|attended|attending|started[ ]at|transferred[ ]to|excluded[ ]from|"
    r"pupil[ ]at))[ ]+"
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s)(?![\w]|[ ][{UPPER}])"
)
# "at Fitzalan in Year 9", "St Illtyd's is his school": the school named by what is said
# of it
_AT_IN_YEAR = re.compile(
    rf"(?P<verb>(?i:at))[ ]+(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?"
    rf"(?:[ ]{TOKEN}(?:['’]s)?)?)[ ]+"
    r"(?i:(?:in|since)[ ]+(?:year|yr|reception|nursery)[ ]*\d{0,2})"
    r"(?![\w])"
)
_IS_THEIR_SCHOOL = re.compile(
    rf"(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?(?:[ ]{TOKEN}(?:['’]s)?)?)[ ]+"
    r"(?P<verb>(?:is|was)[ ]+(?:his|her|their|the[ ]children['’]s)[ ]+"
    r"(?:(?:new|old|current|previous|local|secondary|primary)[ ]+)?"
    r"(?:school|nursery|college|primary|secondary|high[ ]school|sixth[ ]form))(?![\w])"
    r"(?![ ]+(?:friends?|mates?|bag|uniform|run|trip|work|report|day|days|holidays?|bus|"
    r"place|nurse|shoes|meeting|teacher|years?)(?![\w]))"
)
# Words that only a school is the place of: "excluded from Oakridge", "her teacher at
# Fernhill", "the DSL at Brynglas", "attendance at Heolddu", "transferred to Maes y Coed"
_SCHOOL_PLACE_OF = re.compile(
    r"(?P<verb>(?i:excluded[ ]from|exclusion[ ]from|transferred[ ]to|pupil[ ]at|"
    r"on[ ]roll[ ]at|attendance[ ]at|teachers?[ ]at|teachers?[ ]from|head[ ]of[ ]year[ ]at|"
    r"head[ ]?teacher[ ]at|head[ ]at|deputy[ ]head[ ]at|dsl[ ]at|dsl[ ]from|senco[ ]at|"
    r"senco[ ]from|reception[ ]at|nursery[ ]class[ ]at|started[ ]at|starts[ ]at|"
    r"head[ ]?teacher[ ]of|"
    r"(?:year|yr)[ ]?\d{1,2}[ ]at|sixth[ ]form[ ]at))[ ]+"
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
# school subjects and the like: "excluded from Maths", "teacher at Christmas"
_NOT_SCHOOL_NAMES = frozenset(
    words(
        "maths math english science pe art music drama history geography welsh french "
        "spanish german re pshe computing ict technology dt lessons class assembly "
        "home school college hospital court work church"
    )
)
_AFTER_SCHOOL_YEAR = re.compile(
    rf"(?P<verb>(?i:year|yr|reception))[ ]*\d{{0,2}}[ ]+at[ ]+"
    rf"(?P<name>{TOKEN}(?:[ ]{TOKEN})?)(?![\w'’])"
)
# A school named after the verbs a pupil's school takes: "attends Carreg Wen", "goes to
# Hillbrook", "moved to Priory Vale in Year 9". "Attends" and "started at" take a school,
# a club or a service; "goes to" and "moved to" as often a town, so they need the name
# shaped like a school's ("Oakfield", "Greenacre") or the words around to say so.
_NAME_AFTER = (
    rf"(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ]|'r[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-]|[ ]+[A-Z])"
)
_ATTENDS = re.compile(
    r"(?P<verb>(?i:attends|attended|attending|attend|starting[ ]at|start[ ]at))[ ]+" + _NAME_AFTER
)
_GOES_TO = re.compile(
    r"(?P<verb>(?i:goes|go|going|went|gone|moved|moving|moves|move|transfer|transferring)"
    r"(?:[ ]+up)?[ ]+to)[ ]+" + _NAME_AFTER
)
_ATTENDS_KEYS = words("attend start")
_GOES_KEYS = [
    *["go to", "goes to", "going to", "went to", "gone to", "move", "moving to", "transfer"],
    *["go up to", "goes up to", "going up to", "went up to"],
]
# after "goes to": what a school's name ends in ("Oakfield", "Hillbrook", "Greenacre")
_SCHOOL_SHAPE = re.compile(
    r"(?:field|fields|brook|wood|woods|holme|acre|acres|side|mead|meade|moor|moors|"
    r"hurst|croft|bank|grove|vale|lands|cote|combe|gate|hill|hills|park|green|dene)$"
)
# after "goes to": what makes the name a school ("in Year 9", "since reception", "in
# September"), and what makes it a place one visits ("to see her dad", "at weekends")
_SCHOOL_TIME_AFTER = re.compile(
    r"[ ]+(?:in|since|from|for)[ ]+(?:year|yr|reception|nursery|the[ ]sixth[ ]form|"
    r"september|january|sixth[ ]form)(?![\w])",
    re.IGNORECASE,
)
_VISIT_AFTER = re.compile(
    r"[ ]+(?:to[ ]+(?:see|visit|stay|live|be[ ]+with)|every|most|at[ ]+weekends|on|with|"
    r"for[ ]+(?:the|a)[ ]+(?:day|weekend|week|night|summer|holidays?))(?![\w])",
    re.IGNORECASE,
)
_SCHOOL_NEAR = re.compile(
    r"(?i)(?<![\w])(?:teachers?|class|lessons?|uniform|senco|head[ ]?teacher|pupils?|"
    r"year[ ]?\d{1,2}|reception|timetable|exclusion|excluded|attendance|term)(?![\w])"
)
# clubs and groups a child attends that no school is named
_CLUBS = frozenset(
    words("cubs beavers scouts brownies guides rainbows cadets explorers sunday mass")
)
_YEAR_KEYS = words("year yr reception nursery")
_OWNER_KEYS = ["is his ", "is her ", "is their ", "was his ", "was her ", "was their "]
_PUPIL_KEYS = words(
    "attend started starts transferred excluded exclusion pupil year yr reception roll "
    "teacher head dsl senco nursery sixth"
)
# School staff named by their job: "the pastoral lead at Northgate", "her form tutor at
# Cedarwood", "the school nurse from Millbrook"; found from " at " and " from ", with the
# job and the word before it checked in code
_STAFF_AT = re.compile(
    r"(?P<verb>(?i:lead|manager|officer|team|worker|tutor|assistant|mentor|nurse)[ ](?:at|from))"
    rf"[ ]+(?P<name>(?:St\.?|Saint)[ ]+{TOKEN}['’]s|{TOKEN}(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
_STAFF_JOBS = frozenset(words("lead manager officer team worker tutor assistant mentor nurse"))
_STAFF_QUALIFIERS = frozenset(
    words("pastoral safeguarding attendance form class teaching learning school")
)
_PREV_WORD = re.compile(r"([A-Za-z]+)[ ]+$")


def _staff_spans(lowered: str) -> list[tuple[int, int]]:
    """Where a school job stands before " at " or " from " ("form tutor at")."""
    spans = []
    for prep in (" at ", " from "):
        at = lowered.find(prep)
        while at != -1:
            start = lowered.rfind(" ", 0, at) + 1
            if lowered[start:at] in _STAFF_JOBS:
                spans.append((start, at))
            at = lowered.find(prep, at + 1)
    return spans


def _named_after_school_words(name: str) -> bool:
    """Whether the words after "attends" or "Year 4 at" are a school's own name: not
    "Year 4 at School", "Year 6 at Christmas" or a place ("Year 3 at Cardiff")."""
    bare = [re.sub(r"['’]s$", "", w).rstrip(".").casefold() for w in name.split()]
    if any(
        w in _NOT_SCHOOL_NAMES or w in TOWNS or w in INSTITUTION_WORDS or w in ORGANISATIONS
        for w in bare
    ):
        return False
    return not any(w in STOP_WORDS or w in SCHOOL_GENERIC or w in PLACES for w in bare[-1:])


def _own_name(name: str) -> bool:
    """Whether the words after "attends" or "goes to" are a school's own name: no club
    ("Cubs"), no English word on its own ("Mass", "Beavers"), no acronym ("CAMHS"), and
    a street's word only as a two-word school's end ("Maple Grove", not "High Street")."""
    parts = name.split()
    bare = [re.sub(r"['’]s$", "", w).rstrip(".").casefold() for w in parts]
    if any(w in _CLUBS for w in bare) or any(w.isupper() and len(w) > 1 for w in parts):
        return False
    english = gazetteer().english
    if len(bare) == 1 and (bare[0] in english or bare[0].removesuffix("s") in english):
        return False
    if len(bare) > 1 and bare[-1] in _SCHOOL_SHAPE_WORDS:
        return _named_after_school_words(" ".join(parts[:-1]))
    return _named_after_school_words(name)


_SCHOOL_SHAPE_WORDS = frozenset(
    words("grove vale fields field park hill green meadows heights gate rise view croft wood")
)


def _named_after_verbs(scan: Scan) -> Iterator[Hit]:
    """Schools named after "attends" and "started at", and after "goes to" or "moved to"
    where the name is shaped like a school's or the words around say it is one."""
    text = scan.text
    near = windows(text, keyword_spans(scan, _ATTENDS_KEYS), 0, 60)
    for m in find_in(_ATTENDS, text, near):
        if _own_name(m.group("name")):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)
    near = windows(text, keyword_spans(scan, _GOES_KEYS), 0, 60)
    for m in find_in(_GOES_TO, text, near):
        name = m.group("name")
        if not _own_name(name) or _VISIT_AFTER.match(text, m.end()):
            continue
        folded = name.casefold()
        moved = m.group("verb").casefold().startswith(("mov", "trans"))
        said = _SCHOOL_TIME_AFTER.match(text, m.end()) or _SCHOOL_NEAR.search(
            text, max(0, m.start() - 60), m.end() + 60
        )
        shaped = not moved and (_SCHOOL_SHAPE.search(folded) is not None and folded not in TOWNS)
        if said or shaped:
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


def _school_start(text: str, m: re.Match[str]) -> int | None:
    """Where the distinctive part of a school's name starts, or None if it is generic."""
    found = list(re.finditer(r"\S+", m.group("name")))
    if any(w.group().casefold() in _NOT_SCHOOLS for w in found):
        return None  # "Cardiff University School of Social Sciences"
    # "Castle Hill Junior and Infant School" is one school: "and" joins two school words
    joins = [
        i
        for i, w in enumerate(found)
        if w.group() in ("and", "&")
        and not (i + 1 < len(found) and found[i + 1].group().casefold() in SCHOOL_GENERIC)
    ]
    if joins and not all(w.group().casefold() in PLACES for w in found[: joins[-1]]):
        # "Ysgol y Dderwen and St Bride's Primary" is two schools; "Cardiff and Vale
        # College" is one, named after places
        found = found[joins[-1] + 1 :]
    for word in found:
        bare = re.sub(r"['’]s$", "", word.group()).rstrip(".").casefold()
        if word.group().isupper() or bare in SCHOOL_GENERIC or bare in STOP_WORDS:
            continue
        start = m.start() + word.start()
        if start == m.start() and _GENERIC_BEFORE.search(text, max(0, start - 12), start):
            return None  # "a Cardiff primary school" is any school, not one
        # keep a "St" directly before the distinctive word: "St Mary's"
        saint = re.search(r"(?:St\.?|Saint)[ ]$", text[max(0, start - 6) : start])
        if saint is None and bare == "lady":  # "Our Lady of Lourdes Catholic Primary"
            saint = re.search(r"Our[ ]$", text[max(0, start - 4) : start])
        return start - len(saint.group()) if saint else start
    return None


# A school named with no telling word, where the sentence is about school: "concerns
# about punctuality at Castlebrook", "her visit to Woodlands, where he is in Year 4"
_EDUCATION_CUE = re.compile(
    r"(?i)(?<![\w])(?:teachers?|class[ ]?teacher|lessons?|uniform|senco|alnco|head[ ]?teacher|"
    r"pupils?|year[ ]?\d{1,2}|timetable|exclusions?|excluded|attendance|punctuality|"
    r"education[ ]welfare|ewo|dsl|form[ ]tutor|head[ ]of[ ]year|playground|"
    r"school[ ](?:meeting|staff|nurse|report|run|day))(?![\w])"
)
_EDUCATION_KEYS = words(
    "teacher lesson uniform senco alnco pupil year timetable exclu attendance punctuality "
    "education ewo dsl tutor playground"
)
_AT_A_NAME = re.compile(
    rf"(?P<verb>(?i:at|to|from))[ ]+(?P<name>{TOKEN}(?:[ ]{TOKEN})?)(?![\w'’\-]|[ ]+[{UPPER}])"
)
# "to" names a school only after these: "her visit to Woodlands", "transfer to Oakhurst"
_TO_A_SCHOOL = frozenset(
    words(
        "visit visits transfer transferred referral referred application applied admission "
        "admitted return returned reintegration"
    )
)
_SENTENCE_EDGE = re.compile(r"[.!?](?:[ ]|$)|\n")


def _sentence_of(text: str, start: int, end: int) -> str:
    before = max(
        (m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    after = _SENTENCE_EDGE.search(text, end)
    return text[before : after.start() if after else min(len(text), end + 200)]


def _school_shaped_name(name: str) -> bool:
    """Whether a name with no telling word could be a school's own: each word no plain
    English word, or shaped like a school's ("Castlebrook", "Woodlands", "Maple Grove")."""
    names = gazetteer()
    parts = name.split()
    if names.is_given(parts[0]) or names.is_given_word(parts[0]):
        return False  # "to Jordan", "at Grace's": people
    for part in parts:
        folded = re.sub(r"['’]s$", "", part).casefold()
        if names.is_listed_word(folded) and not _SCHOOL_SHAPE.search(folded):
            return False
    return _own_name(name) or bool(_SCHOOL_SHAPE.search(parts[-1].casefold()))


def _named_in_school_talk(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    near = windows(text, keyword_spans(scan, _EDUCATION_KEYS), 120, 120)
    for m in find_in(_AT_A_NAME, text, near):
        name = m.group("name")
        if not starts_word(text, m.start()) or not _named_after_school_words(name):
            continue
        if not _school_shaped_name(name) or _VISIT_AFTER.match(text, m.end()):
            continue
        before = _PREV_WORD.search(text, max(0, m.start() - 16), m.start())
        prev = before.group(1).casefold() if before else ""
        if m.group("verb").casefold() == "to" and prev not in _TO_A_SCHOOL:
            continue  # "moved to Splott in Year 9", "took the class to Techniquest"
        if _EDUCATION_CUE.search(_sentence_of(text, m.start(), m.end())):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


# A form's or a note's label: "School: Ashgrove", "Nursery - Little Acorns", "Ysgol: Bro Taf"
_SCHOOL_LABEL = re.compile(
    r"(?P<verb>(?i:school|nursery|college|ysgol|meithrinfa|education[ ]setting|setting))"
    r"[ ]*(?:[:–=]|[ ]-)[ ]*"
    rf"(?P<name>(?:St\.?[ ]+|Saint[ ]+)?{TOKEN}(?:['’]s)?(?:[ ](?:y[ ]|yr[ ])?{TOKEN}){{0,2}})"
    r"(?![\w'’\-])"
)
_LABEL_KEYS = words("school nursery college ysgol meithrinfa setting")


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces or a bullet come before ``pos`` on its line."""
    return text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t-*•") == ""


def _named_after_a_label(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    near = windows(text, keyword_spans(scan, _LABEL_KEYS), 0, 60)
    for m in find_in(_SCHOOL_LABEL, text, near):
        if not starts_word(text, m.start()):
            continue
        name = m.group("name")
        first = re.sub(r"['’]s$", "", name.split()[0])
        names = gazetteer()
        if (
            names.is_given(first)
            or names.is_given_word(first)
            or not starts_word(text, m.start("verb"))
        ):
            continue  # "School: Jordan's", "Email from college: Tendai has 62%"
        if m.group("verb")[0].islower() and not _line_start(text, m.start("verb")):
            continue  # a label opens its line: "from college: Tendai" is no label
        if _own_name(name) or (" " not in name and _school_shaped_name(name)):
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)


def _typed_in_lower_case(scan: Scan, near_keys: list[tuple[int, int]]) -> Iterator[Hit]:
    """Schools with their telling word, or all of their name, in lower case."""
    text = scan.text
    names = gazetteer()
    for m in find_in(_SCHOOL_LOWER_SUFFIX, text, near_keys):
        if not starts_word(text, m.start()):
            continue
        start = _school_start(text, m)
        if start is None:
            continue
        parts = [
            re.sub(r"['’]s$", "", w).casefold() for w in text[start : m.start("suffix")].split()
        ]
        first = parts[0] if parts[0] not in ("st", "st.", "saint") or len(parts) < 2 else ""
        if any(p in _NOT_LOWER_SCHOOL or p in PLACES or p in TOWNS for p in parts):
            continue  # "Sunday school", "Cardiff nursery"
        ambiguous = len(parts) == 1 and names.is_given_word(first)
        if first and (names.is_given(first) or ambiguous):
            continue  # "Jayden's school", "Grace nursery run"
        if re.search(r"['’]s$", m.group("name")) and first != "":
            continue  # someone's school, unless it is a saint's
        if len(parts) == 1 and names.is_english_word(parts[0]):
            continue  # "Morning nursery", "Local school"
        yield Hit(FindingKind.SCHOOL, start, m.end(), _REASON)
    lowered = scan.lowered
    for m in find_in(_LOWER_SAINT_SCHOOL, lowered, near_keys):
        if m.group("church") or m.group("type2"):
            yield Hit(FindingKind.SCHOOL, m.start(), m.end(), _REASON)
    if "ysgol" in text:
        for m in _LOWER_WELSH_SCHOOL.finditer(text):
            end = m.start("rest")
            named = False
            words_after = list(re.finditer(r"[^ ]+", text[m.start("rest") : m.end()]))
            prev = ""
            for i, w in enumerate(words_after):
                word = w.group().casefold()
                nxt = words_after[i + 1].group().casefold() if i + 1 < len(words_after) else ""
                if word in _WELSH_NOT_NAME:
                    break
                # "pen y bryn", "y fro": the words either side of "y" are Welsh
                welsh = word in _WELSH_JOINS or nxt in _WELSH_JOINS or prev in _WELSH_JOINS
                prev = word
                if not welsh and names.is_english_word(word):
                    break
                end = m.start("rest") + w.end()
                named = named or word not in _WELSH_JOINS
            if named:
                yield Hit(FindingKind.SCHOOL, m.start(), end, _REASON)


# A school named with its kind in brackets after it: "the Compass Centre (AP)", "the
# Beacon (alt provision in Blackburn)", "Ridgeway (special school)"
_KIND_IN_BRACKETS = re.compile(
    rf"(?P<name>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ]*\([ ]*"
    r"(?P<verb>(?-i:AP|PRU)|(?i:alt(?:ernative)?\.?[ ]provision|special[ ]school|sen[ ]school|"
    r"pupil[ ]referral[ ]unit|primary(?:[ ]school)?|secondary(?:[ ]school)?|nursery|"
    r"infants?|juniors?|high[ ]school|school))(?![\w])[^()\n]{0,40}\)"
)
_BRACKET_KEYS = [
    "(ap",
    "(pru",
    "(alt",
    "(special",
    "(sen",
    "(pupil",
    "(primary",
    "(secondary",
    "(nursery",
    "(infant",
    "(junior",
    "(high",
    "(school",
    "( ",
]


def _kind_in_brackets(scan: Scan) -> Iterator[Hit]:
    text = scan.text
    if "(" not in text:
        return
    spans = windows(text, keyword_spans(scan, _BRACKET_KEYS), 60, 60)
    names = gazetteer()
    for m in find_in(_KIND_IN_BRACKETS, text, spans):
        start = m.start("name")
        if not starts_word(text, start):
            continue
        parts = [re.sub(r"['’]s$", "", w).casefold() for w in m.group("name").split()]
        if names.is_given(parts[0]) or parts[0] in TOWNS or parts[0] in PLACES:
            continue  # "Jayden (Year 4 at ...)", "Cardiff (primary)"
        if parts[0] in STOP_WORDS or parts[0] in SCHOOL_GENERIC:
            continue
        reason = Message("identifiers.reason.school_after", word=m.group("verb"))
        yield Hit(FindingKind.SCHOOL, start, m.end("name"), reason)


_STAGE_SUFFIXES = frozenset({"secondary", "sixth form"})


def _stage_not_school(name: str, m: re.Match[str]) -> bool:
    """Whether "Secondary" or "Sixth Form" follows one ordinary word only, naming a stage
    ("Lower Sixth Form", "Starting Secondary"), not a school ("Kingsmead Sixth Form")."""
    if m.group("suffix").casefold() not in _STAGE_SUFFIXES:
        return False
    parts = name.split()
    return len(parts) < 2 and (not parts or gazetteer().is_english_word(parts[0]))


def find_schools(scan: Scan) -> Iterator[Hit]:
    """Named schools, nurseries, pupil referral units and colleges."""
    text = scan.text
    near_keys = windows(text, keyword_spans(scan, _SCHOOL_KEYS), 100, 30)
    for m in find_in(_SCHOOL, text, near_keys):
        if not starts_word(text, m.start()):
            continue
        # "Greythorn Juniors and Greythorn Infants": two schools; the first is whole
        # before the "and"
        for join in re.finditer(r"[ ](?:and|&)[ ]", m.group("name")):
            first = _SCHOOL.fullmatch(text, m.start(), m.start() + join.start())
            begin = _school_start(text, first) if first else None
            if first is not None and begin is not None:
                yield Hit(FindingKind.SCHOOL, begin, first.end(), _REASON)
        start = _school_start(text, m) if starts_word(text, m.start()) else None
        if start is not None and _stage_not_school(text[start : m.start("suffix")], m):
            continue  # "Lower Sixth Form", "Local Secondary": a stage of school, no school
        if start is not None:
            yield Hit(FindingKind.SCHOOL, start, m.end(), _REASON)
    for m in find_in(_WELSH_SCHOOL, text, near_keys):
        if starts_word(text, m.start()):
            yield Hit(FindingKind.SCHOOL, m.start(), m.end(), _REASON)
    yield from _typed_in_lower_case(scan, near_keys)
    pupil_keys = keyword_spans(scan, _PUPIL_KEYS)
    near_school_verbs = windows(text, pupil_keys, 0, 60)
    for pattern in (_SAINT_AFTER_VERB, _AFTER_SCHOOL_YEAR, _SCHOOL_PLACE_OF):
        for m in find_in(pattern, text, near_school_verbs):
            if not _own_name(m.group("name")):
                continue
            reason = Message("identifiers.reason.school_after", word=m.group("verb"))
            start, end = m.span("name")
            yield Hit(FindingKind.SCHOOL, start, end, reason)
    yield from _named_after_verbs(scan)
    yield from _named_in_school_talk(scan)
    yield from _named_after_a_label(scan)
    yield from _kind_in_brackets(scan)
    for m in find_in(_STAFF_AT, text, windows(text, _staff_spans(scan.lowered), 0, 60)):
        job = _PREV_WORD.search(text, max(0, m.start() - 16), m.start())
        if job is None or job.group(1).casefold() not in _STAFF_QUALIFIERS:
            continue  # "the support worker at Hafod" is no school's
        if _named_after_school_words(m.group("name")):
            word = f"{job.group(1)} {m.group('verb')}"
            reason = Message("identifiers.reason.school_after", word=word)
            yield Hit(FindingKind.SCHOOL, m.start("name"), m.end("name"), reason)
    years = [span for span in pupil_keys if scan.lowered[span[0] : span[1]] in _YEAR_KEYS]
    near_years = windows(text, years, 60, 10)
    near_owners = windows(text, keyword_spans(scan, _OWNER_KEYS), 60, 40)
    for pattern, spans in ((_IS_THEIR_SCHOOL, near_owners), (_AT_IN_YEAR, near_years)):
        for m in find_in(pattern, text, spans):
            start = m.start("name")
            if starts_word(text, start) and _named_after_school_words(m.group("name")):
                reason = Message("identifiers.reason.school_after", word=m.group("verb"))
                yield Hit(FindingKind.SCHOOL, start, m.end("name"), reason)

"""What a single capitalised word is: a known given name, an English word, a month, a place
or a Welsh word by its spelling, an app or a language, or a name the gazetteer lacks.
"""

from __future__ import annotations

import re

from ._gazetteer import Gazetteer, gazetteer
from ._name_after import HUMAN_ACTS
from ._not_persons import is_bare_place
from ._words import (
    FAMILY_DESCRIBERS,
    INSTITUTION_WORDS,
    MONTHS,
    NOT_GIVEN_NAMES,
    ORGANISATIONS,
    PLACES,
    SEASONS,
    STOP_WORDS,
    TOWNS,
    WELSH_COMMON_WORDS,
    words,
)

# Names with a capital inside: "McKenzie", "MacLeod", "O'Hara", "D'Souza", "DeShawn"
CAPITAL_INSIDE = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Di)[A-Z][a-z]+$")
NOT_PERSONS = (
    FAMILY_DESCRIBERS | PLACES | NOT_GIVEN_NAMES | ORGANISATIONS | TOWNS | WELSH_COMMON_WORDS
)
# Place names the gazetteer cannot know: Welsh towns and villages ("Penarth",
# "Llanishen", "Cwmbran") and English ones ("Ashbourne", "Kettering")
PLACE_SHAPE = re.compile(
    r"^(?:porth|pont|aber|cwm|maes|nant|blaen|caer|ystrad|dinas|mynydd|tref|rhos)$|"
    r"^(?:pen|aber|llan|caer|cwm|pont|porth|ystrad|tre[fd]?|nant|maes|blaen|glyn|rhos|"
    r"coed|bryn|dol|dinas|mynydd)[a-zâêîôûŵŷ]{3,}|"
    r"(?:ton|ham|bury|ford|field|wick|worth|mouth|port|chester|caster|minster|stead|"
    r"borough|bridge|pool|thorpe|combe|cliffe|bourne|burn|don|dale|ness|ville|land|"
    r"shire|burgh|town|stow|wich|gate)$"
)
# Welsh spellings no given name has ("Senghenydd", "Morgannwg", "Cwmbach"): a word the
# gazetteer lacks spelt so is a place or a Welsh word; names start "Ll", "Rh" ("Llio")
WELSH_SPELLING = re.compile(r"ngh|wg$|ydd$|wch$|[^aeiouy]w[^aeiouy]")
# Endings of English nouns and adjectives that no given name shares closely enough to
# matter, and plurals ("Attendees said"): names ending so are in the gazetteer already
WORD_ENDING = re.compile(
    r"(?:tion|sion|ment|ness|ity|ism|ist|ics|ship|hood|ful|less|ous|able|ible|ogy|"
    # plurals of people and things ("Attendees", "Providers", "Agencies")
    r"ees|ors|ants|ents|ies|ions)$"
)
# Endings names share ("Xiaoling", "Ahmed", "Kelly", "Sanders"): the word is English-shaped
# only if what is left is an English word ("Housing", "Fostered", "Kindly", "Providers")
_STEM_ENDING = re.compile(r"(?:ing|ed|ly|ers|er)$")
_VOWELS = "aeiou"
# Capitalised words a child's life is full of that are no English word and no name:
# apps, games, languages
NOT_NAME_WORDS = frozenset(
    words(
        "covid tiktok snapchat instagram youtube roblox fortnite minecraft xbox playstation "
        "whatsapp netflix spotify nintendo discord twitch ipad iphone android wifi "
        "urdu punjabi bengali sylheti tigrinya amharic somali arabic farsi dari pashto "
        "kurdish sorani kurmanji romanian polish portuguese cymraeg gaeilge mandarin "
        "cantonese hindi gujarati tamil yoruba igbo hausa twi swahili lingala makaton "
        "cwtch hiraeth calpol "
        # children's programmes, characters and toys no child is named after
        "bluey duggee peppa gruffalo blippi cocomelon numberblocks teletubbies pokemon "
        "pokémon pikachu shrek scooby squishmallow squishmallows cyw "
        # capitalised Welsh words and their mutations that are no name ("gwisg Gymreig",
        # "Cylch Meithrin", "Seren Iaith", "yr Urdd")
        "cymreig gymreig chymreig nghymreig gymraeg chymraeg nghymraeg cylch gylch "
        "nghylch meithrin iaith urdd eisteddfod siarter "
        # festivals and holy days of the UK's communities
        "holi diwali deepavali navratri navaratri vaisakhi baisakhi lohri onam pongal "
        "dussehra dasara durga janmashtami rakhi gurpurab hanukkah chanukah pesach purim "
        "shavuot sukkot eid mawlid ashura ramzan nowruz norooz vesak wesak kwanzaa samhain "
        "halloween hogmanay nadolig pasg chuseok xmas"
    )
)
# Subjects that say and tell but are not one person
_NOT_NAME_SUBJECTS = frozenset(
    words(
        "everyone everybody someone somebody anyone anybody nobody noone none neither "
        "either each both all most few several others another staff professionals "
        "colleagues teachers nurses doctors paramedics inspectors managers workers "
        "housing education legal finance health panel duty reception security youth "
        "research evidence guidance policy literature mosaic teams zoom feedback admin "
        "magistrates kids siri alexa google facebook"
    )
)


def is_month(folded: str) -> bool:
    return folded in MONTHS or folded in SEASONS


def english_stem(folded: str, names: Gazetteer) -> bool:
    """Whether ``folded`` is an English word plus "-ing", "-ed", "-ly" or "-er(s)"."""
    m = _STEM_ENDING.search(folded)
    if m is None:
        return False
    stem = folded[: m.start()]
    if len(stem) < 2:
        return False
    tries = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        tries.add(stem[:-1])  # "stopped", "running"
    return any(names.is_english_word(t) or t in HUMAN_ACTS for t in tries)


def looks_like_typo(folded: str, names: Gazetteer) -> bool:
    """Whether a long word is an English word with two letters swapped, one letter doubled
    or dropped, or one vowel for another ("Becuase", "Recieved", "Attendence")."""
    if len(folded) < 7 or not folded.isascii():
        return False
    tries = set()
    for i in range(len(folded) - 1):
        tries.add(folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :])
        if folded[i] == folded[i + 1]:
            tries.add(folded[:i] + folded[i + 1 :])
    for i, ch in enumerate(folded):
        tries.add(folded[:i] + ch + folded[i:])
        if ch in _VOWELS:
            tries.update(folded[:i] + v + folded[i + 1 :] for v in _VOWELS)
    tries.discard(folded)
    return any(t in names.english for t in tries)


def unknown_name(text: str, word: re.Match[str]) -> bool:
    """Whether a word the gazetteer does not know is still a name, given that a verb only
    a person does follows it ("Tayla shouted"): it must look like a name (no "-ing",
    "-tion" ending as in "Housing said"), be no pronoun or team, and never be written in
    lower case elsewhere in the text."""
    folded = word.group().casefold()
    if (
        folded in STOP_WORDS
        or folded in NOT_PERSONS
        or folded.removesuffix("s") in FAMILY_DESCRIBERS  # "Afghans", "Somalis"
        or folded.removesuffix("s") in STOP_WORDS  # "Fridays", "Mondays"
        or folded in INSTITUTION_WORDS
        or folded in _NOT_NAME_SUBJECTS
        or folded in NOT_NAME_WORDS
        or gazetteer().is_english_word(folded)
        or WORD_ENDING.search(folded)
        or english_stem(folded, gazetteer())
        or "-" in folded
    ):
        return False
    if PLACE_SHAPE.search(folded) or WELSH_SPELLING.search(folded):
        return False
    if is_bare_place(folded, gazetteer()):
        return False  # "covers Torbay at weekends", "Splott quieter than usual"
    return re.search(rf"(?<![\w]){re.escape(folded)}(?![\w])", text) is None


def is_given_name(word: str, names: Gazetteer) -> bool:
    """A given name, or a double given name with one part the gazetteer knows and the
    other shaped like a name ("Ffion-Haf", "Kerys-Ann")."""
    if names.is_given(word):
        return True
    parts = re.split(r"[-'’]", word)
    return (
        "-" in word
        and len(parts) == 2
        and any(names.is_given(p) for p in parts)
        and all(
            len(p) > 1
            and p[0].isupper()
            and p[1:].islower()
            and p.casefold() not in STOP_WORDS
            and p.casefold() not in NOT_PERSONS
            for p in parts
        )
    )


def is_known_name(word: str, names: Gazetteer) -> bool:
    return is_given_name(word, names) or names.is_given_word(word) or names.is_family(word)


def is_thing_word(folded: str) -> bool:
    """Whether a case-folded word is an app, a game, a language or a festival, never a
    family ("WhatsApp family group", "Lohri family night")."""
    return folded in NOT_NAME_WORDS


def odd_capitals(word: str) -> bool:
    """Whether a word has a capital inside that no name has: "NINo", "DoLS", "CiN"; never
    "McKenzie", "DeShawn", "O'Hara", "Smith-Jones"."""
    if word[1:].islower():
        return False  # the common case, decided without splitting
    return any(
        not part[1:].islower() and not CAPITAL_INSIDE.match(part)
        for part in re.split(r"[-'’]", word)
        if len(part) > 1
    )

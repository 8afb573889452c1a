"""Welsh words for domain suggestions: tokens, small words, and the forms of a keyword.

The English rules (:mod:`journal_app.core.word_forms`) do not fit Welsh: a Welsh word changes
its first sound after certain words ("plant", "ei blant", "fy mhlant", "ei phlant"), takes
many plural endings ("gofalwr" / "gofalwyr", "asesiad" / "asesiadau"), and its noun and
verb share a stem ("diogelu" / "diogelwch", "asesu" / "asesiad"). Short words lean on the
next with an apostrophe ("i'r", "mae'n", "teulu'n"), so the apostrophe separates words here.

As with English, keywords are expanded FORWARDS into the forms a reflection may use, and a
text word matches only a keyword it is a form of. The mutations are those of
:mod:`journal_app.core.welsh_forms`; accents are ignored ("tîm" and "tim", "dŵr" and "dwr").
"""

from __future__ import annotations

import re
import unicodedata

from journal_app.core.welsh_forms import MIN_LENGTH, welsh_forms
from journal_app.core.word_forms import FUNCTION_WORDS, WORD_CHARACTERS, placeholders

#: a Welsh word: letters (any accent) and digits; an apostrophe always ends a word
WELSH_TOKEN = re.compile(f"[{WORD_CHARACTERS}]+")

#: Small Welsh words (and the pieces an apostrophe leaves: "'r", "'n", "'i", "'w"), in their
#: mutated forms too: never a reason for a suggestion, and never a form of a keyword ("dim",
#: "nothing", is a soft mutation of "tim").
_WELSH_FUNCTION_WORD_LIST = """
    a ac ag â i o y yr yn ar am at gan gyda gydag efo wrth dros drwy trwy heb hyd mewn yng ym
    dan tan rhwng ei eu ein eich fy dy ti fi fe fo ef e hi ni chi nhw nhwthau
    r n w u m th ch s t ma
    mae maen mai taw roedd roeddwn roeddet roedden roeddech roeddem oedd oedden oeddwn
    bod fod mod nod yw ydy ydw ydyn ydych ydym ydi sy sydd oes does dydy dydw dyw doedd
    rwy rwyf rydw rydyn rydych rydym rwyt wyf wyt bu buodd bues buon fu fuodd bydd fydd
    byddaf byddai fyddai byddwn fyddwn byddan fyddan byddwch bydda byddem fyddem
    wedi ond neu na nac nad nid dim ddim fel felly hefyd os pe pan achos oherwydd
    er erbyn ers tra hwn hon hyn hynny hwnnw honno yma yna yno acw
    beth pwy pam sut pryd ble lle pa faint
    pob bob pawb popeth rhai rhywbeth rhywun neb dim un dau dwy tri tair
    iawn mwy mwyaf llai lleiaf eto dal
    iddo iddi iddyn iddynt iddom iddoch imi iti ato ati atom atynt arno arni arnyn arnom
    ganddo ganddi ganddyn ganddynt gen gennyf gennym gennych amdano amdani amdanyn ohono ohoni
    ohonyn ohonom wrtho wrthi wrthyn wrthym wrtha
    gwneud wneud wnes wnaeth wnaethon wnaethom wnaf gwnes gwnaeth gwnaethon
    cael gael chael ces cefais gefais cafodd gafodd
    mynd fynd es aeth aethon dod ddod daeth daethon
"""


def fold(text: str) -> str:
    """Lower case without accents ("Tîm" -> "tim")."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: as words are compared: without accents
WELSH_FUNCTION_WORDS = frozenset(fold(word) for word in _WELSH_FUNCTION_WORD_LIST.split())

#: plural and other endings added to a whole keyword word: "asesiad" -> "asesiadau",
#: "cryfder" -> "cryfderau", "cofnod" -> "cofnodion", "cofnodi"
_PLURALS = ("au", "iau", "on", "ion", "od")
_AFTER_CONSONANT = ("i", "u", "io")
#: the endings of a verb-noun ("diogel-u", "cefnog-i", "goruchwyl-io") ...
_VERB_NOUN_ENDINGS = ("io", "u", "i", "o")
#: ... and the words made from the same stem: "diogelwch", "cefnogaeth", "goruchwyliaeth",
#: "asesiad(au)", "hyfforddiant", and the past "cofnodais", "cofnodwyd", "asesodd"
_FROM_STEM = (
    "u",
    "i",
    "io",
    "o",
    "wch",
    "aeth",
    "iaeth",
    "iad",
    "iadau",
    "iant",
    "ais",
    "odd",
    "wyd",
)
_VOWELS = frozenset("aeiouwy")
#: a stem must keep this many letters, so short words are not cut down to nothing
_MIN_STEM = 4


def welsh_tokens(text: str) -> list[str]:
    """The words of Welsh ``text``, lower case, accents kept, apostrophes splitting words
    ("i'r" -> "i", "r"), without the identifier check's placeholders and pseudonyms."""
    text = placeholders().sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return WELSH_TOKEN.findall(text.lower())


def folded_tokens(text: str) -> list[str]:
    """:func:`welsh_tokens` without accents, as they are matched."""
    return [fold(token) for token in welsh_tokens(text)]


def is_function_word(token: str) -> bool:
    """A small word of either language (a Welsh reflection may quote English), or a single
    letter: it only ever matches itself, never a form of a keyword."""
    return len(token) < 2 or token in WELSH_FUNCTION_WORDS or token in FUNCTION_WORDS


def keyword_forms(word: str) -> frozenset[str]:
    """The forms of a Welsh keyword word a reflection may use, without accents: the word with
    its plural and stem endings, each with its soft, nasal and aspirate mutations.

    Generated forwards from the keyword ("gofalwr" -> gofalwyr, ofalwr, ngofalwr...), so a
    text word only matches a keyword it may be a form of.
    """
    word = fold(word)
    if len(word) < MIN_LENGTH or not word.isalpha() or word in WELSH_FUNCTION_WORDS:
        return frozenset({word})
    bases = {word, *_endings(word)}
    forms: set[str] = set()
    for base in bases:
        forms.update(welsh_forms(base))
    return frozenset(forms)


def mutated_forms(word: str) -> frozenset[str]:
    """A Welsh keyword word and its mutations only (no other endings), without accents."""
    word = fold(word)
    if len(word) < MIN_LENGTH or not word.isalpha() or word in WELSH_FUNCTION_WORDS:
        return frozenset({word})
    return frozenset(welsh_forms(word))


def _endings(word: str) -> set[str]:
    found: set[str] = set()
    if word.endswith("iwr"):  # gweithiwr -> gweithwyr
        found.add(word[:-3] + "wyr")
    elif word.endswith("wr"):  # gofalwr -> gofalwyr
        found.add(word[:-2] + "wyr")
    if word[-1] not in _VOWELS:
        # a noun: its plurals, and a verb-noun made from it ("cofnod" -> "cofnodi")
        if len(word) >= _MIN_STEM:
            found.update(word + ending for ending in _PLURALS + _AFTER_CONSONANT)
        return found
    for ending in _VERB_NOUN_ENDINGS:
        stem = word[: -len(ending)]
        # "diogel-u", not the plural "hawli-au"
        if word.endswith(ending) and len(stem) >= _MIN_STEM and stem[-1] not in _VOWELS:
            found.update(stem + other for other in _FROM_STEM)
            break
    return found

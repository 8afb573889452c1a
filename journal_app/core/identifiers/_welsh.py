"""Welsh words the identifier check needs: family words, with their mutations, and the
words that open a Welsh sentence.

A reflection in Wales may be written in Welsh, or in English with Welsh family words in
it ("Mam Ffion", "his nain"). Welsh changes the first letter of a word after "ei" (his,
her), "fy" (my) and the like: "mam" is "ei fam" (his mother), "tad" is "ei thad" (her
father) or "fy nhad" (my father), "brawd" is "fy mrawd" (my brother). Only the plain
forms stand on their own as role words; a changed form counts only after its possessive,
since "fab" or "fam" on their own are English slang.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._scan import trie_pattern
from ._types import Role

# plain form: (role, the forms it takes after a possessive)
_FORMS: dict[str, tuple[Role, str]] = {
    "mam": (Role.PARENT, "mam fam"),
    "tad": (Role.PARENT, "tad dad thad nhad"),
    "rhiant": (Role.PARENT, "rhiant riant"),
    "mab": (Role.CHILD, "mab fab"),
    "merch": (Role.CHILD, "merch ferch"),
    "plentyn": (Role.CHILD, "plentyn blentyn mhlentyn phlentyn"),
    "babi": (Role.CHILD, "babi fabi"),
    "brawd": (Role.SIBLING, "brawd frawd mrawd"),
    "chwaer": (Role.SIBLING, "chwaer"),
    "mam gu": (Role.RELATIVE, "mam gu fam gu"),
    "tad cu": (Role.RELATIVE, "tad cu dad cu thad cu nhad cu"),
    "nain": (Role.RELATIVE, "nain"),
    "taid": (Role.RELATIVE, "taid daid thaid nhaid"),
    "modryb": (Role.RELATIVE, "modryb fodryb"),
    "ewythr": (Role.RELATIVE, "ewythr hewythr"),
    "wncwl": (Role.RELATIVE, "wncwl"),
    "bopa": (Role.RELATIVE, "bopa"),
    "cefnder": (Role.RELATIVE, "cefnder gefnder chefnder nghefnder"),
    "cyfnither": (Role.RELATIVE, "cyfnither gyfnither chyfnither nghyfnither"),
    "gofalwr": (Role.CARER, "gofalwr ofalwr ngofalwr"),
    "gofalwraig": (Role.CARER, "gofalwraig ofalwraig ngofalwraig"),
    "cariad": (Role.ADULT, "cariad gariad chariad nghariad"),
    "partner": (Role.ADULT, "partner bartner phartner mhartner"),
    "ffrind": (Role.PERSON, "ffrind"),
}
# "merch", "partner" and "plant" are English words too: role words only after a possessive
_NOT_ALONE = frozenset({"merch", "partner", "plant"})
_PLURAL_FORMS: dict[str, tuple[Role, str]] = {
    "plant": (Role.CHILD, "plant blant mhlant phlant"),
    "meibion": (Role.CHILD, "meibion feibion"),
    "merched": (Role.CHILD, "merched ferched"),
    "rhieni": (Role.PARENT, "rhieni rieni"),
    "brodyr": (Role.SIBLING, "brodyr frodyr mrodyr"),
    "chwiorydd": (Role.SIBLING, "chwiorydd"),
}
# his/her, my, their, our, your; "'i" and "'w" after a vowel ("a'i fam", "i'w thad")
_POSSESSIVES = ("ei", "fy", "eu", "ein", "eich", "i", "w")


def _with_possessives(forms: dict[str, tuple[Role, str]]) -> dict[str, Role]:
    result: dict[str, Role] = {}
    for plain, (role, changed) in forms.items():
        if plain not in _NOT_ALONE:
            result[plain] = role
        # "mam gu" and "fam gu" are two-word forms: split the list on the plain form's size
        size = len(plain.split())
        parts = changed.split()
        bases = [" ".join(parts[i : i + size]) for i in range(0, len(parts), size)]
        for base in bases:
            for possessive in _POSSESSIVES:
                result[f"{possessive} {base}"] = role
    return result


WELSH_FAMILY: dict[str, Role] = _with_possessives(_FORMS)
WELSH_PLURAL_FAMILY: dict[str, Role] = _with_possessives(_PLURAL_FORMS)

# Words that open a Welsh sentence and are never a name: "Mae Nia...", "Roedd Catrin...",
# "Dywedodd Siôn..."


def _split(text: str) -> list[str]:
    return text.split()


WELSH_OPENERS = frozenset(
    _split("""
    mae roedd roeddwn roedden oedd bydd byddaf byddwn fydd nid nad dydy doedd does dyw
    heddiw ddoe yfory bore prynhawn nos wedyn yna hefyd ond oherwydd efallai pan os er
    wrth gyda efo ar yn y yr ei eu fy ein eich dyma dyna mi fe hi nhw ni chi fi rwy rydw
    rydyn rydym ydy ydw mewn trwy dros heb gan cyn ar ôl yn ystod ers tra felly fodd bynnag
    aeth daeth cafodd cefais cawson gwelais gwelodd dywedais ymwelais ymwelodd siaradais
    siaradodd ffoniais ffoniodd cytunodd cytunwyd gofynnais gofynnodd esboniais esboniodd
    eglurodd soniodd teimlais teimlodd dechreuodd symudodd arhosodd cyrhaeddodd gadawodd
    ceisiodd nododd rhannodd mynegodd datgelodd cyfarfod cyfarfûm trafodwyd trafodais
    ganwyd ganed sgwrs enw
    """)
)
# Welsh verbs in the past: "Dywedodd", "Siaradais", "Trafodwyd" (never "-on": "Gwion")
_WELSH_PAST = re.compile(r"^[a-zâêîôûŵŷ]{2,}(?:odd|ais|asom|asant|wyd)$")
_MARKERS = frozenset(
    _split(
        "yn mae roedd wedi gyda ddim yr ei fy nad yw efo hefyd iawn heddiw ddoe bod eu "
        "a'i i'r gyda'i ac ar y ganwyd ganed"
    )
)
_TOKEN_CHARS = "a-zâêîôûŵŷ'’"
# A word only Welsh uses so, or a word with "'r" or "'n" joined on ("mae'r", "teulu'n"),
# each a whole word; one search in C rather than a loop over every word, because English
# text (most of it) has to be read to its end to learn that it holds none.
_MARKER_WORDS = "|".join(
    re.escape(marker).replace("'", "['’]")  # typed with either apostrophe
    for marker in sorted(_MARKERS, key=len, reverse=True)
)
_WELSH_WORD = re.compile(
    rf"(?<![{_TOKEN_CHARS}])(?:{_MARKER_WORDS}|[{_TOKEN_CHARS}]+['’][rn])(?![{_TOKEN_CHARS}])"
)
# The same words after a character that is none of them, where re can skip from gap to
# gap: the markers as a trie, and a word with "'r" or "'n" read once, its letters up to each
# apostrophe taken whole (a match always runs to the end of its word, so neither the order
# of the words nor the way through one changes what is found)
_LETTER_CHARS = _TOKEN_CHARS.replace("'’", "")
_WELSH_WORD_AFTER_GAP = re.compile(
    rf"[^{_TOKEN_CHARS}](?:{trie_pattern(_MARKERS)}"
    rf"|[{_TOKEN_CHARS}](?:[{_LETTER_CHARS}]*+['’])++[rn])(?![{_TOKEN_CHARS}])"
)


@lru_cache(maxsize=4)
def is_welsh(lowered: str) -> bool:
    """Whether ``lowered`` (lower-cased text) reads as Welsh: two of its words or more are
    words only Welsh uses so ("yn", "mae", "roedd", "wedi", "gyda'i", "mae'r", "e'n").

    Remembered for the last few texts: one check asks it for the same text more than once.
    """
    # the first word at the start of the text, the rest after their gaps; a match ends in a
    # letter, so the next one's gap always lies after it
    first = _WELSH_WORD.match(lowered)
    found = _WELSH_WORD_AFTER_GAP.finditer(lowered, first.end() if first else 0)
    return (first is not None or next(found, None) is not None) and next(found, None) is not None


def welsh_opener(folded: str, *, welsh: bool) -> bool:
    """Whether a capitalised word opening a run is a Welsh sentence opener, not a name.

    Only in Welsh text: "Mae", "Fi" and "Chi" are names too ("Lily-Mae"), and English
    text has no use for the rest.
    """
    # "Mae'n", "Roedd'r": a Welsh verb with "yn" or "yr" joined on is Welsh in any text
    joined = folded.replace("’", "'")
    if joined[-2:] in ("'n", "'r") and joined[:-2] in WELSH_OPENERS:
        return True
    return welsh and (folded in WELSH_OPENERS or bool(_WELSH_PAST.match(folded)))

"""Welsh word forms for search: a word and its mutations, so "plant" finds "phlant".

Welsh changes the first sound of a word after certain words ("ei phlant", "ei blant",
"fy mhlant" are all "plant"): soft, nasal and aspirate mutation. A search for one form
should find the others. The rules are those of the written language's initial consonants;
a form is also traced back to the words it can come from ("fam" is "mam" or "bam", "waith"
is "gwaith"), so a mutated word typed into the search works too.

This is only used when the person asks for Welsh forms (a preference): English words meet
false Welsh forms ("gate" would find "ate", the soft mutation drops a g), so it is off for
journals written in English.
"""

from __future__ import annotations

import unicodedata

#: radical -> (soft, nasal, aspirate) initial; "" where the mutation removes the consonant,
#: None where that mutation does not touch the consonant
_MUTATIONS: tuple[tuple[str, str | None, str | None, str | None], ...] = (
    ("p", "b", "mh", "ph"),
    ("t", "d", "nh", "th"),
    ("c", "g", "ngh", "ch"),
    ("b", "f", "m", None),
    ("d", "dd", "n", None),
    ("g", "", "ng", None),
    ("m", "f", None, None),
    ("ll", "l", None, None),
    ("rh", "r", None, None),
)
#: words shorter than this are left alone ("a", "i", "y" would match everything)
MIN_LENGTH = 3
#: Welsh letters written with two characters (and the nasal forms), each one letter
_DIGRAPHS = ("ch", "dd", "ff", "ng", "ll", "ph", "rh", "th", "mh", "nh")
_VOWELS = tuple("aeiouwy")
#: initials only a mutation makes: such a word is never mutated again
_ONLY_MUTATED = ("ph", "mh", "nh", "ngh", "ng", "dd")


def _fold(word: str) -> str:
    # as the search index sees it: lower case, accents removed (dŵr -> dwr)
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def first_letter(word: str) -> str:
    """The first letter of a (folded) Welsh word, digraphs counted as one letter: "ll" in
    "llawer", "ngh" in "nghaerdydd", "ph" in "phlant"."""
    if word.startswith("ngh"):
        return "ngh"
    if word[:2] in _DIGRAPHS:
        return word[:2]
    return word[:1]


def mutations(word: str) -> set[str]:
    """The soft, nasal and aspirate forms of ``word`` taken as a radical."""
    folded = _fold(word)
    letter = first_letter(folded)
    rest = folded[len(letter) :]
    found: set[str] = set()
    for radical, *changed in _MUTATIONS:
        if letter == radical:
            found |= {initial + rest for initial in changed if initial is not None}
    # h- before a vowel after "ei" (her), "ein", "eu": "ei henw" is "enw"
    if letter in _VOWELS:
        found.add("h" + folded)
    return {form for form in found if form}


def radicals(word: str) -> set[str]:
    """The words ``word`` could be a mutation of ("phlant" -> "plant", "fam" -> "mam")."""
    folded = _fold(word)
    letter = first_letter(folded)
    rest = folded[len(letter) :]
    found: set[str] = set()
    if rest:
        for radical, *changed in _MUTATIONS:
            if letter in changed:
                found.add(radical + rest)
    if letter in _VOWELS or letter in ("l", "r"):  # the soft mutation drops g: gwaith, glan
        found.add("g" + folded)
    if letter == "h" and rest[:1] in _VOWELS:
        found.add(rest)
    return found - {folded}


def welsh_forms(word: str) -> set[str]:
    """Every form worth searching for ``word``: itself, its mutations, the words it may be
    a mutation of, and their mutations. Words under :data:`MIN_LENGTH` letters are left as
    they are."""
    folded = _fold(word)
    if len(folded) < MIN_LENGTH or not folded.isalpha():
        return {folded}
    forms = {folded}
    if first_letter(folded) not in _ONLY_MUTATED:
        forms |= mutations(folded)
    for radical in radicals(folded):
        forms.add(radical)
        forms |= mutations(radical)
    return {form for form in forms if len(form) >= 2}


def _initial_groups() -> dict[str, str]:
    """Each initial the table names -> one name for every initial it can turn into or come
    from ("p", "b", "mh", "ph", "f", "m" are one group: b is soft p, f is soft b and m).
    The g that the soft mutation drops is the group of words starting with a vowel."""
    group: dict[str, str] = {}

    def find(initial: str) -> str:
        while group.setdefault(initial, initial) != initial:
            initial = group[initial]
        return initial

    for radical, *changed in _MUTATIONS:
        for initial in changed:
            if initial is not None:
                # named after a letter, never after the dropped g ("")
                first, second = sorted((find(radical), find(initial)), key=lambda i: (not i, i))
                group[second] = first
    return {initial: find(initial) for initial in group}


_GROUPS = _initial_groups()


def mutation_key(word: str) -> str:
    """One spelling shared by a word and all its mutated forms: "plant", "blant", "mhlant"
    and "phlant" give the same key, as do "gofal", "ofal" and "ngofal", "enw" and "henw".

    For counting words (the learnt suggestions), not for showing: different words that
    differ only in a first sound that mutates also share a key ("tad" and "dad" are meant to,
    "pam" and "mam" are not), which is rare enough among words that carry meaning. Words
    under :data:`MIN_LENGTH` letters are only folded.
    """
    folded = _fold(word)
    if len(folded) < MIN_LENGTH or not folded.isalpha():
        return folded
    if folded[0] == "h" and folded[1] in _VOWELS:
        folded = folded[1:]  # "ei henw" is "enw"
    letter = first_letter(folded)
    if letter in _VOWELS:
        return f"{_GROUPS['']}~{folded}"
    if letter in _GROUPS:
        return f"{_GROUPS[letter]}~{folded[len(letter) :]}"
    return f"~{folded}"

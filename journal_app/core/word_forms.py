"""Words for domain suggestions: tokens, a small explicit lemmatiser, and keyword word forms.

Matching used to cut every word down to a crude stem, which made different words meet:
"put things right" matched the keyword "rights", "moral duty" matched "morale". Now a text
word is matched as a whole word. Keywords are expanded FORWARDS into the few forms a
reflection may use ("audit" -> audits, audited, auditing), and only plain plurals are folded
back for the learnt model. Words whose other forms mean something else ("rights", "morale",
"news") are kept exactly as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the characters of a word: digits and Latin letters with any accent ("naïve", "dŵr", "ẁ"),
#: and accents typed as separate marks. Spelt out, because a general "any letter" class made
#: counting words for the learnt model a fifth slower.
WORD_CHARACTERS = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff"
#: a word, with an apostrophe inside ("child's", "don't"); matched on lower-case text
TOKEN = re.compile(f"[{WORD_CHARACTERS}]+(?:['’][{WORD_CHARACTERS}]+)*")

#: Function words keep their own spelling plus a mark, so a phrase such as "death of a child"
#: still matches word for word, but a function word is never a form of a content word.
_FUNCTION_WORD_LIST = """
    a an and are as at be been but by can could did do does for from had has have he her his
    i if in into is it its me my no not of on or our she so than that the their them then
    there these they this those to us was we were what when where which who will with would
    you your
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())

#: Stop-stems: words matched only exactly as written, because their other forms are other
#: words. "rights" (entitlements) is not "right" (correct); "morale" is not "moral"; "news"
#: is not "new"; "reading" (for CPD) is not "read" (a file); "means" is not "mean".
_KEEP_LIST = """
    rights morale news series always perhaps means data media figures goods
    reading meeting meetings hearing hearings findings evening morning during
"""
KEEP_AS_WRITTEN = frozenset(_KEEP_LIST.split())

_VOWELS = frozenset("aeiou")


#: What the identifier check writes in place of a detail ("[NHS number]", "[postcode]",
#: "[Child C]"): square brackets round a few words
_BRACKETED = r"\[[^\[\]\n]{1,40}\]"


def placeholders() -> re.Pattern[str]:
    """The identifier check's placeholders ("[NHS number]") and the pseudonyms it gives, in
    every language the journal speaks ("Child A", "Parent B", "Plentyn A", "Brawd/Chwaer B"),
    with a possessive "'s" after one ("Child A's"): no evidence of practice, so never a
    reason for a suggestion ("because you wrote 'numbers'" after "[NHS number]").

    The pseudonyms are the identifier check's own (:func:`pseudonym_words`, built from the
    catalogue's stems), so a stem added or translated there is known here too.
    """
    # imported here: the identifier check is loaded only once words are counted
    from journal_app.core.identifiers import pseudonym_words

    return _placeholders(pseudonym_words().pattern)


@lru_cache(maxsize=4)
def _placeholders(pseudonyms: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(rf"{_BRACKETED}|(?:{pseudonyms.pattern})(?:['’]s\b)?")


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower case, possessive "'s" dropped ("child's" -> "child"),
    without the identifier check's placeholders and pseudonyms (:func:`placeholders`)."""
    found = []
    for token in TOKEN.findall(placeholders().sub(" ", text).lower()):
        found.append(plain(token))
    return found


def plain(token: str) -> str:
    """A lower-case token without a possessive "'s" and with a straight apostrophe."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.replace("’", "'")


def singular(word: str) -> str:
    """A plain plural folded to its singular ("families" -> "family", "cases" -> "case").

    Only regular plurals, and never a word in :data:`KEEP_AS_WRITTEN`; words ending in -ss,
    -us, -is ("process", "status", "analysis") are not plurals.
    """
    if word in KEEP_AS_WRITTEN or word in FUNCTION_WORDS or len(word) <= 3:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def forms_of(word: str) -> frozenset[str]:
    """The forms of a keyword word a reflection may use: itself, its plural, -ing and -ed.

    Generated forwards from the keyword, so a text word can only match a keyword it is a
    regular form of ("decide" -> decides, decided, deciding; "plan" -> planned, planning).
    A keyword already in -ing or -ed also matches its base forms ("mentoring" -> mentor,
    mentored, mentors), and one in the plural its singular ("targets" -> target).
    """
    if word in KEEP_AS_WRITTEN or word in FUNCTION_WORDS or not word.isalpha():
        return frozenset({word})
    # a keyword written in the plural ("targets", "boundaries") matches its singular too
    bases = {word, singular(word)}
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            bases.update(_base_candidates(base))
    found: set[str] = set()
    for base in bases:
        found.update(_inflections(base))
    return frozenset(found)


def _base_candidates(cut: str) -> set[str]:
    """What a word was before -ing/-ed: "mentor", "decid"+"e", "plann" -> "plan"."""
    candidates = {cut, cut + "e"}
    if len(cut) >= 2 and cut[-1] == cut[-2] and cut[-1] not in _VOWELS and cut[-1] not in "ls":
        candidates.add(cut[:-1])
    return candidates


def _inflections(base: str) -> set[str]:
    forms = {base}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        forms.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        return forms
    if base.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(base + "es")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.update({base[:-1] + "ing", base + "d"})
    else:
        forms.update({base + "ing", base + "ed"})
        if _doubles(base):
            forms.update({base + base[-1] + "ing", base + base[-1] + "ed"})
    return forms


def _doubles(base: str) -> bool:
    """Short words ending consonant-vowel-consonant double it: plan -> planned."""
    return (
        len(base) <= 4
        and len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )

"""What comes before a name: the words that take a person after them or rule one out.

One meets, tells or asks a person ("I met Tahmina", "sat with Mireli"); a place is gone
to ("in Splott"), a thing used ("her Nintendo"), a time named ("in August"). Also where
a sentence, a line or a bullet opens.
"""

from __future__ import annotations

import re

from ._words import (
    words,
)

PREV_WORD = re.compile(r"([A-Za-z.]+)[ ]+$")
_OPENERS = "\"'“‘([*_"
_SENTENCE_ENDS = ".!?:;\n#•|>"
# Words after which a capitalised word that is also an ordinary word is a person.
TAKES_A_PERSON = frozenset(
    words(
        "with and to asked told saw visited met for about called named phoned rang "
        "texted emailed helped supported collected took left picked brought thanked "
        "reassured encouraged reminded praised hugged see meet call ask tell visit help "
        "between like including except dear hi hello"
    )
)
# Before a word no list knows, these make it a place, an organisation or a thing ("in
# Splott", "from Gisda", "her Nintendo"), unless a verb of meeting comes first ("spoke to")
PLACE_PREPOSITIONS = frozenset(
    words(
        "in at from near to into onto towards toward outside inside around across through "
        "via of by on off over under past beyond within opposite behind beside yn ym yng "
        "i o ar dros drwy trwy heibio"
    )
)
NOT_BEFORE_A_PERSON = frozenset(
    words(
        "the a an this that these those his her their my our your its every each per any "
        "some no using use uses used play plays played playing watch watches watched "
        "watching download downloaded installed app via brand read reread reading "
        "revisited cited citing quoted quoting according than like before after since "
        "until till during dydd ddydd nos y yr"
    )
)
# Before a month or a season these make it a time, whatever follows ("in August (born")
BEFORE_A_TIME = frozenset(
    words("in by since until till from during of next last early late mid end this every")
)
# Before a month these make a date ("by April", "April and May"), not a person.
DATE_WORDS = frozenset(words("to for by about between and including except"))
# Verbs that open a note and take a person after them ("Took Tomos to the dentist",
# "Seeing Lowri laugh"): never part of the name that follows.
LEADING_VERBS = frozenset(
    words(
        "took gave brought helped supported reassured encouraged reminded praised thanked "
        "collected picked drove walked invited texted phoned rang wrote sat played watched "
        "checked saw heard introduced updated informed advised showed explained listened "
        "observed accompanied congratulated welcomed greeted found seeing meeting visiting "
        "supporting helping asking telling taking "
        # the same verbs as a note to oneself: "Ask Lerato if...", "Ring Samira first"
        "ask tell ring call phone text email remind thank chase visit meet let"
    )
)
# Before an unknown capitalised word, these make it a person: one meets, tells or asks a
# person ("I met Tahmina", "sat with Mireli"), where "went to" or "by" could be a place
# or an organisation
MEETS = re.compile(
    r"(?<![\w])(?:met|told|asked|saw|phoned|rang|texted|emailed|reassured|encouraged|"
    r"reminded|praised|hugged|thanked|collected|took|supported|returned|dropped|located|"
    r"arrested|searched|weighed|examined|placed|removed|interviewed|accommodated|reunited|"
    r"excluded|suspended|bathed|fed|dressed|cuddled|comforted|drove|"
    r"(?:checked|checking|check)[ ]+(?:on|in[ ]+with)|"
    r"(?:spoke|speaking|talked|talking|chatted|sat|played|met|meeting|conversation|chat|"
    r"session|catch-up|call)[ ]+(?:with|to)"
    r"|(?:explained|said|wrote|listened|read|gave|showed|introduced|apologised|apologized|"
    r"handed|waved|replied|described|admitted|disclosed|lied)[ ]+(?:it[ ]+)?to"
    # messages only a person sends: "text from Jordan", "WhatsApp from Nat"
    r"|(?:texts?|txts?|messages?|msgs?|whatsapps?|voicemails?|dms?)[ ]+(?:from|to))[ ]+$",
    re.IGNORECASE,
)
CLAUSE_BEFORE = re.compile(r"[,;][ ]+$")
# A word no list knows after these is a place gone to or lived in, whatever follows it
AFTER_A_PLACE_WORD = re.compile(
    r"(?<![\w])(?i:in|at|from|near|into|to|towards|outside|around|via)[ ]+$"
)
SAINT_BEFORE = re.compile(r"(?<![\w])(?:St|Saint)\.[ ]$")


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a line, a bullet or a heading."""
    i = pos - 1
    while i >= 0 and (text[i] == " " or text[i] in _OPENERS):
        i -= 1
    if i < 0 or text[i] in _SENTENCE_ENDS:
        return True
    if text[i] in "-–" and i > 0 and text[i - 1] == " ":
        return True  # "Home visit - Xiaoling quiet": a dash between notes
    # "- Ffion", "1. Ffion": a bullet at the start of a line
    line_start = text.rfind("\n", 0, pos) + 1
    marker = text[line_start:pos].strip()
    return bool(re.fullmatch(r"[-*+–]|\d{1,2}[.)]", marker))

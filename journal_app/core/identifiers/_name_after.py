"""What follows a name: the words after a capitalised word that make it a person.

A verb only a person does ("Tayla shouted"), a family word ("and her mum"), an age or a
date of birth ("Will, 15,"), an absence ("not home"), a state in notes ("upset after
contact"), something only a person has ("Shadrach's voice").
"""

from __future__ import annotations

import re

from ._types import Role
from ._words import (
    PERSON_VERBS,
    PLURAL_ROLES,
    SINGLE_ROLES,
    words,
)

NEXT_WORD = re.compile(r"[ ]+([A-Za-z]+)")
# "Amira and her mum": the name is the child of the role word that follows
# and the Welsh "Llio a'i brawd" (Llio and her brother)
# and "Summer and her two boys": a number before the family word
_AND_ROLE = re.compile(
    r"[ ]+(?:and[ ]+(?:his|her|their)|a['’][iu])[ ]+"
    r"(?:(?:two|three|four|five|six|2|3|4|5|6)[ ]+)?([a-z]+(?:[ \-][a-z]+)?)"
)
# "Jay (DOB 11.11.2014)", "Will, 15,": a date of birth or an age straight after
# "Lachlan - 9 - reluctant to talk"; "Aria (NHS 599 170 1628)", "Amber (NI QQ 12 34 56 C)":
# a number only a person has
# "Poppy - NHS no 625...", "Ani - ganwyd 4 Gorffennaf" (Welsh: born), "Summer turned 18"
DETAIL_AFTER = re.compile(
    r"(?i)[ ]*(?:\([ ]*(?:dob|d\.o\.b|born|ganwyd|b\.|aged?[ ]+"
    r"|(?:nhs|ni)[ ]*(?:no\.?|number|#)?[ :.]*(?:[a-z]{2}[ ]*)?\d)"
    r"|,[ ]*(?:aged?[ ]+)?\d{1,2},"
    r"|[-–][ ]*(?:aged?[ ]+)?\d{1,2}(?:[ ]*(?:years?|yrs?|y/?o))?[ ]*[-–,(]"
    r"|[-–,][ ]*(?:(?:dob|d\.o\.b\.?|born|ganwyd)[ :]*\d"
    r"|(?:nhs|ni)[ ]*(?:no\.?|number|#)?[ :.]*(?:[a-z]{2}[ ]*)?\d)"
    r"|[ ]+(?:turned|turns)[ ]+\d{1,2}(?![\d:/.,]\d|[\d%]))"
)
# Verbs that follow a person and an abstract noun alike ("Jack was", "Hope was").
STATE_VERBS = frozenset(words("was is has had felt feels seemed looked became"))
# Nouns that belong to a person: "Shadrach's voice", "Semhar's wishes"
PERSONAL_NOUN = re.compile(
    r"['’]s[ ]+(?:own[ ]+)?(?:voice|wishes|feelings|views|behaviour|bedroom|room|words|"
    r"lived[ ]experience|wellbeing|safety|needs|school|nursery|placement|birthday|story|"
    r"life[ ]story|friends?|keyworker|social[ ]worker|health|weight|speech|"
    r"attendance|English|confidence|anger|anxiety|arms?|legs?|face|head|back|neck|hands?|"
    r"body|eyes?|ears?|cheeks?|chest|skin|hair|teeth|bruises?|injury|injuries|marks|"
    r"medication|diagnosis|behaviour|mood|sleep|eating|toileting|development|comments?|"
    r"questions?|answers?|reply|request|letter|drawing|mum|dad|mother|father|nan|carers?|"
    r"foster[ ]carers?|worker|mental[ ]health|view|contact[ ]with|file|case[ ]file|"
    r"feedback|portfolio|statement|account|disclosure|siblings?|brothers?|sisters?)(?![\w])"
)
# Notes-style absences only a person has: "Tyreese not home", "Liberty not in school"
NOT_THERE = re.compile(
    r"[ ]+(?:not|wasn['’]t|isn['’]t)[ ]+(?:home|seen|present|attending|answering|there|"
    r"(?:in|at)[ ]+(?:school|college|nursery|class|contact|home)|in[ ]+(?:today|again|when))"
    r"(?![\w])"
)
# Notes-style lines: a word no list knows, then where or how the person was ("Oghenekaro
# for the night at the carers", "Zarghuna without an interpreter", "Simranjit about her
# exams"); only at a sentence's start, where a writer puts the person the note is about
WHERE_AFTER = re.compile(
    r"[ ]+(?:for|about|over|without|with|under|up|off|around|through|into|after|at|in|on|"
    r"by|since|during|from|to|outside|inside|behind|near)[ ]+[a-z0-9]"
)
# What people do, for a word no list knows ("Chidubem brought his report", "Kidist barely
# ate"), with an adverb allowed between; not for months or words that are also words
HUMAN_ACT_AFTER = re.compile(
    r"[ ]+(?:(?:[a-z]+ly|now|then|still|also|just|often|never|always|again|soon|even|only|"
    r"sometimes|already|usually)[ ]+)?([a-z]+)"
)


def _with_present(bases: str) -> list[str]:
    """Each verb and its "-s" form ("cook", "cooks"; "cry", "cries"; "wash", "washes")."""
    forms = []
    for base in words(bases):
        if base.endswith("y") and base[-2] not in "aeiou":
            forms += [base, base[:-1] + "ies"]
        elif base.endswith(("s", "sh", "ch", "x")):
            forms += [base, base + "es"]
        else:
            forms += [base, base + "s"]
    return forms


HUMAN_ACTS = frozenset(
    _with_present(
        "cook clean tidy draw paint sing dance swim walk cycle play read write eat sleep "
        "wear cry laugh shout hide fight swear steal wet bite scratch hit kick punch hug kiss "
        "babysit pray study revise collect wash dress bake knit skate climb "
        "vape smoke drink self-harm sulk"
    )
) | frozenset(
    words(
        "ate eats wore wears slept sleeps sat sits stood swore swears bought buys brought "
        "brings packed hid punched kissed danced sang climbed cooked drew painted spent made "
        "got gets gave gives took takes put tried tries ignored showed needs needed goes went "
        "looks walked walks cycled plays played watched watches wet wets bit bites scratched "
        "lied lies stole steals threw throws smashed wrote reads read learnt learned "
        "chose chooses prefers preferred remembers remembered forgot thinks thought knows "
        "knew feels felt"
    )
)
# Notes-style lines: a name, then how the person was ("Kaydee upset after contact")
STATE_AFTER = re.compile(
    r"[ ]+(?:(?:very|really|quite|so|more|less|a[ ]bit|much|still|visibly)[ ]+)?"
    r"(?:upset|tearful|withdrawn|anxious|quiet|quieter|calmer|settled|unsettled|angry|"
    r"absent|tired|unwell|poorly|chatty|distressed|sad|cheerful|asleep|missing|hungry|"
    r"clingy|aggressive|dysregulated|scared|frightened|worried|shy|engaged|smiling|crying|"
    r"laughing|sleeping|coping|struggling|thriving|refusing|reluctant|keen|excited|nervous|"
    r"subdued|agitated|lively|polite|defiant|guarded|relaxed|sullen|happy|happier|calm|"
    r"excluded|suspended|arrested|pregnant|bruised|injured|grounded)(?![\w'’\-])"
    # "Vaping upset the school": a verb with its object, not a state
    r"(?![ ]+(?:the|him|her|them|me|us|everyone|his|their|its|a|an|my|our|some|many)(?![\w]))"
)
# "Ifeoluwa, who is nine"
WHO_AFTER = re.compile(r",[ ]+who[ ]")
# "Xinyi has made friends", "Filmon hasn't been in college": a word that is no English
# word, no name the lists know and no place, as the subject of a verb
# ("Taith is the exchange scheme", "Nyumbani was the name of the house": a thing is
# defined after "is the", a person described)
SUBJECT_VERB = re.compile(
    r"[ ]+(?:(?:is|was)(?:n['’]t)?(?![\w'’])"
    r"(?![ ]+(?:the(?![ ]+(?:youngest|eldest|oldest|middle|older|younger|only[ ]child|"
    r"one[ ]who)(?![\w]))"
    r"|a(?![ ]+(?:boy|girl|baby|toddler|teenager|young[ ](?:carer|person|man|woman|mum|dad)"
    r"|\d{1,2}[ -]?(?:year|yr)[ -]?old)(?![\w'’]))"
    r"|an|this|that|one|some|where|what|how|part|used|run|based|set|called)"
    r"(?![\w]))"
    r"|(?:has|had|will|would|can|could|did|does|seemed|seems|felt|feels|appeared|appears|"
    r"became|keeps|kept|tends|needs|needed)(?:n['’]t)?(?![\w'’])"
    r"|(?:won['’]t|can['’]t)(?![\w]))"
)
# Verbs only a person does: enough to make even an unknown word a name ("Tayla shouted"),
# where "Covid hit" or "Data showed" would not be
SPEECH_VERBS = frozenset(
    words(
        "said told asked explained replied shouted screamed cried laughed smiled whispered "
        "disclosed admitted denied refused texted rang phoned hugged kicked spoke talked "
        "wants wanted"
    )
)


def person_verb_after(text: str, end: int) -> bool:
    nxt = NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group(1) in PERSON_VERBS)


def and_role(text: str, end: int) -> Role | None:
    """The family role in "<name> and her mum" / "and his sister", if one follows."""
    m = _AND_ROLE.match(text, end)
    if m is None:
        return None
    found = m.group(1)
    return (
        SINGLE_ROLES.get(found)
        or SINGLE_ROLES.get(found.split()[0])
        or PLURAL_ROLES.get(found)
        or PLURAL_ROLES.get(found.split()[0])
    )


def role_from_context(text: str, end: int) -> tuple[Role, int]:
    """The role "Amira and her mum" gives Amira (a child); otherwise just a person."""
    if and_role(text, end) in (Role.PARENT, Role.CARER, Role.RELATIVE):
        return Role.CHILD, 1
    return Role.PERSON, 0


# The verb group after a subject: an adverb, an auxiliary (with "n't" or "not") and the
# verb itself ("has started", "hasn't seen", "still refusing", "keeps saying", "didn't want")
_VERB_GROUP = re.compile(
    r"[ ]+(?:(?:still|now|really|just|also|never|always|often|already|again|then|finally|"
    r"only|even|sometimes|usually)[ ]+)?"
    r"(?P<aux>(?:has|have|had|does|did|is|was|should|could|would|will|can|must|might|may|"
    r"keeps|kept)(?:n['’]t|[ ]+not)?[ ]+"
    r"(?:(?:still|now|really|just|also|never|always|already|been|be|not)[ ]+){0,2}"
    r"|(?:won|can)['’]t[ ]+)?"
    r"(?P<verb>[a-z]+)(?![\w'’\-])"
)
# Verbs a person does, in the forms that follow an auxiliary ("should move", "hasn't seen")
_PERSON_BASES = frozenset(
    words(
        "say tell ask explain share reply disclose admit deny refuse agree cry laugh smile "
        "shout scream whisper want ring phone text message email write draw show run hide "
        "hit kick hug arrive attend come enjoy go hate leave like live look love miss move "
        "seem sleep speak start stay talk worry see know think feel trust return settle "
        "engage eat sing dance swim walk play read wear fight swear steal"
    )
)
_PARTICIPLES = frozenset(
    words(
        "seen gone done spoken told written eaten taken given shown known slept been "
        "excluded suspended arrested moved placed returned settled"
    )
)
# "he" or "she" later in the clause: the subject is a person ("Faith hasn't seen her
# social worker", "Autumn keeps saying she is fine")
_PERSONAL_PRONOUN = re.compile(r"(?<![\w'’])(?:s?he|her|his|him|herself|himself)(?![\w])")
_DONE_TO_A_PERSON = frozenset(words("excluded suspended arrested placed adopted bullied"))
_SPEAKING = frozenset(words("refusing saying asking crying telling talking"))
# what a season or a time does as well as a person ("Summer came", "Autumn went quickly")
_A_TIME_DOES = frozenset(
    words(
        "started starts start came comes come went goes go arrived arrives arrive left "
        "leaves leave ran runs run seemed seems seem looked looks look felt feels feel "
        "stayed stays stay moved moves move"
    )
)
_PAST_TOO = frozenset(words("read hit put"))
_PASSIVE = re.compile(r"(?:is|was)(?:n['’]t|[ ]+not)?[ ]|.*\bbe(?:en)?[ ]")
_CLAUSE_END = re.compile(r"[.!?\n]|[ ][-–][ ]")


def _a_verb(word: str, *, loose: bool) -> bool:
    """Whether ``word`` is a verb a person does; ``loose`` takes any "-ed" or "-ing" form,
    otherwise only what a time of year never does ("Summer started" is a season's)."""
    if word in _SPEAKING:
        return True
    listed = word in PERSON_VERBS or word in HUMAN_ACTS or word in _PERSON_BASES
    if not loose:
        return listed and word not in _A_TIME_DOES
    return listed or word in _PARTICIPLES or (len(word) > 4 and word.endswith(("ed", "ing")))


def pronoun_in_clause(text: str, start: int) -> bool:
    """Whether "he", "she", "his" or "her" follows ``start`` before the sentence ends."""
    stop = _CLAUSE_END.search(text, start, start + 120)
    end = stop.start() if stop else min(len(text), start + 120)
    return _PERSONAL_PRONOUN.search(text, start, end) is not None


def subject_of_a_person(text: str, end: int, *, loose: bool = True) -> bool:
    """Whether a word ending at ``end`` is the subject of what a person does: a verb,
    then "he" or "she" in the same clause ("Will has started at his new school", "Jack
    read his bit out"), or an auxiliary and a verb only a person does without one ("Grace
    should move to", "Will has been excluded", "Hope still refusing to go")."""
    group = _VERB_GROUP.match(text, end)
    if group is None:
        return False
    verb, aux = group.group("verb"), group.group("aux") or ""
    if not aux and verb in _PERSON_BASES and verb not in _PAST_TOO:
        return False  # "Will ask the GP": a note to oneself, with "I" left out
    if _PASSIVE.match(aux) and not (verb.endswith("ing") or verb in _DONE_TO_A_PERSON):
        return False  # "Grace is said before meals", "Grace was shown": done to a thing
    if _a_verb(verb, loose=loose) and pronoun_in_clause(text, group.end()):
        return True
    helped = aux or group.group().split()[0] != verb
    return (
        bool(helped)
        and (loose or verb in _SPEAKING)
        and (
            verb in PERSON_VERBS
            or verb in _PERSON_BASES
            or verb in _PARTICIPLES
            or verb in _SPEAKING
        )
    )

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
    SINGLE_ROLES,
    words,
)

NEXT_WORD = re.compile(r"[ ]+([A-Za-z]+)")
# "Amira and her mum": the name is the child of the role word that follows
# and the Welsh "Llio a'i brawd" (Llio and her brother)
_AND_ROLE = re.compile(r"[ ]+(?:and[ ]+(?:his|her|their)|a['’][iu])[ ]+([a-z]+(?:[ \-][a-z]+)?)")
# "Jay (DOB 11.11.2014)", "Will, 15,": a date of birth or an age straight after
# "Lachlan - 9 - reluctant to talk"; "Aria (NHS 599 170 1628)", "Amber (NI QQ 12 34 56 C)":
# a number only a person has
DETAIL_AFTER = re.compile(
    r"(?i)[ ]*(?:\([ ]*(?:dob|d\.o\.b|born|b\.|aged?[ ]+"
    r"|(?:nhs|ni)[ ]*(?:no\.?|number|#)?[ :.]*(?:[a-z]{2}[ ]*)?\d)"
    r"|,[ ]*(?:aged?[ ]+)?\d{1,2},"
    r"|[-–][ ]*(?:aged?[ ]+)?\d{1,2}(?:[ ]*(?:years?|yrs?|y/?o))?[ ]*[-–,(])"
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
    return SINGLE_ROLES.get(m.group(1)) or SINGLE_ROLES.get(m.group(1).split()[0])


def role_from_context(text: str, end: int) -> tuple[Role, int]:
    """The role "Amira and her mum" gives Amira (a child); otherwise just a person."""
    if and_role(text, end) in (Role.PARENT, Role.CARER, Role.RELATIVE):
        return Role.CHILD, 1
    return Role.PERSON, 0

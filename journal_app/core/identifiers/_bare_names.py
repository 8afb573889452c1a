"""Names with no family or role word beside them: "Ffion told me", "Visited Jayden Smith".

Capitalised words are checked against the names gazetteer. A run of capitals that starts
with a given name is a person unless it reads as an organisation, a place or a cited
writer ("Grace Owen Centre", "St Helen's", "Donald Schön"). Given names that are also
ordinary words ("Will", "Grace", "Hope") and months ("April") need more: a verb that only
a person does next to them ("Will told me"), a family name after them ("Grace Evans"), or
a place mid-sentence where English does not capitalise a common word ("I asked Grace").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._gazetteer import Gazetteer, gazetteer
from ._scan import TOKEN, Scan, find_in, keyword_spans, starts_word, windows
from ._types import NameHit, Role
from ._welsh import is_welsh, welsh_opener
from ._words import (
    FAMILY_DESCRIBERS,
    INSTITUTION_WORDS,
    MONTHS,
    NOT_GIVEN_NAMES,
    ORGANISATIONS,
    PERSON_VERBS,
    PLACE_FULL_NAMES,
    PLACES,
    PUBLIC_FULL_NAMES,
    PUBLIC_SURNAMES,
    SAINT_LIKE,
    SEASONS,
    SINGLE_ROLES,
    STOP_WORDS,
    TOWNS,
    VIRTUE_NAMES,
    words,
)

_PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|del|della|dos|das|ap|ab|bin|ibn|al|el)"
_RUN = re.compile(rf"{TOKEN}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{TOKEN})*")
_WORD = re.compile(r"[^ ]+")
_NEXT_WORD = re.compile(r"[ ]+([A-Za-z]+)")
_PREV_WORD = re.compile(r"([A-Za-z.]+)[ ]+$")
# "Amira and her mum": the name is the child of the role word that follows
# and the Welsh "Llio a'i brawd" (Llio and her brother)
_AND_ROLE = re.compile(r"[ ]+(?:and[ ]+(?:his|her|their)|a['’][iu])[ ]+([a-z]+(?:[ \-][a-z]+)?)")
# "Jay (DOB 11.11.2014)", "Will, 15,": a date of birth or an age straight after
# "Lachlan - 9 - reluctant to talk"
_DETAIL_AFTER = re.compile(
    r"(?i)[ ]*(?:\([ ]*(?:dob|d\.o\.b|born|b\.|aged?[ ]+)|,[ ]*(?:aged?[ ]+)?\d{1,2},"
    r"|[-–][ ]*(?:aged?[ ]+)?\d{1,2}(?:[ ]*(?:years?|yrs?|y/?o))?[ ]*[-–,(])"
)
# "Rogers (1957)", "Perry et al.", "Rogers' core conditions", "Perry's neurosequential
# model": a writer cited, not a person in the work
_CITATION_AFTER = re.compile(
    r"[ ]*(?:\([ ]*(?:\d{4}|n\.d\.)|,[ ]*\d{4}(?!\d)|et[ ]al"
    r"|(?:and|&)[ ]+[A-Z][\w\-]+[ ]*\((?:\d{4}|n\.d\.)"
    r"|['’]s?[ ]+(?:[a-z\-]+[ ]+)?(?:model|models|theory|theories|cycle|framework|approach|"
    r"hierarchy|conditions|concept|concepts|stages|triangle|lenses|typology|paradigm)(?![\w]))"
)
_OPENERS = "\"'“‘([*_"
_SENTENCE_ENDS = ".!?:;\n#•|>"
# Verbs that follow a person and an abstract noun alike ("Jack was", "Hope was").
_STATE_VERBS = frozenset(words("was is has had felt feels seemed looked became"))
# Words after which a capitalised word that is also an ordinary word is a person.
_TAKES_A_PERSON = frozenset(
    words(
        "with and to asked told saw visited met for about called named phoned rang "
        "texted emailed helped supported collected took left picked brought thanked "
        "reassured encouraged reminded praised hugged see meet call ask tell visit help "
        "between like including except dear hi hello"
    )
)
# Before a word no list knows, these make it a place, an organisation or a thing ("in
# Splott", "from Gisda", "her Nintendo"), unless a verb of meeting comes first ("spoke to")
_PLACE_PREPOSITIONS = frozenset(
    words(
        "in at from near to into onto towards toward outside inside around across through "
        "via of by on off over under past beyond within opposite behind beside yn ym yng "
        "i o ar dros drwy trwy heibio"
    )
)
_NOT_BEFORE_A_PERSON = frozenset(
    words(
        "the a an this that these those his her their my our your its every each per any "
        "some no using use uses used play plays played playing watch watches watched "
        "watching download downloaded installed app via brand read reread reading "
        "revisited cited citing quoted quoting according than like before after since "
        "until till during dydd ddydd nos y yr"
    )
)
_PLACE_AFTER = re.compile(r"[ ]+(?:is|was)[ ]+where(?![\w])")
# Names with a capital inside: "McKenzie", "MacLeod", "O'Hara", "D'Souza", "DeShawn"
_CAPITAL_INSIDE = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Di)[A-Z][a-z]+$")
_WORK_OF = re.compile(
    r"['’]s?[ ]+(?:[a-z\-]+[ ]+)?(?:work|ideas?|writing|writings|research|books?|articles?|"
    r"papers?|study|studies|thinking|views?|arguments?|findings|principles|questions|"
    r"tools?|scale|method|report|review)(?![\w])"
)
# Words after a capitalised word that make it an organisation, a product or a place
_THING_AFTER = INSTITUTION_WORDS | frozenset(
    words(
        "worker workers staff app account scheme course session sessions referral support "
        "programme game games video videos channel card vouchers voucher membership meeting "
        "meetings worker's team's service's group's cymru wales uk ltd"
    )
)
# Before a month or a season these make it a time, whatever follows ("in August (born")
_BEFORE_A_TIME = frozenset(
    words("in by since until till from during of next last early late mid end this every")
)
# Before a month these make a date ("by April", "April and May"), not a person.
_DATE_WORDS = frozenset(words("to for by about between and including except"))
_NOT_PERSONS = FAMILY_DESCRIBERS | PLACES | NOT_GIVEN_NAMES | ORGANISATIONS | TOWNS
_REASON = Message("identifiers.reason.bare_name")
# Verbs that open a note and take a person after them ("Took Tomos to the dentist",
# "Seeing Lowri laugh"): never part of the name that follows.
_LEADING_VERBS = frozenset(
    words(
        "took gave brought helped supported reassured encouraged reminded praised thanked "
        "collected picked drove walked invited texted phoned rang wrote sat played watched "
        "checked saw heard introduced updated informed advised showed explained listened "
        "observed accompanied congratulated welcomed greeted found seeing meeting visiting "
        "supporting helping asking telling taking"
    )
)
# Before an unknown capitalised word, these make it a person: one meets, tells or asks a
# person ("I met Tahmina", "sat with Mireli"), where "went to" or "by" could be a place
# or an organisation
_MEETS = re.compile(
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
# Nouns that belong to a person: "Shadrach's voice", "Semhar's wishes"
_PERSONAL_NOUN = re.compile(
    r"['’]s[ ]+(?:own[ ]+)?(?:voice|wishes|feelings|views|behaviour|bedroom|room|words|"
    r"lived[ ]experience|wellbeing|safety|needs|school|nursery|placement|birthday|story|"
    r"life[ ]story|friends?|keyworker|social[ ]worker|health|weight|speech|"
    r"attendance|English|confidence|anger|anxiety|arms?|legs?|face|head|back|neck|hands?|"
    r"body|eyes?|ears?|cheeks?|chest|skin|hair|teeth|bruises?|injury|injuries|marks|"
    r"medication|diagnosis|behaviour|mood|sleep|eating|toileting|development|comments?|"
    r"questions?|answers?|reply|request|letter|drawing|mum|dad|mother|father|nan|carers?|"
    r"foster[ ]carers?|worker|mental[ ]health|view)(?![\w])"
)
# "Rojda and Hevin", "Kaydence, Brooklyn", the Welsh "Tomos a Hedd": a word beside a
# known given name in a list
_LIST_AFTER = re.compile(rf"(?:[ ]*,[ ]*|,?[ ]+(?:and|&|a|ac)[ ]+)({TOKEN})(?![\w'’\-])")
_LIST_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})(?:[ ]*,[ ]*|,?[ ]+(?:and|&|a|ac)[ ]+)$")
# Place names the gazetteer cannot know: Welsh towns and villages ("Penarth",
# "Llanishen", "Cwmbran") and English ones ("Ashbourne", "Kettering")
_PLACE_SHAPE = re.compile(
    r"^(?:porth|pont|aber|cwm|maes|nant|blaen|caer|ystrad|dinas|mynydd|tref|rhos)$|"
    r"^(?:pen|aber|llan|caer|cwm|pont|porth|ystrad|tre[fd]?|nant|maes|blaen|glyn|rhos|"
    r"coed|bryn|dol|dinas|mynydd)[a-zâêîôûŵŷ]{3,}|"
    r"(?:ton|ham|bury|ford|field|wick|worth|mouth|port|chester|caster|minster|stead|"
    r"borough|bridge|pool|thorpe|combe|cliffe|bourne|burn|don|dale|ness|ville|land|"
    r"shire|burgh|town|stow|wich|gate)$"
)
# Notes-style absences only a person has: "Tyreese not home", "Liberty not in school"
_NOT_THERE = re.compile(
    r"[ ]+(?:not|wasn['’]t|isn['’]t)[ ]+(?:home|seen|present|attending|answering|there|"
    r"(?:in|at)[ ]+(?:school|college|nursery|class|contact|home)|in[ ]+(?:today|again|when))"
    r"(?![\w])"
)
# Notes-style lines: a word no list knows, then where or how the person was ("Oghenekaro
# for the night at the carers", "Zarghuna without an interpreter", "Simranjit about her
# exams"); only at a sentence's start, where a writer puts the person the note is about
_WHERE_AFTER = re.compile(
    r"[ ]+(?:for|about|over|without|with|under|up|off|around|through|into|after|at|in|on|"
    r"by|since|during|from|to|outside|inside|behind|near)[ ]+[a-z0-9]"
)
# What people do, for a word no list knows ("Chidubem brought his report", "Kidist barely
# ate"), with an adverb allowed between; not for months or words that are also words
_HUMAN_ACT_AFTER = re.compile(
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


_HUMAN_ACTS = frozenset(
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
_STATE_AFTER = re.compile(
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
# "Tharshika and Kajan live ...": two words no list knows, then what people do
_PAIR_AFTER = re.compile(rf"[ ]+(?:and|&)[ ]+({TOKEN})[ ]+([a-z]+)")
_PAIR_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})[ ]+(?:and|&)[ ]+$")
_PAIR_VERBS = frozenset(
    words(
        "live are were went came said told stay attend want seem look "
        "arrived got ran fought argue argued play played sleep slept"
    )
)
_WHOLE = re.compile(r".+", re.DOTALL)
# Welsh spellings no given name has ("Senghenydd", "Morgannwg", "Cwmbach"): a word the
# gazetteer lacks spelt so is a place or a Welsh word; names start "Ll", "Rh" ("Llio")
_WELSH_SPELLING = re.compile(r"ngh|wg$|ydd$|wch$|[^aeiouy]w[^aeiouy]")
# "Ifeoluwa, who is nine"
_WHO_AFTER = re.compile(r",[ ]+who[ ]")
# Endings of English nouns and adjectives that no given name shares closely enough to
# matter, and plurals ("Attendees said"): names ending so are in the gazetteer already
_WORD_ENDING = re.compile(
    r"(?:tion|sion|ment|ness|ity|ism|ist|ics|ship|hood|ful|less|ous|able|ible|ogy|"
    # plurals of people and things ("Attendees", "Providers", "Agencies")
    r"ees|ors|ants|ents|ies|ions)$"
)
# Endings names share ("Xiaoling", "Ahmed", "Kelly", "Sanders"): the word is English-shaped
# only if what is left is an English word ("Housing", "Fostered", "Kindly", "Providers")
_STEM_ENDING = re.compile(r"(?:ing|ed|ly|ers|er)$")
_VOWELS = "aeiou"
# "Xinyi has made friends", "Filmon hasn't been in college": a word that is no English
# word, no name the lists know and no place, as the subject of a verb
# ("Taith is the exchange scheme", "Nyumbani was the name of the house": a thing is
# defined after "is the", a person described)
_SUBJECT_VERB = re.compile(
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
# Capitalised words a child's life is full of that are no English word and no name:
# apps, games, languages
_NOT_NAME_WORDS = frozenset(
    words(
        "covid tiktok snapchat instagram youtube roblox fortnite minecraft xbox playstation "
        "whatsapp netflix spotify nintendo discord twitch ipad iphone android wifi "
        "urdu punjabi bengali sylheti tigrinya amharic somali arabic farsi dari pashto "
        "kurdish sorani kurmanji romanian polish portuguese cymraeg gaeilge mandarin "
        "cantonese hindi gujarati tamil yoruba igbo hausa twi swahili lingala makaton "
        "cwtch hiraeth calpol "
        # festivals and holy days of the UK's communities
        "holi diwali deepavali navratri navaratri vaisakhi baisakhi lohri onam pongal "
        "dussehra dasara durga janmashtami rakhi gurpurab hanukkah chanukah pesach purim "
        "shavuot sukkot eid mawlid ashura ramzan nowruz norooz vesak wesak kwanzaa samhain "
        "halloween hogmanay nadolig pasg chuseok xmas"
    )
)
# Verbs only a person does: enough to make even an unknown word a name ("Tayla shouted"),
# where "Covid hit" or "Data showed" would not be
_SPEECH_VERBS = frozenset(
    words(
        "said told asked explained replied shouted screamed cried laughed smiled whispered "
        "disclosed admitted denied refused texted rang phoned hugged kicked spoke talked "
        "wants wanted"
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
# What a football team has: "a Chelsea shirt", "the Arsenal match"
_TEAM_THINGS = frozenset(
    words("shirt shirts kit top scarf fan fans supporter supporters match matches stadium")
)
# Clubs named as people are ("Chelsea", "Everton"), and what a side does in a match
_CLUB_NAMES = frozenset(words("chelsea everton preston brighton burnley fulham"))
_RESULT_VERBS = frozenset(words("won lost drew beat beaten lose win draw scored"))
_SUPPORTS_BEFORE = re.compile(r"(?i:supports|supported|supporting|fan[ ]of|fans[ ]of)[ ]+$")
_FOOTBALL = re.compile(
    r"(?i)(?<![\w])(?:kit|shirt|match|matches|football|league|season[ ]ticket|goals?|"
    r"stadium|premier|fixtures?|fans?|supporters?|games?|played|won|lost)(?![\w])"
)
_EVE_OF = re.compile(r"(?i:year['’]?s|christmas|hallows['’]?)[ ]$")
_OWNED_RULES = frozenset(words("law laws protocol principle rule ladder"))
# "'s" and any capitalised words after it: "Noah's Ark Children's Hospital"
_OWNER_OF = re.compile(rf"['’]s((?:[ ]+{TOKEN}(?:['’]s)?){{0,4}})(?![\w])")
# Shops, restaurants and brands named after two people: nobody in the work
_TWO_NAME_BRANDS = re.compile(
    r"(?<![\w])(?:frankie[ ](?:and|&)[ ]benny|ben[ ](?:and|&)[ ]jerry|"
    r"marks[ ](?:and|&)[ ]spencer|dolce[ ](?:and|&)[ ]gabbana|fortnum[ ](?:and|&)[ ]mason|"
    r"holland[ ](?:and|&)[ ]barrett|barnes[ ](?:and|&)[ ]noble|lucy[ ](?:and|&)[ ]yak|"
    r"crabtree[ ](?:and|&)[ ]evelyn|abercrombie[ ](?:and|&)[ ]fitch|"
    r"mark[ ](?:and|&)[ ]spencer)(?:['’]s)?(?![\w])"
)
_BRAND_KEYS = words("benny jerry spencer gabbana fortnum barrett noble yak evelyn fitch")
# Before a name: a message's greeting ("Hi Kayleigh,", "'Dear Sam"); after it, the end of
# its line: a sign-off ("Thanks, Mo", "> Thanks Precious", "Love Jade x")
_GREETING = re.compile(r"(?i)(?<![\w])(?:hi|hiya|hey|hello|dear)[ ]*,?[ ]*$")
_SIGN_OFF = re.compile(
    r"(?i)(?:^|[\n>'\"“‘])[ ]*(?:thanks|thank[ ]you|many[ ]thanks|cheers|love|ta|regards|"
    r"kind[ ]regards|best[ ]wishes|best|speak[ ]soon|lots[ ]of[ ]love)[ ]*,?[ ]*$"
)
_LINE_END = re.compile(r"[ ]*(?:[xX]+|[!.]+)?[ ]*['\"”’]?[ ]*(?:\n|$)")
_CLAUSE_BEFORE = re.compile(r"[,;][ ]+$")
# A word no list knows after these is a place gone to or lived in, whatever follows it
_AFTER_A_PLACE_WORD = re.compile(
    r"(?<![\w])(?i:in|at|from|near|into|to|towards|outside|around|via)[ ]+$"
)
# What a nickname is made with: "Big Mo", "Lil Tee", "Little Kev" (never in the name)
_NICK_PREFIXES = frozenset(words("big lil lil' little young hiya hey hello"))
_NICK_BEFORE = re.compile(r"(?<![\w])(Big|Lil['’]?|Little|Young)[ ]+$")
# Words that say a nickname or a real name comes next: "aka 'Tiny'", "known as Deeza",
# "real name Tobias"; the word after is a name even when it is also a word
_ALIAS_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:aka|a\.k\.a\.?|known[ ]as|nicknamed|nickname|goes[ ]by|"
    r"real[ ]name|street[ ]name|calls[ ](?:him|her|them)self|calls[ ](?:him|her|them))"
    r"[ ]*(?:is[ ]+)?[:,\-]?[ ]*['\"“‘]?$"
)
# After a name: "(what everyone calls him)", "(not his real name)", "(nickname)",
# "(real name Kieran)"
_ALIAS_AFTER = re.compile(
    r"['\"”’]?[ ]*\((?:[^()\n]{0,30}[ ])?(?:calls?|called)[ ]"
    r"(?:him|her|them|(?-i:[A-Z][a-z]+))(?:self)?[^()\n]{0,10}\)"
    r"|[ ]+is[ ]+what[ ][^.!?\n]{0,30}(?:calls?|called)(?![\w])"
    r"|['\"”’]?[ ]*\([ ]*(?:nickname|not[ ](?:his|her|their)[ ]real[ ]name|aka|real[ ]name)",
    re.IGNORECASE,
)
# "Kez (Kieran)": a nickname with the given name in brackets, or the other way round
_BRACKETED = re.compile(rf"['\"”’]?[ ]*\([ ]*({TOKEN})[ ]*\)")
_BRACKET_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})['\"”’]?[ ]*\([ ]*$")
_SAINT_BEFORE = re.compile(r"(?<![\w])(?:St|Saint)\.[ ]$")
# Capitalised words that are never a name on their own, even before "said" ("Mum said").
_NEVER_ALONE = STOP_WORDS - MONTHS - SEASONS


def _sentence_start(text: str, pos: int) -> bool:
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


def _person_verb_after(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group(1) in PERSON_VERBS)


def _and_role(text: str, end: int) -> Role | None:
    """The family role in "<name> and her mum" / "and his sister", if one follows."""
    m = _AND_ROLE.match(text, end)
    if m is None:
        return None
    return SINGLE_ROLES.get(m.group(1)) or SINGLE_ROLES.get(m.group(1).split()[0])


def _role_from_context(text: str, end: int) -> tuple[Role, int]:
    """The role "Amira and her mum" gives Amira (a child); otherwise just a person."""
    if _and_role(text, end) in (Role.PARENT, Role.CARER, Role.RELATIVE):
        return Role.CHILD, 1
    return Role.PERSON, 0


def _trim(
    text: str, start: int, end: int, *, welsh: bool = False
) -> tuple[list[re.Match[str]], bool]:
    """The words of a run of capitals that can be a name, and whether the run is no
    name at all: a place, an organisation, a cited writer or a title-case phrase whose
    first word is also an ordinary word ("Liberty Protection Safeguards")."""
    found = list(_WORD.finditer(text, start, end))
    folded = [w.group().casefold() for w in found]
    if any(f in INSTITUTION_WORDS or f in PUBLIC_SURNAMES for f in folded):
        return [], True
    joined = f" {' '.join(folded)} "
    if len(found) > 1 and any(
        f" {full} " in joined for full in (*PUBLIC_FULL_NAMES, *PLACE_FULL_NAMES)
    ):
        return [], True
    # leading sentence-openers and labels: "Visited Jayden Smith", "Today Ffion"
    i = 0
    while i < len(found) and (
        _opener(found[i].group(), folded[i]) or welsh_opener(folded[i], welsh=welsh)
    ):
        if folded[i] in SAINT_LIKE:
            return [], True  # "St Helen", "Lord Laming"
        i += 1
    kept: list[re.Match[str]] = []
    for word, fold in zip(found[i:], folded[i:], strict=True):
        if (fold in STOP_WORDS and kept) or fold in _NOT_PERSONS:
            break
        if kept and len(fold) > 1 and word.group().isupper():
            break  # "Reece DOB 09/11/2008": an acronym after a name is a label
        kept.append(word)
    cut = len(kept) < len(found) - i
    return kept, cut and len(kept) == 1 and not gazetteer().is_given(kept[0].group())


def _opener(word: str, folded: str) -> bool:
    """Whether a word opening a run of capitals is a sentence opener, not a name."""
    if _month_name(folded):
        return False
    if folded in STOP_WORDS or folded in _LEADING_VERBS or folded in _NICK_PREFIXES:
        return True
    names = gazetteer()
    if names.is_given(word) or names.is_given_word(word) or names.is_family(word):
        return False
    # "Seeing Lowri", "Taught Temitope": an English verb opening the run, never "Xiaoling"
    return (folded.endswith("ing") and _english_stem(folded, names)) or (
        len(folded) > 3 and names.is_english_word(folded)
    )


def _month_name(folded: str) -> bool:
    return folded in MONTHS or folded in SEASONS


def _english_stem(folded: str, names: Gazetteer) -> bool:
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
    return any(names.is_english_word(t) or t in _HUMAN_ACTS for t in tries)


def _looks_like_typo(folded: str, names: Gazetteer) -> bool:
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


def _unknown_name(text: str, word: re.Match[str]) -> bool:
    """Whether a word the gazetteer does not know is still a name, given that a verb only
    a person does follows it ("Tayla shouted"): it must look like a name (no "-ing",
    "-tion" ending as in "Housing said"), be no pronoun or team, and never be written in
    lower case elsewhere in the text."""
    folded = word.group().casefold()
    if (
        folded in STOP_WORDS
        or folded in _NOT_PERSONS
        or folded.removesuffix("s") in FAMILY_DESCRIBERS  # "Afghans", "Somalis"
        or folded.removesuffix("s") in STOP_WORDS  # "Fridays", "Mondays"
        or folded in INSTITUTION_WORDS
        or folded in _NOT_NAME_SUBJECTS
        or folded in _NOT_NAME_WORDS
        or gazetteer().is_english_word(folded)
        or _WORD_ENDING.search(folded)
        or _english_stem(folded, gazetteer())
        or "-" in folded
    ):
        return False
    if _PLACE_SHAPE.search(folded) or _WELSH_SPELLING.search(folded):
        return False
    return re.search(rf"(?<![\w]){re.escape(folded)}(?![\w])", text) is None


def _given(word: str, names: Gazetteer) -> bool:
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
            and p.casefold() not in _NOT_PERSONS
            for p in parts
        )
    )


def _known(word: str, names: Gazetteer) -> bool:
    return _given(word, names) or names.is_given_word(word) or names.is_family(word)


def _unknown_in_context(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word the gazetteer does not know is a person here: someone
    met, told or asked ("I met Tahmina"), beside a known given name in a list ("Rojda
    and Hevin"), described by "who" ("Ifeoluwa, who is nine"), or owning something only
    a person has ("Shadrach's voice")."""
    # the context first: it looks a few characters either side, where the checks of the
    # word itself read the whole text
    return _person_context(text, word, names) and _unknown_name(text, word)


def _person_context(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    start, end = word.span()
    if _MEETS.search(text, max(0, start - 24), start):
        return True
    if _AFTER_A_PLACE_WORD.search(text, max(0, start - 12), start):
        return False  # "the trip to Longleat was cancelled", "in Splott is where"
    if _WHO_AFTER.match(text, end) or _PERSONAL_NOUN.match(text, end):
        return True
    if _SUBJECT_VERB.match(text, end) or _person_verb_after(text, end):
        return True
    act = _HUMAN_ACT_AFTER.match(text, end)
    if act and (act.group(1) in _HUMAN_ACTS or act.group(1) in PERSON_VERBS):
        return True  # "Kidist ate", "Lemlem often looks after her sisters"
    if _DETAIL_AFTER.match(text, end) or _NOT_THERE.match(text, end):
        return True  # "Kaden (dob 01.02.2020)", "Lachlan - 9 -", "Tyreese not home"
    if (_STATE_AFTER.match(text, end) or _WHERE_AFTER.match(text, end)) and _sentence_start(
        text, start
    ):
        return True  # "Kaydee upset after contact": a notes-style line about someone
    if _STATE_AFTER.match(text, end) and _CLAUSE_BEFORE.search(text, max(0, start - 3), start):
        return True  # "Rhiannon settled, Jax unsettled": notes run on after a comma
    if _addressed(text, start, end):
        return True  # "Hi Kayleigh,", "Thanks, Mo": a message's greeting or sign-off
    if _and_role(text, end) not in (None, Role.WORKER):
        return True  # "Dewi and his grandparents"
    after = _LIST_AFTER.match(text, end)
    if after and _given(after.group(1), names):
        return True
    before = _LIST_BEFORE.search(text, max(0, start - 40), start)
    if before and _given(before.group(1), names):
        return True
    return _pair_subject(text, word, names)


def _pair_subject(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Two words no list knows, joined by "and", doing what people do: "Tharshika and
    Kajan live with their nan". The other word must be name-shaped too."""
    pair = _PAIR_AFTER.match(text, word.end())
    if pair is not None:
        partner, verb = pair.group(1), pair.group(2)
    else:
        before = _PAIR_BEFORE.search(text, max(0, word.start() - 40), word.start())
        nxt = _NEXT_WORD.match(text, word.end())
        if before is None or nxt is None:
            return False
        partner, verb = before.group(1), nxt.group(1)
    if verb not in _PAIR_VERBS and verb not in PERSON_VERBS:
        return False
    other = _WHOLE.match(partner)
    return other is not None and (
        _given(partner, names) or (not _known(partner, names) and _unknown_name(text, other))
    )


def _unknown_mid_sentence(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word no list knows, in the middle of a sentence, is a name:
    English capitalises little there but names, places and organisations, so a word that
    is no English word, after a word that takes a person ("Checked on Eilidh", "Taught
    Temitope") rather than a place or a thing ("in Splott", "from Gisda", "her Nintendo"),
    and with no organisation's word after it ("Gisda worker"), is a person."""
    start, end = word.span()
    if _sentence_start(text, start):
        return False
    before = _PREV_WORD.search(text, max(0, start - 24), start)
    if before is None:
        return False
    if before.start() and text[before.start() - 1] in "'’":
        return False  # "Dechrau'n Deg": the word before is a Welsh word's ending
    prev = before.group(1).casefold().rstrip(".")
    if prev in _NOT_BEFORE_A_PERSON or (
        prev in _PLACE_PREPOSITIONS and not _MEETS.search(text, max(0, start - 24), start)
    ):
        return False
    if prev in ("and", "or", "nor", "&"):
        return False  # lists: "Rojda and Hevin" is judged by its known name, elsewhere
    if not before.group(1)[0].islower() and not (
        prev in _TAKES_A_PERSON
        or (_sentence_start(text, before.start()) and gazetteer().is_english_word(prev))
    ):
        return False  # "Team Gisda", "Mosaic Tyreece"; but "Taught Temitope"
    nxt = _NEXT_WORD.match(text, end)
    if nxt and (nxt.group(1).casefold() in _THING_AFTER or nxt.group(1)[0].isupper()):
        return False
    if _WORK_OF.match(text, end):
        return False  # "Crenshaw's ideas", "Ferguson's work": a writer cited
    folded = word.group().casefold()
    if not word.group()[1:].islower() and not _CAPITAL_INSIDE.match(word.group()):
        return False  # "DoLS", "iPad", "PowerPoint": no name has a capital inside
    return (
        len(folded) > 2
        and not names.is_given_word(word.group())
        and not _looks_like_typo(folded, names)
        and _unknown_name(text, word)
    )


def _single_is_name(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether one capitalised word on its own is a person's name here."""
    folded = word.group().casefold()
    nxt = _NEXT_WORD.match(text, word.end())
    if nxt and nxt.group(1) in ("basket", "baskets"):
        return False  # "a Moses basket"
    if _PLACE_AFTER.match(text, word.end()):
        return False  # "Jordan was where the family lived"
    if _is_team(text, word, nxt):
        return False  # "a Chelsea shirt", "he supports Chelsea and wants the kit"
    if folded == "eve" and _EVE_OF.search(text, max(0, word.start() - 12), word.start()):
        return False  # "New Year's Eve", "Christmas Eve"
    if _month_name(folded) and not _person_verb_after(text, word.end()):
        before = _PREV_WORD.search(text, max(0, word.start() - 20), word.start())
        if before and before.group(1).casefold() in _BEFORE_A_TIME:
            return False  # "in August (born 9/8/2020)" is a time
    family_after = _and_role(text, word.end()) not in (None, Role.WORKER)
    detail_after = _DETAIL_AFTER.match(text, word.end()) is not None
    away = _NOT_THERE.match(text, word.end()) is not None
    if _person_verb_after(text, word.end()) or family_after or detail_after or away:
        return (
            _given(word.group(), names)
            or names.is_given_word(word.group())
            or (_month_name(folded))
            or (bool(nxt and nxt.group(1) in _SPEECH_VERBS) and _unknown_name(text, word))
            or _unknown_in_context(text, word, names)
        )
    if folded in STOP_WORDS:
        return _ALIAS_BEFORE.search(text, max(0, word.start() - 30), word.start()) is not None
    if _given(word.group(), names):
        return True
    if _nickname(text, word, names):
        return True
    if (
        names.is_given_word(word.group())
        and not _month_name(folded)
        and (
            _MEETS.search(text, max(0, word.start() - 24), word.start())
            or _addressed(text, word.start(), word.end())
            or (_PERSONAL_NOUN.match(text, word.end()) and not _sentence_start(text, word.start()))
        )
    ):
        return True  # "Message from Grace", "Drove Mason to school", "Thanks Precious"
    if (
        names.is_given_word(word.group())
        and not _month_name(folded)
        and _beside_a_name(text, word, names)
    ):
        return True  # "Ruby and Poppy share a room", "Dani & Precious argued"
    if not names.is_given_word(word.group()) and _unknown_in_context(text, word, names):
        return True
    if _unknown_mid_sentence(text, word, names):
        return True
    if nxt and nxt.group(1) in _STATE_VERBS and names.is_given_word(word.group()):
        return folded not in VIRTUE_NAMES  # "Jack was excited", not "Hope was thin"
    if not names.is_given_word(word.group()) or _sentence_start(text, word.start()):
        return False
    # "I asked Grace", "visited Will", "with Hope and": a word that takes a person just
    # before; never "rated Amber", "on Ward 5", "see Page 4"
    before = _PREV_WORD.search(text, max(0, word.start() - 20), word.start())
    after = text[word.end() : word.end() + 2].strip()
    return bool(before and before.group(1).casefold() in _TAKES_A_PERSON) and not (
        after[:1].isdigit()
    )


def _is_team(text: str, word: re.Match[str], nxt: re.Match[str] | None) -> bool:
    """Whether a name is a football team's ("Chelsea shirt", "supports Chelsea" in a
    sentence about kits and matches, "Chelsea won"): "we support Chelsea to attend" stays a
    person."""
    if nxt and nxt.group(1).casefold() in _TEAM_THINGS:
        return True
    if word.group().casefold() in _CLUB_NAMES and (
        (nxt and nxt.group(1) in _RESULT_VERBS)
        or _FOOTBALL.search(text, max(0, word.start() - 80), word.end() + 80)
    ):
        return True  # "Chelsea won", "Chelsea and Arsenal fans"
    if not _SUPPORTS_BEFORE.search(text, max(0, word.start() - 20), word.start()):
        return False
    return bool(_FOOTBALL.search(text, max(0, word.start() - 80), word.end() + 80))


def is_thing_word(folded: str) -> bool:
    """Whether a case-folded word is an app, a game, a language or a festival, never a
    family ("WhatsApp family group", "Lohri family night")."""
    return folded in _NOT_NAME_WORDS


def is_ambiguous(word: str) -> bool:
    """Whether a name is also an ordinary word or a month ("Will", "Hope", "April")."""
    folded = word.casefold()
    return _month_name(folded) or folded in VIRTUE_NAMES or gazetteer().is_given_word(word)


def repeat_is_person(text: str, start: int, end: int) -> bool:
    """Whether a later "Will", "Hope" or "April" is the person already found, judged by
    the words around it: "Will said", "Hope's", "asked Hope" are; "Will the plan hold?"
    and "in April" are not."""
    if _person_verb_after(text, end) or text[end : end + 2] in ("'s", "’s"):
        return True
    folded = text[start:end].casefold()
    if not _month_name(folded):
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1) in _STATE_VERBS and folded not in VIRTUE_NAMES:
            return True
    before = _PREV_WORD.search(text, max(0, start - 20), start)
    if before is None or _sentence_start(text, start):
        return False
    takes = _TAKES_A_PERSON - _DATE_WORDS if _month_name(folded) else _TAKES_A_PERSON
    return before.group(1).casefold() in takes


def _odd_capitals(word: str) -> bool:
    """Whether a word has a capital inside that no name has: "NINo", "DoLS", "CiN"; never
    "McKenzie", "DeShawn", "O'Hara", "Smith-Jones"."""
    if word[1:].islower():
        return False  # the common case, decided without splitting
    return any(
        not part[1:].islower() and not _CAPITAL_INSIDE.match(part)
        for part in re.split(r"[-'’]", word)
        if len(part) > 1
    )


def _owns_a_place(text: str, last: str, end: int) -> bool:
    """Whether a name is part of a shop's or an institution's name, owning it: "Nando's",
    "Noah's Ark Children's Hospital", "Martha's Rest Centre", or of a law named after a
    victim ("Clare's Law", "Sarah's Law")."""
    m = _OWNER_OF.match(text, end)
    if m is None:
        return False
    if f"{last.casefold()}'s" in ORGANISATIONS:
        return True
    rest = [re.sub(r"['’]s$", "", w).casefold() for w in m.group(1).split()]
    return any(w in INSTITUTION_WORDS or w in _OWNED_RULES for w in rest)


# A labelled line: "- Klea: no change", "2) Tommo: two missed appointments", or, in a
# text with two such lines or more, "Dion: better this week"
_LABEL_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<bullet>(?:[-*•+–]|\d{{1,2}}[.)])[ \t]+)?(?P<name>{TOKEN})[ ]*:[ ]*\S"
)
# Labels of notes and messages that no dictionary has
_NOT_LABEL_NAMES = frozenset(
    words(
        "re cc bcc fwd fw ps nb eta todo misc info dob ref tel mob addr attn wrt enw "
        "cyfeiriad dyddiad nodiadau camau crynodeb presennol ymddiheuriadau cefndir pryderon "
        "cryfderau gweithredu penderfyniad cytunwyd trafodaeth diweddariad sylwadau "
        "eitem cofnodion adolygiad asesiad ysgol teulu cartref"
    )
)


def _labelled_names(text: str, names: Gazetteer) -> Iterator[NameHit]:
    """Names labelling a note line ("- Klea: no change"), when the label is no word."""
    if ":" not in text:
        return
    lines = list(_LABEL_LINE.finditer(text))
    for m in lines:
        if m.group("bullet") is None and len(lines) < 2:
            continue
        word = m.group("name")
        folded = word.casefold()
        if (
            len(word) < 2
            or _odd_capitals(word)
            or word.isupper()
            or folded in STOP_WORDS
            or folded in _NOT_PERSONS
            or folded in _NOT_LABEL_NAMES
            or folded in _NOT_NAME_WORDS
            or folded in INSTITUTION_WORDS
            or folded in SINGLE_ROLES
            or _month_name(folded)
            or (names.is_english_word(folded) and not _given(word, names))
            or _PLACE_SHAPE.search(folded)
            or _WELSH_SPELLING.search(folded)
        ):
            continue
        key = word.replace("’", "'")
        yield NameHit(m.start("name"), m.end("name"), key, Role.PERSON, 0, _REASON)


def find_bare_names(scan: Scan) -> Iterator[NameHit]:
    """Given names, with any family name after them, wherever they stand."""
    text = scan.text
    yield from _labelled_names(text, gazetteer())
    yield from _alias_names(scan)
    names = gazetteer()
    welsh = is_welsh(scan.lowered)
    brands = (
        [m.span() for m in _TWO_NAME_BRANDS.finditer(scan.lowered)]
        if any(key in scan.lowered for key in _BRAND_KEYS)
        else []
    )
    for run in _RUN.finditer(text):
        word = run.group()
        if " " not in word and (len(word) < 2 or word.casefold() in _NEVER_ALONE):
            continue  # the common case, "The", "I", "We", decided without the rest
        if not starts_word(text, run.start()) or text[run.end() : run.end() + 1] in ("-", "@"):
            continue
        if _SAINT_BEFORE.search(text, max(0, run.start() - 7), run.start()):
            continue  # "St. John's Road", "Saint Helen's"
        if brands and any(b[0] <= run.start() < b[1] for b in brands):
            continue  # "Frankie and Benny's", "Ben & Jerry's"
        kept, blocked = _trim(text, run.start(), run.end(), welsh=welsh)
        if blocked or not kept:
            continue
        first = kept[0]
        if len(first.group()) < 2 or first.group().isupper() or _odd_capitals(first.group()):
            continue
        if len(kept) > 1:
            given = _given(first.group(), names)
            is_given = given or names.is_given_word(first.group())
            rest_named = all(
                names.is_family(w.group()) or names.is_given(w.group()) for w in kept[1:]
            )
            # "Tayshawn Reid-Campbell": a first name the gazetteer lacks before a surname
            # it knows, neither of them an ordinary word
            unknown_first = (
                len(kept) == 2
                and rest_named
                and not names.is_given_word(kept[1].group())
                and not _known(first.group(), names)
                and _unknown_name(text, first)
            )
            if not (given or (is_given and rest_named) or unknown_first):
                continue
        elif not _single_is_name(text, first, names):
            continue
        start, end = first.start(), kept[-1].end()
        if _CITATION_AFTER.match(text, end) or _owns_a_place(text, kept[-1].group(), end):
            continue
        role, strength = _role_from_context(text, end)
        key = text[start:end].replace("’", "'")
        yield NameHit(start, end, key, role, strength, _REASON)


def _addressed(text: str, start: int, end: int) -> bool:
    """Whether a word is the person a message greets ("Hi Kayleigh") or is signed by
    ("Thanks, Mo" at the end of a line)."""
    if _GREETING.search(text, max(0, start - 8), start):
        return True
    return bool(_LINE_END.match(text, end) and _SIGN_OFF.search(text, max(0, start - 20), start))


def _nickname(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a capitalised word is a nickname or a name given beside one: after "aka",
    "known as" or "real name", before "(what everyone calls him)", after "Big" or "Lil",
    or beside a given name in brackets ("Kez (Kieran)", "Tiny (Jordan)")."""
    start, end = word.span()
    folded = word.group().casefold()
    if folded in _NOT_PERSONS or folded in INSTITUTION_WORDS or folded in _NOT_NAME_WORDS:
        return False
    if _ALIAS_BEFORE.search(text, max(0, start - 30), start) or _ALIAS_AFTER.match(text, end):
        return True
    prefix = _NICK_BEFORE.search(text, max(0, start - 8), start)
    if prefix and (prefix.group(1).startswith("Lil") or not names.is_listed_word(folded)):
        return True
    english = names.is_english_word(folded) and not names.is_given_word(word.group())
    inside = _BRACKETED.match(text, end)
    if inside and _given(inside.group(1), names) and not english:
        return True  # "Kez (Kieran)"
    before = _BRACKET_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        before
        and text[end : end + 1] in (")", " ")
        and re.match(r"[ ]*\)", text[end:]) is not None
        and _given(before.group(1), names)
        and before.group(1).casefold() not in STOP_WORDS
        and not english
    )


_ALIAS_KEYS = (
    "aka",
    "a.k.a",
    "known as",
    "nickname",
    "goes by",
    "real name",
    "street name",
    "call",
)
_CAPITALISED = re.compile(rf"(?<![\w'’\-]){TOKEN}(?![\w'’\-])|(?<=['‘“\"]){TOKEN}")


def _alias_names(scan: Scan) -> Iterator[NameHit]:
    """Nicknames that are also words, which open no name elsewhere: "aka 'Biscuit'",
    "Nickname 'Chops'", "Tiger (what his mum calls him)"."""
    spans = keyword_spans(scan.lowered, _ALIAS_KEYS)
    if not spans:
        return
    text = scan.text
    for word in find_in(_CAPITALISED, text, windows(text, spans, 60, 40)):
        folded = word.group().casefold()
        if (
            folded in STOP_WORDS
            or folded in _NOT_PERSONS
            or folded in INSTITUTION_WORDS
            or folded in _NICK_PREFIXES
            or word.group().isupper()
        ):
            continue
        start, end = word.span()
        if _ALIAS_BEFORE.search(text, max(0, start - 30), start) or _ALIAS_AFTER.match(text, end):
            key = word.group().replace("’", "'")
            yield NameHit(start, end, key, Role.PERSON, 0, _REASON)


def _beside_a_name(text: str, word: re.Match[str], names: Gazetteer) -> bool:
    """Whether a name that is also a word stands in a pair with a given name that is no
    word ("Ruby and Poppy", "Dani & Precious"): the pair is two people."""
    after = _PAIR_NAME_AFTER.match(text, word.end())
    if after and _given(after.group(1), names) and not names.is_given_word(after.group(1)):
        return True
    before = _PAIR_NAME_BEFORE.search(text, max(0, word.start() - 30), word.start())
    return bool(
        before and _given(before.group(1), names) and not names.is_given_word(before.group(1))
    )


_PAIR_NAME_AFTER = re.compile(rf"[ ]+(?:and|&)[ ]+({TOKEN})(?![\w'’\-])")
_PAIR_NAME_BEFORE = re.compile(rf"(?<![\w'’\-])({TOKEN})[ ]+(?:and|&)[ ]+$")

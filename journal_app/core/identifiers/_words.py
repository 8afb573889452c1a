"""Word lists: who a role word names, and capitalised words that are never a person's name.

Kept apart from the patterns so that the lists can grow without touching the logic.
"""

from __future__ import annotations

from ._types import Role
from ._welsh import WELSH_FAMILY, WELSH_PLURAL_FAMILY


def words(text: str, sep: str | None = None) -> list[str]:
    """The items of a separated list, so that long word lists stay readable."""
    return text.split(sep)


_FAMILY: dict[str, Role] = {
    **dict.fromkeys(
        words(
            "child baby son daughter boy girl toddler teenager infant youngster kid "
            "stepson stepdaughter grandchild grandson granddaughter pupil eldest youngest "
            "oldest"
        ),
        Role.CHILD,
    ),
    "young person": Role.CHILD,
    "young carer": Role.CHILD,
    "care leaver": Role.CHILD,
    "little one": Role.CHILD,
    **dict.fromkeys(
        words(
            "mum mother mam mom mummy mammy dad father daddy stepdad stepmum stepfather "
            "stepmother parent "
            # what children of the UK's communities call their parents
            "mama papa baba tata ammi abba abbu ammu mami papi"
        ),
        Role.PARENT,
    ),
    **dict.fromkeys(words("carer guardian adopter"), Role.CARER),
    "special guardian": Role.CARER,
    "kinship carer": Role.CARER,
    **dict.fromkeys(words("brother sister sibling stepbrother stepsister twin"), Role.SIBLING),
    **dict.fromkeys(
        words(
            "nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa "
            "grandfather grandparent nain taid mamgu tadcu aunt auntie aunty uncle cousin "
            "niece nephew relative bampi babcia dziadek nani dadi bibi oma opa abuela abuelo "
            "nonna nonno godmother godfather godparent"
        ),
        Role.RELATIVE,
    ),
    # a parent's partner is not family in the child's eyes, so they stay "Adult A"
    **dict.fromkeys(
        words("partner boyfriend girlfriend husband wife fiancé fiance fiancée ex bf gf"),
        Role.ADULT,
    ),
    # friends and neighbours identify a family as surely as relatives do
    **dict.fromkeys(words("friend mate neighbour classmate schoolfriend bestie"), Role.PERSON),
}
# Welsh family words ("tad Dafydd", "ei chwaer, Mali", "fy mrawd Iestyn"); English wins
# where a word is both ("dad")
_FAMILY = WELSH_FAMILY | _FAMILY

_PLURAL_FAMILY: dict[str, Role] = {
    **dict.fromkeys(
        words("children kids sons daughters boys girls twins grandchildren"), Role.CHILD
    ),
    **dict.fromkeys(["parents", "mum and dad", "mother and father", "mam and dad"], Role.PARENT),
    **dict.fromkeys(["carers", "foster carers", "kinship carers"], Role.CARER),
    **dict.fromkeys(words("siblings brothers sisters"), Role.SIBLING),
    **dict.fromkeys(
        ["grandparents", "nan and grandad", "aunts", "uncles", "cousins", "nieces", "nephews"],
        Role.RELATIVE,
    ),
}
_PLURAL_FAMILY = WELSH_PLURAL_FAMILY | _PLURAL_FAMILY

# Professionals: someone they are "X's manager" to is a colleague, not a child.
STAFF_OWNED_ROLES = frozenset(
    words(
        "manager|team manager|line manager|supervisor|supervisee|colleague|mentor|assessor|"
        "practice supervisor|practice educator",
        "|",
    )
)

_WORKERS = words(
    "social worker|worker|sw|manager|team manager|line manager|supervisor|supervisee|"
    "colleague|practice supervisor|practice leader|practice educator|teacher|head teacher|"
    "headteacher|health visitor|midwife|gp|nurse|doctor|paediatrician|iro|"
    "independent reviewing officer|reviewing officer|officer|police officer|detective|dsl|"
    "senco|family support worker|support worker|key worker|youth worker|personal adviser|"
    "advocate|solicitor|barrister|judge|magistrate|therapist|psychologist|counsellor|"
    "student|asye|practitioner|consultant|director|head of service|camhs worker|"
    "children's guardian|cafcass guardian|interpreter|mentor|assessor|student social worker",
    "|",
)

SINGLE_ROLES: dict[str, Role] = {**_FAMILY, **dict.fromkeys(_WORKERS, Role.WORKER)}
PLURAL_ROLES: dict[str, Role] = _PLURAL_FAMILY | {"colleagues": Role.WORKER}

# Words that may sit between a determiner and a role word ("his older half-sister").
ROLE_ADJECTIVES = words(
    "older younger elder eldest oldest youngest middle little big baby twin half step "
    "maternal paternal birth biological foster adoptive kinship new former ex late unborn "
    "great previous current allocated named lead link school own other best close"
)
# Capitalised words that describe a family rather than name it: "the Polish family", "the
# Troubled Families programme". (The family-name detector skips these.)
FAMILY_DESCRIBERS = frozenset(
    words(
        "whole wider extended blended stable troubled host same entire nuclear royal "
        "traveller travellers gypsy roma irish polish romanian lithuanian latvian slovak "
        "czech bulgarian hungarian ukrainian russian albanian kurdish turkish syrian afghan "
        "iraqi iranian eritrean sudanese somali nigerian ghanaian congolese zimbabwean "
        "jamaican caribbean african asian european british english welsh scottish "
        "pakistani bangladeshi indian chinese vietnamese filipino portuguese spanish "
        "italian french german muslim jewish christian catholic hindu sikh buddhist "
        "orthodox "
        # the peoples themselves, as nouns ("the Kurds", "the Scots")
        "kurd turk scot arab brit pole serb croat greek yemeni egyptian moroccan ethiopian "
        "kenyan ugandan rwandan angolan cameroonian gambian "
        # peoples and languages a family is described by ("the Tigrinya family")
        "tigrinya tigrayan amharic oromo pashto pashtun dari farsi hazara urdu punjabi "
        "bengali gujarati tamil sinhalese nepali rohingya yoruba igbo hausa "
        "ndebele swahili lingala romani arabic"
    )
)
# Common nouns for a person, never a name however they are written ("Lad (14)", "Kids'
# dad", "Baby, 3 weeks,"): a note that opens with one capitalises it.
PERSON_NOUNS = frozenset(
    words(
        "lad lads lass lasses boy boys girl girls kid kids child children baby babies "
        "toddler toddlers teen teens teenager teenagers youngster youngsters infant infants "
        "newborn newborns bairn bairns wean weans"
    )
)
# Adjectives that turn a parent word into a carer ("foster mum").
CARER_ADJECTIVES = frozenset({"foster", "adoptive", "kinship"})

MONTHS = frozenset(
    words(
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec ionawr chwefror mawrth "
        "ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr"
    )
)
DAYS = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
        "thurs fri sat sun "
        # Welsh, after "dydd" (day) or "nos" (night): "dydd Llun", "nos Wener"
        "llun mercher iau gwener wener sadwrn"
    )
)

# Capitalised words that are not names: sentence openers, professional and framework
# vocabulary, role words themselves (so "Mum, Dad" is not "Dad" the person) and the labels
# this check puts in (so anonymised text checks clean).
_COMMON = words("""
a an the i we he she they it this that these those there then when where what why how who
which whose after before during later today yesterday tomorrow also and but so or if as at
in on of for from to with without by about although because since while once next first
second third finally overall however meanwhile afterwards both each every all some many
most no not yes our my your his her their its me him them us being having was were is are
had has have did do does can could would should may might must shall just only even still
again perhaps maybe thanks thank please dear hi hello ok okay well now here sir madam
met saw spoke asked told said called visited discussed explored talked agreed reflected
reflecting thinking working supporting helping noticed felt feeling learning looking
meeting attends attended attending went moved joined left started emailed phoned rang
contacted shared used using following given including regarding re note notes update
mr mrs ms miss mx dr prof pc dc ds sgt cllr judge st saint
social work worker workers services service team teams court council local authority
practice practitioner practitioners leader leaders leadership supervisor supervision
supervisee manager management director head ofsted estyn ciw care inspectorate cafcass
camhs nhs police school schools academy college university health visitor early help
child children childrens children's family families mum mam mom mother dad father nan
nana gran granny grandad nain taid parent parents carer carers sibling siblings relative
relatives person people adult adults baby worker young friend friends neighbour
knowledge skills statement statements kss standard standards domain domains professional
capabilities capability framework pcf values ethics support effective decision decisions
making developing development excellent excellence shaping creating confident workforce
quality assurance improvement performance risk risks assessment assessments plan plans
planning review reviews conference core group groups strategy meetings section article
act regulation regulations schedule chapter part page level year years key stage step
steps tier unit module session sessions week weeks day days flat room floor ward band
grade phase version appendix figure table question point principle principles
reflective reflection reflections cycle model models gibbs kolb schön schon feelings
evaluation analysis conclusion description action actions signs safety safeguarding
protection need needs looked order orders arrangements trust board partnership panel
hub mash front door centre center surgery hospital clinic prison foster fostering
adoption kinship special guardianship guardian legal proceedings public private law
outline letter together restorative systemic trauma attachment theory research
evidence training induction asye newly qualified student placement portfolio appraisal
probation complaint complaints office online zoom microsoft word outlook excel google
mosaic lcs liquidlogic wccis eclipse christmas easter eid diwali ramadan hanukkah new
halloween bonfire hogmanay vaisakhi navratri passover pentecost thanksgiving lent advent
bank holiday half term spring summer autumn winter england wales scotland ireland
northern britain british welsh english uk gov
referrals referral visits visit outcomes outcome results result caseload caseloads cases
case contacts contact audits audit allocations allocation vacancies staff hours months
minutes total average score scores rate rates number numbers figures attendance absence
absences incidents incident compliments timescales overdue completed open closed stability
consistency time love trust honesty curiosity respect empathy resilience wellbeing
confidence compassion courage test tool tools
yours sincerely faithfully regards ta hun hunny babe bruv sis bud
government barnardo barnardos barnardo's nspcc action maintenance agency department
commission foundation charity society institute programme project office
""")
STOP_WORDS = (
    frozenset(_COMMON)
    | MONTHS
    | DAYS
    | frozenset(SINGLE_ROLES)
    | frozenset(role.value.casefold() for role in Role)
)

# Places never count as names, but may be part of a school's name ("Cardiff High School").
PLACES = frozenset(
    words(
        "cardiff swansea newport wrexham bangor carmarthen aberystwyth bridgend merthyr "
        "caerphilly pontypridd rhondda barry llanelli neath port talbot london manchester "
        "birmingham leeds bristol liverpool sheffield newcastle nottingham leicester "
        "coventry bradford hull york oxford cambridge brighton plymouth exeter norwich "
        "glasgow edinburgh belfast kent surrey essex devon cornwall yorkshire lancashire "
        # places that are also given names in the gazetteer, and the wider world
        "chester preston bradford lincoln dudley milton brent gwynedd powys conwy ceredigion "
        "anglesey flintshire denbighshire pembrokeshire carmarthenshire monmouthshire "
        "torfaen blaenau gwent glamorgan africa asia america europe france paris india "
        "china sydney adelaide aden alexandria dakota carolina virginia dallas houston "
        "denver israel kenya florida "
        # countries and regions families come from, none of them a given name
        "syria iraq iran afghanistan eritrea ethiopia somalia somaliland sudan yemen libya "
        "egypt morocco algeria tunisia turkey albania kosovo romania bulgaria poland "
        "lithuania latvia estonia ukraine russia belarus moldova hungary slovakia czechia "
        "serbia croatia bosnia portugal spain italy greece germany netherlands belgium "
        "pakistan bangladesh nepal vietnam thailand philippines malaysia indonesia ghana "
        "gambia senegal zimbabwe zambia malawi uganda tanzania rwanda congo cameroon angola "
        "jamaica barbados grenada guyana brazil colombia venezuela mexico canada australia "
        "dubai qatar kuwait lebanon palestine gaza kurdistan punjab kashmir sylhet mirpur "
        "lagos accra nairobi kabul baghdad damascus aleppo tehran mogadishu asmara khartoum "
        "bucharest warsaw krakow vilnius riga kyiv kiev tirana karachi lahore islamabad "
        "dhaka delhi mumbai kolkata"
    )
)

# Towns a name found on its own could be mistaken for ("Rhyl has a new hub"); kept apart
# from PLACES so that a surname shared with a town still counts after "Mrs".
TOWNS = frozenset(
    words(
        "tonypandy bargoed rhymney chepstow caldicot gorseinon ruthin rhyl prestatyn "
        "pwllheli machynlleth tenby haverfordwest narberth brecon penarth porthcawl "
        "maesteg aberdare treorchy ferndale tonyrefail pontypool cwmbran abergavenny "
        "monmouth usk blackwood ystrad risca bedwas tredegar ebbw holyhead llangefni "
        "caernarfon porthmadog dolgellau flint mold shotton connah queensferry "
        "deeside llandudno colwyn abergele denbigh corwen llangollen welshpool newtown "
        "llandrindod builth knighton presteigne cardigan lampeter fishguard "
        "pembroke neyland kidwelly ammanford burry pontarddulais morriston sketty gowerton "
        "wigan burnley walsall solihull lambeth hackney southwark haringey barnet hounslow "
        "medway derby wirral knowsley tameside rotherham doncaster barnsley wakefield "
        "kirklees calderdale gateshead sunderland middlesbrough stockton hartlepool "
        "darlington redcar telford shropshire herefordshire worcester gloucester "
        "swindon slough luton peterborough ipswich southend thurrock croydon bromley "
        "bexley havering redbridge newham tower hamlets camden westminster kensington "
        "wandsworth merton hillingdon harrow ealing"
    )
)

# Generic words that cannot be the distinctive part of a school's name.
SCHOOL_GENERIC = frozenset(
    words("""
    virtual sunday summer forest business medical law secondary primary special
    mainstream catholic church free independent private state boarding day home hospital
    nursery infant infants junior juniors high grammar community further education sixth
    form royal national open teaching research training frontline policing nursing art
    school college academy comprehensive local our his her their the a this that at in to
    from attends attended attending visited new old same previous current different big
    senior main residential alternative provision welsh english medium
    """)
)

# Words that make a run of capitals an organisation, place or document rather than a
# person: "Grace Owen Centre", "the Hope Project", "Victoria Road", "St Helen's".
INSTITUTION_WORDS = frozenset(
    words("""
    road rd street lane avenue ave close drive court crescent way terrace gardens place
    grove square walk rise view hill park mews row parade green vale heights mount meadows
    fields wharf quay villas cottages boulevard chase croft gate station line bridge
    school schools nursery academy college primary high university campus hospital centre
    center house home homes court courts trust council service services team teams unit
    ward surgery clinic practice church chapel cathedral mosque temple gurdwara synagogue
    project projects foundation charity society group club park hall library review
    reviews report act award fund programme government office department agency
    partnership board commission institute network forum hub association federation
    alliance company ltd limited plc cic lodge farm estate avenue tower towers court
    museum theatre cinema stadium arena market shopping mall airport prison police ty tŷ
    building buildings
    protocol dosbarth ystafell canolfan uned
    tîm prosiect gŵyl gwyl grŵp grwp rhaglen gwasanaeth gwasanaethau cronfa cynllun menter
    partneriaeth fforwm cymdeithas clwb ysbyty llys cyngor heddlu carchar eglwys
    """)
)
# Words before a capitalised name that make it a place or title, not a person.
SAINT_LIKE = frozenset(words("st st. saint lady lord sir dame king queen prince princess"))
# Places of more than one word whose parts are names elsewhere ("Hong", "Leone")
PLACE_FULL_NAMES = frozenset(
    words(
        "hong kong|sri lanka|sierra leone|saudi arabia|el salvador|costa rica|new zealand|"
        "south africa|puerto rico|new york|los angeles|abu dhabi|cape town|addis ababa|"
        "south sudan|ivory coast|burkina faso|san francisco|rio de janeiro|kuala lumpur|"
        "tel aviv|buenos aires|sao paulo|são paulo|la paz|santo domingo|port talbot|"
        "vale of glamorgan|rhondda cynon taf|milton keynes|ystrad mynach|hai phong|"
        "ho chi minh|da nang|phnom penh|port harcourt|dar es salaam|san diego|"
        "santa cruz|las vegas|new delhi|kuwait city|mexico city|hong kong island",
        "|",
    )
)
# Countries and cities abroad whose names are also given names: the place where the
# words around say a place is meant ("holiday to Orlando", "gone back to Jordan")
WORLD_PLACES = frozenset(
    words("""
    jordan chad georgia india kenya florence orlando savannah sydney adelaide victoria
    austin madison phoenix dakota brooklyn paris washington florida israel asia africa
    america virginia carolina charlotte alexandria geneva vienna lourdes sienna siena
    """)
)
# Theorists, writers and public inquiries a reflection may cite: never a family's name.
PUBLIC_SURNAMES = frozenset(
    words("""
    gibbs kolb schön schon munro laming driscoll rolfe borton bowlby ainsworth maslow
    bronfenbrenner winnicott vygotsky erikson piaget freud egan kadushin shohet ruch turnell
    fook trevithick dominelli wonnacott mezirow brookfield goleman mumford tuckman belbin
    lewin kübler-ross kubler-ross worden satir minuchin bateson seligman dweck bandura
    fahlberg schofield bion kohut bourdieu foucault habermas freire climbié climbie pelka
    labinjo-hughes colwell beckford ishaq mwangi santa jesus allah storm treisman horwath
    crittenden kolk pithouse boud karpman argyris hochschild kotter fonagy bentovim
    sidebotham lyth crenshaw reder dalzell
    """)
)
PUBLIC_FULL_NAMES = frozenset(
    words(
        "brené brown|brene brown|carl rogers|david howe|neil thompson|harry ferguson|"
        "steve edwards|peter hawkins|tony morrison|christopher johns|peter honey|"
        "alan mumford|bruce perry|dan siegel|daniel siegel|michael rutter|mary beek|"
        "dan hughes|kim golding|peter connelly|baby p|star hobson|hamzah khan|"
        "ellie butler|logan mwangi|arthur labinjo-hughes|victoria climbié|"
        "victoria climbie|daniel pelka|maria colwell|john bowlby|mary ainsworth|"
        "donald schön|donald schon|eileen munro|graham gibbs|david kolb|gerard egan|"
        "jane wonnacott|gillian ruch|andrew turnell|jan fook|carol dweck|albert bandura|"
        "siobhan maclean|donald forrester|brid featherstone|sue white|martin calder|"
        "carl jung|gabor maté|gabor mate|bessel van der kolk|patricia crittenden|"
        "rishi sunak|keir starmer|theresa may|boris johnson|mark drakeford|"
        "vaughan gething|eluned morgan|michael gove|josh macalister|"
        # not people at all
        "jack russell|king charles|peppa pig|"
        # health boards, hospitals and hospices named after people or places
        "aneurin bevan|betsi cadwaladr|hywel dda|cwm taf|alder hey|great ormond street|"
        "noah's ark|tŷ hafan|ty hafan|jenny lind|sue ryder|marie curie|mary seacole|"
        "florence nightingale|anna freud|"
        # universities and colleges named after people
        # (firms named like a person, "Duncan Lewis", are left to the words around them:
        # "legal rep at Duncan Lewis")
        "john moores|oxford brookes|anglia ruskin|leeds beckett|sheffield hallam|"
        "royal holloway|edinburgh napier|glasgow caledonian|nottingham trent|"
        # public figures a reflection may mention
        "marcus rashford|david attenborough|nelson mandela|martin luther king|rosa parks|"
        # writers, characters and talks named like a person
        "bridget jones|anne frank|billy elliot|oliver twist|roald dahl|julia donaldson|"
        "jacqueline wilson|michael rosen|david walliams|jane eyre|tracy beaker|ted talk|"
        "ted talks|malala yousafzai|greta thunberg|nicola sturgeon|john swinney|"
        "humza yousaf|rhun ap iorwerth|kemi badenoch|nigel farage|angela rayner|"
        "rachel reeves|siôn corn|sion corn|sali mali|lorraine kelly|michael morpurgo|"
        "joe wicks|gordon ramsay|jamie oliver|chelsea flower|austin powers|"
        "shirley valentine|brooklyn nine-nine|"
        "mary berry|emma raducanu|tyson fury|david beckham|harry kane|taylor swift|"
        "ed sheeran|billie eilish|lewis hamilton|raheem sterling|lionel messi|"
        "cristiano ronaldo|captain tom|tom gates|percy jackson",
        "|",
    )
)
# Verbs that make a capitalised word a person, even one that is also a word or a month
# ("Will told me", "April said"): speech and the things people are recorded doing.
PERSON_VERBS = frozenset(
    words("""
    said says told tells asked asks explained explains shared shares replied replies
    disclosed discloses admitted admits denied denies refused refuses agreed agrees
    cried cries laughed laughs smiled smiles shouted shouts screamed screams whispered
    wanted wants rang rings phoned phones texted texts messaged emailed wrote writes
    drew draws showed shows ran runs hid hides hit hits kicked kicks hugged hugs
    arrived arrives left leaves came comes went goes stayed stays slept sleeps
    loves loved likes liked hates hated misses missed enjoys enjoyed worries worried
    attends attended started starts moved lives lived seemed seems looked looks
    spoke speaks talked talks
    """)
)
SEASONS = frozenset(words("spring summer autumn winter"))
# Charities, services and shops a reflection names as one word, which a person is met at
# or spoken with like a person ("Spoke with Llamau", "Met him at Greggs").
ORGANISATIONS = frozenset(
    words("""
    llamau kooth shelter mind relate childline samaritans kidscape nacro coram buttle
    gingerbread mencap scope platfform pobl gofal adferiad cyfannol meic dewis hafan
    cymru mudiad barnardo barnardo's nspcc nyas tgp cafcass wcada dyfodol kaleidoscope
    barod gwalia hamdden tarian cartrefi pawb newydd taith
    tesco asda aldi lidl sainsbury's morrisons greggs mcdonald's primark argos
    nando's currys wetherspoons timpson specsavers domino's
    dechrau gisda ategi hafal tenovus calan ymlaen cyngor
    monzo starling barclays natwest santander hsbc halifax nationwide revolut
    oxfam unicef tearfund stonewall mermaids poundland wilko starbucks kfc
    wallich saheli hestia papyrus turn2us catch22 youthlink trussell careline centrepoint
    depaul barnardos homestart home-start place2be youngminds safelives
    """)
)
# Welsh common words a Welsh writer capitalises that no person is called: languages, the
# levels of learning Welsh, a flat, a farm, a caravan, a row of houses, a lane, a cottage,
# and "Gweithredu dros Blant" (Action for Children)
WELSH_COMMON_WORDS = frozenset(
    words("""
    saesneg cymraeg sylfaen mynediad canolradd gweithredu fflat fferm ffarm carafán carafan
    bwthyn lôn
    yn ym yng wedi ddim dim sâl addysg trefn blinedig iechyd lles pryderus hapus
    trist gofal gofalwr gofalwyr plant plentyn rhieni cymorth cefnogaeth diogelu
    pryder pryderon cryfderau camau nodiadau adolygiad seibiant presenoldeb meddyg athro
    athrawes cyfarfod cynllun goruchwyliaeth gweithiwr cymdeithasol swyddog rheolwr
    """)
)
# Words the gazetteer knows as given names (somewhere in the world) that mean something
# else in a reflection: faiths, periods, countries and cities, brands.
NOT_GIVEN_NAMES = frozenset(
    words("""
    islam nazi tudor georgian gregorian victorian edwardian elizabethan holland milan
    argentina armenia cuba liberia niger nigeria burma montenegro sahara nubia venice verona
    bali trinidad valencia toledo nike porsche chanel armani dior benz easter ramadan raksha
    strat strats mtg mtgs appt appts chrono chronos convo convos supvn
    """)
)
# Given names that are also nouns a sentence can be about ("Hope is what keeps me going",
# "Patience was thin", "Amber is the rating", "Page 4 is blank"): these need a verb only
# a person does ("Hope said"), never just "was" or "is".
VIRTUE_NAMES = frozenset(
    words("""
    hope faith grace joy patience charity mercy chance destiny harmony liberty peace
    prudence felicity honour honor honesty unity trinity glory victory comfort justice
    love trust serenity verity modesty temperance constance bliss happy sunny
    abbey aide alpha amber angle art bank beta brain bride bronze canal canon chase china
    clay colonel crystal delta desire diamond echo era forest forum foster gala gene
    genesis grant gun herb honey hunter job junior king lady line major man manual marine
    moon novel page pastor prince princess queen season sugar sun temple tempo urban
    valentine ward wolf young will purity spring summer autumn winter august may
    """)
)

"""Word lists for generated reflections: the vocabulary of supervision and leadership practice.

The lists are ordinary words and phrases, written for this project. They are sampled with
a skewed (Zipf-like) weighting so that a large generated journal has what real writing has:
a few very common words and a long tail of rare ones. Nothing here names a person or place.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


NOUNS = _words(
    """
    practice supervision family child worker team plan assessment review decision risk
    manager caseload workload audit culture evidence judgement conversation relationship
    meeting service system voice feedback learning standard threshold chronology analysis
    hypothesis strength concern safety wellbeing outcome intervention visit report record
    panel board data dashboard indicator target timescale deadline procedure policy guidance
    framework model approach principle value ethic duty accountability oversight governance
    quality improvement performance moderation grade sample finding theme pattern trend
    question curiosity uncertainty doubt confidence anxiety trust respect warmth honesty
    authority power permission challenge support development mediation function stakeholder
    partner agency police school health nurse clinic court hearing statement proceedings
    placement carer residence home community neighbourhood network kinship contact transition
    adolescence adolescent teenager infant toddler sibling parent grandparent household
    routine boundary expectation agreement contract commitment promise apology complaint
    compliment story narrative account perspective lens frame assumption bias hindsight
    blind-spot habit reflex instinct intuition reasoning rationale argument counterargument
    dilemma tension paradox trade-off compromise balance priority capacity demand pressure
    vacancy recruitment retention induction apprenticeship mentor mentee student educator
    portfolio competence capability skill knowledge expertise wisdom research literature
    article journal chapter lecture webinar course workshop seminar conference forum
    network rota duty handover allocation referral contact consent disclosure strategy
    enquiry conference protocol pathway escalation resolution disagreement conflict repair
    restoration reconciliation rupture resilience burnout fatigue exhaustion morale energy
    motivation purpose meaning identity belonging loyalty pride shame guilt grief loss
    bereavement trauma secondary-trauma containment holding presence attunement empathy
    compassion kindness patience persistence tenacity courage candour humility openness
    transparency visibility credibility legitimacy influence leadership management
    stewardship custodianship managerialism proceduralism bureaucracy hierarchy matrix
    structure layer silo interface boundary-spanning collaboration partnership coproduction
    participation advocacy representation rights entitlement justice fairness equality
    diversity inclusion discrimination racism poverty deprivation hardship debt housing
    tenancy eviction overcrowding benefit income employment unemployment education
    attendance exclusion achievement aspiration ambition hope fear worry relief surprise
    frustration irritation disappointment satisfaction gratitude appreciation recognition
    celebration ritual ceremony milestone anniversary calendar diary week month quarter
    morning afternoon evening weekend holiday season spring summer autumn winter
    office desk corridor kitchen car journey drive mileage laptop phone inbox email template
    form field checkbox signature sign-off authorisation approval escalation delegation
    discretion autonomy latitude flexibility consistency variation deviation drift delay
    momentum pace rhythm cadence tempo sequence order chaos calm noise signal silence pause
    interruption distraction focus attention noticing observation description interpretation
    explanation formulation genogram ecomap timeline map diagram whiteboard flipchart
    sticky-note agenda minute action outcome objective milestone deliverable
    commissioning budget spend cost saving efficiency value-for-money investment resource
    provision supply sufficiency market provider residential fostering adoption guardianship
    permanence reunification rehabilitation stability continuity churn turnover
    sickness absence leave cover backfill secondment promotion progression pathway
    career specialism generalist specialist consultant adviser coordinator officer chair
    facilitator convenor scribe witness observer participant member representative
    council cabinet scrutiny inspection inspector regulator registration renewal standard
    code conduct fitness misconduct investigation allegation designation safeguarding
    protection neglect harm abuse exploitation grooming missing episode absconding
    runaway return interview debrief incident emergency crisis de-escalation
    stabilisation recovery healing attachment bonding play schoolwork homework friendship
    peer mentoring befriending volunteering youth club sport music art cooking gardening
    library museum park playground bus train walk conversation-starter icebreaker
    check-in check-out roundup recap summary conclusion synthesis reflection rumination
    journal notebook scrapbook memo briefing bulletin newsletter intranet poster leaflet
    questionnaire survey postcard comment testimonial quotation phrase word language jargon
    acronym abbreviation terminology vocabulary tone register style voice-over subtitle
    interpreter translation dialect accent faith belief religion heritage culture-shift
    generation tradition custom norm expectation-setting role-modelling modelling coaching
    scaffolding shadowing observation-visit co-working pairing buddying peer-review
    appraisal objective-setting review-cycle probation supervision-contract agreement-form
    caseload-weighting allocation-meeting transfer closure step-down step-up early-help
    edge-of-care family-group-conference mediation-session lifestory life-story memory-box
    keepsake photograph letter birthday-card gift token treat reward consequence sanction
    incentive nudge prompt reminder alert flag warning red-flag amber green rating
    traffic-light scale score index ratio rate percentage proportion majority minority
    outlier exception anomaly baseline benchmark comparison neighbour comparator cohort
    population demography geography patch locality hub spoke base satellite outpost
    """
)

ADJECTIVES = _words(
    """
    reflective curious thoughtful careful honest open candid calm anxious uneasy hopeful
    cautious confident tentative uncertain clear vague specific general detailed thin rich
    shallow deep useful useless helpful unhelpful fair unfair proportionate disproportionate
    timely late early overdue urgent routine statutory lawful unlawful ethical principled
    pragmatic practical theoretical abstract concrete tangible intangible visible invisible
    hidden obvious subtle quiet loud warm cold kind harsh gentle firm flexible rigid
    procedural relational systemic individual collective shared distributed hierarchical
    flat layered complex complicated simple straightforward messy tidy untidy polished raw
    rehearsed spontaneous deliberate accidental intentional unintended foreseeable
    unforeseeable predictable unpredictable stable unstable fragile robust resilient
    exhausted tired energised motivated demotivated committed ambivalent reluctant willing
    eager keen hesitant defensive receptive responsive reactive proactive preventive
    protective supportive challenging demanding rewarding frustrating satisfying surprising
    disappointing encouraging discouraging reassuring worrying alarming sobering humbling
    uncomfortable comfortable awkward familiar unfamiliar new old longstanding recurrent
    chronic acute cumulative incremental gradual sudden abrupt slow quick fast hurried
    rushed unhurried patient impatient persistent intermittent occasional frequent rare
    common typical atypical unusual ordinary extraordinary remarkable unremarkable modest
    ambitious realistic unrealistic achievable measurable qualitative quantitative numerical
    narrative anecdotal evidential evidence-informed research-minded data-literate
    child-centred family-led strengths-based trauma-informed restorative collaborative
    authoritative authoritarian permissive paternalistic respectful disrespectful dignified
    inclusive exclusive accessible inaccessible plain jargon-heavy readable unreadable
    concise verbose lengthy brief partial complete incomplete provisional final interim
    formal informal structured unstructured planned unplanned scheduled cancelled postponed
    protected unprotected ring-fenced overstretched understaffed well-staffed stretched
    balanced unbalanced lopsided consistent inconsistent coherent incoherent joined-up
    fragmented siloed integrated multi-agency interagency cross-cutting local regional
    national rural urban coastal suburban remote hybrid in-person virtual digital
    paper-based manual automated duplicated redundant essential optional mandatory voluntary
    """
)

VERBS = _words(
    """
    notice listen ask wonder question challenge support hold contain name reframe explore
    test trial pilot stop start continue pause slow accelerate prioritise protect defend
    explain clarify simplify reduce remove add replace redesign rethink revisit review
    audit moderate sample read write record summarise analyse weigh balance judge decide
    agree disagree negotiate escalate delegate allocate share invite involve include consult
    coproduce celebrate thank recognise acknowledge apologise repair restore reconnect
    coach mentor model teach learn practise rehearse prepare plan schedule track measure
    count report present brief inform update reassure acknowledge validate steady ground
    anchor linger sit stay return follow chase remind nudge prompt encourage
    tolerate accept resist refuse decline concede compromise trust rely depend lean
    """
)

GERUNDS = _words(
    """
    noticing listening asking wondering questioning challenging supporting holding
    containing naming reframing exploring testing piloting stopping starting continuing
    pausing slowing prioritising protecting explaining clarifying simplifying reducing
    redesigning rethinking revisiting reviewing auditing moderating sampling reading
    writing recording summarising analysing weighing balancing judging deciding agreeing
    negotiating escalating delegating allocating sharing inviting involving consulting
    coproducing celebrating thanking recognising acknowledging repairing restoring coaching
    mentoring modelling teaching learning practising rehearsing preparing planning tracking
    measuring counting reporting presenting briefing informing reassuring validating
    grounding anchoring lingering staying returning following chasing reminding nudging
    prompting encouraging tolerating accepting resisting conceding compromising trusting
    """
)

ADVERBS = _words(
    """
    carefully quietly openly honestly gently firmly slowly quickly deliberately
    consistently occasionally rarely often usually frequently repeatedly gradually suddenly
    clearly vaguely explicitly implicitly genuinely properly briefly thoroughly cautiously
    confidently tentatively warmly calmly patiently persistently reluctantly willingly
    deliberately thoughtfully curiously collaboratively respectfully proportionately
    """
)

FEELINGS = _words(
    """
    uneasy relieved anxious hopeful frustrated curious deflated encouraged unsettled
    reassured humbled defensive protective proud embarrassed uncertain tired energised
    ambivalent sad moved surprised irritated grateful impatient calm torn responsible
    exposed heard unheard stretched steady cautious disappointed vindicated sobered
    """
)

ROLES = _lines(
    """
    a newly qualified social worker
    an experienced social worker
    a senior practitioner
    an advanced practitioner
    the team manager
    an acting team manager
    a group of team managers
    the head of service
    the assistant director
    the director of children's services
    a principal social worker from a neighbouring authority
    an independent reviewing officer
    the designated officer
    the participation officer
    two young advisers
    a care-experienced adviser
    a practice educator
    a social work apprentice
    a student on placement
    the performance lead
    the quality assurance manager
    a business support officer
    a family support worker
    an early help manager
    a school designated safeguarding lead
    a health visitor
    a police sergeant from the safeguarding unit
    a solicitor from legal services
    a foster carer
    a residential home manager
    the emergency duty team
    the front door team
    the leaving care team
    the assessment team
    a children in care team
    a peer from another local authority
    my own line manager
    an agency social worker
    a coach from outside the service
    """
)

SETTINGS = _lines(
    """
    in one-to-one supervision
    in group supervision
    in peer supervision
    at a reflective case discussion
    at the leadership meeting
    at the audit moderation meeting
    at the practice forum
    in a team meeting
    at a strategy discussion
    at the legal gateway meeting
    at a review
    at the corporate parenting board
    during a practice observation
    on a joint visit
    at the all-staff briefing
    in a career conversation
    at the partnership meeting
    in a debrief after an incident
    at the permanence planning meeting
    on the training course
    """
)

#: topics in each domain of the KSS for practice leaders, so text leans towards its tags
TOPICS_BY_DOMAIN: dict[str, tuple[str, ...]] = {
    "1": _lines(
        """
        statutory visiting
        our practice standards
        lawful practice in accommodation decisions
        accountability to the board
        the corporate parenting board
        oversight of children in care
        the scheme of delegation
        governance of practice across the service
        being clear about expectations
        the practice model
        legal duties to care leavers
        management oversight on case records
        """
    ),
    "2": _lines(
        """
        the culture of the service
        a critical incident debrief
        celebrating good practice
        a shared vision with staff
        relational practice
        the voice of children in our meetings
        how we talk about families
        psychological safety in teams
        leading through uncertainty
        compliance and practice leadership
        being visible as a leader
        trust between teams and senior leaders
        """
    ),
    "3": _lines(
        """
        caseload weighting
        workload and time for direct work
        the duty rota
        duplicated recording
        business support
        the front door
        hybrid working
        team structure
        agency staff and churn
        partner services and the shared front door
        travel time on rural patches
        protected time for direct work
        """
    ),
    "4": _lines(
        """
        recruitment interviews
        retention of experienced staff
        career conversations
        the assessed first year
        the apprenticeship route
        practice educators
        an advanced practitioner route
        stepping up into management
        exit interviews
        a practice development day
        coaching newer managers
        learning from mistakes
        """
    ),
    "5": _lines(
        """
        a step-down decision
        a strategy discussion
        legal gateway
        a decision to return a child home
        risk-averse decision-making
        a permanence decision
        professional disagreement
        evidence and worry
        thresholds
        decisions out of hours
        case closure
        drift in long-running plans
        """
    ),
    "6": _lines(
        """
        the themed audit
        audit moderation
        performance data
        the dashboard
        re-referral rates
        feedback from families
        children's views of their reviews
        a learning review
        peer audit with another authority
        the quality report
        turning findings into learning
        hindsight in reviews
        """
    ),
}

#: prefixes for the occasional coined word, which gives the vocabulary its long tail
COINING_PREFIXES = _words("re co pre over under inter counter micro meta non post sub multi")
COINING_SUFFIXES = ("", "", "", "ness", "wise", "ful", "ish", "ing")

SITUATION = _lines(
    """
    A {a} {n} came up {setting} and took more of the time than either of us expected.
    I went into the session expecting to talk about the {n}; we talked about {topic}.
    {Role_s} first question was about the {n}, and it was a better question than mine.
    The facts were simple enough: a {a} {n}, a {a} deadline and not enough time.
    It began as a routine review of the {n} and became a conversation about {topic}.
    We had been putting off talking about {topic} for weeks, and it showed.
    I sat in on a discussion of {topic} {setting} and mostly kept quiet.
    Someone described the {n} as {a}, and nobody disagreed.
    On paper the {n} was fine; in the room it was clearly {a}.
    I was asked for a decision about the {n}, and asked for a week instead.
    The session followed a {a} month in which the {n} had dominated everything.
    We looked back over six months of {n} and noticed how {d} it had changed.
    Today I met {role} {setting} to talk about {topic}.
    The conversation started with {topic} and drifted, usefully, towards the {n} of the {n}.
    I had prepared a {a} agenda, but {role} arrived with a {a} {n} of their own.
    We spent most of the hour on {topic}, and less than I had planned on the {n}.
    This came up {setting}, almost in passing, as a {a} remark about the {n}.
    The {n} we looked at was {a}, and the {n} behind it was more {a} than it first seemed.
    I asked {role} to describe a {a} week, starting with the {n} and ending with the {n}.
    What happened was ordinary: a {n}, a {a} {n}, and a decision about {topic}.
    There was a {a} moment when {role} said the {n} felt more {a} than the {n} suggested.
    We read the {n} together and noticed how {d} it described the {n} rather than the child.
    I was there to listen, and mostly I did, apart from one question about the {n}.
    The meeting had a {a} purpose on paper and a {a} one in the room.
    {Role_s} account of {topic} was {a} and {a}, and it changed the rest of the session.
    Before the session I read the notes about {topic} and wrote down one {a} question.
    """
)

FEELING = _lines(
    """
    I came away {feel}, and not entirely sure why.
    Part of me was {feel}; another part wanted to defend the {n}.
    I felt the familiar pull towards {g} rather than {g}.
    I was more {feel} than I let show, which is worth noticing.
    It is {a} to admit, but I was {feel} for most of the hour.
    Afterwards I felt {feel} and slightly {feel}, an odd combination.
    The strongest feeling was {feel}, and it stayed with me on the drive home.
    I felt {feel} at first, then {feel}, and I noticed the change in my voice.
    Honestly, I was {feel}, and some of that was about me rather than the {n}.
    There was a {a} part of me that wanted to fix the {n} straight away.
    I noticed I was {feel} and wanted the {n} to be simpler than it is.
    The room felt {a}, and I think {role} felt {feel} too.
    I left the meeting {feel}, which usually means something was left unsaid.
    My first reaction was {feel}; my second, more useful one was curiosity about the {n}.
    It was {a} to hear, and I was {feel} that it had taken so long to be said.
    """
)

ANALYSIS = _lines(
    """
    I keep returning to the difference between {g} the {n} and understanding it.
    Much of what looks like resistance is a {a} response to a {a} {n}.
    The {n} tells us what happened; it rarely tells us why.
    We designed the {n} for professionals, and families fit in around it.
    Good supervision makes room for {topic} without turning it into a task.
    The organisation says it values {n}, but it counts {n}.
    If the {n} is {a}, the conversation about it needs to be {a} too.
    I suspect we ask for {n} because it is easier to audit than {n}.
    Leadership is partly deciding which {n} to ignore, and saying so.
    It is possible to be {a} and {a} at the same time, and teams need both.
    A learning culture is visible in how we talk about {topic} when things go wrong.
    The {n} was never the problem; the {a} silence around it was.
    Distributed leadership only works if people have the authority to {v} the {n}.
    Custodial habits and managerial habits both show up in how we handle {topic}.
    What children tell us about {topic} is more {a} than what the {n} shows.
    Evidence and worry are easily confused, especially when the {n} is {a}.
    Our response to {topic} says more about our culture than any {n} does.
    I wonder whether the {n} protects the child or protects us.
    The most useful question turned out to be the simplest: what is it like for the child?
    We often mistake a {a} {n} for a {a} one.
    Every new {n} adds to the week; few things are ever taken away.
    Judgement grows in conversation, not in {n}, and that needs time.
    The {a} part of practice is rarely captured by the {n}.
    Trust is built slowly, through {a} {n} and small promises kept.
    The system we have is the result of many {a} decisions, each sensible at the time.
    The {n} is less a problem of {n} than of how we {v} the {n}.
    What we measure shapes what people {v}, and {topic} is no exception.
    A {a} {n} can hide a {a} {n}, especially when the {n} is {a}.
    I think the {a} explanation is that the system rewards {g} more than {g}.
    Supervision is where {topic} should be {d} examined, not just recorded.
    Practice leadership here means {g} the {n} rather than {g} the {n}.
    The research on {n} suggests that {g} helps most when it slows people down.
    When leaders {v} only the {n}, staff learn that the {n} is what matters.
    Compliance has its place, but a {a} {n} will not change a {a} culture.
    There is a difference between {a} oversight and {a} control of the {n}.
    The pattern is familiar: a {a} {n}, then a {a} response, then more {n}.
    None of this is about one person; it is about the {n} we have built around them.
    Children experience our {n} through the people who visit them, not through the {n}.
    It would be easy to blame the {n}; it is more honest to look at the {n} behind it.
    The tension between {g} and {g} is real, and naming it helps.
    A {a} decision needs {a} evidence and a {a} account of what we do not know.
    Families notice whether we {v} or {v}, long before they notice the {n}.
    I suspect the {n} has become a place to hold professional worry about {topic}.
    This is a question of design: where the {n} sits, and who has time to {v} it.
    Relational practice depends on {a} {n} and on leaders who {v} it {d}.
    Our {n} was built in response to past criticism, which is why it feels {a}.
    What made sense at the time was shaped by the {n}, the {n} and the {n}.
    """
)

FORWARD = _lines(
    """
    I want to try {g} the {n} differently for a month and notice what happens.
    We will ask {role} what would help before we change the {n}.
    I will stop one thing: the {a} {n} that nobody reads.
    The action is mine, not the team's: to {v} the {n} and say why.
    Next month I will bring {topic} to {setting_s} and listen more than I speak.
    I have agreed to {v} the {n} and to tell the team what I decided and why.
    One small test: ask about {topic} first, before any figures.
    We will write down what would tell us the plan is not working.
    Next, I will {v} the {n} with {role} and report back within a month.
    I want to {v} {topic} {setting} and see what changes.
    We agreed to {v} the {n} for three months and then look again.
    I will ask {role} to {v} the {n}, and I will {v} my own part in it.
    The next step is small: {g} the {n} at the start of every supervision.
    I will take {topic} to the leadership meeting as a question rather than a directive.
    We will {v} one {a} {n} and stop one {a} {n}.
    I need to {v} before I {v}, which is the opposite of my habit.
    The plan is to {v} the {n}, test it with {role}, and {v} it if it does not help.
    I will come back to this in my own supervision and bring the {n} with me.
    """
)

PEER = _lines(
    """
    A peer pointed out that I had described the {n} but not my part in it.
    {Role_s} view was that the {n} mattered less than the way I had framed it.
    Talking with {role} reminded me that {topic} looks different from the front line.
    I talked this through with {role}, who asked why I had not {v} the {n} sooner.
    {Role_s} challenge was {a}: was I describing the {n} or defending it?
    In peer supervision with {role} I saw that my account of {topic} was {a}.
    Talking it over with {role} helped me separate the {n} from my worry about it.
    {Role_s} question about the {n} is the one I keep coming back to.
    """
)

IMPACT = _lines(
    """
    Staff have started {g} the {n} without being asked, which is the best sign.
    Families have noticed: the feedback mentions a {a} {n} for the first time.
    The change is small but visible in how {role} talks about {topic}.
    Since then I have started {g} the {n} {setting}, and {role} has noticed.
    The difference for families is {a} so far: fewer {n} and a clearer {n}.
    Team managers now {v} the {n} before the {n}, which saves time for direct work.
    I have changed how I {v} {topic}, and staff say the {n} feels more {a}.
    It is too early to see an effect on children, but the {n} is already {a}.
    """
)

LIST_ITEMS = _lines(
    """
    a {a} conversation about {topic}
    stop the {n} nobody reads
    ask families about the {n}
    protect the {n} for direct work
    share the {n} as a question, not a finding
    {g} the {n} before the {n}
    a {a} {n} for {topic}
    fewer {n} and more {n}
    ask {role} what the {n} is like
    {v} the {n} {d}
    one {a} question in every supervision
    time to {v}, protected like a court date
    a clear account of what we do not know
    the child's own words about the {n}
    """
)

TITLES = _lines(
    """
    {Topic_c} in {setting_s}
    Thinking again about {topic}
    What I noticed about {topic}
    Small changes to {topic}
    {Topic_c}: what the {n} did not show
    A {a} conversation about {topic}
    Reflections on {topic}
    What {topic} taught me
    {Topic_c}: a {a} conversation
    Supervision about {topic}
    A {a} week and {topic}
    Notes after {setting_s}
    Rethinking {topic}
    {Topic_c} and the {n}
    Learning from {topic}
    When {topic} felt {a}
    A question about {topic}
    {Topic_c}, again
    """
)

CPD_TYPES = _lines(
    """
    Training: a course on {topic}.
    Reading: research articles on {topic}.
    Peer learning: a practice observation focused on {topic}.
    Webinar: recent findings about {topic}.
    Supervision: learning from a reflective case discussion about {topic}.
    Shadowing: a day with {role}.
    """
)

CPD_DURATIONS = _lines(
    """
    a half-day session
    a full day
    two afternoons
    about an hour
    a week of reading
    ninety minutes
    """
)

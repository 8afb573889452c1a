"""Hand-written example reflections for the demo journal (part one: the spec and the year).

Every reflection is fictional and anonymised: people appear by role only, and the text is
about learning, not case facts. A reflection's text is split into sections by lines of the
form ``@section_key``; text without such lines is a free-form body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from journal_app.core.models import ActionKind, SessionKind, Status, Visibility

ActionState = Literal["done", "open", "overdue", "undated"]


@dataclass(frozen=True)
class DemoAction:
    """An action or learning goal; ``days`` is how long after the event it falls due."""

    text: str
    state: ActionState = "open"
    days: int = 28
    kind: ActionKind = ActionKind.ACTION


@dataclass(frozen=True)
class DemoReflection:
    """One example reflection, dated ``days_ago`` before the day the demo is filled."""

    title: str
    days_ago: int
    template_id: str
    text: str
    tags: tuple[str, ...]
    session: tuple[SessionKind, int, str] | None = None
    status: Status = Status.FINAL
    visibility: Visibility = Visibility.SHAREABLE
    actions: tuple[DemoAction, ...] = ()
    #: CPD records re-dated into the current Social Work England registration year
    this_registration_year: bool = False
    #: a rank (1 first) for reflections kept when fewer are asked for; 0 for optional ones
    essential: int = 0
    #: how the activity is described in a CPD record's date field, after the month
    activity_note: str = ""


def done(text: str, days: int = 21, *, goal: bool = False) -> DemoAction:
    return DemoAction(text, "done", days, _kind(goal))


def due(text: str, days: int = 42, *, goal: bool = False) -> DemoAction:
    return DemoAction(text, "open", days, _kind(goal))


def overdue(text: str, days: int = 30, *, goal: bool = False) -> DemoAction:
    return DemoAction(text, "overdue", days, _kind(goal))


def someday(text: str, *, goal: bool = False) -> DemoAction:
    return DemoAction(text, "undated", 0, _kind(goal))


def _kind(goal: bool) -> ActionKind:
    return ActionKind.LEARNING_GOAL if goal else ActionKind.ACTION


ONE = SessionKind.ONE_TO_ONE
GROUP = SessionKind.GROUP
PEER = SessionKind.PEER
RCD = SessionKind.REFLECTIVE_CASE_DISCUSSION
MEETING = SessionKind.LEADERSHIP_MEETING
TRAINING = SessionKind.TRAINING
OTHER = SessionKind.OTHER
PRIVATE = Visibility.PRIVATE
DRAFT = Status.DRAFT

EARLIER_IN_THE_YEAR: tuple[DemoReflection, ...] = (
    DemoReflection(
        "Starting this journal: what kind of leader do I want to be?",
        358,
        "free-form",
        """
My appraiser asked a fair question last month: how do I know my leadership makes a
difference to practice, rather than to the dashboard? I could talk about the dashboard in my
sleep. The practice was harder to describe, which is why I have started this journal.

A talk I heard on leadership in children's social care described three approaches.
**Custodial management** protected professional discretion but made practice hard to see.
**Managerialism** brought audit, targets and procedures. **Practice leadership** tries to
build a culture that learns and adapts. The uncomfortable part was recognising all three in
my own week. On Monday I was the buffer telling a team "I've got your back"; by Wednesday I
was chasing timescales for a performance report.

I do not think the answer is to choose one. Oversight matters and so does discretion. What I
want to notice is which one I reach for under pressure, and whether it helps a social worker
spend more time with a family.

For this year I want to:

- write after supervision, not only after something has gone wrong
- notice when I am asking for compliance and when I am asking for thinking
- bring back what children and families tell us, not just what the data says

If the journal becomes another box to tick, I will have proved the speaker's point.
""",
        ("kss-pl:2",),
        actions=(
            done("Book a standing hour each fortnight to write reflections", 10),
            due(
                "Be able to explain, with examples, how my leadership changed practice",
                380,
                goal=True,
            ),
        ),
        essential=14,
    ),
    DemoReflection(
        "Themed audit: plans that describe services, not change",
        351,
        "gibbs",
        """
@description
I chaired the first themed audit of the year with four team managers and an independent
reviewing officer. We read twelve child in need plans chosen at random. Almost all were in
timescale and every one had been signed off. Fewer than half said what would be different
for the child if the plan worked; most listed services ("parenting course", "school to
monitor attendance") rather than changes anyone could notice.
@feelings
Deflated at first, then defensive on the teams' behalf, then curious. The managers looked as
if they were waiting for a telling-off, and I was aware of how easily I could give one.
@evaluation
We graded together rather than separately, which meant we argued about what good looks like
and came out closer. Less good: we ran out of time to speak to the allocated workers, so the
audit was about paper rather than practice.
@analysis
Timeliness is what we have measured for years, so timeliness is what we have got. A plan
written to beat a deadline is a different document from a plan written with a family. The
teams are not careless; they are responding to what the system rewards. That makes it a
leadership problem before it is a practice one.
@conclusion
If I want plans that describe change, I have to ask about change in supervision and in
performance meetings, not only in an audit once a quarter.
@action_plan
Share the themes with every team as questions rather than findings. Add one question to the
supervision record: *what will be different for the child, and how will we know?* Re-audit
in six months with conversations with workers built in.
""",
        ("kss-pl:6", "kss-ps:8"),
        (
            MEETING,
            150,
            "an audit panel of four team managers and an independent reviewing officer",
        ),
        actions=(
            done("Share the audit themes with each team as questions for a team meeting", 14),
            done("Agree a supervision prompt about the difference a plan will make", 30),
        ),
        essential=6,
    ),
    DemoReflection(
        "Mapping where the week actually goes",
        344,
        "driscoll",
        """
@what
I spent group supervision with the assessment team mapping one ordinary week on a
whiteboard: every visit, meeting, form, phone call and drive. The team manager had warned me
they were tired of being asked about workload and never seeing anything change, so I said at
the start that I would come back in a month with what I had done about it.
@so_what
The picture was striking. Direct work with children and families took roughly a fifth of the
week. Recording took about the same, and a surprising amount went on chasing: partner
agencies for information, the panel for a date, a manager for a signature. Nobody described
the recording as pointless; they described doing it twice, once in notes and again in a form
that asked the same questions in a different order.

What stayed with me was a newly qualified worker saying she only felt like a social worker
on Thursdays. That is a design problem, and design is my job, not hers.
@now_what
- Take the duplicate form to the systems group with the team's own annotations
- Ask the business support manager whether chasing panel dates can sit with one person
- Go back to the team in a month, as promised, even if the answer is "not yet"
""",
        ("kss-pl:3",),
        (GROUP, 90, "the assessment team: seven social workers and their team manager"),
        actions=(
            done("Take the duplicated assessment form to the systems group", 21),
            done("Report back to the assessment team on what changed", 30),
        ),
        essential=3,
    ),
    DemoReflection(
        "Supporting a newly qualified worker through a first court statement",
        337,
        "kolb",
        """
@concrete_experience
A newly qualified social worker brought a first statement for care proceedings to
supervision. It was thorough and well ordered, and it read like a list of incidents. The
analysis section repeated the chronology in different words, and the family's strengths
appeared only in the final paragraph.
@reflective_observation
My instinct was to rewrite a paragraph to show what I meant. I stopped because I remembered
how little I learnt when that was done to me. Instead I asked her to tell me, without the
document, what she thought life was like for the child at home. She spoke clearly and with
real warmth for about five minutes. None of that was on the page.
@abstract_conceptualisation
Newly qualified staff often believe that a court wants facts and that analysis is opinion.
The opposite worry is more useful: a court needs to know what the facts mean and how sure we
are. Writing for court is a learnt skill, and the fear of cross-examination pushes people
towards listing rather than thinking.
@active_experimentation
We agreed she would write the analysis first next time, as if explaining to a thoughtful
magistrate, then check it against the evidence. I will offer a session on analytical writing
for the whole ASYE group rather than treating this as one person's gap.
""",
        ("kss-pl:4", "kss-ps:2"),
        (ONE, 60, "a newly qualified social worker in their assessed first year"),
        actions=(
            done("Run a session on analytical writing for the ASYE group", 35),
            done("Get better at coaching writing without taking the pen", 90, goal=True),
        ),
    ),
    DemoReflection(
        "A critical incident debrief that nearly became a blame meeting",
        330,
        "schon",
        """
@reflection_in_action
Ten minutes into the debrief after a serious incident on duty, I noticed the conversation
narrowing to who had read which email and when. The worker most involved had gone quiet and
was looking at the table. I could feel the room wanting a culprit, partly because a culprit
would make the incident feel less random.

I interrupted, said so plainly, and asked a different question: *what made sense to each of
us at the time, with what we knew then?* The shift was not instant, but the quiet worker
spoke for the first time a few minutes later.
@reflection_on_action
Afterwards I was less pleased with myself. I had let the timeline exercise run for too long
before naming what was happening, and I had not agreed the purpose of the meeting at the
start. A debrief is for understanding and for looking after people; accountability has its
own process and should not leak into this one.

**What I will do differently:**

- open every debrief by saying what it is for and what it is not for
- check in with the most affected worker before and after, not only during
- keep the chronology short and spend the time on how decisions felt from the inside

I also want to be honest that the urge to find someone to blame was in me too.
""",
        ("kss-pl:2", "kss-ps:7"),
        (GROUP, 75, "the duty and assessment team and their team manager"),
        actions=(
            done("Write a one-page guide to running a critical incident debrief", 28),
            done("Check in with the worker most affected by the incident", 3),
        ),
        essential=2,
    ),
    DemoReflection(
        "Supervising a team manager carrying three vacancies",
        316,
        "morrison-4x4x4",
        """
@experience
Monthly supervision with a team manager whose team has had three vacancies since the spring.
She arrived with a list of unallocated work and an apology for not having finished the
quality audits I had asked for.
@reflection
The apology bothered me. It told me she thought the audits mattered more to me than how she
and her team were coping, and I may have given her that impression.
@analysis
Under pressure I had let the management function swallow the others. We had talked about
allocation and audits for three months running and had not talked about her at all. The
vacancies are also a partner agency issue: two posts are funded jointly, and the delay sits
partly with a recruitment process we do not control.
@action_plan
We agreed to pause the audits for a month and to split the next supervision in two: first
her and the team, then the work. I will take the jointly funded posts to the partnership
meeting myself rather than leave her to chase them.
@functions
Management dominated, as it had for months. Support came late in the session and felt
rushed. Development and mediation were missing until I raised the funded posts.
@stakeholders
The children waiting for allocation; a team running on goodwill; an organisation that needs
its audits; partners who hold part of the solution.
""",
        ("kss-pl:3", "kss-ps:7"),
        (ONE, 90, "a team manager in a children in need service"),
        actions=(done("Raise the jointly funded vacancies at the partnership meeting", 14),),
    ),
    DemoReflection(
        "Signing off a decision I was not comfortable with",
        309,
        "free-form",
        """
I agreed today to a plan that I would not have chosen. The team manager and the allocated
worker both know the family far better than I do, their reasoning was sound, and the risks
were named and planned for. My discomfort was real but I could not turn it into evidence.

The question I keep returning to: was I declining to overrule them because I trust their
judgement, or because overruling them would have cost me something? I think it was mostly
the first. I am not certain it was entirely the first.

What I did well was to ask them to write down what would tell us the plan was not working,
and to agree when we would look again. What I did less well was leave my unease unspoken. I
said "fine" when I meant "fine, and I am worried about the evenings". They deserved to hear
the worry, even if it did not change the decision.

Senior leaders sign off decisions all the time. The ones that teach me most are those where
my feelings and my reasoning point in different directions.
""",
        ("kss-pl:5",),
        (OTHER, 30, "a team manager and the allocated social worker"),
        visibility=PRIVATE,
        actions=(done("Go back and tell the team manager about my specific worry", 2),),
        essential=5,
    ),
    DemoReflection(
        "What the quarterly data did not tell us",
        302,
        "driscoll",
        """
@what
The quarterly performance pack showed re-referrals within twelve months had risen for the
second quarter running. At the leadership meeting the first suggestion was a new target and a
weekly report. I asked for a month to understand it before we measured it harder.
@so_what
With the performance lead I read the most recent re-referrals. The picture did not match the
headline. Some were families stepping down to early help and coming back when that support
ended abruptly; some were new worries in families we had rightly closed; a few were closures
that should not have happened.

Those are three different problems with three different answers, and a single target would
have pushed people towards keeping cases open longer, which would have looked better and
helped nobody.
@now_what
Data is where a question starts, not where it ends. I have asked for the re-referral figure
to be split by the reason for the original closure, and for two re-referrals a month to be
read by a team manager from another team. I will report back to the leadership meeting with
what we found rather than what we counted.
""",
        ("kss-pl:6", "kss-pl:5"),
        (MEETING, 60, "the performance and information lead"),
        actions=(
            done("Ask for re-referral data split by closure reason", 14),
            done("Report findings on re-referrals to the leadership meeting", 45),
        ),
    ),
    DemoReflection(
        "Recruitment panel: asking better questions about practice",
        295,
        "gibbs",
        """
@description
I sat on an interview panel for two experienced social worker posts, alongside a team manager
and a care-experienced adviser. We used the standard question set for the first candidate and
I noticed how little it told us about how anyone actually practises.
@feelings
Frustrated with the questions, and a little embarrassed that I had signed them off last year.
Impressed by the adviser, whose one question, about a time a young person had changed the
candidate's mind, produced the most revealing answer of the day.
@evaluation
The panel worked well together and the candidates were treated kindly. The process was less
good: competency questions invite rehearsed answers, and we spent more time on policy
knowledge than on curiosity, warmth or judgement.
@analysis
We recruit for what we can score. Values and relational skill are harder to score, so they
get squeezed into one question at the end. If we want people who can build relationships with
families, we should see them do it, even briefly.
@conclusion
Better questions will not fix recruitment on their own, but they tell candidates what we care
about, and that matters in a market where good people choose between several offers.
@action_plan
Draft a short scenario to be discussed with a care-experienced adviser as part of each
interview; replace two of the policy questions with questions about changing one's mind and
about getting it wrong.
""",
        ("kss-pl:4",),
        (MEETING, 240, "an interview panel: a team manager and a care-experienced adviser"),
        actions=(
            done("Draft an interview scenario with the care-experienced advisers", 35),
            done("Replace two policy questions in the interview set", 35),
        ),
        essential=4,
    ),
    DemoReflection(
        "The good news board, and what it says about us",
        288,
        "free-form",
        """
A team manager put up a good news board in the office a few months ago. It started with
thank-you cards and now includes small things: a visit that went better than expected, a
teenager who came to a review for the first time, a worker who passed their driving test and
can finally get to the rural visits without two buses.

I stood and read it properly today while waiting for a meeting. It made me think about what
we celebrate as a service. At leadership level we mostly celebrate numbers: timeliness up,
agency use down. The board celebrates relationships and persistence, which is what the job
actually is.

Culture is carried by what leaders notice. I could notice more of this, and more publicly. I
am going to ask each team manager to bring one story of good practice to our monthly meeting,
and open the all-staff briefing with one, before any figures.
""",
        ("kss-pl:2",),
        actions=(done("Open the all-staff briefing with a story of good practice", 20),),
    ),
    DemoReflection(
        "Reflective case discussion on drift in a long-running plan",
        281,
        "kolb",
        """
@concrete_experience
I facilitated a reflective case discussion for a family that has had a child in need plan for
well over a year. The allocated worker asked for help because she felt the plan was going
round in circles: the same concerns, the same actions, reviews that agreed to carry on.
@reflective_observation
I used a structured model with clear stages, and the group held to it well. When we reached
hypotheses, someone suggested that the professional network might be more anxious about
closing the case than the family was about keeping it open. The room went quiet in the way
that tells you something true has been said.
@abstract_conceptualisation
Drift is rarely one person's decision. It happens when a plan becomes a place to hold
professional worry rather than a route to change. A review that asks "is the plan working?"
gets a polite yes; one that asks "what would need to be true for us to close?" gets a real
answer. Risk-averse systems keep cases open because closing feels like the riskier act, even
when the evidence points the other way.
@active_experimentation
The worker will take two questions to the next review: what has changed since the plan began,
and what would closure safely look like. I am going to try the "what would need to be true"
question in my own oversight of long-running plans and see whether it helps.
""",
        ("kss-pl:5", "kss-ps:5"),
        (RCD, 90, "five social workers and an advanced practitioner"),
        actions=(done("Try a 'what would need to be true to close' question in oversight", 30),),
    ),
    DemoReflection(
        "Redesigning the duty rota: thinking on my feet",
        274,
        "schon",
        """
@reflection_in_action
I came to the meeting with a proposal for a new duty rota, fully worked out. Within a few
minutes it was clear the team managers had not seen it as a proposal but as a decision, and
they were preparing to defend their teams rather than improve the design.

I put the paper down and asked them to tell me what a bad duty day looks like. The answers
were vivid and specific: unplanned strategy meetings late in the day, no manager free to
consult, newly qualified staff on duty alone. Two of the three were problems my rota would
have made worse.
@reflection_on_action
I had designed a system for the people on it without asking them, which is exactly what I
criticise in others. The redesign that came out of the room is better than mine: a named
consultant manager every day, no newly qualified worker on duty without an experienced
partner, and a cut-off for routine work after mid-afternoon.

The lesson is not that I should never bring a proposal. It is that I should say clearly what
is open, what is fixed, and why, and be prepared for the open part to be most of it.
""",
        ("kss-pl:3",),
        (MEETING, 120, "team managers from the front door and the assessment teams"),
    ),
    DemoReflection(
        "Listening to children's views about their reviews",
        267,
        "driscoll",
        """
@what
The participation officer brought two members of the children in care council to our
leadership meeting to present what they had found from asking other young people about their
reviews. The messages were simple and uncomfortable: too many adults, too much jargon,
meetings held in school time, and decisions that seemed already made.
@so_what
We ask children to attend their reviews and then count whether they did. We rarely ask what
it was like. One young adviser said she stopped going because "it was about me but not for
me". That sentence deserves to be on the wall of every meeting room.

This is quality assurance in its truest form: the people on the receiving end of the service
telling us how it works. It also says something about culture. Our processes were designed by
professionals for professionals, and the child fits in around them.
@now_what
- Ask the reviewing service to pilot reviews chaired in the young person's choice of place
- Invite the council back in six months to tell us whether anything changed
- Add "what was it like for you?" to the review feedback, alongside attendance
""",
        ("kss-pl:6", "kss-pl:2", "swe:1"),
        (MEETING, 60, "the participation officer and two young advisers"),
        actions=(
            done("Agree a pilot of reviews held where the young person chooses", 45),
            done("Invite the children in care council back in six months", 180),
        ),
    ),
    DemoReflection(
        "A day on the front door",
        265,
        "free-form",
        """
I spent a whole day sitting with the front door team rather than visiting for an hour. I
listened to calls, read contacts as they arrived and sat in on two multi-agency discussions.

Three things stood out:

1. **The quality of referrals varies enormously**, and the poor ones take longest: a worried
   call with no detail can take an hour of ringing round to understand.
2. **Consent conversations are skilled work** that our performance reports do not see at all.
3. **The team holds a great deal of anxiety** from partners, and mostly absorbs it quietly.

I came away with more respect for the team and a clearer sense of where design could help.
The referral form asks for information in an order that suits our system, not the person
worried about a child. A short conversation guide for partners might do more than another
training session.

I also noticed how rarely senior leaders sit in the work for a whole day. One hour tells you
what people want you to see. A day tells you what it is like.
""",
        ("kss-pl:3",),
        (OTHER, 420, "the front door team and its team manager"),
        actions=(
            done("Co-write a short guide for partners making a referral", 60),
            due("Spend a full day in a different team each quarter", 365, goal=True),
        ),
    ),
    DemoReflection(
        "Supporting an experienced worker after a complaint",
        260,
        "morrison-4x4x4",
        """
@experience
Supervision with an experienced social worker who has received a formal complaint from a
parent. The complaint is partly upheld on a matter of communication and not upheld on the
substance. She was angry, tired and thinking about leaving.
@reflection
I wanted to reassure her quickly, and I noticed that urge was partly for my own comfort. She
needed to be heard before she could hear anything from me.
@analysis
Complaints land hardest on the most committed staff, because they experience them as a
judgement on their values rather than their actions. The part that was upheld was fair, and
saying so honestly is part of respecting her as a professional. The organisation also has a
responsibility here: our complaints letters are written in a tone that makes staff feel
accused.
@action_plan
We agreed she would take a day's leave she was owed, that we would meet again next week, and
that the learning point would be discussed in team supervision without identifying anyone.
I will talk to the complaints manager about how findings are communicated to staff.
@functions
Support came first, properly this time. Management, in being clear about what was upheld.
Development, in finding the learning. Mediation, with the complaints process.
@stakeholders
The parent, whose experience was real; the worker; the team who will hear about it; the
organisation, whose process made a hard thing harder.
""",
        ("kss-pl:4", "kss-ps:7"),
        (ONE, 75, "an experienced senior social worker"),
        visibility=PRIVATE,
        actions=(done("Talk to the complaints manager about letters to staff", 21),),
    ),
    DemoReflection(
        "Holding the line on statutory visits over the summer",
        253,
        "gibbs",
        """
@description
At the leadership meeting we looked at statutory visits for children in care over the summer
holidays. Compliance had dipped in two teams, both with high leave and an agency manager.
Someone suggested we accept a summer dip as normal.
@feelings
I felt a strong and slightly surprising resistance. I do not usually argue for compliance
measures, and I noticed I was uncomfortable being the person who did.
@evaluation
I said we could not accept it, and why, without blaming the two teams. We agreed a simple
summer plan: visits scheduled before leave is approved, and a named cover worker for each
child. Less good: the meeting did not ask the children's views about who visits them.
@analysis
There is a difference between managerial compliance and lawful, child-centred practice. A
visit is not a box; it is the moment a child in care sees the person responsible for them.
Holding the line on statutory duties is part of leading excellent practice. The skill is
making the reason visible, so it does not feel like another target.
@conclusion
I do not need to apologise for insisting on the basics. I do need to explain them in terms of
children rather than performance.
@action_plan
Put the summer visits plan in place across the service, and ask the children in care council
whether a familiar cover worker matters to them.
""",
        ("kss-pl:3", "kss-ps:1"),
        (MEETING, 90, "the senior leadership team"),
        actions=(
            done("Put a summer visiting plan in place across all teams", 14),
            done("Ask the children in care council about cover workers", 60),
        ),
        essential=11,
    ),
    DemoReflection(
        "Agency staff and the cost of churn",
        246,
        "free-form",
        """
Our agency spend is talked about as a budget problem. Today I looked at it as a practice
problem: how many social workers has a child in the long-term team had over the past two
years? For a few children the answer was more than five.

Every change of worker means a child telling their story again, a new relationship to test,
and a plan that loses momentum while the new worker reads in. Agency colleagues are often
excellent; the harm comes from the churn, not the contract.

Things I want to try:

- keep agency workers on the same cases for the length of their contract, and make
  contracts longer where we can
- treat "number of workers in two years" as a quality measure, reported alongside timeliness
- ask exit interviews of agency staff too, since they see us from the outside

None of this is new thinking, but I had filed it under finance and recruitment rather than
under the experience of children. Putting it there changes the urgency.
""",
        ("kss-pl:3", "kss-pl:4"),
        actions=(
            done("Add 'number of workers in two years' to the quality report", 45),
            someday("Ask agency staff leaving us for an exit conversation"),
        ),
    ),
    DemoReflection(
        "Peer audit with a neighbouring authority",
        239,
        "kolb",
        """
@concrete_experience
A principal social worker from a neighbouring authority and I swapped a day of audit: each of
us read a sample of the other's assessments, then met to talk about what we saw.
@reflective_observation
She noticed something in ours I had stopped seeing: our assessments are long and thorough but
the child's own words appear rarely, and usually in one box near the end. In hers I noticed
that analysis was short and confident, sometimes more confident than the evidence allowed.
Each of us recognised the other's point immediately.
@abstract_conceptualisation
Internal audit develops blind spots because the auditors share the culture they audit. An
outside eye is not better, just differently placed. The most useful part was not the grades
but the conversation about why our services write the way they do: what our templates
encourage, what our managers praise.
@active_experimentation
We agreed to repeat the swap twice a year and to invite a team manager each time. I will take
the finding about children's words to the practice forum, framed as a question rather than a
directive.
""",
        ("kss-pl:6",),
        (PEER, 300, "a principal social worker from a neighbouring authority"),
        actions=(
            done("Take the finding about children's words to the practice forum", 21),
            due("Arrange the next peer audit swap, with a team manager", 200),
        ),
    ),
    DemoReflection(
        "Risk-averse or risk-sensible? A strategy discussion I chaired",
        232,
        "driscoll",
        """
@what
I chaired a strategy discussion when the usual chair was on leave. Partners were anxious and
the pressure to move straight to the most intrusive option was strong. I slowed the meeting
down by asking each agency what they knew, what they did not know, and what they were
worried about.
@so_what
Separating knowledge from worry helped. Much of the urgency came from one piece of
information that turned out to be second-hand. Once that was clear, the group agreed a
proportionate plan with a clear review point, and nobody felt we had taken a risk we could
not explain.

I also noticed that slowing down is harder for the chair than for anyone else. The anxiety in
the room lands on the person who has to decide, and speed feels like competence.
@now_what
I want our chairs to have a shared way of separating evidence from worry, and I want that
discussed in supervision with newer managers who chair. I will ask the group of chairs whether
a few shared questions would help or feel like another form.
""",
        ("kss-pl:5",),
        (MEETING, 60, "partner agencies: police, health and education"),
        actions=(done("Discuss shared chairing questions with the group of chairs", 28),),
    ),
    DemoReflection(
        "A supervision that became about the supervisor",
        218,
        "schon",
        """
@reflection_in_action
Half-way through supervision with a team manager she said, almost in passing, that she had
not had a proper conversation about her own work for months. Then she cried, briefly, and
apologised. I put my agenda to one side. I noticed myself wanting to fix something, and
instead asked what the last few months had been like.
@reflection_on_action
She is the manager everybody relies on, including me. Because she always copes, I had stopped
asking how she was and used our time to get through business. The support function of
supervision does not only belong to frontline staff, and the people who look after others
are often the last to be looked after.

I also want to be careful. It is not my job to be her counsellor, and I mentioned the
employee assistance service, but not as a way of closing the conversation. What she needed
from me was regular, protected time and the sense that I notice her as well as her team.

From now on the first item in every supervision I give is the supervisee, not the work.
""",
        ("kss-pl:2", "kss-ps:7"),
        (ONE, 60, "a team manager"),
        visibility=PRIVATE,
        actions=(done("Move 'how are you?' to the top of every supervision agenda", 7),),
    ),
    DemoReflection(
        "Career conversations: what keeps people here",
        211,
        "free-form",
        """
I have been holding short career conversations with social workers who have been with us for
two to five years, the group most likely to leave. I asked three questions: what keeps you
here, what might make you leave, and what would you like to be doing in three years?

**What keeps people:** their team and their manager, more than pay. Several said a good
supervisor was the reason they had stayed through a hard year.

**What might make them leave:** feeling that the only way to progress is to stop doing direct
work. People who love practice do not want to become managers to earn more.

**In three years:** a surprising number want to specialise, in court work, in adolescents,
in practice education.

We talk about retention as if it were about incentives. These conversations suggest it is
about relationships and routes. A practice route that rewards depth rather than promotion
would keep some of our best people doing what they are best at.
""",
        ("kss-pl:4",),
        (ONE, 30, "social workers with two to five years' experience"),
        actions=(done("Draft a proposal for an advanced practice route", 60),),
        essential=16,
    ),
    DemoReflection(
        "Using authority well in a disagreement about closing a case",
        204,
        "morrison-4x4x4",
        """
@experience
A team manager and a senior practitioner disagreed about whether a case should close. Both
came to me, separately, hoping I would decide. I asked to meet them together.
@reflection
I was tempted to settle it quickly by virtue of my role. That would have been efficient and
would have taught both of them that disagreements go upwards rather than get worked through.
@analysis
Authority used well creates the conditions for a good decision rather than replacing one. The
disagreement was not about the evidence but about what each of them feared: the manager
feared drift, the practitioner feared a quick return. Both fears were reasonable. Naming them
let us design a closure with a planned check-in, which addressed both.
@action_plan
Agree a short protocol for professional disagreements within teams before they reach me, and
model it in my own disagreements with other senior managers.
@functions
Mediation most of all; development, in showing a way of resolving disagreement; management,
in being clear the team manager makes the decision.
@stakeholders
The family, who deserved a decision based on their circumstances rather than our hierarchy;
two staff; the organisation's need for clear accountability.
""",
        ("kss-pl:5", "kss-ps:4"),
        (ONE, 60, "a team manager and a senior practitioner"),
        actions=(done("Agree a short protocol for professional disagreement in teams", 90),),
    ),
    DemoReflection(
        "What a good chronology does for a decision",
        200,
        "free-form",
        """
I read a chronology this week that changed my mind about a decision before I had finished
it. It was short, selective and honest about what each event meant at the time. By
contrast, most chronologies I read are exports from the case recording system: every contact
listed, nothing weighted, hundreds of lines that no one will read twice.

A good chronology is an act of analysis. Someone has decided what matters, and the pattern is
visible. A poor one is a hiding place for the pattern.

We have trained people to produce complete chronologies because completeness feels safe. If
I want better decisions at legal gateway and at reviews, I should ask for fewer, better lines
and praise the ones that get it right.

I will bring this chronology (anonymised) to the managers' development session as an example,
and ask the writer whether she would talk about how she approached it.
""",
        ("kss-pl:5",),
        actions=(done("Use the anonymised chronology at the managers' session", 30),),
    ),
    DemoReflection(
        "Moderating audit grades: are we consistent?",
        197,
        "gibbs",
        """
@description
Four auditors graded the same three case files independently before our moderation meeting.
On one file the grades ranged from "requires improvement" to "good". The quality assurance
team had expected some variation but not that much.
@feelings
Uneasy. We report audit grades to the board as if they were measurements.
@evaluation
The moderation conversation was the best part of the morning. Each auditor explained what
had led them to their grade, and the differences came down to what each weighted most:
recording, analysis, or evidence of the child's experience.
@analysis
Audit grades are judgements, not facts, and judgements vary. That is not a reason to abandon
them, but it is a reason to be careful about what we claim. A grading framework helps
consistency only if auditors talk about examples, not criteria in the abstract.
@conclusion
Moderation is itself a learning activity and probably teaches more than the audit.
@action_plan
- Moderate a sample of audits every month, not every quarter
- Report the range of grades to the board, not just the average
- Build a small set of anchor examples for each grade
""",
        ("kss-pl:6",),
        (MEETING, 120, "the quality assurance team and four auditors"),
        actions=(
            done("Move audit moderation to monthly", 30),
            done("Build anchor examples for each audit grade", 75),
        ),
    ),
    DemoReflection(
        "Admin support and the hidden hours",
        190,
        "driscoll",
        """
@what
A business support officer told me, politely, that she had been taking minutes at the same
monthly meeting for two years and nobody had ever read them. I checked. She was right.
@so_what
It made me wonder how much administrative effort goes into things that exist only because
they always have. Social workers ask for more admin support, and at the same time admin time
is spent on outputs nobody uses.

System design is not only about caseloads. It is about where every hour of every role goes,
and whether it supports the work with families. Business support colleagues often see waste
more clearly than managers because they are the ones producing the paper.
@now_what
I will ask business support to list the regular outputs they produce and who uses each one,
and stop anything that nobody claims. The hours saved should go to the tasks social workers
say take them away from families, like arranging contact and booking interpreters.
""",
        ("kss-pl:3",),
        (OTHER, 20, "a business support officer"),
        actions=(done("Ask business support to list regular outputs and their users", 21),),
    ),
    DemoReflection(
        "Designing a practice development day with senior practitioners",
        183,
        "kolb",
        """
@concrete_experience
Instead of commissioning a training provider, I asked four senior practitioners to design
this year's practice development day with me. They chose the topic, direct work with
teenagers who do not want to engage, and ran most of the sessions themselves.
@reflective_observation
The day was livelier and more practical than anything we have bought in. Attendees said it
felt like learning from people who do the job. The senior practitioners were nervous, and
two of them told me afterwards it was the most valued they had felt in years.
@abstract_conceptualisation
Distributed leadership is not a slogan; it is giving people real responsibility for things
that matter and backing them. Practitioners learn best from practitioners when the learning
is close to the work. It also grows the next generation of leaders without a course.
@active_experimentation
Make the practice development day practitioner-led every year, with a different group
designing it, and offer the senior practitioners a session on facilitation skills beforehand.
""",
        ("kss-pl:4", "pcf:9"),
        (GROUP, 120, "four senior practitioners"),
        actions=(due("Invite a new group to design next year's practice day", 300),),
    ),
    DemoReflection(
        "After the inspection feedback call",
        176,
        "free-form",
        """
The focused visit feedback came today. Mostly positive, with two areas for improvement we
already knew about. The relief in the building was obvious, and I felt it too.

What I want to remember is how the weeks before the visit felt. People prepared files rather
than practice. Managers asked workers to "tidy up" recording. I did not stop it, and some of
it was reasonable, but a service that needs to tidy up before being seen is telling itself
something.

I want us to be the kind of service that is ready to be seen on any day because the practice
is good, not because the files are. That is a culture, and culture is shaped by what leaders
react to. If I react most to inspection, people will prepare for inspection.

Next time I will say clearly at the start: we do not tidy files for inspectors. If something
is missing, it is missing, and we will say what we are doing about it.
""",
        ("kss-pl:2",),
    ),
    DemoReflection(
        "An out-of-hours call: deciding in the moment",
        169,
        "schon",
        """
@reflection_in_action
I was the senior manager on call when the emergency duty team rang about a young person who
had gone missing from a placement for the third time in a week. The worker on the phone
wanted a decision about whether to change the placement that night.

I noticed my first instinct was to say yes, because it would feel like doing something.
Instead I asked what the young person had said when found the previous times, and what
the placement thought. The answer changed things: she had been going to see a friend, and the
carers wanted to keep her.
@reflection_on_action
We agreed a safety plan for the night and a proper discussion the next morning with her
allocated worker and the carers. It was the right decision, and it was only right because I
asked about her rather than about the incident.

At night, with partial information, the pull towards dramatic action is strong. **Slowing
down is a decision too.** I will share this with the managers on the on-call rota: not as
a rule, but as a question to ask first.
""",
        ("kss-pl:5",),
        (OTHER, 25, "a social worker on the emergency duty team"),
        visibility=PRIVATE,
    ),
    DemoReflection(
        "Feedback from families: the postcard pilot",
        162,
        "driscoll",
        """
@what
For three months, workers in two teams have left a stamped card with families at the end of
an assessment, asking three questions: did you understand why we were involved, did you feel
listened to, and what one thing could we do better? Around a third came back.
@so_what
Most were positive about individual workers, often warmly. The criticisms were about the
system: not knowing what would happen next, letters that felt threatening, being asked the
same questions by different people. One card simply said "tell me the plan before the
meeting".

Feedback like this tells us things audit cannot, and it is cheap. It also changed how the
teams talk: workers started quoting the cards in team meetings.
@now_what
- Extend the cards to all assessment teams
- Take the comments about letters to the group rewriting our templates
- Report family feedback to the leadership team every quarter, in families' own words
""",
        ("kss-pl:6", "kss-pl:2"),
        (MEETING, 45, "two team managers and the participation officer"),
        actions=(
            done("Extend the feedback cards to every assessment team", 45),
            due("Report family feedback to the leadership team each quarter", 120),
        ),
    ),
)
